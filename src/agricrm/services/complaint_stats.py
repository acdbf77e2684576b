"""Complaint statistics for a period: the figures a branch sends to headquarters.

Which complaints count: those received within the period (local calendar days, both ends
included) that the actor may see.  Their status is the status now; "closed" means closed now,
and the time to close runs from receipt to the (last) closing, reopenings included.  "Overdue"
means answered after the deadline or still unanswered once it passed, as of `now`.

Everything is aggregated in SQL (GROUP BY, and window functions for the 90th percentile), so
the cost grows with the rows SQLite scans, not with Python loops; the month of a complaint is
found by comparing its receipt time with month boundaries computed here in local time, which
keeps the SQL free of time-zone arithmetic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
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


def month_starts(first_day: dt.date, last_day: dt.date) -> list[dt.date]:
    months = []
    month = first_day.replace(day=1)
    while month <= last_day:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _days_to_close() -> ColumnElement[float]:
    # SQLite's julianday; PostgreSQL would use extract(epoch from closed_at - received_at)/86400
    return func.julianday(Complaint.closed_at) - func.julianday(Complaint.received_at)


def _month_bucket(bounds: Sequence[dt.datetime]) -> ColumnElement[int]:
    """The index of the month a complaint was received in (0 for the period's first)."""
    if len(bounds) == 1:
        return cast(0, Integer)  # type: ignore[return-value]
    return case(
        *((Complaint.received_at < bound, index) for index, bound in enumerate(bounds[1:])),
        else_=len(bounds) - 1,
    )


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
    months = month_starts(first_day, last_day)
    if len(months) > MAX_MONTHS:
        raise AgriCrmError(PERIOD_TOO_LONG)
    now = now or utcnow()
    start = local_day_start(first_day, tz)
    end = local_day_start(last_day + dt.timedelta(days=1), tz)
    bounds = [start] + [local_day_start(m, tz) for m in months[1:]]
    in_period = and_(
        ~Complaint.deleted,
        visible_complaints(actor),
        Complaint.received_at >= start,
        Complaint.received_at < end,
    )
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
        totals = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((closed, 1), else_=0)), 0),
                func.coalesce(func.sum(case((overdue_condition(now), 1), else_=0)), 0),
                func.coalesce(func.sum(case((Complaint.reopen_count > 0, 1), else_=0)), 0),
                func.coalesce(func.sum(Complaint.compensation), 0),
                func.avg(case((closed, _days_to_close()))),
            ).where(in_period)
        ).one()
        bucket = _month_bucket(bounds)
        monthly_rows = {
            row[0]: row[1:]
            for row in session.execute(
                select(
                    bucket,
                    func.count(),
                    func.coalesce(func.sum(case((closed, 1), else_=0)), 0),
                    func.coalesce(func.sum(case((overdue_condition(now), 1), else_=0)), 0),
                    func.avg(case((closed, _days_to_close()))),
                )
                .where(in_period)
                .group_by(bucket)
            )
        }
        p90_overall, p90_monthly = _percentiles(session, in_period & closed, bounds)
        by_severity = _counts(session, in_period, Complaint.severity)
        by_channel = _counts(session, in_period, Complaint.channel)
        by_satisfaction = _counts(
            session, in_period & Complaint.satisfaction.is_not(None), Complaint.satisfaction
        )
    received, closed_count, overdue, reopened, compensation, average = totals
    monthly = tuple(
        MonthFigures(
            month,
            *(
                (int(r[0]), int(r[1]), int(r[2]), _round(r[3]))
                if (r := monthly_rows.get(index))
                else (0, 0, 0, None)
            ),
            p90_days_to_close=p90_monthly.get(index),
        )
        for index, month in enumerate(months)
    )
    return ComplaintStatistics(
        first_day=first_day,
        last_day=last_day,
        as_of=now,
        received=int(received),
        closed=int(closed_count),
        overdue=int(overdue),
        reopened=int(reopened),
        compensation_total=Decimal(compensation).quantize(Decimal("0.01")),
        average_days_to_close=_round(average),
        p90_days_to_close=p90_overall,
        by_category_status=by_category_status,
        by_cause_responsibility=by_cause,
        by_severity=by_severity,
        by_channel=by_channel,
        by_satisfaction=by_satisfaction,
        monthly=monthly,
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _counts(session: Session, where: ColumnElement[bool], column):  # type: ignore[no-untyped-def]
    return tuple(
        (value, int(count))
        for value, count in session.execute(
            select(column, func.count()).where(where).group_by(column).order_by(column)
        )
    )


def _percentiles(
    session: Session, where: ColumnElement[bool], bounds: Sequence[dt.datetime]
) -> tuple[float | None, dict[int, float]]:
    """The 90th percentile of days to close (nearest rank: the smallest value with at least
    90 % of the values at or below it), overall and per month, with window functions."""
    days = _days_to_close().label("days")
    bucket = _month_bucket(bounds).label("bucket")
    ranked = select(
        bucket,
        days,
        func.row_number().over(order_by=days).label("overall_rank"),
        func.count().over().label("overall_count"),
        func.row_number().over(partition_by=bucket, order_by=days).label("month_rank"),
        func.count().over(partition_by=bucket).label("month_count"),
    ).where(where)
    ranked_sq = ranked.subquery("ranked")
    wanted = (PERCENTILE * ranked_sq.c.overall_count + 99) // 100
    wanted_month = (PERCENTILE * ranked_sq.c.month_count + 99) // 100
    rows = session.execute(
        select(
            ranked_sq.c.bucket,
            ranked_sq.c.days,
            ranked_sq.c.overall_rank == wanted,
            ranked_sq.c.month_rank == wanted_month,
        ).where((ranked_sq.c.overall_rank == wanted) | (ranked_sq.c.month_rank == wanted_month))
    ).all()
    overall = next((_round(days) for _, days, is_overall, _ in rows if is_overall), None)
    monthly = {bucket: _round(days) for bucket, days, _, is_month in rows if is_month}
    return overall, monthly  # type: ignore[return-value]
