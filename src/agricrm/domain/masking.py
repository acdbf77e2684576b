"""Masking (脱敏) of personal numbers wherever they leave the screen: printouts and exports.

The glossary's forms: an 18-character ID number keeps its region code and last four
characters (``110105********1234``), a mobile number its network prefix and last four
(``138****5678``).  Anything else keeps at most its last four characters, so a malformed value
can never print in full.
"""

from __future__ import annotations

MASK = "*"


def mask_id_number(value: str | None) -> str:
    number = (value or "").strip()
    if not number:
        return ""
    if len(number) == 18:
        return number[:6] + MASK * 8 + number[-4:]
    if len(number) == 15:  # first-generation cards: region code, six-digit birth date, three
        return number[:6] + MASK * 6 + number[-3:]
    return _keep_tail(number)


def mask_phone(value: str | None) -> str:
    number = (value or "").strip()
    if not number:
        return ""
    digits = number.replace(" ", "").replace("-", "")
    if len(digits) == 11 and digits.isdigit() and digits.startswith("1"):
        return digits[:3] + MASK * 4 + digits[-4:]
    return _keep_tail(digits)


def _keep_tail(value: str) -> str:
    keep = min(4, len(value) // 2)
    return MASK * (len(value) - keep) + value[len(value) - keep :]
