"""Save PNG screenshots of every screen of AgriCRM at the sizes laptops have, for a person to
look at: a 1366×768 screen, and a 1920×1080 screen at 150 % scaling (1280×720 to Qt, drawn at
1.5 device pixels a point).  Each size is rendered offscreen in a process of its own (the
screen is fixed when Qt starts), into build/screenshots/<size>/.

python packaging/screenshots.py --db .run/demo.db [--out build/screenshots] [--size laptop]

The main window is shown as the app opens it (maximised on these screens), each section in
turn; dialogs at the size the app gives them.  The Sync and Conflicts screens are shown
without data (a new, empty database) and with it (a package of the demo branch previewed on
another database, and a record changed on both sides), and the import wizard's pages on a
register of the test corpus; the database given is never changed (its copy is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {
    "laptop": ("offscreen-screen.json", "1"),  # 1366×768
    "hd150": ("offscreen-screen-hd.json", "1.5"),  # 1920×1080 at 150 %
}

if __name__ == "__main__" and "--size" in sys.argv:
    _size = sys.argv[sys.argv.index("--size") + 1]
    _config, _scale = SIZES[_size]
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'fixtures' / _config}"
    os.environ["QT_SCALE_FACTOR"] = _scale
    os.environ.setdefault("AGRICRM_CONFIG_DIR", tempfile.mkdtemp(prefix="agricrm-shots-"))

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QTimer, SignalInstance  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

Shoot = Callable[[QWidget, str], None]


def settle(milliseconds: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def wait_for(signal: SignalInstance, milliseconds: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
    settle(100)


def shooter(out: Path) -> Shoot:
    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", flush=True)

    return shoot


def main_sections(window: QWidget, shoot: Shoot) -> None:
    from agricrm.gui.main_window import COMPLAINTS_ROW, SEGMENTS_ROW

    shoot(window, "main_today")
    window.ui.navigation.setCurrentRow(1)
    page = window.customer_page
    page.ui.table.selectRow(0)
    shoot(window, "main_customers")
    page.ui.table.clearSelection()
    page.ui.table.setCurrentIndex(page.model.index(-1, -1))
    page._show_summary()
    shoot(window, "main_customers_nothing_selected")
    page.ui.searchEdit.setText("wang")
    wait_for(page.searchFinished)
    shoot(window, "main_customers_search_pinyin")
    page.ui.searchEdit.setText("没有这个人")
    wait_for(page.searchFinished)
    shoot(window, "main_customers_search_nothing_found")
    page.ui.searchEdit.clear()
    wait_for(page.searchFinished)
    window.ui.navigation.setCurrentRow(2)
    wait_for(window.visit_page.searchFinished)
    shoot(window, "main_visit_log")
    window.ui.navigation.setCurrentRow(COMPLAINTS_ROW)
    section = window.complaints_page
    wait_for(section.list_page.searchFinished)
    shoot(window, "main_complaints")
    statistics = section.show_statistics()
    wait_for(statistics.computed)
    shoot(window, "main_complaint_statistics")
    statistics.ui.views.setCurrentIndex(1)
    shoot(window, "main_complaint_statistics_tables")
    section.tabs.setCurrentIndex(0)
    window.ui.navigation.setCurrentRow(SEGMENTS_ROW)
    segments = window.segments_page
    wait_for(segments.computed)
    for index in range(segments.tabs.count()):
        segments.tabs.setCurrentIndex(index)
        shoot(window, f"main_segments_tab{index + 1}")
    segments.tabs.setCurrentIndex(0)
    window.ui.navigation.setCurrentRow(0)


def print_menus(window: QWidget, out: Path) -> None:
    page, today = window.visit_page, window.today_page
    for owner, update, name in (
        (page, page._update_print_menu, "menu_visit_log_print"),
        (today, today._update_print_menu, "menu_today_print"),
    ):
        if owner is page:
            page.table.selectRow(0)
        update()
        owner.printMenu.popup(owner.printButton.mapToGlobal(QPoint(0, 0)))
        settle()
        owner.printMenu.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", flush=True)
        owner.printMenu.hide()


def dialogs(context: object, window: QWidget, shoot: Shoot) -> None:
    """Every dialog and each tab of a form, with its errors shown where it has some."""
    from agricrm.domain.complaints import ComplaintAction, ComplaintStatus
    from agricrm.domain.enums import CustomerStatus
    from agricrm.domain.lifecycle import allowed_targets
    from agricrm.gui.about_dialog import AboutDialog
    from agricrm.gui.classes.rules_dialog import ClassRulesDialog
    from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
    from agricrm.gui.complaints.customer_picker import CustomerPickerDialog
    from agricrm.gui.customers.credit_status import CreditOverrideDialog
    from agricrm.gui.customers.detail_dialog import CustomerDialog
    from agricrm.gui.customers.status_dialog import StatusChangeDialog
    from agricrm.gui.reports.summary_dialog import SummaryReportDialog
    from agricrm.gui.segments.call_list_dialog import CallListDialog
    from agricrm.gui.settings_dialog import SettingsDialog
    from agricrm.gui.visits.care_dialog import CareDialog
    from agricrm.gui.visits.village_day_dialog import VillageDayDialog
    from agricrm.gui.visits.visit_dialog import VisitDialog
    from agricrm.services.complaint_data import ComplaintQuery, DeadlineFilter
    from agricrm.services.complaint_search import search_complaint_ids
    from agricrm.services.credit_override import credit_status
    from agricrm.services.customer_data import CustomerQuery

    def closed(dialog: QDialog) -> None:
        dialog.done(0)  # no question about unsaved edits: done() asks nothing

    customer_id = window.customer_page.model.record_id(0)
    customer = CustomerDialog(context, customer_id, window)
    for index in range(customer.ui.tabs.count()):
        customer.ui.tabs.setCurrentIndex(index)
        shoot(customer, f"customer_form_tab{index + 1}")
    customer.ui.tabs.setCurrentIndex(0)
    customer.ui.idNumberEdit.setText("371321199001011234")
    customer.ui.phoneEdit.setText("12345")
    customer.save()
    shoot(customer, "customer_form_errors")
    closed(customer)
    new = CustomerDialog(context, None, window)
    shoot(new, "customer_form_new")
    closed(new)
    credit = CreditOverrideDialog(credit_status(context.db, context.actor, customer_id), window)
    shoot(credit, "customer_credit_override")
    credit.done(0)
    rules = ClassRulesDialog(context, window)
    for index in range(rules.form.count()):
        rules.form.setCurrentIndex(index)
        shoot(rules, f"classification_rules_tab{index + 1}")
    closed(rules)
    calls = CallListDialog(context, CustomerQuery(), "", window)
    shoot(calls, "call_list")
    calls.done(0)
    targets = allowed_targets(CustomerStatus.PROSPECT)
    status = StatusChangeDialog(CustomerStatus.PROSPECT, targets, window)
    shoot(status, "customer_status_change")
    status.done(0)
    visit_id = window.visit_page.model.record_id(0)
    visit = VisitDialog(context, visit_id, parent=window)
    shoot(visit, "visit_form")
    closed(visit)
    new_visit = VisitDialog(context, customer_id=customer_id, parent=window)
    new_visit.ui.dateEdit.setDate(dt.date.today() + dt.timedelta(days=5))
    new_visit.save()
    shoot(new_visit, "visit_form_errors")
    closed(new_visit)
    greeting = CareDialog(context, customer_id, "白勇", parent=window)
    shoot(greeting, "greeting")
    greeting.done(0)
    today_page = window.today_page
    overdue = today_page.view.overdue if today_page.view else ()
    day_list = VillageDayDialog(context, today_page._today(), window)
    if overdue:
        day_list.select_village(overdue[0].township, overdue[0].village)
    day_list.show_list()
    shoot(day_list, "village_day_list")
    day_list.done(0)

    def first(**query: object) -> int | None:
        found = search_complaint_ids(context.db, context.actor, ComplaintQuery(**query))
        return found[0] if found else None

    for name, complaint_id in (
        ("overdue", first(deadline=DeadlineFilter.OVERDUE)),
        ("resolving", first(statuses=frozenset({ComplaintStatus.RESOLVING}))),
        ("closed", first(statuses=frozenset({ComplaintStatus.CLOSED}))),
    ):
        if complaint_id is None:
            continue
        dialog = ComplaintDialog(context, complaint_id, window)
        for index in range(dialog.ui.tabs.count()):
            dialog.ui.tabs.setCurrentIndex(index)
            shoot(dialog, f"complaint_form_{name}_tab{index + 1}")
        if name == "resolving":
            for action in (ComplaintAction.RESOLVE, ComplaintAction.REPLY):
                step = dialog.start_step(action)
                shoot(step, f"complaint_step_{action.value}")
                step.ui.buttonBox.accepted.emit()
                shoot(step, f"complaint_step_{action.value}_errors")
                step.done(0)
        closed(dialog)
    intake = ComplaintDialog(context, None, window)
    shoot(intake, "complaint_intake")
    intake.save()
    shoot(intake, "complaint_intake_errors")
    closed(intake)
    picker = CustomerPickerDialog(context, window)
    shoot(picker, "complaint_customer_picker")
    picker.done(0)
    settings = SettingsDialog(context, window)
    for index in range(settings.ui.tabs.count()):
        settings.ui.tabs.setCurrentIndex(index)
        shoot(settings, f"settings_tab{index + 1}")
    settings.done(0)
    shoot(SummaryReportDialog(context, window), "report_summary_dialog")
    about = AboutDialog(Path(context.db.path), window)
    for index in range(about.tabs.count()):
        about.tabs.setCurrentIndex(index)
        shoot(about, f"about_tab{index + 1}")
    about.done(0)


def previews(context: object, window: QWidget, shoot: Shoot) -> None:
    from agricrm.domain.period import parse_period
    from agricrm.gui.reports.runner import open_preview, report_options
    from agricrm.services import reports

    options = report_options()
    customer_id = window.customer_page.model.record_id(0)
    made = [
        ("customer_sheet", reports.customer_sheet(context.db, context.actor, customer_id, options)),
        (
            "summary",
            reports.periodic_summary(
                context.db, context.actor, parse_period("2026-Q2"), None, options
            ),
        ),
    ]
    visit_id = window.visit_page.model.record_id(0)
    made.append(("visit", reports.visit_report(context.db, context.actor, visit_id, options)))
    for name, result in made:
        preview = open_preview(window, result)
        shoot(preview, f"report_preview_{name}")
        preview.done(0)


def sync_screens(context: object, demo_copy: Path, work: Path, shoot: Shoot) -> None:
    """Sync and Conflicts on a new database, then with a package and a conflict."""
    import dataclasses
    from decimal import Decimal

    from sqlalchemy import select

    from agricrm.db.database import open_database
    from agricrm.gui.context import AppContext
    from agricrm.gui.main_window import CONFLICTS_ROW, SYNC_ROW, MainWindow
    from agricrm.models import Customer
    from agricrm.services.customers import CustomerService
    from agricrm.services.sync_export import export_package
    from agricrm.services.sync_import import apply_import
    from agricrm.services.users import resolve_actor

    hq = open_database(work / "hq.db")
    hq_admin = resolve_actor(hq)
    window = MainWindow(AppContext(hq, hq_admin))
    wait_for(window.today_page.refreshed)
    shoot(window, "empty_today")
    window.ui.navigation.setCurrentRow(1)
    shoot(window, "empty_customers")
    window.ui.navigation.setCurrentRow(SYNC_ROW)
    shoot(window, "sync_empty")
    window.ui.navigation.setCurrentRow(CONFLICTS_ROW)
    shoot(window, "conflicts_empty")

    demo, admin = context.db, context.actor
    export_package(demo, admin, work / "p1.xlsx")
    apply_import(hq, hq_admin, work / "p1.xlsx")
    with demo.read() as session:
        uuid = session.scalar(select(Customer.uuid).order_by(Customer.id).limit(1))
    for db, actor, changes in (
        (demo, admin, {"notes": "来自客户经理", "land_area_mu": Decimal("66")}),
        (hq, hq_admin, {"notes": "总行更正"}),
    ):
        service = CustomerService(db)
        with db.read() as session:
            customer_id = session.scalar(select(Customer.id).where(Customer.uuid == uuid))
        detail = service.get(actor, customer_id)
        changed = dataclasses.replace(detail.to_input(), **changes)
        service.update(actor, customer_id, changed, detail.row_version)
    export_package(demo, admin, work / "p2.xlsx", since_last=True)
    page = window.sync_page
    window.ui.navigation.setCurrentRow(SYNC_ROW)
    page.ui.importPathEdit.setText(str(work / "p2.xlsx"))
    page.preview()
    wait_for(page.finished)
    shoot(window, "sync_preview")
    page.apply()
    wait_for(page.finished)
    shoot(window, "sync_imported")
    window.ui.navigation.setCurrentRow(CONFLICTS_ROW)
    shoot(window, "conflicts")
    window.close()
    hq.close()


def register_wizard_screens(work: Path, shoot: Shoot) -> None:
    """The import wizard's pages on a register with a title above its headings, a total row
    and a column nothing knows, into a new branch with the register's villages."""
    from agricrm.db.database import open_database
    from agricrm.exchange.registers.mapping import IGNORE
    from agricrm.gui.context import AppContext
    from agricrm.gui.sync.register_wizard import RegisterWizard
    from agricrm.services.users import resolve_actor
    from agricrm.services.villages import add_village

    branch = open_database(work / "branch.db")
    actor = resolve_actor(branch)
    for township, village in (("城关镇", "前屯村"), ("城关镇", "后屯村"), ("河口乡", "杨柳村")):
        add_village(branch, actor, township, village)
    corpus = ROOT / "tests" / "fixtures" / "registers"
    wizard = RegisterWizard(AppContext(branch, actor))
    shoot(wizard, "register_file")
    register = work / "titled.xlsx"
    shutil.copyfile(corpus / "titled.xlsx", register)
    wizard.ui.fileEdit.setText(str(register))
    wizard.next()
    shoot(wizard, "register_sheet")
    wizard.next()
    combo = wizard.combos[list(wizard.choices()).index("村名")]
    combo.setCurrentIndex(combo.findData("township"))  # two columns on one field, marked
    shoot(wizard, "register_columns_clash")
    combo.setCurrentIndex(combo.findData("village"))
    wizard.combos[list(wizard.choices()).index("备注")].setCurrentIndex(
        wizard.combos[0].findData(IGNORE)
    )
    shoot(wizard, "register_columns")
    wizard.next()
    wait_for(wizard.finished_work)
    shoot(wizard, "register_preview")
    wizard.close()
    branch.close()


def render(db_path: Path, out: Path) -> None:
    from agricrm.db.database import open_database
    from agricrm.gui import preferences
    from agricrm.gui.app import create_application
    from agricrm.gui.context import AppContext
    from agricrm.gui.main_window import MainWindow
    from agricrm.services.users import resolve_actor

    out.mkdir(parents=True, exist_ok=True)
    preferences.set_language("zh_CN")
    create_application()
    work = Path(tempfile.mkdtemp(prefix="agricrm-shots-data-"))
    demo_copy = work / "demo.db"
    shutil.copyfile(db_path, demo_copy)
    db = open_database(demo_copy)
    context = AppContext(db, resolve_actor(db))
    window = MainWindow(context)
    shoot = shooter(out)
    window.show()
    wait_for(window.today_page.refreshed)
    main_sections(window, shoot)
    print_menus(window, out)
    dialogs(context, window, shoot)
    previews(context, window, shoot)
    sync_screens(context, demo_copy, work, shoot)
    register_wizard_screens(work, shoot)
    window.close()
    db.close()
    shutil.rmtree(work, ignore_errors=True)
    QApplication.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="build/screenshots")
    parser.add_argument("--size", choices=sorted(SIZES), help="one size (default: all)")
    args = parser.parse_args()
    if args.size:
        render(Path(args.db), Path(args.out) / args.size)
        return
    for size in SIZES:
        command = [sys.executable, __file__, "--db", args.db, "--out", args.out, "--size", size]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
