"""The Today view as an officer uses it: record a visit for an overdue customer and see them
leave the overdue list; log a birthday greeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.domain.cadence import DueReason
from agricrm.gui.context import AppContext
from agricrm.gui.visits.today_page import TodayPage
from agricrm.gui.visits.visit_dialog import VisitDialog
from agricrm.services.actor import Actor
from tests.conftest import DEMO_AS_OF


def _today(qtbot: QtBot, context: AppContext) -> TodayPage:
    page = TodayPage(context, today=lambda: DEMO_AS_OF)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    return page


def _overdue_names(page: TodayPage) -> list[int]:
    return [
        page.overdueTree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).customer_id
        for i in range(page.overdueTree.topLevelItemCount())
    ]


def test_recording_a_visit_from_today_takes_the_customer_off_the_overdue_list(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    context = AppContext(demo_db, officer)
    page = _today(qtbot, context)
    assert "2026-06-30" in page.dateLabel.text()
    tree = page.overdueTree
    row = next(
        i
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).reason is not DueReason.POST_LOAN
    )
    item = tree.topLevelItem(row)
    customer_id = item.data(0, Qt.ItemDataRole.UserRole).customer_id
    total = page.view.overdue_total
    tree.setCurrentItem(item)
    qtbot.mouseClick(page.recordOverdueButton, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog))
    qtbot.addWidget(dialog)
    assert dialog.customer_id() == customer_id
    dialog.ui.conditionEdit.insertPlainText("小麦长势良好")
    qtbot.keyClicks(dialog.ui.attendeesEdit, "husband and wife")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    assert not dialog.isVisible()
    assert customer_id not in _overdue_names(page)
    assert page.view.overdue_total == total - 1
    detail = context.visits.customer_history(officer, customer_id)[0]
    assert detail.production_condition == "小麦长势良好"


def test_a_done_visit_in_the_future_is_refused_in_the_form(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    from PySide6.QtCore import QDate

    context = AppContext(demo_db, officer)
    page = _today(qtbot, context)
    customer_id = page.view.overdue[0].customer_id
    before = len(context.visits.customer_history(officer, customer_id))
    dialog = VisitDialog(context, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setDate(QDate.currentDate().addDays(3).toPython())
    assert not dialog.save()
    assert "未来" in dialog.errors.text("visit_date")
    assert "未保存" in dialog.ui.formMessage.text()
    assert len(context.visits.customer_history(officer, customer_id)) == before


def test_save_and_new_keeps_date_place_and_type(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    context = AppContext(demo_db, officer)
    page = _today(qtbot, context)
    first, second = page.view.overdue[0], page.view.overdue[1]
    dialog = VisitDialog(context, customer_id=first.customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    village = dialog.ui.villageCombo.currentText()
    assert dialog.save_and_new()
    assert dialog.isVisible() and dialog.customer_id() is None
    assert dialog.ui.villageCombo.currentText() == village
    dialog._set_customer(second.customer_id)
    assert dialog.save_and_new() and dialog.saved_count == 2


def test_overdue_complaints_appear_on_today_and_open_from_there(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    import datetime as dt

    from agricrm.domain.complaints import ComplaintChannel, ComplaintInput, ComplaintSeverity
    from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
    from agricrm.services.complaints import receive_complaint

    received = dt.datetime.combine(DEMO_AS_OF - dt.timedelta(days=20), dt.time(9), tzinfo=dt.UTC)
    late = receive_complaint(
        demo_db,
        officer,
        ComplaintInput(
            caller_name="赵大姐",
            caller_phone="13900001111",
            channel=ComplaintChannel.PHONE,
            category="service_attitude",
            severity=ComplaintSeverity.GENERAL,
            description="柜台人员态度不好",
            received_at=received,
        ),
        now=received,
    )
    page = _today(qtbot, AppContext(demo_db, officer))
    tree = page.complaintTree
    numbers = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert late.number in numbers
    row = tree.topLevelItem(numbers.index(late.number))
    assert row.text(1) == "赵大姐" and "逾期" in row.text(7)
    tree.setCurrentItem(row)
    qtbot.mouseClick(page.openComplaintButton, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ComplaintDialog))
    qtbot.addWidget(dialog)
    assert late.number in dialog.windowTitle() + dialog.ui.headerLabel.text()


def test_the_overdue_rows_show_the_strategy_in_its_priority(
    qtbot: QtBot, demo_db: Database, manager: Actor
) -> None:
    page = _today(qtbot, AppContext(demo_db, manager))
    tree = page.overdueTree
    assert tree.headerItem().text(1) == "客户分层"
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items = [row.data(0, Qt.ItemDataRole.UserRole) for row in rows]
    assert [item.priority for item in items] == sorted(item.priority for item in items)
    labels = {"dormant": "沉睡客户", "potential": "潜力客户", "ordinary": "普通客户"}
    assert {row.text(1) for row in rows} <= set(labels.values()) | {"优质客户"}
    for row, item in zip(rows, items, strict=True):
        assert row.text(1) == labels.get(item.cadence_class.value, "优质客户")
        assert row.toolTip(1) == f"今日优先级 {item.priority}"
    reactivation = [
        row for row, item in zip(rows, items, strict=True) if item.reason is DueReason.REACTIVATION
    ]
    assert reactivation and all(row.text(5) == "唤醒走访" for row in reactivation)
