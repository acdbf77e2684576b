"""The visit form's customer box and officer, driven with the keyboard and the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.domain.visits import VisitStatus
from agricrm.gui.context import AppContext
from agricrm.gui.labels import select_data
from agricrm.gui.visits.list_page import VisitListPage
from agricrm.gui.visits.today_page import TodayPage
from agricrm.gui.visits.visit_dialog import VisitDialog
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.visit_data import VisitQuery
from agricrm.services.visits import search_visit_ids
from tests.conftest import DEMO_AS_OF

# the offscreen platform cannot raise a popup or give it the keyboard; the popup works anyway
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
QUERY = "zh"  # two letters many demo names start with, so the list has several people


def _suggestions(qtbot: QtBot, dialog: VisitDialog, typed: str) -> list[str]:
    box = dialog.ui.customerCombo.lineEdit()
    box.setFocus()
    qtbot.keyClicks(box, typed)
    popup = dialog.customer_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    model = dialog.customer_matches
    return [model.item(row).text() for row in range(model.rowCount())]


def _new_visit(qtbot: QtBot, context: AppContext) -> VisitDialog:
    dialog = VisitDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_down_then_enter_picks_the_first_suggestion(qtbot: QtBot, context: AppContext) -> None:
    """The suggestion list opened with its first row current, so ↓ Enter picked the second
    person (张新伯 instead of 张小明); and letters typed after it opened were lost."""
    dialog = _new_visit(qtbot, context)
    shown = _suggestions(qtbot, dialog, QUERY)
    assert len(shown) >= 2
    popup = dialog.customer_completer.popup()
    assert not popup.currentIndex().isValid()  # nothing highlighted until ↓
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer_id() is not None, timeout=3000)
    ids = search_customer_ids(context.db, context.actor, CustomerQuery(text=QUERY))
    assert dialog.customer_id() == ids[0]
    assert dialog.ui.customerCombo.currentText() == shown[0]


def test_letters_typed_while_the_suggestions_show_go_into_the_box(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = _new_visit(qtbot, context)
    _suggestions(qtbot, dialog, "z")
    qtbot.keyClicks(dialog.customer_completer.popup(), "h")  # the popup has the keyboard
    assert dialog.ui.customerCombo.lineEdit().text() == "zh"


def _customer_of_another_officer(context: AppContext) -> tuple[int, int]:
    """The first customer suggested for QUERY, and their officer (not the acting user)."""
    customer_id = search_customer_ids(context.db, context.actor, CustomerQuery(text=QUERY))[0]
    officer_id = context.visits.customer_brief(context.actor, customer_id).officer_id
    assert officer_id is not None and officer_id != context.actor.user_id
    return customer_id, officer_id


def test_a_visit_picked_in_the_visit_log_is_the_customers_officers(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    """The visit log's new visit credited the administrator recording it."""
    customer_id, officer_id = _customer_of_another_officer(context)
    page = VisitListPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.newButton, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(VisitDialog)
    _suggestions(qtbot, dialog, QUERY)
    popup = dialog.customer_completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.customer_id() == customer_id, timeout=3000)
    assert dialog.ui.officerCombo.currentData() == officer_id
    select_data(dialog.ui.statusCombo, VisitStatus.DONE)
    dialog.ui.dateEdit.setDate(DEMO_AS_OF)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    newest = search_visit_ids(demo_db, context.actor, VisitQuery(customer_id=customer_id))
    detail = context.visits.get(context.actor, max(newest))
    assert detail.officer_id == officer_id


def test_a_visit_recorded_from_today_is_the_customers_officers(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    page = TodayPage(context, today=lambda: DEMO_AS_OF)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    item = page.overdueTree.topLevelItem(0)
    overdue = item.data(0, Qt.ItemDataRole.UserRole)
    page.overdueTree.setCurrentItem(item)
    qtbot.mouseClick(page.recordOverdueButton, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(VisitDialog)
    brief = context.visits.customer_brief(context.actor, overdue.customer_id)
    assert brief.officer_id != context.actor.user_id
    assert dialog.ui.officerCombo.currentData() == brief.officer_id
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    assert saved.args[0].officer_id == brief.officer_id
    assert saved.args[0].officer_name == brief.officer_name


def test_an_officer_chosen_by_hand_stays_for_the_next_visits(
    qtbot: QtBot, context: AppContext, demo_db: Database, manager: Actor
) -> None:
    """A manager who went on the visits picks himself once; Save and new keeps him."""
    context = AppContext(demo_db, manager)
    dialog = _new_visit(qtbot, context)
    combo = dialog.ui.officerCombo
    combo.setCurrentIndex(combo.findData(manager.user_id))
    combo.activated.emit(combo.currentIndex())  # as a click in the list does
    customer_id, _officer_id = _customer_of_another_officer(context)
    dialog._set_customer(customer_id)
    assert combo.currentData() == manager.user_id
    select_data(dialog.ui.statusCombo, VisitStatus.DONE)
    dialog.ui.dateEdit.setDate(DEMO_AS_OF)
    assert dialog.save_and_new()
    dialog._set_customer(customer_id)
    assert combo.currentData() == manager.user_id
