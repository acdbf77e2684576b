"""Numbers as people type them (full-width digits, thousands separators, ￥, 元, 亩 and 万) and
amounts as AgriCRM writes them, the same on screen and on paper."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from agricrm.i18n import QT_TRANSLATE_NOOP, Text

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Numbers", "Enter a number, e.g. 12.5.")


class InvalidNumber(ValueError):
    def __init__(self, message: Text) -> None:
        super().__init__(message.source)
        self.message = message


TEN_THOUSAND = Decimal(10000)


def parse_decimal(text: str) -> Decimal | None:
    """None for an empty field; raises `InvalidNumber` for anything but a finite number.

    Read as people write amounts and areas in registers and forms: full-width digits, a ￥ in
    front, 元 or 亩 behind, and 万 for ten thousand (2.5万元 is 25,000)."""
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "")
    cleaned = cleaned.removeprefix("¥").removesuffix("元").removesuffix("亩")
    if not cleaned:
        return None
    scale = Decimal(1)
    if cleaned.endswith("万"):
        cleaned, scale = cleaned[:-1], TEN_THOUSAND
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidNumber(NOT_A_NUMBER) from None
    if not value.is_finite():
        raise InvalidNumber(NOT_A_NUMBER)
    return value * scale if scale != 1 else value


def format_amount(value: Decimal | int | None, empty: str = "") -> str:
    """An amount of money as every screen and report writes it: 265,620.00 — thousands
    separated, two places, no unit (the column or label says 元).  `empty` for None.

    One function, because 229000.00 in the form and 265,620.00 in the list made the same
    kind of number look like two.  `parse_decimal` reads this spelling back."""
    if value is None:
        return empty
    return f"{Decimal(value):,.2f}"


def format_area(value: Decimal | None, empty: str = "") -> str:
    """Land in mu as the lists and the summary write it: 1,046.2 (one place)."""
    return empty if value is None else f"{Decimal(value):,.1f}"
