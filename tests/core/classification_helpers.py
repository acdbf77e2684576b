"""Hypothesis strategies for classification rules and facts, shared by the classification tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from agricrm.domain.classification.facts import (
    CardLevel,
    CustomerFacts,
    LoanFact,
    Product,
    ProductHeld,
)
from agricrm.domain.classification.rules import (
    DEFAULT_RULES,
    VALUE_PARTS,
    ActivityRules,
    ClassificationRules,
    CreditRules,
    NeedsRules,
    RelationshipRules,
    ScaleRules,
    SegmentRule,
    SegmentRules,
    Strategy,
    ValueRules,
    bands,
)
from agricrm.domain.enums import LoanClassification, Need, ProductionKind

TODAY = dt.date(2026, 12, 3)


def cuts(count: int, high: int = 100_000) -> st.SearchStrategy[tuple[int, ...]]:
    """`count` strictly increasing cut points above zero."""
    return st.lists(st.integers(1, high), min_size=count, max_size=count, unique=True).map(
        lambda values: tuple(sorted(values))
    )


def money() -> st.SearchStrategy[Decimal]:
    return st.integers(0, 2_000_000_00).map(lambda cents: Decimal(cents) / 100)


@st.composite
def valid_rules(draw: st.DrawFn) -> ClassificationRules:
    scales = ("small", "medium", "large")
    credit = ("good", "fair", "poor")
    statuses_best_first = list(credit)
    # the five categories map to statuses that never get better as the category worsens
    steps = sorted(draw(st.lists(st.integers(0, 2), min_size=5, max_size=5)))
    classification = {
        category.value: statuses_best_first[step]
        for category, step in zip(LoanClassification, steps, strict=True)
    }
    weights = draw(
        st.lists(st.integers(0, 100), min_size=5, max_size=5).filter(lambda ws: sum(ws) > 0)
    )
    caps = draw(st.lists(st.integers(1, 1_000_000), min_size=5, max_size=5))
    quality_min = draw(st.integers(0, 100))
    potential_min = draw(st.integers(0, quality_min))
    needs = list(Need)
    product_needs = draw(st.sets(st.sampled_from(needs)))
    return ClassificationRules(
        version=draw(st.integers(1, 1000)),
        scale=ScaleRules(
            land_mu=bands(scales, draw(cuts(2, 5000))),
            livestock_units=bands(scales, draw(cuts(2, 5000))),
            water_mu=bands(scales, draw(cuts(2, 5000))),
            heads_per_unit={
                kind: Decimal(draw(st.integers(1, 500)))
                for kind in ("cattle", "pig", "sheep", "laying_hen")
            },
        ),
        credit=CreditRules(
            classification=classification,
            overdue_days=bands(credit, draw(cuts(2, 400))),
            overdue_times=bands(credit, draw(cuts(2, 20))),
            when_unknown=draw(st.sampled_from(credit)),
        ),
        value=ValueRules(
            weights={part: Decimal(w) for part, w in zip(VALUE_PARTS, weights, strict=True)},
            caps={part: Decimal(c) for part, c in zip(VALUE_PARTS, caps, strict=True)},
            counted_products=tuple(
                draw(st.lists(st.sampled_from([p.value for p in Product]), unique=True))
            ),
            tiers=bands(("low", "medium", "high"), draw(cuts(2, 99))),
        ),
        segment=SegmentRules(
            quality=SegmentRule(
                Decimal(quality_min),
                tuple(draw(st.lists(st.sampled_from(credit), min_size=1, unique=True))),
                draw(st.sampled_from(scales)),
            ),
            potential=SegmentRule(
                Decimal(potential_min),
                tuple(draw(st.lists(st.sampled_from(credit), min_size=1, unique=True))),
                draw(st.sampled_from(scales)),
            ),
        ),
        needs=NeedsRules(
            product=tuple(need.value for need in needs if need in product_needs),
            service=tuple(need.value for need in needs if need not in product_needs),
        ),
        activity=ActivityRules(draw(st.integers(1, 60))),
        relationship=RelationshipRules(bands(("new", "growing", "long_term"), draw(cuts(2, 40)))),
        strategy={
            key: Strategy(
                None if key == "dormant" else draw(st.integers(1, 60)),
                draw(st.integers(1, 365)) if key == "dormant" else None,
                tuple(draw(st.lists(st.sampled_from(["birthday", "festival"]), unique=True))),
                draw(st.integers(1, 9)),
            )
            for key in DEFAULT_RULES.strategy
        },
    )


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.none() | strategy


dates = st.dates(dt.date(1990, 1, 1), dt.date(2027, 6, 30))


@st.composite
def any_facts(draw: st.DrawFn) -> CustomerFacts:
    loan = st.builds(
        LoanFact,
        balance=maybe(money()),
        classification=maybe(st.sampled_from(list(LoanClassification))),
        overdue_days=maybe(st.integers(0, 1000)),
    )
    return CustomerFacts(
        land_mu=draw(maybe(st.integers(0, 100_000).map(lambda tenths: Decimal(tenths) / 10))),
        livestock=draw(
            maybe(
                st.lists(
                    st.tuples(
                        st.sampled_from(["cattle", "pig", "sheep", "laying_hen", "camel"]),
                        st.integers(0, 20_000),
                    ),
                    max_size=4,
                ).map(tuple)
            )
        ),
        water_mu=draw(maybe(st.integers(0, 50_000).map(lambda tenths: Decimal(tenths) / 10))),
        production_kinds=draw(maybe(st.frozensets(st.sampled_from(list(ProductionKind))))),
        loans=draw(maybe(st.lists(loan, max_size=4).map(tuple))),
        overdue_times=draw(maybe(st.integers(0, 30))),
        longest_overdue_days=draw(maybe(st.integers(0, 1000))),
        deposit_balance=draw(maybe(money())),
        deposit_average=draw(maybe(money())),
        deposits_read_on=draw(maybe(dates)),
        card_level=draw(maybe(st.sampled_from(list(CardLevel)))),
        products=draw(
            maybe(
                st.lists(
                    st.builds(
                        ProductHeld,
                        code=st.sampled_from([p.value for p in Product] + ["retired_product"]),
                        since=maybe(dates),
                    ),
                    max_size=6,
                ).map(tuple)
            )
        ),
        cooperation_since=draw(maybe(dates)),
        needs=draw(maybe(st.frozensets(st.sampled_from(list(Need))))),
        last_visit=draw(maybe(dates)),
        last_care=draw(maybe(dates)),
        last_loan_change=draw(maybe(dates)),
        last_product_change=draw(maybe(dates)),
        previous_loan_balance=draw(maybe(money())),
        previous_deposit_balance=draw(maybe(money())),
    )
