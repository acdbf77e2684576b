"""Classifying customers: each rule at, just below and just above its thresholds; totality,
monotonicity and explanations over random rules and facts; the credit override; the effect
of a rules change; the service strategy."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.classification.classify import (
    band_class,
    classify,
    completed_years,
    credit_fingerprint,
    strategy_for,
)
from agricrm.domain.classification.effect import class_counts, compare
from agricrm.domain.classification.facts import (
    CLASSES_OF,
    Activity,
    CreditStatus,
    CustomerFacts,
    Dimension,
    Fact,
    Industry,
    LoanFact,
    NeedsType,
    ProductHeld,
    Relationship,
    Scale,
    Segment,
    ValueTier,
)
from agricrm.domain.classification.results import Classes, CreditOverride
from agricrm.domain.classification.rules import DEFAULT_RULES, ClassificationRules, bands
from agricrm.domain.classification.wording import Figure
from agricrm.domain.enums import LoanClassification, Need, ProductionKind
from agricrm.i18n import catalog
from tests.core.classification_helpers import TODAY, any_facts, valid_rules

RULES = DEFAULT_RULES
D = Decimal


def _classes(**facts: Any) -> Classes:
    return classify(CustomerFacts(**facts), RULES, TODAY)


def _texts(verdict: Any) -> list[str]:
    return [str(reason) for reason in verdict.reasons]


# ----------------------------------------------------------------------------- thresholds

# (measure, fact, threshold, class below it, class from it)
SCALE_EDGES = [
    ("land_mu", D(50), Scale.SMALL, Scale.MEDIUM),
    ("land_mu", D(200), Scale.MEDIUM, Scale.LARGE),
    ("water_mu", D(20), Scale.SMALL, Scale.MEDIUM),
    ("water_mu", D(100), Scale.MEDIUM, Scale.LARGE),
]
STEP = D("0.1")


@pytest.mark.parametrize(("fact", "edge", "below", "at"), SCALE_EDGES)
@pytest.mark.parametrize("offset", [-STEP, D(0), STEP])
def test_scale_at_and_around_each_area_threshold(
    fact: str, edge: Decimal, below: Scale, at: Scale, offset: Decimal
) -> None:
    classes = _classes(**{fact: edge + offset})
    assert classes.scale.value is (below if offset < 0 else at)
    assert f" {Figure(edge)} " in _texts(classes.scale)[0]


@pytest.mark.parametrize(
    ("pigs", "expected"),
    [
        (99, Scale.SMALL),
        (100, Scale.MEDIUM),
        (101, Scale.MEDIUM),
        (499, Scale.MEDIUM),
        (500, Scale.LARGE),
        (501, Scale.LARGE),
    ],
)
def test_livestock_is_converted_to_units_at_each_threshold(pigs: int, expected: Scale) -> None:
    # 5 pigs make a unit: 100 pigs are 20 units (medium), 500 are 100 (large)
    assert _classes(livestock=(("pig", pigs),)).scale.value is expected


def test_livestock_kinds_add_up_and_an_unknown_kind_is_named_not_counted() -> None:
    # 15 cattle + 75 sheep (5 units) = 20 units: medium; the camels are named
    classes = _classes(livestock=(("cattle", 15), ("sheep", 75), ("camel", 40)))
    assert classes.scale.value is Scale.MEDIUM
    texts = _texts(classes.scale)
    assert texts[0] == "Medium farmer: livestock 20 units, from 20 to below 100 units"
    assert "camel (40 head) not counted" in texts[1]


def test_scale_is_the_largest_measure_and_names_what_was_missing() -> None:
    classes = _classes(land_mu=D(3), livestock=(("pig", 600),))
    assert classes.scale.value is Scale.LARGE
    assert classes.scale.missing == (Fact.WATER,)
    assert _texts(classes.scale) == ["Large farmer: livestock 120 units ≥ 100 units"]
    nothing = _classes()
    assert nothing.scale.value is Scale.SMALL
    assert nothing.scale.missing == (Fact.LAND, Fact.LIVESTOCK, Fact.WATER)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, CreditStatus.GOOD),
        (1, CreditStatus.FAIR),
        (89, CreditStatus.FAIR),
        (90, CreditStatus.POOR),
        (91, CreditStatus.POOR),
    ],
)
def test_credit_by_longest_overdue_at_each_threshold(days: int, expected: CreditStatus) -> None:
    by_history = _classes(loans=(), overdue_times=0, longest_overdue_days=days)
    by_loan = _classes(loans=(LoanFact(D(1000), LoanClassification.NORMAL, days),))
    assert by_history.credit.value is expected
    assert by_loan.credit.value is expected


@pytest.mark.parametrize(
    ("times", "expected"),
    [
        (0, CreditStatus.GOOD),
        (1, CreditStatus.FAIR),
        (5, CreditStatus.FAIR),
        (6, CreditStatus.POOR),
        (7, CreditStatus.POOR),
    ],
)
def test_credit_by_times_overdue_at_each_threshold(times: int, expected: CreditStatus) -> None:
    assert _classes(loans=(), overdue_times=times).credit.value is expected


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        (LoanClassification.NORMAL, CreditStatus.GOOD),
        (LoanClassification.SPECIAL_MENTION, CreditStatus.FAIR),
        (LoanClassification.SUBSTANDARD, CreditStatus.POOR),
        (LoanClassification.DOUBTFUL, CreditStatus.POOR),
        (LoanClassification.LOSS, CreditStatus.POOR),
    ],
)
def test_credit_by_the_worst_loan_category(
    category: LoanClassification, expected: CreditStatus
) -> None:
    loans = (LoanFact(D(5000), LoanClassification.NORMAL, 0), LoanFact(D(5000), category, 0))
    classes = _classes(loans=loans, overdue_times=0, longest_overdue_days=0)
    assert classes.credit.value is expected
    if expected is not CreditStatus.GOOD:
        assert _texts(classes.credit) == [f"{expected.label}: worst loan category {category.label}"]


def test_credit_unknown_takes_the_rules_default_and_no_loans_is_a_clean_record() -> None:
    unknown = _classes()
    assert unknown.credit.value is CreditStatus.FAIR
    assert unknown.credit.missing == (Fact.LOANS, Fact.OVERDUE_HISTORY)
    clean = _classes(loans=())
    assert clean.credit.value is CreditStatus.GOOD
    assert clean.credit.missing == (Fact.OVERDUE_HISTORY,)


def _value_facts(score_parts: dict[str, Decimal]) -> CustomerFacts:
    """Facts whose value score is known: only the loan balance counts (30 of 100 points at
    500,000 yuan), deposits (30 at 500,000) and products (15 at 5)."""
    return CustomerFacts(
        loans=(LoanFact(score_parts.get("loans", D(0)), LoanClassification.NORMAL, 0),),
        overdue_times=0,
        longest_overdue_days=0,
        deposit_average=score_parts.get("deposits", D(0)),
        cooperation_since=TODAY - dt.timedelta(days=int(score_parts.get("days", 0))),
        products=tuple(
            ProductHeld(code)
            for code in ("wealth", "fund_plan", "insurance", "payroll", "mobile_banking")[
                : int(score_parts.get("products", 0))
            ]
        ),
    )


@pytest.mark.parametrize(
    ("deposits", "score", "tier"),
    [
        # loans 500,000 = 30, products 5 = 15 → 45; deposits fill the rest
        (D(0), D("45.0"), ValueTier.MEDIUM),
        (D(500000), D("75.0"), ValueTier.HIGH),  # exactly at the high threshold
        (D(499000), D("74.9"), ValueTier.MEDIUM),  # just below
        (D(501000), D("75.0"), ValueTier.HIGH),  # above the cap: no more points
    ],
)
def test_value_tier_at_and_around_the_high_threshold(
    deposits: Decimal, score: Decimal, tier: ValueTier
) -> None:
    facts = _value_facts({"loans": D(500000), "deposits": deposits, "products": D(5)})
    classes = classify(facts, RULES, TODAY)
    assert classes.value_score == score
    assert classes.value.value is tier


def test_value_score_around_forty_uses_the_rounded_score() -> None:
    # deposits 166,666 give 9.99996 points, loans 500,000 give 30: 39.99996 → 40.0, medium
    just = _value_facts({"loans": D(500000), "deposits": D(166666)})
    below = _value_facts({"loans": D(500000), "deposits": D(165000)})
    assert classify(just, RULES, TODAY).value_score == D("40.0")
    assert classify(just, RULES, TODAY).value.value is ValueTier.MEDIUM
    assert classify(below, RULES, TODAY).value_score == D("39.9")
    assert classify(below, RULES, TODAY).value.value is ValueTier.LOW


def test_value_explains_each_component_and_the_social_security_card_does_not_count() -> None:
    facts = CustomerFacts(
        loans=(LoanFact(D(450000), LoanClassification.NORMAL, 0),),
        deposit_average=D(300000),
        products=(ProductHeld("wealth"), ProductHeld("social_security_card")),
        cooperation_since=dt.date(2018, 3, 1),
    )
    classes = classify(facts, RULES, TODAY)
    assert _texts(classes.value) == [
        "Medium value: value score 60 points, from 40 to below 75 points",
        "loan balance (yuan) 450,000: 27 of 30 points",
        "deposits (yuan) 300,000: 18 of 30 points",
        "products held 1: 3 of 15 points",
        "years of cooperation 8: 12 of 15 points",
        "growth (%) not recorded: 0 of 10 points",
    ]
    assert classes.value.missing == (Fact.GROWTH,)


def test_growth_is_this_years_balances_against_last_years() -> None:
    facts = CustomerFacts(
        loans=(LoanFact(D(60000)),),
        deposit_balance=D(70000),
        previous_loan_balance=D(50000),
        previous_deposit_balance=D(50000),
    )
    classes = classify(facts, RULES, TODAY)
    # 30 % growth = the cap: all 10 points; loans 3.6; deposits 4.2
    assert "growth (%) 30: 10 of 10 points" in _texts(classes.value)
    assert classes.value_score == D("17.8")


@pytest.mark.parametrize(
    ("score_deposits", "credit_days", "land", "segment"),
    [
        (D(500000), 0, None, Segment.QUALITY),  # 75 and good
        (D(499000), 0, None, Segment.POTENTIAL),  # 74.9: potential by score
        (D(500000), 1, None, Segment.POTENTIAL),  # 75 but fair credit
        (D(500000), 90, None, Segment.ORDINARY),  # poor credit
        (D(0), 0, None, Segment.POTENTIAL),  # 45 ≥ 40
    ],
)
def test_segment_at_and_around_its_thresholds(
    score_deposits: Decimal, credit_days: int, land: Decimal | None, segment: Segment
) -> None:
    facts = dataclasses.replace(
        _value_facts({"loans": D(500000), "deposits": score_deposits, "products": D(5)}),
        longest_overdue_days=credit_days,
        land_mu=land,
    )
    assert classify(facts, RULES, TODAY).segment.value is segment


@pytest.mark.parametrize(
    ("land", "segment"),
    [(D("49.9"), Segment.ORDINARY), (D(50), Segment.POTENTIAL), (D("50.1"), Segment.POTENTIAL)],
)
def test_a_medium_farm_with_a_low_score_is_potential(land: Decimal, segment: Segment) -> None:
    classes = _classes(land_mu=land, loans=(), overdue_times=0)
    assert classes.value.value is ValueTier.LOW
    assert classes.segment.value is segment


def test_segment_explains_itself() -> None:
    facts = _value_facts({"loans": D(500000), "deposits": D(500000), "products": D(5)})
    classes = classify(facts, RULES, TODAY)
    assert _texts(classes.segment) == [
        "Quality customer: value score 75 ≥ 75, credit status Good, Small farmer"
    ]


@pytest.mark.parametrize(
    ("kinds", "industry"),
    [
        (frozenset(), Industry.UNRECORDED),
        (frozenset({ProductionKind.CROP}), Industry.CROP),
        (frozenset({ProductionKind.LIVESTOCK}), Industry.LIVESTOCK),
        (frozenset({ProductionKind.AQUACULTURE}), Industry.AQUACULTURE),
        (frozenset({ProductionKind.OTHER}), Industry.PROCESSING),
        (frozenset({ProductionKind.CROP, ProductionKind.AQUACULTURE}), Industry.MIXED),
    ],
)
def test_industry_from_the_kinds_of_production(
    kinds: frozenset[ProductionKind], industry: Industry
) -> None:
    assert _classes(production_kinds=kinds).industry.value is industry


@pytest.mark.parametrize(
    ("needs", "kind"),
    [
        (None, NeedsType.UNRECORDED),
        (frozenset(), NeedsType.UNRECORDED),
        (frozenset({Need.FUNDING}), NeedsType.PRODUCT),
        (frozenset({Need.INSURANCE, Need.FUNDING}), NeedsType.PRODUCT),
        (frozenset({Need.TRAINING}), NeedsType.SERVICE),
        (frozenset({Need.MARKET_INFO, Need.FUNDING}), NeedsType.COMPREHENSIVE),
    ],
)
def test_needs_type(needs: frozenset[Need] | None, kind: NeedsType) -> None:
    assert _classes(needs=needs).needs.value is kind


@pytest.mark.parametrize(
    ("last", "activity"),
    [
        (dt.date(2026, 6, 2), Activity.DORMANT),  # a day more than six months ago
        (dt.date(2026, 6, 3), Activity.ACTIVE),  # exactly six months ago
        (dt.date(2026, 6, 4), Activity.ACTIVE),
    ],
)
def test_activity_at_and_around_n_months(last: dt.date, activity: Activity) -> None:
    for fact in ("last_visit", "last_care", "last_loan_change", "last_product_change"):
        assert _classes(**{fact: last}).activity.value is activity


def test_activity_takes_the_latest_contact_and_says_which() -> None:
    classes = _classes(last_visit=dt.date(2025, 1, 1), last_care=dt.date(2026, 9, 30))
    assert _texts(classes.activity) == ["Active: last contact 2026-09-30 (care), within 6 months"]
    assert _classes().activity.value is Activity.DORMANT


@pytest.mark.parametrize(
    ("since", "relationship"),
    [
        (dt.date(2025, 12, 4), Relationship.NEW),  # one day short of a year
        (dt.date(2025, 12, 3), Relationship.GROWING),  # a year today
        (dt.date(2025, 12, 2), Relationship.GROWING),
        (dt.date(2021, 12, 4), Relationship.GROWING),
        (dt.date(2021, 12, 3), Relationship.LONG_TERM),  # five years today
        (dt.date(2021, 12, 2), Relationship.LONG_TERM),
    ],
)
def test_relationship_at_and_around_its_thresholds(
    since: dt.date, relationship: Relationship
) -> None:
    assert _classes(cooperation_since=since).relationship.value is relationship


def test_completed_years_count_birthdays_of_the_cooperation() -> None:
    assert completed_years(dt.date(2024, 2, 29), dt.date(2025, 2, 28)) == 0
    assert completed_years(dt.date(2024, 2, 29), dt.date(2025, 3, 1)) == 1
    assert completed_years(dt.date(2027, 1, 1), TODAY) == 0


def test_the_issues_example_in_chinese() -> None:
    zh = catalog("zh_CN")
    assert zh is not None
    classes = _classes(land_mu=D(320))
    assert classes.scale.reasons[0].render(zh.translate) == "大型农户：耕地 320 亩 ≥ 200 亩"


# ----------------------------------------------------------------------------- properties

ORDER = {dimension: list(CLASSES_OF[dimension]) for dimension in Dimension}


@settings(max_examples=120, deadline=None)
@given(
    facts=any_facts(), rules=valid_rules(), today=st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))
)
def test_classes_are_total_explained_and_the_same_without_words(
    facts: CustomerFacts, rules: ClassificationRules, today: dt.date
) -> None:
    classes = classify(facts, rules, today)
    assert classes.rules_version == rules.version
    for verdict in classes.verdicts():
        assert verdict.value in CLASSES_OF[verdict.dimension]
        assert verdict.reasons, verdict.dimension
        for reason in verdict.reasons:
            assert str(reason)  # every reason renders
        assert str(verdict.reasons[0]).startswith(f"{verdict.value.label}:") or (
            verdict.dimension is Dimension.VALUE
        )
    assert D(0) <= classes.value_score <= D(100)
    silent = classify(facts, rules, today, explain=False)
    assert silent.codes() == classes.codes()
    assert silent.value_score == classes.value_score
    assert all(not verdict.reasons for verdict in silent.verdicts())


@settings(max_examples=120, deadline=None)
@given(
    facts=any_facts(),
    rules=valid_rules(),
    more=st.integers(0, 100_000).map(lambda tenths: D(tenths) / 10),
    measure=st.sampled_from(["land_mu", "water_mu"]),
)
def test_more_land_or_water_never_gives_a_smaller_scale(
    facts: CustomerFacts, rules: ClassificationRules, more: Decimal, measure: str
) -> None:
    before = classify(facts, rules, TODAY, explain=False).scale.value
    grown = dataclasses.replace(facts, **{measure: (getattr(facts, measure) or D(0)) + more})
    after = classify(grown, rules, TODAY, explain=False).scale.value
    assert ORDER[Dimension.SCALE].index(after) >= ORDER[Dimension.SCALE].index(before)


@settings(max_examples=120, deadline=None)
@given(facts=any_facts(), rules=valid_rules(), extra=st.integers(0, 5_000_000))
def test_a_higher_value_score_never_gives_a_lower_value_class(
    facts: CustomerFacts, rules: ClassificationRules, extra: int
) -> None:
    richer = dataclasses.replace(
        facts,
        deposit_average=(facts.deposit_average or facts.deposit_balance or D(0)) + extra,
    )
    before = classify(facts, rules, TODAY, explain=False)
    after = classify(richer, rules, TODAY, explain=False)
    assert after.value_score >= before.value_score
    tiers = ORDER[Dimension.VALUE]
    assert tiers.index(after.value.value) >= tiers.index(before.value.value)


@settings(max_examples=120, deadline=None)
@given(land=st.integers(0, 100_000).map(lambda tenths: D(tenths) / 10), rules=valid_rules())
def test_the_scale_explanation_names_the_threshold_crossed(
    land: Decimal, rules: ClassificationRules
) -> None:
    verdict = classify(CustomerFacts(land_mu=land), rules, TODAY).scale
    band = rules.scale.land_mu[verdict.value.value]
    text = str(verdict.reasons[0])
    if band.start is not None:
        assert f"{Figure(land)} mu ≥ {Figure(band.start)} mu" in text or (
            f"from {Figure(band.start)} to below" in text
        )
    if band.end is not None:
        assert f"{Figure(band.end)} mu" in text


@settings(max_examples=100, deadline=None)
@given(facts=any_facts(), rules=valid_rules())
def test_the_value_and_relationship_explanations_name_the_threshold_crossed(
    facts: CustomerFacts, rules: ClassificationRules
) -> None:
    classes = classify(facts, rules, TODAY)
    for verdict, table in (
        (classes.value, rules.value.tiers),
        (classes.relationship, rules.relationship.years),
    ):
        if verdict.missing and verdict.dimension is Dimension.RELATIONSHIP:
            continue  # no start date: the lowest class, said in words without a figure
        band = table[verdict.value.value]
        text = str(verdict.reasons[0])
        for limit in (band.start, band.end):
            if limit is not None:
                assert f"{Figure(limit)} " in text, text


@settings(max_examples=100, deadline=None)
@given(score=st.integers(0, 1000).map(lambda tenths: D(tenths) / 10), rules=valid_rules())
def test_the_band_lookup_agrees_with_the_bands_and_is_monotone(
    score: Decimal, rules: ClassificationRules
) -> None:
    members = {tier.value: tier for tier in ValueTier}
    holding = [code for code, band in rules.value.tiers.items() if band.holds(score)]
    assert [band_class(rules.value.tiers, score, members).value] == holding
    higher = band_class(rules.value.tiers, score + STEP, members)
    tiers = list(ValueTier)
    assert tiers.index(higher) >= tiers.index(members[holding[0]])


# ----------------------------------------------------------------------------- override

OVERDUE = CustomerFacts(
    loans=(LoanFact(D(80000), LoanClassification.SPECIAL_MENTION, 0),),
    overdue_times=1,
    longest_overdue_days=12,
)


def test_an_override_is_kept_while_its_facts_are_unchanged() -> None:
    computed = classify(OVERDUE, RULES, TODAY)
    assert computed.credit.value is CreditStatus.FAIR
    override = CreditOverride(
        CreditStatus.GOOD, "逾期系银行系统扣款失败", credit_fingerprint(OVERDUE)
    )
    kept = classify(OVERDUE, RULES, TODAY, override)
    assert kept.credit.value is CreditStatus.GOOD
    assert kept.credit_computed is CreditStatus.FAIR
    assert kept.override == override and not kept.override_lapsed
    assert str(kept.credit.reasons[0]) == (
        "Good: set by the officer (逾期系银行系统扣款失败); computed: Fair"
    )
    # the loan's balance is not a credit fact: a repayment keeps the override, in any order
    repaid = dataclasses.replace(
        OVERDUE,
        loans=(LoanFact(D(20000), LoanClassification.SPECIAL_MENTION, 0),),
    )
    assert classify(repaid, RULES, TODAY, override).credit.value is CreditStatus.GOOD


def test_the_segment_reads_the_kept_credit_status() -> None:
    rich = _value_facts({"loans": D(500000), "deposits": D(500000), "products": D(5)})
    watched = dataclasses.replace(
        rich, loans=(LoanFact(D(500000), LoanClassification.SPECIAL_MENTION, 0),)
    )
    computed = classify(watched, RULES, TODAY)
    assert (computed.credit.value, computed.segment.value) == (
        CreditStatus.FAIR,
        Segment.POTENTIAL,
    )
    override = CreditOverride(CreditStatus.GOOD, "担保充足", credit_fingerprint(watched))
    kept = classify(watched, RULES, TODAY, override)
    assert (kept.credit.value, kept.segment.value) == (CreditStatus.GOOD, Segment.QUALITY)


@pytest.mark.parametrize(
    "change",
    [
        {"overdue_times": 2},
        {"longest_overdue_days": 40},
        {"loans": (LoanFact(D(80000), LoanClassification.SUBSTANDARD, 0),)},
        {"loans": (LoanFact(D(80000), LoanClassification.SPECIAL_MENTION, 3),)},
        {
            "loans": (
                LoanFact(D(80000), LoanClassification.SPECIAL_MENTION, 0),
                LoanFact(D(1000), LoanClassification.NORMAL, 0),
            )
        },
        {"loans": None},
    ],
)
def test_an_override_lapses_when_its_facts_change(change: dict[str, Any]) -> None:
    override = CreditOverride(CreditStatus.GOOD, "核实无误", credit_fingerprint(OVERDUE))
    changed = dataclasses.replace(OVERDUE, **change)
    classes = classify(changed, RULES, TODAY, override)
    assert classes.override is None and classes.override_lapsed
    assert classes.credit.value is classes.credit_computed
    assert "no longer holds" in str(classes.credit.reasons[-1])
    silent = classify(changed, RULES, TODAY, override, explain=False)
    assert silent.credit.value is classes.credit.value and silent.override_lapsed


def test_the_fingerprint_ignores_the_order_of_loans() -> None:
    a = LoanFact(D(1), LoanClassification.NORMAL, 0)
    b = LoanFact(D(2), LoanClassification.LOSS, 200)
    assert credit_fingerprint(CustomerFacts(loans=(a, b))) == credit_fingerprint(
        CustomerFacts(loans=(b, a))
    )


# ----------------------------------------------------------------------------- effect, strategy


def test_the_effect_of_a_rules_change_counts_who_moves() -> None:
    farms = {n: CustomerFacts(land_mu=D(n * 10), loans=(), overdue_times=0) for n in range(1, 31)}
    # land 10 … 300 mu; lowering "large" from 200 to 150 moves 150 … 190 (5 customers)
    stricter = dataclasses.replace(
        RULES,
        version=2,
        scale=dataclasses.replace(
            RULES.scale, land_mu=bands(("small", "medium", "large"), (50, 150))
        ),
    )
    old = {key: classify(facts, RULES, TODAY) for key, facts in farms.items()}
    new = {key: classify(facts, stricter, TODAY) for key, facts in farms.items()}
    effect = compare(old, new)
    assert sorted(effect.changed) == [15, 16, 17, 18, 19]
    assert {change.dimension for moves in effect.changed.values() for change in moves} == {
        Dimension.SCALE
    }
    assert effect.moved(Dimension.SCALE) == {"medium": (15, 10), "large": (11, 16)}
    assert [str(line) for line in effect.summary()] == [
        "5 customers change class",
        "Production scale Medium farmer: 15 → 10",
        "Production scale Large farmer: 11 → 16",
    ]
    assert class_counts(new)[Dimension.SCALE] == {"small": 4, "medium": 10, "large": 16}


def test_the_strategy_is_the_segments_and_dormant_customers_are_reactivated() -> None:
    quality = classify(
        dataclasses.replace(
            _value_facts({"loans": D(500000), "deposits": D(500000), "products": D(5)}),
            last_visit=TODAY,
        ),
        RULES,
        TODAY,
    )
    key, strategy = strategy_for(quality, RULES)
    assert (key, strategy.visit_months, strategy.priority) == ("quality", 1, 1)
    asleep = classify(CustomerFacts(), RULES, TODAY)
    key, strategy = strategy_for(asleep, RULES)
    assert (key, strategy.reactivation_days, strategy.visit_months) == ("dormant", 30, None)


def test_the_explanation_ends_with_what_was_not_recorded() -> None:
    verdict = _classes(land_mu=D(30)).scale
    assert [str(line) for line in verdict.explanation()] == [
        "Small farmer: cultivated land 30 mu < 50 mu",
        "Not recorded: livestock, water area",
    ]
    complete = _classes(land_mu=D(30), livestock=(), water_mu=D(0)).scale
    assert complete.explanation() == complete.reasons


def _credit_facts(facts: CustomerFacts) -> tuple[object, ...]:
    loans = facts.loans
    shape = (
        None
        if loans is None
        else sorted(
            (loan.classification.value if loan.classification else "", loan.overdue_days or 0)
            for loan in loans
        )
    )
    return (shape, facts.overdue_times, facts.longest_overdue_days)


@settings(max_examples=150, deadline=None)
@given(first=any_facts(), second=any_facts(), status=st.sampled_from(list(CreditStatus)))
def test_an_override_holds_exactly_while_the_credit_facts_are_the_same(
    first: CustomerFacts, second: CustomerFacts, status: CreditStatus
) -> None:
    override = CreditOverride(status, "人工认定", credit_fingerprint(first))
    # the same credit facts with everything else from another customer
    same = dataclasses.replace(
        second,
        loans=first.loans,
        overdue_times=first.overdue_times,
        longest_overdue_days=first.longest_overdue_days,
    )
    assert classify(same, RULES, TODAY, override).override == override
    later = classify(second, RULES, TODAY, override)
    assert (later.override is not None) == (_credit_facts(second) == _credit_facts(first))
    assert later.credit.value is (status if later.override else later.credit_computed)
