"""What a risk assessment reads about one customer.

Like the classification's facts, `None` is "not recorded" (the signal that needs it cannot fire,
and the assessment names the fact as missing) and an empty collection is "known to be none".
The storage layer gathers these from the file, the loans, the visits, the complaints and the
evaluations; the guarantors' levels come from their own assessments (without their guarantor
signal, so two people guaranteeing each other do not feed on each other).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from agricrm.domain.enums import LoanClassification
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP


class RiskNoticed(LabeledEnum):
    """The risk an officer noticed on a visit: the small structured field a visit records
    (besides its free notes), so a signal can read it.  Three kinds, as the seed documents name
    the farmers' risks: weather, sickness of crops or animals, and the market."""

    DISASTER = "disaster", QT_TRANSLATE_NOOP("RiskNoticed", "Natural disaster")
    DISEASE = "disease", QT_TRANSLATE_NOOP("RiskNoticed", "Crop or animal disease")
    MARKET = "market", QT_TRANSLATE_NOOP("RiskNoticed", "Market problem")


class Level(LabeledEnum):
    """A warning's level, lowest first, so a larger index is a worse level."""

    LOW = "low", QT_TRANSLATE_NOOP("RiskLevel", "Low")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("RiskLevel", "Medium")
    HIGH = "high", QT_TRANSLATE_NOOP("RiskLevel", "High")

    @property
    def rank(self) -> int:
        return _LEVEL_RANKS[self]


_LEVEL_RANKS = {level: rank for rank, level in enumerate(Level)}

CATEGORY_RANK = {category: rank for rank, category in enumerate(LoanClassification)}
"""The five categories, best first: a larger rank is a worse category."""


@dataclass(frozen=True, slots=True)
class RiskLoan:
    """One outstanding loan as the signals read it.  `label` is how the words name it (the
    contract number), `previous` the category before the last classification (None: none
    before, or not recorded), `last_check` the day of the last post-loan check (None: none)."""

    label: str = ""
    balance: Decimal | None = None
    classification: LoanClassification | None = None
    previous: LoanClassification | None = None
    overdue_days: int | None = None  # days overdue today; 0 when current
    due_on: dt.date | None = None
    last_check: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Guarantor:
    """Someone who guarantees one of the customer's loans, with their own level (None: they
    have no warning)."""

    name: str
    level: Level | None


@dataclass(frozen=True, slots=True)
class RiskFacts:
    loans: tuple[RiskLoan, ...] | None = None
    complaints: tuple[dt.date, ...] | None = None  # the days complaints were received
    visit_due_on: dt.date | None = None  # the next visit by the cadence
    noticed: tuple[tuple[dt.date, RiskNoticed], ...] | None = None  # visits' risks, by day
    income: Decimal | None = None  # this year's income (yuan)
    previous_income: Decimal | None = None
    score: Decimal | None = None  # this year's evaluation score (0–100)
    previous_score: Decimal | None = None
    land_mu: Decimal | None = None
    guarantors: tuple[Guarantor, ...] | None = None


class RiskFact(LabeledEnum):
    """Names of the facts, for "not recorded: …" in an assessment."""

    LOANS = "loans", QT_TRANSLATE_NOOP("RiskFact", "loans")
    COMPLAINTS = "complaints", QT_TRANSLATE_NOOP("RiskFact", "complaints")
    VISIT_DUE = "visit_due_on", QT_TRANSLATE_NOOP("RiskFact", "next visit due")
    NOTICED = "noticed", QT_TRANSLATE_NOOP("RiskFact", "risks noticed on visits")
    INCOME = "income", QT_TRANSLATE_NOOP("RiskFact", "income of this year and last year")
    SCORE = "score", QT_TRANSLATE_NOOP("RiskFact", "evaluation score of this year and last year")
    LAND = "land_mu", QT_TRANSLATE_NOOP("RiskFact", "cultivated land")
    GUARANTORS = "guarantors", QT_TRANSLATE_NOOP("RiskFact", "guarantors")
