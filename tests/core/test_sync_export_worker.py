"""A big package's rows read by a worker process: the same package, and nothing left behind."""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import shutil
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.exchange.schema import META_SHEET
from agricrm.models import SyncHistory
from agricrm.services import sync_export_worker, sync_workers
from agricrm.services.customers import CustomerService
from agricrm.services.progress import Cancelled, Progress
from agricrm.services.sync_export import export_package
from agricrm.services.sync_export_worker import Received, rows_from_worker
from agricrm.services.sync_workers import WorkerFailed
from agricrm.services.users import resolve_actor


@pytest.fixture
def with_worker(monkeypatch: pytest.MonkeyPatch, sync_workers_allowed: None) -> list[object]:
    """Every export uses a worker; returns the summaries workers delivered."""
    monkeypatch.setattr(sync_export_worker, "WORKER_FROM", 1)
    delivered: list[object] = []
    summary = Received.summary

    def spy(self: Received) -> object:
        delivered.append(summary(self))
        return delivered[-1]

    monkeypatch.setattr(Received, "summary", spy)
    return delivered


def _sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = load_workbook(path, read_only=True)
    return {
        sheet.title: list(sheet.iter_rows(values_only=True))
        for sheet in workbook.worksheets
        if sheet.title != META_SHEET
    }


def _published(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(SyncHistory.entity, SyncHistory.record_uuid, SyncHistory.content_hash)
        )
        return sorted((entity, uuid, content) for entity, uuid, content in rows)


def test_a_package_read_by_a_worker_is_the_one_read_here(
    demo_path: Path, tmp_path: Path, with_worker: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    there, here = open_database(demo_path), open_database(copy)
    try:
        by_worker = export_package(there, resolve_actor(there), tmp_path / "worker.xlsx")
        assert len(with_worker) == 1  # the worker read the rows, not a fallback
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
        by_us = export_package(here, resolve_actor(here), tmp_path / "here.xlsx")
        assert len(with_worker) == 1
        assert by_worker.row_counts == by_us.row_counts
        assert by_worker.row_counts["visits"] > 1000
        assert by_worker.checksum == by_us.checksum
        assert _sheets(tmp_path / "worker.xlsx") == _sheets(tmp_path / "here.xlsx")
        assert _published(there) == _published(here) != []
    finally:
        there.close()
        here.close()


def _versions(db: Database) -> list[tuple[str, str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(
                SyncHistory.entity,
                SyncHistory.record_uuid,
                SyncHistory.version,
                SyncHistory.content_hash,
            )
        )
        return sorted(tuple(row) for row in rows)


def test_a_worker_publishes_later_versions_as_they_are(
    demo_path: Path, tmp_path: Path, with_worker: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record's first version is packed without its id (it is its content hash), a later
    one with it: what a worker publishes after an edit is what this process publishes."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    there, here = open_database(demo_path), open_database(copy)
    try:
        for db in (there, here):
            actor = resolve_actor(db)
            export_package(db, actor, tmp_path / f"first-{id(db)}.xlsx")
            service = CustomerService(db)
            detail = service.get(actor, 1)
            data = dataclasses.replace(detail.to_input(), notes="改过的备注")
            service.update(actor, 1, data, detail.row_version)
        export_package(there, resolve_actor(there), tmp_path / "w2.xlsx", since_last=True)
        assert len(with_worker) == 3  # both first exports and this one
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
        export_package(here, resolve_actor(here), tmp_path / "h2.xlsx", since_last=True)
        published = _versions(there)
        assert published == _versions(here)
        later = [row for row in published if row[2] != row[3]]
        assert [row[0] for row in later] == ["customers"]
    finally:
        there.close()
        here.close()


@pytest.mark.parametrize("worker", [True, False], ids=["worker", "here"])
def test_a_cancelled_export_stops_its_worker_and_leaves_no_file(
    demo_db: Database,
    tmp_path: Path,
    with_worker: list[object],
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:
    """Before `PackageWriter.discard`, the unfinished sheet was left to the garbage collector,
    which wrote into its closed temporary file (an error, and the file stayed behind)."""
    if not worker:
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
    # a temporary folder of its own: other exports on the machine leave theirs in the shared one
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    temporary = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    running = set(multiprocessing.active_children())  # the report workers may be alive
    progress = Progress(lambda done, _total: progress.cancel() if done else None)
    out = tmp_path / "p.xlsx"
    with pytest.raises(Cancelled):
        export_package(demo_db, resolve_actor(demo_db), out, progress=progress)
    gc.collect()
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= temporary
    assert set(multiprocessing.active_children()) <= running
    assert list(tmp_path.glob("*.xlsx*")) == []
    assert _published(demo_db) == []
    assert with_worker == []


def test_a_worker_that_cannot_read_says_so(tmp_path: Path) -> None:
    not_ours = tmp_path / "notes.db"
    not_ours.write_text("not a database", encoding="utf-8")
    running = set(multiprocessing.active_children())  # the report workers may be alive
    with rows_from_worker(not_ours, None, None) as received, pytest.raises(WorkerFailed):
        list(received)
    assert set(multiprocessing.active_children()) <= running


def test_an_export_whose_worker_fails_midway_is_read_here_instead(
    demo_path: Path, tmp_path: Path, with_worker: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from contextlib import contextmanager

    from agricrm.services import sync_export

    @contextmanager
    def failing(path: Path, watermark: int | None, officer_id: int | None):  # type: ignore[no-untyped-def]
        with rows_from_worker(path, watermark, officer_id) as received:

            def some_then_failure():  # type: ignore[no-untyped-def]
                batches = iter(received)
                yield next(batches)
                raise WorkerFailed("stopped")

            yield type("Failing", (), {"__iter__": lambda self: some_then_failure()})()

    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    failed, usual = open_database(demo_path), open_database(copy)
    try:
        monkeypatch.setattr(sync_export, "rows_from_worker", failing)
        recovered = export_package(failed, resolve_actor(failed), tmp_path / "recovered.xlsx")
        monkeypatch.setenv(sync_workers.WORKERS_VARIABLE, "0")
        expected = export_package(usual, resolve_actor(usual), tmp_path / "usual.xlsx")
        assert recovered.checksum == expected.checksum
        assert _sheets(tmp_path / "recovered.xlsx") == _sheets(tmp_path / "usual.xlsx")
        assert _published(failed) == _published(usual)
    finally:
        failed.close()
        usual.close()
