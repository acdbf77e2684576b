"""The "Visits and care" tab of a customer's file: a timeline of visits, care events and
class changes (普通 → 优质 with the rules version), buttons to record a visit or log a
greeting, and the file's photos and documents."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.care import CareOccasion
from agricrm.domain.classification.facts import class_member
from agricrm.domain.errors import AgriCrmError
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.visits.attachments_widget import AttachmentsWidget
from agricrm.services.care import care_history
from agricrm.services.classes import class_changes

DATA = Qt.ItemDataRole.UserRole


class CustomerVisitsTab(QWidget):
    customerChanged = Signal()  # a visit fed needs into the file, or changed its schedule

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._customer_id: int | None = None
        self._customer_name = ""
        self.hint = QLabel(self.tr("Save the file first to record visits for this customer."), self)
        self.timeline = QTreeWidget(self)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("What"),
                self.tr("Status"),
                self.tr("Officer"),
                self.tr("Notes"),
            ]
        )
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.itemActivated.connect(lambda *_: self.open_selected())
        self.newVisitButton = QPushButton(self.tr("&New visit…"), self)
        self.openButton = QPushButton(self.tr("Open visit"), self)
        self.careButton = QPushButton(self.tr("Log &greeting…"), self)
        buttons = QHBoxLayout()
        for button in (self.newVisitButton, self.openButton, self.careButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.attachments = AttachmentsWidget(context, parent=self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.hint)
        top_layout.addWidget(self.timeline)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.attachments)
        splitter.setSizes([400, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.newVisitButton.clicked.connect(self.new_visit)
        self.openButton.clicked.connect(self.open_selected)
        self.careButton.clicked.connect(self.log_care)
        self.set_customer(None, "")

    def set_customer(self, customer_id: int | None, name: str) -> None:
        self._customer_id, self._customer_name = customer_id, name
        known = customer_id is not None
        self.hint.setVisible(not known)
        for widget in (self.timeline, self.newVisitButton, self.openButton, self.careButton):
            widget.setEnabled(known)
        self.attachments.setEnabled(known)
        if known:
            self.attachments.set_owner(customer_id=customer_id)
        self.reload()

    def reload(self) -> None:
        self.timeline.clear()
        if self._customer_id is None:
            return
        actor = self._context.actor
        try:
            visits = self._context.visits.customer_history(actor, self._customer_id)
            events = care_history(self._context.db, actor, self._customer_id)
            changes = class_changes(self._context.db, actor, self._customer_id)
        except AgriCrmError as error:
            show_error(self, error)
            return
        entries: list[tuple[dt.date, int, QTreeWidgetItem]] = []
        for visit in visits:
            notes = visit.production_condition or visit.purpose
            item = QTreeWidgetItem(
                [
                    visit.visit_date.isoformat(),
                    arg(self.tr("Visit: %1"), enum_label(visit.visit_type)),
                    enum_label(visit.status),
                    visit.officer_name,
                    notes.replace("\n", " "),
                ]
            )
            item.setData(0, DATA, visit.id)
            entries.append((visit.visit_date, visit.id, item))
        for event in events:
            what = enum_label(event.festival) if event.festival else enum_label(event.occasion)
            item = QTreeWidgetItem(
                [
                    event.at.astimezone().date().isoformat(),
                    arg(self.tr("Care: %1, %2"), what, enum_label(event.kind)),
                    "",
                    event.officer_name,
                    event.notes,
                ]
            )
            entries.append((event.at.astimezone().date(), -event.id, item))
        for change in changes:
            before = class_member(change.dimension, change.from_class)
            after = class_member(change.dimension, change.to_class)
            item = QTreeWidgetItem(
                [
                    change.changed_at.astimezone().date().isoformat(),
                    arg(
                        self.tr("Class: %1 %2 → %3"),
                        enum_label(change.dimension),
                        enum_label(before) if before else change.from_class or "—",
                        enum_label(after) if after else change.to_class or "—",
                    ),
                    "",
                    "",
                    arg(self.tr("rules version %1"), change.rules_version)
                    + (f" · {enum_label(change.reason)}" if change.reason is not None else ""),
                ]
            )
            entries.append((change.changed_at.astimezone().date(), 0, item))
        entries.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
        for _day, _key, item in entries:
            self.timeline.addTopLevelItem(item)

    def open_selected(self) -> None:
        item = self.timeline.currentItem()
        visit_id = None if item is None else item.data(0, DATA)
        if visit_id is None:
            return
        from agricrm.gui.visits.visit_dialog import VisitDialog

        dialog = VisitDialog(self._context, visit_id, parent=self)
        dialog.saved.connect(self._visit_saved)
        dialog.open()

    def new_visit(self) -> None:
        if self._customer_id is None:
            return
        from agricrm.gui.visits.visit_dialog import VisitDialog

        dialog = VisitDialog(self._context, customer_id=self._customer_id, parent=self)
        dialog.saved.connect(self._visit_saved)
        dialog.open()

    def _visit_saved(self, _detail: object) -> None:
        self.reload()
        self.customerChanged.emit()

    def log_care(self) -> None:
        if self._customer_id is None:
            return
        from agricrm.gui.visits.care_dialog import CareDialog

        dialog = CareDialog(
            self._context,
            self._customer_id,
            self._customer_name,
            occasion=CareOccasion.OTHER,
            parent=self,
        )
        dialog.saved.connect(lambda _event: self.reload())
        dialog.open()
