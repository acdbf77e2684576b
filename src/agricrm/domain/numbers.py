"""Numbers as people type them: full-width digits, thousands separators, a 元 or 亩 unit."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from agricrm.i18n import QT_TRANSLATE_NOOP, Text

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Numbers", "Enter a number, e.g. 12.5.")


class InvalidNumber(ValueError):
    def __init__(self, message: Text) -> None:
        super().__init__(message.source)
        self.message = message


def parse_decimal(text: str) -> Decimal | None:
    """None for an empty field; raises `InvalidNumber` for anything but a finite number."""
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "")
    cleaned = cleaned.removesuffix("元").removesuffix("亩")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidNumber(NOT_A_NUMBER) from None
    if not value.is_finite():
        raise InvalidNumber(NOT_A_NUMBER)
    return value
