"""Mainland phone numbers: mobiles (11 digits starting 13–19, the carriers' current number
ranges) and landlines (an area code 0xx or 0xxx, then 7 or 8 digits: 0531-88776655)."""

from __future__ import annotations

import re
import unicodedata

from agricrm.i18n import QT_TRANSLATE_NOOP

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_SEPARATORS = re.compile(r"[\s\-]")

INVALID_MOBILE = QT_TRANSLATE_NOOP(
    "Phone", "A mobile number has 11 digits and starts with 13 to 19."
)


def normalize(raw: str) -> str:
    """Fold full-width digits (a Chinese input method types them) to plain ones, drop the
    spaces and dashes people type (138 0013 8000), and a +86 prefix."""
    number = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))
    if number.startswith("+86"):
        number = number[3:]
    return number


def is_valid_mobile(number: str) -> bool:
    return bool(_MOBILE.match(number))


_LANDLINE = re.compile(r"^(0(?:1\d|2\d|[3-9]\d{2}))(\d{7,8})$")
INVALID_LANDLINE = QT_TRANSLATE_NOOP(
    "Phone",
    "A landline is its area code and number, such as 0531-88776655 (010 and 02x areas: three "
    "digits, the others four).",
)


def normalize_landline(raw: str) -> str | None:
    """A landline as typed (0531 88776655, ０５３１－８８７７６６５５, (0531)88776655, +86 531
    88776655) written as 0531-88776655; None when it is not one."""
    text = unicodedata.normalize("NFKC", raw).strip()
    digits = re.sub(r"[\s\-()（）]", "", text)
    if digits.startswith("+86"):
        digits = "0" + digits[3:].lstrip("0")
    found = _LANDLINE.match(digits)
    return f"{found.group(1)}-{found.group(2)}" if found else None
