"""The complaint list as a lazy table model (see `gui.widgets.lazy_table`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from agricrm.gui.complaints.texts import (
    NEAR_COLOR,
    OVERDUE_COLOR,
    day_text,
    deadline_color,
    deadline_text,
    due_text,
    when_text,
)
from agricrm.gui.labels import enum_label
from agricrm.gui.widgets.lazy_table import Index, LazyColumn, LazyTableModel, RowFetcher
from agricrm.services.complaint_data import ComplaintSort

CategoryText = Callable[[str], str]


class ComplaintTableModel(LazyTableModel):
    def __init__(
        self,
        fetch_rows: RowFetcher,
        category_text: CategoryText,
        warning_days: int = 2,
        parent: QObject | None = None,
    ) -> None:
        self._category_text = category_text
        self._warning_days = warning_days
        super().__init__(fetch_rows, self._columns(), parent)
        self.headers = {
            "number": self.tr("Number"),
            "received": self.tr("Received"),
            "complainant": self.tr("Complainant"),
            "phone": self.tr("Phone"),
            "category": self.tr("Category"),
            "severity": self.tr("Severity"),
            "channel": self.tr("Channel"),
            "status": self.tr("Status"),
            "officer": self.tr("Handled by"),
            "due": self.tr("Answer due"),
            "deadline": self.tr("Deadline"),
            "closed": self.tr("Closed"),
        }

    def _columns(self) -> tuple[LazyColumn, ...]:
        return (
            LazyColumn("number", ComplaintSort.NUMBER, lambda r: r.number),
            LazyColumn("received", ComplaintSort.RECEIVED_AT, lambda r: when_text(r.received_at)),
            LazyColumn("complainant", ComplaintSort.COMPLAINANT, lambda r: r.complainant),
            LazyColumn("phone", None, lambda r: r.phone),
            LazyColumn(
                "category", ComplaintSort.CATEGORY, lambda r: self._category_text(r.category)
            ),
            LazyColumn("severity", ComplaintSort.SEVERITY, lambda r: enum_label(r.severity)),
            LazyColumn("channel", ComplaintSort.CHANNEL, lambda r: enum_label(r.channel)),
            LazyColumn("status", ComplaintSort.STATUS, lambda r: enum_label(r.status)),
            LazyColumn("officer", ComplaintSort.OFFICER, lambda r: r.officer_name),
            LazyColumn("due", ComplaintSort.DUE_AT, lambda r: due_text(r.due_at)),
            LazyColumn(
                "deadline",
                None,
                lambda r: deadline_text(r.status, r.due_at, r.replied_at, self.today),
            ),
            LazyColumn("closed", ComplaintSort.CLOSED_AT, lambda r: day_text(r.closed_at)),
        )

    def extra_data(self, index: Index, column: LazyColumn, role: int) -> object:
        if role != Qt.ItemDataRole.ForegroundRole or column.key not in ("due", "deadline"):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        color = deadline_color(row.status, row.due_at, self.today, self._warning_days)
        if not color and row.overdue:
            color = OVERDUE_COLOR  # answered, but late
        return QColor(color) if color in (OVERDUE_COLOR, NEAR_COLOR) else None
