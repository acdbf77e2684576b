"""The development scorecard's figures (客户开发与管理评估): pure functions from a period's
counts to figures with their definitions in words, and period over period.

The storage counts (per officer or for the branch, for a quarter or a year); this module divides,
names and compares, so every screen, report and workbook prints the same figure with the same
definition.  Rates are per cent (complaints per 100 customers), rounded half away from zero to
two places from the exact ratio; a rate with nothing to divide by is None ("no base"), never 0.
Portfolio quality (buckets, PAR30) is `risk.portfolio`'s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from agricrm.domain.classification.wording import Figure
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.period import Period
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text


class Measure(LabeledEnum):
    """The scorecard's figures, in the order they are printed."""

    PROSPECTS = "prospects", QT_TRANSLATE_NOOP("Scorecard", "Prospects")
    NEW_CUSTOMERS = "new_customers", QT_TRANSLATE_NOOP("Scorecard", "New customers")
    CONVERSION = "conversion", QT_TRANSLATE_NOOP("Scorecard", "Admission conversion rate")
    LOST = "lost", QT_TRANSLATE_NOOP("Scorecard", "Customers lost")
    LOST_RATE = "lost_rate", QT_TRANSLATE_NOOP("Scorecard", "Customers lost, rate")
    SATISFACTION = "satisfaction", QT_TRANSLATE_NOOP("Scorecard", "Satisfaction")
    COMPLAINT_RATE = "complaint_rate", QT_TRANSLATE_NOOP("Scorecard", "Complaint rate")
    CUSTOMER_GROWTH = "customer_growth", QT_TRANSLATE_NOOP("Scorecard", "Customer growth")
    LOAN_GROWTH = "loan_growth", QT_TRANSLATE_NOOP("Scorecard", "Loan balance growth")
    DEPOSIT_GROWTH = "deposit_growth", QT_TRANSLATE_NOOP("Scorecard", "Deposit balance growth")
    QUALITY_GROWTH = "quality_growth", QT_TRANSLATE_NOOP("Scorecard", "Quality customer growth")


DEFINITIONS: dict[Measure, Text] = {
    Measure.PROSPECTS: QT_TRANSLATE_NOOP(
        "Scorecard", "Prospects: people recorded as prospects during the period."
    ),
    Measure.NEW_CUSTOMERS: QT_TRANSLATE_NOOP(
        "Scorecard", "New customers: customers whose cooperation began during the period."
    ),
    Measure.CONVERSION: QT_TRANSLATE_NOOP(
        "Scorecard",
        "Admission conversion rate: prospects of the period admitted as customers, divided by "
        "the prospects of the period.",
    ),
    Measure.LOST: QT_TRANSLATE_NOOP(
        "Scorecard",
        "Customers lost: customers whose cooperation ended during the period, plus those who "
        "turned dormant.",
    ),
    Measure.LOST_RATE: QT_TRANSLATE_NOOP(
        "Scorecard", "Customers lost, rate: customers lost divided by the customers at the start."
    ),
    Measure.SATISFACTION: QT_TRANSLATE_NOOP(
        "Scorecard",
        "Satisfaction: the average satisfaction (1–5) of the visits of the period that recorded "
        "one.",
    ),
    Measure.COMPLAINT_RATE: QT_TRANSLATE_NOOP(
        "Scorecard",
        "Complaint rate: complaints received during the period per 100 customers (the average "
        "of the customers at the start and at the end).",
    ),
    Measure.CUSTOMER_GROWTH: QT_TRANSLATE_NOOP(
        "Scorecard", "Customer growth: customers at the end against the start of the period."
    ),
    Measure.LOAN_GROWTH: QT_TRANSLATE_NOOP(
        "Scorecard",
        "Loan balance growth: outstanding loans at the end against the start of the period.",
    ),
    Measure.DEPOSIT_GROWTH: QT_TRANSLATE_NOOP(
        "Scorecard", "Deposit balance growth: deposits at the end against the start of the period."
    ),
    Measure.QUALITY_GROWTH: QT_TRANSLATE_NOOP(
        "Scorecard",
        "Quality customer growth: customers of the quality segment at the end against the start "
        "of the period.",
    ),
}
_RATES = frozenset(
    {
        Measure.CONVERSION,
        Measure.LOST_RATE,
        Measure.COMPLAINT_RATE,
        Measure.CUSTOMER_GROWTH,
        Measure.LOAN_GROWTH,
        Measure.DEPOSIT_GROWTH,
        Measure.QUALITY_GROWTH,
    }
)

COUNT_WORDS = QT_TRANSLATE_NOOP("Scorecard", "{measure}: {value}")
PERCENT_WORDS = QT_TRANSLATE_NOOP("Scorecard", "{measure}: {value} %")
NO_BASE_WORDS = QT_TRANSLATE_NOOP("Scorecard", "{measure}: no base to compute it from")
CHANGE_WORDS = QT_TRANSLATE_NOOP("Scorecard", "{measure}: {before} → {after} ({delta})")
RATE_CHANGE_WORDS = QT_TRANSLATE_NOOP(
    "Scorecard", "{measure}: {before} % → {after} % ({delta} percentage points)"
)
NOT_COMPARABLE = QT_TRANSLATE_NOOP(
    "Scorecard", "{measure}: not comparable (no figure in one of the periods)"
)


@dataclass(frozen=True, slots=True)
class PeriodCounts:
    """What the storage counts for one period (an officer's or the branch's)."""

    period: Period
    prospects: int
    admitted: int  # of the period's prospects, those admitted as customers
    new_customers: int
    ended: int  # cooperation ended during the period
    turned_dormant: int
    customers_at_start: int
    customers_at_end: int
    complaints: int
    satisfaction_sum: int  # of the visits that recorded a satisfaction (1–5)
    satisfaction_count: int
    loans_at_start: Decimal
    loans_at_end: Decimal
    deposits_at_start: Decimal
    deposits_at_end: Decimal
    quality_at_start: int
    quality_at_end: int


@dataclass(frozen=True, slots=True)
class ScoreFigure:
    measure: Measure
    value: Decimal | None  # None: no base

    @property
    def rate(self) -> bool:
        return self.measure in _RATES

    @property
    def definition(self) -> Text:
        return DEFINITIONS[self.measure]

    def words(self) -> Message:
        if self.value is None:
            return NO_BASE_WORDS(measure=self.measure.label)
        template = PERCENT_WORDS if self.rate else COUNT_WORDS
        return template(measure=self.measure.label, value=Figure(self.value))


@dataclass(frozen=True)
class Scorecard:
    period: Period
    figures: tuple[ScoreFigure, ...]  # in Measure's order

    def figure(self, measure: Measure) -> ScoreFigure:
        return self.figures[list(Measure).index(measure)]


def scorecard(counts: PeriodCounts) -> Scorecard:
    c = counts
    lost = c.ended + c.turned_dormant
    average_customers = Fraction(c.customers_at_start + c.customers_at_end, 2)
    values: dict[Measure, Decimal | None] = {
        Measure.PROSPECTS: Decimal(c.prospects),
        Measure.NEW_CUSTOMERS: Decimal(c.new_customers),
        Measure.CONVERSION: _percent(c.admitted, c.prospects),
        Measure.LOST: Decimal(lost),
        Measure.LOST_RATE: _percent(lost, c.customers_at_start),
        Measure.SATISFACTION: _round(Fraction(c.satisfaction_sum, c.satisfaction_count))
        if c.satisfaction_count
        else None,
        Measure.COMPLAINT_RATE: _percent(c.complaints, average_customers),
        Measure.CUSTOMER_GROWTH: _growth(c.customers_at_start, c.customers_at_end),
        Measure.LOAN_GROWTH: _growth(c.loans_at_start, c.loans_at_end),
        Measure.DEPOSIT_GROWTH: _growth(c.deposits_at_start, c.deposits_at_end),
        Measure.QUALITY_GROWTH: _growth(c.quality_at_start, c.quality_at_end),
    }
    return Scorecard(c.period, tuple(ScoreFigure(m, values[m]) for m in Measure))


@dataclass(frozen=True, slots=True)
class Change:
    measure: Measure
    before: Decimal | None
    after: Decimal | None
    delta: Decimal | None  # percentage points for rates; None when not comparable

    def words(self) -> Message:
        if self.delta is None or self.before is None or self.after is None:
            return NOT_COMPARABLE(measure=self.measure.label)
        sign = "+" if self.delta > 0 else ("−" if self.delta < 0 else "")
        template = RATE_CHANGE_WORDS if self.measure in _RATES else CHANGE_WORDS
        return template(
            measure=self.measure.label,
            before=Figure(self.before),
            after=Figure(self.after),
            delta=f"{sign}{Figure(abs(self.delta))}",
        )


def period_over_period(previous: Scorecard, current: Scorecard) -> tuple[Change, ...]:
    """Each figure against the period before: the difference (percentage points for rates)."""
    changes = []
    for old, new in zip(previous.figures, current.figures, strict=True):
        delta = None if old.value is None or new.value is None else new.value - old.value
        changes.append(Change(new.measure, old.value, new.value, delta))
    return tuple(changes)


def _percent(part: int | Fraction, whole: int | Fraction) -> Decimal | None:
    if whole <= 0:
        return None
    return _round(Fraction(part) * 100 / Fraction(whole))


def _growth(start: int | Decimal, end: int | Decimal) -> Decimal | None:
    """End against start in per cent; nothing at the start is no base."""
    if start <= 0:
        return None
    return _round((Fraction(end) - Fraction(start)) * 100 / Fraction(start))


def _round(value: Fraction) -> Decimal:
    """Half away from zero to two places, from the exact value (a fall of 2.345 % is −2.35)."""
    cents = math.floor(abs(value) * 100 + Fraction(1, 2))
    return Decimal(cents if value >= 0 else -cents).scaleb(-2)
