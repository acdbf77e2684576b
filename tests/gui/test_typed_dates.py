"""Dates and times typed with the keyboard are kept as typed, or refused in words.

Qt's QDateEdit edits one section at a time: with its whole text selected, typing 2027-01-10
over 2026-07-02 lost the year and showed and saved 2026-01-10, and a maximum date clamped a
typed birth date or complaint time the same way, without a word.  Every date field is now a
`DateField`; these tests type real keys into each of them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.domain.complaints import ComplaintAction
from agricrm.domain.visits import VisitStatus
from agricrm.gui.complaints.complaint_dialog import ComplaintDialog
from agricrm.gui.complaints.list_page import ComplaintListPage
from agricrm.gui.complaints.statistics_page import ComplaintStatisticsPage
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.gui.labels import select_data
from agricrm.gui.visits.list_page import VisitListPage
from agricrm.gui.visits.village_day_dialog import VillageDayDialog
from agricrm.gui.visits.visit_dialog import VisitDialog
from agricrm.gui.widgets.date_field import DateField, parse_date, parse_time
from agricrm.services.actor import Actor
from agricrm.services.complaints import receive_complaint
from agricrm.services.today import today_view
from tests.conftest import DEMO_AS_OF
from tests.core.complaint_helpers import at, caller_intake

ROOT = Path(__file__).resolve().parents[2]
NEXT_YEAR = dt.date.today().year + 1


def _retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select the whole text (Ctrl+A) and type over it, as the officer did."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _customer(db: Database, actor: Actor) -> int:
    return today_view(db, actor, DEMO_AS_OF).overdue[0].customer_id


def _visit_dialog(qtbot: QtBot, context: AppContext, customer_id: int) -> VisitDialog:
    dialog = VisitDialog(context, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_date_typed_over_the_selected_text_is_the_date_saved_or_refused(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    """The issue's case: a visit that took place, dated next year, is refused in words; the
    same date typed for a planned visit is the date saved."""
    context = AppContext(demo_db, officer)
    customer_id = _customer(demo_db, officer)
    before = len(context.visits.customer_history(officer, customer_id))
    dialog = _visit_dialog(qtbot, context, customer_id)
    select_data(dialog.ui.statusCombo, VisitStatus.DONE)
    typed = f"{NEXT_YEAR}-01-10"
    _retype(qtbot, dialog.ui.dateEdit, typed)
    assert dialog.ui.dateEdit.text() == typed
    assert dialog.ui.dateEdit.date() == dt.date(NEXT_YEAR, 1, 10)
    assert not dialog.save()
    assert "不能晚于今天" in dialog.errors.text("visit_date")
    assert "不能晚于今天" in dialog.ui.formMessage.text()
    assert len(context.visits.customer_history(officer, customer_id)) == before

    select_data(dialog.ui.statusCombo, VisitStatus.PLANNED)
    assert dialog.save()
    saved = context.visits.customer_history(officer, customer_id)[0]
    assert saved.visit_date == dt.date(NEXT_YEAR, 1, 10)


def test_a_text_that_is_no_date_or_time_stays_as_typed_and_is_explained(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    context = AppContext(demo_db, officer)
    customer_id = _customer(demo_db, officer)
    before = len(context.visits.customer_history(officer, customer_id))
    dialog = _visit_dialog(qtbot, context, customer_id)
    select_data(dialog.ui.statusCombo, VisitStatus.DONE)
    _retype(qtbot, dialog.ui.dateEdit, "2026-02-30")
    _retype(qtbot, dialog.ui.timeEdit, "25:10")
    _retype(qtbot, dialog.ui.nextVisitEdit, "next week")
    assert not dialog.save()
    assert dialog.ui.dateEdit.text() == "2026-02-30"  # kept as typed, to be corrected
    assert "2026-02-30" in dialog.errors.text("visit_date")
    assert "25:10" in dialog.errors.text("visit_time")
    assert "next week" in dialog.errors.text("next_visit_date")
    assert len(context.visits.customer_history(officer, customer_id)) == before

    _retype(qtbot, dialog.ui.dateEdit, "2026/6/28")
    _retype(qtbot, dialog.ui.timeEdit, "930")
    _retype(qtbot, dialog.ui.nextVisitEdit, "")
    dialog.ui.dateEdit.editingFinished.emit()
    assert dialog.ui.dateEdit.text() == "2026-06-28"  # its usual spelling once left
    assert dialog.save(), dialog.ui.formMessage.text()
    saved = context.visits.customer_history(officer, customer_id)[0]
    assert saved.visit_date == dt.date(2026, 6, 28) and saved.next_visit_date is None


def test_a_fixed_value_loses_its_message_at_once_and_nothing_moves(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    """Error lines under the fields pushed the fields below them down (a click landed in the
    wrong field) and stayed after the value was fixed."""
    context = AppContext(demo_db, officer)
    dialog = _visit_dialog(qtbot, context, _customer(demo_db, officer))
    select_data(dialog.ui.statusCombo, VisitStatus.DONE)
    fields = list(dialog._field_widgets().values())
    places = [field.mapTo(dialog, field.rect().topLeft()) for field in fields]
    _retype(qtbot, dialog.ui.dateEdit, f"{NEXT_YEAR}-01-10")
    dialog.ui.satisfactionCombo.setCurrentIndex(0)
    assert not dialog.save()
    QApplication.processEvents()
    assert [field.mapTo(dialog, field.rect().topLeft()) for field in fields] == places
    assert dialog.errors.text("visit_date")
    assert dialog.ui.dateEdit.toolTip() == dialog.errors.text("visit_date")

    _retype(qtbot, dialog.ui.dateEdit, "2026-06-29")
    qtbot.waitUntil(lambda: not dialog.errors.text("visit_date"), timeout=3000)
    assert dialog.ui.formMessage.text() == ""  # the whole message went with its last problem
    assert [field.mapTo(dialog, field.rect().topLeft()) for field in fields] == places


def test_a_future_birth_date_is_refused_not_replaced_by_today(
    qtbot: QtBot, context: AppContext
) -> None:
    """The birth date field had today as its maximum: a typed later date became today."""
    dialog = CustomerDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.insert("白勇")
    typed = f"{NEXT_YEAR}-03-04"
    _retype(qtbot, dialog.ui.birthDateEdit, typed)
    assert dialog.ui.birthDateEdit.date() == dt.date(NEXT_YEAR, 3, 4)
    assert not dialog.save()
    assert "出生日期不能晚于今天" in dialog.errors.text("birth_date")
    assert dialog.ui.birthDateEdit.text() == typed


def test_a_complaint_received_in_the_future_is_refused_not_clamped(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = ComplaintDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.ui.receivedEdit
    _retype(qtbot, field.date_field, f"{NEXT_YEAR}-01-10")
    _retype(qtbot, field.time_field, "08:30")
    assert field.dateTime() == dt.datetime(NEXT_YEAR, 1, 10, 8, 30)
    assert not dialog.save()
    assert "晚于现在" in dialog.errors.text("received_at")
    field.time_field.selectAll()
    field.time_field.insert("8点半")  # what an input method commits; no such time: not guessed
    assert not dialog.save()
    assert "8点半" in dialog.errors.text("received_at")


def _cell_editor(table: QAbstractItemView, index: QModelIndex) -> DateField:
    table.edit(index)
    editors = table.viewport().findChildren(DateField)
    assert len(editors) == 1
    return editors[0]


def _commit(qtbot: QtBot, table: QAbstractItemView, editor: DateField) -> None:
    """Enter, as a user ends an edit: the delegate commits and closes the editor (queued)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not table.viewport().findChildren(DateField), timeout=3000)


def test_a_typed_due_date_in_a_table_is_kept_or_refused(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    context = AppContext(demo_db, officer)
    dialog = _visit_dialog(qtbot, context, _customer(demo_db, officer))
    qtbot.mouseClick(dialog.ui.followUpAddButton, Qt.MouseButton.LeftButton)
    table, model = dialog.ui.followUpsTable, dialog.follow_ups_model
    model.setData(model.index(0, model.column_of("description")), "送技术资料")
    due = model.index(0, model.column_of("due_date"))
    table.setCurrentIndex(due)
    editor = _cell_editor(table, due)
    _retype(qtbot, editor, f"{NEXT_YEAR}-13-01")
    _commit(qtbot, table, editor)
    assert model.data(due) == f"{NEXT_YEAR}-13-01"
    assert not dialog.save()
    assert f"没有 {NEXT_YEAR}-13-01 这一天" in dialog.ui.followUpsErrors.text()
    model.setData(due, f"{NEXT_YEAR}-02-01")
    editor = _cell_editor(table, due)
    _retype(qtbot, editor, f"{NEXT_YEAR}/2/3")
    _commit(qtbot, table, editor)
    assert model.data(due, Qt.ItemDataRole.EditRole) == dt.date(NEXT_YEAR, 2, 3)


Opened = tuple[QWidget, DateField]  # the window is kept, or Qt deletes it with its field
Opener = Callable[[QtBot, AppContext], Opened]


def _shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()


def _visit_list(qtbot: QtBot, context: AppContext) -> Opened:
    page = VisitListPage(context)
    _shown(qtbot, page)
    return page, page.fromEdit


def _complaint_list(qtbot: QtBot, context: AppContext) -> Opened:
    page = ComplaintListPage(context)
    _shown(qtbot, page)
    page.ui.dateCheck.setChecked(True)
    return page, page.ui.toDate


def _statistics(qtbot: QtBot, context: AppContext) -> Opened:
    page = ComplaintStatisticsPage(context)
    _shown(qtbot, page)
    return page, page.ui.fromDate


def _village_day(qtbot: QtBot, context: AppContext) -> Opened:
    dialog = VillageDayDialog(context, DEMO_AS_OF)
    _shown(qtbot, dialog)
    return dialog, dialog.dateEdit


def _reply_step(qtbot: QtBot, context: AppContext) -> Opened:
    complaint = receive_complaint(context.db, context.actor, caller_intake(), now=at(0))
    dialog = ComplaintDialog(context, complaint.id)
    _shown(qtbot, dialog)
    step = dialog.start_step(ComplaintAction.REPLY)
    return dialog, step.ui.repliedAtEdit.date_field


@pytest.mark.parametrize(
    "open_field",
    [_visit_list, _complaint_list, _statistics, _village_day, _reply_step],
    ids=["visit log", "complaint list", "complaint statistics", "village day", "reply step"],
)
def test_every_other_date_field_takes_the_year_typed(
    qtbot: QtBot, context: AppContext, open_field: Opener
) -> None:
    _window, field = open_field(qtbot, context)
    typed = dt.date(NEXT_YEAR + 3, 1, 10)
    _retype(qtbot, field, typed.isoformat())
    assert field.date() == typed and field.text() == typed.isoformat()


def test_no_section_editor_is_left_in_the_forms_or_the_screens() -> None:
    """A Qt date, time or date-time edit anywhere in the interface would bring the silent
    section editing back."""
    pattern = re.compile(r"\bQ(Date|Time|DateTime)Edit\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in [
            *(ROOT / "forms").glob("*.ui"),
            *(ROOT / "src" / "agricrm" / "gui").rglob("*.py"),
        ]
        if pattern.search(path.read_text("utf-8")) and path.name != "date_field.py"
    ]
    assert offenders == []


def test_every_day_in_every_spelling_reads_as_itself() -> None:
    """Exhaustively, every day from 1900 to 2100 in each spelling an officer types."""
    day = dt.date(1900, 1, 1)
    while day.year <= 2100:
        y, m, d = day.year, day.month, day.day
        for text in (
            day.isoformat(),
            f"{y}/{m}/{d}",
            f"{y}.{m}.{d}",
            f"{y}年{m}月{d}日",
            f"{y}{m:02d}{d:02d}",
            f" {y}－{m:02d}－{d:02d} ",  # full-width, as an input method may type it
        ):
            assert parse_date(text) == (day, None), text
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    "text", ["2026-02-29", "2026-13-01", "2026-00-10", "20261301", "2026年4月31日"]
)
def test_a_day_that_does_not_exist_is_named(text: str) -> None:
    day, problem = parse_date(text)
    assert day is None and problem is not None and text in str(problem)


@pytest.mark.parametrize("text", ["next week", "26-1-10", "2026-1", "1月10日", "2026/1/10/1"])
def test_a_text_that_is_no_date_says_how_to_write_one(text: str) -> None:
    day, problem = parse_date(text)
    assert day is None and problem is not None and "2026-07-02" in str(problem)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:30", dt.time(14, 30)),
        ("9:05", dt.time(9, 5)),
        ("1430", dt.time(14, 30)),
        ("930", dt.time(9, 30)),
        ("14点30", dt.time(14, 30)),
        ("14点", dt.time(14, 0)),
        ("１４：３０", dt.time(14, 30)),
        ("", None),
    ],
)
def test_times_as_officers_type_them(text: str, expected: dt.time | None) -> None:
    assert parse_time(text) == (expected, None)


@pytest.mark.parametrize("text", ["24:00", "12:60", "noon", "8点半"])
def test_a_text_that_is_no_time_is_refused(text: str) -> None:
    time, problem = parse_time(text)
    assert time is None and problem is not None


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
def test_the_calendar_opens_from_the_keyboard_in_chinese_and_picks_a_day(
    qtbot: QtBot, context: AppContext
) -> None:
    _dialog, field = _village_day(qtbot, context)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field._popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.locale().language() == QLocale.Language.Chinese  # 十二月, 周一…
    assert calendar.selectedDate().toPython() == DEMO_AS_OF
    grid = calendar.findChild(QTableView)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert field.date() == DEMO_AS_OF + dt.timedelta(days=1) and not popup.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # ↑ a day later, as in Qt's date edit
    assert field.text() == (DEMO_AS_OF + dt.timedelta(days=2)).isoformat()
