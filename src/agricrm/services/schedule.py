"""Each customer's computed schedule: next due visit (from the cadence rules and the
customer's service strategy) and birthday code.

The `customer_schedule` table is derived data, like the search index: services refresh the
rows of the customers they touch in the same transaction (a visit, a loan, care, the
customer's file), and the whole table is rebuilt when the branch changes its visit rules.
Reading "who is overdue" is then one indexed range scan instead of an aggregation over every
visit, which is what keeps the Today view fast at 100,000 customers and 300,000 visits.

The cadence is the strategy of the customer's classes (`customer_classes`: the segment's, or
a dormant customer's reactivation), so **the classes are refreshed before the schedule** in
every write, and `cadence_class` keeps the strategy's key (quality, potential, ordinary,
dormant) for the Today view's priority and care filters.  A customer without classes yet is
served as ordinary.  When the classification rules change (`classes.save_rules`, a package's
rules adopted), `follow_classification_rules` recomputes the due dates the change can move.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, select, text, true

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.domain import cadence
from agricrm.domain.cadence import CadenceClass, CadenceRules, CustomerFacts, LoanFacts
from agricrm.domain.classification.rules import ClassificationRules
from agricrm.domain.errors import ValidationFailed
from agricrm.domain.visits import VisitStatus
from agricrm.models import (
    AppSetting,
    CareEvent,
    Customer,
    CustomerClasses,
    CustomerProduct,
    CustomerSchedule,
    Loan,
    Visit,
)
from agricrm.services.actor import Actor
from agricrm.services.classes import rules_on as classification_rules_on
from agricrm.services.policy import ensure_manager
from agricrm.services.progress import Progress
from agricrm.services.settings import read_setting, store_setting

RULES_KEY = "visits.cadence_rules"
CHUNK = 5000

_LAST_VISITS = """
SELECT customer_id, visit_date, next_visit_date, post_loan FROM (
    SELECT customer_id, visit_date, next_visit_date,
           max(CASE WHEN visit_type = 'post_loan' THEN visit_date END)
               OVER (PARTITION BY customer_id) AS post_loan,
           row_number() OVER (PARTITION BY customer_id ORDER BY visit_date DESC, id DESC) AS rn
    FROM visits
    WHERE status = 'done' AND deleted = 0 AND customer_id BETWEEN :low AND :high {only}
) WHERE rn = 1
"""
_LOANS = """
SELECT customer_id, start_date, due_date FROM loans
WHERE deleted = 0 AND balance > 0 AND customer_id BETWEEN :low AND :high {only}
"""


def read_rules(db: Database, actor: Actor) -> CadenceRules:
    """The branch's visit rules; every user may read them (the Today view applies them)."""
    return CadenceRules.from_json(read_setting(db, actor, RULES_KEY))


def _rules_on(connection: Connection) -> CadenceRules:
    raw = connection.scalar(select(AppSetting.value_json).where(AppSetting.key == RULES_KEY))
    return CadenceRules.from_json(None if raw is None else json.loads(raw))


def save_rules(
    db: Database, actor: Actor, rules: CadenceRules, progress: Progress | None = None
) -> int:
    """Store new rules (a manager's decision) and recompute every customer's due date from
    them, in one transaction: a cancelled or failed rebuild leaves the previous rules with
    the previous due dates, never new rules beside old dates.  Returns how many customers
    the schedule covers."""
    ensure_manager(actor)
    errors = cadence.check_rules(rules)
    if errors:
        raise ValidationFailed(errors)
    with db.write(actor, Cause.FORM) as session:
        store_setting(session, RULES_KEY, rules.to_json())
        session.flush()  # the rebuild reads the rules back through the same connection
        return rebuild_schedule_on(writer_of(session), progress)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _birthday_code(birth: dt.date | None, keeps_lunar: bool) -> str | None:
    if birth is None:
        return None
    from agricrm.domain.care import birthday_key

    try:
        return birthday_key(birth, keeps_lunar).code
    except (ValueError, AssertionError):  # outside the lunar tables (before 1900)
        return None


def last_contacts(connection: Connection, ids: Sequence[int]) -> dict[int, dt.date]:
    """The last contact of each of `ids` as the activity class reads it (`class_facts`): the
    last visit done, the last care given, the last day a loan or a held product was written
    (deleted ones too), each on its local day.  Four grouped queries, not the whole facts:
    only dormant customers need it, and a schedule rebuild reads it for all of them (a test
    holds it equal to what `facts_between` gives)."""
    found: dict[int, dt.date] = {}

    def later(cid: int, day: dt.date | None) -> None:
        if day is not None and (cid not in found or day > found[cid]):
            found[cid] = day

    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for cid, day in connection.execute(
            select(Visit.customer_id, func.max(Visit.visit_date))
            .where(
                Visit.status == VisitStatus.DONE,
                Visit.deleted.is_(False),
                Visit.customer_id.in_(chunk),
            )
            .group_by(Visit.customer_id)
        ):
            later(cid, _date(day))
        for owner, column, where in (
            (CareEvent.customer_id, CareEvent.at, CareEvent.deleted.is_(False)),
            (Loan.customer_id, Loan.updated_at, true()),  # deleted loans were changes too
            (CustomerProduct.customer_id, CustomerProduct.updated_at, true()),
        ):
            for cid, moment in connection.execute(
                select(owner, func.max(column)).where(where, owner.in_(chunk)).group_by(owner)
            ):
                later(cid, None if moment is None else moment.astimezone().date())
    return found


def _strategies(
    connection: Connection, low: int, high: int, only: Sequence[int] | None
) -> tuple[dict[int, CadenceClass], dict[int, dt.date]]:
    """Each customer's strategy key from their stored classes, and the last contact of those
    who are dormant (the day their dormancy began follows from it)."""
    statement = select(
        CustomerClasses.customer_id, CustomerClasses.segment, CustomerClasses.activity
    ).where(CustomerClasses.customer_id.between(low, high))
    if only is not None:
        statement = statement.where(CustomerClasses.customer_id.in_(list(only)))
    keys = {
        cid: cadence.cadence_class_of(segment, activity)
        for cid, segment, activity in connection.execute(statement)
    }
    dormant = [cid for cid, key in keys.items() if key is CadenceClass.DORMANT]
    return keys, last_contacts(connection, dormant)


def _rows_for(
    connection: Connection,
    rules: CadenceRules,
    classification: ClassificationRules,
    low: int,
    high: int,
    only: Sequence[int] | None,
) -> tuple[list[dict[str, Any]], list[int]]:
    """Schedule rows for customers with ids in [low, high] (and in `only`, when given)."""
    params: dict[str, Any] = {"low": low, "high": high}
    only_sql = ""
    if only is not None:
        only_sql = "AND customer_id IN (" + ",".join(str(int(i)) for i in only) + ")"
    last: dict[int, tuple[Any, Any, Any]] = {
        row[0]: row[1:]
        for row in connection.execute(text(_LAST_VISITS.format(only=only_sql)), params)
    }
    loans: dict[int, list[LoanFacts]] = defaultdict(list)
    for customer_id, start, due in connection.execute(text(_LOANS.format(only=only_sql)), params):
        loans[customer_id].append(LoanFacts(_date(start), _date(due)))  # type: ignore[arg-type]
    keys, contacts = _strategies(connection, low, high, only)
    statement = select(
        Customer.id,
        Customer.status,
        Customer.created_at,
        Customer.birth_date,
        Customer.keeps_lunar_birthday,
        Customer.deleted,
        Customer.archived_at,
        Customer.officer_id,
    ).where(Customer.id.between(low, high))
    if only is not None:
        statement = statement.where(Customer.id.in_(list(only)))
    rows, gone = [], []
    for row in connection.execute(statement):
        cid, status, created, birth, lunar, deleted, archived_at, officer_id = row
        if deleted or archived_at is not None:
            gone.append(cid)  # out of the list: nothing to schedule
            continue
        last_visit, next_visit, post_loan = last.get(cid, (None, None, None))
        key = keys.get(cid, CadenceClass.ORDINARY)
        facts = CustomerFacts(
            status=status,
            opened_on=created.astimezone().date(),
            cadence_class=key,
            last_contact=contacts.get(cid),
            last_visit=_date(last_visit),
            last_post_loan_visit=_date(post_loan),
            next_visit=_date(next_visit),
            loans=tuple(loans.get(cid, ())),
        )
        due = cadence.visit_due(facts, rules, classification)
        rows.append(
            {
                "customer_id": cid,
                "officer_id": officer_id,
                "due_date": due.date if due else None,
                "due_reason": due.reason if due else None,
                "cadence_class": key,
                "last_visit_date": facts.last_visit,
                "birthday_code": _birthday_code(birth, lunar),
            }
        )
    return rows, gone


def refresh_schedule(writer: Writer, customer_ids: Iterable[int]) -> None:
    """Recompute the schedule of some customers, inside the caller's transaction."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    connection = writer.connection
    rules, classification = _rules_on(connection), classification_rules_on(connection)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows, _gone = _rows_for(connection, rules, classification, chunk[0], chunk[-1], chunk)
        writer.execute_local(
            delete(CustomerSchedule).where(CustomerSchedule.customer_id.in_(chunk))
        )
        writer.insert_local(CustomerSchedule.__table__, rows)


def rebuild_schedule_on(writer: Writer, progress: Progress | None = None) -> int:
    """Recompute every customer's schedule in chunks; returns how many customers it covers."""
    connection = writer.connection
    rules, classification = _rules_on(connection), classification_rules_on(connection)
    top = connection.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
    writer.execute_local(delete(CustomerSchedule))
    count = 0
    for low in range(1, top + 1, CHUNK):
        if progress is not None:
            progress.report(low - 1, top)
        rows, _gone = _rows_for(connection, rules, classification, low, low + CHUNK - 1, None)
        writer.insert_local(CustomerSchedule.__table__, rows)
        count += len(rows)
    if progress is not None:
        progress.report(top, top)
    return count


def rebuild_schedule(db: Database, actor: Actor, progress: Progress | None = None) -> int:
    """The whole branch's schedule again under the rules as they are (one transaction: a
    cancelled rebuild leaves the previous schedule in place); a manager's work, as changing
    the rules is (`save_rules` rebuilds by itself)."""
    ensure_manager(actor)
    with db.write(actor, Cause.REBUILD) as session:
        return rebuild_schedule_on(writer_of(session), progress)


def _moved_by(before: ClassificationRules, after: ClassificationRules) -> set[CadenceClass]:
    """The strategies whose due dates a change of the rules can move by itself: a new visit
    interval or reactivation time, and for dormant customers a new activity period (the day
    their dormancy began).  Care and priority are read at display time."""
    moved = {
        CadenceClass(key)
        for key, strategy in after.strategy.items()
        if key not in before.strategy
        or (strategy.visit_months, strategy.reactivation_days)
        != (before.strategy[key].visit_months, before.strategy[key].reactivation_days)
    }
    if before.activity.months != after.activity.months:
        moved.add(CadenceClass.DORMANT)
    return moved


def follow_classification_rules(
    writer: Writer, before: ClassificationRules, progress: Progress | None = None
) -> int:
    """After new classification rules were stored and the classes rebuilt by them (same
    transaction): recompute the due dates that can have moved — the customers whose strategy
    changed with their classes, and every customer of a strategy whose cadence changed; the
    whole table when that is most of the branch.  The result equals a rebuild (a test holds
    it to that).  Returns how many customers were recomputed."""
    connection = writer.connection
    moved = sorted(key.value for key in _moved_by(before, classification_rules_on(connection)))
    key_now = (  # cadence.cadence_class_of in SQL
        "CASE WHEN c.activity = 'dormant' THEN 'dormant' "
        "WHEN c.segment IN ('quality', 'potential', 'ordinary') THEN c.segment "
        "ELSE 'ordinary' END"
    )
    moved_sql = ",".join(f"'{key}'" for key in moved) or "''"
    ids = list(
        connection.scalars(
            text(
                # listed customers with classes whose strategy changed or moved, or no row yet
                f"SELECT c.customer_id FROM customer_classes c "
                f"LEFT JOIN customer_schedule s ON s.customer_id = c.customer_id "
                f"WHERE s.customer_id IS NULL OR s.cadence_class != {key_now} "
                f"OR s.cadence_class IN ({moved_sql}) "
                # scheduled customers without classes are served as ordinary
                f"UNION SELECT s.customer_id FROM customer_schedule s "
                f"LEFT JOIN customer_classes c ON c.customer_id = s.customer_id "
                f"WHERE c.customer_id IS NULL "
                f"AND (s.cadence_class != 'ordinary' OR 'ordinary' IN ({moved_sql}))"
            )
        )
    )
    listed = connection.scalar(select(func.count()).select_from(CustomerSchedule)) or 0
    if len(ids) * 2 > listed:
        return rebuild_schedule_on(writer, progress)
    for start in range(0, len(ids), CHUNK):
        if progress is not None:
            progress.report(start, len(ids))
        refresh_schedule(writer, ids[start : start + CHUNK])
    if progress is not None:
        progress.report(len(ids), len(ids))
    return len(ids)
