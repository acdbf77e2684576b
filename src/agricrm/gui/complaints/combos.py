"""Reading enumeration members back from combo boxes.

Qt keeps a ``StrEnum`` item's data as a plain string; this turns it back into the member, so
the services receive the typed values their dataclasses declare.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=StrEnum)


def enum_data(combo: QComboBox, enum_type: type[E]) -> E | None:
    value = combo.currentData()
    if value is None:
        return None
    try:
        return enum_type(value)
    except ValueError:
        return None
