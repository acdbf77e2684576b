"""The complaints of one customer, as a tab of the customer form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
from agricrm.gui.complaints.texts import (
    category_text,
    deadline_color,
    deadline_text,
    due_text,
    when_text,
)
from agricrm.gui.context import AppContext
from agricrm.gui.forms.ui_customer_complaints_tab import Ui_CustomerComplaintsTab
from agricrm.gui.labels import enum_label
from agricrm.services.complaint_data import ComplaintRow
from agricrm.services.complaint_search import customer_complaints
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.customer_data import CustomerRow
from agricrm.services.customer_search import customer_rows


class CustomerComplaintsTab(QWidget):
    def __init__(
        self, context: AppContext, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._customer_id = customer_id
        self.ui = Ui_CustomerComplaintsTab()
        self.ui.setupUi(self)
        self.settings = complaint_settings(context.db, context.actor)
        self.rows: list[ComplaintRow] = []
        self.dialog: ComplaintDialog | None = None
        tree = self.ui.complaintTree
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(lambda item, _column: self.open_complaint(item))
        self.ui.openComplaintButton.clicked.connect(lambda: self.open_complaint(tree.currentItem()))
        self.ui.newComplaintButton.clicked.connect(self.new_complaint)
        self.refresh()

    def title(self) -> str:
        return self.tr("Complaints (%n)", "", len(self.rows))

    def refresh(self) -> None:
        self.rows = customer_complaints(self._context.db, self._context.actor, self._customer_id)
        tree = self.ui.complaintTree
        tree.clear()
        today = dt.date.today()
        warn = self.settings.deadlines.warning_days
        for row in self.rows:
            deadline = deadline_text(row.status, row.due_at, row.replied_at, today)
            item = QTreeWidgetItem(
                [
                    row.number,
                    when_text(row.received_at),
                    category_text(self.settings, row.category),
                    enum_label(row.severity),
                    enum_label(row.status),
                    f"{due_text(row.due_at)} {deadline}",
                    row.officer_name,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            color = deadline_color(row.status, row.due_at, today, warn)
            if color:
                item.setForeground(5, QColor(color))
            tree.addTopLevelItem(item)
        self.ui.countLabel.setText(self.tr("%n complaint(s)", "", len(self.rows)))
        self.ui.openComplaintButton.setEnabled(bool(self.rows))
        parent = self.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if tabs is not None and hasattr(tabs, "indexOf") and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.title())

    def open_complaint(self, item: QTreeWidgetItem | None) -> ComplaintDialog | None:
        if item is None:
            return None
        complaint_id = item.data(0, Qt.ItemDataRole.UserRole)
        return self._show(ComplaintDialog(self._context, complaint_id, self))

    def new_complaint(self) -> ComplaintDialog:
        customer = customer_rows(self._context.db, self._context.actor, [self._customer_id])
        chosen: CustomerRow | None = customer.get(self._customer_id)
        return self._show(ComplaintDialog(self._context, None, self, customer=chosen))

    def _show(self, dialog: ComplaintDialog) -> ComplaintDialog:
        dialog.saved.connect(lambda _detail: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog
