"""A table model over a search result of any size: ordered ids, rows fetched a page at a time.

It holds the ordered ids of the current search and a bounded cache of rows.  `data()` only
reads the cache: a row not yet fetched is drawn blank and its page is queued; one zero-delay
timer then fetches every queued page in a single query and repaints those rows.  Scrolling
through 100,000 records therefore costs one small query per screenful, and nothing in the paint
path touches the database.  The customer, visit and complaint lists are all built on it.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

Index = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], dict[int, Any]]
PAGE_SIZE = 200
CACHE_LIMIT = 5000

# `data()` runs for every role of every painted cell (7,000 calls a screenful): the roles as
# plain ints and the alignments built once spare it Qt's enum arithmetic (about half its cost)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class LazyColumn:
    key: str
    sort: object | None  # the service's sort key, None where the column cannot be sorted
    value: Callable[[Any], str]
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    sortRequested = Signal(object, bool)  # sort key, descending

    def __init__(
        self,
        fetch_rows: RowFetcher,
        columns: Sequence[LazyColumn],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.headers: dict[str, str] = {}  # column key → translated title, set by subclasses
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: OrderedDict[int, Any] = OrderedDict()
        self._gone: set[int] = set()  # ids no longer visible (deleted or reassigned meanwhile)
        self._wanted_pages: set[int] = set()
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self.today = dt.date.today()

    # ----------------------------------------------------------------- the result

    def column_of(self, key: str) -> int:
        """The position of the column with `key`."""
        return next(at for at, column in enumerate(self.columns) if column.key == key)

    def set_ids(self, ids: list[int]) -> None:
        """Show a new search result; the first page is fetched before the view repaints."""
        self.beginResetModel()
        self.today = dt.date.today()
        self._ids = ids
        self._rows.clear()
        self._gone.clear()
        self._wanted_pages = {0} if ids else set()
        self._load_pages()
        self.endResetModel()

    def ids(self) -> list[int]:
        """The listed records' ids, in the list's order (e.g. to print them all)."""
        return list(self._ids)

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> Any | None:
        record_id = self.record_id(row)
        return None if record_id is None else self._rows.get(record_id)

    def forget(self, record_id: int) -> None:
        """Drop a cached row (after it was edited) so it is fetched again when shown."""
        self._rows.pop(record_id, None)
        row = self.row_of(record_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # ----------------------------------------------------------------- Qt's model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[self.columns[section].key]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else _LEFT
        if role != _DISPLAY and role != _TOOLTIP:
            return self.extra_data(index, column, role)
        row = self.row_at(index.row())
        return None if row is None else column.value(row)

    def extra_data(self, index: Index, column: LazyColumn, role: int) -> object:
        """Other roles (colours…) for subclasses; rows come from `row_at`."""
        return None

    def row_at(self, row: int) -> Any | None:
        """The cached row, or None after queueing its page for the next fetch."""
        record_id = self._ids[row]
        found = self._rows.get(record_id)
        if found is None and record_id not in self._gone:
            self._wanted_pages.add(row // PAGE_SIZE)
            if not self._fetch_timer.isActive():
                self._fetch_timer.start()
        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # ----------------------------------------------------------------- fetching

    def _load_pages(self) -> list[tuple[int, int]]:
        """Fetch the wanted pages in one query; returns the row ranges that were filled."""
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


def current_record_id(view: QAbstractItemView, model: LazyTableModel) -> int | None:
    """The id of the record on the view's current row, if any."""
    index = view.currentIndex()
    return model.record_id(index.row()) if index.isValid() else None


def select_record(view: QAbstractItemView, model: LazyTableModel, record_id: int) -> bool:
    """Make the record's row current and visible; False when the list does not hold it."""
    row = model.row_of(record_id)
    if row is None:
        return False
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
    return True
