"""The early-warning rules document (风险预警规则): every signal with its weight and thresholds,
and the score bands of the levels, as data.

Like the classification and named-list rules, one JSON document with a `schema` of its own and
the branch's `version` (kept with every assessment), so it can be kept in the database, edited
on a rules screen and carried in a sync package; `check_risk_rules` names every problem by path.

How a warning is scored: each signal that fires adds its weight (points); the sum is compared
with `levels` — at or above ``high`` is high, at or above ``medium`` medium, else low.  A weight
of 0 turns a signal off (it is not evaluated); a document whose weights are all 0 is refused,
since it could never warn.  Every threshold is "at or above fires" (≥), like the classes' bands.

Why the defaults are what they are (a county branch's usual early-warning practice, in points
that make the levels readable by hand): a loan 90 days or more overdue (non-performing by the
regulator's rule) is high on its own (60); 30 days or more, or a downgrade to special mention or
worse, is medium on its own (40, 30); a lesser signal alone (a loan overdue a day, a loan due
within 30 days unchecked for 90 days, two complaints in 6 months, a visit 60 days late, a risk
noticed on a visit in the last 6 months, income down 30 % or the evaluation score down 20 % on
last year, debt three times the yearly income or 5,000 yuan per mu of land, a guarantor at
medium or above) is low but listed, and two or three of them together make medium.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from agricrm.domain.enums import LoanClassification
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.named_list.rules import number_json
from agricrm.domain.risk.facts import Level, RiskNoticed
from agricrm.i18n import QT_TRANSLATE_NOOP

SCHEMA = 1
"""The document's own schema number: bump it when the shape changes, and read older ones."""


class Signal(LabeledEnum):
    """The early-warning signals; the codes are the document's keys under ``signals``."""

    OVERDUE = "overdue", QT_TRANSLATE_NOOP("RiskSignal", "Loan overdue")
    DOWNGRADED = "downgraded", QT_TRANSLATE_NOOP("RiskSignal", "Loan downgraded")
    DUE_UNCHECKED = (
        "due_unchecked",
        QT_TRANSLATE_NOOP("RiskSignal", "Loan due without a post-loan check"),
    )
    COMPLAINTS = "complaints", QT_TRANSLATE_NOOP("RiskSignal", "Repeated complaints")
    NO_VISIT = "no_visit", QT_TRANSLATE_NOOP("RiskSignal", "No visit far beyond the cadence")
    NOTICED = "noticed", QT_TRANSLATE_NOOP("RiskSignal", "Risk noticed on a visit")
    INCOME_FALL = "income_fall", QT_TRANSLATE_NOOP("RiskSignal", "Income falling")
    SCORE_FALL = "score_fall", QT_TRANSLATE_NOOP("RiskSignal", "Evaluation score falling")
    DEBT_INCOME = "debt_income", QT_TRANSLATE_NOOP("RiskSignal", "Debt large against income")
    DEBT_LAND = "debt_land", QT_TRANSLATE_NOOP("RiskSignal", "Debt large against land")
    GUARANTOR = "guarantor", QT_TRANSLATE_NOOP("RiskSignal", "Guarantor in warning")


@dataclass(frozen=True, slots=True)
class OverdueBand:
    """Loans overdue `from_days` or more (up to the next band) add `weight`."""

    from_days: int
    weight: int


@dataclass(frozen=True, slots=True)
class Overdue:
    bands: tuple[OverdueBand, ...]  # from_days strictly increasing


@dataclass(frozen=True, slots=True)
class Downgraded:
    """A loan whose category is worse than before and at `at_least` or worse."""

    weight: int
    at_least: LoanClassification


@dataclass(frozen=True, slots=True)
class DueUnchecked:
    """A loan due within `within_days` whose last post-loan check is older than
    `checked_within_days` (or never made)."""

    weight: int
    within_days: int
    checked_within_days: int


@dataclass(frozen=True, slots=True)
class Complaints:
    """`count` or more complaints received in the last `months` months."""

    weight: int
    count: int
    months: int


@dataclass(frozen=True, slots=True)
class NoVisit:
    """The next visit by the cadence `days_past_due` days or more past its due day."""

    weight: int
    days_past_due: int


@dataclass(frozen=True, slots=True)
class Noticed:
    """A visit in the last `months` months recorded a risk; each kind adds its own weight."""

    weights: tuple[tuple[RiskNoticed, int], ...]  # in RiskNoticed's order
    months: int


@dataclass(frozen=True, slots=True)
class Fall:
    """This year's figure `percent` % or more below last year's."""

    weight: int
    percent: Decimal


@dataclass(frozen=True, slots=True)
class DebtIncome:
    """Outstanding loans `ratio` times the yearly income or more."""

    weight: int
    ratio: Decimal


@dataclass(frozen=True, slots=True)
class DebtLand:
    """Outstanding loans `yuan_per_mu` yuan or more per mu of cultivated land."""

    weight: int
    yuan_per_mu: Decimal


@dataclass(frozen=True, slots=True)
class GuarantorRule:
    """A guarantor whose own warning is at `level` or above."""

    weight: int
    level: Level


@dataclass(frozen=True, slots=True)
class Levels:
    """The score at which a warning becomes medium, and high (medium < high)."""

    medium: int
    high: int

    def of(self, score: int) -> Level:
        if score >= self.high:
            return Level.HIGH
        if score >= self.medium:
            return Level.MEDIUM
        return Level.LOW


@dataclass(frozen=True)
class RiskRules:
    version: int
    overdue: Overdue
    downgraded: Downgraded
    due_unchecked: DueUnchecked
    complaints: Complaints
    no_visit: NoVisit
    noticed: Noticed
    income_fall: Fall
    score_fall: Fall
    debt_income: DebtIncome
    debt_land: DebtLand
    guarantor: GuarantorRule
    levels: Levels

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable document (`risk_rules_from_json` reads it back equal)."""
        return {
            "schema": SCHEMA,
            "version": self.version,
            "signals": {
                Signal.OVERDUE.value: {
                    "bands": [
                        {"from_days": band.from_days, "weight": band.weight}
                        for band in self.overdue.bands
                    ]
                },
                Signal.DOWNGRADED.value: {
                    "weight": self.downgraded.weight,
                    "at_least": self.downgraded.at_least.value,
                },
                Signal.DUE_UNCHECKED.value: {
                    "weight": self.due_unchecked.weight,
                    "within_days": self.due_unchecked.within_days,
                    "checked_within_days": self.due_unchecked.checked_within_days,
                },
                Signal.COMPLAINTS.value: {
                    "weight": self.complaints.weight,
                    "count": self.complaints.count,
                    "months": self.complaints.months,
                },
                Signal.NO_VISIT.value: {
                    "weight": self.no_visit.weight,
                    "days_past_due": self.no_visit.days_past_due,
                },
                Signal.NOTICED.value: {
                    "weights": {kind.value: weight for kind, weight in self.noticed.weights},
                    "months": self.noticed.months,
                },
                Signal.INCOME_FALL.value: {
                    "weight": self.income_fall.weight,
                    "percent": number_json(self.income_fall.percent),
                },
                Signal.SCORE_FALL.value: {
                    "weight": self.score_fall.weight,
                    "percent": number_json(self.score_fall.percent),
                },
                Signal.DEBT_INCOME.value: {
                    "weight": self.debt_income.weight,
                    "ratio": number_json(self.debt_income.ratio),
                },
                Signal.DEBT_LAND.value: {
                    "weight": self.debt_land.weight,
                    "yuan_per_mu": number_json(self.debt_land.yuan_per_mu),
                },
                Signal.GUARANTOR.value: {
                    "weight": self.guarantor.weight,
                    "level": self.guarantor.level.value,
                },
            },
            "levels": {"medium": self.levels.medium, "high": self.levels.high},
        }


DEFAULT_RISK_RULES = RiskRules(
    version=1,
    overdue=Overdue((OverdueBand(1, 20), OverdueBand(30, 40), OverdueBand(90, 60))),
    downgraded=Downgraded(30, LoanClassification.SPECIAL_MENTION),
    due_unchecked=DueUnchecked(15, 30, 90),
    complaints=Complaints(15, 2, 6),
    no_visit=NoVisit(10, 60),
    noticed=Noticed(
        ((RiskNoticed.DISASTER, 20), (RiskNoticed.DISEASE, 20), (RiskNoticed.MARKET, 15)), 6
    ),
    income_fall=Fall(20, Decimal(30)),
    score_fall=Fall(15, Decimal(20)),
    debt_income=DebtIncome(20, Decimal(3)),
    debt_land=DebtLand(15, Decimal(5000)),
    guarantor=GuarantorRule(20, Level.MEDIUM),
    levels=Levels(30, 60),
)
