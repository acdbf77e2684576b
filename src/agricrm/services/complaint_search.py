"""Read side of the complaint list: ordered ids for a query, then rows for the visible ids,
plus the unanswered complaints whose deadline passed or is near (for the Today view)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, false, func, literal_column, not_, or_, select
from sqlalchemy.orm import aliased

from agricrm.db.database import Database
from agricrm.db.queries import fetch_ids
from agricrm.db.types import utcnow
from agricrm.domain.complaints import OPEN_STATUSES, due_day, local_day_start
from agricrm.models import Complaint, Customer, User
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import (
    ComplaintAttention,
    ComplaintQuery,
    ComplaintRow,
    ComplaintSort,
    DeadlineFilter,
)
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.complaints import visible_complaints

_COMPLAINANT = func.coalesce(Customer.name, Complaint.caller_name)

_SORT_COLUMNS: dict[ComplaintSort, ColumnElement[object]] = {
    ComplaintSort.NUMBER: Complaint.number,
    ComplaintSort.RECEIVED_AT: Complaint.received_at,
    ComplaintSort.COMPLAINANT: _COMPLAINANT,
    ComplaintSort.CATEGORY: Complaint.category,
    ComplaintSort.SEVERITY: Complaint.severity,
    ComplaintSort.CHANNEL: Complaint.channel,
    ComplaintSort.STATUS: Complaint.status,
    ComplaintSort.OFFICER: User.display_name,
    ComplaintSort.DUE_AT: Complaint.due_at,
    ComplaintSort.CLOSED_AT: Complaint.closed_at,
}


def overdue_condition(now: dt.datetime) -> ColumnElement[bool]:
    """Late as of `now`: unanswered past the deadline, or answered after it (SQL form of
    `agricrm.domain.complaints.is_overdue`)."""
    return or_(
        and_(Complaint.status.in_(OPEN_STATUSES), Complaint.due_at <= now),
        and_(
            Complaint.status.not_in(OPEN_STATUSES),
            Complaint.replied_at.is_not(None),
            Complaint.replied_at >= Complaint.due_at,
        ),
    )


def _conditions(
    actor: Actor, query: ComplaintQuery, now: dt.datetime, warning_days: int
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [~Complaint.deleted, visible_complaints(actor)]
    if query.statuses:
        conditions.append(Complaint.status.in_(sorted(query.statuses)))
    for column, value in (
        (Complaint.category, query.category),
        (Complaint.severity, query.severity),
        (Complaint.officer_id, query.officer_id),
        (Complaint.customer_id, query.customer_id),
    ):
        if value is not None:
            conditions.append(column == value)
    if query.received_from is not None:
        conditions.append(Complaint.received_at >= local_day_start(query.received_from))
    if query.received_to is not None:
        end = local_day_start(query.received_to + dt.timedelta(days=1))
        conditions.append(Complaint.received_at < end)
    unanswered = Complaint.status.in_(OPEN_STATUSES)
    if query.deadline == DeadlineFilter.OVERDUE:
        conditions.append(and_(unanswered, Complaint.due_at <= now))
    elif query.deadline == DeadlineFilter.NEAR_DUE:
        today = now.astimezone().date()
        horizon = local_day_start(today + dt.timedelta(days=warning_days + 1))
        conditions.append(and_(unanswered, Complaint.due_at > now, Complaint.due_at <= horizon))
    elif query.deadline == DeadlineFilter.ANSWERED_LATE:
        conditions.append(
            and_(
                not_(unanswered),
                Complaint.replied_at.is_not(None),
                Complaint.replied_at >= Complaint.due_at,
            )
        )
    words = query.text.split()
    if len(words) > 8:
        conditions.append(false())
    for word in words:
        pattern = f"%{word.replace('%', '').replace('_', '')}%"
        conditions.append(
            or_(
                Complaint.number.like(pattern),
                Complaint.caller_name.like(pattern),
                Complaint.caller_phone.like(pattern),
                Customer.name.like(pattern),
                Customer.phone.like(pattern),
                Complaint.description.like(pattern),
            )
        )
    return conditions


def search_complaint_ids(
    db: Database, actor: Actor, query: ComplaintQuery, *, now: dt.datetime | None = None
) -> list[int]:
    """Ids of the complaints the actor may see that match, in the requested order."""
    now = now or utcnow()
    warning = (
        complaint_settings(db, actor).deadlines.warning_days
        if query.deadline == DeadlineFilter.NEAR_DUE
        else 0
    )
    key = _SORT_COLUMNS[query.sort]
    ordering = [
        key.desc() if query.descending else key.asc(),
        Complaint.id.desc() if query.descending else Complaint.id.asc(),
    ]
    statement = (
        select(Complaint.id)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .where(and_(*_conditions(actor, query, now, warning)))
    )
    if query.sort is ComplaintSort.OFFICER:
        statement = statement.join(User, User.id == Complaint.officer_id)
    with db.read() as session:
        return fetch_ids(session, statement.order_by(*ordering))


def complaint_rows(
    db: Database, actor: Actor, ids: Sequence[int], *, now: dt.datetime | None = None
) -> dict[int, ComplaintRow]:
    """Rows for the given ids (those the actor may see), keyed by id."""
    if not ids:
        return {}
    now = now or utcnow()
    statement = (
        select(
            Complaint.id,
            Complaint.number,
            Complaint.received_at,
            func.coalesce(Customer.name, Complaint.caller_name),
            func.coalesce(Customer.phone, Complaint.caller_phone, literal_column("''")),
            Complaint.customer_id,
            Complaint.category,
            Complaint.severity,
            Complaint.channel,
            Complaint.status,
            User.display_name,
            Complaint.due_at,
            Complaint.replied_at,
            Complaint.closed_at,
            overdue_condition(now),
        )
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .join(User, User.id == Complaint.officer_id)
        .where(Complaint.id.in_(list(ids)), ~Complaint.deleted, visible_complaints(actor))
    )
    with db.read() as session:
        return {
            row[0]: ComplaintRow(*row[:-1], overdue=bool(row[-1]))
            for row in session.execute(statement)
        }


def customer_complaints(
    db: Database, actor: Actor, customer_id: int, *, now: dt.datetime | None = None
) -> list[ComplaintRow]:
    """A customer's complaints the actor may see, newest first (for the customer form)."""
    ids = search_complaint_ids(db, actor, ComplaintQuery(customer_id=customer_id), now=now)
    rows = complaint_rows(db, actor, ids, now=now)
    return [rows[i] for i in ids if i in rows]


def complaints_needing_attention(
    db: Database, actor: Actor, today: dt.date, *, tz: dt.tzinfo | None = None
) -> list[ComplaintAttention]:
    """Unanswered complaints whose last day has passed or falls within the branch's warning
    days from `today`, most urgent first.

    A manager sees the branch; an officer the complaints they handle (a complaint about one
    of their customers handled by a colleague is the colleague's to answer)."""
    warning = complaint_settings(db, actor).deadlines.warning_days
    horizon = local_day_start(today + dt.timedelta(days=warning + 1), tz)
    handler = aliased(User)
    statement = (
        select(
            Complaint.id,
            Complaint.number,
            func.coalesce(Customer.name, Complaint.caller_name),
            Complaint.category,
            Complaint.severity,
            Complaint.status,
            Complaint.officer_id,
            handler.display_name,
            Complaint.due_at,
        )
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .join(handler, handler.id == Complaint.officer_id)
        .where(
            ~Complaint.deleted,
            Complaint.status.in_(OPEN_STATUSES),
            Complaint.due_at <= horizon,
        )
        .order_by(Complaint.due_at, Complaint.id)
    )
    if not actor.is_manager:
        statement = statement.where(Complaint.officer_id == actor.user_id)
    with db.read() as session:
        rows = session.execute(statement).all()
    result = []
    for row in rows:
        last_day = due_day(row.due_at, tz)
        result.append(ComplaintAttention(*row, due_day=last_day, days_left=(last_day - today).days))
    return result
