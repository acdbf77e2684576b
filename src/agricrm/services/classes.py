"""Customers' classes kept in step with their facts, and the rules they are computed by.

`customer_classes` is derived data like the schedule: `refresh_classes` recomputes the rows of
the customers a write touched, inside that write's transaction (file, loans, production items,
products held, override, visits, care, sync import and conflict resolution), and
`rebuild_classes_on` recomputes everyone (a rules change, a stale stamp in `derived`).  Both
read the facts through `class_facts.facts_between`, so a refresh equals a rebuild.

Decisions a successor needs:

* **Codes only in the table, reasons on demand.**  Both paths compute plain codes
  (`codes.class_codes`: the codes ``classify`` gives, without its verdict objects) and store
  the codes, the score, the computed credit status, the rules version and `reclassify_on`;
  `reasons_json` holds only the state of the override (``{"override_lapsed": true}`` when an
  override no longer holds), which the list could not otherwise know.  The words for the
  summary panel and the profile sheet come from `explain_customer`: one customer's facts
  classified with ``explain=True`` (a few milliseconds), always under the rules the table
  was built by.
* **Only what changed is written**: `_store` compares each new row with the table's and
  writes the ones that differ; a rebuild then gives the untouched rows the new rules version
  in one statement (`classified_at` is when a row was last written).
* **Class changes**: a row in `class_changes` per dimension whose code differs from the row
  it replaces, with the rules version that made the new one and why (`Reason`: rules,
  package, facts, time).  A customer classified for the first time (new file, upgraded
  database) has no change: nothing moved.
* **A rules change from the table**: when the new rules differ from the table's only in the
  value tiers, the segments or the strategy (`codes.reads_facts`), the rebuild and the
  preview derive the new codes from the stored codes and score (`codes.recoded`) without
  reading a file — only when every row is by the previous rules, none is due and every live
  customer has its row (`_recodable`); otherwise from the facts.  20,000 customers on the
  shared machine: a preview in 0.4 s instead of 2 s from the facts.
* **Time**: `reclassify_on`, the first day time alone may change a row's classes, is
  indexed; `refresh_due_classes` reclassifies the customers whose day has come
  (`derived.bring_up_to_date` at start-up, the GUI when the day changes).
* **Deleted and archived customers** have no classes (as they have no due date).
* **Rules**: the branch setting `classification.rules`, the document with its version;
  `DEFAULT_RULES` while none was saved.  `save_rules` checks the document, gives it the next
  version, stores it and reclassifies everyone in one transaction, so a cancelled or failed
  rebuild keeps the previous rules with the previous classes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, String, delete, func, or_, select, type_coerce, update
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.types import utcnow
from agricrm.domain.classification import effect
from agricrm.domain.classification.classify import classify
from agricrm.domain.classification.codes import ClassCodes, class_codes, reads_facts, recoded
from agricrm.domain.classification.document import check_rules, rules_from_json
from agricrm.domain.classification.facts import DEFAULT_CATALOGUE, Dimension
from agricrm.domain.classification.results import Classes
from agricrm.domain.classification.rules import DEFAULT_RULES, ClassificationRules
from agricrm.domain.errors import FieldError, NotFound, ValidationFailed
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import AppSetting, ClassChange, Customer, CustomerClasses, Product
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.class_facts import facts_between
from agricrm.services.progress import Progress, share
from agricrm.services.settings import store_setting

RULES_KEY = "classification.rules"
SAVED_HERE_KEY = "classification.rules_saved_here"
"""``{"version": N}``: the version a manager last saved on this computer (rules of another
version came in a package; see `services.class_effect.rules_origin`)."""
CHUNK = 2000
REFRESH_CHUNK = 500
_DIMENSIONS = tuple(Dimension)
CUSTOMER_GONE = QT_TRANSLATE_NOOP("Classes", "This customer is not in the list")
NOT_JSON = QT_TRANSLATE_NOOP("Classes", "The classification rules in this package are unreadable")


# ------------------------------------------------------------------------------ the rules


def _catalogue(connection: Connection) -> frozenset[str]:
    """The branch's product codes; the default catalogue until the branch has its own."""
    codes = frozenset(connection.scalars(select(Product.code).where(Product.deleted.is_(False))))
    return codes or DEFAULT_CATALOGUE


def rules_on(connection: Connection) -> ClassificationRules:
    """The rules stored in the branch's settings (the defaults when none were saved)."""
    raw = connection.scalar(select(AppSetting.value_json).where(AppSetting.key == RULES_KEY))
    if raw is None:
        return DEFAULT_RULES
    return rules_from_json(json.loads(raw), _catalogue(connection) | DEFAULT_CATALOGUE)


def read_rules(db: Database, actor: Actor) -> ClassificationRules:
    """The branch's classification rules; every user may read them (every screen shows the
    classes they give)."""
    with db.read() as session:
        return rules_on(session.connection())


def _checked(connection: Connection, document: ClassificationRules | Mapping[str, Any]) -> Any:
    """The rules of `document` with the next version number; raises `ValidationFailed` with
    every problem named by its path (``value.weights.growth``)."""
    catalogue = _catalogue(connection)
    errors = check_rules(document, catalogue)
    if errors:
        raise ValidationFailed(errors)
    raw = document.to_json() if isinstance(document, ClassificationRules) else dict(document)
    raw["version"] = rules_on(connection).version + 1
    return rules_from_json(raw, catalogue)


def save_rules(
    db: Database,
    actor: Actor,
    document: ClassificationRules | Mapping[str, Any],
    progress: Progress | None = None,
) -> ClassificationRules:
    """Check and store new rules as the next version (a manager's decision), reclassify
    every customer by them and move the due dates the new segments and strategies move, in
    one transaction: a cancelled or failed rebuild keeps the previous rules, classes and due
    dates.  Returns the rules as saved."""
    from agricrm.services.schedule import follow_classification_rules

    policy.ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        before = rules_on(session.connection())
        rules = _checked(session.connection(), document)
        store_setting(session, RULES_KEY, rules.to_json())
        store_setting(session, SAVED_HERE_KEY, {"version": rules.version})
        session.flush()  # the rebuild reads the rules back through the same connection
        rebuild_classes_on(writer_of(session), share(progress, 0, 2), previous=before)
        # the cadence follows the segments' strategy: the due dates move with the classes
        follow_classification_rules(writer_of(session), before, share(progress, 1, 2))
        return rules


def preview_rules(
    db: Database,
    actor: Actor,
    document: ClassificationRules | Mapping[str, Any],
    progress: Progress | None = None,
) -> effect.Effect:
    """What saving `document` would do (who changes, counts before and after), saving
    nothing.  The classes before are the table's, so everyone is classified once; a cancel
    through `progress` raises `Cancelled`."""
    policy.ensure_manager(actor)
    today = dt.date.today()
    with db.read() as session:
        connection = session.connection()
        rules = _checked(connection, document)
        ranges = _ranges(connection)
        if _recodable(connection, rules_on(connection), rules, today):
            if progress is not None:
                progress.report(0, 1)  # one step: a cancel stops here
            rows = _table_rows(connection, 1, ranges[-1][1] if ranges else 0)
            before = {cid: row[:8] for cid, row in rows.items()}
            after = {cid: one.codes for cid, one in _recoded(rows, rules).items()}
            ranges = []
        else:
            before = {
                row[0]: tuple(row[1:])
                for row in connection.execute(
                    select(CustomerClasses.customer_id, *_code_columns())
                ).all()
            }
            after = {}
        for index, (low, high) in enumerate(ranges):
            if progress is not None:
                progress.report(index, len(ranges))
            classes = _codes_between(connection, rules, today, low, high, None)
            after.update({cid: one.codes for cid, one in classes.items()})
    if progress is not None:
        progress.report(len(ranges) or 1, len(ranges) or 1)
    return effect.compare_rows(before, after)


# ----------------------------------------------------------------- rules in packages

PACKAGE_KEY = "classification_rules"
"""The key of the rules document in a sync package's metadata sheet."""


def stored_document(connection: Connection) -> str | None:
    """The branch's saved rules as JSON text, for a sync package (None while the branch uses
    the defaults: every device has those already)."""
    return connection.scalar(select(AppSetting.value_json).where(AppSetting.key == RULES_KEY))


def incoming_rules(
    connection: Connection, document: str
) -> tuple[ClassificationRules | None, list[FieldError]]:
    """Rules a package brings: the typed rules when they are newer than this device's (a
    higher version; a device keeps its own until a newer arrives), None when not, and every
    problem of a document that cannot be used, named by its path in the document."""
    try:
        raw = json.loads(document)
    except ValueError:
        return None, [FieldError(PACKAGE_KEY, NOT_JSON)]
    if not isinstance(raw, dict):
        return None, [FieldError(PACKAGE_KEY, NOT_JSON)]
    errors = check_rules(raw, _catalogue(connection) | DEFAULT_CATALOGUE)
    if errors:
        return None, errors
    rules = rules_from_json(raw, _catalogue(connection) | DEFAULT_CATALOGUE)
    return (rules if rules.version > rules_on(connection).version else None), []


def adopt_rules(session: Session, rules: ClassificationRules) -> None:
    """Store rules that arrived in a package, reclassify everyone by them and move the due
    dates with them, inside the import's transaction (an import that fails keeps the
    previous rules, classes and due dates)."""
    from agricrm.services.schedule import follow_classification_rules

    before = rules_on(session.connection())
    store_setting(session, RULES_KEY, rules.to_json())
    session.flush()
    rebuild_classes_on(writer_of(session), reason=Reason.PACKAGE)
    follow_classification_rules(writer_of(session), before)  # cadence follows the segments


# -------------------------------------------------------------------- keeping the table


def _code_columns() -> tuple[Any, ...]:
    return tuple(getattr(CustomerClasses, dimension.value) for dimension in _DIMENSIONS)


class Reason(LabeledEnum):
    """Why a class changed, kept with each row of `class_changes` (empty in rows written
    before 0012, which had none)."""

    RULES = "rules", QT_TRANSLATE_NOOP("ClassChangeReason", "rules changed")  # saved here
    PACKAGE = "package", QT_TRANSLATE_NOOP("ClassChangeReason", "rules from a sync package")
    FACTS = "facts", QT_TRANSLATE_NOOP("ClassChangeReason", "the file changed")
    TIME = "time", QT_TRANSLATE_NOOP("ClassChangeReason", "time passed")  # came due


_REASON_CODES = frozenset(reason.value for reason in Reason)

_Stored = tuple[Any, ...]
"""A row of the table as compared: the eight codes, computed credit, score in tenths, the
override's state and the day time may change them (as stored text)."""


def _stored_columns() -> tuple[Any, ...]:
    """The compared columns, as stored: no result processing, so a row read back equals the
    row `_stored` makes."""
    return (
        *_code_columns(),
        CustomerClasses.credit_computed,
        CustomerClasses.value_score,
        CustomerClasses.reasons_json,
        type_coerce(CustomerClasses.reclassify_on, String),
    )


def _stored(one: ClassCodes) -> _Stored:
    return (
        *one.codes,
        one.credit_computed,
        int(one.value_score * 10),
        _LAPSED if one.override_lapsed else "{}",
        None if one.reclassify_on is None else one.reclassify_on.isoformat(),
    )


_LAPSED = '{"override_lapsed": true}'
_COLUMN_NAMES = (
    *(dimension.value for dimension in _DIMENSIONS),
    "credit_computed",
    "value_score",
    "reasons_json",
    "reclassify_on",
)


def _codes_between(
    connection: Connection,
    rules: ClassificationRules,
    today: dt.date,
    low: int,
    high: int,
    only: Sequence[int] | None,
) -> dict[int, ClassCodes]:
    facts, _gone = facts_between(connection, low, high, only)
    return {cid: class_codes(one, rules, today, override) for cid, (one, override) in facts.items()}


def _table_rows(
    connection: Connection, low: int, high: int, only: Sequence[int] | None = None
) -> dict[int, _Stored]:
    statement = select(CustomerClasses.customer_id, *_stored_columns()).where(
        CustomerClasses.customer_id.between(low, high)
    )
    if only is not None:
        statement = statement.where(CustomerClasses.customer_id.in_(list(only)))
    return {row[0]: tuple(row[1:]) for row in connection.execute(statement).all()}


def _store(
    writer: Writer,
    before: Mapping[int, _Stored],
    classes: Mapping[int, ClassCodes],
    at: dt.datetime,
    reason: Reason,
) -> int:
    """Write the rows of `classes` that differ from the table's (`before`: the table's rows of
    the customers concerned; those without classes lose their row), recording each dimension
    whose code moved.  Rows that did not change are left alone (their rules version is set by
    the caller of a rebuild, in one statement).  Returns how many rows were written."""
    written: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    for cid, one in classes.items():
        row = _stored(one)
        old = before.get(cid)
        if old == row:
            continue
        written.append(
            {
                "customer_id": cid,
                "rules_version": one.rules_version,
                **dict(zip(_COLUMN_NAMES, row, strict=True)),
                "reclassify_on": one.reclassify_on,
                "classified_at": at,
            }
        )
        if old is None:
            continue
        for dimension, was, now in zip(_DIMENSIONS, old, one.codes, strict=False):
            if was != now:
                moves.append(
                    {
                        "customer_id": cid,
                        "dimension": dimension.value,
                        "from_class": was,
                        "to_class": now,
                        "rules_version": one.rules_version,
                        "changed_at": at,
                        "reason": reason.value,
                    }
                )
    replaced = [row["customer_id"] for row in written if row["customer_id"] in before]
    dropped = [cid for cid in before if cid not in classes]
    for start in range(0, len(replaced) + len(dropped), CHUNK):
        writer.execute_local(
            delete(CustomerClasses).where(
                CustomerClasses.customer_id.in_((replaced + dropped)[start : start + CHUNK])
            )
        )
    writer.insert_local(CustomerClasses.__table__, written)  # type: ignore[arg-type]
    writer.insert_local(ClassChange.__table__, moves)  # type: ignore[arg-type]
    return len(written)


def refresh_classes(
    writer: Writer,
    customer_ids: Iterable[int],
    reason: Reason = Reason.FACTS,
    today: dt.date | None = None,
) -> None:
    """Recompute the classes of some customers, inside the caller's transaction."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    connection = writer.connection
    rules = rules_on(connection)
    today, at = today or dt.date.today(), utcnow()
    for start in range(0, len(ids), REFRESH_CHUNK):
        chunk = ids[start : start + REFRESH_CHUNK]
        classes = _codes_between(connection, rules, today, chunk[0], chunk[-1], chunk)
        _store(writer, _table_rows(connection, chunk[0], chunk[-1], chunk), classes, at, reason)


def due_for_reclassifying(connection: Connection, today: dt.date) -> list[int]:
    """The customers whose date-dependent classes may have changed by `today` (their
    `reclassify_on` has come), by the index on that column."""
    return list(
        connection.scalars(
            select(CustomerClasses.customer_id).where(CustomerClasses.reclassify_on <= today)
        )
    )


def refresh_due_classes(writer: Writer, today: dt.date | None = None) -> list[int]:
    """Reclassify the customers whose classes time alone may have changed (an active
    customer's last contact leaving the window, an anniversary of the cooperation), as the
    program starts and when the day changes: the few whose day has come, not everyone.
    Returns their ids (whatever follows their classes, like the schedule, follows them)."""
    today = today or dt.date.today()
    due = due_for_reclassifying(writer.connection, today)
    refresh_classes(writer, due, Reason.TIME, today)
    return due


def _ranges(connection: Connection) -> list[tuple[int, int]]:
    top = connection.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
    return [(low, min(low + CHUNK - 1, top)) for low in range(1, top + 1, CHUNK)]


def _recodable(
    connection: Connection,
    previous: ClassificationRules | None,
    rules: ClassificationRules,
    today: dt.date,
) -> bool:
    """Whether the table's rows give the classes by `rules` without the facts: the rules
    differ from `previous` only where `codes.reads_facts` allows, every row was made by
    `previous` and is current today (none due), and every live customer has its row."""
    if previous is None or reads_facts(previous, rules):
        return False
    off = connection.scalar(
        select(func.count())
        .select_from(CustomerClasses)
        .where(
            or_(
                CustomerClasses.rules_version != previous.version,
                CustomerClasses.reclassify_on <= today,
            )
        )
    )
    live = connection.scalar(
        select(func.count())
        .select_from(Customer)
        .where(Customer.deleted.is_(False), Customer.archived_at.is_(None))
    )
    rows = connection.scalar(select(func.count()).select_from(CustomerClasses))
    return not off and live == rows


def _recoded(rows: Mapping[int, _Stored], rules: ClassificationRules) -> dict[int, ClassCodes]:
    """The classes by `rules` of the customers whose table rows are `rows` (`_recodable`)."""
    classes = {}
    for cid, row in rows.items():
        computed, tenths, reasons, day = row[8:]
        score = Decimal(tenths).scaleb(-1)
        classes[cid] = ClassCodes(
            rules.version,
            recoded(row[:8], score, rules),
            score,
            computed,
            reasons == _LAPSED,
            None if day is None else dt.date.fromisoformat(day),
        )
    return classes


def rebuild_classes_on(
    writer: Writer,
    progress: Progress | None = None,
    reason: Reason = Reason.RULES,
    today: dt.date | None = None,
    previous: ClassificationRules | None = None,
) -> int:
    """Reclassify every customer in ranges of ids; returns how many have classes.  Only the
    rows whose classes changed are written; the others get the rules' version in one
    statement at the end.  `previous`: the rules the table was built by, when the caller
    knows them (a rules change): when the new rules differ only in the value tiers, the
    segments or the strategy, the rows are reclassified from the table (`_recodable`)."""
    connection = writer.connection
    rules = rules_on(connection)
    today, at = today or dt.date.today(), utcnow()
    ranges = _ranges(connection)
    from_table = _recodable(connection, previous, rules, today)
    count = 0
    for index, (low, high) in enumerate(ranges):
        if progress is not None:
            progress.report(index, len(ranges))
        before = _table_rows(connection, low, high)
        if from_table:
            classes = _recoded(before, rules)
        else:
            classes = _codes_between(connection, rules, today, low, high, None)
        _store(writer, before, classes, at, reason)
        count += len(classes)
    writer.execute_local(
        delete(CustomerClasses).where(
            CustomerClasses.customer_id > (ranges[-1][1] if ranges else 0)
        )
    )
    writer.execute_local(
        update(CustomerClasses)
        .where(CustomerClasses.rules_version != rules.version)
        .values(rules_version=rules.version, classified_at=at)
    )
    if progress is not None:
        progress.report(len(ranges), len(ranges))
    return count


# ------------------------------------------------------------------------ one customer


@dataclass(frozen=True)
class ClassChangeView:
    dimension: Dimension
    from_class: str | None
    to_class: str | None
    rules_version: int
    changed_at: dt.datetime
    reason: Reason | None = None  # None for changes recorded before reasons were kept


@dataclass(frozen=True)
class ClassesSection:
    """What the profile sheet prints of a customer's classes: the classes with their words
    (None for an archived file, which has none) and the changes recorded, newest first."""

    classes: Classes | None
    changes: tuple[ClassChangeView, ...]


def classes_section(
    db: Database, actor: Actor, customer_id: int, today: dt.date | None = None
) -> ClassesSection:
    """The classes and class changes of a customer the actor may see (classes as of `today`:
    a sheet printed as of a day classifies as of that day)."""
    try:
        explained: Classes | None = explain_customer(db, actor, customer_id, today)
    except NotFound:
        explained = None
    return ClassesSection(explained, tuple(class_changes(db, actor, customer_id)))


def explain_customer(
    db: Database, actor: Actor, customer_id: int, today: dt.date | None = None
) -> Classes:
    """One customer's classes with every reason in words, as the summary panel and the
    profile sheet show them (computed now from the file, by the branch's rules)."""
    with db.read() as session:
        connection = session.connection()
        officer = connection.scalar(select(Customer.officer_id).where(Customer.id == customer_id))
        policy.ensure_can_see_customer(actor, officer)
        facts, _gone = facts_between(connection, customer_id, customer_id)
        if customer_id not in facts:
            raise NotFound(CUSTOMER_GONE)
        one, override = facts[customer_id]
        return classify(one, rules_on(connection), today or dt.date.today(), override)


def class_changes(db: Database, actor: Actor, customer_id: int) -> list[ClassChangeView]:
    """A customer's class changes, newest first, for the timeline."""
    with db.read() as session:
        officer = session.scalar(select(Customer.officer_id).where(Customer.id == customer_id))
        policy.ensure_can_see_customer(actor, officer)
        rows = session.execute(
            select(ClassChange)
            .where(ClassChange.customer_id == customer_id)
            .order_by(ClassChange.changed_at.desc(), ClassChange.id.desc())
        ).scalars()
        return [
            ClassChangeView(
                Dimension(row.dimension),
                row.from_class,
                row.to_class,
                row.rules_version,
                row.changed_at,
                Reason(row.reason) if row.reason in _REASON_CODES else None,
            )
            for row in rows
        ]
