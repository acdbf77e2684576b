"""The annual evaluation: each indicator's points at and around its scale, the score and every
grade band at and around its start, what is not recorded, a provisional run for a year not
ended, a year not begun refused, and what moved the score between two years."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.errors import ValidationFailed
from agricrm.domain.evaluation.evaluate import (
    YEAR_NOT_BEGUN,
    EvaluationFacts,
    evaluate,
    moved,
)
from agricrm.domain.evaluation.rules import (
    DEFAULT_EVALUATION_RULES,
    EvaluationRules,
    Grade,
    Indicator,
    Weighted,
)

RULES = DEFAULT_EVALUATION_RULES
AFTER_2025 = dt.date(2026, 1, 10)
D = Decimal

FULL = EvaluationFacts(
    loan_balance=D(300_000),
    deposits=D(200_000),
    previous_balance=D(400_000),  # +25 %
    products=5,
    years=D(10),
    visits_planned=4,
    visits_kept=4,
    satisfaction=D(5),
    complaints_open=0,
    repayments_due=12,
    repayments_on_time=12,
    longest_overdue_days=0,
)


def _only(indicator: Indicator) -> EvaluationRules:
    """The default rules weighing nothing but `indicator`: the score is its points."""
    return replace(
        RULES,
        indicators=tuple(
            (code, Weighted(1 if code is indicator else 0, weighted.scale))
            for code, weighted in RULES.indicators
        ),
    )


def test_a_customer_full_on_everything_scores_100_grade_a() -> None:
    evaluation = evaluate(FULL, RULES, 2025, AFTER_2025)
    assert (evaluation.score, evaluation.grade, evaluation.provisional) == (D(100), Grade.A, False)
    assert evaluation.missing == ()
    assert str(evaluation.explanation()[0]) == "Grade A: score 100.0 ≥ 85"


@pytest.mark.parametrize(
    ("indicator", "facts", "points"),
    [
        (Indicator.VOLUME, {"loan_balance": D(250_000), "deposits": D(0)}, D(50)),
        (Indicator.VOLUME, {"loan_balance": D(499_999), "deposits": D(0)}, D("99.9998")),
        (Indicator.VOLUME, {"loan_balance": D(400_000), "deposits": D(200_000)}, D(100)),
        (Indicator.GROWTH, {"previous_balance": D(500_000)}, D(0)),  # no growth
        (Indicator.GROWTH, {"previous_balance": D(600_000)}, D(0)),  # a fall counts 0
        (Indicator.GROWTH, {"loan_balance": D(440_000), "deposits": D(0)}, D(50)),  # 10 %
        (Indicator.GROWTH, {"loan_balance": D(480_000), "deposits": D(0)}, D(100)),  # 20 %
        (Indicator.PRODUCTS, {"products": 4}, D(80)),
        (Indicator.PRODUCTS, {"products": 6}, D(100)),
        (Indicator.YEARS, {"years": D("9.5")}, D(95)),
        (Indicator.CONTACTS, {"visits_planned": 4, "visits_kept": 3}, D(75)),
        (Indicator.CONTACTS, {"visits_planned": 0, "visits_kept": 0}, D(100)),  # none planned
        (Indicator.SATISFACTION, {"satisfaction": D(4)}, D(80)),
        (Indicator.COMPLAINTS, {"complaints_open": 1}, Decimal(100) * 2 / 3),
        (Indicator.COMPLAINTS, {"complaints_open": 3}, D(0)),  # at zero_at
        (Indicator.COMPLAINTS, {"complaints_open": 5}, D(0)),
        (Indicator.ON_TIME, {"repayments_due": 10, "repayments_on_time": 9}, D(90)),
        (Indicator.OVERDUE, {"longest_overdue_days": 89}, Decimal(100) / 90),
        (Indicator.OVERDUE, {"longest_overdue_days": 90}, D(0)),
        (Indicator.OVERDUE, {"longest_overdue_days": 1}, Decimal(100) * 89 / 90),
    ],
)
def test_each_indicator_at_and_around_its_scale(
    indicator: Indicator, facts: dict[str, object], points: Decimal
) -> None:
    evaluation = evaluate(replace(FULL, **facts), _only(indicator), 2025, AFTER_2025)  # type: ignore[arg-type]
    assert evaluation.part(indicator).points == points
    assert evaluation.score == points.quantize(D("0.1"), ROUND_HALF_UP)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        ("100", Grade.A),
        ("85", Grade.A),
        ("84.9", Grade.B),
        ("70", Grade.B),
        ("69.9", Grade.C),
        ("55", Grade.C),
        ("54.9", Grade.D),
        ("0", Grade.D),
    ],
)
def test_every_grade_band_at_and_around_its_start(score: str, grade: Grade) -> None:
    # the score is the volume's points alone: balance = score % of 500,000
    balance = D(score) * 5_000
    facts = replace(FULL, loan_balance=balance, deposits=D(0))
    evaluation = evaluate(facts, _only(Indicator.VOLUME), 2025, AFTER_2025)
    assert (evaluation.score, evaluation.grade) == (D(score), grade)


def test_the_score_is_rounded_half_up_before_the_grade() -> None:
    # 84.95 points rounds to 85.0: grade A, and the words say 85.0 ≥ 85
    facts = replace(FULL, loan_balance=D("424750"), deposits=D(0))
    evaluation = evaluate(facts, _only(Indicator.VOLUME), 2025, AFTER_2025)
    assert (evaluation.score, evaluation.grade) == (D("85.0"), Grade.A)
    assert str(evaluation.explanation()[0]) == "Grade A: score 85.0 ≥ 85"
    assert (
        str(
            evaluate(
                replace(facts, loan_balance=D("424749")), _only(Indicator.VOLUME), 2025, AFTER_2025
            ).explanation()[0]
        )
        == "Grade B: score 84.9 ≥ 70"
    )


def test_grade_d_says_below_c() -> None:
    facts = replace(FULL, loan_balance=D(0), deposits=D(0))
    evaluation = evaluate(facts, _only(Indicator.VOLUME), 2025, AFTER_2025)
    assert str(evaluation.explanation()[0]) == "Grade D: score 0.0 < 55"


def test_not_recorded_counts_nothing_and_is_named() -> None:
    facts = replace(FULL, satisfaction=None, deposits=None)
    evaluation = evaluate(facts, RULES, 2025, AFTER_2025)
    assert evaluation.missing == (Indicator.VOLUME, Indicator.GROWTH, Indicator.SATISFACTION)
    assert evaluation.score == D(60)  # 100 less volume 20, growth 10, satisfaction 10
    words = [str(message) for message in evaluation.explanation()]
    assert "Visit satisfaction not recorded: 0 of 100 points, weight 10" in words
    assert "Planned visits kept 100 %: 100 of 100 points, weight 10" in words


@pytest.mark.parametrize(
    ("today", "provisional"),
    [(dt.date(2025, 12, 31), True), (dt.date(2026, 1, 1), False), (dt.date(2025, 1, 1), True)],
)
def test_a_year_not_ended_is_provisional_and_says_so(today: dt.date, provisional: bool) -> None:
    evaluation = evaluate(FULL, RULES, 2025, today)
    assert evaluation.provisional is provisional
    words = [str(message) for message in evaluation.explanation()]
    assert any(text.startswith("Provisional: 2025 ends on 2025-12-31") for text in words) is (
        provisional
    )


def test_a_year_not_begun_is_refused() -> None:
    with pytest.raises(ValidationFailed) as raised:
        evaluate(FULL, RULES, 2027, dt.date(2026, 12, 31))
    (error,) = raised.value.errors
    assert error.field == "year" and error.message.text == YEAR_NOT_BEGUN  # type: ignore[union-attr]


AMOUNTS = st.none() | st.integers(0, 2_000_000).map(D)
COUNTS = st.none() | st.integers(0, 30)
FACTS = st.builds(
    EvaluationFacts,
    loan_balance=AMOUNTS,
    deposits=AMOUNTS,
    previous_balance=AMOUNTS,
    products=COUNTS,
    years=st.none() | st.integers(0, 40).map(D),
    visits_planned=COUNTS,
    visits_kept=COUNTS,
    satisfaction=st.none() | st.integers(10, 50).map(lambda n: D(n) / 10),
    complaints_open=COUNTS,
    repayments_due=COUNTS,
    repayments_on_time=COUNTS,
    longest_overdue_days=st.none() | st.integers(0, 400),
)


@settings(max_examples=300, deadline=None)
@given(FACTS)
def test_the_score_is_the_weighted_mean_and_words_do_not_change_it(facts: EvaluationFacts) -> None:
    worded = evaluate(facts, RULES, 2025, AFTER_2025)
    bare = evaluate(facts, RULES, 2025, AFTER_2025, explain=False)
    assert bare.explanation() == ()
    assert (bare.score, bare.grade, bare.missing) == (worded.score, worded.grade, worded.missing)
    exact = sum(Fraction(part.points) * part.weight for part in worded.parts) / RULES.total_weight
    assert abs(Fraction(worded.score) - exact) <= Fraction(1, 20)
    assert all(0 <= part.points <= 100 for part in worded.parts)
    assert D(0) <= worded.score <= D(100)
    assert worded.grade is RULES.grades.of(worded.score)


def test_what_moved_the_score_between_two_years() -> None:
    last = replace(FULL, loan_balance=D(150_000), deposits=D(100_000), complaints_open=2)
    this = replace(FULL, complaints_open=0, longest_overdue_days=45)
    before = evaluate(last, RULES, 2024, AFTER_2025)
    after = evaluate(this, RULES, 2025, AFTER_2025)
    change = moved(before, after)
    assert change.delta == after.score - before.score
    # volume 50 → 100 points (weight 20 of 100): +10; growth (last year a fall on 400,000)
    # 0 → 100 (10): +10; complaints 33.3 → 100 (10): +6.7; overdue 100 → 50 (10): −5
    assert change.parts == (
        (Indicator.VOLUME, D("10.0")),
        (Indicator.GROWTH, D("10.0")),
        (Indicator.COMPLAINTS, D("6.7")),
        (Indicator.OVERDUE, D("-5.0")),
    )
    words = [str(message) for message in change.words]
    assert words[0] == f"Score {before.score} → {after.score} (+{change.delta}), grade B → A"
    assert (
        words[1]
        == "Loan and deposit balance: 250,000 yuan → 500,000 yuan, +10.0 points of the score"
    )
    assert words[4] == "Longest days overdue: 0 days → 45 days, −5.0 points of the score"


def test_moved_says_when_the_rules_differ() -> None:
    before = evaluate(FULL, RULES, 2024, AFTER_2025)
    after = evaluate(FULL, replace(RULES, version=2), 2025, AFTER_2025)
    words = [str(message) for message in moved(before, after).words]
    assert words == [
        "Score 100.0 → 100.0 (0.0), grade A → A",
        "The two years were scored by different rules (version 1 and 2): part of the change "
        "is the rules'",
    ]
