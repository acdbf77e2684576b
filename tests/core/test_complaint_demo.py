"""Demo complaints are realistic and consistent: every state and category, histories that
replay the workflow, some overdue, the same rows for the same seed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from agricrm.db.database import open_database
from agricrm.demo.generator import build_demo_database
from agricrm.domain.complaints import (
    DEFAULT_CATEGORIES,
    ComplaintAction,
    ComplaintStatus,
    target_status,
)
from agricrm.services.complaint_stats import complaint_statistics
from agricrm.services.users import resolve_actor
from tests.conftest import DEMO_AS_OF


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("complaints") / "demo.db"
    build_demo_database(path, 300, seed=3, as_of=DEMO_AS_OF, complaints=800)
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_every_status_category_and_channel_occurs(demo_file: Path) -> None:
    assert _rows(demo_file, "SELECT count(*) FROM complaints") == [(800,)]
    statuses = {r[0] for r in _rows(demo_file, "SELECT DISTINCT status FROM complaints")}
    assert statuses == {s.value for s in ComplaintStatus}
    categories = {r[0] for r in _rows(demo_file, "SELECT DISTINCT category FROM complaints")}
    assert categories == {c.code for c in DEFAULT_CATEGORIES}
    channels = _rows(demo_file, "SELECT count(DISTINCT channel) FROM complaints")
    assert channels == [(6,)]
    callers = _rows(demo_file, "SELECT count(*) FROM complaints WHERE customer_id IS NULL")
    assert 40 < callers[0][0] < 200
    numbers = _rows(demo_file, "SELECT count(DISTINCT number) FROM complaints")
    assert numbers == [(800,)]


def test_histories_replay_the_workflow(demo_file: Path) -> None:
    events = defaultdict(list)
    for complaint_id, action, from_status, to_status in _rows(
        demo_file,
        "SELECT complaint_id, action, from_status, to_status FROM complaint_events "
        "ORDER BY complaint_id, happened_at, id",
    ):
        events[complaint_id].append((action, from_status, to_status))
    final = dict(_rows(demo_file, "SELECT id, status FROM complaints"))
    assert set(events) == set(final)
    for complaint_id, history in events.items():
        assert history[0] == ("receive", None, "received")
        status = ComplaintStatus.RECEIVED
        for action, from_status, to_status in history[1:]:
            assert from_status == status.value
            assert target_status(status, ComplaintAction(action)) is ComplaintStatus(to_status)
            status = ComplaintStatus(to_status)
        assert final[complaint_id] == status.value


def test_fields_match_each_status(demo_file: Path) -> None:
    problems = _rows(
        demo_file,
        "SELECT id, status FROM complaints WHERE "
        "(status = 'closed' AND (closed_at IS NULL OR replied_at IS NULL OR satisfaction IS NULL))"
        " OR (status = 'replied' AND (replied_at IS NULL OR closed_at IS NOT NULL))"
        " OR (status IN ('received', 'investigating') AND replied_at IS NOT NULL)"
        " OR (status = 'resolving' AND cause IS NULL)"
        " OR replied_at < received_at OR closed_at < replied_at",
    )
    assert problems == []


def test_some_are_overdue_some_late_some_reopened(demo_file: Path) -> None:
    as_of = "2026-06-30 10:00:00"
    open_overdue = _rows(
        demo_file,
        "SELECT count(*) FROM complaints WHERE status IN ('received','investigating',"
        f"'resolving') AND due_at <= '{as_of}'",
    )[0][0]
    late = _rows(demo_file, "SELECT count(*) FROM complaints WHERE replied_at >= due_at")[0][0]
    reopened = _rows(demo_file, "SELECT count(*) FROM complaints WHERE reopen_count > 0")[0][0]
    assert open_overdue >= 1 and late >= 10 and reopened >= 10


def test_statistics_run_on_the_demo(demo_file: Path) -> None:
    db = open_database(demo_file)
    try:
        stats = complaint_statistics(
            db, resolve_actor(db), dt.date(2025, 7, 1), dt.date(2026, 6, 30)
        )
    finally:
        db.close()
    assert stats.received > 400 and 0 < stats.closed < stats.received
    assert stats.average_days_to_close is not None
    assert stats.p90_days_to_close >= stats.average_days_to_close
    assert len(stats.monthly) == 12 and all(m.received for m in stats.monthly)


def test_the_same_seed_gives_the_same_complaints(tmp_path: Path, demo_file: Path) -> None:
    again = tmp_path / "again.db"
    build_demo_database(again, 300, seed=3, as_of=DEMO_AS_OF, complaints=800)
    query = (
        "SELECT uuid, number, customer_id, category, status, received_at, due_at, replied_at "
        "FROM complaints ORDER BY id"
    )
    assert _rows(again, query) == _rows(demo_file, query)
    events = "SELECT uuid, action, happened_at FROM complaint_events ORDER BY id"
    assert _rows(again, events) == _rows(demo_file, events)
    customers = "SELECT uuid, name FROM customers ORDER BY id"
    without = tmp_path / "without.db"
    build_demo_database(without, 300, seed=3, as_of=DEMO_AS_OF)
    assert _rows(without, customers) == _rows(demo_file, customers)


def test_the_demo_command_takes_a_complaint_count(tmp_path: Path) -> None:
    from tests.core.test_cli import run

    path = tmp_path / "cli.db"
    result = run("demo", "--db", str(path), "--customers", "50", "--complaints", "40")
    assert result.returncode == 0, result.stderr
    assert "40 件投诉及其处理记录" in result.stdout
    assert _rows(path, "SELECT count(*) FROM complaints") == [(40,)]
    default = tmp_path / "default.db"
    assert run("demo", "--db", str(default), "--customers", "50").returncode == 0
    assert _rows(default, "SELECT count(*) FROM complaints") == [(5,)]
    bad = run("demo", "--db", str(tmp_path / "bad.db"), "--customers", "5", "--complaints", "-1")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "投诉数量" in bad.stderr and "Traceback" not in bad.stderr
