"""Every window of the application, opened in the states a user meets: the catalogue the
mnemonic, screen-fit and elision tests walk."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from agricrm.gui.context import AppContext

Keep = Callable[[QWidget], None]


def every_window(context: AppContext, keep: Keep) -> Iterator[tuple[str, QWidget]]:
    """Each window of the application, shown, in each state that changes what it offers."""
    from agricrm.domain.complaints import ComplaintAction, ComplaintStatus
    from agricrm.domain.enums import CustomerStatus
    from agricrm.domain.lifecycle import allowed_targets
    from agricrm.gui.about_dialog import AboutDialog
    from agricrm.gui.classes.rules_dialog import ClassRulesDialog
    from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
    from agricrm.gui.complaints.customer_picker import CustomerPickerDialog
    from agricrm.gui.complaints.step_dialog import StepDialog
    from agricrm.gui.customers.detail_dialog import CustomerDialog
    from agricrm.gui.customers.status_dialog import StatusChangeDialog
    from agricrm.gui.main_window import COMPLAINTS_ROW, SEGMENTS_ROW, MainWindow
    from agricrm.gui.reports.preview_dialog import ReportPreviewDialog
    from agricrm.gui.reports.runner import report_options
    from agricrm.gui.reports.summary_dialog import SummaryReportDialog
    from agricrm.gui.segments.call_list_dialog import CallListDialog
    from agricrm.gui.settings_dialog import SettingsDialog
    from agricrm.gui.visits.care_dialog import CareDialog
    from agricrm.gui.visits.village_day_dialog import VillageDayDialog
    from agricrm.gui.visits.visit_dialog import VisitDialog
    from agricrm.services import reports
    from agricrm.services.complaint_data import ComplaintQuery
    from agricrm.services.complaint_search import search_complaint_ids
    from agricrm.services.complaints import get_complaint
    from agricrm.services.customer_data import CustomerQuery
    from agricrm.services.customer_search import search_customer_ids
    from agricrm.services.visit_data import VisitQuery
    from agricrm.services.visits import search_visit_ids

    def shown(widget: QWidget) -> QWidget:
        keep(widget)
        widget.show()
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)  # its searches end before the next
        QApplication.processEvents()
        return widget

    db, actor = context.db, context.actor
    window = shown(MainWindow(context))
    window.ui.navigation.setCurrentRow(SEGMENTS_ROW)  # built when first opened
    shown(window)  # its counting ends before the next screen is built
    window.ui.navigation.setCurrentRow(COMPLAINTS_ROW)  # likewise
    window.complaints_page.show_statistics()  # likewise
    yield "main window", window
    yield "call list", shown(CallListDialog(context, CustomerQuery(), "三镇优质客户"))
    customer_id = search_customer_ids(db, actor, CustomerQuery())[0]
    yield "new customer", shown(CustomerDialog(context, None))
    customer = shown(CustomerDialog(context, customer_id))
    yield "customer", customer
    targets = allowed_targets(CustomerStatus.PROSPECT)
    yield "status change", shown(StatusChangeDialog(CustomerStatus.PROSPECT, targets))
    yield "new visit", shown(VisitDialog(context, customer_id=customer_id))
    visit_id = search_visit_ids(db, actor, VisitQuery())[0]
    yield "visit", shown(VisitDialog(context, visit_id))
    yield "greeting", shown(CareDialog(context, customer_id, "白勇"))
    yield "village day list", shown(VillageDayDialog(context, dt.date.today()))
    yield "new complaint", shown(ComplaintDialog(context, None))
    yield "customer picker", shown(CustomerPickerDialog(context))
    for status in ComplaintStatus:
        found = search_complaint_ids(db, actor, ComplaintQuery(statuses=frozenset({status})))
        if found:
            yield f"complaint ({status.value})", shown(ComplaintDialog(context, found[0]))
    complaint_id = search_complaint_ids(db, actor, ComplaintQuery())[0]
    detail = get_complaint(db, actor, complaint_id)
    for action in (
        ComplaintAction.INVESTIGATE,
        ComplaintAction.RESOLVE,
        ComplaintAction.REPLY,
        ComplaintAction.CLOSE,
        ComplaintAction.REOPEN,
    ):
        yield f"complaint step ({action.value})", shown(StepDialog(action, detail))
    yield "settings", shown(SettingsDialog(context))
    yield "classification rules", shown(ClassRulesDialog(context))
    yield "summary report", shown(SummaryReportDialog(context))
    sheet = reports.customer_sheet(db, actor, customer_id, report_options())
    yield "print preview", shown(ReportPreviewDialog(sheet.pdf, sheet.title))
    yield "about", shown(AboutDialog(Path(db.path)))
    yield from _register_wizard(context, shown)


REGISTER = Path(__file__).parents[1] / "fixtures" / "registers" / "titled.xlsx"


def _register_wizard(
    context: AppContext, shown: Callable[[QWidget], QWidget]
) -> Iterator[tuple[str, QWidget]]:
    """The import wizard on each of its pages, with a titled register of the corpus (a new
    wizard for each, since the walk closes every window it is given)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from agricrm.gui.sync.register_wizard import RegisterWizard

    register = Path(tempfile.mkdtemp(prefix="agricrm-register-")) / REGISTER.name
    shutil.copyfile(REGISTER, register)  # the preview writes its problem workbook beside it
    for pages, name in enumerate(("file", "sheet", "columns", "preview")):
        wizard = RegisterWizard(context)
        shown(wizard)
        wizard.ui.fileEdit.setText(str(register))
        for _page in range(pages):
            if wizard.currentId() == 2:  # the preview is read off the GUI thread
                loop = QEventLoop()
                wizard.finished_work.connect(loop.quit)
                QTimer.singleShot(60_000, loop.quit)
                wizard.next()
                loop.exec()
            else:
                wizard.next()
            QApplication.processEvents()
        assert wizard.currentId() == pages, name
        yield f"import a list: {name}", wizard
