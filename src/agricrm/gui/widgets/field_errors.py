"""Validation messages shown right under the field they are about."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _form_layout_of(widget: QWidget) -> QFormLayout | None:
    """The QFormLayout holding `widget`, searched through its parent's nested layouts."""
    parent = widget.parentWidget()
    pending = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while pending:
        layout = pending.pop()
        if isinstance(layout, QFormLayout) and layout.getWidgetPosition(widget)[0] >= 0:
            return layout
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                pending.append(child)
    return None


class FieldErrors:
    """One hidden error label inserted beneath each field of a QFormLayout."""

    def __init__(self, fields: Mapping[str, QWidget]) -> None:
        self._widgets = dict(fields)
        self._labels: dict[str, QLabel] = {}
        self._layouts: dict[str, QFormLayout | None] = {}
        for name, widget in self._widgets.items():
            layout = _form_layout_of(widget)
            label = error_label(widget.parentWidget())
            if layout is not None:
                row, _role = layout.getWidgetPosition(widget)
                layout.insertRow(row + 1, "", label)
                layout.setRowVisible(row + 1, False)
            self._labels[name] = label
            self._layouts[name] = layout

    def clear(self) -> None:
        for name in self._labels:
            self.set(name, None)

    def set(self, name: str, text: str | None) -> None:
        label = self._labels[name]
        label.setText(text or "")
        layout = self._layouts[name]
        if layout is not None:
            row, _role = layout.getWidgetPosition(label)
            if row >= 0:
                layout.setRowVisible(row, bool(text))
        else:
            label.setVisible(bool(text))

    def label(self, name: str) -> QLabel:
        return self._labels[name]

    def widget(self, name: str) -> QWidget | None:
        return self._widgets.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._labels


def reveal(widget: QWidget) -> None:
    """Switch every enclosing tab to the one holding `widget`, then focus it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        stack_owner = parent.parentWidget() if parent is not None else None
        if isinstance(stack_owner, QTabWidget):
            index = stack_owner.indexOf(child)
            if index >= 0:
                stack_owner.setCurrentIndex(index)
        child = parent
    widget.setFocus()
