"""Choose a customer file by typing (the customer list's search, on a worker thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.forms.ui_customer_picker_dialog import Ui_CustomerPickerDialog
from agricrm.gui.qt_text import arg
from agricrm.gui.tasks import LatestTask
from agricrm.services.customer_data import CustomerQuery, CustomerRow
from agricrm.services.customer_search import customer_rows, search_customer_ids
from agricrm.services.progress import Progress

SHOWN = 50
DELAY_MS = 150


class CustomerPickerDialog(QDialog):
    searchFinished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_CustomerPickerDialog()
        self.ui.setupUi(self)
        self.chosen: CustomerRow | None = None
        self._search = LatestTask(
            lambda found: self._show(*found), lambda error: show_error(self, error), self
        )
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._timer.start())
        self.ui.results.itemActivated.connect(lambda _item: self._accept())
        self.ui.results.currentRowChanged.connect(self._update_ok)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_ok()
        self.search()

    def search(self) -> None:
        self._timer.stop()
        text = self.ui.searchEdit.text()
        context = self._context

        def work(_progress: Progress) -> tuple[int, list[CustomerRow]]:
            ids = search_customer_ids(context.db, context.actor, CustomerQuery(text=text))
            rows = customer_rows(context.db, context.actor, ids[:SHOWN])
            return len(ids), [rows[i] for i in ids[:SHOWN] if i in rows]

        self._search.start(work)

    def _show(self, total: int, rows: list[CustomerRow]) -> None:
        results = self.ui.results
        results.clear()
        for row in rows:
            text = " · ".join(
                part for part in (row.name, f"{row.township}{row.village}", row.phone) if part
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            results.addItem(item)
        if rows:
            results.setCurrentRow(0)
        shown = arg(self.tr("%1 of %2 shown; type more to narrow down"), len(rows), total)
        self.ui.countLabel.setText(
            shown if total > len(rows) else self.tr("%n customer(s)", "", total)
        )
        self._update_ok()
        self.searchFinished.emit()

    def _update_ok(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.ui.results.currentItem() is not None)

    def _accept(self) -> None:
        item = self.ui.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
