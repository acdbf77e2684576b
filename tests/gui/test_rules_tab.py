"""The visit rules in the preferences: saved with their rebuilt due dates, or not at all."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressDialog, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.gui.context import AppContext
from agricrm.gui.qt_text import qt_tr
from agricrm.gui.settings_dialog import SettingsDialog
from agricrm.models import CustomerSchedule
from agricrm.services.progress import CANCELLED
from agricrm.services.schedule import read_rules
from agricrm.services.users import resolve_actor


class _Waiting(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self._release = release

    def run(self) -> None:
        self._release.wait(10)


def _due_dates(db: Database) -> dict[int, dt.date | None]:
    with db.read() as session:
        rows = session.execute(select(CustomerSchedule.customer_id, CustomerSchedule.due_date))
        return {customer_id: due_date for customer_id, due_date in rows}


def test_a_cancelled_rebuild_keeps_the_old_rules_and_due_dates_and_the_dialog_open(
    qtbot: QtBot, demo_db: Database
) -> None:
    manager = resolve_actor(demo_db, "lijianguo")
    old_rules, old_dates = read_rules(demo_db, manager), _due_dates(demo_db)
    dialog = SettingsDialog(AppContext(demo_db, manager))
    qtbot.addWidget(dialog)
    tab = dialog.rules_tab
    tab.postLoanDays.setValue(1)
    tab.overdueLoanDays.setValue(1)

    # The worker threads are kept busy, so the save waits to start and Cancel is pressed
    # before its first step, as a person would during a long rebuild: it then writes the new
    # rules and clears the old due dates inside its transaction, and stops at its first report.
    pool = QThreadPool.globalInstance()
    threads, release = pool.maxThreadCount(), threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(_Waiting(release))
    try:
        dialog.ui.buttonBox.accepted.emit()
        assert tab.task is not None
        tab.findChild(QProgressDialog).findChild(QPushButton).click()  # Cancel
    finally:
        release.set()
        pool.setMaxThreadCount(threads)
    qtbot.waitUntil(lambda: tab.task is None, timeout=10_000)
    assert tab.errorLabel.text() == qt_tr(CANCELLED)  # "Cancelled; nothing was changed."
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.ui.tabs.currentWidget() is tab
    assert read_rules(demo_db, manager) == old_rules
    assert _due_dates(demo_db) == old_dates

    dialog.ui.buttonBox.accepted.emit()  # again, nobody in the way
    qtbot.waitUntil(lambda: dialog.result() == SettingsDialog.DialogCode.Accepted, timeout=10_000)
    new_rules = replace(old_rules, post_loan_days=1, overdue_loan_days=1)
    assert read_rules(demo_db, manager) == new_rules
    assert tab.rules == new_rules and tab.errorLabel.text() == ""
    new_dates = _due_dates(demo_db)
    earlier = [key for key, day in new_dates.items() if day and day < (old_dates[key] or day)]
    assert len(earlier) > 10  # post-loan checks and overdue-loan visits are due sooner


def test_the_tab_has_no_vip_rule_and_says_where_the_cadence_comes_from(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = SettingsDialog(AppContext(demo_db, resolve_actor(demo_db, "lijianguo")))
    qtbot.addWidget(dialog)
    tab = dialog.rules_tab
    edits = [
        edit for edit in tab.findChildren(QLineEdit) if edit.objectName() != "qt_spinbox_lineedit"
    ]
    assert edits == []  # the VIP tag field is gone
    labels = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "VIP" not in labels and "有贷客户" not in labels
    assert "分类规则 → 服务策略" in tab.cadenceNote.text()
    spins = tab.findChildren(QSpinBox)
    assert {spin.suffix().strip() for spin in spins} == {"天"}  # days only: no month intervals
