"""The visit log: filters, a sortable lazy table of visits, and the visit form."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.visits import VisitStatus, VisitType
from agricrm.gui import preferences, style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.labels import fill_enum_combo
from agricrm.gui.notices import announce, visit_saved
from agricrm.gui.qt_text import arg
from agricrm.gui.tasks import LatestTask
from agricrm.gui.visits.table_model import VisitTableModel
from agricrm.gui.widgets.column_chooser import ColumnChooser
from agricrm.gui.widgets.date_field import DateField, filter_bound
from agricrm.gui.widgets.empty_state import EmptyOverlay, narrowed
from agricrm.gui.widgets.flow_layout import FilterBar, fit_to_texts
from agricrm.services.customer_search import filter_options
from agricrm.services.progress import Progress
from agricrm.services.visit_data import VisitDetail, VisitQuery, VisitSort
from agricrm.services.visits import search_visit_ids, visit_rows

STATE_KEY = "visit_list.numbered"  # a new name for the layout with the visit number
SEARCH_DELAY_MS = 200


def _date_edit(parent: QWidget, name: str) -> DateField:
    """A bound of the date range; empty is no bound, a text that is no date is marked on the
    field (its tooltip says why) and leaves the list as it was."""
    edit = DateField(parent)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    return edit


class VisitListPage(QWidget):
    searchFinished = Signal()
    visitsChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._query = VisitQuery()
        self._search = LatestTask(self._apply, lambda error: show_error(self, error), self)
        self._pending_selection: int | None = None
        self._revealing: int | None = None  # a visit just saved, which the list must show

        self.customerEdit = QLineEdit(self)
        self.customerEdit.setPlaceholderText(
            self.tr("Customer (name, pinyin, phone, file no.) or visit no.")
        )
        self.customerEdit.setClearButtonEnabled(True)
        self.fromEdit = _date_edit(self, self.tr("Visits from"))
        self.toEdit = _date_edit(self, self.tr("Visits until"))
        self.officerFilter = QComboBox(self)
        self.typeFilter = QComboBox(self)
        self.statusFilter = QComboBox(self)
        self.townshipFilter = QComboBox(self)
        self.villageFilter = QComboBox(self)
        self.clearButton = QPushButton(self.tr("Clear filters"), self)
        self.newButton = QPushButton(self.tr("&New visit…"), self)
        self.openButton = QPushButton(self.tr("&Open"), self)
        self.dayListButton = QPushButton(self.tr("&Village day list…"), self)
        self.printButton = QPushButton(self.tr("&Print…"), self)
        self.printMenu = QMenu(self.printButton)
        self.printSelectedAction = self.printMenu.addAction(
            self.tr("Visit report of the selected visit")
        )
        self.printListedAction = self.printMenu.addAction(self.tr("Visit reports of all listed"))
        self.printButton.setMenu(self.printMenu)
        self.printMenu.aboutToShow.connect(self._update_print_menu)
        self.printSelectedAction.triggered.connect(self.print_selected)
        self.printListedAction.triggered.connect(self.print_listed)
        self.countLabel = QLabel(self.tr("Searching…"), self)

        self.customerEdit.setMinimumWidth(self.customerEdit.fontMetrics().averageCharWidth() * 30)
        filters = FilterBar(self)
        filters.add(
            self.customerEdit,
            QLabel(self.tr("From"), self),
            self.fromEdit,
            QLabel(self.tr("to"), self),
            self.toEdit,
            self.typeFilter,
            self.statusFilter,
            self.officerFilter,
            self.townshipFilter,
            self.villageFilter,
            self.clearButton,
        )
        actions = QHBoxLayout()
        actions.addWidget(self.countLabel, 1)
        for button in (self.printButton, self.dayListButton, self.openButton, self.newButton):
            actions.addWidget(button)

        self.model = VisitTableModel(lambda ids: visit_rows(context.db, context.actor, ids), self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        style.fit_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.column_chooser = ColumnChooser(header)
        if not preferences.restore_header(header, STATE_KEY):
            for section, width in enumerate((95, 150, 90, 110, 70, 80, 170, 70, 90, 180)):
                self.table.setColumnWidth(section, width)
            style.fit_titles(header)
        self._sort_from_header()

        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._setup_filters()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.customerEdit.textChanged.connect(self._customer_text_changed)
        self.clearButton.clicked.connect(self.clear_filters)
        self.newButton.clicked.connect(lambda: self.new_visit(None))
        self.openButton.clicked.connect(self.open_selected)
        self.dayListButton.clicked.connect(self._day_list)
        self.table.activated.connect(
            lambda index: self.open_visit(self.model.record_id(index.row()))
        )
        self.empty = EmptyOverlay(self.table, "no-match")
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.new_visit(None))
        QShortcut(QKeySequence.StandardKey.Find, self, self.customerEdit.setFocus)
        self._loaded = False  # the first search runs when the page is first shown

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    # ----------------------------------------------------------------- filters

    def _setup_filters(self) -> None:
        options = filter_options(self._context.db, self._context.actor)
        self._villages = options.villages
        fill_enum_combo(self.typeFilter, VisitType, self.tr("All types"))
        fill_enum_combo(self.statusFilter, VisitStatus, self.tr("All statuses"))
        self.officerFilter.addItem(self.tr("All officers"), None)
        for officer_id, name in options.officers:
            self.officerFilter.addItem(name, officer_id)
        self.officerFilter.setEnabled(self._context.actor.is_manager)
        self.townshipFilter.addItem(self.tr("All townships"), None)
        for township in options.townships:
            self.townshipFilter.addItem(township, township)
        self._fill_villages(None)
        fit_to_texts(
            self.typeFilter,
            self.statusFilter,
            self.officerFilter,
            self.townshipFilter,
            self.villageFilter,
        )
        for combo in (self.typeFilter, self.statusFilter, self.officerFilter, self.villageFilter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.townshipFilter.currentIndexChanged.connect(self._township_changed)
        for edit in (self.fromEdit, self.toEdit):  # typed: wait until the typing pauses
            edit.dateChanged.connect(self._dates_changed)

    def _fill_villages(self, township: str | None) -> None:
        combo = self.villageFilter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All villages"), None)
        for village in self._villages.get(township, ()) if township else ():
            combo.addItem(village, village)
        combo.blockSignals(False)

    def _township_changed(self) -> None:
        self._fill_villages(self.townshipFilter.currentData())
        self._filters_changed()

    def _dates_changed(self) -> None:
        self._query = replace(
            self._query,
            date_from=filter_bound(self.fromEdit, self._query.date_from),
            date_to=filter_bound(self.toEdit, self._query.date_to),
        )
        self._search_timer.start()

    def _filters_changed(self) -> None:
        self._query = replace(
            self._query,
            date_from=filter_bound(self.fromEdit, self._query.date_from),
            date_to=filter_bound(self.toEdit, self._query.date_to),
            officer_id=self.officerFilter.currentData(),
            visit_type=self.typeFilter.currentData(),
            status=self.statusFilter.currentData(),
            township=self.townshipFilter.currentData(),
            village=self.villageFilter.currentData(),
        )
        self.refresh()

    def _customer_text_changed(self, text: str) -> None:
        self._query = replace(self._query, customer_text=text)
        self._search_timer.start()

    def set_customer(self, customer_id: int | None) -> None:
        self._query = replace(self._query, customer_id=customer_id)
        self.refresh()

    def clear_filters(self) -> None:
        widgets = (self.typeFilter, self.statusFilter, self.officerFilter, self.townshipFilter)
        for combo in widgets:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_villages(None)
        for edit in (self.fromEdit, self.toEdit):
            edit.blockSignals(True)
            edit.setDate(None)
            edit.blockSignals(False)
        self.customerEdit.blockSignals(True)
        self.customerEdit.clear()
        self.customerEdit.blockSignals(False)
        self._query = replace(
            VisitQuery(), sort=self._query.sort, descending=self._query.descending
        )
        self.refresh()

    def _sort_from_header(self) -> None:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        column = self.model.columns[section] if 0 <= section < len(self.model.columns) else None
        if column is not None and column.sort is not None:
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self._query = replace(self._query, sort=column.sort, descending=descending)

    def _sort_requested(self, sort: VisitSort, descending: bool) -> None:
        if (sort, descending) != (self._query.sort, self._query.descending):
            self._query = replace(self._query, sort=sort, descending=descending)
            self.refresh()

    # ----------------------------------------------------------------- searching

    def refresh(self, select_visit: int | None = None) -> None:
        self._loaded = True
        self._search_timer.stop()
        query, context = self._query, self._context
        self._pending_selection = (
            select_visit if select_visit is not None else self.selected_visit_id()
        )

        def work(_progress: Progress) -> list[int]:
            return search_visit_ids(context.db, context.actor, query)

        self._search.start(work)

    def _apply(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.countLabel.setText(self.tr("%n visit(s)", "", len(ids)))
        if narrowed(self._query):
            self.empty.say(
                self.tr("No visit matches"),
                self.tr("Widen the dates or clear a filter to see more visits."),
                (self.tr("Clear filters"), self.clear_filters),
            )
        else:
            self.empty.say(
                self.tr("No visits recorded yet"),
                self.tr(
                    "Record a visit with New visit (Ctrl+N), or from the Today view, where "
                    "customers due for a visit are listed."
                ),
                (self.tr("New visit…"), lambda: self.new_visit(None)),
            )
        revealing, self._revealing = self._revealing, None
        if self._pending_selection is not None:
            row = self.model.row_of(self._pending_selection)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
            elif revealing == self._pending_selection:
                self.clear_filters()  # they hid the visit just saved
                self.refresh(select_visit=revealing)
                return
        self.searchFinished.emit()

    # ----------------------------------------------------------------- actions

    def selected_visit_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        self.open_visit(self.selected_visit_id())

    def open_visit(self, visit_id: int | None) -> None:
        if visit_id is None:
            return
        from agricrm.gui.visits.visit_dialog import VisitDialog

        dialog = VisitDialog(self._context, visit_id, parent=self)
        dialog.saved.connect(self._visit_saved)
        dialog.open()

    def new_visit(self, customer_id: int | None) -> None:
        from agricrm.gui.visits.visit_dialog import VisitDialog

        dialog = VisitDialog(self._context, customer_id=customer_id, parent=self)
        dialog.saved.connect(self._visit_saved)
        dialog.open()

    def _update_print_menu(self) -> None:
        from agricrm.services.reports import MAX_BATCH

        count = len(self.model.ids())
        self.printSelectedAction.setEnabled(self.selected_visit_id() is not None)
        self.printListedAction.setText(
            self.tr("Visit reports of all %n listed visit(s)", "", count)
        )
        self.printListedAction.setEnabled(0 < count <= MAX_BATCH)
        if count > MAX_BATCH:
            self.printListedAction.setText(
                arg(
                    self.tr("Visit reports of all listed visits (at most %1: filter the list)"),
                    f"{MAX_BATCH:,}",
                )
            )

    def print_selected(self) -> None:
        from agricrm.gui.reports.actions import start_visit_report

        visit_id = self.selected_visit_id()
        if visit_id is not None:
            start_visit_report(self, self._context, visit_id)

    def print_listed(self) -> None:
        """The listed visits (the filters and sort order as shown) as one batch."""
        from agricrm.gui.reports.actions import start_visit_batch

        ids = self.model.ids()
        if ids:
            start_visit_batch(self, self._context, ids)

    def _visit_saved(self, detail: VisitDetail) -> None:
        """Say so, and show and select the visit in the list (clearing filters that hide it)."""
        announce(self, visit_saved(detail.customer_name, detail.visit_date))
        self.model.forget(detail.id)
        self._revealing = detail.id
        self.refresh(select_visit=detail.id)
        self.visitsChanged.emit()

    def _day_list(self) -> None:
        from agricrm.gui.visits.village_day_dialog import VillageDayDialog

        dialog = VillageDayDialog(self._context, dt.date.today(), self)
        township, village = self.townshipFilter.currentData(), self.villageFilter.currentData()
        if township and village:
            dialog.select_village(township, village)
            dialog.show_list()
        dialog.open()

    def save_state(self) -> None:
        preferences.save_header(self.table.horizontalHeader(), STATE_KEY)
