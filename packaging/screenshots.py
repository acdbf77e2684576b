"""Save PNG screenshots of AgriCRM's screens, rendered offscreen, for a person to look at.

python packaging/screenshots.py --db .run/demo.db --out build/screenshots
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AGRICRM_CONFIG_DIR", tempfile.mkdtemp(prefix="agricrm-shots-"))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from agricrm.db.database import open_database
from agricrm.gui.app import create_application
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.main_window import MainWindow
from agricrm.gui.settings_dialog import SettingsDialog
from agricrm.gui.visits.village_day_dialog import VillageDayDialog
from agricrm.gui.visits.visit_dialog import VisitDialog
from agricrm.services.users import resolve_actor


def settle(milliseconds: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def wait_for(signal: SignalInstance, milliseconds: int = 10_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
    settle(100)


def shoot(widget: QWidget, path: Path, prepare: Callable[[], None] | None = None) -> None:
    widget.show()
    if prepare:
        prepare()
    settle()
    widget.grab().save(str(path))
    print(path)


def shoot_reports(
    context: AppContext, window: MainWindow, out: Path, customer_id: int | None
) -> None:
    from agricrm.domain.period import parse_period
    from agricrm.gui.reports.runner import open_preview, report_options
    from agricrm.gui.reports.summary_dialog import SummaryReportDialog
    from agricrm.services import reports

    shoot(SummaryReportDialog(context, window), out / "report_summary_dialog.png")
    options = report_options()
    if customer_id is not None:
        sheet = reports.customer_sheet(context.db, context.actor, customer_id, options)
        preview = open_preview(window, sheet)
        preview.resize(900, 820)
        shoot(preview, out / "report_preview_customer_sheet.png")
        preview.done(0)
    summary = reports.periodic_summary(
        context.db, context.actor, parse_period("2026-Q2"), None, options
    )
    preview = open_preview(window, summary)
    preview.resize(900, 820)
    preview.ui.zoomCombo.setCurrentIndex(preview.ui.zoomCombo.findData("fit_page"))
    shoot(preview, out / "report_preview_summary.png")
    preview.done(0)
    shoot_visit_reports(context, window, out)


def shoot_visit_reports(context: AppContext, window: MainWindow, out: Path) -> None:
    """Previews of the visit report, the village day sheet and the complaint handling form,
    and the print menus of the visit log and the Today view."""
    from PySide6.QtCore import QPoint

    from agricrm.gui.reports.runner import open_preview, report_options
    from agricrm.services import reports
    from agricrm.services.complaint_data import ComplaintQuery
    from agricrm.services.complaint_search import search_complaint_ids

    options = report_options()
    page = window.visit_page
    visit_id = page.model.record_id(0)
    made = []
    if visit_id is not None:
        made.append(("visit", reports.visit_report(context.db, context.actor, visit_id, options)))
    today = window.today_page
    if today.view is not None and today.view.overdue:
        first = today.view.overdue[0]
        sheet = reports.village_day_sheet(
            context.db, context.actor, first.township, first.village, today.view.today, options
        )
        made.append(("village_day", sheet))
    complaints = search_complaint_ids(context.db, context.actor, ComplaintQuery())
    if complaints:
        made.append(
            ("complaint", reports.complaint_form(context.db, context.actor, complaints[0], options))
        )
    for name, result in made:
        preview = open_preview(window, result)
        preview.resize(900, 820)
        shoot(preview, out / f"report_preview_{name}.png")
        preview.done(0)
    for menu_owner, update, name in (
        (page, page._update_print_menu, "visit_log_print_menu"),
        (today, today._update_print_menu, "today_print_menu"),
    ):
        if menu_owner is page:
            page.table.selectRow(0)
        update()
        menu = menu_owner.printMenu
        menu.popup(menu_owner.printButton.mapToGlobal(QPoint(0, 0)))
        settle()
        menu.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        menu.hide()


def complaint_screens(context: AppContext, window: MainWindow, out: Path) -> None:
    """The complaint list, the form in several states, intake, a step, statistics."""
    from agricrm.domain.complaints import ComplaintAction, ComplaintStatus
    from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
    from agricrm.services.complaint_data import ComplaintQuery, DeadlineFilter
    from agricrm.services.complaint_search import search_complaint_ids

    window.ui.navigation.setCurrentRow(3)
    section = window.complaints_page
    wait_for(section.list_page.searchFinished)
    shoot(window, out / "complaints_list.png")
    section.list_page.set_filters(deadline=DeadlineFilter.OVERDUE)
    wait_for(section.list_page.searchFinished)
    shoot(window, out / "complaints_list_overdue.png")
    section.list_page.clear_filters()
    wait_for(section.list_page.searchFinished)

    def first(**query: object) -> int | None:
        ids = search_complaint_ids(context.db, context.actor, ComplaintQuery(**query))
        return ids[0] if ids else None

    examples = {
        "overdue": first(deadline=DeadlineFilter.OVERDUE),
        "resolving": first(statuses=frozenset({ComplaintStatus.RESOLVING})),
        "replied": first(statuses=frozenset({ComplaintStatus.REPLIED})),
        "closed": first(statuses=frozenset({ComplaintStatus.CLOSED})),
    }
    for name, complaint_id in examples.items():
        if complaint_id is None:
            continue
        dialog = ComplaintDialog(context, complaint_id, window)
        dialog.resize(1100, 720)
        shoot(dialog, out / f"complaint_form_{name}.png")
        if name == "closed":
            dialog.ui.tabs.setCurrentIndex(1)
            shoot(dialog, out / "complaint_form_closed_handling.png")
        if name == "resolving":
            step = dialog.start_step(ComplaintAction.REPLY)
            step.ui.measuresEdit.setPlainText("退还多收的手续费 35 元，并在网点公示收费标准。")
            shoot(step, out / "complaint_step_reply.png")
            step.ui.buttonBox.accepted.emit()
            shoot(step, out / "complaint_step_reply_errors.png")
            step.done(0)
        dialog.done(0)
    intake = ComplaintDialog(context, None, window)
    intake.resize(1100, 720)
    shoot(intake, out / "complaint_intake.png")
    intake.ui.descriptionEdit.setPlainText("")
    intake.save()
    shoot(intake, out / "complaint_intake_errors.png")
    intake.done(0)
    statistics = section.show_statistics()
    wait_for(statistics.computed)
    shoot(window, out / "complaint_statistics.png")
    statistics.ui.views.setCurrentIndex(1)
    shoot(window, out / "complaint_statistics_tables.png")
    customer = first(deadline=DeadlineFilter.ANY)
    if customer is not None:
        from agricrm.services.complaints import get_complaint

        detail = get_complaint(context.db, context.actor, customer)
        if detail.customer_id is not None:
            dialog = CustomerDialog(context, detail.customer_id, window)
            dialog.resize(940, 720)
            dialog.ui.tabs.setCurrentWidget(dialog.complaints_tab)
            shoot(dialog, out / "customer_complaints_tab.png")
            dialog.done(0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="build/screenshots")
    parser.add_argument("--language", default="zh_CN")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from agricrm.gui import preferences

    preferences.set_language(args.language)
    create_application()
    db = open_database(Path(args.db))
    context = AppContext(db, resolve_actor(db))
    window = MainWindow(context)
    window.resize(1400, 820)
    shoot(window, out / "today.png")
    window.ui.navigation.setCurrentRow(1)
    shoot(window, out / "main_customer_list.png")
    page = window.customer_page
    page.ui.searchEdit.setText("wang")
    shoot(window, out / "customer_search_pinyin.png")
    customer_id = page.model.record_id(0)
    if customer_id is not None:
        dialog = CustomerDialog(context, customer_id, window)
        dialog.resize(940, 720)
        for index in range(dialog.ui.tabs.count()):
            dialog.ui.tabs.setCurrentIndex(index)
            shoot(dialog, out / f"customer_dialog_tab{index + 1}.png")
        dialog.ui.tabs.setCurrentIndex(0)
        dialog.ui.idNumberEdit.setText("371321199001011234")
        dialog.ui.phoneEdit.setText("12345")
        dialog.save()
        shoot(dialog, out / "customer_dialog_errors.png")
        dialog.done(0)
    new = CustomerDialog(context, None, window)
    new.resize(940, 720)
    shoot(new, out / "customer_dialog_new.png")
    new.done(0)
    if customer_id is not None:
        dialog = CustomerDialog(context, customer_id, window)
        dialog.resize(940, 720)
        dialog.ui.tabs.setCurrentWidget(dialog.visits_tab)
        shoot(dialog, out / "customer_dialog_visits.png")
        dialog.done(0)
    window.ui.navigation.setCurrentRow(2)
    shoot(window, out / "visit_log.png")
    visit_id = window.visit_page.model.record_id(0)
    if visit_id is not None:
        visit = VisitDialog(context, visit_id, parent=window)
        visit.resize(1000, 720)
        shoot(visit, out / "visit_dialog.png")
        visit.done(0)
    new_visit = VisitDialog(context, customer_id=customer_id, parent=window)
    new_visit.resize(1000, 720)
    new_visit.ui.dateEdit.setDate(new_visit.ui.dateEdit.date() + dt.timedelta(days=5))
    new_visit.ui.satisfactionCombo.setCurrentIndex(0)
    new_visit.save()
    shoot(new_visit, out / "visit_dialog_errors.png")
    new_visit.done(0)
    today_page = window.today_page
    overdue = today_page.view.overdue if today_page.view else ()
    day_list = VillageDayDialog(context, today_page._today(), window)
    if overdue:
        day_list.select_village(overdue[0].township, overdue[0].village)
    day_list.show_list()
    shoot(day_list, out / "village_day_list.png")
    day_list.done(0)
    settings = SettingsDialog(context, window)
    shoot(settings, out / "settings.png")
    settings.ui.tabs.setCurrentWidget(settings.rules_tab)
    shoot(settings, out / "settings_visit_rules.png")
    settings.ui.tabs.setCurrentIndex(1)
    shoot(settings, out / "settings_branch_logo.png")
    settings.ui.tabs.setCurrentWidget(settings.complaint_settings)
    shoot(settings, out / "settings_complaints.png")
    settings.done(0)
    shoot_reports(context, window, out, customer_id)
    complaint_screens(context, window, out)
    window.close()
    db.close()
    QApplication.quit()


if __name__ == "__main__":
    main()
