"""Reporting periods: a month (2026-07), a quarter (2026-Q3) or a year (2026)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from agricrm.domain.errors import AgriCrmError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP, Message

EMPTY_PERIOD = QT_TRANSLATE_NOOP(
    "Period", "Give a period: a month (2026-07), a quarter (2026-Q3) or a year (2026)."
)
BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Period",
    "{value} is not a period; use a month (2026-07), a quarter (2026-Q3) or a year (2026).",
)
FUTURE_PERIOD = QT_TRANSLATE_NOOP(
    "Period", "The period {period} has not begun yet (today is {today})."
)
MONTH_LABEL = QT_TRANSLATE_NOOP("Period", "{year}-{month:02d}")
QUARTER_LABEL = QT_TRANSLATE_NOOP("Period", "Q{quarter} {year}")
YEAR_LABEL = QT_TRANSLATE_NOOP("Period", "Year {year}")

_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{1,2})|[Qq](?P<quarter>[1-4])))?$")
FIRST_YEAR = 1949
LAST_YEAR = 2200


class PeriodKind(LabeledEnum):
    MONTH = "month", QT_TRANSLATE_NOOP("PeriodKind", "Month")
    QUARTER = "quarter", QT_TRANSLATE_NOOP("PeriodKind", "Quarter")
    YEAR = "year", QT_TRANSLATE_NOOP("PeriodKind", "Year")


class InvalidPeriod(AgriCrmError):
    pass


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    year: int
    number: int = 1  # the month (1–12) or quarter (1–4); 1 for a year

    @property
    def first_day(self) -> dt.date:
        if self.kind is PeriodKind.MONTH:
            return dt.date(self.year, self.number, 1)
        if self.kind is PeriodKind.QUARTER:
            return dt.date(self.year, 3 * self.number - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        if self.kind is PeriodKind.MONTH:
            last_month = self.number
        elif self.kind is PeriodKind.QUARTER:
            last_month = 3 * self.number
        else:
            last_month = 12
        following = dt.date(self.year + last_month // 12, last_month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def code(self) -> str:
        """The form the command line takes: 2026-07, 2026-Q3, 2026."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.number}"
        return str(self.year)

    def label(self) -> Message:
        if self.kind is PeriodKind.MONTH:
            return MONTH_LABEL(year=self.year, month=self.number)
        if self.kind is PeriodKind.QUARTER:
            return QUARTER_LABEL(year=self.year, quarter=self.number)
        return YEAR_LABEL(year=self.year)

    def check_started(self, today: dt.date) -> None:
        """A period that has not begun has nothing to report; raises `InvalidPeriod`."""
        if self.first_day > today:
            raise InvalidPeriod(FUTURE_PERIOD(period=self.code, today=today.isoformat()))


def parse_period(raw: str) -> Period:
    """``2026-07``, ``2026-Q3`` (or ``2026-q3``) or ``2026``; raises `InvalidPeriod`."""
    value = raw.strip()
    if not value:
        raise InvalidPeriod(EMPTY_PERIOD)
    match = _PATTERN.match(value)
    if match is None:
        raise InvalidPeriod(BAD_PERIOD(value=value))
    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidPeriod(BAD_PERIOD(value=value))
    if match["month"] is not None:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise InvalidPeriod(BAD_PERIOD(value=value))
        return Period(PeriodKind.MONTH, year, month)
    if match["quarter"] is not None:
        return Period(PeriodKind.QUARTER, year, int(match["quarter"]))
    return Period(PeriodKind.YEAR, year)
