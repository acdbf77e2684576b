"""Lay out a big batch in several processes at once and join the parts into one PDF.

reportlab lays pages out in pure Python, on one core: 1,000 visit reports cost ~11 s of CPU.
The reports of a batch are independent (each numbers its own pages), so the batch is cut into
parts; worker processes lay out parts from the front of the queue while this process lays out
parts from the back, and the parts are joined page by page with pypdf — by this process,
while the workers finish their last parts.

Workers are started with "spawn" (safe beside the GUI's threads, and the only method Windows
has) and kept for the life of the process: only the first batch pays their start-up (~1 s to
import reportlab and parse the fonts), and this process is already working meanwhile.  A part
is a picklable callable (a `functools.partial` of a module-level function over fetched data),
so workers never open the database and permissions stay where the data was fetched.
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from agricrm.services.progress import Progress

if TYPE_CHECKING:
    from agricrm.reports.document import ReportResult

Item = TypeVar("Item")
Part = Callable[[], "ReportResult"]

PARALLEL_FROM = 150  # reports: below this, starting workers costs more than it saves
MAX_WORKERS = 7  # besides this process
PART_SIZES = (40, 200)  # reports per part: small enough to share out, big enough to be cheap
PARTS_PER_PROCESS = 2
WORKERS_VARIABLE = "AGRICRM_REPORT_WORKERS"


def worker_count() -> int:
    """Processes to start besides this one: one per further core, or as many as the
    environment variable AGRICRM_REPORT_WORKERS says (0: lay out every batch here)."""
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit():
        return min(int(wanted), MAX_WORKERS)
    return max(0, min((os.cpu_count() or 1) - 1, MAX_WORKERS))


def worth_splitting(reports: int) -> bool:
    return reports >= PARALLEL_FROM and worker_count() > 0


def start_workers() -> None:
    """Have the worker processes start now (importing reportlab and parsing the fonts take
    them about a second) while the caller still fetches the batch's data."""
    workers = worker_count()
    if not workers:
        return
    try:
        for _ in range(workers):
            _pool(workers).submit(int)
    except BrokenProcessPool:  # a worker died since the last batch: start afresh next time
        _forget_pool(workers)


def split(items: Sequence[Item]) -> list[list[Item]]:
    """Consecutive parts of `items`, about two per process so a faster one can take more."""
    smallest, largest = PART_SIZES
    wanted = -(-len(items) // ((worker_count() + 1) * PARTS_PER_PROCESS))
    size = max(smallest, min(largest, wanted))
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _warm_up() -> None:
    """Parse the fonts and build the styles once per worker, before its first part arrives."""
    from agricrm.reports.kit import ReportKit

    ReportKit()


@cache
def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up
    )


def lay_out(
    parts: Sequence[Part],
    sizes: Sequence[int],
    title: str,
    author: str,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Every part laid out, their pages joined in order as one PDF with the batch's own
    document information; with a `target`, the file appears whole or not at all."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    from agricrm.reports.document import LANGUAGE, ReportResult, atomic_output

    writer = PdfWriter()
    taken: list[ReportResult] = []

    def take(result: ReportResult) -> None:
        writer.append(PdfReader(io.BytesIO(result.pdf)))
        taken.append(replace(result, pdf=b""))  # the pages are in the writer now

    render(parts, sizes, take, progress)
    writer.add_metadata(
        {"/Title": title, "/Author": author, "/Subject": title, "/Creator": "AgriCRM"}
    )
    writer.root_object[NameObject("/Lang")] = TextStringObject(LANGUAGE)
    out = io.BytesIO()
    writer.write(out)
    pdf = out.getvalue()
    if target is not None:
        with atomic_output(target) as handle:
            handle.write(pdf)
    return ReportResult(
        pdf,
        sum(result.pages for result in taken),
        sum(result.reports for result in taken),
        frozenset().union(*(result.missing_characters for result in taken)),
        target,
        title,
    )


def render(
    parts: Sequence[Part],
    sizes: Sequence[int],
    take: Callable[[ReportResult], None],
    progress: Progress | None = None,
) -> None:
    """Lay out every part and hand the results to `take` in the order of `parts`; `sizes`
    (reports per part) feed progress.  This process takes ready results only while it has
    nothing else to do (its own parts done, workers' still running), so joining overlaps
    with the workers' last parts.

    Workers that die (a broken installation, memory) are not fatal: their parts are laid out
    here instead."""
    results: dict[int, ReportResult] = {}
    queue = deque(range(len(parts)))
    running: dict[Future[ReportResult], int] = {}
    workers = worker_count()
    total = sum(sizes)
    done = taken = 0

    def report() -> None:
        if progress is not None:
            progress.report(done, total)

    def arrived(index: int, result: ReportResult) -> None:
        nonlocal done
        results[index] = result
        done += sizes[index]

    def take_ready() -> bool:
        nonlocal taken
        if taken not in results:
            return False
        take(results.pop(taken))
        taken += 1
        return True

    def top_up() -> None:
        nonlocal workers
        while workers and queue and len(running) < workers:
            index = queue.popleft()
            try:
                running[_pool(workers).submit(parts[index])] = index
            except BrokenProcessPool:
                queue.appendleft(index)
                _forget_pool(workers)
                workers = 0

    def collect(timeout: float | None) -> None:
        nonlocal workers
        finished, _ = wait(running, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in finished:
            index = running.pop(future)
            try:
                arrived(index, future.result())
            except BrokenProcessPool:
                queue.append(index)
                if workers:
                    _forget_pool(workers)
                    workers = 0

    try:
        report()
        top_up()
        while queue or running:
            if queue:
                index = queue.pop()
                arrived(index, parts[index]())
                collect(0)
            elif take_ready():
                collect(0)
            else:
                collect(None)
            report()
            top_up()
        while take_ready():
            pass
    finally:
        for future in running:
            future.cancel()


def _forget_pool(workers: int) -> None:
    _pool(workers).shutdown(wait=False, cancel_futures=True)
    _pool.cache_clear()
