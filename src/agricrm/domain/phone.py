"""Mainland mobile numbers: 11 digits starting 13–19 (the carriers' current number ranges)."""

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
