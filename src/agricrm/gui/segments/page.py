"""The segments screen (客户分层): how many customers each class holds, the cross-tables
segment × township, value × credit status and industry × scale with a bar chart each, and
the saved segments.

Every number opens the customers behind it: a click on a count, a cell, a total or a bar
emits `openRequested` with the customer-list filter of that number, and the main window
shows the list filtered so (`CustomerListPage.apply_query`).  The numbers come from
`segments_view` on a worker thread (two to six GROUP BYs; the screen never waits on them);
the page only draws.  Qt Charts is imported with this module, which the main window loads
the first time the section is opened.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.classification.facts import Dimension, class_member
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.icons import icon
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.segments.saved_panel import SavedSegmentsPanel
from agricrm.gui.tasks import LatestTask
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.progress import Progress
from agricrm.services.segments import CrossTable, SegmentsView, segments_view

QUERY = Qt.ItemDataRole.UserRole + 1  # the CustomerQuery behind a number
BAR_COLOURS = ("#1d5fa8", "#e0a100", "#2e7d32", "#8e44ad", "#c0392b", "#7f8c8d")


def class_text(axis: Dimension | str, code: str) -> str:
    """A class's name ("优质客户"); a township is its own name; "" is "not classified"."""
    if not isinstance(axis, Dimension):
        return code or "—"
    member = class_member(axis, code)
    return enum_label(member) if member is not None else (code or "—")


class SegmentsPage(QWidget):
    """Counts on the left with the saved segments under them, cross-tables on the right."""

    openRequested = Signal(object)  # CustomerQuery
    callListRequested = Signal(object, str)  # CustomerQuery, the segment's name
    computed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.view: SegmentsView | None = None
        self._counting = LatestTask(self._show, self._failed, self)

        title = QLabel(self.tr("Customer segments"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.total_label = QLabel(self.tr("Counting…"), self)
        self.total_label.setStyleSheet(f"color:{style.MUTED}")
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(12)
        bar.addWidget(self.total_label, 1)
        bar.addWidget(self.refresh_button)

        self.counts = QTreeWidget(self)
        self.counts.setObjectName("segmentCounts")
        self.counts.setColumnCount(2)
        self.counts.setHeaderLabels([self.tr("Class"), self.tr("Customers")])
        self.counts.setRootIsDecorated(True)
        self.counts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.header().setStretchLastSection(False)
        self.counts.setToolTip(self.tr("Double-click a class to list its customers"))
        self.counts.itemActivated.connect(self._count_activated)
        self.saved = SavedSegmentsPanel(context, self)
        self.saved.openRequested.connect(self.openRequested)
        self.saved.callListRequested.connect(self.callListRequested)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.counts)
        left.addWidget(self.saved)
        left.setSizes([480, 180])

        self.tabs = QTabWidget(self)
        self.tables: list[QTableWidget] = []
        self.charts: list[QChartView] = []
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.refresh()

    # ----------------------------------------------------------------- counting

    def refresh(self) -> None:
        context = self._context
        self.total_label.setText(self.tr("Counting…"))

        def work(_progress: Progress) -> SegmentsView:
            return segments_view(context.db, context.actor)

        self._counting.start(work)
        self.saved.refresh()

    def _failed(self, error: Exception) -> None:
        self.total_label.clear()
        show_error(self, error)

    def _show(self, view: SegmentsView) -> None:
        self.view = view
        scope = (
            self.tr("the whole branch")
            if self._context.actor.is_manager
            else self.tr("your customers")
        )
        self.total_label.setText(
            arg(self.tr("%1 classified customer(s), %2"), f"{view.total:,}", scope)
        )
        self._fill_counts(view)
        current = self.tabs.currentIndex()
        while self.tabs.count():  # clear() would keep the old tables and charts alive
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            old.deleteLater()
        self.tables, self.charts = [], []
        for table in view.tables:
            self.tabs.addTab(self._cross_tab(table), self._table_title(table))
        self.tabs.setCurrentIndex(max(current, 0))
        self.computed.emit()

    def _fill_counts(self, view: SegmentsView) -> None:
        expanded = {
            self.counts.topLevelItem(i).data(0, QUERY)
            for i in range(self.counts.topLevelItemCount())
            if self.counts.topLevelItem(i).isExpanded()
        }
        self.counts.clear()
        for dimension in Dimension:
            counts = view.counts[dimension]
            parent = QTreeWidgetItem([enum_label(dimension), ""])
            parent.setData(0, QUERY, dimension.value)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for code in view.classes_of(dimension):
                number = counts.get(code, 0)
                child = QTreeWidgetItem([class_text(dimension, code), f"{number:,}"])
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                child.setData(0, QUERY, CustomerQuery().with_class(dimension, code))
                if number == 0:
                    child.setForeground(0, QColor(style.MUTED))
                    child.setForeground(1, QColor(style.MUTED))
                parent.addChild(child)
            self.counts.addTopLevelItem(parent)
            parent.setExpanded(not expanded or dimension.value in expanded)

    def _count_activated(self, item: QTreeWidgetItem) -> None:
        query = item.data(0, QUERY)
        if isinstance(query, CustomerQuery):
            self.openRequested.emit(query)

    # ----------------------------------------------------------------- cross-tables

    def _axis_title(self, axis: Dimension | str) -> str:
        return enum_label(axis) if isinstance(axis, Dimension) else self.tr("Township")

    def _table_title(self, table: CrossTable) -> str:
        return arg(
            self.tr("%1 × %2"), self._axis_title(table.rows), self._axis_title(table.columns)
        )

    def _cross_tab(self, table: CrossTable) -> QWidget:
        """The table beside its chart.  Townships are many, so segment × township is shown
        turned (a township per line) and charted with horizontal bars."""
        holder = QSplitter(Qt.Orientation.Horizontal, self)
        grid = self._grid(table, turned=not isinstance(table.columns, Dimension))
        chart = self._chart(table)
        holder.addWidget(grid)
        holder.addWidget(chart)
        holder.setStretchFactor(1, 1)
        grid_width = grid.verticalHeader().sizeHint().width() + grid.frameWidth() * 2 + 24
        grid_width += sum(grid.columnWidth(c) for c in range(grid.columnCount()))
        holder.setSizes([min(grid_width, 520), 500])  # a start: the user may move the bar
        self.tables.append(grid)
        self.charts.append(chart)
        return holder

    def _grid(self, table: CrossTable, turned: bool = False) -> QTableWidget:
        """Rows × columns with a total row and column (`turned`: the table's columns as the
        lines); each number opens its customers."""
        rows, columns = table.row_keys, table.column_keys
        lines, places = (columns, rows) if turned else (rows, columns)
        line_axis, place_axis = table.rows, table.columns
        if turned:
            line_axis, place_axis = place_axis, line_axis
        grid = QTableWidget(len(lines) + 1, len(places) + 1, self)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        total_text = self.tr("Total")
        grid.setHorizontalHeaderLabels(
            [class_text(place_axis, key) for key in places] + [total_text]
        )
        grid.setVerticalHeaderLabels([class_text(line_axis, key) for key in lines] + [total_text])
        bold = QFont(grid.font())
        bold.setBold(True)
        for r, line in enumerate([*lines, None]):
            for c, place in enumerate([*places, None]):
                row, column = (place, line) if turned else (line, place)
                if row is None and column is None:
                    number = table.total
                elif row is None:
                    number = table.column_total(column or "")
                elif column is None:
                    number = table.row_total(row)
                else:
                    number = table.count(row, column)
                item = QTableWidgetItem(f"{number:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(QUERY, table.query(row, column))
                if row is None or column is None:
                    item.setFont(bold)
                if number == 0:
                    item.setForeground(QColor(style.MUTED))
                grid.setItem(r, c, item)
        style.fit_rows(grid)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.resizeColumnsToContents()
        grid.setToolTip(self.tr("Click a number to list the customers behind it"))
        grid.cellClicked.connect(lambda r, c, grid=grid: self._cell_clicked(grid, r, c))
        return grid

    def _cell_clicked(self, grid: QTableWidget, row: int, column: int) -> None:
        item = grid.item(row, column)
        if item is not None and isinstance(item.data(QUERY), CustomerQuery):
            self.openRequested.emit(item.data(QUERY))

    def _chart(self, table: CrossTable) -> QChartView:
        """Stacked bars: a bar per row class (per township for segment × township, so the
        bars are the many townships and the stacks the three segments)."""
        by_township = not isinstance(table.columns, Dimension)
        # horizontal bars are drawn bottom up: reversed, the first township is on top as in
        # the table beside them
        categories = table.column_keys[::-1] if by_township else table.row_keys
        stacks = table.row_keys if by_township else table.column_keys
        stack_axis = table.rows if by_township else table.columns
        category_axis = table.columns if by_township else table.rows
        series = QHorizontalStackedBarSeries() if by_township else QStackedBarSeries()
        for index, stack in enumerate(stacks):
            bars = QBarSet(class_text(stack_axis, stack))
            bars.setColor(QColor(BAR_COLOURS[index % len(BAR_COLOURS)]))
            for category in categories:
                row, column = (stack, category) if by_township else (category, stack)
                bars.append(table.count(row, column))

            def clicked(position: int, stack: str = stack) -> None:
                category = categories[position]
                row, column = (stack, category) if by_township else (category, stack)
                self.openRequested.emit(table.query(row, column))

            bars.clicked.connect(clicked)
            series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        axis_categories = QBarCategoryAxis()
        axis_categories.append([class_text(category_axis, key) for key in categories])
        axis_counts = QValueAxis()
        axis_counts.setLabelFormat("%d")
        axis_counts.setMin(0)
        if by_township:
            categories_side, counts_side = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        else:
            categories_side, counts_side = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        chart.addAxis(axis_categories, categories_side)
        series.attachAxis(axis_categories)
        chart.addAxis(axis_counts, counts_side)
        series.attachAxis(axis_counts)
        axis_counts.applyNiceNumbers()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setToolTip(self.tr("Click a bar to list the customers behind it"))
        return view
