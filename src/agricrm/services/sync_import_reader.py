"""Reading a big workbook's sheets in a second process while this one checks those already read.

calamine reads a branch's package (100,000 customers, a million rows) in about 30 s, and the
import's own work on the rows is several times that.  From `READ_AHEAD_FROM` bytes a worker
process reads the sheets in `IMPORT_ORDER`, the order the import takes them in, and sends
each in pickled batches (unpickling the branch costs this process about 6 s).  While this
process types and checks one sheet, the worker reads the next ones.

Whatever goes wrong in the worker (a broken sheet, a worker that dies) ends in this process
reading the sheets itself, so the messages about a bad file are the usual ones.
"""

from __future__ import annotations

import io
import logging
import pickle
import queue
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from multiprocessing.connection import Connection as Pipe
from pathlib import Path

from agricrm.exchange.reader import (
    Outline,
    RawSheet,
    RawWorkbook,
    open_workbook,
    read_outline,
    read_package,
    read_sheet,
)
from agricrm.exchange.schema import BY_ENTITY
from agricrm.services.sync_workers import (
    WorkerFailed,
    failure,
    receive,
    worker_process,
    workers_allowed,
)

log = logging.getLogger(__name__)

READ_AHEAD_FROM = 8 * 1024 * 1024  # bytes of workbook: about 5,000 customers' package
BATCH = 10000  # rows per message


def worth_a_worker(path: Path) -> bool:
    try:
        big = path.suffix.lower() == ".xlsx" and path.stat().st_size >= READ_AHEAD_FROM
    except OSError:
        return False
    return big and workers_allowed()


@contextmanager
def reading(path: Path) -> Iterator[RawWorkbook]:
    """The workbook at `path`; a big one's sheets are read ahead by a worker, stopped when the
    block ends (a refused package stops it at once)."""
    if not worth_a_worker(path):
        yield read_package(path)
        return
    with worker_process(_read_ahead, str(path)) as pipe:
        try:
            kind, outline = receive(pipe)
            if kind != "outline":
                raise WorkerFailed(f"an outline expected, {kind} received")
        except WorkerFailed as error:  # most often a file that is no workbook: said below
            log.info("The import's reader did not start (%s); reading here.", error)
            workbook = read_package(path)
        else:
            sheets = SheetsAhead(path, outline, pipe)
            workbook = RawWorkbook(path, sheets, outline.metadata, outline.unknown_sheets)
        yield workbook


class SheetsAhead(Mapping[str, RawSheet]):
    """The workbook's sheets as the worker delivers them, in `IMPORT_ORDER`.  If the worker
    fails, the sheets not yet delivered are read here."""

    def __init__(self, path: Path, outline: Outline, pipe: Pipe) -> None:
        self._path = path
        self._titled = outline.titled
        self._pipe: Pipe | None = pipe
        self._arrived: dict[str, RawSheet] = {}

    def __len__(self) -> int:
        return len(self._titled)

    def __iter__(self) -> Iterator[str]:
        return iter(self._titled)

    def __getitem__(self, entity: str) -> RawSheet:
        if entity not in self._titled:
            raise KeyError(entity)
        while entity not in self._arrived:
            if self._pipe is None:
                self._read_here()
                break
            try:
                sheet = self._next_sheet(self._pipe)
            except WorkerFailed as error:
                log.warning("The import's reader failed (%s); reading the rest here.", error)
                self._pipe = None
                continue
            self._arrived[sheet.spec.entity] = sheet
        return self._arrived[entity]

    @staticmethod
    def _next_sheet(pipe: Pipe) -> RawSheet:
        kind, payload = receive(pipe)
        if kind != "sheet":
            raise WorkerFailed(f"a sheet expected, {kind} received")
        entity, name, positions, headers, count = payload
        sheet = RawSheet(BY_ENTITY[entity], name, positions, headers)
        while len(sheet.rows) < count:
            kind, rows = receive(pipe)
            if kind != "rows":
                raise WorkerFailed(f"rows expected, {kind} received")
            sheet.rows.extend(rows)
        return sheet

    def _read_here(self) -> None:
        workbook = open_workbook(self._path)
        for entity, name in self._titled.items():
            if entity not in self._arrived:
                self._arrived[entity] = read_sheet(workbook, self._path, entity, name)


def _read_ahead(path: str, pipe: Pipe) -> None:
    """The worker: the outline, then each sheet (its header, then its rows in batches).

    Messages are pickled here and sent by a thread of their own, so reading runs ahead of the
    importing process instead of waiting for it to take each batch: the next sheets are ready
    when it wants them.  What waits is pickled, a fraction of the rows' size in memory."""
    outgoing: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    sender = threading.Thread(target=_send, args=(outgoing, pipe), daemon=True)
    sender.start()

    def post(message: tuple[str, object]) -> None:
        # without the memo of objects already pickled (cells are never shared): 2.6× faster
        pickled = io.BytesIO()
        pickler = pickle.Pickler(pickled, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.fast = True
        pickler.dump(message)
        outgoing.put(pickled.getvalue())

    try:
        source = Path(path)
        workbook = open_workbook(source)
        outline = read_outline(workbook, source)
        post(("outline", outline))
        for entity, name in outline.titled.items():
            sheet = read_sheet(workbook, source, entity, name)
            rows, sheet.rows = sheet.rows, []
            post(("sheet", (entity, name, sheet.positions, sheet.headers, len(rows))))
            for start in range(0, len(rows), BATCH):
                post(("rows", rows[start : start + BATCH]))
            del rows
    except Exception as error:  # reported to the importing process, which reads for itself
        post(failure(error))
    finally:
        outgoing.put(None)
        sender.join()
        pipe.close()


def _send(outgoing: queue.SimpleQueue[bytes | None], pipe: Pipe) -> None:
    while (message := outgoing.get()) is not None:
        try:
            pipe.send_bytes(message)
        except OSError:  # the importing process stopped listening: it stops this worker too
            return
