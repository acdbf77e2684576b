"""The handling record of a warning (预警处置记录), as pure functions.

What the storage will keep per warning: when it was opened and on which assessment (`basis`:
the level and the signals, without words), the measures taken — what, by whom, on which day,
and the next check date each set — and, once over, who closed it, when and with what result.
A customer has at most one open record; closed ones are kept.

Every decision returns a new record or raises `ValidationFailed` with every problem at once,
each a `FieldError` (``measure``, ``taken_on``, ``next_check``, ``result``, ``closed_on``):
closing without a result is refused, nothing is half-applied.  Who may close (the officer or a
manager) is the services' check, not this module's.

When a warning is raised again (`follow`, run after every assessment): with no record, or the
last closed, a new record opens when the assessment fires and either the warning had cleared
in between (an assessment firing nothing since the close) or it is worse than the closed one's
basis (`assess.worsened`); an open record that worsens keeps its measures, takes the new basis
and notes the day (`raised_again`), so it comes back to the top of the lists.  A warning that
eases does not lower an open record's basis: easing and worsening again is not "worse".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.risk.assess import Assessment, worsened
from agricrm.i18n import QT_TRANSLATE_NOOP

S = TypeVar("S")
"""A member of staff's key."""

TEXT_MAX = 1000

MEASURE_REQUIRED = QT_TRANSLATE_NOOP("RiskHandling", "Say what was done.")
RESULT_REQUIRED = QT_TRANSLATE_NOOP(
    "RiskHandling", "Give the result of the handling: a warning is closed with its result."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("RiskHandling", "At most {max} characters.")
BEFORE_OPENED = QT_TRANSLATE_NOOP(
    "RiskHandling", "The warning was opened on {date}: a date before that is not possible."
)
BEFORE_LAST_MEASURE = QT_TRANSLATE_NOOP(
    "RiskHandling", "The last measure was taken on {date}: close on or after that day."
)
IN_FUTURE = QT_TRANSLATE_NOOP("RiskHandling", "{date} is after today ({today}).")
CHECK_NOT_AFTER = QT_TRANSLATE_NOOP(
    "RiskHandling", "The next check comes after the day of the measure ({date})."
)
ALREADY_CLOSED = QT_TRANSLATE_NOOP(
    "RiskHandling", "This warning was closed on {date}: it takes no more measures."
)


@dataclass(frozen=True, slots=True)
class Measure(Generic[S]):
    taken_on: dt.date
    taken_by: S
    text: str
    next_check: dt.date | None


@dataclass(frozen=True)
class Handling(Generic[S]):
    opened_on: dt.date
    basis: Assessment  # the assessment it was opened (or last raised again) on
    measures: tuple[Measure[S], ...] = ()
    raised_again: tuple[dt.date, ...] = ()
    closed_on: dt.date | None = None
    closed_by: S | None = None
    result: str = ""
    cleared_on: dt.date | None = None  # after closing, the first assessment firing nothing

    @property
    def open(self) -> bool:
        return self.closed_on is None

    @property
    def next_check(self) -> dt.date | None:
        """The check date the latest measure set (None: none set, or closed)."""
        if not self.open or not self.measures:
            return None
        return self.measures[-1].next_check

    def check_overdue(self, today: dt.date) -> bool:
        due = self.next_check
        return due is not None and today > due


@dataclass(frozen=True)
class Step(Generic[S]):
    """What `follow` decided: the customer's latest record after the assessment (None: none
    ever), whether it is a new record to add (else the same one, possibly updated), and
    whether the warning was raised (new, or raised again) today."""

    record: Handling[S] | None
    new: bool
    raised: bool


def follow(current: Handling[S] | None, assessment: Assessment, today: dt.date) -> Step[S]:
    if current is None or not current.open:
        if not assessment.raised:
            if current is not None and current.cleared_on is None:
                return Step(replace(current, cleared_on=today), False, False)
            return Step(current, False, False)
        if current is None or current.cleared_on is not None or worsened(current.basis, assessment):
            return Step(Handling(today, assessment), True, True)
        return Step(current, False, False)
    if worsened(current.basis, assessment):
        raised = replace(current, basis=assessment, raised_again=(*current.raised_again, today))
        return Step(raised, False, True)
    return Step(current, False, False)


def record_measure(
    handling: Handling[S],
    text: str,
    by: S,
    on: dt.date,
    next_check: dt.date | None,
    today: dt.date,
) -> Handling[S]:
    errors: list[FieldError] = []
    if not handling.open:
        assert handling.closed_on is not None
        raise ValidationFailed(
            [FieldError("closed_on", ALREADY_CLOSED(date=handling.closed_on.isoformat()))]
        )
    words = " ".join(text.split())
    if not words:
        errors.append(FieldError("measure", MEASURE_REQUIRED))
    elif len(words) > TEXT_MAX:
        errors.append(FieldError("measure", TEXT_TOO_LONG(max=TEXT_MAX)))
    _check_day(errors, "taken_on", on, handling, today)
    if next_check is not None and next_check <= on:
        errors.append(FieldError("next_check", CHECK_NOT_AFTER(date=on.isoformat())))
    if errors:
        raise ValidationFailed(errors)
    return replace(handling, measures=(*handling.measures, Measure(on, by, words, next_check)))


def close(handling: Handling[S], by: S, on: dt.date, result: str, today: dt.date) -> Handling[S]:
    """The record closed with its result; refused without one."""
    if not handling.open:
        assert handling.closed_on is not None
        raise ValidationFailed(
            [FieldError("closed_on", ALREADY_CLOSED(date=handling.closed_on.isoformat()))]
        )
    errors: list[FieldError] = []
    words = " ".join(result.split())
    if not words:
        errors.append(FieldError("result", RESULT_REQUIRED))
    elif len(words) > TEXT_MAX:
        errors.append(FieldError("result", TEXT_TOO_LONG(max=TEXT_MAX)))
    _check_day(errors, "closed_on", on, handling, today)
    last = handling.measures[-1].taken_on if handling.measures else None
    if last is not None and handling.opened_on <= on < last:
        errors.append(FieldError("closed_on", BEFORE_LAST_MEASURE(date=last.isoformat())))
    if errors:
        raise ValidationFailed(errors)
    return replace(handling, closed_on=on, closed_by=by, result=words)


def _check_day(
    errors: list[FieldError], field: str, day: dt.date, handling: Handling[S], today: dt.date
) -> None:
    if day < handling.opened_on:
        errors.append(FieldError(field, BEFORE_OPENED(date=handling.opened_on.isoformat())))
    elif day > today:
        errors.append(FieldError(field, IN_FUTURE(date=day.isoformat(), today=today.isoformat())))
