"""The facts reader as it was before it read columns as stored (schema 0011, commit b4d576d):
every value through SQLAlchemy's own result processing.  Kept as the reference the fast
reader (`services.class_facts.facts_between`) is compared with, customer by customer."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, func, select

from agricrm.domain.classification.facts import CustomerFacts, LoanFact, ProductHeld
from agricrm.domain.classification.results import CreditOverride
from agricrm.domain.enums import ProductionKind
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
from agricrm.services.class_facts import AREA_UNITS, HEAD_UNITS, livestock_kind


def _local_day(moment: dt.datetime | None) -> dt.date | None:
    return None if moment is None else moment.astimezone().date()


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    if a is None:
        return b
    return a if b is None or a >= b else b


def _within(statement: Select[Any], column: Any, low: int, high: int, only: Sequence[int] | None):  # type: ignore[no-untyped-def]
    statement = statement.where(column.between(low, high))
    if only is not None:
        statement = statement.where(column.in_(list(only)))
    return statement


def reference_facts_between(
    connection: Connection, low: int, high: int, only: Sequence[int] | None = None
) -> tuple[dict[int, tuple[CustomerFacts, CreditOverride | None]], list[int]]:
    """The facts and credit override of every live customer with an id in [low, high] (and in
    `only` when given), and the ids of those deleted or archived (who have no classes)."""
    gone: list[int] = []
    files: dict[int, tuple[Any, ...]] = {}
    for row in connection.execute(
        _within(
            select(
                Customer.id,
                Customer.deleted,
                Customer.archived_at,
                Customer.land_area_mu,
                Customer.cooperation_since,
                Customer.deposit_balance,
                Customer.deposit_average,
                Customer.deposits_read_on,
                Customer.card_level,
                Customer.needs,
                Customer.credit_override,
                Customer.credit_override_reason,
                Customer.credit_override_facts,
            ),
            Customer.id,
            low,
            high,
            only,
        )
    ):
        if row.deleted or row.archived_at is not None:
            gone.append(row.id)
            continue
        files[row.id] = tuple(row)
    if not files:
        return {}, gone

    livestock: dict[int, list[tuple[str, int]]] = defaultdict(list)
    water: dict[int, Decimal] = {}
    kinds: dict[int, set[ProductionKind]] = defaultdict(set)
    for cid, kind, name, quantity, unit in connection.execute(
        _within(
            select(
                ProductionItem.customer_id,
                ProductionItem.kind,
                ProductionItem.name,
                ProductionItem.quantity,
                ProductionItem.unit,
            ).where(ProductionItem.deleted.is_(False)),
            ProductionItem.customer_id,
            low,
            high,
            only,
        )
    ):
        kinds[cid].add(kind)
        unit = (unit or "").strip()
        if kind is ProductionKind.LIVESTOCK and quantity is not None and unit in HEAD_UNITS:
            livestock[cid].append((livestock_kind(name), int(quantity)))
        elif kind is ProductionKind.AQUACULTURE and quantity is not None and unit in AREA_UNITS:
            water[cid] = water.get(cid, Decimal(0)) + quantity

    loans: dict[int, list[LoanFact]] = defaultdict(list)
    loans_known: set[int] = set()
    loan_changed: dict[int, dt.date | None] = {}
    for cid, balance, classification, deleted, updated in connection.execute(
        _within(
            select(
                Loan.customer_id, Loan.balance, Loan.classification, Loan.deleted, Loan.updated_at
            ),
            Loan.customer_id,
            low,
            high,
            only,
        )
    ):
        loan_changed[cid] = _later(loan_changed.get(cid), _local_day(updated))
        if deleted:
            continue
        loans_known.add(cid)
        if balance is not None and balance > 0:
            loans[cid].append(LoanFact(balance=balance, classification=classification))

    products: dict[int, list[ProductHeld]] = defaultdict(list)
    products_known: set[int] = set()
    product_changed: dict[int, dt.date | None] = {}
    for cid, code, since, deleted, updated in connection.execute(
        _within(
            select(
                CustomerProduct.customer_id,
                Product.code,
                CustomerProduct.since,
                CustomerProduct.deleted,
                CustomerProduct.updated_at,
            ).join(Product, Product.id == CustomerProduct.product_id),
            CustomerProduct.customer_id,
            low,
            high,
            only,
        )
    ):
        product_changed[cid] = _later(product_changed.get(cid), _local_day(updated))
        products_known.add(cid)
        if not deleted:
            products[cid].append(ProductHeld(code, since))

    last_visit: dict[int, dt.date] = dict(
        connection.execute(  # type: ignore[arg-type]
            _within(
                select(Visit.customer_id, func.max(Visit.visit_date))
                .where(Visit.status == VisitStatus.DONE, Visit.deleted.is_(False))
                .group_by(Visit.customer_id),
                Visit.customer_id,
                low,
                high,
                only,
            )
        ).all()
    )
    last_care = {
        cid: _local_day(at)
        for cid, at in connection.execute(
            _within(
                select(CareEvent.customer_id, func.max(CareEvent.at))
                .where(CareEvent.deleted.is_(False))
                .group_by(CareEvent.customer_id),
                CareEvent.customer_id,
                low,
                high,
                only,
            )
        )
    }

    result: dict[int, tuple[CustomerFacts, CreditOverride | None]] = {}
    for cid, row in files.items():
        (
            _id,
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
        ) = row
        held = products.get(cid, [])
        facts = CustomerFacts(
            land_mu=land_mu,
            livestock=tuple(sorted(livestock[cid])) if cid in livestock else None,
            water_mu=water.get(cid),
            production_kinds=frozenset(kinds[cid]) if cid in kinds else None,
            loans=tuple(loans.get(cid, ())) if cid in loans_known else None,
            deposit_balance=deposit,
            deposit_average=average,
            deposits_read_on=read_on,
            card_level=card,
            products=tuple(sorted(held, key=lambda p: p.code)) if cid in products_known else None,
            cooperation_since=cooperation,
            needs=frozenset(needs) if needs else None,
            last_visit=last_visit.get(cid),
            last_care=last_care.get(cid),
            last_loan_change=loan_changed.get(cid),
            last_product_change=product_changed.get(cid),
        )
        kept = (
            None
            if override is None
            else CreditOverride(override, override_reason or "", override_facts or "")
        )
        result[cid] = (facts, kept)
    return result, gone
