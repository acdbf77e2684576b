"""The named list's decisions: eligibility at and around the card level, review flags on
eligibility changes, quotas at and around each post's minimum, basic-product gaps as tasks,
the notice due date at month ends, and the target figures of a hand-built branch."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.classification.facts import CardLevel, Segment
from agricrm.domain.named_list import wording as w
from agricrm.domain.named_list.decisions import (
    Decision,
    QuotaStatus,
    Standing,
    TargetCounts,
    TargetMeasure,
    TargetStatus,
    eligible,
    notice_due,
    period_growth_target,
    quota_check,
    requirement_gaps,
    review_flags,
    target_figures,
)
from agricrm.domain.named_list.rules import DEFAULT_NAMED_LIST_RULES, Eligibility, Targets
from agricrm.domain.period import Period, PeriodKind

RULES = DEFAULT_NAMED_LIST_RULES
LEVELS = list(CardLevel)


# ---------------------------------------------------------------------------- eligibility


@pytest.mark.parametrize(
    ("segment", "card", "expected"),
    [
        (Segment.QUALITY, None, True),
        (Segment.ORDINARY, CardLevel.ORDINARY, False),  # just below the card level
        (Segment.ORDINARY, CardLevel.GOLD, True),  # at it
        (Segment.POTENTIAL, CardLevel.PLATINUM, True),  # above it
        (Segment.POTENTIAL, CardLevel.DIAMOND, True),
        (None, None, False),
        (None, CardLevel.GOLD, True),
        (Segment.QUALITY, CardLevel.ORDINARY, True),  # any of: the segment is enough
    ],
)
def test_eligible_by_the_default_rule_quality_or_gold_and_above(
    segment: Segment | None, card: CardLevel | None, expected: bool
) -> None:
    assert eligible(Standing(segment, card), RULES).eligible is expected


def test_the_reasons_say_which_condition_was_met_or_missed() -> None:
    decision = eligible(Standing(Segment.POTENTIAL, CardLevel.PLATINUM), RULES)
    assert [str(m) for m in decision.reasons] == ["Eligible: Platinum card, at or above Gold card"]
    decision = eligible(Standing(Segment.ORDINARY, None), RULES)
    assert [str(m) for m in decision.reasons] == [
        "Not eligible by segment: Ordinary customer (the named list takes Quality customer)",
        "Not eligible by card: no card level recorded (Gold card or above needed)",
    ]
    both = eligible(Standing(Segment.QUALITY, CardLevel.DIAMOND), RULES)
    assert len(both.reasons) == 2


@settings(max_examples=300, deadline=None)
@given(
    segment=st.none() | st.sampled_from(list(Segment)),
    card=st.none() | st.sampled_from(LEVELS),
    segments=st.lists(st.sampled_from([s.value for s in Segment]), unique=True),
    level=st.none() | st.sampled_from(LEVELS),
)
def test_eligibility_is_any_of_the_conditions(
    segment: Segment | None,
    card: CardLevel | None,
    segments: list[str],
    level: CardLevel | None,
) -> None:
    if not segments and level is None:
        return
    rules = replace(RULES, eligibility=Eligibility(tuple(segments), level.value if level else None))
    by_segment = segment is not None and segment.value in segments
    by_card = card is not None and level is not None and LEVELS.index(card) >= LEVELS.index(level)
    decision = eligible(Standing(segment, card), rules)
    assert decision.eligible is (by_segment or by_card)
    assert decision.reasons  # never a verdict without words
    assert eligible(Standing(segment, card), rules, explain=False) == Decision(
        decision.eligible, ()
    )


# ---------------------------------------------------------------------------- review flags


def test_only_a_lapsed_eligibility_is_flagged_and_nobody_is_dropped() -> None:
    yes = Decision(True, ())
    no = eligible(Standing(Segment.ORDINARY, CardLevel.ORDINARY), RULES)
    listed = {
        "lapsed": True,
        "still": True,
        "listed_anyway": False,
        "archived": True,
        "back": False,
    }
    now = {"lapsed": no, "still": yes, "listed_anyway": no, "back": yes}
    flags = review_flags(listed, now)
    assert [flag.customer for flag in flags] == ["lapsed", "archived"]
    lapsed, archived = flags
    assert lapsed.reasons == (w.NO_LONGER_ELIGIBLE, *no.reasons)
    assert archived.reasons == (w.NOT_CLASSIFIED_ANY_MORE,)
    assert set(listed) == {"lapsed", "still", "listed_anyway", "archived", "back"}


# ---------------------------------------------------------------------------- quotas


@settings(max_examples=200, deadline=None)
@given(post=st.sampled_from(RULES.posts), offset=st.integers(-30, 30))
def test_quota_status_at_and_around_each_posts_minimum(post: object, offset: int) -> None:
    quota = RULES.posts[RULES.posts.index(post)].quota  # type: ignore[arg-type]
    count = quota + offset
    if count < 0:
        return
    check = quota_check(post.code, count, RULES)  # type: ignore[attr-defined]
    expected = (
        QuotaStatus.BELOW if offset < 0 else QuotaStatus.AT if offset == 0 else QuotaStatus.ABOVE
    )
    assert (check.status, check.quota, check.count) == (expected, quota, count)


def test_quota_words() -> None:
    assert str(quota_check("teller", 9, RULES).message) == (
        "9 listed customers: 1 below the quota of 10 for 柜员/后台"
    )
    assert str(quota_check("teller", 10, RULES).message) == (
        "10 listed customers: exactly the quota of 10 for 柜员/后台"
    )
    assert str(quota_check("teller", 12, RULES).message) == (
        "12 listed customers: 2 above the quota of 10 for 柜员/后台"
    )


def test_a_post_the_rules_no_longer_list_is_said_so_not_counted_as_zero() -> None:
    check = quota_check("security_guard", 4, RULES)
    assert (check.status, check.quota) == (QuotaStatus.NO_POST, None)
    assert "security_guard" in str(check.message)


def test_a_negative_count_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        quota_check("teller", -1, RULES)


# ---------------------------------------------------------------------------- basic products


def test_missing_basic_products_become_one_task_each_in_the_rules_order() -> None:
    found = requirement_gaps(7, {"wealth", "insurance", "mobile_banking"}, RULES)
    assert (found.held, found.missing, found.recorded) == (
        ("wealth",),
        ("online_banking", "fund_plan"),
        True,
    )
    assert [(task.customer, task.product) for task in found.tasks] == [
        (7, "online_banking"),
        (7, "fund_plan"),
    ]
    assert str(found.tasks[0].message) == (
        "Offer Personal online banking: a basic product every listed customer should hold"
    )
    assert not found.fulfilled and found.notes() == ()


def test_all_basic_products_held_is_fulfilled_with_no_task() -> None:
    found = requirement_gaps(7, ["fund_plan", "online_banking", "wealth"], RULES)
    assert found.fulfilled and found.tasks == ()


def test_products_never_recorded_count_as_missing_and_say_so() -> None:
    found = requirement_gaps(7, None, RULES)
    assert found.missing == RULES.required_products
    assert not found.recorded and found.notes() == (w.PRODUCTS_NOT_RECORDED,)
    assert requirement_gaps(7, (), RULES).recorded  # known to hold none


def test_the_branchs_own_product_names_are_used_and_a_nameless_code_shown_as_is() -> None:
    rules = replace(RULES, required_products=("time_deposit", "gold_bar"))
    found = requirement_gaps(7, (), rules, {"time_deposit": "定期存款"})
    assert [str(task.message).split(":")[0] for task in found.tasks] == [
        "Offer 定期存款",
        "Offer gold_bar",
    ]


# ---------------------------------------------------------------------------- notices


@pytest.mark.parametrize(
    ("listed_on", "last", "today", "due", "late"),
    [
        (dt.date(2026, 11, 30), None, dt.date(2027, 2, 28), dt.date(2027, 2, 28), 0),
        (dt.date(2026, 11, 30), None, dt.date(2027, 3, 1), dt.date(2027, 2, 28), 1),
        (dt.date(2026, 11, 30), None, dt.date(2026, 12, 3), dt.date(2027, 2, 28), 0),
        # a notice after the listing counts from its day
        (dt.date(2026, 1, 10), dt.date(2026, 5, 31), dt.date(2026, 9, 1), dt.date(2026, 8, 31), 1),
        # a contact before the listing is not the named list's notice
        (dt.date(2026, 3, 1), dt.date(2026, 2, 1), dt.date(2026, 3, 2), dt.date(2026, 6, 1), 0),
        (dt.date(2027, 11, 15), None, dt.date(2028, 2, 15), dt.date(2028, 2, 15), 0),
    ],
)
def test_the_notice_is_due_every_n_months_from_the_last_one_or_the_listing(
    listed_on: dt.date, last: dt.date | None, today: dt.date, due: dt.date, late: int
) -> None:
    found = notice_due(listed_on, last, today, RULES)
    assert (found.due, found.overdue_days) == (due, late)


def test_notice_words_and_a_monthly_interval() -> None:
    monthly = replace(RULES, notice_months=1)
    found = notice_due(dt.date(2026, 1, 31), None, dt.date(2026, 3, 3), monthly)
    assert found.due == dt.date(2026, 2, 28)
    assert str(found.message) == (
        "Notice overdue by 3 days: due on 2026-02-28 (every 1 months since 2026-01-31)"
    )


# ---------------------------------------------------------------------------- targets

YEAR = Period(PeriodKind.YEAR, 2026)
Q3 = Period(PeriodKind.QUARTER, 2026, 3)
JULY = Period(PeriodKind.MONTH, 2026, 7)


def _close(actual: Decimal | None, exact: Fraction) -> bool:
    """Equal to the exact fraction within Decimal's 28 significant digits."""
    return actual is not None and abs(Fraction(actual) - exact) < Fraction(1, 10**20)


def test_target_figures_of_a_hand_built_branch() -> None:
    """A branch of 10,000 customers and 12 staff whose gold-and-above customers went from 240
    to 262 in the year: growth 22/240, share 262/10,000, 262/12 per member of staff."""
    counts = TargetCounts(at_start=240, at_end=262, customers=10_000, staff=12)
    growth, share, per_staff = target_figures(counts, YEAR, RULES.targets)
    assert _close(growth.actual, Fraction(22, 240) * 100)
    assert share.actual == Decimal("2.62")
    assert _close(per_staff.actual, Fraction(262, 12))
    assert [f.status for f in (growth, share, per_staff)] == [
        TargetStatus.SHORT,  # 9.17 % < 15 %
        TargetStatus.MET,  # 2.62 % ≥ 1 %
        TargetStatus.MET,  # 21.83 ≥ 20
    ]
    assert [f.measure for f in (growth, share, per_staff)] == list(TargetMeasure)
    # figures cut, not rounded (9.1666… reads 9.16); a shortfall rounded up (5.8333… reads 5.84)
    assert str(growth.message) == (
        "Growth of customers at Gold card or above in Year 2026: 240 → 262, 9.16 % "
        "(target 15 %, 15 % a year): 5.84 percentage points short"
    )
    assert str(share.message) == (
        "Customers at Gold card or above: 262 of 10,000, 2.62 % (target 1 %): met"
    )
    assert str(per_staff.message) == (
        "Customers at Gold card or above per member of staff: 262 for 12 staff, 21.83 "
        "(target 20): met"
    )


def test_a_yearly_growth_target_is_spread_over_the_periods_months() -> None:
    targets = RULES.targets
    assert period_growth_target(targets, YEAR) == 15
    assert period_growth_target(targets, Q3) == Decimal("3.75")
    assert period_growth_target(targets, JULY) == Decimal("1.25")
    counts = TargetCounts(at_start=240, at_end=262, customers=10_000, staff=12)
    assert target_figures(counts, Q3, targets)[0].status is TargetStatus.MET


@pytest.mark.parametrize(
    ("period", "start", "end", "status"),
    [
        (YEAR, 100, 115, TargetStatus.MET),  # exactly 15 %
        (YEAR, 100, 114, TargetStatus.SHORT),
        (Q3, 400, 415, TargetStatus.MET),  # exactly 3.75 %
        (Q3, 400, 414, TargetStatus.SHORT),
        (JULY, 400, 405, TargetStatus.MET),  # exactly 1.25 %
        (JULY, 400, 404, TargetStatus.SHORT),
        (YEAR, 100, 90, TargetStatus.SHORT),  # fewer than before
    ],
)
def test_growth_at_and_around_its_target(
    period: Period, start: int, end: int, status: TargetStatus
) -> None:
    counts = TargetCounts(start, end, customers=100_000, staff=40)
    assert target_figures(counts, period, RULES.targets)[0].status is status


@pytest.mark.parametrize(
    ("at_end", "customers", "staff", "share", "per_staff"),
    [
        (100, 10_000, 5, TargetStatus.MET, TargetStatus.MET),  # 1 % and 20 exactly
        (99, 9_901, 5, TargetStatus.SHORT, TargetStatus.SHORT),  # 0.9999 %, 19.8
        (101, 10_000, 5, TargetStatus.MET, TargetStatus.MET),
    ],
)
def test_share_and_per_staff_at_and_around_their_targets(
    at_end: int, customers: int, staff: int, share: TargetStatus, per_staff: TargetStatus
) -> None:
    figures = target_figures(TargetCounts(at_end, at_end, customers, staff), YEAR, RULES.targets)
    assert (figures[1].status, figures[2].status) == (share, per_staff)


def test_a_shortfall_of_a_hair_never_reads_zero_short() -> None:
    # 9,999 of 1,000,000 is 0.9999 %: cut to 0.99 %, short by 0.0001 shown as 0.01
    counts = TargetCounts(9_999, 9_999, 1_000_000, 1)
    share = target_figures(counts, YEAR, RULES.targets)[1]
    assert share.status is TargetStatus.SHORT
    assert str(share.message).endswith("0.99 % (target 1 %): 0.01 percentage points short")


def test_nothing_to_divide_by_is_said_not_a_crash() -> None:
    growth, share, per_staff = target_figures(TargetCounts(0, 3, 0 + 3, 0), YEAR, RULES.targets)
    assert growth.status is per_staff.status is TargetStatus.NO_BASE
    assert growth.actual is None and per_staff.actual is None
    assert share.status is TargetStatus.MET
    empty = target_figures(TargetCounts(0, 0, 0, 0), YEAR, RULES.targets)[1]
    assert empty.status is TargetStatus.NO_BASE


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        target_figures(TargetCounts(1, 5, 4, 1), YEAR, RULES.targets)
    with pytest.raises(ValueError):
        target_figures(TargetCounts(-1, 5, 10, 1), YEAR, RULES.targets)


def _shown(value: object) -> Decimal:
    return Decimal(str(value).replace(",", ""))


@settings(max_examples=300, deadline=None)
@given(
    start=st.integers(0, 5_000),
    end=st.integers(0, 5_000),
    extra=st.integers(0, 500_000),
    staff=st.integers(0, 200),
    growth=st.integers(0, 10_000).map(lambda h: Decimal(h) / 100),
    share=st.integers(0, 10_000).map(lambda h: Decimal(h) / 100),
    per_staff=st.integers(0, 100_000).map(lambda h: Decimal(h) / 100),
    period=st.sampled_from([YEAR, Q3, JULY]),
)
def test_the_words_never_contradict_the_status(
    start: int,
    end: int,
    extra: int,
    staff: int,
    growth: Decimal,
    share: Decimal,
    per_staff: Decimal,
    period: Period,
) -> None:
    targets = Targets("gold", growth, share, per_staff)
    counts = TargetCounts(start, end, end + extra, staff)
    for figure in target_figures(counts, period, targets):
        if figure.status is TargetStatus.NO_BASE:
            assert figure.actual is None
            continue
        assert figure.actual is not None
        assert (figure.actual >= figure.target) is (figure.status is TargetStatus.MET)
        params = figure.message.params
        shown_actual, shown_target = _shown(params["actual"]), _shown(params["target"])
        if figure.status is TargetStatus.MET:
            assert shown_actual >= shown_target
        else:
            assert shown_actual <= shown_target
            assert _shown(params["short"]) > 0
