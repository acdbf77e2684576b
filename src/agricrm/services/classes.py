"""Customers' classes kept in step with their facts, and the rules they are computed by.

`customer_classes` is derived data like the schedule: `refresh_classes` recomputes the rows of
the customers a write touched, inside that write's transaction (file, loans, production items,
products held, override, visits, care, sync import and conflict resolution), and
`rebuild_classes_on` recomputes everyone (a rules change, a stale stamp in `derived`).  Both
read the facts through `class_facts.facts_between`, so a refresh equals a rebuild.

Decisions a successor needs:

* **Codes only in the table, reasons on demand.**  Both paths classify with
  ``explain=False`` (half the time of wording every class) and store the codes, the score,
  the computed credit status and the rules version; `reasons_json` holds only the state of
  the override (``{"override_lapsed": true}`` when an override no longer holds), which the
  list could not otherwise know.  The words for the summary panel and the profile sheet come
  from `explain_customer`: one customer's facts classified with ``explain=True`` (a few
  milliseconds), always under the rules the table was built by.
* **Class changes**: a row in `class_changes` per dimension whose code differs from the row
  it replaces, with the rules version that made the new one.  A customer classified for the
  first time (new file, upgraded database) has no change: nothing moved.
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
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.types import utcnow
from agricrm.domain.classification import effect
from agricrm.domain.classification.classify import classify
from agricrm.domain.classification.document import check_rules, rules_from_json
from agricrm.domain.classification.facts import DEFAULT_CATALOGUE, Dimension
from agricrm.domain.classification.results import Classes
from agricrm.domain.classification.rules import DEFAULT_RULES, ClassificationRules
from agricrm.domain.errors import FieldError, NotFound, ValidationFailed
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
        rebuild_classes_on(writer_of(session), share(progress, 0, 2))
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
        before = {
            row[0]: dict(zip(_DIMENSIONS, row[1:], strict=True))
            for row in connection.execute(select(CustomerClasses.customer_id, *_code_columns()))
        }
        after: dict[int, dict[Dimension, str]] = {}
        ranges = _ranges(connection)
        for index, (low, high) in enumerate(ranges):
            if progress is not None:
                progress.report(index, len(ranges))
            classes, _gone = _classify(connection, rules, today, low, high, None)
            after.update({cid: one.codes() for cid, one in classes.items()})
    if progress is not None:
        progress.report(len(ranges), len(ranges))
    return effect.compare_codes(before, after)


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
    rebuild_classes_on(writer_of(session))
    follow_classification_rules(writer_of(session), before)  # cadence follows the segments


# -------------------------------------------------------------------- keeping the table


def _code_columns() -> tuple[Any, ...]:
    return tuple(getattr(CustomerClasses, dimension.value) for dimension in _DIMENSIONS)


def _classify(
    connection: Connection,
    rules: ClassificationRules,
    today: dt.date,
    low: int,
    high: int,
    only: Sequence[int] | None,
) -> tuple[dict[int, Classes], list[int]]:
    facts, gone = facts_between(connection, low, high, only)
    return (
        {
            cid: classify(one, rules, today, override, explain=False)
            for cid, (one, override) in facts.items()
        },
        gone,
    )


def _row(
    customer_id: int, classes: Classes, codes: Mapping[Dimension, str], at: dt.datetime
) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "rules_version": classes.rules_version,
        **{dimension.value: code for dimension, code in codes.items()},
        "credit_computed": classes.credit_computed.value,
        "value_score": int(classes.value_score * 10),
        "reasons_json": '{"override_lapsed": true}' if classes.override_lapsed else "{}",
        "classified_at": at,
    }


def _store(
    writer: Writer, ids: Sequence[int], classes: Mapping[int, Classes], at: dt.datetime
) -> None:
    """Replace the rows of `ids` by `classes` (ids without classes lose their row), recording
    each dimension whose code moved."""
    before = {
        row[0]: row[1:]
        for row in writer.connection.execute(
            select(CustomerClasses.customer_id, *_code_columns()).where(
                CustomerClasses.customer_id.in_(list(ids))
            )
        )
    }
    moves = []
    codes = {cid: one.codes() for cid, one in classes.items()}  # once: they cost
    for cid, one in classes.items():
        old = before.get(cid)
        if old is None:
            continue
        for dimension, was in zip(_DIMENSIONS, old, strict=True):
            now = codes[cid][dimension]
            if was != now:
                moves.append(
                    {
                        "customer_id": cid,
                        "dimension": dimension.value,
                        "from_class": was,
                        "to_class": now,
                        "rules_version": one.rules_version,
                        "changed_at": at,
                    }
                )
    writer.execute_local(delete(CustomerClasses).where(CustomerClasses.customer_id.in_(list(ids))))
    writer.insert_local(
        CustomerClasses.__table__,  # type: ignore[arg-type]
        [_row(cid, one, codes[cid], at) for cid, one in classes.items()],
    )
    writer.insert_local(ClassChange.__table__, moves)  # type: ignore[arg-type]


def refresh_classes(writer: Writer, customer_ids: Iterable[int]) -> None:
    """Recompute the classes of some customers, inside the caller's transaction."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    connection = writer.connection
    rules = rules_on(connection)
    today, at = dt.date.today(), utcnow()
    for start in range(0, len(ids), REFRESH_CHUNK):
        chunk = ids[start : start + REFRESH_CHUNK]
        classes, _gone = _classify(connection, rules, today, chunk[0], chunk[-1], chunk)
        _store(writer, chunk, classes, at)


def _ranges(connection: Connection) -> list[tuple[int, int]]:
    top = connection.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
    return [(low, min(low + CHUNK - 1, top)) for low in range(1, top + 1, CHUNK)]


def rebuild_classes_on(writer: Writer, progress: Progress | None = None) -> int:
    """Reclassify every customer in ranges of ids; returns how many have classes."""
    connection = writer.connection
    rules = rules_on(connection)
    today, at = dt.date.today(), utcnow()
    ranges = _ranges(connection)
    count = 0
    for index, (low, high) in enumerate(ranges):
        if progress is not None:
            progress.report(index, len(ranges))
        classes, _gone = _classify(connection, rules, today, low, high, None)
        present = list(
            connection.scalars(
                select(CustomerClasses.customer_id).where(
                    CustomerClasses.customer_id.between(low, high)
                )
            )
        )
        _store(writer, sorted(set(present) | set(classes)), classes, at)
        count += len(classes)
    writer.execute_local(
        delete(CustomerClasses).where(
            CustomerClasses.customer_id > (ranges[-1][1] if ranges else 0)
        )
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
            )
            for row in rows
        ]
