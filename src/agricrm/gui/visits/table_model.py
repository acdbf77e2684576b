"""The visit list as a lazy table model: ordered ids, rows fetched a page at a time.

Same design as the customer list (`gui/customers/table_model.py`): `data()` reads only the
cache; missing rows queue their page and one zero-delay timer fetches all queued pages in one
query, so nothing in the paint path touches the database.
"""

from __future__ import annotations

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

from agricrm.gui.labels import enum_label
from agricrm.services.visit_data import VisitRow, VisitSort

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
CACHE_LIMIT = 5000


@dataclass(frozen=True)
class Column:
    key: str
    sort: VisitSort | None
    value: Callable[[VisitRow], str]
    align_right: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("date", VisitSort.DATE, lambda r: r.visit_date.isoformat()),
    Column("customer", VisitSort.CUSTOMER, lambda r: r.customer_name),
    Column("type", VisitSort.TYPE, lambda r: enum_label(r.visit_type)),
    Column("status", VisitSort.STATUS, lambda r: enum_label(r.status)),
    Column("mode", VisitSort.MODE, lambda r: enum_label(r.mode)),
    Column("village", VisitSort.VILLAGE, lambda r: f"{r.township}{r.village}"),
    Column("officer", VisitSort.OFFICER, lambda r: r.officer_name),
    Column(
        "satisfaction",
        VisitSort.SATISFACTION,
        lambda r: "" if r.satisfaction is None else "★" * r.satisfaction,
    ),
    Column("purpose", None, lambda r: r.purpose),
    Column("findings", None, lambda r: r.production_condition.replace("\n", " ")),
)

RowFetcher = Callable[[Sequence[int]], dict[int, VisitRow]]


class VisitTableModel(QAbstractTableModel):
    sortRequested = Signal(object, bool)  # VisitSort, descending

    def __init__(self, fetch_rows: RowFetcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: OrderedDict[int, VisitRow] = OrderedDict()
        self._gone: set[int] = set()
        self._wanted_pages: set[int] = set()
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self._headers = {
            "date": self.tr("Date"),
            "customer": self.tr("Customer"),
            "type": self.tr("Type"),
            "status": self.tr("Status"),
            "mode": self.tr("Mode"),
            "village": self.tr("Place"),
            "officer": self.tr("Officer"),
            "satisfaction": self.tr("Satisfaction"),
            "purpose": self.tr("Purpose"),
            "findings": self.tr("Production condition"),
        }

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._gone.clear()
        self._wanted_pages = {0} if ids else set()
        self._load_pages()
        self.endResetModel()

    def visit_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, visit_id: int) -> int | None:
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> VisitRow | None:
        visit_id = self.visit_id(row)
        return None if visit_id is None else self._rows.get(visit_id)

    def forget(self, visit_id: int) -> None:
        self._rows.pop(visit_id, None)
        row = self.row_of(visit_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section].key]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        visit_id = self._ids[index.row()]
        row = self._rows.get(visit_id)
        if row is None:
            if visit_id not in self._gone:
                self._want(index.row())
            return None
        return COLUMNS[index.column()].value(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort
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
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
