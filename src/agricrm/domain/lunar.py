"""The Chinese lunar calendar, for lunar birthdays (农历生日) and the traditional festivals.

Built on lunar-python (MIT), imported only when a lunar date is first needed.  That library
computes a whole almanac for every date it converts (~6 ms each), so only its month table is
used: each lunar year's months (number, leap flag, first day, length) are read once and
cached, and conversions are then a bisection (microseconds).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from functools import cache

FIRST_YEAR = 1900
LAST_YEAR = 2099


@dataclass(frozen=True)
class LunarMonth:
    year: int
    month: int  # 1..12
    leap: bool
    first_day: dt.date
    days: int  # 29 or 30

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=self.days - 1)


@dataclass(frozen=True, order=True)
class LunarDay:
    year: int
    month: int
    day: int
    leap: bool = False


@cache
def months_of_year(year: int) -> tuple[LunarMonth, ...]:
    """The months of lunar year `year` in order, leap month included."""
    from lunar_python import LunarYear, Solar

    result = []
    for month in LunarYear.fromYear(year).getMonthsInYear():
        solar = Solar.fromJulianDay(month.getFirstJulianDay())
        number = month.getMonth()
        result.append(
            LunarMonth(
                year=year,
                month=abs(number),
                leap=number < 0,
                first_day=dt.date(solar.getYear(), solar.getMonth(), solar.getDay()),
                days=month.getDayCount(),
            )
        )
    return tuple(result)


def leap_month(year: int) -> int | None:
    """The number of the month repeated as a leap month in lunar year `year`, if any."""
    return next((m.month for m in months_of_year(year) if m.leap), None)


def month_of(year: int, month: int, leap: bool = False) -> LunarMonth | None:
    return next((m for m in months_of_year(year) if m.month == month and m.leap == leap), None)


def to_lunar(day: dt.date) -> LunarDay:
    """The lunar date of a Gregorian date (the lunar year starts at the Spring Festival)."""
    year = day.year
    if day < months_of_year(year)[0].first_day:
        year -= 1
    months = months_of_year(year)
    starts = [m.first_day for m in months]
    month = months[bisect.bisect_right(starts, day) - 1]
    return LunarDay(year, month.month, (day - month.first_day).days + 1, month.leap)


def to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The Gregorian date of an exact lunar date; ValueError when it does not exist."""
    found = month_of(year, month, leap)
    if found is None or not 1 <= day <= found.days:
        raise ValueError(f"no lunar date {year}-{'leap ' if leap else ''}{month}-{day}")
    return found.first_day + dt.timedelta(days=day - 1)
