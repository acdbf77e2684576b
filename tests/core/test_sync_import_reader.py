"""A big package's sheets read ahead by a worker process: the same import, and no worker left."""

from __future__ import annotations

import multiprocessing
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agricrm.db.database import Database, open_database
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.reader import read_metadata, read_package
from agricrm.exchange.records import table_of
from agricrm.exchange.schema import BY_ENTITY, IMPORT_ORDER, SHEETS, Kind
from agricrm.services import sync_import_reader, sync_workers
from agricrm.services.actor import Actor
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import, preview_import
from agricrm.services.sync_import_reader import SheetsAhead
from agricrm.services.sync_workers import WorkerFailed
from agricrm.services.users import resolve_actor


@pytest.fixture
def read_ahead(monkeypatch: pytest.MonkeyPatch, sync_workers_allowed: None) -> list[str]:
    """Every workbook is read ahead by a worker; returns the sheets workers delivered."""
    monkeypatch.setattr(sync_import_reader, "READ_AHEAD_FROM", 1)
    delivered: list[str] = []
    next_sheet = SheetsAhead._next_sheet

    def spy(pipe: object) -> object:
        sheet = next_sheet(pipe)  # type: ignore[arg-type]
        delivered.append(sheet.spec.entity)
        return sheet

    monkeypatch.setattr(SheetsAhead, "_next_sheet", staticmethod(spy))
    return delivered


@pytest.fixture
def package(demo_db: Database, admin: Actor, tmp_path: Path) -> Path:
    from agricrm.demo.complaints import add_complaints_to_file
    from tests.conftest import DEMO_AS_OF

    add_complaints_to_file(demo_db.path, 30, 7, DEMO_AS_OF)
    path = tmp_path / "full.xlsx"
    export_package(demo_db, admin, path)
    return path


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            spec.entity: session.scalar(select(func.count()).select_from(table_of(spec))) or 0
            for spec in SHEETS
        }


def _import_into_new(tmp_path: Path, name: str, package: Path) -> tuple[dict[str, int], str]:
    """The counts the import applied, and the checksum of exporting what it stored."""
    db = open_database(tmp_path / f"{name}.db")
    try:
        actor = resolve_actor(db)
        result = apply_import(db, actor, package)
        again = export_package(db, actor, tmp_path / f"{name}-again.xlsx")
        return result.applied, again.checksum
    finally:
        db.close()


def test_a_package_read_ahead_is_imported_as_one_read_here(
    package: Path, tmp_path: Path, read_ahead: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = read_metadata(package)["content_checksum"]
    applied, checksum = _import_into_new(tmp_path, "ahead", package)
    assert read_ahead == [s.entity for s in IMPORT_ORDER if s.entity in applied]
    assert applied["visits"] > 1000 and applied["complaints"] == 30
    monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
    read_ahead.clear()
    assert _import_into_new(tmp_path, "here", package) == (applied, checksum)
    assert read_ahead == []  # read here, without a worker
    assert checksum == original


def test_a_preview_read_ahead_counts_as_one_read_here(
    package: Path, tmp_path: Path, read_ahead: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "preview.db")
    try:
        actor = resolve_actor(db)
        ahead = preview_import(db, actor, package)
        assert read_ahead
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
        here = preview_import(db, actor, package)
    finally:
        db.close()
    assert ahead.counts() == here.counts() != {}
    assert ahead.issues == here.issues == []


def test_a_reader_that_dies_midway_leaves_the_rest_to_this_process(
    package: Path, tmp_path: Path, read_ahead: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = SheetsAhead._next_sheet

    def dying(pipe: object) -> object:
        if len(read_ahead) == 4:
            raise WorkerFailed("EOFError")
        return spy(pipe)

    monkeypatch.setattr(SheetsAhead, "_next_sheet", staticmethod(dying))
    running = set(multiprocessing.active_children())  # the report workers may be alive
    applied, checksum = _import_into_new(tmp_path, "recovered", package)
    assert len(read_ahead) == 4
    assert set(multiprocessing.active_children()) <= running
    monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
    assert _import_into_new(tmp_path, "here", package) == (applied, checksum)


def _sheet_part(package: Path, title: str) -> str:
    """The zip member holding the sheet called `title`."""
    with zipfile.ZipFile(package) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
        relations = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    found = re.search(rf'<sheet[^>]*name="{title}"[^>]*r:id="(rId\d+)"', workbook)
    assert found is not None
    target = re.search(rf'Id="{found.group(1)}"[^>]*Target="([^"]+)"', relations) or re.search(
        rf'Target="([^"]+)"[^>]*Id="{found.group(1)}"', relations
    )
    assert target is not None
    return "xl/" + target.group(1).removeprefix("/xl/")


def test_a_broken_sheet_read_ahead_is_refused_as_one_read_here(
    package: Path,
    tmp_path: Path,
    read_ahead: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.xlsx"
    part = _sheet_part(package, BY_ENTITY["visits"].title)
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, data[: len(data) // 2] if item.filename == part else data)
    db = open_database(tmp_path / "hq.db")
    try:
        actor = resolve_actor(db)
        before = _counts(db)
        running = set(multiprocessing.active_children())
        with pytest.raises(AgriCrmError) as ahead:
            apply_import(db, actor, broken)
        assert read_ahead[:4] == ["users", "villages", "products", "customers"]  # then it failed
        assert set(multiprocessing.active_children()) <= running
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
        with pytest.raises(AgriCrmError) as here:
            apply_import(db, actor, broken)
        assert ahead.value.message == here.value.message
        assert "broken.xlsx" in str(ahead.value.message)
        assert _counts(db) == before
    finally:
        db.close()


def test_a_file_that_is_no_workbook_is_refused_as_usual(
    tmp_path: Path, read_ahead: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook", encoding="utf-8")
    db = open_database(tmp_path / "hq.db")
    try:
        actor = resolve_actor(db)
        with pytest.raises(AgriCrmError) as ahead:
            preview_import(db, actor, notes)
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
        with pytest.raises(AgriCrmError) as here:
            preview_import(db, actor, notes)
    finally:
        db.close()
    assert ahead.value.message == here.value.message
    assert "not an Excel workbook" in str(ahead.value.message)


def test_a_refused_package_stops_its_reader_at_once(
    demo_db: Database, package: Path, read_ahead: list[str]
) -> None:
    running = set(multiprocessing.active_children())
    with pytest.raises(AgriCrmError, match="exported from this database"):
        apply_import(demo_db, resolve_actor(demo_db), package)
    assert read_ahead == []  # refused on the outline, before any sheet of rows
    assert set(multiprocessing.active_children()) <= running


def test_the_import_order_refers_only_to_sheets_before() -> None:
    assert sorted(s.entity for s in IMPORT_ORDER) == sorted(s.entity for s in SHEETS)
    seen: set[str] = set()
    for spec in IMPORT_ORDER:
        for column in spec.columns:
            if column.kind is Kind.REF:
                assert column.ref in seen | {spec.entity}, (spec.entity, column.key)
        seen.add(spec.entity)


def test_the_metadata_alone_is_the_packages_metadata(package: Path, tmp_path: Path) -> None:
    assert read_metadata(package) == read_package(package).metadata
    assert read_metadata(package)["format"]
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(AgriCrmError, match="not an Excel workbook"):
        read_metadata(text)
    # a customer list typed by people: no metadata, as when the whole file is read
    typed = tmp_path / "list.csv"
    typed.write_text("姓名,乡镇,村\n钱多多,城关镇,东村\n", encoding="utf-8")
    assert read_metadata(typed) == read_package(typed).metadata == {}
