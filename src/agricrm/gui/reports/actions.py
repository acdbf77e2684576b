"""Where reports are started from: the main window's Reports menu and the customer form.

Each entry opens its dialog (if any), then makes the report in the background and previews it.
Visit reports, batches, the complaint form and the village day sheet add their entries to
`populate_reports_menu` and start from their own screens the same way (`make_and_preview`).
"""

from __future__ import annotations

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


def populate_reports_menu(menu: QMenu, parent: QWidget, context: AppContext) -> list[QAction]:
    summary = QAction(qt_tr(PERIODIC_SUMMARY), menu)
    summary.setObjectName("actionPeriodicSummary")
    summary.triggered.connect(lambda: start_periodic_summary(parent, context))
    menu.addAction(summary)
    return [summary]


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
