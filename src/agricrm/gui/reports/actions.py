"""Where reports are started from: the main window's Reports menu, the customer and visit
forms, the visit log, the Today view and the village day list.

Each entry opens its dialog (if any), then makes the report in the background (progress bar,
Cancel) and previews it (`make_and_preview`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from agricrm.gui.context import AppContext
from agricrm.gui.qt_text import qt_tr
from agricrm.gui.reports.runner import make_and_preview
from agricrm.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from agricrm.gui.reports.summary_dialog import SummaryReportDialog
    from agricrm.reports.document import ReportResult
    from agricrm.services.progress import Progress
    from agricrm.services.reports import ReportOptions

PERIODIC_SUMMARY = QT_TRANSLATE_NOOP("ReportActions", "&Periodic summary…")
PREPARING_SUMMARY = QT_TRANSLATE_NOOP("ReportActions", "Preparing the periodic summary…")
PREPARING_SHEET = QT_TRANSLATE_NOOP("ReportActions", "Preparing the customer profile sheet…")
VILLAGE_DAY_SHEET = QT_TRANSLATE_NOOP("ReportActions", "&Village day sheet…")
PREPARING_VISIT = QT_TRANSLATE_NOOP("ReportActions", "Preparing the visit report…")
PREPARING_VISITS = QT_TRANSLATE_NOOP("ReportActions", "Preparing {count} visit reports…")
PREPARING_DAY_SHEET = QT_TRANSLATE_NOOP("ReportActions", "Preparing the village day sheet…")
PREPARING_COMPLAINT = QT_TRANSLATE_NOOP("ReportActions", "Preparing the complaint handling form…")


def populate_reports_menu(menu: QMenu, parent: QWidget, context: AppContext) -> list[QAction]:
    summary = QAction(qt_tr(PERIODIC_SUMMARY), menu)
    summary.setObjectName("actionPeriodicSummary")
    summary.triggered.connect(lambda: start_periodic_summary(parent, context))
    menu.addAction(summary)
    day_sheet = QAction(qt_tr(VILLAGE_DAY_SHEET), menu)
    day_sheet.setObjectName("actionVillageDaySheet")
    day_sheet.triggered.connect(lambda: open_village_day_list(parent, context))
    menu.addAction(day_sheet)
    return [summary, day_sheet]


def open_village_day_list(
    parent: QWidget, context: AppContext, day: dt.date | None = None
) -> QWidget:
    """The village day list, where the day sheet is printed from."""
    from agricrm.gui.visits.village_day_dialog import VillageDayDialog

    dialog = VillageDayDialog(context, day or dt.date.today(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def start_periodic_summary(parent: QWidget, context: AppContext) -> SummaryReportDialog:
    """Ask for the period and officer (window-modal), then make and preview the summary."""
    from agricrm.gui.reports.summary_dialog import SummaryReportDialog

    dialog = SummaryReportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        period, officer = dialog.period(), dialog.officer()

        def work(options: ReportOptions, progress: Progress) -> ReportResult:
            from agricrm.services.reports import periodic_summary

            return periodic_summary(
                context.db, context.actor, period, officer, options, None, progress
            )

        make_and_preview(parent, qt_tr(PREPARING_SUMMARY), work)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def start_customer_sheet(parent: QWidget, context: AppContext, customer_id: int) -> None:
    def work(options: ReportOptions, progress: Progress) -> ReportResult:
        from agricrm.services.reports import customer_sheet

        return customer_sheet(context.db, context.actor, customer_id, options, None, progress)

    make_and_preview(parent, qt_tr(PREPARING_SHEET), work)


def start_visit_report(parent: QWidget, context: AppContext, visit_id: int) -> None:
    def work(options: ReportOptions, progress: Progress) -> ReportResult:
        from agricrm.services.reports import visit_report

        return visit_report(context.db, context.actor, visit_id, options, None, progress)

    make_and_preview(parent, qt_tr(PREPARING_VISIT), work)


def start_visit_batch(parent: QWidget, context: AppContext, visit_ids: Sequence[int]) -> None:
    """Visit reports of many visits in one file, in the given order."""
    ids = list(visit_ids)

    def work(options: ReportOptions, progress: Progress) -> ReportResult:
        from agricrm.services.reports import visit_batch

        return visit_batch(context.db, context.actor, ids, options, None, progress)

    make_and_preview(parent, qt_tr(PREPARING_VISITS(count=len(ids))), work)


def start_village_day_sheet(
    parent: QWidget, context: AppContext, township: str, village: str, day: dt.date
) -> None:
    def work(options: ReportOptions, progress: Progress) -> ReportResult:
        from agricrm.services.reports import village_day_sheet

        return village_day_sheet(
            context.db, context.actor, township, village, day, options, None, progress
        )

    make_and_preview(parent, qt_tr(PREPARING_DAY_SHEET), work)


def start_complaint_form(parent: QWidget, context: AppContext, complaint_id: int) -> None:
    def work(options: ReportOptions, progress: Progress) -> ReportResult:
        from agricrm.services.reports import complaint_form

        return complaint_form(context.db, context.actor, complaint_id, options, None, progress)

    make_and_preview(parent, qt_tr(PREPARING_COMPLAINT), work)
