"""Databases written by every past release are upgraded without losing a row.

Each fixture `tests/fixtures/agricrm-000N.db` was made by the last release at schema N with
its own demo generator and services (0001 in plain SQL of that schema; see each
`make_db_000N.py`), with data in every table.  A copy is upgraded to the head revision
and compared with the original row for row; then the derived data (search index, schedule),
which migrations leave alone, is brought up to date and must equal a fresh rebuild.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import agricrm.models  # noqa: F401 - registers every table on the metadata
from agricrm.db.database import Database, create_engine_at
from agricrm.db.door import Cause, writer_of
from agricrm.db.files import attachments_folder
from agricrm.db.location import Location
from agricrm.db.migrate import Preparation, alembic_config, prepare_database
from agricrm.db.schema_version import HEAD_REVISION
from agricrm.domain.pinyin import name_readings
from agricrm.domain.record_numbers import derived_customer_number, derived_visit_number
from agricrm.models.base import Base
from agricrm.services.classes import rebuild_classes_on
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_index import rebuild_index
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.derived import KINDS, bring_up_to_date, stale_kinds
from agricrm.services.schedule import rebuild_schedule_on
from agricrm.services.users import resolve_actor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REVISIONS = {
    "0001": "0001_initial",
    "0002": "0002_customer_search",
    "0003": "0003_visits",
    "0004": "0004_complaints",
    "0005": "0005_sync",
    "0006": "0006_derived_state",
    "0007": "0007_history_versions",
    "0008": "0008_record_numbers",
    "0009": "0009_households",
    "0010": "0010_relationship",
    "0011": "0011_classes",
    "0012": "0012_class_timing",
}
STAMPED_FROM = "0006"  # files of this revision on keep their derived data's stamps
CURRENT_FROM = "0012"  # files of this revision on hold derived data of today's versions
# Columns later migrations added to tables an old file already has, with the value each
# documents for rows that existed before (`name_pinyin` is derived: '' until rebuilt), or how
# the migration computes it from the row.
ADDED_COLUMNS: dict[tuple[str, str], Any] = {
    ("customers", "name_pinyin"): "",
    ("customers", "keeps_lunar_birthday"): 0,
    ("*", "change_seq"): 0,
    # a version was known by its content alone until 0007
    ("sync_history", "version"): lambda row: row["content_hash"],
    # records made before 0008 are numbered from their uuids, alike on every device
    ("customers", "number"): lambda row: derived_customer_number(row["uuid"]),
    ("customers", "household_code"): "",
    ("customers", "landline"): "",
    ("customers", "credit_override"): None,
    ("customers", "credit_override_reason"): "",
    ("customers", "credit_override_facts"): "",
    # derived: filled by the rebuild of the classes the new version asks for, not the migration
    ("customer_classes", "reclassify_on"): None,
    ("class_changes", "reason"): "",
    ("users", "post"): None,
    ("customers", "vip_marked_on"): None,
    ("customers", "vip_marked_by_id"): None,
    **{
        ("customers", name): None
        for name in (
            "cooperation_since",
            "deposit_balance",
            "deposit_average",
            "deposits_read_on",
            "card_level",
        )
    },
    ("visits", "number"): lambda row: derived_visit_number(
        row["uuid"], dt.datetime.fromisoformat(row["created_at"])
    ),
}

Rows = dict[tuple[Any, ...], dict[str, Any]]


CLASS_COLUMNS = (
    "customer_id, rules_version, scale, industry, credit, value, segment, needs, "
    "activity, relationship, credit_computed, value_score, reasons_json, reclassify_on"
)
"""Every column but the moment it was classified."""


def _tables(connection: sqlite3.Connection) -> list[str]:
    """Every table holding data, FTS shadow tables included; SQLite's own (statistics) and
    Alembic's stamp are left out."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
        )
    ]


def _rows(connection: sqlite3.Connection, table: str) -> Rows:
    """Rows by primary key (by rowid for tables without one, such as FTS tables)."""
    info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    key_columns = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]
    columns = [row[1] for row in info]
    select_key = ", ".join(f'"{c}"' for c in key_columns) if key_columns else "rowid"
    select_columns = ", ".join(f'"{c}"' for c in columns)
    cursor = connection.execute(f'SELECT {select_key}, {select_columns} FROM "{table}"')
    width = len(key_columns) or 1
    rows: Rows = {}
    for row in cursor:
        rows[tuple(row[:width])] = dict(zip(columns, row[width:], strict=True))
    return rows


def _snapshot(path: Path) -> dict[str, Rows]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: _rows(connection, table) for table in _tables(connection)}
    finally:
        connection.close()


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _copy(number: str, tmp_path: Path) -> tuple[Path, Path]:
    original = FIXTURES / f"agricrm-{number}.db"
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    if attachments_folder(original).is_dir():
        shutil.copytree(attachments_folder(original), attachments_folder(copy))
    return original, copy


def _derived(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.read() as session:
        connection = session.connection()

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in connection.execute(text(sql))]

        return {
            "fts": rows(
                "SELECT rowid, name, pinyin, phone, id_number, address FROM customer_search "
                "ORDER BY rowid"
            ),
            "terms": rows("SELECT term, customer_id FROM customer_search_terms ORDER BY 1, 2"),
            "sort_keys": rows("SELECT id, name_pinyin FROM customers ORDER BY id"),
            "schedule": rows("SELECT * FROM customer_schedule ORDER BY customer_id"),
            "classes": rows(f"SELECT {CLASS_COLUMNS} FROM customer_classes ORDER BY customer_id"),
        }


def _fresh_rebuild(db: Database) -> None:
    with db.write(None, Cause.REBUILD) as session:
        rebuild_index(writer_of(session))
        rebuild_schedule_on(writer_of(session))
        rebuild_classes_on(writer_of(session))


def test_every_past_revision_has_its_fixture() -> None:
    """When the head moves on, the revision it leaves gets a fixture (see the README)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    past = {script.revision for script in scripts.walk_revisions()} - {HEAD_REVISION}
    assert set(REVISIONS.values()) == past
    for number in REVISIONS:
        assert (FIXTURES / f"agricrm-{number}.db").is_file()
        assert (FIXTURES / f"make_db_{number}.py").is_file()


@pytest.mark.parametrize("number", sorted(REVISIONS))
def test_every_past_release_is_upgraded_row_for_row(number: str, tmp_path: Path) -> None:
    original, copy = _copy(number, tmp_path)
    before = _snapshot(original)
    assert all(before.values()), [t for t, rows in before.items() if not rows]  # no empty table

    result = prepare_database(Location.of(copy))
    assert result.outcome is Preparation.UPGRADED
    assert result.from_revision == REVISIONS[number]
    assert result.backup is not None and _dump(result.backup) == _dump(original)
    if attachments_folder(original).is_dir():
        expected = _files(attachments_folder(original))
        assert _files(attachments_folder(result.backup)) == expected
        assert _files(attachments_folder(copy)) == expected

    after = _snapshot(copy)
    for table, rows in before.items():
        assert after[table].keys() == rows.keys(), table
        for key, row in rows.items():
            upgraded = after[table][key]
            assert {column: upgraded[column] for column in row} == row, (table, key)
            for column in upgraded.keys() - row.keys():
                added = ADDED_COLUMNS.get((table, column), ADDED_COLUMNS.get(("*", column)))
                if callable(added):
                    added = added(row)
                assert (table, column, upgraded[column]) == (table, column, added)
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (HEAD_REVISION,)
    ]
    connection.close()


@pytest.mark.parametrize("number", sorted(REVISIONS))
def test_derived_data_of_an_upgraded_file_equals_a_fresh_rebuild(
    number: str, tmp_path: Path
) -> None:
    original, copy = _copy(number, tmp_path)
    customers = _snapshot(original)["customers"].values()
    prepare_database(Location.of(copy))
    db = Database(Location.of(copy))
    try:
        stale = stale_kinds(db)
        # migrations stamp nothing; the stamped fixtures before 0012 predate the classes and
        # the cadence by their strategy (schedule version 2); 0012's are today's versions
        if number >= CURRENT_FROM:
            assert stale == ()
        else:
            assert stale == (KINDS[1:] if number >= STAMPED_FROM else KINDS)
        assert bring_up_to_date(db) == tuple(kind.name for kind in stale)
        assert stale_kinds(db) == ()
        rebuilt = _derived(db)
        _fresh_rebuild(db)
        assert rebuilt == _derived(db)
        listed = [c for c in customers if not c["deleted"] and c["archived_at"] is None]
        assert len(rebuilt["schedule"]) == len(rebuilt["classes"]) == len(listed)

        admin = resolve_actor(db)

        def found(words: str) -> list[int]:
            query = CustomerQuery(text=words, include_archived=True)
            return search_customer_ids(db, admin, query)

        for customer in (c for c in customers if not c["deleted"]):
            name, phone = customer["name"], customer["phone"]
            assert customer["id"] in found(name), name
            assert customer["id"] in found(name_readings(name).initials[0]), name
            if phone:
                assert customer["id"] in found(phone[3:7]), (name, phone)
    finally:
        db.close()


@pytest.mark.parametrize("number", sorted(REVISIONS))
def test_an_upgraded_schema_equals_a_freshly_created_one(number: str, tmp_path: Path) -> None:
    _original, copy = _copy(number, tmp_path)
    prepare_database(Location.of(copy))
    fresh = tmp_path / "fresh.db"
    prepare_database(Location.of(fresh))
    engine = create_engine_at(Location.of(copy))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "include_object": lambda obj, name, kind, *_: (
                        not (
                            kind == "table"
                            and name.startswith("customer_search")
                            and name != "customer_search_terms"
                        )
                    )
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()

    def full_text_tables(path: Path) -> list[tuple[str, str]]:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%' "
                "ORDER BY name"
            ).fetchall()
        finally:
            connection.close()

    assert full_text_tables(copy) == full_text_tables(fresh) != []
