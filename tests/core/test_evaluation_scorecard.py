"""The development scorecard's figures on a hand-built branch, against values computed by hand
(fractions), every rate with no base said so, and period over period."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.evaluation.scorecard import (
    DEFINITIONS,
    Measure,
    PeriodCounts,
    period_over_period,
    scorecard,
)
from agricrm.domain.period import Period, PeriodKind

Q3 = Period(PeriodKind.QUARTER, 2026, 3)
Q4 = Period(PeriodKind.QUARTER, 2026, 4)

BRANCH_Q3 = PeriodCounts(
    period=Q3,
    prospects=40,
    admitted=14,
    new_customers=15,  # one came in without being a prospect first
    ended=3,
    turned_dormant=9,
    customers_at_start=1_200,
    customers_at_end=1_203,
    complaints=6,
    satisfaction_sum=1_310,
    satisfaction_count=300,
    loans_at_start=Decimal("48000000"),
    loans_at_end=Decimal("50400000"),
    deposits_at_start=Decimal("90000000"),
    deposits_at_end=Decimal("88200000"),
    quality_at_start=60,
    quality_at_end=69,
)


def test_a_hand_built_quarter() -> None:
    card = scorecard(BRANCH_Q3)
    values = {figure.measure: figure.value for figure in card.figures}
    assert values == {
        Measure.PROSPECTS: 40,
        Measure.NEW_CUSTOMERS: 15,
        Measure.CONVERSION: Decimal("35"),  # 14 / 40
        Measure.LOST: 12,  # 3 ended + 9 dormant
        Measure.LOST_RATE: Decimal("1"),  # 12 / 1,200
        Measure.SATISFACTION: Decimal("4.37"),  # 1,310 / 300 = 4.3666…
        Measure.COMPLAINT_RATE: Decimal("0.50"),  # 6 / 1,201.5 = 0.4993… per 100
        Measure.CUSTOMER_GROWTH: Decimal("0.25"),  # 3 / 1,200
        Measure.LOAN_GROWTH: Decimal("5"),  # 2.4 M / 48 M
        Measure.DEPOSIT_GROWTH: Decimal("-2"),  # −1.8 M / 90 M
        Measure.QUALITY_GROWTH: Decimal("15"),  # 9 / 60
    }
    assert str(card.figure(Measure.CONVERSION).words()) == "Admission conversion rate: 35 %"
    assert str(card.figure(Measure.LOST).words()) == "Customers lost: 12"
    assert str(card.figure(Measure.DEPOSIT_GROWTH).words()) == "Deposit balance growth: -2 %"
    assert all(figure.definition is DEFINITIONS[figure.measure] for figure in card.figures)
    assert set(DEFINITIONS) == set(Measure)


def test_no_base_is_said_not_zero() -> None:
    empty = PeriodCounts(
        Q3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Decimal(0), Decimal(0), Decimal(0), Decimal(0), 0, 0
    )
    card = scorecard(empty)
    for measure in (Measure.CONVERSION, Measure.SATISFACTION, Measure.COMPLAINT_RATE):
        assert card.figure(measure).value is None
    assert str(card.figure(Measure.LOAN_GROWTH).words()) == (
        "Loan balance growth: no base to compute it from"
    )


def test_period_over_period() -> None:
    q4 = PeriodCounts(
        period=Q4,
        prospects=50,
        admitted=20,
        new_customers=20,
        ended=2,
        turned_dormant=4,
        customers_at_start=1_203,
        customers_at_end=1_217,
        complaints=3,
        satisfaction_sum=0,
        satisfaction_count=0,
        loans_at_start=Decimal("50400000"),
        loans_at_end=Decimal("50400000"),
        deposits_at_start=Decimal("88200000"),
        deposits_at_end=Decimal("92610000"),
        quality_at_start=69,
        quality_at_end=72,
    )
    changes = {
        change.measure: change for change in period_over_period(scorecard(BRANCH_Q3), scorecard(q4))
    }
    assert changes[Measure.CONVERSION].delta == Decimal(5)  # 35 % → 40 %
    assert str(changes[Measure.CONVERSION].words()) == (
        "Admission conversion rate: 35 % → 40 % (+5 percentage points)"
    )
    assert str(changes[Measure.LOST].words()) == "Customers lost: 12 → 6 (−6)"
    assert str(changes[Measure.LOAN_GROWTH].words()) == (
        "Loan balance growth: 5 % → 0 % (−5 percentage points)"
    )
    assert changes[Measure.SATISFACTION].delta is None
    assert str(changes[Measure.SATISFACTION].words()) == (
        "Satisfaction: not comparable (no figure in one of the periods)"
    )


def _exact_percent(part: Fraction, whole: Fraction) -> Fraction:
    return part * 100 / whole


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 500),
    st.integers(0, 500),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.integers(0, 200),
)
def test_rates_are_within_half_a_hundredth_of_the_exact_value(
    prospects: int, admitted: int, start: int, end: int, complaints: int
) -> None:
    admitted = min(admitted, prospects)
    counts = PeriodCounts(
        Q3, prospects, admitted, admitted, 0, 0, start, end, complaints, 0, 0,
        Decimal(start), Decimal(end), Decimal(0), Decimal(0), start, end,
    )  # fmt: skip
    card = scorecard(counts)
    conversion = card.figure(Measure.CONVERSION).value
    if prospects:
        assert conversion is not None
        exact = _exact_percent(Fraction(admitted), Fraction(prospects))
        assert abs(Fraction(conversion) - exact) <= Fraction(1, 200)
    else:
        assert conversion is None
    growth = card.figure(Measure.CUSTOMER_GROWTH).value
    assert (growth is None) == (start == 0)
    if growth is not None:
        exact = _exact_percent(Fraction(end - start), Fraction(start))
        assert abs(Fraction(growth) - exact) <= Fraction(1, 200)
        assert card.figure(Measure.LOAN_GROWTH).value == growth
