"""The customer list: instant search, filters, sortable lazy table, count and a summary."""

from __future__ import annotations

import html
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QWidget

from agricrm.domain.enums import BusinessMode, CreditGrade, CustomerStatus
from agricrm.domain.numbers import format_amount, format_area
from agricrm.gui import preferences, style
from agricrm.gui.context import AppContext
from agricrm.gui.customers.class_filters import ClassFilters
from agricrm.gui.customers.class_summary import classes_html
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.customers.table_model import CLASS_COLUMNS, CustomerTableModel
from agricrm.gui.errors import show_error
from agricrm.gui.forms.ui_customer_list_page import Ui_CustomerListPage
from agricrm.gui.labels import enum_label, fill_enum_combo, select_data
from agricrm.gui.notices import announce, customer_saved
from agricrm.gui.segments.list_menu import SegmentsMenu
from agricrm.gui.tasks import LatestTask
from agricrm.gui.widgets.column_chooser import ColumnChooser
from agricrm.gui.widgets.empty_state import EmptyOverlay, narrowed
from agricrm.gui.widgets.flow_layout import FilterBar, fit_to_texts
from agricrm.gui.widgets.lazy_table import current_record_id, select_record
from agricrm.services.customer_data import CustomerDetail, CustomerQuery, CustomerSort
from agricrm.services.customer_search import customer_rows, filter_options, search_customer_ids
from agricrm.services.progress import Progress
from agricrm.services.strategy import strategy_section

SEARCH_DELAY_MS = 150
SUMMARY_DELAY_MS = 80
STATE_KEY = "customer_list.numbered"  # a new name for the layout with the file number first


class CustomerListPage(QWidget):
    """Searches run on a worker thread; only the newest search's result is shown."""

    searchFinished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_CustomerListPage()
        self.ui.setupUi(self)
        self._query = CustomerQuery()
        self._search = LatestTask(self._apply_result, lambda error: show_error(self, error), self)
        self._pending_selection: int | None = None
        self._revealing: CustomerDetail | None = None  # a saved file the list must show

        self.model = CustomerTableModel(
            lambda ids: customer_rows(context.db, context.actor, ids), self
        )
        self.model.sortRequested.connect(self._sort_requested)
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        style.fit_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(self.model.column_of("name"), Qt.SortOrder.AscendingOrder)
        self.column_chooser = ColumnChooser(header)
        if not preferences.restore_header(header, STATE_KEY):
            self._default_column_widths()
        preferences.restore_splitter(self.ui.splitter, STATE_KEY)
        if not self.ui.splitter.sizes() or min(self.ui.splitter.sizes()) == 0:
            self.ui.splitter.setSizes([900, 300])
        self._sort_from_header()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._summary_timer = QTimer(self, singleShot=True, interval=SUMMARY_DELAY_MS)
        self._summary_timer.timeout.connect(self._show_summary)

        self._setup_filters()
        self.segments_menu = SegmentsMenu(self, context)
        toolbar = self.ui.toolbarLayout
        toolbar.insertWidget(toolbar.indexOf(self.ui.newButton), self.segments_menu.button)
        self.ui.searchEdit.textChanged.connect(self._text_changed)
        self.ui.searchEdit.returnPressed.connect(self._focus_table)
        self.ui.newButton.clicked.connect(self.new_customer)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        table.activated.connect(lambda index: self.open_customer(self.model.record_id(index.row())))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._summary_timer.start())
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.empty = EmptyOverlay(table, "no-match")
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_customer)
        self.ui.countLabel.setText(self.tr("Searching…"))
        self.refresh()

    # ----------------------------------------------------------------- filters and search

    def _setup_filters(self) -> None:
        ui = self.ui
        options = filter_options(self._context.db, self._context.actor)
        self._villages = options.villages
        ui.townshipFilter.addItem(self.tr("All townships"), None)
        for township in options.townships:
            ui.townshipFilter.addItem(township, township)
        self._fill_village_filter(None)
        fill_enum_combo(ui.businessModeFilter, BusinessMode, self.tr("All business modes"))
        fill_enum_combo(ui.creditGradeFilter, CreditGrade, self.tr("All credit grades"))
        fill_enum_combo(ui.statusFilter, CustomerStatus, self.tr("All statuses"))
        ui.officerFilter.addItem(self.tr("All officers"), None)
        for officer_id, name in options.officers:
            ui.officerFilter.addItem(name, officer_id)
        ui.officerFilter.setEnabled(self._context.actor.is_manager)
        self.class_filters = ClassFilters(self)
        before = ui.filterLayout.indexOf(ui.archivedCheck)
        for offset, combo in enumerate(self.class_filters.widgets()):
            ui.filterLayout.insertWidget(before + offset, combo)
        self.class_filters.changed.connect(self._filters_changed)
        fit_to_texts(*self.findChildren(QComboBox))
        self.filter_bar = FilterBar.replacing(ui.filterLayout, ui.pageLayout)
        ui.townshipFilter.currentIndexChanged.connect(self._township_changed)
        for combo in (
            ui.villageFilter,
            ui.businessModeFilter,
            ui.creditGradeFilter,
            ui.statusFilter,
            ui.officerFilter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.archivedCheck.toggled.connect(self._filters_changed)

    def _fill_village_filter(self, township: str | None) -> None:
        combo = self.ui.villageFilter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All villages"), None)
        townships = [township] if township else list(self._villages)
        for place in townships:
            for village in self._villages.get(place, ()):
                label = village if township else f"{village}（{place}）"
                combo.addItem(label, (place, village))
        combo.blockSignals(False)

    def _township_changed(self) -> None:
        self._fill_village_filter(self.ui.townshipFilter.currentData())
        self._filters_changed()

    def _filters_changed(self) -> None:
        ui = self.ui
        village = ui.villageFilter.currentData()
        township = village[0] if village else ui.townshipFilter.currentData()
        self._query = replace(
            self._query,
            township=township,
            village=village[1] if village else None,
            business_mode=ui.businessModeFilter.currentData(),
            credit_grade=ui.creditGradeFilter.currentData(),
            status=ui.statusFilter.currentData(),
            officer_id=ui.officerFilter.currentData(),
            include_archived=ui.archivedCheck.isChecked(),
            classes=self.class_filters.chosen(),
        )
        self.refresh()

    def current_query(self) -> CustomerQuery:
        """The search and filters the list shows (what a saved segment keeps)."""
        return self._query

    def apply_query(self, query: CustomerQuery) -> None:
        """Show the customers of `query`: its text and every filter set in the boxes (the
        segments screen's cells and the saved segments open the list this way); the
        list's order stays the user's."""
        ui = self.ui
        widgets = (ui.searchEdit, ui.townshipFilter, ui.villageFilter, ui.archivedCheck)
        for widget in widgets:
            widget.blockSignals(True)
        ui.searchEdit.setText(query.text)
        select_data(ui.townshipFilter, query.township)
        self._fill_village_filter(query.township)
        # the list keeps a village with its township (two townships may share a name)
        select_data(ui.villageFilter, (query.township, query.village) if query.village else None)
        ui.archivedCheck.setChecked(query.include_archived)
        for combo, value in (
            (ui.businessModeFilter, query.business_mode),
            (ui.creditGradeFilter, query.credit_grade),
            (ui.statusFilter, query.status),
            (ui.officerFilter, query.officer_id),
        ):
            combo.blockSignals(True)
            select_data(combo, value)
            combo.blockSignals(False)
        self.class_filters.set_chosen(query.classes)
        for widget in widgets:
            widget.blockSignals(False)
        self._query = replace(self._query, text=query.text)
        self._filters_changed()

    def clear_filters(self, keep_archived: bool = False) -> None:
        ui = self.ui
        for combo in (
            ui.townshipFilter,
            ui.businessModeFilter,
            ui.creditGradeFilter,
            ui.statusFilter,
            ui.officerFilter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_village_filter(None)
        self.class_filters.clear()
        if not keep_archived:
            ui.archivedCheck.blockSignals(True)
            ui.archivedCheck.setChecked(False)
            ui.archivedCheck.blockSignals(False)
        self._filters_changed()

    def _text_changed(self, text: str) -> None:
        self._query = replace(self._query, text=text)
        self._search_timer.start()

    def _sort_from_header(self) -> None:
        header = self.ui.table.horizontalHeader()
        column = (
            self.model.columns[header.sortIndicatorSection()]
            if header.sortIndicatorSection() >= 0
            else None
        )
        if column is not None and column.sort is not None:
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self._query = replace(self._query, sort=column.sort, descending=descending)

    def _sort_requested(self, sort: CustomerSort, descending: bool) -> None:
        if (sort, descending) != (self._query.sort, self._query.descending):
            self._query = replace(self._query, sort=sort, descending=descending)
            self.refresh()

    def refresh(self, select_customer: int | None = None) -> None:
        """Run the current query on a worker thread; keep the selection if still listed."""
        self._search_timer.stop()
        query = self._query
        current = self.selected_customer_id()
        self._pending_selection = select_customer if select_customer is not None else current
        context = self._context

        def work(_progress: Progress) -> list[int]:
            return search_customer_ids(context.db, context.actor, query)

        self._search.start(work)

    def _apply_result(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.ui.countLabel.setText(self.tr("%n customer(s)", "", len(ids)))
        self._say_why_empty()
        revealing, self._revealing = self._revealing, None
        if self._pending_selection is not None:
            listed = self.select_customer(self._pending_selection)
            if not listed and revealing is not None and revealing.id == self._pending_selection:
                self._show_everything(revealing)  # the filters hid the file just saved
                return
        self._summary_timer.start()
        self.searchFinished.emit()

    def _say_why_empty(self) -> None:
        if narrowed(self._query):
            self.empty.say(
                self.tr("No customer matches"),
                self.tr(
                    "Check the spelling, or try pinyin initials (zs), part of the mobile number "
                    "or the village; the filters above may also leave them out."
                ),
                (self.tr("Clear the search and filters"), self.show_all),
            )
        else:
            self.empty.say(
                self.tr("No customer files yet"),
                self.tr(
                    "Create the first file with New customer (Ctrl+N), or import a filled-in "
                    "registration workbook or a headquarters package on the Sync screen."
                ),
                (self.tr("New customer…"), self.new_customer),
            )

    def show_all(self) -> None:
        """Clear the search text and every filter."""
        self.ui.searchEdit.clear()
        self.clear_filters()

    def _show_everything(self, detail: CustomerDetail) -> None:
        """Clear the search and the filters so that the list shows `detail`, then select it."""
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self._query = replace(self._query, text="")
        self.ui.archivedCheck.blockSignals(True)
        self.ui.archivedCheck.setChecked(detail.archived_at is not None)
        self.ui.archivedCheck.blockSignals(False)
        self.clear_filters(keep_archived=True)
        self.refresh(select_customer=detail.id)

    # ----------------------------------------------------------------- selection and actions

    def selected_customer_id(self) -> int | None:
        return current_record_id(self.ui.table, self.model)

    def select_customer(self, customer_id: int) -> bool:
        return select_record(self.ui.table, self.model, customer_id)

    def new_customer(self) -> None:
        dialog = CustomerDialog(self._context, None, self)
        dialog.saved.connect(self._customer_saved)
        dialog.open()

    def open_selected(self) -> None:
        self.open_customer(self.selected_customer_id())

    def open_customer(self, customer_id: int | None) -> None:
        if customer_id is None:
            return
        dialog = CustomerDialog(self._context, customer_id, self)
        dialog.saved.connect(self._customer_saved)
        dialog.open()

    def _customer_saved(self, detail: CustomerDetail) -> None:
        """Say so, and show and select the file in the list (clearing filters that hide it)."""
        announce(self, customer_saved(detail.name))
        self.model.forget(detail.id)
        self._revealing = detail
        self.refresh(select_customer=detail.id)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _focus_table(self) -> None:
        table = self.ui.table
        if self.model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(self.model.index(0, 0))
        table.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.ui.searchEdit.hasFocus() and event.key() == Qt.Key.Key_Down:
            self._focus_table()
            return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- summary and state

    def _show_summary(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None:
            self.ui.summary.setHtml(self._nothing_selected_html())
            return
        try:
            detail = self._context.customers.get(self._context.actor, customer_id)
            section = strategy_section(self._context.db, self._context.actor, customer_id)
        except Exception as error:
            self.ui.summary.setPlainText(str(error))
            return
        self.ui.summary.setHtml(self._summary_html(detail) + classes_html(section))

    def _nothing_selected_html(self) -> str:
        """What the panel is for, while it has nothing to show."""
        if self.model.rowCount() == 0:
            return ""  # the list's own empty state says what to do
        title = html.escape(self.tr("No customer selected"))
        text = html.escape(
            self.tr(
                "Select a customer in the list to see their status, contact, loans and "
                "officer here. Enter opens the file; Ctrl+N creates a new one."
            )
        )
        return (
            f"<p style='color:{style.MUTED}'><b>{title}</b></p>"
            f"<p style='color:{style.MUTED}'>{text}</p>"
        )

    def _summary_html(self, d: CustomerDetail) -> str:
        def line(label: str, value: object) -> str:
            text = html.escape(str(value)) if value not in (None, "") else "—"
            muted = f"color:{style.MUTED};padding-right:8px"
            return f"<tr><td style='{muted}'>{label}</td><td>{text}</td></tr>"

        balance = sum((loan.balance for loan in d.loans), start=Decimal(0))
        rows = [
            line(self.tr("File no."), d.number),
            line(self.tr("Status"), enum_label(d.status)),
            line(self.tr("Mobile phone"), d.phone),
            line(self.tr("ID number"), d.id_number),
            line(self.tr("Address"), f"{d.township}{d.village}{d.address_detail}"),
            line(self.tr("Business mode"), enum_label(d.business_mode)),
            line(self.tr("Land (mu)"), format_area(d.land_area_mu)),
            line(self.tr("Credit grade"), enum_label(d.credit_grade)),
            line(self.tr("Loans"), self.tr("%n loan(s)", "", len(d.loans))),
            line(self.tr("Loan balance (yuan)"), format_amount(balance)),
            line(self.tr("Production"), "、".join(item.name for item in d.production_items)),
            line(self.tr("Officer"), d.officer_name),
            line(self.tr("Tags"), " ".join(d.tags)),
        ]
        archived_text = self.tr("Archived")
        archived = f"<p style='color:{style.WARNING}'>{archived_text}</p>" if d.archived_at else ""
        return f"<h3>{html.escape(d.name)}</h3>{archived}<table>{''.join(rows)}</table>"

    def save_state(self) -> None:
        preferences.save_header(self.ui.table.horizontalHeader(), STATE_KEY)
        preferences.save_splitter(self.ui.splitter, STATE_KEY)

    def _default_column_widths(self) -> None:
        widths = {
            "number": 110,
            "name": 90,
            "gender": 50,
            "age": 50,
            "phone": 110,
            "id_number": 170,
            "township": 90,
            "village": 100,
            "business_mode": 110,
            "land_area": 80,
            "credit_grade": 70,
            "loan_balance": 110,
            "status": 90,
            "officer": 70,
            "tags": 60,
        }
        for section, column in enumerate(self.model.columns):
            if column.key in widths:
                self.ui.table.setColumnWidth(section, widths[column.key])
            if column.key in CLASS_COLUMNS:
                self.ui.table.setColumnHidden(section, True)
        style.fit_titles(self.ui.table.horizontalHeader())
