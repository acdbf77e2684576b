"""Statistics against a hand-built quarter whose every figure can be checked on paper, and the
list of complaints that need attention today."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.domain.complaints import (
    CloseStep,
    ComplaintCause,
    ComplaintChannel,
    ComplaintSeverity,
    ComplaintStatus,
    Deadlines,
    InvestigateStep,
    ReopenStep,
    ReplyMethod,
    ReplyStep,
    ResolveStep,
    Responsibility,
    Satisfaction,
    compute_due_at,
    due_day,
)
from agricrm.domain.errors import AgriCrmError
from agricrm.models import Complaint
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import ComplaintDetail
from agricrm.services.complaint_search import complaints_needing_attention
from agricrm.services.complaint_stats import complaint_statistics
from agricrm.services.complaints import delete_complaint, perform_step, receive_complaint
from tests.core.complaint_helpers import caller_intake

S = ComplaintStatus
C = ComplaintCause
R = Responsibility
CST = dt.timezone(dt.timedelta(hours=8))
AS_OF = dt.datetime(2026, 4, 15, 12, 0, tzinfo=dt.UTC)


def day(month: int, number: int, hour: int = 12, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, number, hour, tzinfo=dt.UTC)


def make(
    db: Database,
    actor: Actor,
    received: dt.datetime,
    category: str,
    *,
    severity: ComplaintSeverity = ComplaintSeverity.GENERAL,
    investigate: bool = False,
    resolved: tuple[ComplaintCause, Responsibility] | None = None,
    replied: dt.datetime | None = None,
    compensation: str | None = None,
    closed: dt.datetime | None = None,
    satisfaction: Satisfaction = Satisfaction.SATISFIED,
    reopened: dt.datetime | None = None,
) -> ComplaintDetail:
    d = receive_complaint(
        db,
        actor,
        caller_intake(received_at=received, category=category, severity=severity),
        now=received,
    )
    hour = dt.timedelta(hours=1)
    if investigate or resolved:
        d = perform_step(db, actor, d.id, InvestigateStep(), d.row_version, now=received + hour)
    if resolved:
        step = ResolveStep(resolved[0], resolved[1], "查明")
        d = perform_step(db, actor, d.id, step, d.row_version, now=received + 2 * hour)
    if replied:
        money = Decimal(compensation) if compensation else None
        step = ReplyStep("措施", money, ReplyMethod.PHONE, replied, "已告知")
        d = perform_step(db, actor, d.id, step, d.row_version, now=replied)
    if closed:
        d = perform_step(db, actor, d.id, CloseStep(satisfaction), d.row_version, now=closed)
    if reopened:
        d = perform_step(db, actor, d.id, ReopenStep("不满意"), d.row_version, now=reopened)
    return d


@pytest.fixture
def quarter(
    demo_db: Database, officer: Actor, other_officer: Actor, manager: Actor
) -> dict[str, ComplaintDetail]:
    """Q1 2026 as handled by 王芳 (A–J), one complaint of 李强, and some outside the period."""
    db, o = demo_db, officer
    made = {
        # January
        "A": make(db, o, day(1, 5), "service_attitude", resolved=(C.STAFF_CONDUCT, R.OUR_SIDE),
                  replied=day(1, 8), compensation="100", closed=day(1, 9)),
        "B": make(db, o, day(1, 10), "loan_processing", resolved=(C.PROCESS_RULES, R.OUR_SIDE),
                  replied=day(1, 18), closed=day(1, 20),
                  satisfaction=Satisfaction.BASICALLY_SATISFIED),
        "C": make(db, o, day(1, 20), "loan_processing", resolved=(C.MISUNDERSTANDING, R.CUSTOMER),
                  replied=day(2, 10), closed=day(2, 12), satisfaction=Satisfaction.DISSATISFIED),
        # February
        "D": make(db, o, day(2, 3), "interest_fees", resolved=(C.PRICING_DISCLOSURE, R.OUR_SIDE),
                  replied=day(2, 4), compensation="50.50", closed=day(2, 5)),
        "E": make(db, o, day(2, 14), "product_quality", resolved=(C.PARTNER_PRODUCT, R.PARTNER)),
        "F": make(db, o, day(2, 20), "service_attitude", severity=ComplaintSeverity.MAJOR),
        # March
        "G": make(db, o, day(3, 2), "other", resolved=(C.OTHER, R.CUSTOMER), replied=day(3, 5),
                  closed=day(3, 8), satisfaction=Satisfaction.UNREACHABLE),
        "H": make(db, o, day(3, 15), "interest_fees", resolved=(C.MISUNDERSTANDING, R.CUSTOMER),
                  replied=day(3, 20)),
        "I": make(db, o, day(3, 25), "loan_processing", investigate=True),
        "J": make(db, o, day(3, 28), "service_attitude", resolved=(C.STAFF_CONDUCT, R.OUR_SIDE),
                  replied=day(3, 29), closed=day(3, 30), reopened=day(4, 2)),
        # someone else's, outside the period, deleted
        "X": make(db, other_officer, day(2, 10), "other", resolved=(C.OTHER, R.CUSTOMER),
                  replied=day(2, 10, 18), closed=day(2, 11)),
        "before": make(db, o, day(12, 20, year=2025), "other", resolved=(C.OTHER, R.CUSTOMER),
                       replied=day(12, 21, year=2025), closed=day(12, 22, year=2025)),
        "after": make(db, o, day(4, 5), "loan_processing"),
        "deleted": make(db, o, day(1, 15), "loan_processing"),
    }  # fmt: skip
    deleted = made.pop("deleted")
    delete_complaint(db, manager, deleted.id, deleted.row_version)
    return made


def test_quarter_figures_are_exactly_as_counted_by_hand(
    demo_db: Database, officer: Actor, quarter: dict[str, ComplaintDetail]
) -> None:
    stats = complaint_statistics(
        demo_db, officer, dt.date(2026, 1, 1), dt.date(2026, 3, 31), now=AS_OF, tz=dt.UTC
    )
    assert stats.received == 10
    assert stats.closed == 5  # A B C D G; J was reopened
    assert stats.open == 5
    assert stats.overdue == 4  # C answered late; E F I unanswered past their deadline
    assert stats.reopened == 1
    assert stats.compensation_total == Decimal("150.50")
    # days to close: D 2, A 4, G 6, B 10, C 23
    assert stats.average_days_to_close == 9.0
    assert stats.p90_days_to_close == 23.0  # nearest rank: the 5th of 5

    assert stats.count("service_attitude", S.CLOSED) == 1
    assert stats.count("service_attitude", S.RECEIVED) == 1
    assert stats.count("service_attitude", S.INVESTIGATING) == 1
    assert stats.count("loan_processing", S.CLOSED) == 2
    assert stats.count("loan_processing", S.INVESTIGATING) == 1
    assert stats.count("interest_fees", S.CLOSED) == 1
    assert stats.count("interest_fees", S.REPLIED) == 1
    assert stats.count("product_quality", S.RESOLVING) == 1
    assert stats.count("other", S.CLOSED) == 1
    assert stats.count() == 10 and len(stats.by_category_status) == 9

    causes = {(e.cause, e.responsibility): e.count for e in stats.by_cause_responsibility}
    assert causes == {
        (C.STAFF_CONDUCT, R.OUR_SIDE): 2,  # A, and J's finding before it was reopened
        (C.PROCESS_RULES, R.OUR_SIDE): 1,
        (C.MISUNDERSTANDING, R.CUSTOMER): 2,
        (C.PRICING_DISCLOSURE, R.OUR_SIDE): 1,
        (C.PARTNER_PRODUCT, R.PARTNER): 1,
        (C.OTHER, R.CUSTOMER): 1,
    }
    assert dict(stats.by_satisfaction) == {
        Satisfaction.SATISFIED: 2,
        Satisfaction.BASICALLY_SATISFIED: 1,
        Satisfaction.DISSATISFIED: 1,
        Satisfaction.UNREACHABLE: 1,
    }
    assert dict(stats.by_severity) == {ComplaintSeverity.GENERAL: 9, ComplaintSeverity.MAJOR: 1}
    assert dict(stats.by_channel) == {ComplaintChannel.PHONE: 10}

    months = [
        (m.month, m.received, m.closed, m.overdue, m.average_days_to_close, m.p90_days_to_close)
        for m in stats.monthly
    ]
    assert months == [
        (dt.date(2026, 1, 1), 3, 3, 1, 12.33, 23.0),  # A 4, B 10, C 23
        (dt.date(2026, 2, 1), 3, 1, 2, 2.0, 2.0),  # D 2; E and F overdue
        (dt.date(2026, 3, 1), 4, 1, 1, 6.0, 6.0),  # G 6; I overdue
    ]


def test_a_manager_counts_the_whole_branch(
    demo_db: Database, manager: Actor, quarter: dict[str, ComplaintDetail]
) -> None:
    stats = complaint_statistics(
        demo_db, manager, dt.date(2026, 1, 1), dt.date(2026, 3, 31), now=AS_OF, tz=dt.UTC
    )
    assert stats.received == 11  # with 李强's X
    assert stats.closed == 6
    assert stats.count("other", S.CLOSED) == 2
    feb = stats.monthly[1]
    # X closed after one day: February's days are D 2 and X 1
    assert (feb.received, feb.closed, feb.average_days_to_close, feb.p90_days_to_close) == (
        4,
        2,
        1.5,
        2.0,
    )


def test_an_officer_of_no_complaint_sees_zeros(
    demo_db: Database, quarter: dict[str, ComplaintDetail]
) -> None:
    from agricrm.services.users import resolve_actor

    nobody = resolve_actor(demo_db, "zhangmin")
    stats = complaint_statistics(demo_db, nobody, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert (stats.received, stats.closed, stats.overdue) == (0, 0, 0)
    assert stats.average_days_to_close is None and stats.p90_days_to_close is None
    assert [m.received for m in stats.monthly] == [0, 0, 0]


def test_months_follow_the_local_calendar(demo_db: Database, officer: Actor) -> None:
    # 20:00 UTC on 31 January is 04:00 on 1 February in China
    make(demo_db, officer, dt.datetime(2026, 1, 31, 20, tzinfo=dt.UTC), "other")
    in_china = complaint_statistics(
        demo_db, officer, dt.date(2026, 1, 1), dt.date(2026, 2, 28), now=AS_OF, tz=CST
    )
    in_utc = complaint_statistics(
        demo_db, officer, dt.date(2026, 1, 1), dt.date(2026, 2, 28), now=AS_OF, tz=dt.UTC
    )
    assert [m.received for m in in_china.monthly] == [0, 1]
    assert [m.received for m in in_utc.monthly] == [1, 0]
    only_feb_in_china = complaint_statistics(
        demo_db, officer, dt.date(2026, 2, 1), dt.date(2026, 2, 1), now=AS_OF, tz=CST
    )
    assert only_feb_in_china.received == 1


def _closed_rows(db: Database, officer: Actor, durations: list[float]) -> None:
    start = day(5, 1)
    rows = [
        {
            "number": f"T{index}",
            "caller_name": "某",
            "caller_phone": "13800138000",
            "channel": ComplaintChannel.PHONE,
            "category": "other",
            "severity": ComplaintSeverity.GENERAL,
            "description": "x",
            "received_at": start,
            "due_at": start + dt.timedelta(days=15),
            "status": S.CLOSED,
            "officer_id": officer.user_id,
            "findings": "",
            "measures": "",
            "replied_at": start,
            "reply_content": "",
            "closed_at": start + dt.timedelta(days=days),
            "reopen_count": 0,
        }
        for index, days in enumerate(durations)
    ]
    with db.write(None, Cause.DEMO) as session:
        writer_of(session).insert(Complaint.__table__, rows)


@pytest.mark.parametrize(
    ("durations", "p90", "average"),
    [
        ([float(d) for d in range(20, 0, -1)], 18.0, 10.5),
        ([float(d) for d in range(1, 12)], 10.0, 6.0),
        ([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 100.0], 9.0, 14.5),
        ([0.5], 0.5, 0.5),
    ],
)
def test_the_90th_percentile_is_the_nearest_rank(
    demo_db: Database, officer: Actor, durations: list[float], p90: float, average: float
) -> None:
    _closed_rows(demo_db, officer, durations)
    stats = complaint_statistics(
        demo_db, officer, dt.date(2026, 5, 1), dt.date(2026, 5, 31), now=AS_OF, tz=dt.UTC
    )
    assert stats.closed == len(durations)
    assert stats.p90_days_to_close == p90
    assert stats.monthly[0].p90_days_to_close == p90
    assert stats.average_days_to_close == average


def test_a_reversed_or_huge_period_is_explained(demo_db: Database, officer: Actor) -> None:
    with pytest.raises(AgriCrmError, match="ends before"):
        complaint_statistics(demo_db, officer, dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    with pytest.raises(AgriCrmError, match="ten years"):
        complaint_statistics(demo_db, officer, dt.date(2000, 1, 1), dt.date(2026, 2, 1))


def test_overdue_and_near_due_complaints_for_today(
    demo_db: Database,
    officer: Actor,
    other_officer: Actor,
    manager: Actor,
    quarter: dict[str, ComplaintDetail],
) -> None:
    today = dt.date(2026, 4, 15)
    found = complaints_needing_attention(demo_db, officer, today)
    # F (major, Feb), E (Feb), I (Mar) are overdue; J (reopened 2 Apr) is due within the
    # two warning days; "after" (5 Apr) is due later; H, answered, waits only for closing
    assert [a.id for a in found] == [quarter[k].id for k in ("F", "E", "I", "J")]
    for entry in found:
        expected = due_day(quarter_due(quarter, entry.id))
        assert entry.due_day == expected and entry.days_left == (expected - today).days
    assert [a.overdue for a in found] == [True, True, True, False]
    assert 0 <= found[-1].days_left <= 2
    assert found[0].complainant == "赵大海" and found[0].officer_name == "王芳"
    assert complaints_needing_attention(demo_db, other_officer, today) == []
    assert len(complaints_needing_attention(demo_db, manager, today)) == 4
    # a day later "after" is not near yet, the next day J is due today
    later = complaints_needing_attention(demo_db, officer, dt.date(2026, 4, 17))
    assert quarter["after"].id not in [a.id for a in later]


def quarter_due(quarter: dict[str, ComplaintDetail], complaint_id: int) -> dt.datetime:
    detail = next(d for d in quarter.values() if d.id == complaint_id)
    if detail.reopened_at is not None:
        return compute_due_at(detail.reopened_at, detail.severity, Deadlines())
    return compute_due_at(detail.received_at, detail.severity, Deadlines())
