"""What the classification reads about customers, from the database, in bulk.

`facts_between` fills `CustomerFacts` for every customer whose id lies in a range (and in a
list, when given) with seven queries, whatever the range holds: the files, their production
items, loans, products held, and the last visit and care.  The bulk rebuild walks the ids in
ranges of a few thousand; the refresh after one change reads one customer the same way, so
both give the same facts.

What the database records and what it does not (the facts left None, "not recorded", are
named in every explanation):

* **Land** is the file's cultivated land; **water area** the sum of aquaculture items counted
  in 亩; **livestock** the head counts of livestock items counted in head (头/只/羽/匹/口),
  their names mapped to the rules' kinds (生猪 → ``pig`` …, `LIVESTOCK_KINDS`).  A name the
  table does not know is passed as it is written, so the classification names it as a kind
  its rules lack instead of silently leaving it out.
* **Loans**: each outstanding loan (balance above zero) with its balance and five-category
  classification.  Days overdue are **not recorded** (the file keeps no repayment schedule; a
  due date passed is not proof of arrears, a loan may have been extended), nor is the overdue
  history (times, longest) or last year's balances: those stay None.  A customer with no loan
  ever entered has unknown loans; one whose loans are all repaid has none outstanding.
* **Products held**: codes and since-dates from the branch's catalogue; unknown (None) when
  no product was ever recorded for the customer, as for loans.
* **Needs**: the needs ticked on the file; none ticked is "not recorded".
* **Contacts**: the last visit done, the last care given (its local day), and the last day a
  loan or a held product was written (`updated_at`, which a sync import also moves: an edit
  from another device is a change of the relationship too).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Connection, Select, String, func, select, type_coerce

from agricrm.domain.classification.facts import (
    CardLevel,
    CreditStatus,
    CustomerFacts,
    LoanFact,
    ProductHeld,
)
from agricrm.domain.classification.results import CreditOverride
from agricrm.domain.enums import LoanClassification, Need, ProductionKind
from agricrm.domain.visits import VisitStatus
from agricrm.models import (
    CareEvent,
    Customer,
    CustomerProduct,
    Loan,
    Product,
    ProductionItem,
    Visit,
)

LIVESTOCK_KINDS: dict[str, str] = {
    "牛": "cattle",
    "肉牛": "cattle",
    "黄牛": "cattle",
    "牦牛": "cattle",
    "奶牛": "dairy_cow",
    "猪": "pig",
    "生猪": "pig",
    "肉猪": "pig",
    "母猪": "pig",
    "羊": "sheep",
    "山羊": "sheep",
    "绵羊": "sheep",
    "肉羊": "sheep",
    "蛋鸡": "laying_hen",
    "肉鸡": "broiler",
}
"""Production item names as officers write them, mapped to the rules' livestock kinds."""
HEAD_UNITS = frozenset({"头", "只", "羽", "匹", "口"})
AREA_UNITS = frozenset({"亩"})


def livestock_kind(name: str) -> str:
    """The rules' kind of a livestock item: its mapped code, else its own name."""
    name = name.strip()
    return LIVESTOCK_KINDS.get(name, name)


def _within(statement: Select[Any], column: Any, low: int, high: int, only: Sequence[int] | None):  # type: ignore[no-untyped-def]
    statement = statement.where(column.between(low, high))
    if only is not None:
        statement = statement.where(column.in_(list(only)))
    return statement


_UNSET = object()


class _Readers:
    """Stored values turned into the domain's, each distinct stored value once.

    The queries select their columns as stored (`_stored`: no SQLAlchemy result processing,
    which was most of the cost of reading 100,000 customers' facts) and these readers do the
    columns' own conversions: a date's text (or a driver's date), a scaled integer into its
    `Decimal` as `FixedDecimal` does, an enumeration's code into its member, a UTC time stamp
    into its local day.  Distinct values are few (days, codes, need sets), so each is
    converted once per read."""

    def __init__(self) -> None:
        self._days: dict[Any, dt.date] = {}
        self._local_days: dict[str, object] = {}
        self._needs: dict[str, frozenset[Need]] = {}

    def day(self, stored: Any) -> dt.date | None:
        if stored is None:
            return None
        found = self._days.get(stored)
        if found is None:
            found = self._days[stored] = (
                dt.date.fromisoformat(stored[:10]) if isinstance(stored, str) else stored
            )
        return found

    def local_day(self, stored: Any) -> dt.date | None:
        """The local day of a stored UTC time stamp.  Text on SQLite: where the zone's offset
        is whole hours, the hour decides the day (kept per hour); elsewhere each is converted."""
        if stored is None:
            return None
        if not isinstance(stored, str):
            return stored.replace(tzinfo=dt.UTC).astimezone().date()  # type: ignore[no-any-return]
        hour = stored[:13]
        found = self._local_days.get(hour, _UNSET)
        if found is _UNSET:
            start = dt.datetime.fromisoformat(hour).replace(tzinfo=dt.UTC).astimezone()
            whole = start.utcoffset().total_seconds() % 3600 == 0  # type: ignore[union-attr]
            found = self._local_days[hour] = start.date() if whole else None
        if found is None:
            return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone().date()
        return found  # type: ignore[no-any-return]

    def needs(self, stored: str | None) -> frozenset[Need]:
        found = self._needs.get(stored or "")
        if found is None:
            found = self._needs[stored or ""] = frozenset(
                Need(code) for code in (stored or "").split(",") if code
            )
        return found


def _decimal(stored: int | None) -> Decimal | None:
    """A `FixedDecimal(2)` column's value, as the column type gives it."""
    return None if stored is None else Decimal(stored).scaleb(-2)


def _rows(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of `statement` as the driver gives them: its columns are selected as stored
    (`_text`, `_number`, plain integers and texts), so there is nothing for SQLAlchemy to
    process, and building its row objects was a third of the read."""
    result = connection.execute(statement)
    try:
        return result.cursor.fetchall()  # type: ignore[union-attr,no-any-return]
    finally:
        result.close()


def _text(column: Any) -> Any:
    """`column` as the database keeps it (a date's or a code's text), unprocessed."""
    return type_coerce(column, String)


def _number(column: Any) -> Any:
    """`column` as the database keeps it (a flag, a scaled decimal), unprocessed."""
    return type_coerce(column, BigInteger)


def facts_between(
    connection: Connection, low: int, high: int, only: Sequence[int] | None = None
) -> tuple[dict[int, tuple[CustomerFacts, CreditOverride | None]], list[int]]:
    """The facts and credit override of every live customer with an id in [low, high] (and in
    `only` when given), and the ids of those deleted or archived (who have no classes)."""
    read = _Readers()
    gone: list[int] = []
    files: list[tuple[Any, ...]] = []
    for row in _rows(
        connection,
        _within(
            select(
                Customer.id,
                _number(Customer.deleted),
                _text(Customer.archived_at),
                _number(Customer.land_area_mu),
                _text(Customer.cooperation_since),
                _number(Customer.deposit_balance),
                _number(Customer.deposit_average),
                _text(Customer.deposits_read_on),
                _text(Customer.card_level),
                _text(Customer.needs),
                _text(Customer.credit_override),
                Customer.credit_override_reason,
                Customer.credit_override_facts,
            ),
            Customer.id,
            low,
            high,
            only,
        ),
    ):
        if row[1] or row[2] is not None:
            gone.append(row[0])
        else:
            files.append(tuple(row))
    if not files:
        return {}, gone

    livestock: dict[int, list[tuple[str, int]]] = defaultdict(list)
    water: dict[int, Decimal] = {}
    kinds: dict[int, set[ProductionKind]] = defaultdict(set)
    kind_of = {kind.value: kind for kind in ProductionKind}
    livestock_code, aquaculture_code = (
        ProductionKind.LIVESTOCK.value,
        ProductionKind.AQUACULTURE.value,
    )
    for cid, code, name, quantity, unit in _rows(
        connection,
        _within(
            select(
                ProductionItem.customer_id,
                _text(ProductionItem.kind),
                ProductionItem.name,
                _number(ProductionItem.quantity),
                ProductionItem.unit,
            ).where(ProductionItem.deleted.is_(False)),
            ProductionItem.customer_id,
            low,
            high,
            only,
        ),
    ):
        kinds[cid].add(kind_of[code])
        if quantity is None:
            continue
        unit = (unit or "").strip()
        if code == livestock_code and unit in HEAD_UNITS:
            livestock[cid].append((livestock_kind(name), int(_decimal(quantity))))  # type: ignore[arg-type]
        elif code == aquaculture_code and unit in AREA_UNITS:
            water[cid] = water.get(cid, Decimal(0)) + _decimal(quantity)  # type: ignore[operator]

    loans: dict[int, list[LoanFact]] = defaultdict(list)
    loans_known: set[int] = set()
    loan_changed: dict[int, Any] = {}  # the latest time stamp as stored; its day at the end
    categories = {category.value: category for category in LoanClassification}
    for cid, balance, category, deleted, updated in _rows(
        connection,
        _within(
            select(
                Loan.customer_id,
                _number(Loan.balance),
                _text(Loan.classification),
                _number(Loan.deleted),
                _text(Loan.updated_at),
            ),
            Loan.customer_id,
            low,
            high,
            only,
        ),
    ):
        if cid not in loan_changed or updated > loan_changed[cid]:
            loan_changed[cid] = updated
        if deleted:
            continue
        loans_known.add(cid)
        if balance is not None and balance > 0:
            loans[cid].append(
                LoanFact(
                    balance=_decimal(balance),
                    classification=None if category is None else categories[category],
                )
            )

    products: dict[int, list[ProductHeld]] = defaultdict(list)
    products_known: set[int] = set()
    product_changed: dict[int, Any] = {}
    for cid, code, since, deleted, updated in _rows(
        connection,
        _within(
            select(
                CustomerProduct.customer_id,
                Product.code,
                _text(CustomerProduct.since),
                _number(CustomerProduct.deleted),
                _text(CustomerProduct.updated_at),
            ).join(Product, Product.id == CustomerProduct.product_id),
            CustomerProduct.customer_id,
            low,
            high,
            only,
        ),
    ):
        if cid not in product_changed or updated > product_changed[cid]:
            product_changed[cid] = updated
        products_known.add(cid)
        if not deleted:
            products[cid].append(ProductHeld(code, read.day(since)))

    last_visit = {
        cid: read.day(day)
        for cid, day in _rows(
            connection,
            _within(
                select(Visit.customer_id, _text(func.max(Visit.visit_date)))
                .where(Visit.status == VisitStatus.DONE, Visit.deleted.is_(False))
                .group_by(Visit.customer_id),
                Visit.customer_id,
                low,
                high,
                only,
            ),
        )
    }
    last_care = {
        cid: read.local_day(at)
        for cid, at in _rows(
            connection,
            _within(
                select(CareEvent.customer_id, _text(func.max(CareEvent.at)))
                .where(CareEvent.deleted.is_(False))
                .group_by(CareEvent.customer_id),
                CareEvent.customer_id,
                low,
                high,
                only,
            ),
        )
    }

    statuses = {status.value: status for status in CreditStatus}
    cards = {card.value: card for card in CardLevel}
    result: dict[int, tuple[CustomerFacts, CreditOverride | None]] = {}
    for (
        cid,
        _deleted,
        _archived,
        land_mu,
        cooperation,
        deposit,
        average,
        read_on,
        card,
        needs,
        override,
        override_reason,
        override_facts,
    ) in files:
        held = products.get(cid)
        facts = CustomerFacts(
            land_mu=_decimal(land_mu),
            livestock=tuple(sorted(livestock[cid])) if cid in livestock else None,
            water_mu=water.get(cid),
            production_kinds=frozenset(kinds[cid]) if cid in kinds else None,
            loans=tuple(loans.get(cid, ())) if cid in loans_known else None,
            deposit_balance=_decimal(deposit),
            deposit_average=_decimal(average),
            deposits_read_on=read.day(read_on),
            card_level=None if card is None else cards[card],
            products=(
                (tuple(sorted(held, key=_code)) if held else ()) if cid in products_known else None
            ),
            cooperation_since=read.day(cooperation),
            needs=read.needs(needs) or None,
            last_visit=last_visit.get(cid),
            last_care=last_care.get(cid),
            last_loan_change=read.local_day(loan_changed.get(cid)),
            last_product_change=read.local_day(product_changed.get(cid)),
        )
        kept = (
            None
            if override is None
            else CreditOverride(statuses[override], override_reason or "", override_facts or "")
        )
        result[cid] = (facts, kept)
    return result, gone


def _code(product: ProductHeld) -> str:
    return product.code
