"""Logging care events (客户关怀): a birthday call, a festival text message, a gift."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.db.types import utcnow
from agricrm.domain.care import CareInput, check_care
from agricrm.domain.errors import FieldError, NotFound, ValidationFailed
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import CareEvent, Customer
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.classes import refresh_classes
from agricrm.services.schedule import refresh_schedule
from agricrm.services.visit_data import CareEventView

CUSTOMER_NOT_FOUND = QT_TRANSLATE_NOOP("Care", "The customer does not exist or was deleted.")
CUSTOMER_ARCHIVED = QT_TRANSLATE_NOOP(
    "Care", "{name}'s file is archived; restore it before recording care."
)


def _view(event: CareEvent) -> CareEventView:
    return CareEventView(
        id=event.id,
        customer_id=event.customer_id,
        kind=event.kind,
        occasion=event.occasion,
        festival=event.festival,
        occasion_date=event.occasion_date,
        at=event.at,
        officer_name=event.officer.display_name if event.officer else "",
        notes=event.notes,
    )


def log_care(
    db: Database,
    actor: Actor,
    data: CareInput,
    now: Callable[[], dt.datetime] = utcnow,
) -> CareEventView:
    clean, errors = check_care(data, now())
    with db.write(actor, Cause.FORM) as session:
        customer = None
        if clean.customer_id is not None:
            customer = session.get(Customer, clean.customer_id)
            if customer is None or customer.deleted:
                errors.append(FieldError("customer_id", CUSTOMER_NOT_FOUND))
            else:
                policy.ensure_can_edit_customer(actor, customer.officer_id)
                if customer.archived_at is not None:
                    errors.append(FieldError("customer_id", CUSTOMER_ARCHIVED(name=customer.name)))
        if errors:
            raise ValidationFailed(errors)
        assert customer is not None and clean.at is not None
        event = CareEvent(
            customer_id=customer.id,
            officer_id=actor.user_id,
            kind=clean.kind,
            occasion=clean.occasion,
            festival=clean.festival,
            occasion_date=clean.occasion_date,
            at=clean.at,
            notes=clean.notes,
        )
        session.add(event)
        session.flush()
        refresh_classes(writer_of(session), [customer.id])  # a contact: activity may change
        refresh_schedule(writer_of(session), [customer.id])  # and with it the strategy
        session.refresh(event, ["officer"])
        return _view(event)


def care_history(db: Database, actor: Actor, customer_id: int) -> list[CareEventView]:
    with db.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted:
            raise NotFound(CUSTOMER_NOT_FOUND)
        policy.ensure_can_see_customer(actor, customer.officer_id)
        events = session.scalars(
            select(CareEvent)
            .where(CareEvent.customer_id == customer_id, ~CareEvent.deleted)
            .options(selectinload(CareEvent.officer))
            .order_by(CareEvent.at.desc())
        )
        return [_view(event) for event in events]
