"""Receiving complaints and taking them through the workflow.

Every call is one transaction: the complaint and the event recording the step are saved
together or not at all, and a refused step or a bad value leaves the database untouched.

Who sees what: a branch manager (or administrator) sees every complaint; an officer sees the
complaints they handle and those of their own customers.  Acting on a complaint is for its
handling officer or a manager; reassigning it is for a manager.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, exists, or_, select, true
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.db.types import utcnow
from agricrm.domain.complaints import (
    INITIAL_STATUS,
    STEP_ACTIONS,
    CloseStep,
    ComplaintAction,
    ComplaintInput,
    ComplaintStatus,
    Deadlines,
    InvestigateStep,
    ReopenStep,
    ReplyStep,
    ResolveStep,
    Step,
    check_intake,
    check_step,
    compute_due_at,
    is_overdue,
    local_date,
    refusal,
)
from agricrm.domain.errors import (
    AgriCrmError,
    FieldError,
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationFailed,
)
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Complaint, ComplaintEvent, Customer, User
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import ComplaintDetail, ComplaintEventView
from agricrm.services.complaint_settings import complaint_settings

COMPLAINT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Complaints", "The complaint does not exist or was deleted."
)
NOT_YOUR_COMPLAINT = QT_TRANSLATE_NOOP(
    "Complaints", "This complaint is handled by {officer}; ask them or your branch manager."
)
CUSTOMER_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Complaints", "The chosen customer does not exist or was deleted."
)
UNKNOWN_OFFICER = QT_TRANSLATE_NOOP(
    "Complaints", "The chosen handling officer does not exist or is inactive."
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Complaints",
    "Someone else changed this complaint after you opened it. Close it and open it again.",
)
RECEIVED_AFTER_REPLY = QT_TRANSLATE_NOOP(
    "Complaints", "The complaint cannot be received after it was answered ({replied})."
)
ALREADY_LINKED = QT_TRANSLATE_NOOP(
    "Complaints", "The complaint is already linked to this customer."
)
SAME_OFFICER = QT_TRANSLATE_NOOP("Complaints", "The complaint is already handled by {officer}.")

NUMBER_PREFIX = "TS"


class WorkflowRefused(AgriCrmError):
    """A step the workflow does not allow from the complaint's current status."""


# ----------------------------------------------------------------------------- permissions


def visible_complaints(actor: Actor, *, correlated: bool = False) -> ColumnElement[bool]:
    """The complaints the actor may see.  For an officer, "of my customers" is a list of
    their customers' ids built once per statement; `correlated` looks each complaint's
    customer up instead, which is cheaper when the statement reads few complaints."""
    if actor.is_manager:
        return true()
    if correlated:
        mine = exists().where(
            Customer.id == Complaint.customer_id, Customer.officer_id == actor.user_id
        )
    else:
        own_customers = select(Customer.id).where(Customer.officer_id == actor.user_id)
        mine = Complaint.customer_id.in_(own_customers)
    return or_(Complaint.officer_id == actor.user_id, mine)


def may_act(actor: Actor, complaint: Complaint) -> bool:
    return actor.is_manager or complaint.officer_id == actor.user_id


def _ensure_can_act(actor: Actor, complaint: Complaint) -> None:
    if not may_act(actor, complaint):
        raise PermissionDenied(NOT_YOUR_COMPLAINT(officer=complaint.officer.display_name))


# ----------------------------------------------------------------------------- reading


def get_complaint(
    db: Database, actor: Actor, complaint_id: int, *, now: dt.datetime | None = None
) -> ComplaintDetail:
    with db.read() as session:
        return _detail(_load(session, actor, complaint_id), actor, now or utcnow())


def _load(session: Session, actor: Actor, complaint_id: int) -> Complaint:
    complaint = session.scalar(
        select(Complaint)
        .where(Complaint.id == complaint_id, ~Complaint.deleted, visible_complaints(actor))
        .options(
            selectinload(Complaint.customer),
            selectinload(Complaint.officer),
            selectinload(Complaint.events).selectinload(ComplaintEvent.actor),
            selectinload(Complaint.events).selectinload(ComplaintEvent.officer),
            selectinload(Complaint.events).selectinload(ComplaintEvent.customer),
        )
    )
    if complaint is None:
        # an officer learns nothing about complaints outside their scope, not even that
        # they exist
        raise NotFound(COMPLAINT_NOT_FOUND)
    return complaint


# ----------------------------------------------------------------------------- intake


def receive_complaint(
    db: Database, actor: Actor, data: ComplaintInput, *, now: dt.datetime | None = None
) -> ComplaintDetail:
    """Record a new complaint; its deadline follows from its severity and receipt time."""
    now = now or utcnow()
    settings = complaint_settings(db, actor)
    clean, errors = check_intake(data, settings.categories, now)
    with db.write(actor, Cause.FORM) as session:
        customer = _customer(session, actor, clean.customer_id, errors)
        officer_id = clean.officer_id
        if officer_id is None:
            officer_id = (
                customer.officer_id
                if customer is not None and customer.officer_id is not None
                else actor.user_id
            )
        policy.ensure_can_assign(actor, officer_id)
        _check_officer(session, officer_id, errors)
        if errors:
            raise ValidationFailed(errors)
        assert clean.received_at is not None and clean.severity is not None
        assert clean.channel is not None
        due_at = compute_due_at(clean.received_at, clean.severity, settings.deadlines)
        complaint = Complaint(
            number=_next_number(session, clean.received_at),
            customer_id=clean.customer_id,
            caller_name=clean.caller_name,
            caller_phone=clean.caller_phone,
            channel=clean.channel,
            category=clean.category,
            severity=clean.severity,
            description=clean.description,
            received_at=clean.received_at,
            due_at=due_at,
            status=INITIAL_STATUS,
            officer_id=officer_id,
            reopen_count=0,
        )
        session.add(complaint)
        complaint.events.append(
            _event(
                ComplaintAction.RECEIVE,
                None,
                INITIAL_STATUS,
                actor,
                now,
                officer_id=officer_id,
                customer_id=clean.customer_id,
                category=clean.category,
                severity=clean.severity,
                due_at=due_at,
            )
        )
        session.flush()
        return _reloaded(session, actor, complaint.id, now)


def _customer(
    session: Session, actor: Actor, customer_id: int | None, errors: list[FieldError]
) -> Customer | None:
    if customer_id is None:
        return None
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        errors.append(FieldError("customer_id", CUSTOMER_NOT_FOUND))
        return None
    policy.ensure_can_see_customer(actor, customer.officer_id)
    return customer


def _check_officer(session: Session, officer_id: int, errors: list[FieldError]) -> None:
    officer = session.get(User, officer_id)
    if officer is None or officer.deleted or not officer.active:
        errors.append(FieldError("officer_id", UNKNOWN_OFFICER))


def _next_number(session: Session, received_at: dt.datetime) -> str:
    """TS20260630-001: the local receipt day and a sequence within it.  For people to quote
    on the phone and on paper; the uuid, not this, identifies a complaint across devices."""
    prefix = f"{NUMBER_PREFIX}{local_date(received_at):%Y%m%d}-"
    taken = session.scalars(select(Complaint.number).where(Complaint.number.like(f"{prefix}%")))
    highest = max((int(n[len(prefix) :]) for n in taken if n[len(prefix) :].isdigit()), default=0)
    return f"{prefix}{highest + 1:03d}"


# ----------------------------------------------------------------------------- workflow


def perform_step(
    db: Database,
    actor: Actor,
    complaint_id: int,
    step: Step,
    expected_version: int,
    *,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Investigate, resolve, reply, close or reopen; refused unless the workflow allows it."""
    now = now or utcnow()
    action = STEP_ACTIONS[type(step)]
    settings = complaint_settings(db, actor)
    with db.write(actor, Cause.FORM) as session:
        complaint = _load(session, actor, complaint_id)
        _ensure_can_act(actor, complaint)
        _ensure_version(complaint, expected_version)
        problem = refusal(complaint.status, action)
        if problem is None and action is ComplaintAction.CLOSE and complaint.replied_at is None:
            problem = refusal(ComplaintStatus.RESOLVING, action)
        if problem is not None:
            raise WorkflowRefused(problem)
        clean, errors = check_step(step, now, complaint.received_at, complaint.reopened_at)
        if errors:
            raise ValidationFailed(errors)
        before = complaint.status
        event = _apply_step(complaint, clean, now, settings.deadlines)
        complaint.events.append(
            _event(
                action,
                before,
                complaint.status,
                actor,
                now,
                note=_note_of(clean),
                **event,
            )
        )
        _flush(session)
        return _reloaded(session, actor, complaint.id, now)


def _note_of(step: Step) -> str:
    return step.reason if isinstance(step, ReopenStep) else step.note


def _apply_step(
    complaint: Complaint, step: Step, now: dt.datetime, deadlines: Deadlines
) -> dict[str, object]:
    """Change the complaint as `step` says; returns the data the event records."""
    if isinstance(step, InvestigateStep):
        complaint.status = ComplaintStatus.INVESTIGATING
        return {}
    if isinstance(step, ResolveStep):
        complaint.status = ComplaintStatus.RESOLVING
        complaint.cause = step.cause
        complaint.responsibility = step.responsibility
        complaint.findings = step.findings
        return {
            "cause": step.cause,
            "responsibility": step.responsibility,
            "findings": step.findings,
        }
    if isinstance(step, ReplyStep):
        complaint.status = ComplaintStatus.REPLIED
        complaint.measures = step.measures
        complaint.compensation = step.compensation
        complaint.reply_method = step.reply_method
        complaint.replied_at = step.replied_at
        complaint.reply_content = step.reply_content
        return {
            "measures": step.measures,
            "compensation": step.compensation,
            "reply_method": step.reply_method,
            "replied_at": step.replied_at,
            "reply_content": step.reply_content,
        }
    if isinstance(step, CloseStep):
        complaint.status = ComplaintStatus.CLOSED
        complaint.satisfaction = step.satisfaction
        complaint.closed_at = now
        return {"satisfaction": step.satisfaction}
    # reopen: back to investigating with a fresh deadline; the earlier answer and closing
    # stay in the history, the complaint waits for a new one
    complaint.status = ComplaintStatus.INVESTIGATING
    complaint.reopened_at = now
    complaint.reopen_count += 1
    complaint.due_at = compute_due_at(now, complaint.severity, deadlines)
    complaint.reply_method = None
    complaint.replied_at = None
    complaint.reply_content = ""
    complaint.satisfaction = None
    complaint.closed_at = None
    return {"due_at": complaint.due_at}


# ----------------------------------------------------------------------------- upkeep


def update_complaint(
    db: Database,
    actor: Actor,
    complaint_id: int,
    data: ComplaintInput,
    expected_version: int,
    note: str = "",
    *,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Correct the intake details (channel, category, severity, description, receipt time,
    caller); a new severity or receipt time moves the deadline."""
    now = now or utcnow()
    settings = complaint_settings(db, actor)
    with db.write(actor, Cause.FORM) as session:
        complaint = _load(session, actor, complaint_id)
        _ensure_can_act(actor, complaint)
        _ensure_version(complaint, expected_version)
        problem = refusal(complaint.status, ComplaintAction.EDIT)
        if problem is not None:
            raise WorkflowRefused(problem)
        data = ComplaintInput(
            customer_id=complaint.customer_id,
            caller_name=data.caller_name,
            caller_phone=data.caller_phone,
            channel=data.channel,
            category=data.category,
            severity=data.severity,
            description=data.description,
            received_at=data.received_at,
            officer_id=complaint.officer_id,
        )
        clean, errors = check_intake(data, settings.categories, now, complaint.category)
        if (
            clean.received_at is not None
            and complaint.replied_at is not None
            and clean.received_at > complaint.replied_at
        ):
            replied = complaint.replied_at.astimezone().strftime("%Y-%m-%d %H:%M")
            errors.append(FieldError("received_at", RECEIVED_AFTER_REPLY(replied=replied)))
        if errors:
            raise ValidationFailed(errors)
        assert clean.received_at is not None and clean.severity is not None
        assert clean.channel is not None
        changed = False
        for field in (
            "caller_name",
            "caller_phone",
            "channel",
            "category",
            "severity",
            "description",
            "received_at",
        ):
            value = getattr(clean, field)
            if getattr(complaint, field) != value:
                setattr(complaint, field, value)
                changed = True
        if not changed:
            return _detail(complaint, actor, now)
        start = complaint.reopened_at or complaint.received_at
        complaint.due_at = compute_due_at(start, complaint.severity, settings.deadlines)
        complaint.events.append(
            _event(
                ComplaintAction.EDIT,
                complaint.status,
                complaint.status,
                actor,
                now,
                note=note.strip(),
                category=complaint.category,
                severity=complaint.severity,
                due_at=complaint.due_at,
            )
        )
        _flush(session)
        return _reloaded(session, actor, complaint.id, now)


def link_customer(
    db: Database,
    actor: Actor,
    complaint_id: int,
    customer_id: int,
    expected_version: int,
    *,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Attach the complaint of an unregistered caller (or a wrongly chosen customer) to a
    customer file; the caller's name and phone as given are kept."""
    now = now or utcnow()
    with db.write(actor, Cause.FORM) as session:
        complaint = _load(session, actor, complaint_id)
        _ensure_can_act(actor, complaint)
        _ensure_version(complaint, expected_version)
        errors: list[FieldError] = []
        customer = _customer(session, actor, customer_id, errors)
        if errors:
            raise ValidationFailed(errors)
        assert customer is not None
        if complaint.customer_id == customer.id:
            raise ValidationFailed([FieldError("customer_id", ALREADY_LINKED)])
        complaint.customer_id = customer.id
        complaint.events.append(
            _event(
                ComplaintAction.LINK_CUSTOMER,
                complaint.status,
                complaint.status,
                actor,
                now,
                customer_id=customer.id,
            )
        )
        _flush(session)
        return _reloaded(session, actor, complaint.id, now)


def assign_complaint(
    db: Database,
    actor: Actor,
    complaint_id: int,
    officer_id: int,
    expected_version: int,
    note: str = "",
    *,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """Hand the complaint to another officer (a branch manager's decision)."""
    policy.ensure_manager(actor)
    now = now or utcnow()
    with db.write(actor, Cause.FORM) as session:
        complaint = _load(session, actor, complaint_id)
        _ensure_version(complaint, expected_version)
        problem = refusal(complaint.status, ComplaintAction.ASSIGN)
        if problem is not None:
            raise WorkflowRefused(problem)
        errors: list[FieldError] = []
        _check_officer(session, officer_id, errors)
        if errors:
            raise ValidationFailed(errors)
        if complaint.officer_id == officer_id:
            raise ValidationFailed(
                [FieldError("officer_id", SAME_OFFICER(officer=complaint.officer.display_name))]
            )
        complaint.officer_id = officer_id
        complaint.events.append(
            _event(
                ComplaintAction.ASSIGN,
                complaint.status,
                complaint.status,
                actor,
                now,
                note=note.strip(),
                officer_id=officer_id,
            )
        )
        _flush(session)
        return _reloaded(session, actor, complaint.id, now)


def delete_complaint(db: Database, actor: Actor, complaint_id: int, expected_version: int) -> None:
    """Soft-delete a complaint entered by mistake, with its history (a manager's decision)."""
    policy.ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        complaint = _load(session, actor, complaint_id)
        _ensure_version(complaint, expected_version)
        complaint.deleted = True
        for event in complaint.events:
            event.deleted = True
        _flush(session)


# ----------------------------------------------------------------------------- helpers


def _ensure_version(complaint: Complaint, expected_version: int) -> None:
    if complaint.row_version != expected_version:
        raise StaleRecord(CHANGED_ELSEWHERE)


def _flush(session: Session) -> None:
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecord(CHANGED_ELSEWHERE) from None


def _event(
    action: ComplaintAction,
    from_status: ComplaintStatus | None,
    to_status: ComplaintStatus,
    actor: Actor,
    now: dt.datetime,
    note: str = "",
    **data: object,
) -> ComplaintEvent:
    return ComplaintEvent(
        action=action,
        from_status=from_status,
        to_status=to_status,
        actor_id=actor.user_id,
        happened_at=now,
        note=note,
        **data,
    )


def _reloaded(
    session: Session, actor: Actor, complaint_id: int, now: dt.datetime
) -> ComplaintDetail:
    session.expire_all()
    return _detail(_load(session, actor, complaint_id), actor, now)


def _detail(complaint: Complaint, actor: Actor, now: dt.datetime) -> ComplaintDetail:
    customer = complaint.customer
    return ComplaintDetail(
        id=complaint.id,
        uuid=complaint.uuid,
        row_version=complaint.row_version,
        number=complaint.number,
        customer_id=complaint.customer_id,
        customer_name=customer.name if customer else "",
        customer_phone=(customer.phone or "") if customer else "",
        customer_address=f"{customer.township}{customer.village}{customer.address_detail}"
        if customer
        else "",
        caller_name=complaint.caller_name,
        caller_phone=complaint.caller_phone,
        channel=complaint.channel,
        category=complaint.category,
        severity=complaint.severity,
        description=complaint.description,
        received_at=complaint.received_at,
        due_at=complaint.due_at,
        status=complaint.status,
        officer_id=complaint.officer_id,
        officer_name=complaint.officer.display_name,
        cause=complaint.cause,
        responsibility=complaint.responsibility,
        findings=complaint.findings,
        measures=complaint.measures,
        compensation=complaint.compensation,
        reply_method=complaint.reply_method,
        replied_at=complaint.replied_at,
        reply_content=complaint.reply_content,
        satisfaction=complaint.satisfaction,
        closed_at=complaint.closed_at,
        reopened_at=complaint.reopened_at,
        reopen_count=complaint.reopen_count,
        created_at=complaint.created_at,
        updated_at=complaint.updated_at,
        overdue=is_overdue(complaint.status, complaint.due_at, complaint.replied_at, now),
        may_act=may_act(actor, complaint),
        events=tuple(_event_view(event) for event in complaint.events if not event.deleted),
    )


def _event_view(event: ComplaintEvent) -> ComplaintEventView:
    return ComplaintEventView(
        id=event.id,
        action=event.action,
        from_status=event.from_status,
        to_status=event.to_status,
        actor_name=event.actor.display_name if event.actor else "",
        happened_at=event.happened_at,
        note=event.note,
        officer_name=event.officer.display_name if event.officer else "",
        customer_name=event.customer.name if event.customer else "",
        category=event.category,
        severity=event.severity,
        due_at=event.due_at,
        cause=event.cause,
        responsibility=event.responsibility,
        findings=event.findings,
        measures=event.measures,
        compensation=event.compensation,
        reply_method=event.reply_method,
        replied_at=event.replied_at,
        reply_content=event.reply_content,
        satisfaction=event.satisfaction,
    )
