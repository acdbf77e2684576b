"""Assessing a customer's risk: every signal on hand-built facts at and around its threshold,
the level's score bands, the reasons in words, what was not recorded, the verdict without words
agreeing with the one with words, and when a warning counts as worsened."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.cadence import add_months
from agricrm.domain.enums import LoanClassification as Cat
from agricrm.domain.risk.assess import Assessment, assess, worsened
from agricrm.domain.risk.facts import (
    Guarantor,
    Level,
    RiskFact,
    RiskFacts,
    RiskLoan,
    RiskNoticed,
)
from agricrm.domain.risk.rules import DEFAULT_RISK_RULES, Downgraded, RiskRules, Signal
from agricrm.i18n import Catalog
from agricrm.resources import resource_path

TODAY = dt.date(2026, 12, 3)
RULES = DEFAULT_RISK_RULES
D = Decimal

CLEAN = RiskFacts(
    loans=(),
    complaints=(),
    visit_due_on=TODAY + dt.timedelta(days=10),
    noticed=(),
    income=D(100_000),
    previous_income=D(100_000),
    score=D(80),
    previous_score=D(80),
    land_mu=D(10),
    guarantors=(),
)


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _fired(facts: RiskFacts, rules: RiskRules = RULES) -> dict[Signal, int]:
    return {firing.signal: firing.weight for firing in assess(facts, rules, TODAY).firings}


def _words(assessment: Assessment) -> list[str]:
    return [str(message) for message in assessment.explanation()]


def test_a_clean_customer_is_low_with_nothing_to_warn_about() -> None:
    assessment = assess(CLEAN, RULES, TODAY)
    assert assessment == replace(assessment, level=Level.LOW, score=0, firings=(), missing=())
    assert not assessment.raised
    assert _words(assessment) == ["Low: score 0 (medium from 30, high from 60)"]


@pytest.mark.parametrize(
    ("days", "weight", "band"),
    [(0, None, None), (1, 20, 1), (29, 20, 1), (30, 40, 30), (89, 40, 30), (90, 60, 90)],
)
def test_overdue_at_and_around_each_band(days: int, weight: int | None, band: int | None) -> None:
    facts = replace(CLEAN, loans=(RiskLoan("HT-1", D(1000), Cat.NORMAL, None, days),))
    assessment = assess(facts, RULES, TODAY)
    assert _fired(facts).get(Signal.OVERDUE) == weight
    if weight is not None:
        assert f"Loan overdue {days} days ≥ {band} days (+{weight})" in _words(assessment)


def test_overdue_reads_the_loan_longest_overdue() -> None:
    loans = (RiskLoan(overdue_days=5), RiskLoan(overdue_days=45), RiskLoan(overdue_days=None))
    assessment = assess(replace(CLEAN, loans=loans), RULES, TODAY)
    assert assessment.level is Level.MEDIUM and assessment.score == 40
    assert "Loan overdue 45 days ≥ 30 days (+40)" in _words(assessment)


@pytest.mark.parametrize(
    ("before", "after", "fires"),
    [
        (Cat.NORMAL, Cat.SPECIAL_MENTION, True),
        (Cat.NORMAL, Cat.LOSS, True),
        (Cat.SPECIAL_MENTION, Cat.SPECIAL_MENTION, False),
        (Cat.SUBSTANDARD, Cat.SPECIAL_MENTION, False),  # an upgrade
        (None, Cat.DOUBTFUL, False),  # nothing before to compare with
        (Cat.NORMAL, None, False),
    ],
)
def test_downgrade(before: Cat | None, after: Cat | None, fires: bool) -> None:
    facts = replace(CLEAN, loans=(RiskLoan(classification=after, previous=before),))
    assert (Signal.DOWNGRADED in _fired(facts)) is fires


@pytest.mark.parametrize(
    ("before", "after", "fires"),
    [
        (Cat.NORMAL, Cat.SPECIAL_MENTION, False),
        (Cat.NORMAL, Cat.SUBSTANDARD, True),
        (Cat.SPECIAL_MENTION, Cat.SUBSTANDARD, True),
    ],
)
def test_downgrade_at_and_around_the_rules_category(before: Cat, after: Cat, fires: bool) -> None:
    rules = replace(RULES, downgraded=Downgraded(30, Cat.SUBSTANDARD))
    facts = replace(CLEAN, loans=(RiskLoan(classification=after, previous=before),))
    assert (Signal.DOWNGRADED in _fired(facts, rules)) is fires


def test_downgrade_names_the_worst_and_says_from_and_to() -> None:
    loans = (
        RiskLoan(classification=Cat.SPECIAL_MENTION, previous=Cat.NORMAL),
        RiskLoan(classification=Cat.DOUBTFUL, previous=Cat.SUBSTANDARD),
    )
    assessment = assess(replace(CLEAN, loans=loans), RULES, TODAY)
    assert "Loan downgraded in the five categories: Substandard → Doubtful (+30)" in _words(
        assessment
    )
    assert assessment.firings[0].rank == list(Cat).index(Cat.DOUBTFUL)


@pytest.mark.parametrize(
    ("due_in", "checked_ago", "fires"),
    [
        (30, None, True),
        (31, None, False),
        (0, None, True),  # due today
        (-1, None, False),  # past due: the overdue signal's business
        (10, 90, False),  # checked exactly 90 days ago counts
        (10, 91, True),
        (10, 0, False),
        (10, -1, True),  # a check dated after today is not a check made
    ],
)
def test_due_without_a_post_loan_check(due_in: int, checked_ago: int | None, fires: bool) -> None:
    check = None if checked_ago is None else _days(-checked_ago)
    facts = replace(CLEAN, loans=(RiskLoan(due_on=_days(due_in), last_check=check),))
    assert (Signal.DUE_UNCHECKED in _fired(facts)) is fires


def test_due_without_a_check_in_words() -> None:
    facts = replace(CLEAN, loans=(RiskLoan(due_on=_days(12)), RiskLoan(due_on=_days(7))))
    assert (
        "Loan due on 2026-12-10 (in 7 days ≤ 30 days), no post-loan check in the last 90 days "
        "(+15)" in _words(assess(facts, RULES, TODAY))
    )


@pytest.mark.parametrize(
    ("days", "fires"),
    [
        ((add_months(TODAY, -6), TODAY), True),  # the window's first day counts
        ((add_months(TODAY, -6) - dt.timedelta(days=1), TODAY), False),
        ((TODAY,), False),  # one complaint is not repeated
        ((TODAY, _days(1)), False),  # a date after today is not counted
        ((_days(-1), _days(-2), _days(-3)), True),
    ],
)
def test_complaints_at_and_around_count_and_window(days: tuple[dt.date, ...], fires: bool) -> None:
    assert (Signal.COMPLAINTS in _fired(replace(CLEAN, complaints=days))) is fires


@pytest.mark.parametrize(("late", "fires"), [(59, False), (60, True), (61, True), (-5, False)])
def test_no_visit_at_and_around_the_days_past_due(late: int, fires: bool) -> None:
    facts = replace(CLEAN, visit_due_on=_days(-late))
    assessment = assess(facts, RULES, TODAY)
    assert (Signal.NO_VISIT in _fired(facts)) is fires
    if late == 60:
        assert "Visit due on 2026-10-04 not made: 60 days past due ≥ 60 days (+10)" in _words(
            assessment
        )


def test_risks_noticed_fire_once_per_kind_within_the_window() -> None:
    start = add_months(TODAY, -6)
    noticed = (
        (start, RiskNoticed.DISASTER),
        (_days(-3), RiskNoticed.DISASTER),
        (start - dt.timedelta(days=1), RiskNoticed.DISEASE),  # before the window
        (_days(-1), RiskNoticed.MARKET),
    )
    assessment = assess(replace(CLEAN, noticed=noticed), RULES, TODAY)
    assert [(f.signal, f.kind, f.weight) for f in assessment.firings] == [
        (Signal.NOTICED, "disaster", 20),
        (Signal.NOTICED, "market", 15),
    ]
    assert assessment.score == 35 and assessment.level is Level.MEDIUM
    assert "Natural disaster noticed on the visit of 2026-11-30 (+20)" in _words(assessment)


@pytest.mark.parametrize(
    ("before", "after", "fires"),
    [("100000", "70000", True), ("100000", "70000.01", False), ("0", "-5", False)],
)
def test_income_falling_at_and_around_the_percentage(before: str, after: str, fires: bool) -> None:
    facts = replace(CLEAN, previous_income=D(before), income=D(after))
    assert (Signal.INCOME_FALL in _fired(facts)) is fires


@pytest.mark.parametrize(
    ("before", "after", "fires"), [("80", "64", True), ("80", "64.01", False), ("80", "90", False)]
)
def test_score_falling_at_and_around_the_percentage(before: str, after: str, fires: bool) -> None:
    facts = replace(CLEAN, previous_score=D(before), score=D(after))
    assessment = assess(facts, RULES, TODAY)
    assert (Signal.SCORE_FALL in _fired(facts)) is fires
    if fires:
        assert "Evaluation score fell 20 % on last year (80 → 64) ≥ 20 % (+15)" in _words(
            assessment
        )


@pytest.mark.parametrize(
    ("debt", "income", "fires"),
    [
        ("300000", "100000", True),
        ("299999.99", "100000", False),
        ("1", "0", True),
        ("0", "0", False),
    ],
)
def test_debt_against_income(debt: str, income: str, fires: bool) -> None:
    facts = replace(
        CLEAN, income=D(income), previous_income=None, loans=(RiskLoan(balance=D(debt)),)
    )
    assert (Signal.DEBT_INCOME in _fired(facts)) is fires


@pytest.mark.parametrize(
    ("debt", "land", "fires"),
    [("50000", "10", True), ("49999.99", "10", False), ("1", "0", True), ("0", "0", False)],
)
def test_debt_against_land(debt: str, land: str, fires: bool) -> None:
    facts = replace(CLEAN, land_mu=D(land), loans=(RiskLoan(balance=D(debt)),))
    assert (Signal.DEBT_LAND in _fired(facts)) is fires


def test_debt_sums_every_loan_in_words() -> None:
    loans = (RiskLoan(balance=D(30_000)), RiskLoan(balance=D(25_000)), RiskLoan(balance=None))
    words = _words(assess(replace(CLEAN, loans=loans), RULES, TODAY))
    assert "Debt 55,000 yuan is 5,500 yuan per mu of 10 mu ≥ 5,000 yuan per mu (+15)" in words


@pytest.mark.parametrize(
    ("level", "fires"),
    [(None, False), (Level.LOW, False), (Level.MEDIUM, True), (Level.HIGH, True)],
)
def test_guarantor_at_and_around_the_level(level: Level | None, fires: bool) -> None:
    facts = replace(CLEAN, guarantors=(Guarantor("李四", level),))
    assert (Signal.GUARANTOR in _fired(facts)) is fires


def test_guarantor_names_the_worst() -> None:
    guarantors = (Guarantor("李四", Level.MEDIUM), Guarantor("王五", Level.HIGH))
    assessment = assess(replace(CLEAN, guarantors=guarantors), RULES, TODAY)
    assert "Guarantor 王五 is in warning: High, at or above Medium (+20)" in _words(assessment)


@pytest.mark.parametrize(
    ("overdue", "complaints", "level", "score"),
    [
        (1, 0, Level.LOW, 20),  # 20 < 30
        (1, 2, Level.MEDIUM, 35),  # 20 + 15 ≥ 30
        (30, 2, Level.MEDIUM, 55),  # 40 + 15 < 60
        (90, 0, Level.HIGH, 60),  # exactly 60
    ],
)
def test_signals_add_up_to_the_level(
    overdue: int, complaints: int, level: Level, score: int
) -> None:
    facts = replace(
        CLEAN,
        loans=(RiskLoan(overdue_days=overdue),),
        complaints=(TODAY,) * complaints,
    )
    assessment = assess(facts, RULES, TODAY)
    assert (assessment.level, assessment.score) == (level, score)
    assert assessment.score == sum(firing.weight for firing in assessment.firings)


def test_what_was_not_recorded_is_named_not_taken_as_clear() -> None:
    assessment = assess(RiskFacts(), RULES, TODAY)
    assert not assessment.raised
    assert assessment.missing == (
        RiskFact.LOANS,
        RiskFact.COMPLAINTS,
        RiskFact.VISIT_DUE,
        RiskFact.NOTICED,
        RiskFact.INCOME,
        RiskFact.SCORE,
        RiskFact.LAND,
        RiskFact.GUARANTORS,
    )
    assert _words(assessment)[-1].startswith("Not recorded: loans, complaints, next visit due")


def test_a_signal_turned_off_is_not_read() -> None:
    rules = replace(RULES, guarantor=replace(RULES.guarantor, weight=0))
    facts = replace(CLEAN, guarantors=None)
    assert RiskFact.GUARANTORS not in assess(facts, rules, TODAY).missing
    assert RiskFact.GUARANTORS in assess(facts, RULES, TODAY).missing


DATES = st.dates(TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=60))
AMOUNTS = st.none() | st.integers(0, 500_000).map(D)
LOANS = st.builds(
    RiskLoan,
    balance=AMOUNTS,
    classification=st.none() | st.sampled_from(list(Cat)),
    previous=st.none() | st.sampled_from(list(Cat)),
    overdue_days=st.none() | st.integers(0, 400),
    due_on=st.none() | DATES,
    last_check=st.none() | DATES,
)
FACTS = st.builds(
    RiskFacts,
    loans=st.none() | st.lists(LOANS, max_size=4).map(tuple),
    complaints=st.none() | st.lists(DATES, max_size=5).map(tuple),
    visit_due_on=st.none() | DATES,
    noticed=st.none()
    | st.lists(st.tuples(DATES, st.sampled_from(list(RiskNoticed))), max_size=4).map(tuple),
    income=AMOUNTS,
    previous_income=AMOUNTS,
    score=st.none() | st.integers(0, 100).map(D),
    previous_score=st.none() | st.integers(0, 100).map(D),
    land_mu=st.none() | st.integers(0, 500).map(D),
    guarantors=st.none()
    | st.lists(
        st.builds(Guarantor, st.just("某人"), st.none() | st.sampled_from(list(Level))), max_size=3
    ).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(FACTS)
def test_without_words_the_verdict_is_the_same_and_the_level_follows_the_score(
    facts: RiskFacts,
) -> None:
    worded = assess(facts, RULES, TODAY)
    bare = assess(facts, RULES, TODAY, explain=False)
    assert bare.explanation() == () and all(firing.reason is None for firing in bare.firings)
    assert replace(bare, firings=(), level_reason=None) == replace(
        worded, firings=(), level_reason=None
    )
    assert [replace(firing, reason=None) for firing in worded.firings] == list(bare.firings)
    assert all(firing.reason is not None for firing in worded.firings)
    assert worded.score == sum(firing.weight for firing in worded.firings)
    assert worded.level is RULES.levels.of(worded.score)
    assert len(worded.explanation()) == 1 + len(worded.firings) + bool(worded.missing)


@settings(max_examples=200, deadline=None)
@given(FACTS, st.integers(1, 400))
def test_more_days_overdue_never_lowers_the_score(facts: RiskFacts, extra: int) -> None:
    loan = RiskLoan(overdue_days=extra)
    base = assess(facts, RULES, TODAY, explain=False)
    worse = assess(replace(facts, loans=(*(facts.loans or ()), loan)), RULES, TODAY, explain=False)
    if facts.loans is not None:
        assert worse.score >= base.score


def _at(**changes: object) -> Assessment:
    return assess(replace(CLEAN, **changes), RULES, TODAY, explain=False)  # type: ignore[arg-type]


def test_worsened_when_first_raised_and_never_when_nothing_fires() -> None:
    assert worsened(None, _at(complaints=(TODAY, TODAY)))
    assert not worsened(None, _at())
    assert not worsened(_at(complaints=(TODAY, TODAY)), _at())


def test_worsened_when_the_level_rises_or_a_new_signal_fires() -> None:
    one = _at(loans=(RiskLoan(overdue_days=1),))
    assert worsened(one, _at(loans=(RiskLoan(overdue_days=30),)))  # low → medium
    assert worsened(one, _at(loans=(RiskLoan(overdue_days=1),), visit_due_on=_days(-60)))
    assert not worsened(one, _at(loans=(RiskLoan(overdue_days=20),)))  # same band
    assert not worsened(_at(loans=(RiskLoan(overdue_days=45),)), one)  # eased


def test_worsened_when_a_signal_fires_worse_at_the_same_level() -> None:
    high = (RiskLoan(overdue_days=90, classification=Cat.SUBSTANDARD, previous=Cat.NORMAL),)
    worse = (RiskLoan(overdue_days=90, classification=Cat.DOUBTFUL, previous=Cat.SUBSTANDARD),)
    assert _at(loans=high).level is Level.HIGH
    assert worsened(_at(loans=high), _at(loans=worse))
    assert not worsened(_at(loans=worse), _at(loans=high))
    guarantor = (Guarantor("李四", Level.MEDIUM),)
    assert worsened(
        _at(loans=high, guarantors=guarantor),
        _at(loans=high, guarantors=(Guarantor("李四", Level.HIGH),)),
    )
    disaster = ((TODAY, RiskNoticed.DISASTER),)
    both = (*disaster, (TODAY, RiskNoticed.MARKET))
    assert worsened(_at(loans=high, noticed=disaster), _at(loans=high, noticed=both))
    assert not worsened(_at(loans=high, noticed=both), _at(loans=high, noticed=disaster))


def test_the_reasons_read_in_chinese() -> None:
    catalogue = Catalog.from_ts(resource_path("translations", "agricrm_zh_CN.ts"))
    facts = replace(CLEAN, loans=(RiskLoan(overdue_days=45),), complaints=(TODAY, TODAY))
    words = [
        message.render(catalogue.translate) for message in assess(facts, RULES, TODAY).explanation()
    ]
    assert words == [
        "中风险：得分 55（30 分起为中，60 分起为高）",
        "贷款逾期 45 天 ≥ 30 天（+40）",
        "近 6 个月投诉 2 次 ≥ 2 次（+15）",
    ]
