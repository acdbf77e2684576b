"""A customer's evaluation for a year, and what moved the score between two years.

`evaluate` is a pure function of the year's facts, the rules, the year and today's date, so the
storage can run a year for 100,000 customers behind a progress bar (``explain=False`` builds no
words) and keep each run as a version.  A year not yet ended (today on or before its 31
December) is evaluated *provisionally* and marked so; a year not begun is refused.

Points per indicator are exact (Decimal) and the score is their weighted mean rounded half up to
one place; the grade compares that rounded score.  A measure not recorded gives 0 points and is
named (`missing`), as the classification does.  Nothing planned (no visit planned, no repayment
due) is full points, said in words: the customer missed nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from agricrm.domain.classification.wording import Figure
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.evaluation import wording as w
from agricrm.domain.evaluation.rules import EvaluationRules, Grade, Indicator
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

YEAR_NOT_BEGUN = QT_TRANSLATE_NOOP(
    "Evaluation", "{year} has not begun (today is {today}): nothing to evaluate yet."
)

_TENTH = Decimal("0.1")
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class EvaluationFacts:
    """A customer's year as the indicators read it; None is "not recorded"."""

    loan_balance: Decimal | None = None  # at the year's end (or today, provisionally)
    deposits: Decimal | None = None
    previous_balance: Decimal | None = None  # loans and deposits a year before
    products: int | None = None
    years: Decimal | None = None  # of cooperation
    visits_planned: int | None = None
    visits_kept: int | None = None
    satisfaction: Decimal | None = None  # the year's visits' average, 1–5
    complaints_open: int | None = None  # complaints of the year not ended satisfied
    repayments_due: int | None = None
    repayments_on_time: int | None = None
    longest_overdue_days: int | None = None


@dataclass(frozen=True, slots=True)
class Part:
    indicator: Indicator
    value: Decimal | None  # the measure (None: not recorded)
    points: Decimal  # 0–100
    weight: int
    reason: Message | None = None


@dataclass(frozen=True, slots=True)
class Evaluation:
    year: int
    rules_version: int
    score: Decimal  # one place
    grade: Grade
    parts: tuple[Part, ...]  # in Indicator's order
    provisional: bool
    missing: tuple[Indicator, ...]
    grade_reason: Message | None = None
    provisional_reason: Message | None = None

    def part(self, indicator: Indicator) -> Part:
        return next(part for part in self.parts if part.indicator is indicator)

    def explanation(self) -> tuple[Message, ...]:
        """The grade, provisional or not, then every indicator's points (empty without words)."""
        head = (self.grade_reason, self.provisional_reason)
        parts = (part.reason for part in self.parts)
        return tuple(message for message in (*head, *parts) if message is not None)


def evaluate(
    facts: EvaluationFacts,
    rules: EvaluationRules,
    year: int,
    today: dt.date,
    explain: bool = True,
) -> Evaluation:
    if year > today.year:
        raise ValidationFailed(
            [FieldError("year", YEAR_NOT_BEGUN(year=year, today=today.isoformat()))]
        )
    measures = _measures(facts)
    parts: list[Part] = []
    missing: list[Indicator] = []
    for indicator, weighted in rules.indicators:
        value, nothing_due = measures[indicator]
        if value is None and not nothing_due:
            missing.append(indicator)
            points = Decimal(0)
        elif nothing_due:
            points = _HUNDRED
        else:
            assert value is not None
            points = _points(indicator, value, weighted.scale)
        reason = (
            _part_reason(indicator, value, points, weighted.weight, nothing_due)
            if explain
            else None
        )
        parts.append(Part(indicator, value, points, weighted.weight, reason))
    total = sum(part.weight for part in parts)
    exact = sum((part.points * part.weight for part in parts), Decimal(0)) / total
    score = exact.quantize(_TENTH, ROUND_HALF_UP)
    grade = rules.grades.of(score)
    end = dt.date(year, 12, 31)
    provisional = today <= end
    grade_reason = provisional_reason = None
    if explain:
        start = rules.grades.start(grade)
        if start is None:
            grade_reason = w.GRADE_D(grade=grade.label, score=score, start=Figure(rules.grades.c))
        else:
            grade_reason = w.GRADE(grade=grade.label, score=score, start=Figure(start))
        if provisional:
            provisional_reason = w.PROVISIONAL(
                year=year, end=end.isoformat(), today=today.isoformat()
            )
    return Evaluation(
        year,
        rules.version,
        score,
        grade,
        tuple(parts),
        provisional,
        tuple(missing),
        grade_reason,
        provisional_reason,
    )


def _measures(facts: EvaluationFacts) -> dict[Indicator, tuple[Decimal | None, bool]]:
    """Each indicator's measure, and whether nothing was due (full points)."""
    volume = (
        None
        if facts.loan_balance is None or facts.deposits is None
        else facts.loan_balance + facts.deposits
    )
    growth = None
    if volume is not None and facts.previous_balance is not None and facts.previous_balance > 0:
        growth = (volume - facts.previous_balance) * _HUNDRED / facts.previous_balance
    contacts, no_visits = _share(facts.visits_kept, facts.visits_planned)
    on_time, nothing_due = _share(facts.repayments_on_time, facts.repayments_due)
    return {
        Indicator.VOLUME: (volume, False),
        Indicator.GROWTH: (growth, False),
        Indicator.PRODUCTS: (_number(facts.products), False),
        Indicator.YEARS: (facts.years, False),
        Indicator.CONTACTS: (contacts, no_visits),
        Indicator.SATISFACTION: (facts.satisfaction, False),
        Indicator.COMPLAINTS: (_number(facts.complaints_open), False),
        Indicator.ON_TIME: (on_time, nothing_due),
        Indicator.OVERDUE: (_number(facts.longest_overdue_days), False),
    }


def _number(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _share(part: int | None, whole: int | None) -> tuple[Decimal | None, bool]:
    if part is None or whole is None:
        return None, False
    if whole <= 0:
        return None, True
    return Decimal(min(part, whole)) * _HUNDRED / whole, False


def _points(indicator: Indicator, value: Decimal, scale: Decimal) -> Decimal:
    """0–100: rising, value over `scale` (capped); falling, what is left of `scale`."""
    if indicator.falling:
        return max(Decimal(0), (scale - value) * _HUNDRED / scale)
    return min(_HUNDRED, max(Decimal(0), value * _HUNDRED / scale))


def _part_reason(
    indicator: Indicator, value: Decimal | None, points: Decimal, weight: int, nothing_due: bool
) -> Message:
    if nothing_due:
        return w.PART_NONE_PLANNED(indicator=indicator.label, weight=weight)
    if value is None:
        return w.PART_MISSING(indicator=indicator.label, weight=weight)
    return w.PART(
        indicator=indicator.label,
        value=quantity(indicator, value),
        points=Figure(points),
        weight=weight,
    )


@dataclass(frozen=True)
class Moved:
    """What moved the score between two evaluations: the whole change, and each indicator's
    change of its share of the score (points × weight ÷ all weights), largest first, those that
    did not move left out.  Each share is rounded to one place, so they may not add up to the
    whole change by a tenth."""

    delta: Decimal
    parts: tuple[tuple[Indicator, Decimal], ...]
    words: tuple[Message, ...]


def moved(before: Evaluation, after: Evaluation) -> Moved:
    total_before = sum(part.weight for part in before.parts) or 1
    total_after = sum(part.weight for part in after.parts) or 1
    changes: list[tuple[Indicator, Decimal, Part, Part]] = []
    for new in after.parts:
        old = before.part(new.indicator)
        share = new.points * new.weight / total_after - old.points * old.weight / total_before
        rounded = share.quantize(_TENTH, ROUND_HALF_UP)
        if rounded:
            changes.append((new.indicator, rounded, old, new))
    changes.sort(key=lambda change: -abs(change[1]))
    delta = after.score - before.score
    words: list[Message] = [
        w.MOVED(
            before=before.score,
            after=after.score,
            delta=_signed(delta),
            grade_before=before.grade.label,
            grade_after=after.grade.label,
        )
    ]
    if before.rules_version != after.rules_version:
        words.append(w.RULES_CHANGED(before=before.rules_version, after=after.rules_version))
    for indicator, share, old, new in changes:
        words.append(
            w.MOVED_PART(
                indicator=indicator.label,
                value_before=_value(old),
                value_after=_value(new),
                delta=_signed(share),
            )
        )
    return Moved(delta, tuple((change[0], change[1]) for change in changes), tuple(words))


def _value(part: Part) -> Message | Figure | Text:
    return w.NOT_RECORDED if part.value is None else quantity(part.indicator, part.value)


def quantity(indicator: Indicator, value: Decimal) -> Message | Figure:
    """A measure with its unit ("350,000 yuan", "85 %"); a count bare."""
    unit = indicator.unit
    return Figure(value) if unit is None else w.QUANTITY(figure=Figure(value), unit=unit)


def _signed(value: Decimal) -> str:
    return f"+{value}" if value > 0 else f"{value}".replace("-", "−")
