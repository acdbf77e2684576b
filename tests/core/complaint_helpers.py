"""Building blocks for complaint tests: valid intake and steps, and a complaint driven to any
status through the real services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from agricrm.db.database import Database
from agricrm.domain.complaints import (
    CloseStep,
    ComplaintAction,
    ComplaintCause,
    ComplaintInput,
    ComplaintStatus,
    InvestigateStep,
    ReopenStep,
    ReplyMethod,
    ReplyStep,
    ResolveStep,
    Responsibility,
    Satisfaction,
    Step,
)
from agricrm.models import Complaint, ComplaintEvent, Customer
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import ComplaintDetail
from agricrm.services.complaints import perform_step, receive_complaint

T0 = dt.datetime(2026, 6, 1, 4, 0, tzinfo=dt.UTC)  # 12:00 in China


def at(days: float) -> dt.datetime:
    return T0 + dt.timedelta(days=days)


def caller_intake(**changes: object) -> ComplaintInput:
    data = ComplaintInput(
        caller_name="赵大海",
        caller_phone="138 0013 8000",
        category="loan_processing",
        description="贷款申请两周没有消息。",
        received_at=T0,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def customer_of(db: Database, officer: Actor) -> int:
    with db.read() as session:
        return session.scalars(
            select(Customer.id).where(Customer.officer_id == officer.user_id).order_by(Customer.id)
        ).first()


def customer_intake(db: Database, officer: Actor, **changes: object) -> ComplaintInput:
    return caller_intake(
        customer_id=customer_of(db, officer), caller_name="", caller_phone="", **changes
    )


def step_for(action: ComplaintAction, replied_at: dt.datetime | None = None) -> Step:
    return {
        ComplaintAction.INVESTIGATE: InvestigateStep("开始调查"),
        ComplaintAction.RESOLVE: ResolveStep(
            ComplaintCause.STAFF_CONDUCT, Responsibility.OUR_SIDE, "情况属实"
        ),
        ComplaintAction.REPLY: ReplyStep(
            "当面致歉，组织培训",
            Decimal("200"),
            ReplyMethod.PHONE,
            replied_at or at(2),
            "已电话告知",
        ),
        ComplaintAction.CLOSE: CloseStep(Satisfaction.SATISFIED, "回访满意"),
        ComplaintAction.REOPEN: ReopenStep("客户对答复不满意"),
    }[action]


PATH = (
    (ComplaintStatus.INVESTIGATING, ComplaintAction.INVESTIGATE),
    (ComplaintStatus.RESOLVING, ComplaintAction.RESOLVE),
    (ComplaintStatus.REPLIED, ComplaintAction.REPLY),
    (ComplaintStatus.CLOSED, ComplaintAction.CLOSE),
)


def complaint_in(
    db: Database,
    actor: Actor,
    status: ComplaintStatus,
    data: ComplaintInput | None = None,
    now: dt.datetime | None = None,
) -> ComplaintDetail:
    """A new complaint taken through the workflow until it has `status`."""
    now = now or at(3)
    detail = receive_complaint(db, actor, data or caller_intake(), now=now)
    for reached, action in PATH:
        if detail.status is status:
            break
        detail = perform_step(db, actor, detail.id, step_for(action), detail.row_version, now=now)
        assert detail.status is reached
    assert detail.status is status
    return detail


def counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Complaint)) or 0,
            session.scalar(select(func.count()).select_from(ComplaintEvent)) or 0,
        )
