"""Start-up brings derived data up to date behind a progress dialog; Cancel changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, inside, writer_of
from agricrm.gui.app import DUE_WITHOUT_DIALOG, AppSession, bring_derived_data_up_to_date
from agricrm.services import derived
from agricrm.services.classes import rebuild_classes_on
from agricrm.services.derived import KINDS, stale_kinds
from agricrm.services.progress import Cancelled, Progress


def _stamps(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(text("SELECT * FROM derived_state"))]


def _schedule(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(text("SELECT * FROM customer_schedule ORDER BY customer_id"))
        return [tuple(row) for row in rows]


class _Outcome:
    def __init__(self) -> None:
        self.ready = 0
        self.stopped: list[Exception] = []


def _start(qtbot: QtBot, db: Database) -> tuple[QWidget, _Outcome]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome = _Outcome()

    def ready() -> None:
        outcome.ready += 1

    bring_derived_data_up_to_date(parent, db, ready, outcome.stopped.append)
    return parent, outcome


def test_nothing_stale_opens_at_once_without_a_dialog(qtbot: QtBot, demo_db: Database) -> None:
    parent, outcome = _start(qtbot, demo_db)
    assert outcome.ready == 1 and outcome.stopped == []
    assert parent.findChildren(QProgressDialog) == []


def test_stale_data_is_rebuilt_before_the_window_opens(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.write(None, Cause.REBUILD) as session, inside():
        session.execute(text("DELETE FROM derived_state"))
        session.execute(text("DELETE FROM customer_schedule"))
    _parent, outcome = _start(qtbot, demo_db)
    qtbot.waitUntil(lambda: outcome.ready == 1, timeout=20_000)
    assert outcome.stopped == [] and stale_kinds(demo_db) == ()
    assert len(_schedule(demo_db)) > 300


def test_cancel_stops_the_rebuild_and_changes_nothing(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.write(None, Cause.REBUILD) as session, inside():
        session.execute(text("UPDATE derived_state SET version = 0"))
        session.execute(text("UPDATE customer_schedule SET due_date = NULL"))
    stamps, schedule = _stamps(demo_db), _schedule(demo_db)
    started = threading.Event()

    def slow_schedule(writer: Writer, progress: Progress | None) -> None:
        assert progress is not None
        KINDS[1].rebuild(writer, None)  # the real work, inside the transaction
        started.set()
        for step in range(2000):  # then wait for Cancel, reporting as real work does
            progress.report(step, 2000)
            threading.Event().wait(0.01)

    monkeypatch.setattr(
        derived, "KINDS", (KINDS[0], dataclasses.replace(KINDS[1], rebuild=slow_schedule))
    )
    parent, outcome = _start(qtbot, demo_db)
    qtbot.waitUntil(started.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=5000)
    (dialog,) = parent.findChildren(QProgressDialog)
    (cancel,) = dialog.findChildren(QPushButton)
    cancel.click()  # as the user does
    qtbot.waitUntil(lambda: bool(outcome.stopped), timeout=10_000)
    assert isinstance(outcome.stopped[0], Cancelled) and outcome.ready == 0
    assert (_stamps(demo_db), _schedule(demo_db)) == (stamps, schedule)


def _classes_as_of(db: Database, day: dt.date) -> None:
    with db.write(None, Cause.REBUILD) as session:
        rebuild_classes_on(writer_of(session), today=day)


def test_classes_time_has_changed_are_refreshed_at_start_without_a_dialog(
    qtbot: QtBot, demo_db: Database
) -> None:
    _classes_as_of(demo_db, dt.date.today() - dt.timedelta(days=200))  # a laptop left unused
    assert 0 < derived.classes_due(demo_db) <= DUE_WITHOUT_DIALOG
    parent, outcome = _start(qtbot, demo_db)
    assert outcome.ready == 1 and outcome.stopped == []
    assert parent.findChildren(QProgressDialog) == []
    assert derived.classes_due(demo_db) == 0


def test_an_open_database_reclassifies_when_the_day_changes(
    qtbot: QtBot, demo_db: Database
) -> None:
    first = dt.date(2026, 7, 1)
    _classes_as_of(demo_db, first)
    session = AppSession(None)
    session.db, session.day = demo_db, first
    try:
        assert session.check_day(first) == 0  # the same day: nothing to do
        later = first + dt.timedelta(days=120)
        due = derived.classes_due(demo_db, later)
        assert due > 0
        assert session.check_day(later) == due
        assert derived.classes_due(demo_db, later) == 0 and session.day == later
    finally:
        session.db = None
