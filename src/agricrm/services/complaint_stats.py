"""Complaint statistics for a period: the figures a branch sends to headquarters.

Which complaints count: those received within the period (local calendar days, both ends
included) that the actor may see.  Their status is the status now; "closed" means closed now,
and the time to close runs from receipt to the (last) closing, reopenings included.  "Overdue"
means answered after the deadline or still unanswered once it passed, as of `now`.

Everything is aggregated in SQL: GROUP BY for categories × status and causes ×
responsibility, one aggregate row per month (each month is a range of the covering index
`ix_complaints_statistics`, so no CASE over month boundaries and no sort), and the 90th
percentile by nearest rank with ORDER BY … LIMIT 1 OFFSET.  Python only adds up the month
rows into the period's figures; it never sees a complaint.  Month boundaries are computed
here in local time, which keeps the SQL free of time-zone arithmetic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    func,
    select,
)
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.types import utcnow
from agricrm.domain.complaints import (
    ComplaintCause,
    ComplaintChannel,
    ComplaintSeverity,
    ComplaintStatus,
    Responsibility,
    Satisfaction,
    local_day_start,
)
from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Complaint
from agricrm.services.actor import Actor
from agricrm.services.complaint_search import overdue_condition
from agricrm.services.complaints import visible_complaints

E = TypeVar("E", bound=StrEnum)
PERCENTILE = 90
MAX_MONTHS = 120
PERIOD_REVERSED = QT_TRANSLATE_NOOP("ComplaintStatistics", "The period ends before it starts.")
PERIOD_TOO_LONG = QT_TRANSLATE_NOOP("ComplaintStatistics", "Choose a period of at most ten years.")


@dataclass(frozen=True)
class CategoryStatusCount:
    category: str
    status: ComplaintStatus
    count: int


@dataclass(frozen=True)
class CauseCount:
    cause: ComplaintCause
    responsibility: Responsibility
    count: int


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # the first day of the month
    received: int
    closed: int
    overdue: int
    average_days_to_close: float | None
    p90_days_to_close: float | None


@dataclass(frozen=True)
class ComplaintStatistics:
    first_day: dt.date
    last_day: dt.date
    as_of: dt.datetime
    received: int
    closed: int
    overdue: int
    reopened: int
    compensation_total: Decimal
    average_days_to_close: float | None
    p90_days_to_close: float | None
    by_category_status: tuple[CategoryStatusCount, ...]
    by_cause_responsibility: tuple[CauseCount, ...]
    by_severity: tuple[tuple[ComplaintSeverity, int], ...]
    by_channel: tuple[tuple[ComplaintChannel, int], ...]
    by_satisfaction: tuple[tuple[Satisfaction, int], ...]
    monthly: tuple[MonthFigures, ...]

    @property
    def open(self) -> int:
        return self.received - self.closed

    def count(self, category: str | None = None, status: ComplaintStatus | None = None) -> int:
        return sum(
            entry.count
            for entry in self.by_category_status
            if category in (None, entry.category) and status in (None, entry.status)
        )

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(entry.category for entry in self.by_category_status))


def _month_starts(first_day: dt.date, last_day: dt.date) -> list[dt.date]:
    months = []
    month = first_day.replace(day=1)
    while month <= last_day:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _days_to_close() -> ColumnElement[float]:
    # SQLite's julianday; PostgreSQL would use extract(epoch from closed_at - received_at)/86400
    return func.julianday(Complaint.closed_at) - func.julianday(Complaint.received_at)


def complaint_statistics(
    db: Database,
    actor: Actor,
    first_day: dt.date,
    last_day: dt.date,
    *,
    now: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> ComplaintStatistics:
    if last_day < first_day:
        raise AgriCrmError(PERIOD_REVERSED)
    months = _month_starts(first_day, last_day)
    if len(months) > MAX_MONTHS:
        raise AgriCrmError(PERIOD_TOO_LONG)
    now = now or utcnow()
    start = local_day_start(first_day, tz)
    end = local_day_start(last_day + dt.timedelta(days=1), tz)
    bounds = [start] + [local_day_start(m, tz) for m in months[1:]] + [end]
    visible = and_(~Complaint.deleted, visible_complaints(actor))
    in_period = visible & (Complaint.received_at >= start) & (Complaint.received_at < end)
    closed = Complaint.status == ComplaintStatus.CLOSED
    with db.read() as session:
        by_category_status = tuple(
            CategoryStatusCount(category, status, count)
            for category, status, count in session.execute(
                select(Complaint.category, Complaint.status, func.count())
                .where(in_period)
                .group_by(Complaint.category, Complaint.status)
                .order_by(Complaint.category, Complaint.status)
            )
        )
        by_cause = tuple(
            CauseCount(cause, responsibility, count)
            for cause, responsibility, count in session.execute(
                select(Complaint.cause, Complaint.responsibility, func.count())
                .where(in_period, Complaint.cause.is_not(None))
                .group_by(Complaint.cause, Complaint.responsibility)
                .order_by(Complaint.cause, Complaint.responsibility)
            )
        )
        # Month by month: each month is a range of the covering index, aggregated by its own
        # query (cheaper than a CASE over month boundaries for every complaint, and no sort).
        columns = _month_columns(now)
        buckets: list[_Bucket] = []
        p90_monthly: list[float | None] = []
        one_month = and_(~Complaint.deleted, visible_complaints(actor, correlated=True))
        for index in range(len(months)):
            month = one_month & (Complaint.received_at >= bounds[index])
            month &= Complaint.received_at < bounds[index + 1]
            buckets.append(_Bucket.from_row(session.execute(select(*columns).where(month)).one()))
            p90_monthly.append(_nth_days(session, month & closed, buckets[-1].closed))
        period = _Bucket.total(buckets)
        p90_overall = _nth_days(session, in_period & closed, period.closed)
        by_severity, by_channel, by_satisfaction = _marginals(session, in_period)
    return ComplaintStatistics(
        first_day=first_day,
        last_day=last_day,
        as_of=now,
        received=period.received,
        closed=period.closed,
        overdue=period.overdue,
        reopened=period.reopened,
        compensation_total=period.compensation.quantize(Decimal("0.01")),
        average_days_to_close=period.average_days,
        p90_days_to_close=p90_overall,
        by_category_status=by_category_status,
        by_cause_responsibility=by_cause,
        by_severity=by_severity,
        by_channel=by_channel,
        by_satisfaction=by_satisfaction,
        monthly=tuple(
            MonthFigures(month, b.received, b.closed, b.overdue, b.average_days, p90)
            for month, b, p90 in zip(months, buckets, p90_monthly, strict=True)
        ),
    )


def _month_columns(now: dt.datetime) -> list[ColumnElement[Any]]:
    """One month's figures in one row of counts and sums."""
    closed = Complaint.status == ComplaintStatus.CLOSED

    def count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    return [
        func.count(),
        count_if(closed),
        count_if(overdue_condition(now)),
        func.coalesce(func.sum(case((closed, _days_to_close()), else_=0.0)), 0.0),
        count_if(Complaint.reopen_count > 0),
        func.coalesce(func.sum(Complaint.compensation), 0),
    ]


@dataclass(frozen=True)
class _Bucket:
    """One month's aggregates as SQL returned them (a month is one row, not one complaint)."""

    received: int
    closed: int
    overdue: int
    days: float  # summed days to close of the closed ones
    reopened: int
    compensation: Decimal

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> _Bucket:
        received, closed, overdue, days, reopened, compensation = row
        return cls(
            int(received),
            int(closed),
            int(overdue),
            float(days),
            int(reopened),
            Decimal(compensation),
        )

    @classmethod
    def total(cls, buckets: Sequence[_Bucket]) -> _Bucket:
        """The period: the sum of its months."""
        return cls(
            sum(b.received for b in buckets),
            sum(b.closed for b in buckets),
            sum(b.overdue for b in buckets),
            sum(b.days for b in buckets),
            sum(b.reopened for b in buckets),
            sum((b.compensation for b in buckets), Decimal(0)),
        )

    @property
    def average_days(self) -> float | None:
        return _round(self.days / self.closed) if self.closed else None


def _marginals(
    session: Session, where: ColumnElement[bool]
) -> tuple[
    tuple[tuple[ComplaintSeverity, int], ...],
    tuple[tuple[ComplaintChannel, int], ...],
    tuple[tuple[Satisfaction, int], ...],
]:
    """Counts by severity, by channel and by satisfaction from one GROUP BY of the three
    (at most 3 × 6 × 5 groups, which are then added up per column)."""
    groups = session.execute(
        select(Complaint.severity, Complaint.channel, Complaint.satisfaction, func.count())
        .where(where)
        .group_by(Complaint.severity, Complaint.channel, Complaint.satisfaction)
    ).all()

    def per(members: type[E], position: int) -> tuple[tuple[E, int], ...]:
        totals = {m: sum(g[3] for g in groups if g[position] == m) for m in members}
        return tuple((m, count) for m, count in totals.items() if count)

    return per(ComplaintSeverity, 0), per(ComplaintChannel, 1), per(Satisfaction, 2)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _nth_days(session: Session, where: ColumnElement[bool], count: int) -> float | None:
    """The 90th percentile of days to close among `count` closed complaints, by nearest rank
    (the smallest value with at least 90 % of the values at or below it): ordered in SQL and
    picked with OFFSET.

    The k-th smallest of n values is the (n - k + 1)-th largest, so the query sorts
    descending and skips n - k rows: SQLite then keeps only the top tenth in its sorter
    instead of ordering everything.  A month is an index range on the receipt time, so each
    month's query reads only that month's complaints."""
    if not count:
        return None
    rank = (PERCENTILE * count + 99) // 100  # ceil(0.9 n) without floating point
    days = _days_to_close()
    value = session.scalar(
        select(days).where(where).order_by(days.desc()).limit(1).offset(count - rank)
    )
    return _round(value)
