"""Complaint screens driven as a user drives them: intake to closing through the real widgets,
list filters, the customer's tab, statistics with charts, the settings tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.domain.complaints import (
    OPEN_STATUSES,
    ComplaintCause,
    ComplaintSeverity,
    ComplaintStatus,
    Deadlines,
    ReplyMethod,
    Responsibility,
    Satisfaction,
    compute_due_at,
)
from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
from agricrm.gui.complaints.list_page import ComplaintListPage
from agricrm.gui.complaints.section import ComplaintsSection
from agricrm.gui.complaints.statistics_page import ComplaintStatisticsPage
from agricrm.gui.complaints.step_dialog import StepDialog
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.main_window import COMPLAINTS_ROW, MainWindow
from agricrm.gui.settings_dialog import SettingsDialog
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import ComplaintQuery, DeadlineFilter
from agricrm.services.complaint_search import complaint_rows, search_complaint_ids
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.complaints import get_complaint, receive_complaint
from agricrm.services.users import resolve_actor
from tests.core.complaint_helpers import caller_intake, counts, customer_intake, customer_of

TODAY = dt.date.today()


@pytest.fixture
def manager_context(complaints_db: Database) -> AppContext:
    return AppContext(complaints_db, resolve_actor(complaints_db, "lijianguo"))


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _ok(qtbot: QtBot, dialog: StepDialog) -> None:
    _click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))


def _page(qtbot: QtBot, context: AppContext) -> ComplaintListPage:
    page = ComplaintListPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.show()
    return page


def _choose(combo: object, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def _visible_steps(dialog: ComplaintDialog) -> list[str]:
    ui = dialog.ui
    buttons = {
        "investigate": ui.investigateButton,
        "resolve": ui.resolveButton,
        "reply": ui.replyButton,
        "close": ui.closeButton,
        "reopen": ui.reopenButton,
    }
    return [name for name, button in buttons.items() if button.isVisible()]


def test_a_caller_complaint_goes_from_intake_to_closed_through_the_widgets(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    page = _page(qtbot, context)
    assert page.model.rowCount() == 0
    _click(qtbot, page.ui.newButton)
    dialog = page.dialogs[-1]
    ui = dialog.ui
    assert ui.callerRadio.isChecked() and not ui.historyGroup.isVisible()
    ui.callerNameEdit.insert("赵大海")  # what an input method commits; QTest types ASCII only
    qtbot.keyClicks(ui.callerPhoneEdit, "0539-3221234")
    _choose(ui.channelCombo, ui.channelCombo.itemData(1))
    _choose(ui.categoryCombo, "interest_fees")
    _choose(ui.severityCombo, ComplaintSeverity.SERIOUS)
    assert ui.deadlineHint.text() == "须在 7 天内答复"
    ui.descriptionEdit.insertPlainText("还款时被扣了一笔没有告知的手续费。")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        _click(qtbot, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    detail = saved.args[0]
    assert dialog.isVisible() and detail.number in ui.headerLabel.text()
    assert "已受理投诉" in ui.formMessage.text() and "已受理" in ui.headerLabel.text()
    assert _visible_steps(dialog) == ["investigate"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)

    _click(qtbot, ui.investigateButton)
    step = dialog.step_dialog
    assert step is not None and step.windowTitle() == "开始调查"
    step.ui.investigateNoteEdit.insertPlainText("调阅扣费记录")
    _ok(qtbot, step)
    assert not step.isVisible() and _visible_steps(dialog) == ["resolve"]

    _click(qtbot, ui.resolveButton)
    step = dialog.step_dialog
    _ok(qtbot, step)  # nothing chosen yet: the dialog stays open and says why
    assert step.isVisible() and "必填" in step.errors.text("cause")
    _choose(step.ui.causeCombo, ComplaintCause.PRICING_DISCLOSURE)
    _choose(step.ui.responsibilityCombo, Responsibility.OUR_SIDE)
    step.ui.findingsEdit.insertPlainText("短信通知费未在办理时告知。")
    _ok(qtbot, step)
    assert not step.isVisible() and _visible_steps(dialog) == ["reply"]
    assert "短信通知费" in ui.handlingView.toPlainText()

    _click(qtbot, ui.replyButton)
    step = dialog.step_dialog
    step.ui.measuresEdit.insertPlainText("退还手续费并致歉")
    qtbot.keyClicks(step.ui.compensationEdit, "35.50")
    _choose(step.ui.replyMethodCombo, ReplyMethod.PHONE)
    step.ui.replyContentEdit.insertPlainText("电话告知客户已退还。")
    _ok(qtbot, step)
    assert not step.isVisible() and _visible_steps(dialog) == ["close", "reopen"]

    _click(qtbot, ui.closeButton)
    step = dialog.step_dialog
    _choose(step.ui.satisfactionCombo, Satisfaction.SATISFIED)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        _ok(qtbot, step)
    closed = saved.args[0]
    assert closed.status is ComplaintStatus.CLOSED
    assert _visible_steps(dialog) == ["reopen"]
    assert not ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isVisible()
    timeline = ui.timelineView.toPlainText()
    for entry in (
        "受理投诉",
        "开始调查",
        "调查结束",
        "答复客户",
        "关闭投诉",
        "调阅扣费记录",
        "35.50",
    ):
        assert entry in timeline
    assert "已关闭" in ui.headerLabel.text() and "按时答复" in ui.headerLabel.text()

    stored = get_complaint(demo_db, context.actor, closed.id)
    assert (stored.caller_phone, stored.category, stored.severity) == (
        "05393221234",
        "interest_fees",
        ComplaintSeverity.SERIOUS,
    )
    assert str(stored.compensation) == "35.50" and stored.satisfaction is Satisfaction.SATISFIED
    assert len(stored.events) == 5
    qtbot.waitUntil(lambda: page.model.cached_row(0) is not None, timeout=5000)
    qtbot.waitUntil(lambda: page.model.cached_row(0).status is ComplaintStatus.CLOSED, timeout=5000)
    dialog.reject()


def test_a_bad_intake_and_a_reply_dated_before_receipt_save_nothing(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    dialog = ComplaintDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert "来电人姓名" in dialog.errors.text("caller_name")
    assert "必填" in dialog.errors.text("description")
    assert "尚未保存" in dialog.ui.formMessage.text()
    assert counts(demo_db) == (0, 0)

    recently = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    detail = receive_complaint(demo_db, context.actor, caller_intake(received_at=recently))
    opened = ComplaintDialog(context, detail.id)
    qtbot.addWidget(opened)
    opened.show()
    for action in ("investigate", "resolve"):
        getattr(opened.ui, f"{action}Button").click()
        step = opened.step_dialog
        if action == "resolve":
            _choose(step.ui.causeCombo, ComplaintCause.MISUNDERSTANDING)
            _choose(step.ui.responsibilityCombo, Responsibility.CUSTOMER)
            step.ui.findingsEdit.insertPlainText("客户误解")
        _ok(qtbot, step)
    before = counts(demo_db)
    opened.ui.replyButton.click()
    step = opened.step_dialog
    step.ui.measuresEdit.insertPlainText("解释")
    _choose(step.ui.replyMethodCombo, ReplyMethod.IN_PERSON)
    step.ui.replyContentEdit.insertPlainText("当面解释")
    step.ui.repliedAtEdit.setDateTime(QDateTime.currentDateTime().addDays(-3).toPython())
    _ok(qtbot, step)
    assert step.isVisible()
    assert "答复时间不能早于受理时间" in step.errors.text("replied_at")
    assert counts(demo_db) == before
    assert get_complaint(demo_db, context.actor, detail.id).status is ComplaintStatus.RESOLVING


def test_a_customer_complaint_from_the_customer_form(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    officer = resolve_actor(demo_db, "wangfang")
    customer_id = customer_of(demo_db, officer)
    receive_complaint(demo_db, context.actor, customer_intake(demo_db, officer))
    dialog = CustomerDialog(context, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.complaints_tab
    tabs = dialog.ui.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "投诉（1）"
    assert tabs.indexOf(tab) == tabs.count() - 2  # just before status and officer
    assert tab.ui.complaintTree.topLevelItemCount() == 1
    new = tab.new_complaint()
    qtbot.addWidget(new)
    assert new.ui.customerRadio.isChecked()
    assert new.ui.customerValue.text().startswith(dialog.detail.name)
    new.ui.descriptionEdit.insertPlainText("客户经理未按约定上门。")
    _choose(new.ui.categoryCombo, "service_attitude")
    with qtbot.waitSignal(new.saved, timeout=5000):
        new.save()
    assert tab.ui.complaintTree.topLevelItemCount() == 2
    assert tabs.tabText(tabs.indexOf(tab)) == "投诉（2）"
    assert new.detail.customer_id == customer_id and new.detail.officer_id == officer.user_id


def test_an_unregistered_caller_is_linked_through_the_picker(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    detail = receive_complaint(demo_db, context.actor, caller_intake())
    dialog = ComplaintDialog(context, detail.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "未关联客户档案" in dialog.ui.customerValue.text()
    assert dialog.ui.callerNameEdit.isVisible()
    dialog.ui.linkButton.click()
    picker = dialog.picker
    with qtbot.waitSignal(picker.searchFinished, timeout=10_000):
        qtbot.keyClicks(picker.ui.searchEdit, "138")
    assert picker.ui.results.count() > 0
    chosen_text = picker.ui.results.item(0).text()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _click(qtbot, picker.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.detail.customer_id is not None
    assert chosen_text.startswith(dialog.detail.customer_name)
    assert "关联客户档案" in dialog.ui.timelineView.toPlainText()
    assert dialog.ui.callerNameEdit.text() == "赵大海"


def test_an_officer_reads_a_colleagues_complaint_without_acting(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    officer = resolve_actor(demo_db, "wangfang")
    colleague = resolve_actor(demo_db, "liqiang")
    detail = receive_complaint(
        demo_db, context.actor, customer_intake(demo_db, officer, officer_id=colleague.user_id)
    )
    dialog = ComplaintDialog(AppContext(demo_db, officer), detail.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _visible_steps(dialog) == []
    assert not dialog.ui.linkButton.isVisible() and not dialog.ui.assignButton.isVisible()
    assert "李强" in dialog.ui.formMessage.text()
    assert dialog.ui.descriptionEdit.isReadOnly()


def test_list_filters_match_the_service(
    qtbot: QtBot, manager_context: AppContext, complaints_db: Database
) -> None:
    page = _page(qtbot, manager_context)
    actor: Actor = manager_context.actor
    total = len(search_complaint_ids(complaints_db, actor, ComplaintQuery()))
    assert page.model.rowCount() == total > 300
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.set_filters(deadline=DeadlineFilter.OVERDUE)
    overdue = page.model.rowCount()
    assert 0 < overdue < total
    rows = complaint_rows(complaints_db, actor, [page.model.record_id(i) for i in range(overdue)])
    assert all(r.overdue and r.status in OPEN_STATUSES for r in rows.values())
    assert "逾期" in page.model.index(0, 10).data()
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.set_filters(status=ComplaintStatus.CLOSED, category="loan_processing")
    closed = search_complaint_ids(
        complaints_db,
        actor,
        ComplaintQuery(statuses=frozenset({ComplaintStatus.CLOSED}), category="loan_processing"),
    )
    assert page.model.rowCount() == len(closed) > 0
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.ui.dateCheck.setChecked(True)  # received in the last month
    recent = page.model.rowCount()
    assert recent < len(closed)
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.clear_filters()
    assert page.model.rowCount() == total
    number = page.model.cached_row(0).number
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        qtbot.keyClicks(page.ui.searchEdit, number)
    assert page.model.rowCount() == 1
    # sorting by a column header asks the service again
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.ui.searchEdit.clear()
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.ui.table.horizontalHeader().setSortIndicator(9, Qt.SortOrder.AscendingOrder)
    first, second = page.model.cached_row(0), page.model.cached_row(1)
    assert first.due_at <= second.due_at


def test_the_main_window_builds_the_complaint_section_when_opened(
    qtbot: QtBot, manager_context: AppContext
) -> None:
    window = MainWindow(manager_context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.customer_page.searchFinished, timeout=10_000):
        window.show()
    assert window.complaints_page is None
    window.ui.navigation.setCurrentRow(COMPLAINTS_ROW)
    section = window.complaints_page
    assert isinstance(section, ComplaintsSection)
    assert window.ui.pages.currentWidget() is section
    qtbot.waitUntil(lambda: section.list_page.model.rowCount() > 0, timeout=10_000)
    assert section.statistics_page is None  # Qt Charts only when asked for
    window.close()


def test_statistics_page_draws_chinese_charts_and_tables(
    qtbot: QtBot, manager_context: AppContext, complaints_db: Database
) -> None:
    page = ComplaintStatisticsPage(manager_context)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.statistics is not None, timeout=10_000)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.set_period(dt.date(TODAY.year - 1, TODAY.month, 1), TODAY)
    stats = page.statistics
    assert stats is not None and stats.received > 200
    assert f"{stats.received}" in page.ui.figuresLabel.text()
    assert "平均办结时长" in page.ui.figuresLabel.text()
    charts = {key: view.chart() for key, view in page.charts.items()}
    assert [s.count() for s in charts["categories"].series()] == [5]
    names = charts["categories"].axes(Qt.Orientation.Vertical)[0].categories()
    assert "贷款办理" in names and "服务态度" in names
    assert len(charts["months"].axes(Qt.Orientation.Horizontal)[0].categories()) == 13
    assert charts["satisfaction"].series()[0].count() == 4
    image = page.charts["categories"].grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in (60, 120)}) > 3
    table = page.ui.categoryTable
    total_row = table.rowCount() - 1
    assert table.verticalHeaderItem(total_row).text() == "合计"
    assert table.item(total_row, table.columnCount() - 1).text() == str(stats.received)
    assert page.ui.monthTable.rowCount() == 13
    assert isinstance(page.charts["months"], QChartView)


def test_the_settings_tab_saves_deadlines_and_categories(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    tab = dialog.complaint_settings
    tab.ui.generalDaysSpin.setValue(10)
    tab.ui.newCategoryEdit.insert("网点环境")
    _click(qtbot, tab.ui.addCategoryButton)
    table = tab.ui.categoryTable
    table.item(table.rowCount() - 2, 1).setCheckState(Qt.CheckState.Unchecked)  # "other"
    dialog.ui.buttonBox.accepted.emit()
    saved = complaint_settings(demo_db, context.actor)
    assert saved.deadlines.for_severity(ComplaintSeverity.GENERAL) == 10
    assert [(c.code, c.active) for c in saved.categories[-2:]] == [
        ("other", False),
        ("custom_1", True),
    ]
    assert saved.categories[-1].label.source == "网点环境"
    assert saved.categories[0].label.source == "Service attitude"  # still the built-in text

    again = SettingsDialog(context)
    qtbot.addWidget(again)
    again.complaint_settings.ui.categoryTable.item(0, 0).setText("")
    again.ui.buttonBox.accepted.emit()
    assert again.result() != SettingsDialog.DialogCode.Accepted
    assert "名称" in again.ui.errorLabel.text()


def test_officers_see_the_complaint_settings_read_only(qtbot: QtBot, demo_db: Database) -> None:
    dialog = SettingsDialog(AppContext(demo_db, resolve_actor(demo_db, "wangfang")))
    qtbot.addWidget(dialog)
    assert not dialog.complaint_settings.ui.categoryTable.isEnabled()
    assert not dialog.complaint_settings.ui.deadlineGroup.isEnabled()


def test_reopen_correct_and_reassign_from_the_form(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    from tests.core.complaint_helpers import complaint_in

    detail = complaint_in(demo_db, context.actor, ComplaintStatus.CLOSED)
    dialog = ComplaintDialog(context, detail.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _visible_steps(dialog) == ["reopen"] and not dialog.ui.assignButton.isVisible()
    dialog.ui.reopenButton.click()
    step = dialog.step_dialog
    _ok(qtbot, step)
    assert "必填" in step.errors.text("reason")
    step.ui.reopenReasonEdit.insertPlainText("客户不认可答复")
    _ok(qtbot, step)
    assert dialog.detail.status is ComplaintStatus.INVESTIGATING
    assert _visible_steps(dialog) == ["resolve"]
    assert "重新打开 1 次" in dialog.ui.headerLabel.text()

    # correcting the severity moves the deadline and is kept in the history
    _choose(dialog.ui.severityCombo, ComplaintSeverity.MAJOR)
    assert dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.detail.severity is ComplaintSeverity.MAJOR
    reopened = dialog.detail.reopened_at
    assert dialog.detail.due_at == compute_due_at(reopened, ComplaintSeverity.MAJOR, Deadlines())
    assert "更正投诉信息" in dialog.ui.timelineView.toPlainText()
    assert not dialog.has_unsaved_changes()

    # a manager hands it to another officer
    manager = AppContext(demo_db, resolve_actor(demo_db, "lijianguo"))
    again = ComplaintDialog(manager, detail.id)
    qtbot.addWidget(again)
    again.show()
    again.ui.assignButton.click()
    chooser = again.assign_dialog
    with qtbot.waitSignal(again.saved, timeout=5000):
        chooser.textValueSelected.emit("李强")
    assert again.detail.officer_name == "李强"
    assert "更换承办人" in again.ui.timelineView.toPlainText()
