"""Visit reports and the village day sheet in the app: from the visit form, the visit log,
the Today view, the village day list and the Reports menu, each ending in the preview."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agricrm.gui.context import AppContext
from agricrm.gui.main_window import MainWindow
from agricrm.gui.reports.preview_dialog import ReportPreviewDialog
from agricrm.gui.reports.runner import open_previews
from agricrm.gui.visits.list_page import VisitListPage
from agricrm.gui.visits.today_page import TodayPage
from agricrm.gui.visits.village_day_dialog import VillageDayDialog
from agricrm.gui.visits.visit_dialog import VisitDialog
from agricrm.models import Customer, Visit
from tests.conftest import DEMO_AS_OF
from tests.core.pdf_helpers import all_text, page_texts
from tests.gui.conftest import MessageBoxes

FIRST_PAGE = re.compile(r"第 1 页 / 共 \d+ 页")


@pytest.fixture(autouse=True)
def _close_windows() -> object:
    yield
    for dialog in open_previews():
        dialog.done(0)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, VillageDayDialog) and widget.isVisible():
            widget.done(0)


def _wait_for_preview(qtbot: QtBot) -> ReportPreviewDialog:
    qtbot.waitUntil(lambda: bool(open_previews()), timeout=30_000)
    [dialog] = open_previews()
    return dialog


def _reports_in(pdf: bytes) -> int:
    return sum(1 for text in page_texts(pdf) if FIRST_PAGE.search(text))


def test_the_visit_form_prints_the_saved_visit(
    qtbot: QtBot, context: AppContext, message_boxes: MessageBoxes
) -> None:
    with context.db.read() as session:
        visit_id, name = session.execute(
            select(Visit.id, Customer.name)
            .join(Customer, Customer.id == Visit.customer_id)
            .where(Visit.status == "done")
            .order_by(Visit.id)
            .limit(1)
        ).one()
    form = VisitDialog(context, visit_id)
    qtbot.addWidget(form)
    form.show()
    assert form.print_button.isEnabled() and form.print_button.text() == "打印走访报告(&R)…"
    form.ui.notesEdit.setPlainText("尚未保存的走访备注")
    message_boxes.answer = message_boxes.answer.No
    form.print_button.click()
    assert message_boxes.shown and "尚未保存" in message_boxes.shown[-1][1]
    assert not open_previews()
    message_boxes.answer = message_boxes.answer.Yes
    form.print_button.click()
    preview = _wait_for_preview(qtbot)
    text = all_text(preview.pdf)
    assert "走访报告" in text and name in text and "尚未保存的走访备注" not in text
    assert preview.page_count >= 1 and "走访报告" in preview.windowTitle()


def test_a_new_visit_cannot_be_printed_until_saved(qtbot: QtBot, context: AppContext) -> None:
    form = VisitDialog(context)
    qtbot.addWidget(form)
    assert not form.print_button.isEnabled()


def test_the_visit_log_prints_the_selected_visit_and_the_listed_range(
    qtbot: QtBot, context: AppContext
) -> None:
    page = VisitListPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.show()
    first = DEMO_AS_OF - dt.timedelta(days=4)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.fromEdit.setDate(first)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.toEdit.setDate(DEMO_AS_OF)
    ids = page.model.ids()
    assert 1 < len(ids) < 100
    page._update_print_menu()
    assert not page.printSelectedAction.isEnabled()
    assert page.printListedAction.text() == f"列表中全部 {len(ids)} 次走访的走访报告"
    page.printListedAction.trigger()
    preview = _wait_for_preview(qtbot)
    assert _reports_in(preview.pdf) == len(ids)
    assert f"共 {len(ids)} 份" in preview.windowTitle()
    preview.done(0)

    page.table.selectRow(0)
    page._update_print_menu()
    assert page.printSelectedAction.isEnabled()
    page.printSelectedAction.trigger()
    preview = _wait_for_preview(qtbot)
    assert _reports_in(preview.pdf) == 1
    row = page.model.cached_row(0)
    assert row is not None and row.customer_name in all_text(preview.pdf)


def test_today_prints_planned_visits_to_fill_in(qtbot: QtBot, context: AppContext) -> None:
    page = TodayPage(context, today=lambda: DEMO_AS_OF)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    assert page.view is not None
    planned = page.view.planned
    assert planned, "the demo plans visits for its today"
    page._update_print_menu()
    assert not page.printPlannedAction.isEnabled()
    assert page.printTodayAction.text() == f"今日全部 {len(planned)} 次计划走访（供手工填写）"
    page.plannedTree.setCurrentItem(page.plannedTree.topLevelItem(0))
    page._update_print_menu()
    assert page.printPlannedAction.isEnabled()
    page.printPlannedAction.trigger()
    preview = _wait_for_preview(qtbot)
    text = all_text(preview.pdf)
    assert planned[0].customer_name in text and "尚未记录结果" in text
    preview.done(0)
    page.printTodayAction.trigger()
    preview = _wait_for_preview(qtbot)
    assert _reports_in(preview.pdf) == len(planned)


def test_the_village_day_list_prints_its_sheet(qtbot: QtBot, context: AppContext) -> None:
    page = TodayPage(context, today=lambda: DEMO_AS_OF)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    overdue = page.view.overdue[0]
    page.printDaySheetAction.trigger()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, VillageDayDialog) and w.isVisible()
    )
    dialog.select_village(overdue.township, overdue.village)
    dialog.show_list()
    assert dialog.printButton.text() == "打印清单(&P)…"
    qtbot.mouseClick(dialog.printButton, Qt.MouseButton.LeftButton)
    preview = _wait_for_preview(qtbot)
    text = all_text(preview.pdf)
    assert "村走访清单" in text and f"{overdue.township}{overdue.village}" in text
    assert overdue.customer_name in text


def test_the_reports_menu_opens_the_village_day_list(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "actionVillageDaySheet")
    assert action is not None and action.text() == "村走访清单(&V)…"
    qtbot.waitUntil(window.reports_menu.isEnabled, timeout=10_000)
    action.trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, VillageDayDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    window.close()


def test_the_complaint_form_prints_its_handling_form(
    qtbot: QtBot, context: AppContext, message_boxes: MessageBoxes
) -> None:
    from agricrm.domain.complaints import ComplaintStatus
    from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
    from tests.core.complaint_helpers import complaint_in

    detail = complaint_in(context.db, context.actor, ComplaintStatus.REPLIED)
    new = ComplaintDialog(context, None)
    qtbot.addWidget(new)
    assert not new.print_button.isEnabled()
    form = ComplaintDialog(context, detail.id)
    qtbot.addWidget(form)
    form.show()
    assert form.print_button.isEnabled() and form.print_button.text() == "打印处理单(&F)…"
    form.ui.descriptionEdit.setPlainText("改过但未保存的内容")
    message_boxes.answer = message_boxes.answer.No
    form.print_button.click()
    assert message_boxes.shown and "尚未保存" in message_boxes.shown[-1][1]
    assert not open_previews()
    message_boxes.answer = message_boxes.answer.Yes
    form.print_button.click()
    preview = _wait_for_preview(qtbot)
    text = all_text(preview.pdf)
    assert "投诉处理单" in text and detail.number in text and "处理过程" in text
    assert "改过但未保存的内容" not in text
