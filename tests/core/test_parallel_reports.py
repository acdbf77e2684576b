"""A big batch laid out by worker processes prints exactly what one process prints."""

from __future__ import annotations

import datetime as dt
import io
import os
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader

from agricrm.db.database import Database
from agricrm.reports import parallel
from agricrm.reports.document import ReportResult
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.progress import Cancelled, Progress
from tests.conftest import DEMO_AS_OF
from tests.core.pdf_helpers import fonts_used, page_texts
from tests.core.test_visit_reports import OPTIONS

BATCH = 30


def _made_by(part: int) -> ReportResult:
    """A stand-in part that says which process made it."""
    return ReportResult(b"", 0, 1, title=f"{part}:{os.getpid()}")


def _dies_in_a_worker(part: int, parent: int) -> ReportResult:
    """A part whose worker process dies (as in a broken installation or out of memory)."""
    if os.getpid() != parent:
        os._exit(1)
    return _made_by(part)


def _batch_ids(db: Database, actor: Actor) -> list[int]:
    ids = reports.visits_in_range(db, actor, DEMO_AS_OF - dt.timedelta(days=365), DEMO_AS_OF)
    assert len(ids) >= BATCH
    return ids[:BATCH]


@pytest.fixture
def one_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """One worker process besides the test's, whatever the machine's core count, and parts
    small enough that a short batch is split (the real sizes need hundreds of reports)."""
    monkeypatch.setenv("AGRICRM_REPORT_WORKERS", "1")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", BATCH - 10)
    monkeypatch.setattr(parallel, "PART_SIZES", (8, 200))


def test_the_worker_count_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGRICRM_REPORT_WORKERS", "0")
    assert parallel.worker_count() == 0
    assert not parallel.worth_splitting(parallel.PARALLEL_FROM * 10)
    monkeypatch.setenv("AGRICRM_REPORT_WORKERS", "3")
    assert parallel.worker_count() == 3
    assert parallel.worth_splitting(parallel.PARALLEL_FROM)
    assert not parallel.worth_splitting(parallel.PARALLEL_FROM - 1)
    parts = parallel.split(list(range(1000)))
    assert [item for part in parts for item in part] == list(range(1000))
    assert len(parts) == 1000 // 125 and {len(part) for part in parts} == {125}
    monkeypatch.setenv("AGRICRM_REPORT_WORKERS", "many")
    assert parallel.worker_count() == max(0, min((os.cpu_count() or 1) - 1, parallel.MAX_WORKERS))


@pytest.mark.usefixtures("one_worker")
def test_parts_are_shared_between_this_process_and_a_worker() -> None:
    parts = [partial(_made_by, index) for index in range(8)]
    reported: list[tuple[int, int]] = []
    results: list[ReportResult] = []
    parallel.render(parts, [5] * 8, results.append, Progress(lambda *done: reported.append(done)))
    made = [result.title.split(":") for result in results]
    assert [int(part) for part, _ in made] == list(range(8))  # in the order asked for
    assert {pid for _, pid in made} - {str(os.getpid())}, "no part was made by a worker"
    assert reported[0] == (0, 40) and reported[-1] == (40, 40)


@pytest.mark.usefixtures("one_worker")
def test_parts_of_a_dead_worker_are_laid_out_here() -> None:
    parts = [partial(_dies_in_a_worker, index, os.getpid()) for index in range(4)]
    results: list[ReportResult] = []
    parallel.render(parts, [1] * 4, results.append)
    assert [result.title.split(":") for result in results] == [
        [str(index), str(os.getpid())] for index in range(4)
    ]


@pytest.mark.usefixtures("one_worker")
def test_a_big_batch_split_over_processes_prints_what_one_process_prints(
    demo_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ids = _batch_ids(demo_db, admin)
    assert parallel.worth_splitting(len(ids)) and len(parallel.split(ids)) > 1
    target = tmp_path / "batch.pdf"
    reported: list[tuple[int, int]] = []
    split = reports.visit_batch(
        demo_db, admin, ids, OPTIONS, target, Progress(lambda *done: reported.append(done))
    )
    monkeypatch.setattr(parallel, "worth_splitting", lambda _reports: False)
    whole = reports.visit_batch(demo_db, admin, ids, OPTIONS)

    assert target.read_bytes() == split.pdf and split.path == target
    assert (split.reports, split.pages, split.title) == (whole.reports, whole.pages, whole.title)
    assert split.reports == len(ids)
    assert page_texts(split.pdf) == page_texts(whole.pdf)
    assert all(font.embedded and font.subset for font in fonts_used(split.pdf))
    reader = PdfReader(io.BytesIO(split.pdf))
    assert reader.metadata is not None and reader.metadata.title == whole.title
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert reported[-1] == (len(ids), len(ids))


@pytest.mark.usefixtures("one_worker")
def test_cancelling_a_split_batch_writes_nothing(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    ids = _batch_ids(demo_db, admin)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "batch.pdf"

    def cancel_once_parts_are_done(done: int, _total: int) -> None:
        if done:
            progress.cancel()  # as the progress dialog's Cancel button does

    progress = Progress(cancel_once_parts_are_done)
    with pytest.raises(Cancelled):
        reports.visit_batch(demo_db, admin, ids, OPTIONS, target, progress)
    assert list(folder.iterdir()) == []
