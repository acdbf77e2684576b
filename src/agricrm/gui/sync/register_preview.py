"""The import wizard's preview table: one line per row of the register, with its outcome
(new, updated and by which rule, unchanged, to be decided, problem), its problems and its
notes (cells read otherwise than typed, which refuse nothing)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from agricrm.exchange.registers.mapping import Proposal
from agricrm.gui import style
from agricrm.gui.qt_text import qt_tr
from agricrm.services.register_import import RowOutcome

Index = QModelIndex | QPersistentModelIndex


def row_names(proposal: Proposal) -> dict[int, str]:
    """Each row's name as typed in the column mapped to the name, to tell rows apart (a
    customer's on the main sheet, a member's on the members sheet)."""
    at = next((c.column.index for c in proposal.choices if c.target == "name"), None)
    if at is None:
        return {}
    return {
        number: "" if at >= len(cells) or cells[at] is None else str(cells[at])
        for number, cells in proposal.register.rows
    }


class OutcomeModel(QAbstractTableModel):
    """The preview's rows: formatted only when the view draws them, so a register of 50,000
    rows costs one small record per row, not 200,000 table items."""

    def __init__(
        self,
        parent: QObject,
        outcomes: list[RowOutcome],
        names: dict[int, str],
        words: dict[str, str],
    ) -> None:
        """`words`: each outcome in the interface's language, "updated:RULE" for updates
        (plain strings, so the model holds no reference back to the wizard)."""
        super().__init__(parent)
        self._words = words
        self._outcomes = outcomes
        self._names = names
        self._titles = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Outcome"),
            self.tr("Problem"),
            self.tr("Notes"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        each = self._outcomes[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and each.outcome == "problem":
            return QBrush(QColor(style.ERROR_TINT))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(each.row)
        if column == 1:
            return self._names.get(each.row, "")
        if column == 2:
            key = f"updated:{each.rule}" if each.outcome == "updated" else each.outcome
            return self._words.get(key, key)
        said = each.problems if column == 3 else each.notes
        return "；".join(f"{issue.column}：{qt_tr(issue.reason)}" for issue in said)
