"""The 18-character resident ID number (居民身份证号码).

Check digit and birth-date extraction come from python-stdnum (`stdnum.cn.ric`).  Its
`validate`/`is_valid` also look the region code up in a table of current codes; a code that was
retired or renamed since the card was issued is still a valid card, and python-stdnum 2.2 even
raises KeyError on some of them, so the region is deliberately not checked here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from stdnum.cn import ric
from stdnum.exceptions import ValidationError as StdnumValidationError

from agricrm.domain.enums import Gender
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

_SHAPE = re.compile(r"^\d{17}[\dX]$")

WRONG_LENGTH = QT_TRANSLATE_NOOP(
    "IdNumber", "An ID number has 18 characters; this one has {length}."
)
WRONG_CHARACTERS = QT_TRANSLATE_NOOP(
    "IdNumber", "An ID number is 17 digits followed by a digit or X."
)
BAD_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "IdNumber", "The birth date in this ID number ({digits}) is not a real date."
)
FUTURE_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "IdNumber", "The birth date in this ID number ({date}) is in the future."
)
BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "IdNumber", "The last character should be {expected}; the number was probably mistyped."
)


@dataclass(frozen=True)
class IdNumberFacts:
    number: str
    birth_date: dt.date
    gender: Gender
    region_code: str


class InvalidIdNumber(ValueError):
    def __init__(self, message: Text | Message) -> None:
        super().__init__(str(message))
        self.message = message


def normalize(raw: str) -> str:
    """Fold full-width digits and letters (a Chinese input method types them) to plain ones,
    strip spaces and fold the check character to upper case, as clerks type it both ways: one
    person, one ID number, however it was typed."""
    return ric.compact(unicodedata.normalize("NFKC", raw).replace(" ", ""))


def parse(raw: str, today: dt.date | None = None) -> IdNumberFacts:
    """Validate an ID number and return what it tells; raises `InvalidIdNumber`."""
    number = normalize(raw)
    if len(number) != 18:
        raise InvalidIdNumber(WRONG_LENGTH(length=len(number)))
    if not _SHAPE.match(number):
        raise InvalidIdNumber(WRONG_CHARACTERS)
    try:
        birth_date = ric.get_birth_date(number)
    except StdnumValidationError:
        raise InvalidIdNumber(BAD_BIRTH_DATE(digits=number[6:14])) from None
    if birth_date.year < 1900:
        raise InvalidIdNumber(BAD_BIRTH_DATE(digits=number[6:14]))
    if birth_date > (today or dt.date.today()):
        raise InvalidIdNumber(FUTURE_BIRTH_DATE(date=birth_date.isoformat()))
    expected = ric.calc_check_digit(number)
    if number[-1] != expected:
        raise InvalidIdNumber(BAD_CHECK_DIGIT(expected=expected))
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return IdNumberFacts(number, birth_date, gender, number[:6])


def with_check_digit(first17: str) -> str:
    """Complete 17 digits into a valid number (demo data and tests build numbers this way)."""
    return first17 + ric.calc_check_digit(first17 + "0")
