"""Derived data (search index, schedule) is rebuilt when, and only when, its stamp is stale."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from agricrm.db.database import Database
from agricrm.db.door import Cause, inside, writer_of
from agricrm.services.classes import rebuild_classes_on
from agricrm.services.customer_index import rebuild_index
from agricrm.services.derived import KINDS, bring_up_to_date, stale_kinds
from agricrm.services.progress import Cancelled, Progress
from agricrm.services.schedule import rebuild_schedule_on

SEARCH, CLASSES, SCHEDULE = KINDS
CLASS_COLUMNS = (
    "customer_id, rules_version, scale, industry, credit, value, segment, needs, activity, "
    "relationship, credit_computed, value_score, reasons_json"
)
"""Every column of the classes but the moment they were computed."""


def _sql(db: Database, *statements: str) -> None:
    """Spoil the data on purpose, around the door (which would refuse such writes)."""
    with db.write(None, Cause.REBUILD) as session, inside():
        for statement in statements:
            session.execute(text(statement))


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def _state(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The derived data and its stamps, as stored."""
    return {
        "fts": _rows(db, "SELECT rowid, * FROM customer_search ORDER BY rowid"),
        "terms": _rows(db, "SELECT * FROM customer_search_terms ORDER BY 1, 2"),
        "sort_keys": _rows(db, "SELECT id, name_pinyin FROM customers ORDER BY id"),
        "schedule": _rows(db, "SELECT * FROM customer_schedule ORDER BY customer_id"),
        "classes": _rows(db, f"SELECT {CLASS_COLUMNS} FROM customer_classes ORDER BY 1"),
        "stamps": _rows(db, "SELECT * FROM derived_state ORDER BY name"),
    }


def _spoil(db: Database) -> None:
    """Damage both kinds of derived data in a way only a rebuild repairs."""
    _sql(
        db,
        "DELETE FROM customer_search_terms WHERE customer_id % 2 = 0",
        "UPDATE customers SET name_pinyin = '' WHERE id % 3 = 0",
        "UPDATE customer_schedule SET due_date = NULL",
        "UPDATE customer_classes SET segment = 'quality' WHERE customer_id % 2 = 1",
    )


def test_the_demo_stamps_what_it_built_and_it_equals_a_fresh_rebuild(demo_db: Database) -> None:
    assert stale_kinds(demo_db) == ()
    assert bring_up_to_date(demo_db) == ()
    built = _state(demo_db)
    assert [row[:2] for row in built["stamps"]] == [
        (k.name, k.version) for k in sorted(KINDS, key=lambda k: k.name)
    ]
    with demo_db.write(None, Cause.REBUILD) as session:
        rebuild_index(writer_of(session))
        rebuild_classes_on(writer_of(session))
        rebuild_schedule_on(writer_of(session))
    assert _state(demo_db) == built


def test_a_current_stamp_rebuilds_nothing_and_a_stale_one_rebuilds_its_kind(
    demo_db: Database,
) -> None:
    good = _state(demo_db)
    _spoil(demo_db)
    spoiled = _state(demo_db)
    assert spoiled != good
    assert bring_up_to_date(demo_db) == ()
    assert _state(demo_db) == spoiled  # nothing was stale, nothing was looked at

    _sql(demo_db, f"UPDATE derived_state SET version = 0 WHERE name = '{SEARCH.name}'")
    assert stale_kinds(demo_db) == (SEARCH,)
    assert bring_up_to_date(demo_db) == (SEARCH.name,)
    now = _state(demo_db)
    assert (now["fts"], now["terms"], now["sort_keys"]) == (
        good["fts"],
        good["terms"],
        good["sort_keys"],
    )
    assert now["schedule"] == spoiled["schedule"]  # its stamp was current

    # the classes first: the schedule's cadence is the strategy of the classes
    _sql(demo_db, f"DELETE FROM derived_state WHERE name = '{CLASSES.name}'")
    assert bring_up_to_date(demo_db) == (CLASSES.name,)
    assert _state(demo_db)["classes"] == good["classes"]
    assert _state(demo_db)["schedule"] == spoiled["schedule"]

    _sql(demo_db, f"DELETE FROM derived_state WHERE name = '{SCHEDULE.name}'")
    assert bring_up_to_date(demo_db) == (SCHEDULE.name,)
    assert _state(demo_db)["schedule"] == good["schedule"]
    assert stale_kinds(demo_db) == ()


def test_the_classes_are_rebuilt_before_the_schedule_that_reads_them(demo_db: Database) -> None:
    good = _state(demo_db)
    _spoil(demo_db)
    _sql(demo_db, "DELETE FROM derived_state")
    assert bring_up_to_date(demo_db) == tuple(kind.name for kind in KINDS)
    assert [kind.name for kind in KINDS].index(CLASSES.name) < [kind.name for kind in KINDS].index(
        SCHEDULE.name
    )
    rebuilt = _state(demo_db)
    assert {k: v for k, v in rebuilt.items() if k != "stamps"} == {
        k: v for k, v in good.items() if k != "stamps"
    }


def test_a_new_version_in_the_code_rebuilds_once(demo_db: Database) -> None:
    """What a release that changes the pinyin readings does: bump the version."""
    bumped = (dataclasses.replace(SEARCH, version=SEARCH.version + 1), SCHEDULE)
    assert stale_kinds(demo_db, bumped) == (bumped[0],)
    assert bring_up_to_date(demo_db, kinds=bumped) == (SEARCH.name,)
    assert bring_up_to_date(demo_db, kinds=bumped) == ()
    stamps = dict(_rows(demo_db, "SELECT name, version FROM derived_state"))
    assert stamps == {
        SEARCH.name: SEARCH.version + 1,
        SCHEDULE.name: SCHEDULE.version,
        CLASSES.name: CLASSES.version,
    }
    assert stale_kinds(demo_db) == (SEARCH,)  # the older code would rebuild it again


def test_a_cancelled_rebuild_leaves_data_and_stamps_as_they_were(demo_db: Database) -> None:
    _spoil(demo_db)
    _sql(demo_db, "UPDATE derived_state SET version = 0")
    before = _state(demo_db)
    reports: list[tuple[int, int]] = []

    def cancel_in_the_second_kind(done: int, total: int) -> None:
        reports.append((done, total))
        if done >= total // len(KINDS):  # the search index is rebuilt, the schedule begun
            progress.cancel()

    progress = Progress(cancel_in_the_second_kind)
    with pytest.raises(Cancelled):
        bring_up_to_date(demo_db, progress)
    assert _state(demo_db) == before
    assert reports == sorted(reports) and reports[-1][0] >= 1000  # the index was rebuilt
    assert {total for _done, total in reports} == {len(KINDS) * 1000}

    assert bring_up_to_date(demo_db) == tuple(kind.name for kind in KINDS)
    assert _state(demo_db) != before


def test_a_new_file_is_stale_until_brought_up_to_date(tmp_path: Path) -> None:
    from agricrm.db.database import open_database

    db = open_database(tmp_path / "new.db")
    try:
        assert stale_kinds(db) == KINDS
        assert bring_up_to_date(db) == tuple(kind.name for kind in KINDS)
        assert stale_kinds(db) == ()
    finally:
        db.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agricrm", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def _stamped(path: Path) -> list[tuple[str, int]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT name, version FROM derived_state ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


def test_the_command_line_and_the_app_bring_an_upgraded_file_up_to_date(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    current = sorted((kind.name, kind.version) for kind in KINDS)
    files = {n: tmp_path / f"agricrm-{n}.db" for n in ("0002", "0004", "0005")}
    for path in files.values():
        shutil.copyfile(fixtures / path.name, path)

    exported = _run("export", "--db", str(files["0002"]), "--out", str(tmp_path / "p.xlsx"))
    assert exported.returncode == 0, exported.stderr
    assert _stamped(files["0002"]) == current

    connection = sqlite3.connect(files["0004"])
    (customer,) = connection.execute("SELECT uuid FROM customers ORDER BY id LIMIT 1").fetchone()
    connection.close()
    sheet = tmp_path / "sheet.pdf"
    printed = _run(
        "report",
        "customer",
        "--db",
        str(files["0004"]),
        "--customer",
        customer,
        "--out",
        str(sheet),
    )
    assert printed.returncode == 0, printed.stderr
    assert _stamped(files["0004"]) == current

    opened = _run("--db", str(files["0005"]), "--quit-after-paint")
    assert opened.returncode == 0, opened.stderr
    assert _stamped(files["0005"]) == current
