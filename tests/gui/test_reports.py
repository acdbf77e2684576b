"""Reports in the app: preview with QtPdf, print, save; from the customer form and the menu."""

from __future__ import annotations

import datetime as dt
import io
import pickle
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agricrm.domain.period import PeriodKind
from agricrm.gui import preferences
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.main_window import MainWindow
from agricrm.gui.reports.preview_dialog import ReportPreviewDialog
from agricrm.gui.reports.runner import open_previews, report_options
from agricrm.gui.reports.summary_dialog import SummaryReportDialog
from agricrm.gui.settings_dialog import SettingsDialog
from agricrm.models import Customer
from agricrm.services import reports
from agricrm.services.settings import branch_logo
from agricrm.services.users import resolve_actor
from tests.conftest import DEMO_AS_OF
from tests.core.pdf_helpers import all_text, page_texts
from tests.gui.conftest import MessageBoxes


@pytest.fixture(autouse=True)
def _close_previews() -> object:
    yield
    for dialog in open_previews():
        dialog.done(0)


def _summary_pdf(context: AppContext) -> reports.ReportResult:
    from agricrm.domain.period import parse_period

    options = reports.ReportOptions(translate=report_options().translate, today=DEMO_AS_OF)
    return reports.periodic_summary(
        context.db, context.actor, parse_period("2026-Q2"), None, options
    )


def _wait_for_preview(qtbot: QtBot) -> ReportPreviewDialog:
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=20_000)
    [dialog] = open_previews()
    return dialog


def test_preview_shows_the_pages_and_prints_and_saves_them(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    result = _summary_pdf(context)
    dialog = ReportPreviewDialog(result.pdf, result.title)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == result.pages >= 2
    assert dialog.ui.pageLabel.text() == f"第 1 页 / 共 {result.pages} 页"
    assert dialog.ui.warningLabel.isHidden()
    assert "定期汇总报告" in dialog.windowTitle()
    dialog.ui.zoomInButton.click()
    assert dialog.ui.zoomCombo.currentData() == 1.0 or dialog.view.zoomFactor() > 0

    printer = dialog.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == result.pages
    assert len(page_texts(printed.read_bytes())) == result.pages

    printer = dialog.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer) == 1

    assert dialog.save_to(tmp_path / "saved")
    assert (tmp_path / "saved.pdf").read_bytes() == result.pdf
    assert dialog.suggested_file_name().endswith(".pdf")
    assert "/" not in dialog.suggested_file_name()


def test_save_as_pdf_through_the_file_dialog(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _summary_pdf(context)
    dialog = ReportPreviewDialog(result.pdf, result.title)
    qtbot.addWidget(dialog)
    target = tmp_path / "汇总.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    dialog.ui.saveButton.click()
    assert target.read_bytes() == result.pdf


def test_missing_characters_are_announced_in_the_preview(qtbot: QtBot) -> None:
    from agricrm.reports.document import Letterhead, ReportWriter
    from agricrm.reports.kit import ReportKit

    kit = ReportKit()
    writer = ReportWriter(kit, Letterhead("支行", dt.datetime.now(dt.UTC)), "t")
    writer.add("t", [kit.para("石\U0002a700碑")])
    result = writer.write()
    dialog = ReportPreviewDialog(result.pdf, "t", result.missing_characters)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.warningLabel.isVisible()
    assert "U+2A700" in dialog.ui.warningLabel.text()


def test_print_button_of_the_customer_form_opens_the_profile_sheet(
    qtbot: QtBot, context: AppContext, message_boxes: MessageBoxes
) -> None:
    with context.db.read() as session:
        customer_id, name = session.execute(
            select(Customer.id, Customer.name).order_by(Customer.id).limit(1)
        ).one()
    form = CustomerDialog(context, customer_id)
    qtbot.addWidget(form)
    form.show()
    assert form.print_button.isEnabled() and form.print_button.text() == "打印档案…"
    form.ui.notesEdit.setPlainText("尚未保存的备注")
    message_boxes.answer = message_boxes.answer.No
    form.print_button.click()
    assert message_boxes.shown and "尚未保存" in message_boxes.shown[-1][1]
    assert not open_previews()
    message_boxes.answer = message_boxes.answer.Yes
    form.print_button.click()
    preview = _wait_for_preview(qtbot)
    text = all_text(preview.pdf)
    assert name in text and "客户信息档案表" in text and "尚未保存的备注" not in text
    assert preview.ui.pageLabel.text().startswith("第 1 页")


def test_a_new_file_cannot_be_printed_yet(qtbot: QtBot, context: AppContext) -> None:
    form = CustomerDialog(context, None)
    qtbot.addWidget(form)
    assert not form.print_button.isEnabled()


def test_periodic_summary_from_the_reports_menu(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.customer_page.searchFinished, timeout=10_000):
        window.show()
    assert window.reports_menu.title() == "报表(&T)" and window.reports_menu.isEnabled()
    action = window.findChild(QAction, "actionPeriodicSummary")
    assert action is not None and action.text() == "定期汇总报告(&P)…"
    action.trigger()
    qtbot.waitUntil(lambda: _summary_dialog() is not None)
    dialog = _summary_dialog()
    assert dialog is not None
    dialog.ui.periodKindCombo.setCurrentIndex(
        dialog.ui.periodKindCombo.findData(PeriodKind.QUARTER)
    )
    dialog.ui.yearSpin.setValue(2026)
    dialog.ui.numberCombo.setCurrentIndex(1)
    assert dialog.ui.rangeLabel.text() == "2026-04-01 至 2026-06-30"
    dialog.ui.scopeCombo.setCurrentIndex(dialog.ui.scopeCombo.findText("王芳"))
    dialog.ui.buttonBox.accepted.emit()
    preview = _wait_for_preview(qtbot)
    text = all_text(preview.pdf)
    assert "2026年第2季度" in text and "客户经理 王芳" in text
    window.close()


def _summary_dialog() -> SummaryReportDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SummaryReportDialog)]
    visible = [w for w in found if w.isVisible()]
    return visible[0] if visible else None


def test_summary_dialog_refuses_a_period_that_has_not_begun(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = SummaryReportDialog(context, today=dt.date(2026, 5, 20))
    qtbot.addWidget(dialog)
    assert dialog.period().code == "2026-Q2"
    dialog.ui.numberCombo.setCurrentIndex(3)
    dialog.ui.buttonBox.accepted.emit()
    assert "尚未开始" in dialog.ui.errorLabel.text()
    assert dialog.result() == 0
    dialog.ui.periodKindCombo.setCurrentIndex(dialog.ui.periodKindCombo.findData(PeriodKind.YEAR))
    assert dialog.ui.numberCombo.isHidden() and dialog.period().code == "2026"
    assert dialog.ui.scopeCombo.itemText(0) == "全网点" and dialog.officer() is None


def test_an_officer_picks_only_their_own_summary(qtbot: QtBot, context: AppContext) -> None:
    officer = resolve_actor(context.db, "wangfang")
    dialog = SummaryReportDialog(AppContext(context.db, officer))
    qtbot.addWidget(dialog)
    assert dialog.ui.scopeCombo.count() == 1 and not dialog.ui.scopeCombo.isEnabled()
    assert dialog.officer() is not None and dialog.officer().id == officer.user_id


def _png(path: Path, size: tuple[int, int] = (180, 60)) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", size, (46, 107, 79)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_a_manager_sets_the_letterhead_logo(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = AppContext(context.db, resolve_actor(context.db, "lijianguo"))
    dialog = SettingsDialog(manager)
    qtbot.addWidget(dialog)
    assert dialog.ui.logoPreview.text() == "无标志" and not dialog.ui.removeLogoButton.isEnabled()
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image at all")
    assert not dialog.use_logo_file(bad)
    assert "PNG 或 JPEG" in dialog.ui.logoError.text()
    logo = _png(tmp_path / "good.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(logo), ""))
    dialog.ui.chooseLogoButton.click()
    assert dialog.ui.logoError.text() == "" and dialog.ui.logoPreview.pixmap() is not None
    dialog.ui.buttonBox.accepted.emit()
    assert branch_logo(context.db, manager.actor) == logo.read_bytes()

    again = SettingsDialog(manager)
    qtbot.addWidget(again)
    assert again.ui.removeLogoButton.isEnabled()
    again.ui.removeLogoButton.click()
    again.ui.buttonBox.accepted.emit()
    assert branch_logo(context.db, manager.actor) is None


def test_an_officer_cannot_change_the_logo(qtbot: QtBot, context: AppContext) -> None:
    officer = AppContext(context.db, resolve_actor(context.db, "wangfang"))
    dialog = SettingsDialog(officer)
    qtbot.addWidget(dialog)
    assert not dialog.ui.chooseLogoButton.isEnabled()
    assert not dialog.ui.removeLogoButton.isEnabled()


def test_cancelling_the_progress_dialog_stops_the_report(
    qtbot: QtBot, context: AppContext, message_boxes: MessageBoxes
) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from agricrm.gui.reports.runner import make_and_preview
    from agricrm.services.progress import Progress

    started = threading.Event()
    finished: list[str] = []

    def work(_options: object, progress: Progress) -> object:
        started.set()
        for step in range(2000):
            progress.report(step, 2000)  # raises Cancelled once the user pressed Cancel
            threading.Event().wait(0.005)
        finished.append("done")
        return None

    window = MainWindow(context)
    qtbot.addWidget(window)
    task = make_and_preview(window, "正在生成…", work)
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: bool(window.findChildren(QProgressDialog)), timeout=5000)
    [progress_dialog] = window.findChildren(QProgressDialog)
    cancel_button = progress_dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "取消"
    with qtbot.waitSignal(task.signals.failed, timeout=10_000):
        cancel_button.click()
    assert finished == [] and not open_previews()
    assert message_boxes.shown == []  # cancelling is not an error


def test_reports_speak_the_running_interface_language_until_a_restart() -> None:
    before = preferences.language()
    preferences.set_language("en")  # chosen in Settings: applies from the next start
    try:
        translate = report_options().translate
        assert translate("Reports", "Visit report") == "走访报告"
        assert pickle.loads(pickle.dumps(translate))("Reports", "Visit report") == "走访报告"
    finally:
        preferences.set_language(before)
