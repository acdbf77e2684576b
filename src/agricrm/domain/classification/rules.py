"""The classification rules document (分类规则): thresholds, weights and service strategy as data.

One document holds every dimension's figures, a version number the branch gives it (kept with
every class it produced) and a schema number of its own, so a later release can read an older
document, and a document can be kept in the database and carried in a sync package as JSON.

Ordered thresholds are written as *bands*: for each class, the half-open range ``[from, below)``
of the measure it covers, lowest class first, the first without ``from`` and the last without
``below``.  A band list says in one place what a manager sees on the rules screen (小农户：
< 50 亩; 中型农户：50–200 亩; 大型农户：≥ 200 亩), and `check_rules` refuses a list with a gap, an
overlap or a band the wrong way round instead of guessing what was meant.

Why the defaults are what they are (a county branch's starting point; every figure is the
branch's to change):

* land 50 / 200 mu: 50 mu is the Third National Agricultural Census's line for a large-scale
  operator (规模农业经营户) in two-crop regions; 200 mu is where family farms in most provinces
  sit well inside their range;
* industry has no figures: one kind of production gives its industry, two or more 综合;
* livestock in *cattle units* (one beef cattle = 1): GB 18596-2001 counts 1 beef cattle as 5
  pigs, 1 dairy cow as 10 pigs, 30 laying hens or 60 broilers as 1 pig, hence pig 5, dairy cow
  0.5, laying hen 150 and broiler 300 head per unit; sheep and goats 15 per unit (3 per pig, as
  local pollution-control rules count them — to be confirmed with the branch);
  medium from 20 units (20 cattle, 100 pigs), large from 100;
* water area 20 / 100 mu of ponds;
* credit: the five categories map normal → good, special mention → fair, the three
  non-performing categories → poor; overdue for 90 days or more is poor (the line for a
  non-performing loan), any day overdue is fair; six or more overdue episodes is poor, after
  the "three in a row, six in all" rule of credit reports;
* value: loans 30, deposits 30, products 15, years 15, growth 10, each figure counted up to its
  cap (500,000 yuan of loans or of average daily deposits, 5 products, 10 years, 30 % growth);
  the social security card does not count, since every resident holds one;
* segment: quality = value score ≥ 75 with good credit; potential = fair or good credit and
  either a value score ≥ 40 or at least a medium-scale farm (room to do more business);
  ordinary = everyone else;
* dormant after 6 months without a visit, care, loan or product change;
* new customer below 1 year of cooperation, long-standing from 5.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from agricrm.domain.enums import Need

SCHEMA = 1
"""The document's own schema number: bump it when the shape changes, and read older ones."""


@dataclass(frozen=True, slots=True)
class Band:
    """``start <= x < end``; None is open on that side."""

    start: Decimal | None
    end: Decimal | None

    def holds(self, x: Decimal) -> bool:
        return (self.start is None or x >= self.start) and (self.end is None or x < self.end)


Bands = Mapping[str, Band]
"""Class code → band, in the order of the class enum (lowest first)."""


@dataclass(frozen=True)
class ScaleRules:
    land_mu: Bands
    livestock_units: Bands
    water_mu: Bands
    heads_per_unit: Mapping[str, Decimal]


@dataclass(frozen=True)
class CreditRules:
    classification: Mapping[str, str]  # loan classification code → credit status code
    overdue_days: Bands  # keyed by credit status, good (fewest days) first
    overdue_times: Bands
    when_unknown: str  # the status when neither loans nor overdue history are recorded


VALUE_PARTS = ("loan_balance", "deposits", "products", "years", "growth")
"""The value score's components, in the order its explanation lists them."""


@dataclass(frozen=True)
class ValueRules:
    weights: Mapping[str, Decimal]  # component → weight (≥ 0, not all zero)
    caps: Mapping[str, Decimal]  # component → the figure that earns its full weight (> 0)
    counted_products: tuple[str, ...]
    tiers: Bands  # over the score 0–100, keyed by value tier

    @cached_property
    def full_points(self) -> dict[str, Decimal]:
        """Each component's share of the 100 points (its weight over the sum of weights),
        worked out once per document instead of once per customer."""
        total = sum(self.weights.values(), Decimal(0))
        return {part: weight * 100 / total for part, weight in self.weights.items()}


@dataclass(frozen=True)
class SegmentRule:
    min_value_score: Decimal
    credit: tuple[str, ...]
    min_scale: str


@dataclass(frozen=True)
class SegmentRules:
    quality: SegmentRule  # all three conditions
    potential: SegmentRule  # the credit, and either the score or the scale


@dataclass(frozen=True)
class NeedsRules:
    product: tuple[str, ...]  # Need codes that ask for a product
    service: tuple[str, ...]  # Need codes that ask for a service


@dataclass(frozen=True)
class ActivityRules:
    months: int


@dataclass(frozen=True)
class RelationshipRules:
    years: Bands


@dataclass(frozen=True)
class Strategy:
    """How a class of customer is served: visit cadence (months; for dormant customers the
    days within which a reactivation visit is due), greetings (care occasion codes) and the
    rank in the Today view (1 first)."""

    visit_months: int | None
    reactivation_days: int | None
    care: tuple[str, ...]
    priority: int


STRATEGY_KEYS = ("quality", "potential", "ordinary", "dormant")


@dataclass(frozen=True)
class ClassificationRules:
    version: int
    scale: ScaleRules
    credit: CreditRules
    value: ValueRules
    segment: SegmentRules
    needs: NeedsRules
    activity: ActivityRules
    relationship: RelationshipRules
    strategy: Mapping[str, Strategy]

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable document (`rules_from_json` reads it back equal)."""
        return {
            "schema": SCHEMA,
            "version": self.version,
            "scale": {
                "land_mu": _bands_json(self.scale.land_mu),
                "livestock_units": _bands_json(self.scale.livestock_units),
                "water_mu": _bands_json(self.scale.water_mu),
                "heads_per_unit": _numbers_json(self.scale.heads_per_unit),
            },
            "credit": {
                "classification": dict(self.credit.classification),
                "overdue_days": _bands_json(self.credit.overdue_days),
                "overdue_times": _bands_json(self.credit.overdue_times),
                "when_unknown": self.credit.when_unknown,
            },
            "value": {
                "weights": _numbers_json(self.value.weights),
                "caps": _numbers_json(self.value.caps),
                "counted_products": list(self.value.counted_products),
                "tiers": _bands_json(self.value.tiers),
            },
            "segment": {
                name: {
                    "min_value_score": _number_json(rule.min_value_score),
                    "credit": list(rule.credit),
                    "min_scale": rule.min_scale,
                }
                for name, rule in (
                    ("quality", self.segment.quality),
                    ("potential", self.segment.potential),
                )
            },
            "needs": {"product": list(self.needs.product), "service": list(self.needs.service)},
            "activity": {"months": self.activity.months},
            "relationship": {"years": _bands_json(self.relationship.years)},
            "strategy": {
                name: {
                    key: value
                    for key, value in (
                        ("visit_months", strategy.visit_months),
                        ("reactivation_days", strategy.reactivation_days),
                        ("care", list(strategy.care)),
                        ("priority", strategy.priority),
                    )
                    if value is not None
                }
                for name, strategy in self.strategy.items()
            },
        }


def _number_json(value: Decimal) -> int | float:
    """Whole numbers as JSON integers, others as the shortest float that reads back equal."""
    return int(value) if value == value.to_integral_value() else float(value)


def _numbers_json(values: Mapping[str, Decimal]) -> dict[str, int | float]:
    return {key: _number_json(value) for key, value in values.items()}


def _bands_json(bands: Bands) -> dict[str, dict[str, int | float]]:
    out: dict[str, dict[str, int | float]] = {}
    for code, band in bands.items():
        entry: dict[str, int | float] = {}
        if band.start is not None:
            entry["from"] = _number_json(band.start)
        if band.end is not None:
            entry["below"] = _number_json(band.end)
        out[code] = entry
    return out


def bands(codes: tuple[str, ...], cuts: tuple[int | str, ...]) -> dict[str, Band]:
    """Contiguous bands from cut points: ``bands(("a", "b", "c"), (50, 200))`` is a < 50,
    50 ≤ b < 200, c ≥ 200."""
    edges: list[Decimal | None] = [None, *(Decimal(cut) for cut in cuts), None]
    return {code: Band(edges[i], edges[i + 1]) for i, code in enumerate(codes)}


_SCALES = ("small", "medium", "large")

DEFAULT_RULES = ClassificationRules(
    version=1,
    scale=ScaleRules(
        land_mu=bands(_SCALES, (50, 200)),
        livestock_units=bands(_SCALES, (20, 100)),
        water_mu=bands(_SCALES, (20, 100)),
        heads_per_unit={
            "cattle": Decimal(1),
            "dairy_cow": Decimal("0.5"),
            "pig": Decimal(5),
            "sheep": Decimal(15),
            "laying_hen": Decimal(150),
            "broiler": Decimal(300),
        },
    ),
    credit=CreditRules(
        classification={
            "normal": "good",
            "special_mention": "fair",
            "substandard": "poor",
            "doubtful": "poor",
            "loss": "poor",
        },
        overdue_days=bands(("good", "fair", "poor"), (1, 90)),
        overdue_times=bands(("good", "fair", "poor"), (1, 6)),
        when_unknown="fair",
    ),
    value=ValueRules(
        weights={
            "loan_balance": Decimal(30),
            "deposits": Decimal(30),
            "products": Decimal(15),
            "years": Decimal(15),
            "growth": Decimal(10),
        },
        caps={
            "loan_balance": Decimal(500000),
            "deposits": Decimal(500000),
            "products": Decimal(5),
            "years": Decimal(10),
            "growth": Decimal(30),
        },
        counted_products=(
            "online_banking",
            "mobile_banking",
            "huinong_card",
            "wealth",
            "fund_plan",
            "insurance",
            "payroll",
        ),
        tiers=bands(("low", "medium", "high"), (40, 75)),
    ),
    segment=SegmentRules(
        quality=SegmentRule(Decimal(75), ("good",), "small"),
        potential=SegmentRule(Decimal(40), ("good", "fair"), "medium"),
    ),
    needs=NeedsRules(
        product=(Need.FUNDING.value, Need.INSURANCE.value),
        service=(Need.TRAINING.value, Need.MARKET_INFO.value, Need.OTHER.value),
    ),
    activity=ActivityRules(months=6),
    relationship=RelationshipRules(years=bands(("new", "growing", "long_term"), (1, 5))),
    strategy={
        "quality": Strategy(1, None, ("birthday", "festival"), 1),
        "potential": Strategy(2, None, ("birthday", "festival"), 3),
        "ordinary": Strategy(3, None, ("festival",), 4),
        "dormant": Strategy(None, 30, ("festival",), 2),
    },
)
