"""Conflicts: both versions of a record side by side, the person picks per field."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QListWidgetItem,
    QRadioButton,
    QTableWidgetItem,
    QWidget,
)

from agricrm.domain.errors import AgriCrmError
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_conflicts_page import Ui_ConflictsPage
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.gui.widgets.empty_state import EmptyState
from agricrm.services.sync_conflicts import ConflictView, Side, list_conflicts, resolve_conflict

DIFFERENT = QColor(style.DIFFERENCE_TINT)


class ConflictsPage(QWidget):
    resolved = Signal()
    refreshed = Signal()  # the list of waiting conflicts was read again
    syncRequested = Signal()  # the empty state's button: go to the Sync screen

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_ConflictsPage()
        self.ui.setupUi(self)
        self._conflicts: list[ConflictView] = []
        self._groups: dict[str, QButtonGroup] = {}
        ui = self.ui
        ui.splitter.setSizes([260, 700])
        self.empty = EmptyState("no-conflicts", self.tr("No conflicts are waiting"), parent=self)
        self.empty.say(
            self.tr("No conflicts are waiting"),
            self.tr(
                "When a record was changed both here and on another device, importing the "
                "other device's package lists it here with both versions side by side, and you "
                "choose field by field which to keep. Packages are imported on the Sync screen."
            ),
            (self.tr("Go to the Sync screen"), self.syncRequested.emit),
        )
        ui.pageLayout.addWidget(self.empty, 1)
        ui.conflictList.currentRowChanged.connect(self._show)
        ui.allLocalButton.clicked.connect(lambda: self._choose_all("local"))
        ui.allIncomingButton.clicked.connect(lambda: self._choose_all("incoming"))
        ui.resolveButton.clicked.connect(self.resolve)
        set_tone(ui.resolveMessage, "error")
        ui.fieldTable.setColumnCount(4)
        ui.fieldTable.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Ours"), self.tr("Incoming"), self.tr("Keep")]
        )
        ui.fieldTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.fieldTable.verticalHeader().setVisible(False)
        style.fit_rows(ui.fieldTable, padding=14)
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = list_conflicts(self._context.db, self._context.actor)
        conflict_list = self.ui.conflictList
        conflict_list.clear()
        for conflict in self._conflicts:
            kind = (
                self.tr("registered twice")
                if conflict.kind == "duplicate_person"
                else self.tr("changed on both sides")
            )
            conflict_list.addItem(
                QListWidgetItem(f"{conflict.entity_title} · {conflict.label} · {kind}")
            )
        self.ui.detail.setEnabled(bool(self._conflicts))
        self.ui.splitter.setVisible(bool(self._conflicts))
        self.ui.intro.setVisible(bool(self._conflicts))
        self.empty.setVisible(not self._conflicts)
        if self._conflicts:
            conflict_list.setCurrentRow(0)
        else:
            self.ui.detailTitle.setText(self.tr("No conflicts are waiting."))
            self.ui.fieldTable.setRowCount(0)
        self.refreshed.emit()

    def waiting(self) -> int:
        """How many conflicts wait for a decision (the section's badge)."""
        return len(self._conflicts)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._conflicts):
            return
        conflict = self._conflicts[index]
        self.ui.resolveMessage.clear()
        self.ui.noteEdit.clear()
        title = html.escape(f"{conflict.entity_title} · {conflict.label}")
        source = arg(
            self.tr("from package %1 of device %2"), conflict.package_seq, conflict.device_id[:8]
        )
        self.ui.detailTitle.setText(f"<b>{title}</b><br>{html.escape(source)}")
        table = self.ui.fieldTable
        fields = [f for f in conflict.fields if f.differs] + [
            f for f in conflict.fields if not f.differs
        ]
        table.setRowCount(len(fields))
        self._groups = {}
        for row, field in enumerate(fields):
            for column, text in enumerate((field.title, field.local, field.incoming)):
                item = QTableWidgetItem(text)
                if field.differs:
                    item.setBackground(DIFFERENT)
                table.setItem(row, column, item)
            if field.differs:
                cell = QWidget(table)
                ours = QRadioButton(self.tr("ours"), cell)
                theirs = QRadioButton(self.tr("incoming"), cell)
                ours.setChecked(True)
                group = QButtonGroup(cell)
                group.addButton(ours, 0)
                group.addButton(theirs, 1)
                layout = QHBoxLayout(cell)
                layout.setContentsMargins(4, 0, 4, 0)
                layout.addWidget(ours)
                layout.addWidget(theirs)
                table.setCellWidget(row, 3, cell)
                self._groups[field.key] = group

    def _choose_all(self, side: Side) -> None:
        for group in self._groups.values():
            group.button(1 if side == "incoming" else 0).setChecked(True)

    def choices(self) -> dict[str, Side]:
        return {
            key: "incoming" if group.checkedId() == 1 else "local"
            for key, group in self._groups.items()
        }

    def choose(self, key: str, side: Side) -> None:
        self._groups[key].button(1 if side == "incoming" else 0).setChecked(True)

    def resolve(self) -> None:
        index = self.ui.conflictList.currentRow()
        if not 0 <= index < len(self._conflicts):
            return
        conflict = self._conflicts[index]
        try:
            resolve_conflict(
                self._context.db,
                self._context.actor,
                conflict.id,
                self.choices(),
                self.ui.noteEdit.text(),
            )
        except AgriCrmError as error:
            self.ui.resolveMessage.setText(error_text(error))
            return
        self.resolved.emit()
        self.refresh()
