"""The complaint list: filters, free text, a sortable lazy table; opens the complaint form."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from agricrm.domain.complaints import OPEN_STATUSES, ComplaintSeverity, ComplaintStatus
from agricrm.gui import preferences, style
from agricrm.gui.complaints.combos import enum_data
from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
from agricrm.gui.complaints.table_model import ComplaintTableModel
from agricrm.gui.complaints.texts import category_text
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.forms.ui_complaint_list_page import Ui_ComplaintListPage
from agricrm.gui.labels import enum_label, fill_enum_combo
from agricrm.gui.notices import announce, complaint_saved
from agricrm.gui.tasks import LatestTask
from agricrm.gui.widgets.column_chooser import ColumnChooser
from agricrm.gui.widgets.date_field import filter_bound
from agricrm.gui.widgets.empty_state import EmptyOverlay, narrowed
from agricrm.gui.widgets.flow_layout import FilterBar, fit_to_texts
from agricrm.gui.widgets.lazy_table import current_record_id, select_record
from agricrm.services.complaint_data import (
    ComplaintDetail,
    ComplaintQuery,
    ComplaintSort,
    DeadlineFilter,
)
from agricrm.services.complaint_search import complaint_rows, search_complaint_ids
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.progress import Progress
from agricrm.services.users import list_officers

SEARCH_DELAY_MS = 200
STATE_KEY = "complaint_list"
OPEN = "open"


class ComplaintListPage(QWidget):
    """Queries run on a worker thread; only the newest query's result is shown."""

    searchFinished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_ComplaintListPage()
        self.ui.setupUi(self)
        self.settings = complaint_settings(context.db, context.actor)
        self._query = ComplaintQuery()
        self._search = LatestTask(self._apply_result, lambda error: show_error(self, error), self)
        self._pending_selection: int | None = None
        self._revealing: int | None = None  # a complaint just saved, which the list must show
        self.dialogs: list[ComplaintDialog] = []

        self.model = ComplaintTableModel(
            lambda ids: complaint_rows(context.db, context.actor, ids),
            lambda code: category_text(self.settings, code),
            self.settings.deadlines.warning_days,
            self,
        )
        self.model.sortRequested.connect(self._sort_requested)
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        style.fit_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.column_chooser = ColumnChooser(header)
        if not preferences.restore_header(header, STATE_KEY):
            self._default_column_widths()
        self._sort_from_header()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._setup_filters()
        self.ui.searchEdit.textChanged.connect(self._text_changed)
        self.ui.newButton.clicked.connect(self.new_complaint)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        table.activated.connect(
            lambda index: self.open_complaint(self.model.record_id(index.row()))
        )
        self.empty = EmptyOverlay(table, "no-match")
        QShortcut(QKeySequence.StandardKey.New, self, self.new_complaint)
        self.ui.countLabel.setText(self.tr("Searching…"))
        self.refresh()

    # ----------------------------------------------------------------- filters

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusFilter.addItem(self.tr("All statuses"), None)
        ui.statusFilter.addItem(self.tr("Not answered yet"), OPEN)
        for status in ComplaintStatus:
            ui.statusFilter.addItem(enum_label(status), status)
        ui.categoryFilter.addItem(self.tr("All categories"), None)
        for category in self.settings.categories:
            ui.categoryFilter.addItem(category_text(self.settings, category.code), category.code)
        fill_enum_combo(ui.severityFilter, ComplaintSeverity, self.tr("All severities"))
        for text, value in (
            (self.tr("Any deadline"), DeadlineFilter.ANY),
            (self.tr("Overdue"), DeadlineFilter.OVERDUE),
            (self.tr("Due soon"), DeadlineFilter.NEAR_DUE),
            (self.tr("Answered late"), DeadlineFilter.ANSWERED_LATE),
        ):
            ui.deadlineFilter.addItem(text, value)
        ui.officerFilter.addItem(self.tr("All officers"), None)
        for officer in list_officers(self._context.db, self._context.actor):
            ui.officerFilter.addItem(officer.display_name, officer.id)
        ui.officerFilter.setEnabled(self._context.actor.is_manager)
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addMonths(-1).toPython())
        ui.toDate.setDate(today.toPython())
        fit_to_texts(*self.findChildren(QComboBox))
        self.filter_bar = FilterBar.replacing(ui.filterLayout, ui.pageLayout)
        for combo in (
            ui.statusFilter,
            ui.categoryFilter,
            ui.severityFilter,
            ui.deadlineFilter,
            ui.officerFilter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.dateCheck.toggled.connect(self._filters_changed)
        ui.fromDate.dateChanged.connect(self._dates_changed)
        ui.toDate.dateChanged.connect(self._dates_changed)
        self._dates_changed()

    def _dates_changed(self) -> None:
        ui = self.ui
        for widget in (ui.fromDate, ui.toDate):
            widget.setEnabled(ui.dateCheck.isChecked())
        if ui.dateCheck.isChecked():
            self._filters_changed()

    def _filters_changed(self) -> None:
        ui = self.ui
        status = ui.statusFilter.currentData()
        if status == OPEN:
            statuses = frozenset(OPEN_STATUSES)
        else:
            chosen = enum_data(ui.statusFilter, ComplaintStatus)
            statuses = frozenset({chosen}) if chosen is not None else frozenset()
        dates = ui.dateCheck.isChecked()
        for widget in (ui.fromDate, ui.toDate):
            widget.setEnabled(dates)
        self._query = replace(
            self._query,
            statuses=statuses,
            category=ui.categoryFilter.currentData(),
            severity=enum_data(ui.severityFilter, ComplaintSeverity),
            deadline=enum_data(ui.deadlineFilter, DeadlineFilter) or DeadlineFilter.ANY,
            officer_id=ui.officerFilter.currentData(),
            received_from=filter_bound(ui.fromDate, self._query.received_from) if dates else None,
            received_to=filter_bound(ui.toDate, self._query.received_to) if dates else None,
        )
        self.refresh()

    def set_filters(
        self,
        *,
        status: object = None,
        category: str | None = None,
        deadline: DeadlineFilter = DeadlineFilter.ANY,
    ) -> None:
        """Select filter values as a user would (used by other screens and tests)."""
        ui = self.ui
        for combo, value in (
            (ui.statusFilter, status),
            (ui.categoryFilter, category),
            (ui.deadlineFilter, deadline),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self._filters_changed()

    def clear_filters(self) -> None:
        ui = self.ui
        for combo in (
            ui.statusFilter,
            ui.categoryFilter,
            ui.severityFilter,
            ui.deadlineFilter,
            ui.officerFilter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        ui.dateCheck.blockSignals(True)
        ui.dateCheck.setChecked(False)
        ui.dateCheck.blockSignals(False)
        self._filters_changed()

    def _text_changed(self, text: str) -> None:
        self._query = replace(self._query, text=text)
        self._search_timer.start()

    def _sort_from_header(self) -> None:
        header = self.ui.table.horizontalHeader()
        section = header.sortIndicatorSection()
        column = self.model.columns[section] if 0 <= section < len(self.model.columns) else None
        if column is not None and column.sort is not None:
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self._query = replace(self._query, sort=column.sort, descending=descending)

    def _sort_requested(self, sort: ComplaintSort, descending: bool) -> None:
        if (sort, descending) != (self._query.sort, self._query.descending):
            self._query = replace(self._query, sort=sort, descending=descending)
            self.refresh()

    # ----------------------------------------------------------------- querying

    @property
    def query(self) -> ComplaintQuery:
        return self._query

    def refresh(self, select_complaint: int | None = None) -> None:
        self._search_timer.stop()
        query = self._query
        current = self.selected_complaint_id()
        self._pending_selection = select_complaint if select_complaint is not None else current
        context = self._context

        def work(_progress: Progress) -> list[int]:
            return search_complaint_ids(context.db, context.actor, query)

        self._search.start(work)

    def _apply_result(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.ui.countLabel.setText(self.tr("%n complaint(s)", "", len(ids)))
        if narrowed(self._query):
            self.empty.say(
                self.tr("No complaint matches"),
                self.tr(
                    "Search by number, name, phone or words of the description, or clear a filter."
                ),
                (self.tr("Clear filters"), self.clear_filters),
            )
        else:
            self.empty.say(
                self.tr("No complaints received"),
                self.tr(
                    "A complaint received by phone, at the counter or during a visit is "
                    "recorded with Receive complaint (Ctrl+N)."
                ),
                (self.tr("Receive complaint…"), self.new_complaint),
            )
        revealing, self._revealing = self._revealing, None
        if self._pending_selection is not None:
            listed = self.select_complaint(self._pending_selection)
            if not listed and revealing == self._pending_selection:
                self.ui.searchEdit.blockSignals(True)
                self.ui.searchEdit.clear()  # the search and filters hid the complaint
                self.ui.searchEdit.blockSignals(False)
                self._query = replace(self._query, text="")
                self.clear_filters()
                self.refresh(select_complaint=revealing)
                return
        self.searchFinished.emit()

    # ----------------------------------------------------------------- actions

    def selected_complaint_id(self) -> int | None:
        return current_record_id(self.ui.table, self.model)

    def select_complaint(self, complaint_id: int) -> bool:
        return select_record(self.ui.table, self.model, complaint_id)

    def new_complaint(self) -> ComplaintDialog:
        return self._show(ComplaintDialog(self._context, None, self))

    def open_selected(self) -> ComplaintDialog | None:
        return self.open_complaint(self.selected_complaint_id())

    def open_complaint(self, complaint_id: int | None) -> ComplaintDialog | None:
        if complaint_id is None:
            return None
        return self._show(ComplaintDialog(self._context, complaint_id, self))

    def _show(self, dialog: ComplaintDialog) -> ComplaintDialog:
        dialog.saved.connect(self._complaint_saved)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: ComplaintDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _complaint_saved(self, detail: ComplaintDetail) -> None:
        """Say so, and show and select it in the list (clearing filters that hide it)."""
        announce(self, complaint_saved(detail.number, detail.complainant))
        self.model.forget(detail.id)
        self._revealing = detail.id
        self.refresh(select_complaint=detail.id)

    # ----------------------------------------------------------------- state

    def save_state(self) -> None:
        preferences.save_header(self.ui.table.horizontalHeader(), STATE_KEY)

    def _default_column_widths(self) -> None:
        widths = {
            "number": 120,
            "received": 125,
            "complainant": 80,
            "phone": 105,
            "category": 170,
            "severity": 64,
            "channel": 80,
            "status": 65,
            "officer": 65,
            "due": 90,
            "deadline": 90,
        }
        for section, column in enumerate(self.model.columns):
            if column.key in widths:
                self.ui.table.setColumnWidth(section, widths[column.key])
        style.fit_titles(self.ui.table.horizontalHeader())
