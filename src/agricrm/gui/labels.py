"""Enumerations in widgets: translated labels shown, stable codes kept as item data."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.gui.qt_text import qt_tr


def enum_label(member: LabeledEnum | None) -> str:
    return "" if member is None else qt_tr(member.label)


def fill_enum_combo(
    combo: QComboBox, members: Iterable[LabeledEnum], empty_text: str | None = None
) -> None:
    """Items for each member (data = the member); `empty_text` first, with data None."""
    combo.clear()
    if empty_text is not None:
        combo.addItem(empty_text, None)
    for member in members:
        combo.addItem(enum_label(member), member)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def person_name(name: str) -> str:
    """A user's name as shown: the built-in administrator, whose name the database keeps in
    the source language, in the interface's ("Administrator" → 管理员)."""
    from agricrm.services.users import LOCAL_ADMIN_NAME

    return qt_tr(LOCAL_ADMIN_NAME) if name == LOCAL_ADMIN_NAME.source else name
