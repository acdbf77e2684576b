"""The demo looks like a real branch wherever it is made: complaints received and handled in
office hours of the machine's own zone (the zone the app shows times in), and every planned
visit naming the village the officer will go to.

The demo is built with the process in New York's zone, so a demo that kept Chinese office
hours whatever the machine shows (as it once did) fails here on any machine."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agricrm.demo.complaints import CLOSES, OPENS
from agricrm.demo.generator import build_demo_database
from tests.conftest import DEMO_AS_OF

ZONE = "America/New_York"


@pytest.fixture(scope="module")
def in_new_york() -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("the process zone cannot be changed on this platform")
    before = os.environ.get("TZ")
    os.environ["TZ"] = ZONE
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, in_new_york: None) -> Path:
    path = tmp_path_factory.mktemp("realism") / "demo.db"
    build_demo_database(path, 200, seed=5, as_of=DEMO_AS_OF, visits=600, complaints=300)
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _local(stored: str) -> dt.datetime:
    """A stored UTC time stamp as the app shows it: in the machine's zone."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone()


def test_complaints_are_received_in_office_hours(demo_file: Path, in_new_york: None) -> None:
    received = [_local(r[0]) for r in _rows(demo_file, "SELECT received_at FROM complaints")]
    assert len(received) > 200
    outside = [t for t in received if not OPENS <= t.hour < CLOSES]
    assert outside == []


def test_complaint_numbers_name_the_local_day_of_receipt(
    demo_file: Path, in_new_york: None
) -> None:
    for number, stored in _rows(demo_file, "SELECT number, received_at FROM complaints"):
        assert number.startswith(f"TS{_local(stored):%Y%m%d}-"), number


def test_staff_handle_complaints_in_office_hours(demo_file: Path, in_new_york: None) -> None:
    """Investigating, resolving, closing and reopening happen while the branch is open (the
    reply is logged an hour after it was given, so it may fall just after closing time)."""
    steps = _rows(
        demo_file,
        "SELECT action, happened_at FROM complaint_events WHERE action <> 'reply'",
    )
    assert len(steps) > 300
    outside = [(a, _local(t)) for a, t in steps if not OPENS <= _local(t).hour < CLOSES]
    assert outside == []


def test_visits_take_place_in_working_hours(demo_file: Path, in_new_york: None) -> None:
    actual = [
        _local(r[0]) for r in _rows(demo_file, "SELECT actual_at FROM visits WHERE actual_at")
    ]
    assert len(actual) > 50
    assert [t for t in actual if not 8 <= t.hour < 18] == []


def test_every_planned_visit_names_its_village(demo_file: Path) -> None:
    planned = _rows(
        demo_file,
        "SELECT mode, village FROM visits WHERE status IN ('planned', 'missed', 'cancelled')",
    )
    assert planned
    assert [row for row in planned if not row[1] or row[0] == "at_branch"] == []


def test_care_is_given_in_working_hours(demo_file: Path, in_new_york: None) -> None:
    given = [_local(r[0]) for r in _rows(demo_file, "SELECT at FROM care_events")]
    assert given
    assert [t for t in given if not 8 <= t.hour < 18] == []
