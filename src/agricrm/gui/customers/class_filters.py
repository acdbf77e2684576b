"""The customer list's class filters: one drop-down per dimension (生产规模：全部, 客户分层 …).

Kept apart from the list page so the page stays about searching and showing; the page asks
for the chosen classes (`chosen`) and sets them when a segment or a cell of the segments
screen opens the list (`set_chosen`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from agricrm.domain.classification.facts import CLASSES_OF, Dimension
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg


class ClassFilters(QObject):
    """A combo box per dimension: "all" first (data None), then each class (data its code)."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.combos: dict[Dimension, QComboBox] = {}
        for dimension in Dimension:
            combo = QComboBox(parent)
            combo.setObjectName(f"{dimension.value}ClassFilter")
            label = enum_label(dimension)
            combo.addItem(arg(self.tr("%1: all"), label), None)
            for member in CLASSES_OF[dimension]:  # "信用状况：良好", never a bare "良好"
                combo.addItem(arg(self.tr("%1: %2"), label, enum_label(member)), member.value)
            combo.setToolTip(arg(self.tr("Only the customers of one class of %1"), label))
            combo.currentIndexChanged.connect(self.changed)
            self.combos[dimension] = combo

    def widgets(self) -> list[QComboBox]:
        return list(self.combos.values())

    def chosen(self) -> tuple[tuple[Dimension, str], ...]:
        """The chosen classes in the order of `Dimension`, as `CustomerQuery.classes` keeps them."""
        return tuple(
            (dimension, combo.currentData())
            for dimension, combo in self.combos.items()
            if combo.currentData() is not None
        )

    def set_chosen(self, classes: Sequence[tuple[Dimension, str]]) -> None:
        """Show `classes` (every other dimension on "all") without announcing each change.  A
        code this release does not know is added to its box, so the filter shown is the
        filter applied."""
        wanted = dict(classes)
        for dimension, combo in self.combos.items():
            code = wanted.get(dimension)
            combo.blockSignals(True)
            index = combo.findData(code)
            if index < 0:
                combo.addItem(code or "", code)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def clear(self) -> None:
        self.set_chosen(())
