"""Enumerations whose stored value is a stable code and whose label is translatable text."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from agricrm.i18n import Text


class LabeledEnum(StrEnum):
    """``MEMBER = "code", QT_TRANSLATE_NOOP(context, "English label")``.

    The code is what the database, workbooks and sync packages hold; the label is only shown.
    """

    label: Text

    def __new__(cls, code: str, label: Text) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def parse(cls, value: str) -> Self | None:
        """The member for a code or for an exact English label, or None."""
        for member in cls:
            if value in (member.value, member.label.source):
                return member
        return None
