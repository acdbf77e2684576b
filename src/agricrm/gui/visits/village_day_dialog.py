"""The village day list: pick a village and a day, see whom to visit and what was promised."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.errors import AgriCrmError
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.geometry import fit_to_screen
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.gui.widgets.date_field import DateField
from agricrm.services.customer_search import filter_options
from agricrm.services.today import village_day_list
from agricrm.services.visit_data import VillageDayList


class VillageDayDialog(QDialog):
    def __init__(self, context: AppContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.day_list: VillageDayList | None = None
        self.setWindowTitle(self.tr("Village day list"))
        self.villageCombo = QComboBox(self)
        options = filter_options(context.db, context.actor)
        for township, villages in options.villages.items():
            for village in villages:
                self.villageCombo.addItem(f"{village}（{township}）", (township, village))
        self.dateEdit = DateField(self)
        self.dateEdit.setDate(day)
        self.dateEdit.returnPressed.connect(self.show_list)
        self.showButton = QPushButton(self.tr("&Show"), self)
        self.copyButton = QPushButton(self.tr("&Copy as text"), self)
        self.printButton = QPushButton(self.tr("&Print day sheet…"), self)
        self.printButton.setToolTip(
            self.tr("Preview and print the list with room to write notes by hand")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Village"), self))
        top.addWidget(self.villageCombo, 1)
        top.addWidget(QLabel(self.tr("Day"), self))
        top.addWidget(self.dateEdit)
        top.addWidget(self.showButton)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Due"),
                self.tr("Days overdue"),
                self.tr("Reason"),
                self.tr("Last visit"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.printButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.showButton.clicked.connect(self.show_list)
        self.copyButton.clicked.connect(self.copy_text)
        self.printButton.clicked.connect(self.print_sheet)
        fit_to_screen(self, 980, 600)

    def select_village(self, township: str, village: str) -> None:
        # findData cannot match a Python tuple (Qt compares the wrapped objects by identity)
        for index in range(self.villageCombo.count()):
            if tuple(self.villageCombo.itemData(index)) == (township, village):
                self.villageCombo.setCurrentIndex(index)
                return

    def _day(self) -> dt.date | None:
        """The day typed, or None after saying in the summary line why there is none."""
        day = self.dateEdit.date()
        if day is None:
            problem = self.dateEdit.problem_text() or self.tr("Enter the day to list.")
            set_tone(self.summary, "error")
            self.summary.setText(problem)
        return day

    def show_list(self) -> None:
        place = self.villageCombo.currentData()
        day = self._day()
        if place is None or day is None:
            return
        set_tone(self.summary, None)
        try:
            found = village_day_list(self._context.db, self._context.actor, place[0], place[1], day)
        except AgriCrmError as error:
            show_error(self, error)
            return
        self.day_list = found
        self.tree.clear()
        for entry in found.entries:
            row = QTreeWidgetItem(
                [
                    entry.customer_name,
                    entry.phone,
                    entry.address,
                    entry.due_date.isoformat() if entry.due_date else "",
                    "" if entry.days_overdue is None else str(entry.days_overdue),
                    self.tr("planned visit")
                    if entry.planned_visit_id
                    else enum_label(entry.reason),
                    entry.last_visit_date.isoformat() if entry.last_visit_date else "—",
                ]
            )
            row.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for follow_up in entry.follow_ups:
                row.addChild(
                    QTreeWidgetItem(
                        [
                            "",
                            "",
                            arg(self.tr("To do: %1"), follow_up.description),
                            follow_up.due_date.isoformat(),
                        ]
                    )
                )
            self.tree.addTopLevelItem(row)
        self.tree.expandAll()
        self.summary.setText(
            arg(
                self.tr("%1 · %2: %3 customer(s) to visit"),
                f"{found.township}{found.village}",
                found.day.isoformat(),
                len(found.entries),
            )
        )

    def as_text(self) -> str:
        found = self.day_list
        if found is None:
            return ""
        lines = [self.summary.text()]
        for index, entry in enumerate(found.entries, start=1):
            overdue = (
                ""
                if entry.days_overdue is None
                else " " + arg(self.tr("(%1 days overdue)"), entry.days_overdue)
            )
            lines.append(f"{index}. {entry.customer_name} {entry.phone} {entry.address}{overdue}")
            lines.extend(
                "   - " + arg(self.tr("To do: %1"), f.description) + f" ({f.due_date.isoformat()})"
                for f in entry.follow_ups
            )
        return "\n".join(lines)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def print_sheet(self) -> None:
        """The day sheet of the chosen village and day (what the list shows, on paper)."""
        from agricrm.gui.reports.actions import start_village_day_sheet

        place = self.villageCombo.currentData()
        day = self._day()
        if place is not None and day is not None:
            start_village_day_sheet(self, self._context, place[0], place[1], day)
