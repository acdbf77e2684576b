"""The visual design as a user meets it: one way of writing amounts, badges of what waits, the
larger text, empty areas that explain themselves, bundled icons."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.customer import LoanInput
from agricrm.gui import preferences, style
from agricrm.gui.context import AppContext
from agricrm.gui.customers.list_page import CustomerListPage
from agricrm.gui.main_window import COMPLAINTS_ROW, CONFLICTS_ROW, SYNC_ROW, TODAY_ROW, MainWindow
from agricrm.gui.navigation import badge
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.users import resolve_actor
from tests.core.pdf_helpers import all_text

ROOT = Path(__file__).resolve().parents[2]


def _open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.today_page.view is not None, timeout=10_000)
    return window


# ----------------------------------------------------------------- amounts


def test_amounts_are_written_alike_in_the_list_the_summary_the_form_and_the_profile_sheet(
    qtbot: QtBot, context: AppContext
) -> None:
    """229000.00 in the form's loan table and 265,620.00 in the summary were one kind of
    number written two ways; every place now writes 229,000.50."""
    from agricrm.gui.customers.detail_dialog import CustomerDialog
    from agricrm.gui.reports.runner import report_options
    from agricrm.services import reports

    service = context.customers
    page = CustomerListPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.show()
    customer_id = page.model.record_id(0)
    detail = service.get(context.actor, customer_id)
    loans = [
        LoanInput(
            lender="县农商行",
            product="农户小额信用贷款",
            amount=Decimal("300000"),
            balance=Decimal("229000.5"),
            start_date=dt.date(2025, 3, 1),
            due_date=dt.date(2028, 3, 1),
        ),
        LoanInput(
            lender="县农商行",
            product="农机具贷款",
            amount=Decimal("50000"),
            balance=Decimal("36620"),
            start_date=dt.date(2025, 5, 1),
            due_date=dt.date(2027, 5, 1),
        ),
    ]
    changed = dataclasses.replace(detail.to_input(), loans=loans, annual_income=Decimal("185000"))
    service.update(context.actor, customer_id, changed, detail.row_version)

    page.model.forget(customer_id)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.refresh(select_customer=customer_id)
    column = next(i for i, c in enumerate(page.model.columns) if c.key == "loan_balance")
    row = page.model.row_of(customer_id)
    cell = page.model.index(row, column)
    qtbot.waitUntil(lambda: page.model.data(cell) != "", timeout=5000)
    assert page.model.data(cell) == "265,620.50"
    assert page.model.data(cell, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    qtbot.waitUntil(lambda: "265,620.50" in page.ui.summary.toPlainText(), timeout=5000)

    dialog = CustomerDialog(context, customer_id)
    qtbot.addWidget(dialog)
    loans_model = dialog.loans_model
    shown = {
        loans_model.data(loans_model.index(r, loans_model.column_of("balance")))
        for r in range(loans_model.rowCount())
    }
    assert shown == {"229,000.50", "36,620.00"}
    assert dialog.ui.annualIncomeEdit.text() == "185,000.00"
    assert not dialog.has_unsaved_changes()  # the spelling reads back as the same amount
    dialog.done(0)

    pdf = reports.customer_sheet(context.db, context.actor, customer_id, report_options()).pdf
    text = all_text(pdf)
    for amount in ("229,000.50", "36,620.00", "265,620.50", "350,000.00", "185,000.00"):
        assert amount in text
    assert not re.search(r"\b\d{4,}\.\d\d\b", text), "an amount written without separators"


# ----------------------------------------------------------------- badges


def test_each_section_badge_shows_the_waiting_count_from_the_services(
    qtbot: QtBot, complaints_context: AppContext
) -> None:
    from agricrm.services.complaint_search import complaints_needing_attention
    from agricrm.services.today import today_view

    context = complaints_context
    window = _open_window(qtbot, context)
    today = dt.date.today()
    planned = len(today_view(context.db, context.actor, today).planned)
    attention = complaints_needing_attention(context.db, context.actor, today)
    overdue = sum(1 for item in attention if item.overdue)
    navigation = window.ui.navigation
    assert badge(navigation.item(TODAY_ROW)) == (planned or None)
    assert overdue > 0  # the demo branch has late complaints
    complaints = navigation.item(COMPLAINTS_ROW)
    assert badge(complaints) == overdue
    assert complaints.data(style_tone_role()) == "danger"
    assert str(overdue) in complaints.toolTip()
    assert badge(navigation.item(CONFLICTS_ROW)) is None


def style_tone_role() -> int:
    from agricrm.gui.navigation import BADGE_TONE

    return BADGE_TONE


def test_the_conflicts_badge_counts_conflicts_waiting_for_a_decision(
    qtbot: QtBot, demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    from agricrm.services.sync_conflicts import list_conflicts
    from agricrm.services.sync_export import export_package
    from agricrm.services.sync_import import apply_import

    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        export_package(demo_db, admin, tmp_path / "p1.xlsx")
        apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
        with demo_db.read() as session:
            uuid = session.scalar(select(Customer.uuid).order_by(Customer.id).limit(1))
        for db, actor, changes in (
            (demo_db, admin, {"notes": "经理", "annual_income": Decimal("87576.9")}),
            (hq, hq_admin, {"notes": "总行", "annual_income": Decimal("91000")}),
        ):
            service = CustomerService(db)
            with db.read() as session:
                customer_id = session.scalar(select(Customer.id).where(Customer.uuid == uuid))
            detail = service.get(actor, customer_id)
            changed = dataclasses.replace(detail.to_input(), **changes)
            service.update(actor, customer_id, changed, detail.row_version)
        export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
        apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
        conflicts = list_conflicts(hq, hq_admin)
        waiting = len(conflicts)
        assert waiting == 1
        income = next(f for f in conflicts[0].fields if f.key == "annual_income")
        assert (income.local, income.incoming) == ("91,000.00", "87,576.90")  # as elsewhere
        window = _open_window(qtbot, AppContext(hq, hq_admin))
        item = window.ui.navigation.item(CONFLICTS_ROW)
        assert badge(item) == waiting
        window.ui.navigation.setCurrentRow(CONFLICTS_ROW)
        page = window.conflicts_page
        page.choose(next(iter(page.choices())), "incoming")
        with qtbot.waitSignal(page.resolved, timeout=5000):
            page.resolve()
        assert badge(item) is None  # decided: nothing waits any more
        window.close()
    finally:
        hq.close()


def test_ctrl_and_a_digit_opens_a_section_with_the_keyboard_in_it(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _open_window(qtbot, context)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.navigation.currentRow() == 1
    assert window.customer_page.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.navigation.currentRow() == CONFLICTS_ROW


# ----------------------------------------------------------------- larger text


def test_the_larger_text_applies_at_once_and_is_remembered(
    qtbot: QtBot, context: AppContext
) -> None:
    from agricrm.gui.app import create_application
    from agricrm.gui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    window = _open_window(qtbot, context)
    title = window.today_page.dateLabel
    table = window.customer_page.ui.table
    normal = (app.font().pointSizeF(), title.font().pointSizeF(), table.verticalHeader())
    row_height = table.verticalHeader().defaultSectionSize()
    from agricrm.gui.visits.visit_dialog import VisitDialog

    visit = VisitDialog(context, customer_id=window.customer_page.model.record_id(0))
    qtbot.addWidget(visit)
    visit.show()
    try:
        dialog = SettingsDialog(context, window)
        qtbot.addWidget(dialog)
        combo = dialog.ui.textSizeCombo
        combo.setCurrentIndex(combo.findData("large"))
        dialog.ui.buttonBox.accepted.emit()
        qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.result() == 1, timeout=10_000)
        QApplication.sendPostedEvents(None, QEvent.Type.FontChange)
        QApplication.processEvents()
        assert app.font().pointSizeF() == pytest.approx(normal[0] * 1.2)
        assert title.font().pointSizeF() == pytest.approx(normal[1] * 1.2, abs=0.11)
        assert table.font().pointSizeF() == pytest.approx(normal[0] * 1.2)
        assert table.verticalHeader().defaultSectionSize() > row_height
        panel = visit.ui.formMessage  # open meanwhile: still two whole lines of the larger text
        assert panel.height() >= 2 * panel.fontMetrics().lineSpacing()
        assert preferences.text_size() == "large"
        create_application()  # the next start
        assert app.font().pointSizeF() == pytest.approx(normal[0] * 1.2)
    finally:
        preferences.set_text_size(style.DEFAULT_TEXT_SIZE)
        style.apply_style(app, style.DEFAULT_TEXT_SIZE)
    assert app.font().pointSizeF() == normal[0]


# ----------------------------------------------------------------- who is working


def test_a_new_database_names_its_administrator_in_the_interface_language(
    qtbot: QtBot, empty_db: Database
) -> None:
    """ "当前用户：Administrator（管理员）" on a new database: the built-in account's name is
    kept in the source language and is now shown translated, once."""
    window = _open_window(qtbot, AppContext(empty_db, resolve_actor(empty_db)))
    assert window.user_label.text() == "当前用户：管理员"


# ----------------------------------------------------------------- empty states


def test_empty_areas_say_what_belongs_there_and_how_to_get_it(
    qtbot: QtBot, empty_db: Database, context: AppContext
) -> None:
    window = _open_window(qtbot, AppContext(empty_db, resolve_actor(empty_db)))
    customers = window.customer_page
    qtbot.waitUntil(customers.empty.is_shown)
    assert customers.empty.state.title.text() == "还没有客户档案"
    window.ui.navigation.setCurrentRow(CONFLICTS_ROW)
    conflicts = window.conflicts_page
    assert conflicts.empty.isVisible() and not conflicts.ui.splitter.isVisible()
    assert "数据同步" in conflicts.empty.text.text()
    qtbot.mouseClick(conflicts.empty.button, Qt.MouseButton.LeftButton)
    assert window.ui.navigation.currentRow() == SYNC_ROW
    sync = window.sync_page
    qtbot.waitUntil(sync.empty.is_shown)
    assert "预览" in sync.empty.state.text.text()
    window.close()

    page = CustomerListPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.show()
    qtbot.waitUntil(lambda: "未选择客户" in page.ui.summary.toPlainText())  # nothing selected
    assert not page.empty.is_shown()
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        qtbot.keyClicks(page.ui.searchEdit, "qqqxxz")
    qtbot.waitUntil(page.empty.is_shown)
    assert page.empty.state.title.text() == "没有符合条件的客户"
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        qtbot.mouseClick(page.empty.state.button, Qt.MouseButton.LeftButton)
    assert page.ui.searchEdit.text() == "" and page.model.rowCount() == 400


# ----------------------------------------------------------------- icons


def test_every_icon_is_bundled_in_its_tone_and_listed_with_its_licence() -> None:
    from agricrm.gui.about_dialog import AboutDialog
    from agricrm.gui.icons import ICONS, icon
    from agricrm.resources import resource_path

    folder = resource_path("icons")
    assert {path.stem for path in folder.glob("*.svg")} == set(ICONS)
    for name, (_source, tone) in ICONS.items():
        svg = (folder / f"{name}.svg").read_text("utf-8")
        assert "currentColor" not in svg
        assert set(re.findall(r'stroke="(#[0-9a-f]{6})"', svg)) == {style.TONES[tone]}, name
        assert not icon(name).pixmap(24, 24).isNull(), name
    assert (folder / "LICENSE.lucide.txt").is_file()
    readme = (folder / "README.md").read_text("utf-8")
    assert all(f"`{name}.svg`" in readme for name in ICONS)
    about = AboutDialog(None)
    assert "Lucide" in about.licences.toPlainText()
    assert "ISC" in about.licences.toPlainText()
    about.close()


def test_labels_take_their_colour_from_the_palette_in_one_place() -> None:
    label = QLabel("x")
    style.set_tone(label, "error")
    label.ensurePolished()
    assert label.palette().color(label.foregroundRole()) == QColor(style.DANGER)


def test_a_wizard_open_while_the_text_size_changes_twice_survives(qtbot: QtBot) -> None:
    """Each text size change installed a new Fusion style (the style sheet's proxy has no
    name, so the check for Fusion always failed); a QWizard open meanwhile kept the old one
    and the application crashed at the second change."""
    from PySide6.QtWidgets import QWizard, QWizardPage

    from agricrm.gui.style import DEFAULT_TEXT_SIZE, apply_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = QWizardPage()
    QLabel("户主姓名", page)
    wizard.addPage(page)
    wizard.show()
    try:
        for size in ("large", DEFAULT_TEXT_SIZE, "large"):
            apply_style(app, size)
            QApplication.processEvents()
    finally:
        apply_style(app, DEFAULT_TEXT_SIZE)
    assert wizard.isVisible()
