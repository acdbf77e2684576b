"""After each save the officer is told what was saved ("已保存：白勇的档案") and sees the record
selected in the list it was saved from, even when the list's search or filters hid it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.domain.complaints import ComplaintChannel, ComplaintSeverity
from agricrm.domain.visits import VisitStatus, VisitType
from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.labels import select_data
from agricrm.gui.main_window import COMPLAINTS_ROW, MainWindow
from agricrm.gui.visits.visit_dialog import VisitDialog
from tests.conftest import DEMO_AS_OF
from tests.core.helpers import a_village


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.customer_page.searchFinished, timeout=10_000):
        window.show()
    return window


def _save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_file_hidden_by_the_search_is_shown_selected_and_confirmed(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    window = _window(qtbot, context)
    window.ui.navigation.setCurrentRow(1)
    page = window.customer_page
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        qtbot.keyClicks(page.ui.searchEdit, "zzzz")  # nobody: the new file would be hidden
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(CustomerDialog)
    township, village = a_village(demo_db)
    dialog.ui.nameEdit.insert("白勇")
    dialog.ui.townshipCombo.setCurrentText(township)
    dialog.ui.villageCombo.setCurrentText(village)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        _save(qtbot, dialog)
    assert window.statusBar().currentMessage() == "已保存：白勇的档案"
    qtbot.waitUntil(lambda: page.selected_customer_id() == saved.args[0].id, timeout=10_000)
    assert page.ui.searchEdit.text() == ""


def test_a_visit_hidden_by_the_filters_is_shown_selected_and_confirmed(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    window.ui.navigation.setCurrentRow(2)
    page = window.visit_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        select_data(page.typeFilter, VisitType.COLLECTION)  # the new visit is a regular one
    customer_id = context.visits.customer_brief(
        context.actor, window.today_page.view.overdue[0].customer_id
    ).id
    page.new_visit(customer_id)
    (dialog,) = page.findChildren(VisitDialog)
    select_data(dialog.ui.statusCombo, VisitStatus.DONE)
    select_data(dialog.ui.typeCombo, VisitType.RETURN)
    dialog.ui.dateEdit.setDate(DEMO_AS_OF)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        _save(qtbot, dialog)
    detail = saved.args[0]
    assert window.statusBar().currentMessage() == (
        f"已保存：{detail.customer_name} {DEMO_AS_OF.isoformat()} 的走访"
    )
    qtbot.waitUntil(lambda: page.selected_visit_id() == detail.id, timeout=10_000)
    assert page.typeFilter.currentData() is None


def test_a_complaint_received_is_shown_selected_and_confirmed(
    qtbot: QtBot, complaints_context: AppContext
) -> None:
    window = _window(qtbot, complaints_context)
    window.ui.navigation.setCurrentRow(COMPLAINTS_ROW)
    page = window.complaints_page.list_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        qtbot.keyClicks(page.ui.searchEdit, "zzzz")
    dialog = page.new_complaint()
    assert isinstance(dialog, ComplaintDialog)
    ui = dialog.ui
    ui.callerNameEdit.insert("赵大海")
    qtbot.keyClicks(ui.callerPhoneEdit, "0539-3221234")
    select_data(ui.channelCombo, ComplaintChannel.PHONE)
    select_data(ui.severityCombo, ComplaintSeverity.GENERAL)
    ui.descriptionEdit.insertPlainText("贷款申请两周没有消息。")
    ui.receivedEdit.setDateTime(dt.datetime.now().replace(second=0, microsecond=0))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        _save(qtbot, dialog)
    detail = saved.args[0]
    assert window.statusBar().currentMessage() == f"已保存：投诉 {detail.number}（赵大海）"
    qtbot.waitUntil(lambda: page.selected_complaint_id() == detail.id, timeout=10_000)
    assert page.ui.searchEdit.text() == ""
