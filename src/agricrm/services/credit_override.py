"""The officer's credit status kept over the computed one (人工认定), with its reason.

The credit status is computed from the loans' five-category classification and overdue
history; an officer who knows better (a debt settled outside the books, a guarantor's default
that is not the customer's) may keep another status, and must say why.  The override is stored
with the fingerprint of the credit facts it was set on (`classify.credit_fingerprint`): it
holds until those facts change, then lapses and the computed status applies again.  Both the
computed and the kept status are shown, so nobody mistakes one for the other.

Setting it is an action of its own, like a status change (not part of the form's save): the
fingerprint must be that of the facts as saved, and a reason belongs to the decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.db.types import utcnow
from agricrm.domain.classification.classify import credit_fingerprint
from agricrm.domain.classification.facts import CreditStatus
from agricrm.domain.classification.results import Verdict
from agricrm.domain.errors import (
    AgriCrmError,
    FieldError,
    NotFound,
    StaleRecord,
    ValidationFailed,
)
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Customer
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.class_facts import facts_between
from agricrm.services.classes import explain_customer, refresh_classes
from agricrm.services.schedule import refresh_schedule

REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "CreditOverride", "Say why the credit status is kept other than computed."
)
REASON_TOO_LONG = QT_TRANSLATE_NOOP("CreditOverride", "Keep the reason within {limit} characters.")
NOT_FOUND = QT_TRANSLATE_NOOP("CreditOverride", "This customer is not in the list")
CHANGED = QT_TRANSLATE_NOOP(
    "CreditOverride", "Someone else changed this customer meanwhile; open it again."
)
ARCHIVED = QT_TRANSLATE_NOOP("CreditOverride", "An archived file cannot be changed.")
REASON_LIMIT = 200


@dataclass(frozen=True)
class CreditStatusView:
    """What the credit tab shows: the computed status with its reasons, the status kept (the
    override's while it holds), the override's reason, and an override that lapsed because
    the credit facts changed since it was set (its status and reason, to say so)."""

    computed: CreditStatus
    kept: CreditStatus
    verdict: Verdict
    override_reason: str | None
    lapsed: tuple[CreditStatus, str] | None


def credit_status(
    db: Database, actor: Actor, customer_id: int, today: dt.date | None = None
) -> CreditStatusView:
    classes = explain_customer(db, actor, customer_id, today)  # checks the actor
    lapsed = None
    if classes.override_lapsed:
        with db.read() as session:
            stored = session.execute(
                select(Customer.credit_override, Customer.credit_override_reason).where(
                    Customer.id == customer_id
                )
            ).one()
        if stored[0] is not None:
            lapsed = (CreditStatus(stored[0]), stored[1])
    return CreditStatusView(
        computed=classes.credit_computed,
        kept=classes.credit.value,  # type: ignore[arg-type]
        verdict=classes.credit,
        override_reason=classes.override.reason if classes.override else None,
        lapsed=lapsed,
    )


def set_credit_override(
    db: Database,
    actor: Actor,
    customer_id: int,
    status: CreditStatus | None,
    reason: str,
    expected_version: int,
) -> int:
    """Keep `status` as the customer's credit status for `reason` (None clears the override),
    on the credit facts as they are now; the classes and due date follow in the same
    transaction.  Returns the file's new row version."""
    reason = reason.strip()
    if status is not None:
        if not reason:
            raise ValidationFailed([FieldError("reason", REASON_REQUIRED)])
        if len(reason) > REASON_LIMIT:
            raise ValidationFailed([FieldError("reason", REASON_TOO_LONG(limit=REASON_LIMIT))])
    with db.write(actor, Cause.FORM) as session:
        customer = session.scalar(
            select(Customer).where(Customer.id == customer_id, ~Customer.deleted)
        )
        if customer is None:
            raise NotFound(NOT_FOUND)
        policy.ensure_can_edit_customer(actor, customer.officer_id)
        if customer.row_version != expected_version:
            raise StaleRecord(CHANGED)
        if customer.archived_at is not None:
            raise AgriCrmError(ARCHIVED)
        facts, _gone = facts_between(session.connection(), customer_id, customer_id)
        customer.credit_override = status
        customer.credit_override_reason = reason if status is not None else ""
        customer.credit_override_facts = (
            credit_fingerprint(facts[customer_id][0]) if status is not None else ""
        )
        customer.updated_at = utcnow()
        session.flush()
        refresh_classes(writer_of(session), [customer_id])
        refresh_schedule(writer_of(session), [customer_id])
        return customer.row_version
