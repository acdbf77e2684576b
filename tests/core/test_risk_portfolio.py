"""Portfolio quality: delinquency buckets at and around each boundary, PAR30 weighted by
outstanding balance (not by the number of loans), restructured loans never current and always at
risk — on a hand-built portfolio and on any portfolio, against figures computed independently
with fractions."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.errors import ValidationFailed
from agricrm.domain.risk.portfolio import (
    NEGATIVE_BALANCE,
    Bucket,
    PortfolioLoan,
    bucket_of,
    portfolio_quality,
)
from agricrm.i18n import Message

AS_OF = dt.date(2026, 12, 31)


def _loan(balance: int, days: int | None = None, restructured: bool = False) -> PortfolioLoan:
    since = None if days is None else AS_OF - dt.timedelta(days=days)
    return PortfolioLoan(Decimal(balance), since, restructured)


def _percent(part: Fraction, whole: Fraction) -> Decimal:
    """Independently: the exact ratio in per cent, half up to two places."""
    cents = part * 10_000 / whole
    return Decimal(math.floor(cents + Fraction(1, 2))) / 100


@pytest.mark.parametrize(
    ("days", "restructured", "bucket"),
    [
        (0, False, Bucket.CURRENT),
        (0, True, Bucket.RESTRUCTURED),
        (1, False, Bucket.DAYS_1_30),
        (30, False, Bucket.DAYS_1_30),
        (31, False, Bucket.DAYS_31_60),
        (60, False, Bucket.DAYS_31_60),
        (61, False, Bucket.DAYS_61_90),
        (90, False, Bucket.DAYS_61_90),
        (91, False, Bucket.OVER_90),
        (10, True, Bucket.DAYS_1_30),
    ],
)
def test_buckets_at_and_around_each_boundary(days: int, restructured: bool, bucket: Bucket) -> None:
    assert bucket_of(days, restructured) is bucket
    assert bucket_of(_loan(1, days).overdue_days(AS_OF), restructured) is bucket


def test_due_today_is_not_overdue_and_nothing_unpaid_is_current() -> None:
    assert _loan(1, 0).overdue_days(AS_OF) == 0
    assert _loan(1, -5).overdue_days(AS_OF) == 0  # falls due after the date
    assert _loan(1).overdue_days(AS_OF) == 0


HAND_BUILT = [
    _loan(100_000),
    _loan(50_000, 1),
    _loan(20_000, 30),
    _loan(30_000, 31),
    _loan(10_000, 60),
    _loan(40_000, 61),
    _loan(5_000, 90),
    _loan(15_000, 91),
    _loan(80_000, None, restructured=True),
    _loan(25_000, 10, restructured=True),
    _loan(0),
]


def test_a_hand_built_portfolio() -> None:
    quality = portfolio_quality(HAND_BUILT, AS_OF)
    total = Fraction(375_000)
    at_risk = Fraction(30_000 + 10_000 + 40_000 + 5_000 + 15_000 + 80_000 + 25_000)
    assert (quality.loans, quality.balance, quality.at_risk) == (11, total, at_risk)
    assert quality.par30 == _percent(at_risk, total) == Decimal("54.67")
    expected = {
        Bucket.CURRENT: (2, 100_000),
        Bucket.RESTRUCTURED: (1, 80_000),
        Bucket.DAYS_1_30: (3, 95_000),
        Bucket.DAYS_31_60: (2, 40_000),
        Bucket.DAYS_61_90: (2, 45_000),
        Bucket.OVER_90: (1, 15_000),
    }
    for bucket, (loans, balance) in expected.items():
        figure = quality.bucket(bucket)
        assert (figure.loans, figure.balance) == (loans, balance)
        assert figure.percent == _percent(Fraction(balance), total)
    # by the number of loans it would read 7 of 11, 63.64 %: weighted by balance it is not
    assert quality.par30 != _percent(Fraction(7), Fraction(11))
    assert str(quality.par30_words()) == "PAR30 54.67 %: 205,000 of 375,000 yuan outstanding"
    assert str(quality.bucket(Bucket.DAYS_1_30).words()) == (
        "1–30 days overdue: 3 loans, 95,000 yuan, 25.33 % of the balance"
    )
    definitions = [str(text) for text in quality.definitions()]
    assert definitions[0].endswith("as of 2026-12-31.")
    assert "restructured" in definitions[2] and "not by number of loans" in definitions[2]


def test_no_balance_is_no_ratio_not_zero() -> None:
    quality = portfolio_quality([_loan(0, 40)], AS_OF)
    assert quality.par30 is None and quality.bucket(Bucket.DAYS_31_60).percent is None
    assert str(quality.par30_words()) == "PAR30: no outstanding balance, so no ratio"
    assert portfolio_quality([], AS_OF).par30 is None


def test_a_negative_balance_is_refused_by_its_index() -> None:
    with pytest.raises(ValidationFailed) as raised:
        portfolio_quality([_loan(5), _loan(-1, 3)], AS_OF)
    (error,) = raised.value.errors
    assert error.field == "loans[1].balance"
    assert isinstance(error.message, Message) and error.message.text == NEGATIVE_BALANCE


LOANS = st.lists(
    st.builds(
        _loan,
        st.integers(0, 10_000_000),
        st.none() | st.integers(-30, 400),
        st.booleans(),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(LOANS)
def test_any_portfolio_adds_up_and_par30_is_the_balance_ratio(loans: list[PortfolioLoan]) -> None:
    quality = portfolio_quality(loans, AS_OF)
    assert sum(figure.loans for figure in quality.buckets) == len(loans)
    assert sum(figure.balance for figure in quality.buckets) == quality.balance
    total = sum((Fraction(loan.balance) for loan in loans), Fraction(0))
    at_risk = sum(
        (
            Fraction(loan.balance)
            for loan in loans
            if loan.restructured or loan.overdue_days(AS_OF) > 30
        ),
        Fraction(0),
    )
    assert quality.at_risk == at_risk
    assert quality.par30 == (_percent(at_risk, total) if total else None)
    restructured_current = [
        loan for loan in loans if loan.restructured and loan.overdue_days(AS_OF) == 0
    ]
    assert quality.bucket(Bucket.RESTRUCTURED).loans == len(restructured_current)
    assert quality.bucket(Bucket.CURRENT).loans == sum(
        1 for loan in loans if not loan.restructured and loan.overdue_days(AS_OF) == 0
    )
