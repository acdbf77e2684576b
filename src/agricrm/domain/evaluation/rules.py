"""The annual evaluation rules document (年度评估规则): indicators with weights, and grade bands.

Like the other rules documents: a `schema` of its own and the branch's `version` (kept with every
evaluation, so a re-run under new rules is a new version, never a silent recomputation).

Each indicator scores 0–100 points from one measure, linearly: a *rising* indicator (more is
better) gives 100 at `full_at` and above and proportionally below it; a *falling* one (less is
better: complaints, days overdue) gives 100 at 0 and nothing at `zero_at` or beyond.  The
customer's score is the weighted mean of the points, rounded half up to one place, and the grade
compares that rounded score with the bands (A from `a`, B from `b`, C from `c`, else D), so the
words never contradict the grade.

Why the defaults: the four groups of the seed documents, business volume and growth (loan and
deposit balance, growth on last year, products held), loyalty (years of cooperation, planned
visits kept), satisfaction (visits' satisfaction on the 1–5 scale the visit form records,
complaints not ended to the customer's satisfaction) and reputation (repayments on time, the
longest days overdue), with volume weighted double; A from 85, B from 70, C from 55 — the
bands banks' customer ratings usually use.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.named_list.rules import number_json
from agricrm.i18n import QT_TRANSLATE_NOOP, Text

SCHEMA = 1


class Group(LabeledEnum):
    BUSINESS = "business", QT_TRANSLATE_NOOP("EvaluationGroup", "Business volume and growth")
    LOYALTY = "loyalty", QT_TRANSLATE_NOOP("EvaluationGroup", "Loyalty")
    SATISFACTION = "satisfaction", QT_TRANSLATE_NOOP("EvaluationGroup", "Satisfaction")
    REPUTATION = "reputation", QT_TRANSLATE_NOOP("EvaluationGroup", "Reputation")


class Indicator(LabeledEnum):
    """The indicators; the codes are the document's keys under ``indicators``."""

    VOLUME = "volume", QT_TRANSLATE_NOOP("Indicator", "Loan and deposit balance")
    GROWTH = "growth", QT_TRANSLATE_NOOP("Indicator", "Growth on last year")
    PRODUCTS = "products", QT_TRANSLATE_NOOP("Indicator", "Products held")
    YEARS = "years", QT_TRANSLATE_NOOP("Indicator", "Years of cooperation")
    CONTACTS = "contacts", QT_TRANSLATE_NOOP("Indicator", "Planned visits kept")
    SATISFACTION = "satisfaction", QT_TRANSLATE_NOOP("Indicator", "Visit satisfaction")
    COMPLAINTS = "complaints", QT_TRANSLATE_NOOP("Indicator", "Complaints not ended satisfied")
    ON_TIME = "on_time", QT_TRANSLATE_NOOP("Indicator", "Repayments on time")
    OVERDUE = "overdue", QT_TRANSLATE_NOOP("Indicator", "Longest days overdue")

    @property
    def group(self) -> Group:
        return _GROUPS[self]

    @property
    def falling(self) -> bool:
        """Less is better: points fall from 100 at 0 to none at `zero_at`."""
        return self in _FALLING

    @property
    def unit(self) -> Text | None:
        """The measure's unit (None: a count, shown bare)."""
        return _UNITS[self]


YUAN = QT_TRANSLATE_NOOP("EvaluationUnit", "yuan")
PERCENT = QT_TRANSLATE_NOOP("EvaluationUnit", "%")
YEARS = QT_TRANSLATE_NOOP("EvaluationUnit", "years")
OUT_OF_FIVE = QT_TRANSLATE_NOOP("EvaluationUnit", "of 5")
DAYS = QT_TRANSLATE_NOOP("EvaluationUnit", "days")

_FALLING = frozenset({"complaints", "overdue"})
_GROUPS = {
    Indicator.VOLUME: Group.BUSINESS,
    Indicator.GROWTH: Group.BUSINESS,
    Indicator.PRODUCTS: Group.BUSINESS,
    Indicator.YEARS: Group.LOYALTY,
    Indicator.CONTACTS: Group.LOYALTY,
    Indicator.SATISFACTION: Group.SATISFACTION,
    Indicator.COMPLAINTS: Group.SATISFACTION,
    Indicator.ON_TIME: Group.REPUTATION,
    Indicator.OVERDUE: Group.REPUTATION,
}
_UNITS: dict[Indicator, Text | None] = {
    Indicator.VOLUME: YUAN,
    Indicator.GROWTH: PERCENT,
    Indicator.PRODUCTS: None,
    Indicator.YEARS: YEARS,
    Indicator.CONTACTS: PERCENT,
    Indicator.SATISFACTION: OUT_OF_FIVE,
    Indicator.COMPLAINTS: None,
    Indicator.ON_TIME: PERCENT,
    Indicator.OVERDUE: DAYS,
}
SCALE_BOUNDS: dict[Indicator, tuple[Decimal, Decimal]] = {
    Indicator.VOLUME: (Decimal(1), Decimal(1_000_000_000)),
    Indicator.GROWTH: (Decimal(1), Decimal(1000)),
    Indicator.PRODUCTS: (Decimal(1), Decimal(50)),
    Indicator.YEARS: (Decimal(1), Decimal(50)),
    Indicator.CONTACTS: (Decimal(1), Decimal(100)),
    Indicator.SATISFACTION: (Decimal(1), Decimal(5)),
    Indicator.COMPLAINTS: (Decimal(1), Decimal(100)),
    Indicator.ON_TIME: (Decimal(1), Decimal(100)),
    Indicator.OVERDUE: (Decimal(1), Decimal(3650)),
}
"""The bounds of each indicator's `full_at` (or `zero_at`): what a branch could mean."""


class Grade(LabeledEnum):
    """Best first."""

    A = "A", QT_TRANSLATE_NOOP("Grade", "A")
    B = "B", QT_TRANSLATE_NOOP("Grade", "B")
    C = "C", QT_TRANSLATE_NOOP("Grade", "C")
    D = "D", QT_TRANSLATE_NOOP("Grade", "D")


@dataclass(frozen=True, slots=True)
class Weighted:
    """An indicator's weight and the measure at which it gives full points (rising) or none
    (falling)."""

    weight: int
    scale: Decimal


@dataclass(frozen=True, slots=True)
class GradeBands:
    """The lowest score of A, B and C (a > b > c); below c is D."""

    a: Decimal
    b: Decimal
    c: Decimal

    def of(self, score: Decimal) -> Grade:
        if score >= self.a:
            return Grade.A
        if score >= self.b:
            return Grade.B
        if score >= self.c:
            return Grade.C
        return Grade.D

    def start(self, grade: Grade) -> Decimal | None:
        return {Grade.A: self.a, Grade.B: self.b, Grade.C: self.c}.get(grade)


@dataclass(frozen=True)
class EvaluationRules:
    version: int
    indicators: tuple[tuple[Indicator, Weighted], ...]  # in Indicator's order
    grades: GradeBands

    def indicator(self, indicator: Indicator) -> Weighted:
        return dict(self.indicators)[indicator]

    @property
    def total_weight(self) -> int:
        return sum(weighted.weight for _, weighted in self.indicators)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "version": self.version,
            "indicators": {
                indicator.value: {
                    "weight": weighted.weight,
                    scale_key(indicator): number_json(weighted.scale),
                }
                for indicator, weighted in self.indicators
            },
            "grades": {
                Grade.A.value: number_json(self.grades.a),
                Grade.B.value: number_json(self.grades.b),
                Grade.C.value: number_json(self.grades.c),
            },
        }


def scale_key(indicator: Indicator) -> str:
    return "zero_at" if indicator.falling else "full_at"


DEFAULT_EVALUATION_RULES = EvaluationRules(
    version=1,
    indicators=(
        (Indicator.VOLUME, Weighted(20, Decimal(500_000))),
        (Indicator.GROWTH, Weighted(10, Decimal(20))),
        (Indicator.PRODUCTS, Weighted(10, Decimal(5))),
        (Indicator.YEARS, Weighted(10, Decimal(10))),
        (Indicator.CONTACTS, Weighted(10, Decimal(100))),
        (Indicator.SATISFACTION, Weighted(10, Decimal(5))),
        (Indicator.COMPLAINTS, Weighted(10, Decimal(3))),
        (Indicator.ON_TIME, Weighted(10, Decimal(100))),
        (Indicator.OVERDUE, Weighted(10, Decimal(90))),
    ),
    grades=GradeBands(Decimal(85), Decimal(70), Decimal(55)),
)
