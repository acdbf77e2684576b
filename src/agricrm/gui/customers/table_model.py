"""The customer list as a lazy table model.

It holds the ordered ids of the current search and a bounded cache of rows.  `data()` only
reads the cache: a row not yet fetched is drawn blank and its page is queued; one zero-delay
timer then fetches every queued page in a single query and repaints those rows.  Scrolling
through 100,000 customers therefore costs one small query per screenful, and nothing in the
paint path touches the database.
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

from agricrm.gui.labels import enum_label
from agricrm.services.customer_data import CustomerRow, CustomerSort

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
CACHE_LIMIT = 5000


@dataclass(frozen=True)
class Column:
    key: str
    sort: CustomerSort | None
    value: Callable[[CustomerRow, dt.date], str]
    align_right: bool = False


def _age(row: CustomerRow, today: dt.date) -> str:
    if row.birth_date is None:
        return ""
    born = row.birth_date
    return str(today.year - born.year - ((today.month, today.day) < (born.month, born.day)))


COLUMNS: tuple[Column, ...] = (
    Column("name", CustomerSort.NAME, lambda r, _: r.name),
    Column("gender", CustomerSort.GENDER, lambda r, _: enum_label(r.gender)),
    Column("age", CustomerSort.BIRTH_DATE, _age, align_right=True),
    Column("phone", CustomerSort.PHONE, lambda r, _: r.phone),
    Column("id_number", CustomerSort.ID_NUMBER, lambda r, _: r.id_number),
    Column("township", CustomerSort.TOWNSHIP, lambda r, _: r.township),
    Column("village", CustomerSort.VILLAGE, lambda r, _: r.village),
    Column("business_mode", CustomerSort.BUSINESS_MODE, lambda r, _: enum_label(r.business_mode)),
    Column(
        "land_area",
        CustomerSort.LAND_AREA,
        lambda r, _: "" if r.land_area_mu is None else f"{r.land_area_mu:,.1f}",
        align_right=True,
    ),
    Column("credit_grade", CustomerSort.CREDIT_GRADE, lambda r, _: enum_label(r.credit_grade)),
    Column("status", CustomerSort.STATUS, lambda r, _: enum_label(r.status)),
    Column("officer", CustomerSort.OFFICER, lambda r, _: r.officer_name),
    Column("tags", None, lambda r, _: " ".join(r.tags)),
    Column(
        "updated_at",
        CustomerSort.UPDATED_AT,
        lambda r, _: r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
    ),
)

RowFetcher = Callable[[Sequence[int]], dict[int, CustomerRow]]


class CustomerTableModel(QAbstractTableModel):
    sortRequested = Signal(object, bool)  # CustomerSort, descending

    def __init__(self, fetch_rows: RowFetcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: OrderedDict[int, CustomerRow] = OrderedDict()
        self._gone: set[int] = set()  # ids no longer visible (deleted or reassigned meanwhile)
        self._wanted_pages: set[int] = set()
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self._today = dt.date.today()
        self._headers = self._header_texts()

    def _header_texts(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "gender": self.tr("Gender"),
            "age": self.tr("Age"),
            "phone": self.tr("Mobile phone"),
            "id_number": self.tr("ID number"),
            "township": self.tr("Township"),
            "village": self.tr("Village"),
            "business_mode": self.tr("Business mode"),
            "land_area": self.tr("Land (mu)"),
            "credit_grade": self.tr("Credit grade"),
            "status": self.tr("Status"),
            "officer": self.tr("Officer"),
            "tags": self.tr("Tags"),
            "updated_at": self.tr("Updated"),
        }

    def set_ids(self, ids: list[int]) -> None:
        """Show a new search result; the first page is fetched before the view repaints."""
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._gone.clear()
        self._wanted_pages = {0} if ids else set()
        self._load_pages()
        self.endResetModel()

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> CustomerRow | None:
        customer_id = self.customer_id(row)
        return None if customer_id is None else self._rows.get(customer_id)

    def forget(self, customer_id: int) -> None:
        """Drop a cached row (after it was edited) so it is fetched again when shown."""
        self._rows.pop(customer_id, None)
        row = self.row_of(customer_id)
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
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        customer_id = self._ids[index.row()]
        row = self._rows.get(customer_id)
        if row is None:
            if customer_id not in self._gone:
                self._want(index.row())
            return None
        return column.value(row, self._today)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def _want(self, row: int) -> None:
        self._wanted_pages.add(row // PAGE_SIZE)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

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
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
