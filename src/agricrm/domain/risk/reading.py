"""The walk shared by the risk and the evaluation rules documents: sections, numbers, whole
numbers, weights and codes, each problem a `FieldError` named by its path.

One walk collects every problem at once (the rules screen marks every entry, a sync import names
them all) and builds the typed parts where an entry is valid; nothing is guessed or replaced by a
default.  A part with a problem is None, and whatever depends on it is not built.  Subclasses add
the sections of their document; the messages are shared, so both documents say the same thing
the same way."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

from agricrm.domain.errors import FieldError
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

MISSING = QT_TRANSLATE_NOOP("RulesDocument", "This entry is missing.")
NOT_A_SECTION = QT_TRANSLATE_NOOP("RulesDocument", "Expected a group of entries here.")
NOT_A_LIST = QT_TRANSLATE_NOOP("RulesDocument", "Expected a list here.")
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("RulesDocument", 'Unknown entry "{key}".')
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "RulesDocument", 'Enter a number here ("{value}" is not a number).'
)
NOT_WHOLE = QT_TRANSLATE_NOOP("RulesDocument", "Enter a whole number.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("RulesDocument", "Enter a number from {low} to {high}.")
WEIGHT_NEGATIVE = QT_TRANSLATE_NOOP("RulesDocument", "A weight cannot be below zero.")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("RulesDocument", 'Unknown code "{code}".')
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "RulesDocument",
    "These rules were written by a newer AgriCRM (schema {schema}); update AgriCRM to use them.",
)
UNKNOWN_SCHEMA = QT_TRANSLATE_NOOP("RulesDocument", "Unknown rules schema {schema}.")

WEIGHT_MAX = 100
VERSION_MAX = 1_000_000
ABSENT = object()
"""An entry the document does not have (distinct from null)."""


class DocumentReader:
    """The shared walk; `weights` collects every weight read, for "all zero"."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []
        self.weights: list[int] = []

    def fail(self, path: str, message: Text | Message) -> None:
        self.errors.append(FieldError(path, message))

    def section(self, value: Any, path: str, keys: Sequence[str]) -> Mapping[str, Any] | None:
        if value is ABSENT:
            return None
        if not isinstance(value, Mapping):
            self.fail(path, NOT_A_SECTION)
            return None
        for key in value:
            if key not in keys:
                self.fail(join(path, str(key)), UNKNOWN_ENTRY(key=key))
        for key in keys:
            if key not in value:
                self.fail(join(path, key), MISSING)
        return value

    def schema_known(self, doc: Mapping[str, Any], schema_now: int) -> bool:
        """Whether this release reads the document's schema (a newer one is named as such, and
        nothing else of the document is read)."""
        schema = doc.get("schema", ABSENT)
        if schema is ABSENT:
            return True  # named missing by `section`
        if isinstance(schema, int) and not isinstance(schema, bool) and schema > schema_now:
            self.fail("schema", NEWER_SCHEMA(schema=schema))
            return False
        if schema != schema_now or isinstance(schema, bool):
            self.fail("schema", UNKNOWN_SCHEMA(schema=schema))
            return False
        return True

    def version(self, doc: Mapping[str, Any]) -> int | None:
        return self.whole(doc.get("version", ABSENT), "version", Decimal(1), Decimal(VERSION_MAX))

    def number(self, value: Any, path: str, low: Decimal, high: Decimal) -> Decimal | None:
        if value is ABSENT:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            self.fail(path, NOT_A_NUMBER(value=value))
            return None
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            self.fail(path, NOT_A_NUMBER(value=value))
            return None
        if number < low or number > high:
            self.fail(path, OUT_OF_RANGE(low=show(low), high=show(high)))
            return None
        return number

    def whole(self, value: Any, path: str, low: Decimal, high: Decimal) -> int | None:
        number = self.number(value, path, low, high)
        if number is None:
            return None
        if number != number.to_integral_value():
            self.fail(path, NOT_WHOLE)
            return None
        return int(number)

    def weight(self, value: Any, path: str) -> int | None:
        """A weight, whole, 0–100; below zero is named as such."""
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool) and value < 0:
            self.fail(path, WEIGHT_NEGATIVE)
            return None
        weight = self.whole(value, path, Decimal(0), Decimal(WEIGHT_MAX))
        if weight is not None:
            self.weights.append(weight)
        return weight

    def code(self, value: Any, path: str, allowed: Collection[str]) -> str | None:
        if value is ABSENT:
            return None
        if not isinstance(value, str) or value not in allowed:
            self.fail(path, UNKNOWN_CODE(code=value))
            return None
        return value


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def show(value: Decimal) -> str:
    """A bound as people write it: 100, 0.5 (never 1E+2)."""
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
