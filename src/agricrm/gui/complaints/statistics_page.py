"""Complaint statistics for a chosen period: headline figures, charts and tables.

The figures are computed by `complaint_statistics` (SQL aggregation) on a worker thread; this
page only draws them.  Qt Charts is imported with this module, which the complaint section
loads the first time its statistics tab is opened.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from agricrm.domain.complaints import (
    ComplaintCause,
    ComplaintStatus,
    Responsibility,
    Satisfaction,
)
from agricrm.gui import style
from agricrm.gui.complaints.texts import category_text, money_text
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.forms.ui_complaint_statistics_page import Ui_ComplaintStatisticsPage
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.tasks import LatestTask
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.complaint_stats import ComplaintStatistics, complaint_statistics
from agricrm.services.progress import Progress

STATUS_COLORS = {
    ComplaintStatus.RECEIVED: "#c0392b",
    ComplaintStatus.INVESTIGATING: "#e67e22",
    ComplaintStatus.RESOLVING: "#f1c40f",
    ComplaintStatus.REPLIED: "#3498db",
    ComplaintStatus.CLOSED: "#27ae60",
}
RESPONSIBILITY_COLORS = {
    Responsibility.OUR_SIDE: "#c0392b",
    Responsibility.PARTNER: "#e67e22",
    Responsibility.CUSTOMER: "#3498db",
    Responsibility.FORCE_MAJEURE: "#7f8c8d",
}
SATISFACTION_COLORS = {
    Satisfaction.SATISFIED: "#27ae60",
    Satisfaction.BASICALLY_SATISFIED: "#8bc34a",
    Satisfaction.DISSATISFIED: "#c0392b",
    Satisfaction.UNREACHABLE: "#95a5a6",
}
MONTH_COLORS = ("#3498db", "#27ae60", "#c0392b")


def _first_of_quarter(day: dt.date) -> dt.date:
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def _minus_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def preset_period(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    month = today.replace(day=1)
    quarter = _first_of_quarter(today)
    year = today.replace(month=1, day=1)
    if preset == "this_month":
        return month, today
    if preset == "last_month":
        return _minus_months(month, 1), month - dt.timedelta(days=1)
    if preset == "this_quarter":
        return quarter, today
    if preset == "last_quarter":
        return _minus_months(quarter, 3), quarter - dt.timedelta(days=1)
    if preset == "this_year":
        return year, today
    if preset == "last_year":
        return year.replace(year=year.year - 1), year - dt.timedelta(days=1)
    return _minus_months(month, 11), today  # the last twelve months


class ComplaintStatisticsPage(QWidget):
    computed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_ComplaintStatisticsPage()
        self.ui.setupUi(self)
        self.settings = complaint_settings(context.db, context.actor)
        self.statistics: ComplaintStatistics | None = None
        self._counting = LatestTask(self._show, self._failed, self)
        ui = self.ui
        for text, key in (
            (self.tr("This month"), "this_month"),
            (self.tr("Last month"), "last_month"),
            (self.tr("This quarter"), "this_quarter"),
            (self.tr("Last quarter"), "last_quarter"),
            (self.tr("This year"), "this_year"),
            (self.tr("Last year"), "last_year"),
            (self.tr("Last 12 months"), "last_12_months"),
            (self.tr("Chosen dates"), "custom"),
        ):
            ui.presetCombo.addItem(text, key)
        self.charts: dict[str, QChartView] = {}
        for index, key in enumerate(("categories", "months", "causes", "satisfaction")):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(360, 260)
            self.charts[key] = view
            ui.chartsLayout.addWidget(view, index // 2, index % 2)
        for table in (ui.categoryTable, ui.causeTable, ui.monthTable):
            style.fit_rows(table)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.tablesLayout.setRowStretch(0, 2)
        ui.tablesLayout.setRowStretch(1, 3)
        ui.presetCombo.currentIndexChanged.connect(self._preset_changed)
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.presetCombo.setCurrentIndex(ui.presetCombo.findData("last_12_months"))
        self._preset_changed()

    # ----------------------------------------------------------------- period

    def _preset_changed(self) -> None:
        key = self.ui.presetCombo.currentData()
        if key == "custom":
            return
        first, last = preset_period(key, dt.date.today())
        self.set_period(first, last, keep_preset=True)

    def set_period(self, first: dt.date, last: dt.date, keep_preset: bool = False) -> None:
        ui = self.ui
        for edit, day in ((ui.fromDate, first), (ui.toDate, last)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        if not keep_preset:
            ui.presetCombo.blockSignals(True)
            ui.presetCombo.setCurrentIndex(ui.presetCombo.findData("custom"))
            ui.presetCombo.blockSignals(False)
        self.refresh()

    def _dates_edited(self) -> None:
        """Typed days make the period a chosen one; the fields are left as typed."""
        ui = self.ui
        ui.presetCombo.blockSignals(True)
        ui.presetCombo.setCurrentIndex(ui.presetCombo.findData("custom"))
        ui.presetCombo.blockSignals(False)
        if ui.fromDate.date() is not None and ui.toDate.date() is not None:
            self.refresh()

    def refresh(self) -> None:
        first, last = self.ui.fromDate.date(), self.ui.toDate.date()
        if first is None or last is None:
            field = self.ui.fromDate if first is None else self.ui.toDate
            self.ui.timingLabel.setText(field.problem_text() or self.tr("Enter both days."))
            return
        context = self._context
        self.ui.timingLabel.setText(self.tr("Counting…"))

        def work(_progress: Progress) -> ComplaintStatistics:
            return complaint_statistics(context.db, context.actor, first, last)

        self._counting.start(work)

    def _failed(self, error: Exception) -> None:
        self.ui.timingLabel.clear()
        show_error(self, error)

    # ----------------------------------------------------------------- drawing

    def _show(self, stats: ComplaintStatistics) -> None:
        self.statistics = stats
        as_of = stats.as_of.astimezone().strftime("%Y-%m-%d %H:%M")
        self.ui.timingLabel.setText(arg(self.tr("Status as of %1"), as_of))
        self.ui.figuresLabel.setText(self._figures_html(stats))
        self._category_chart(stats)
        self._month_chart(stats)
        self._cause_chart(stats)
        self._satisfaction_chart(stats)
        self._category_table(stats)
        self._cause_table(stats)
        self._month_table(stats)
        self.computed.emit()

    def _figures_html(self, s: ComplaintStatistics) -> str:
        def share(part: int) -> str:
            return f"{part * 100 / s.received:.1f}%" if s.received else "—"

        def days(value: float | None) -> str:
            return "—" if value is None else arg(self.tr("%1 days"), f"{value:.1f}")

        cells = [
            (self.tr("Received"), str(s.received)),
            (self.tr("Closed"), f"{s.closed} ({share(s.closed)})"),
            (self.tr("Not closed"), str(s.open)),
            (self.tr("Overdue"), f"{s.overdue} ({share(s.overdue)})"),
            (self.tr("Reopened"), str(s.reopened)),
            (self.tr("Average time to close"), days(s.average_days_to_close)),
            (self.tr("90% closed within"), days(s.p90_days_to_close)),
            (self.tr("Compensation (yuan)"), money_text(s.compensation_total)),
        ]
        body = "".join(
            "<td style='padding:2px 14px 2px 0'>"
            f"<span style='color:#666'>{html.escape(label)}</span><br>"
            f"<b style='font-size:15pt'>{html.escape(value)}</b></td>"
            for label, value in cells
        )
        return f"<table><tr>{body}</tr></table>"

    def _chart(self, key: str, title: str) -> QChart:
        chart = QChart()
        font = QFont(QApplication.font())
        title_font = QFont(font)
        title_font.setBold(True)
        chart.setTitle(title)
        chart.setTitleFont(title_font)
        chart.legend().setFont(font)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.charts[key].chart()
        self.charts[key].setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    @staticmethod
    def _names(labels: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(labels or [""])
        axis.setLabelsFont(QFont(QApplication.font()))
        axis.setTruncateLabels(False)
        return axis

    @staticmethod
    def _count_axis(highest: float, label_format: str = "%d") -> QValueAxis:
        axis = QValueAxis()
        axis.setLabelFormat(label_format)
        axis.setRange(0, max(highest * 1.1, 4))
        axis.applyNiceNumbers()
        axis.setLabelsFont(QFont(QApplication.font()))
        return axis

    def _categories(self, s: ComplaintStatistics) -> list[str]:
        """The period's categories in the branch's list order (unknown codes last)."""
        order = [category.code for category in self.settings.categories]
        found = s.categories
        return [code for code in order if code in found] + [
            code for code in found if code not in order
        ]

    def _category_chart(self, s: ComplaintStatistics) -> None:
        chart = self._chart("categories", self.tr("Complaints by category and status"))
        categories = list(reversed(self._categories(s)))  # bars are drawn bottom-up
        series = QHorizontalStackedBarSeries()
        for status in ComplaintStatus:
            bar = QBarSet(_label(status))
            bar.setColor(QColor(STATUS_COLORS[status]))
            bar.append([float(s.count(code, status)) for code in categories])
            series.append(bar)
        chart.addSeries(series)
        names = self._names([category_text(self.settings, code) for code in categories])
        counts = self._count_axis(max((s.count(code) for code in categories), default=0))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)

    def _month_chart(self, s: ComplaintStatistics) -> None:
        chart = self._chart("months", self.tr("Month by month"))
        series = QBarSeries()
        for (label, values), color in zip(
            (
                (self.tr("Received"), [m.received for m in s.monthly]),
                (self.tr("Closed"), [m.closed for m in s.monthly]),
                (self.tr("Overdue"), [m.overdue for m in s.monthly]),
            ),
            MONTH_COLORS,
            strict=True,
        ):
            bar = QBarSet(label)
            bar.setColor(QColor(color))
            bar.append([float(v) for v in values])
            series.append(bar)
        chart.addSeries(series)
        line = QLineSeries()
        line.setName(self.tr("Average days to close"))
        line.setPen(QPen(QColor("#8e44ad"), 2))
        for index, month in enumerate(s.monthly):
            if month.average_days_to_close is not None:
                line.append(index, month.average_days_to_close)
        chart.addSeries(line)
        months = self._names([f"{m.month:%y-%m}" for m in s.monthly])
        if len(s.monthly) > 8:
            months.setLabelsAngle(-60)
        counts = self._count_axis(max((m.received for m in s.monthly), default=0))
        days = self._count_axis(
            max((m.average_days_to_close or 0 for m in s.monthly), default=0), "%.0f"
        )
        days.setTitleText(self.tr("days"))
        days.setTitleFont(QFont(QApplication.font()))
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(days, Qt.AlignmentFlag.AlignRight)
        series.attachAxis(months)
        series.attachAxis(counts)
        line.attachAxis(months)
        line.attachAxis(days)

    def _cause_chart(self, s: ComplaintStatistics) -> None:
        chart = self._chart("causes", self.tr("Causes and responsibility (investigated)"))
        found = {e.cause for e in s.by_cause_responsibility}
        causes = [c for c in reversed(ComplaintCause) if c in found]
        counts = {(e.cause, e.responsibility): e.count for e in s.by_cause_responsibility}
        series = QHorizontalStackedBarSeries()
        for responsibility in Responsibility:
            bar = QBarSet(_label(responsibility))
            bar.setColor(QColor(RESPONSIBILITY_COLORS[responsibility]))
            bar.append([float(counts.get((c, responsibility), 0)) for c in causes])
            series.append(bar)
        chart.addSeries(series)
        names = self._names([_label(c) for c in causes])
        totals = [sum(counts.get((c, r), 0) for r in Responsibility) for c in causes]
        values = self._count_axis(max(totals, default=0))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)

    def _satisfaction_chart(self, s: ComplaintStatistics) -> None:
        chart = self._chart("satisfaction", self.tr("Satisfaction at closing"))
        series = QPieSeries()
        counts = dict(s.by_satisfaction)
        total = sum(counts.values())
        for satisfaction in Satisfaction:
            count = counts.get(satisfaction, 0)
            if not count:
                continue
            piece = series.append(f"{_label(satisfaction)} {count * 100 / total:.0f}%", count)
            piece.setColor(QColor(SATISFACTION_COLORS[satisfaction]))
            piece.setLabelFont(QFont(QApplication.font()))
        series.setPieSize(0.75)
        series.setHoleSize(0.35)
        chart.addSeries(series)

    def _fill(
        self, table: QTableWidget, columns: list[str], rows: list[tuple[str, list[str]]]
    ) -> None:
        table.clear()
        table.setColumnCount(len(columns))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(columns)
        table.setVerticalHeaderLabels([label for label, _ in rows])
        for row, (_label_text, values) in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _category_table(self, s: ComplaintStatistics) -> None:
        statuses = list(ComplaintStatus)
        rows = [
            (
                category_text(self.settings, code),
                [str(s.count(code, status)) for status in statuses] + [str(s.count(code))],
            )
            for code in self._categories(s)
        ]
        rows.append(
            (self.tr("Total"), [str(s.count(None, st)) for st in statuses] + [str(s.count())])
        )
        self._fill(
            self.ui.categoryTable, [_label(st) for st in statuses] + [self.tr("Total")], rows
        )

    def _cause_table(self, s: ComplaintStatistics) -> None:
        counts = {(e.cause, e.responsibility): e.count for e in s.by_cause_responsibility}
        causes = [c for c in ComplaintCause if any(k[0] is c for k in counts)]
        rows = [
            (
                _label(cause),
                [str(counts.get((cause, r), 0)) for r in Responsibility]
                + [str(sum(counts.get((cause, r), 0) for r in Responsibility))],
            )
            for cause in causes
        ]
        self._fill(
            self.ui.causeTable, [_label(r) for r in Responsibility] + [self.tr("Total")], rows
        )

    def _month_table(self, s: ComplaintStatistics) -> None:
        def days(value: float | None) -> str:
            return "—" if value is None else f"{value:.1f}"

        rows = [
            (
                f"{m.month:%Y-%m}",
                [
                    str(m.received),
                    str(m.closed),
                    str(m.overdue),
                    days(m.average_days_to_close),
                    days(m.p90_days_to_close),
                ],
            )
            for m in s.monthly
        ]
        self._fill(
            self.ui.monthTable,
            [
                self.tr("Received"),
                self.tr("Closed"),
                self.tr("Overdue"),
                self.tr("Average days to close"),
                self.tr("90% closed within (days)"),
            ],
            rows,
        )


def _label(member: object) -> str:
    return enum_label(member)  # type: ignore[arg-type]
