"""What a package says about its version, and which packages a device takes.

A package names the schema of its synced sheets (`PACKAGE_SCHEMA`), not the database's own
revision: a release whose migrations touch only local tables must still exchange with devices
a step behind (before, every migration made a laptop refuse the next one's packages).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from openpyxl import load_workbook

from agricrm.db.database import Database, migration_connection
from agricrm.db.location import Location
from agricrm.db.migrate import alembic_config, prepare_database
from agricrm.db.schema_version import HEAD_REVISION
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.reader import read_metadata
from agricrm.exchange.records import table_of
from agricrm.exchange.schema import FORMAT_VERSION, META_SHEET, PACKAGE_SCHEMA, SHEETS
from agricrm.services.actor import Actor
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor


def _with_metadata(package: Path, target: Path, **values: object) -> Path:
    workbook = load_workbook(package)
    for row in workbook[META_SHEET].iter_rows(min_row=2):
        if row[1].value in values:
            row[2].value = values[str(row[1].value)]
    workbook.save(target)
    return target


def test_a_package_names_the_schema_of_its_sheets(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    package = tmp_path / "p.xlsx"
    export_package(demo_db, admin, package)
    metadata = read_metadata(package)
    assert metadata["schema_version"] == PACKAGE_SCHEMA <= HEAD_REVISION
    assert float(metadata["format_version"]) == FORMAT_VERSION


@pytest.mark.parametrize(
    "newer",
    [{"schema_version": "9999_future"}, {"format_version": FORMAT_VERSION + 1}],
    ids=["schema", "format"],
)
def test_a_package_of_newer_sheets_is_refused_and_one_a_step_behind_taken(
    demo_db: Database, admin: Actor, tmp_path: Path, newer: dict[str, object]
) -> None:
    package = tmp_path / "p.xlsx"
    export_package(demo_db, admin, package)
    hq = Database(Location.of(tmp_path / "hq.db"))
    prepare_database(hq.location)
    try:
        refused = _with_metadata(package, tmp_path / "newer.xlsx", **newer)
        with pytest.raises(AgriCrmError, match="newer AgriCRM"):
            apply_import(hq, resolve_actor(hq), refused)
        older = _with_metadata(package, tmp_path / "older.xlsx", schema_version="0005_sync")
        assert apply_import(hq, resolve_actor(hq), older).applied["customers"] == 400
    finally:
        hq.close()


def _columns(path: Path) -> dict[str, dict[str, tuple[object, ...]]]:
    """Each synced table's columns by name: type and NOT NULL (a migration adds a column at
    the end and may give it a server default; the package sees neither)."""
    connection = sqlite3.connect(path)
    try:
        return {
            spec.entity: {
                name: (kind, not_null)
                for _cid, name, kind, not_null, _default, _pk in connection.execute(
                    f'PRAGMA table_info("{table_of(spec).name}")'
                )
            }
            for spec in SHEETS
        }
    finally:
        connection.close()


def test_the_synced_tables_are_as_the_package_schema_left_them(tmp_path: Path) -> None:
    """A migration that changes a synced table must move `PACKAGE_SCHEMA` to itself."""
    then = tmp_path / "then.db"
    with migration_connection(Location.of(then)) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, PACKAGE_SCHEMA)
    now = tmp_path / "now.db"
    prepare_database(Location.of(now))
    assert _columns(then) == _columns(now)
