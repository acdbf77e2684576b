"""Customer care (客户关怀): greetings on birthdays and festivals, gifts, help in hardship.

Birthdays are kept as the customer keeps them: in the Gregorian calendar, or in the lunar
calendar (农历生日) when their file says so.  What happens in years where the date is missing:

* a Gregorian birthday on 29 February is observed on 28 February in common years;
* a lunar birthday on the 30th of a month is observed on the 29th in years where that month
  has only 29 days (the month's last day, as families do);
* a birthday in a leap month (闰月) is observed in that leap month in the years that have it,
  and otherwise in the ordinary month of the same number — most years have no such leap month,
  and the ordinary month is how such birthdays are kept.

The major festivals are computed from the lunar calendar, never typed in.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass

from agricrm.domain import lunar
from agricrm.domain.errors import FieldError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP

NOTES_MAX = 500


class CareKind(LabeledEnum):
    CALL = "call", QT_TRANSLATE_NOOP("CareKind", "Phone call")
    SMS = "sms", QT_TRANSLATE_NOOP("CareKind", "Text message")
    GIFT = "gift", QT_TRANSLATE_NOOP("CareKind", "Gift")
    VISIT = "visit", QT_TRANSLATE_NOOP("CareKind", "Visit")
    OTHER = "other", QT_TRANSLATE_NOOP("CareKind", "Other")


class CareOccasion(LabeledEnum):
    BIRTHDAY = "birthday", QT_TRANSLATE_NOOP("CareOccasion", "Birthday")
    LUNAR_BIRTHDAY = "lunar_birthday", QT_TRANSLATE_NOOP("CareOccasion", "Lunar birthday")
    FESTIVAL = "festival", QT_TRANSLATE_NOOP("CareOccasion", "Festival")
    HARDSHIP = "hardship", QT_TRANSLATE_NOOP("CareOccasion", "Help in hardship")
    OTHER = "other", QT_TRANSLATE_NOOP("CareOccasion", "Other")


class Festival(LabeledEnum):
    SPRING_FESTIVAL = "spring_festival", QT_TRANSLATE_NOOP("Festival", "Spring Festival")
    LANTERN = "lantern", QT_TRANSLATE_NOOP("Festival", "Lantern Festival")
    DRAGON_BOAT = "dragon_boat", QT_TRANSLATE_NOOP("Festival", "Dragon Boat Festival")
    QIXI = "qixi", QT_TRANSLATE_NOOP("Festival", "Qixi Festival")
    MID_AUTUMN = "mid_autumn", QT_TRANSLATE_NOOP("Festival", "Mid-Autumn Festival")
    DOUBLE_NINTH = "double_ninth", QT_TRANSLATE_NOOP("Festival", "Double Ninth Festival")
    LABA = "laba", QT_TRANSLATE_NOOP("Festival", "Laba Festival")
    NEW_YEARS_EVE = "new_years_eve", QT_TRANSLATE_NOOP("Festival", "Lunar New Year's Eve")


# (lunar month, day); New Year's Eve is the last day of the twelfth month, 29th or 30th.
FESTIVAL_DAYS: dict[Festival, tuple[int, int]] = {
    Festival.SPRING_FESTIVAL: (1, 1),
    Festival.LANTERN: (1, 15),
    Festival.DRAGON_BOAT: (5, 5),
    Festival.QIXI: (7, 7),
    Festival.MID_AUTUMN: (8, 15),
    Festival.DOUBLE_NINTH: (9, 9),
    Festival.LABA: (12, 8),
}
DEFAULT_FESTIVALS = (
    Festival.SPRING_FESTIVAL,
    Festival.LANTERN,
    Festival.DRAGON_BOAT,
    Festival.MID_AUTUMN,
    Festival.DOUBLE_NINTH,
)

REQUIRED = QT_TRANSLATE_NOOP("CareRules", "This field is required.")
IN_FUTURE = QT_TRANSLATE_NOOP("CareRules", "A care event cannot be recorded in the future.")
NOTES_TOO_LONG = QT_TRANSLATE_NOOP("CareRules", "At most {max} characters.")
FESTIVAL_ONLY_FOR_FESTIVALS = QT_TRANSLATE_NOOP(
    "CareRules", "Choose a festival only for a festival greeting."
)


# ---------------------------------------------------------------------------- birthdays


@dataclass(frozen=True)
class BirthdayKey:
    """How a customer's birthday recurs: Gregorian or lunar month and day (and leap flag).

    Stored as a short code (``G0229``, ``L0815``, ``R0430`` for a leap-month birthday) so the
    Today view finds the birthdays of the coming days with one indexed lookup.
    """

    lunar: bool
    month: int
    day: int
    leap: bool = False

    @property
    def code(self) -> str:
        prefix = "R" if self.leap else ("L" if self.lunar else "G")
        return f"{prefix}{self.month:02d}{self.day:02d}"

    @classmethod
    def parse(cls, code: str) -> BirthdayKey:
        prefix, month, day = code[0], int(code[1:3]), int(code[3:5])
        return cls(prefix != "G", month, day, prefix == "R")


def birthday_key(birth_date: dt.date, keeps_lunar: bool) -> BirthdayKey:
    if not keeps_lunar:
        return BirthdayKey(False, birth_date.month, birth_date.day)
    born = lunar.to_lunar(birth_date)
    return BirthdayKey(True, born.month, born.day, born.leap)


def observed_gregorian(key: BirthdayKey, year: int) -> dt.date:
    day = key.day
    if (key.month, key.day) == (2, 29) and not calendar.isleap(year):
        day = 28
    return dt.date(year, key.month, day)


def observed_lunar(key: BirthdayKey, lunar_year: int) -> dt.date:
    """The Gregorian date on which a lunar birthday is kept in lunar year `lunar_year`."""
    month = lunar.month_of(lunar_year, key.month, key.leap) if key.leap else None
    if month is None:
        month = lunar.month_of(lunar_year, key.month, False)
    assert month is not None
    return month.first_day + dt.timedelta(days=min(key.day, month.days) - 1)


def birthday_codes_between(start: dt.date, end: dt.date) -> dict[str, dt.date]:
    """Every birthday code observed on a day from `start` to `end` (inclusive), with that day.

    Built from the days of the window rather than from the customers, so the database is
    asked for a fixed set of codes: a few dozen, whatever the size of the branch.
    """
    codes: dict[str, dt.date] = {}
    day = start
    while day <= end:
        codes[BirthdayKey(False, day.month, day.day).code] = day
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            codes[BirthdayKey(False, 2, 29).code] = day
        here = lunar.to_lunar(day)
        month = lunar.month_of(here.year, here.month, here.leap)
        assert month is not None
        days = [here.day]
        if here.day == month.days == 29:
            days.append(30)  # the 30th is kept on the 29th in a short month
        if here.leap:
            keys = [BirthdayKey(True, here.month, d, True) for d in days]
        else:
            keys = [BirthdayKey(True, here.month, d) for d in days]
            if lunar.leap_month(here.year) != here.month:
                keys += [BirthdayKey(True, here.month, d, True) for d in days]
        for key in keys:
            codes[key.code] = day
        day += dt.timedelta(days=1)
    return codes


def age_on(birth_date: dt.date, day: dt.date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


# ---------------------------------------------------------------------------- festivals


@dataclass(frozen=True)
class FestivalDay:
    festival: Festival
    date: dt.date


def festival_on(day: dt.date) -> Festival | None:
    here = lunar.to_lunar(day)
    if here.leap:
        return None  # a leap month repeats no festival
    for festival, month_day in FESTIVAL_DAYS.items():
        if (here.month, here.day) == month_day:
            return festival
    if here.month == 12 and lunar.to_lunar(day + dt.timedelta(days=1)).month == 1:
        return Festival.NEW_YEARS_EVE
    return None


def festivals_between(
    start: dt.date, end: dt.date, wanted: tuple[Festival, ...] = tuple(Festival)
) -> list[FestivalDay]:
    found = []
    day = start
    while day <= end:
        festival = festival_on(day)
        if festival is not None and festival in wanted:
            found.append(FestivalDay(festival, day))
        day += dt.timedelta(days=1)
    return found


# ---------------------------------------------------------------------------- care events


@dataclass
class CareInput:
    customer_id: int | None = None
    kind: CareKind = CareKind.CALL
    occasion: CareOccasion = CareOccasion.BIRTHDAY
    festival: Festival | None = None
    occasion_date: dt.date | None = None
    at: dt.datetime | None = None  # aware; None means now
    notes: str = ""


def check_care(data: CareInput, now: dt.datetime) -> tuple[CareInput, list[FieldError]]:
    """`now` is aware; a greeting logged a few minutes ahead of the clock is tolerated."""
    errors: list[FieldError] = []
    if data.customer_id is None:
        errors.append(FieldError("customer_id", REQUIRED))
    if data.occasion is CareOccasion.FESTIVAL and data.festival is None:
        errors.append(FieldError("festival", REQUIRED))
    if data.occasion is not CareOccasion.FESTIVAL and data.festival is not None:
        errors.append(FieldError("festival", FESTIVAL_ONLY_FOR_FESTIVALS))
    at = data.at or now
    if at > now + dt.timedelta(minutes=5):
        errors.append(FieldError("at", IN_FUTURE))
    notes = data.notes.strip()
    if len(notes) > NOTES_MAX:
        errors.append(FieldError("notes", NOTES_TOO_LONG(max=NOTES_MAX)))
    return dataclasses.replace(data, at=at, notes=notes), errors
