"""An editable table of sub-records (production items, loans) inside a form.

Cells keep what the user typed; numbers and required fields are checked by the services when
the whole form is saved, and their messages come back here as highlighted cells.  A date cell
holds a date, or the text typed when it is not one (`date_field.cell_date` turns that into a
message when the form is saved): a typed date is never replaced by another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.numbers import format_amount
from agricrm.gui import style
from agricrm.gui.labels import enum_label
from agricrm.gui.widgets.date_field import DateField

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor(style.ERROR_TINT)


@dataclass(frozen=True)
class CellSpec:
    field: str
    header: Callable[[], str]
    kind: str = "text"  # text | decimal | amount (money) | date | enum
    enum: type[LabeledEnum] | None = None
    width: int = 100


def _display(spec: CellSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.kind == "enum":
        return enum_label(value)
    if spec.kind == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if spec.kind == "amount" and isinstance(value, Decimal):
        return format_amount(value)
    if spec.kind == "decimal" and isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


class RowTableModel(QAbstractTableModel):
    def __init__(self, specs: Sequence[CellSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        self._rows: list[dict[str, Any]] = []
        self._errors: dict[tuple[int, str], str] = {}

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self._errors.clear()
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def add_row(self, defaults: dict[str, Any]) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(dict(defaults))
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self._errors = {
                (r - (r > position), f): t for (r, f), t in self._errors.items() if r != position
            }
            self.endRemoveRows()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.specs) - 1)
            )

    def column_of(self, field: str) -> int:
        return next(i for i, spec in enumerate(self.specs) if spec.field == field)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.specs[section].header()
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        spec = self.specs[index.column()]
        value = self._rows[index.row()].get(spec.field)
        error = self._errors.get((index.row(), spec.field))
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(spec, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in ("decimal", "amount"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        spec = self.specs[index.column()]
        self._rows[index.row()][spec.field] = value
        self._errors.pop((index.row(), spec.field), None)
        self.dataChanged.emit(index, index)
        return True


class RowDelegate(QStyledItemDelegate):
    """Editors by kind: a combo box for enumerations, a calendar for dates, text otherwise."""

    def __init__(self, specs: Sequence[CellSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._specs = tuple(specs)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spec = self._specs[index.column()]
        if spec.kind == "enum" and spec.enum is not None:
            combo = QComboBox(parent)
            for member in spec.enum:
                combo.addItem(enum_label(member), member)
            return combo
        if spec.kind == "date":
            return DateField(parent)
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, DateField):
            editor.setText(value.isoformat() if isinstance(value, dt.date) else str(value or ""))
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            spec = self._specs[index.column()]
            editor.setText(_display(spec, value))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateField):
            typed = editor.text().strip()
            model.setData(index, typed if editor.problem() is not None else editor.date())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
