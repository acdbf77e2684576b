"""The complaint list as a lazy table model (the pattern of the customer list).

It holds the ordered ids of the current query and a bounded row cache; `data()` only reads
the cache, a missing row is drawn blank and its page queued, and one zero-delay timer fetches
every queued page in one query.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
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
from agricrm.services.complaint_data import ComplaintRow, ComplaintSort

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
CACHE_LIMIT = 5000


@dataclass(frozen=True)
class Column:
    key: str
    sort: ComplaintSort | None
    value: Callable[[ComplaintRow], str]


RowFetcher = Callable[[Sequence[int]], dict[int, ComplaintRow]]
CategoryText = Callable[[str], str]


class ComplaintTableModel(QAbstractTableModel):
    sortRequested = Signal(object, bool)  # ComplaintSort, descending

    def __init__(
        self,
        fetch_rows: RowFetcher,
        category_text: CategoryText,
        warning_days: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._category_text = category_text
        self._warning_days = warning_days
        self._ids: list[int] = []
        self._rows: OrderedDict[int, ComplaintRow] = OrderedDict()
        self._gone: set[int] = set()
        self._wanted_pages: set[int] = set()
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self.today = dt.date.today()
        self.columns = self._columns()
        self._headers = {
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

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column("number", ComplaintSort.NUMBER, lambda r: r.number),
            Column("received", ComplaintSort.RECEIVED_AT, lambda r: when_text(r.received_at)),
            Column("complainant", ComplaintSort.COMPLAINANT, lambda r: r.complainant),
            Column("phone", None, lambda r: r.phone),
            Column("category", ComplaintSort.CATEGORY, lambda r: self._category_text(r.category)),
            Column("severity", ComplaintSort.SEVERITY, lambda r: enum_label(r.severity)),
            Column("channel", ComplaintSort.CHANNEL, lambda r: enum_label(r.channel)),
            Column("status", ComplaintSort.STATUS, lambda r: enum_label(r.status)),
            Column("officer", ComplaintSort.OFFICER, lambda r: r.officer_name),
            Column("due", ComplaintSort.DUE_AT, lambda r: due_text(r.due_at)),
            Column(
                "deadline",
                None,
                lambda r: deadline_text(r.status, r.due_at, r.replied_at, self.today),
            ),
            Column("closed", ComplaintSort.CLOSED_AT, lambda r: day_text(r.closed_at)),
        )

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.today = dt.date.today()
        self._ids = ids
        self._rows.clear()
        self._gone.clear()
        self._wanted_pages = {0} if ids else set()
        self._load_pages()
        self.endResetModel()

    def complaint_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, complaint_id: int) -> int | None:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> ComplaintRow | None:
        complaint_id = self.complaint_id(row)
        return None if complaint_id is None else self._rows.get(complaint_id)

    def forget(self, complaint_id: int) -> None:
        self._rows.pop(complaint_id, None)
        row = self.row_of(complaint_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.columns[section].key]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        complaint_id = self._ids[index.row()]
        row = self._rows.get(complaint_id)
        if row is None:
            if complaint_id not in self._gone:
                self._want(index.row())
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key not in ("due", "deadline"):
                return None
            color = deadline_color(row.status, row.due_at, self.today, self._warning_days)
            if not color and row.overdue:
                color = OVERDUE_COLOR  # answered, but late
            return QColor(color) if color in (OVERDUE_COLOR, NEAR_COLOR) else None
        return column.value(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def _want(self, row: int) -> None:
        self._wanted_pages.add(row // PAGE_SIZE)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _load_pages(self) -> list[tuple[int, int]]:
        ranges = []
        wanted: list[int] = []
        for page in sorted(self._wanted_pages):
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, len(self._ids)) - 1
            if first <= last:
                ranges.append((first, last))
                wanted.extend(
                    i
                    for i in self._ids[first : last + 1]
                    if i not in self._rows and i not in self._gone
                )
        self._wanted_pages.clear()
        if wanted:
            fetched = self._fetch_rows(wanted)
            self._rows.update(fetched)
            self._gone.update(i for i in wanted if i not in fetched)
            while len(self._rows) > CACHE_LIMIT:
                self._rows.popitem(last=False)
        return ranges

    def _fetch_wanted(self) -> None:
        for first, last in self._load_pages():
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
