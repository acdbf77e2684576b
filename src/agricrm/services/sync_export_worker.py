"""Reading a big package's rows in a second process while this one writes the workbook.

openpyxl writes a branch's package (100,000 customers, a million rows) in about 350 s on one
core.  Reading the same rows, spelling them as cells and hashing them costs another 80–100 s,
which a worker process does on a second core meanwhile: it sends the cells in batches through
a pipe (unpickling a million rows costs this process about 3 s), and the export takes little
longer than openpyxl's own writing.

The worker reads in its own transaction (a consistent snapshot, as before) with the scope this
process worked out from the acting user, and writes nothing: what was published is recorded
here, after the file is saved.  Small packages (`WORKER_FROM`) and single-core machines are
read in this process, where starting a worker (about a second) would cost more than it saves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection as Pipe
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from agricrm.db.location import Location
from agricrm.models import Customer
from agricrm.services.sync_workers import (
    WorkerFailed,
    receive,
    report_failure,
    worker_process,
    workers_allowed,
)

if TYPE_CHECKING:
    from agricrm.services.sync_export import Batch, Summary

WORKER_FROM = 5000  # customers in the database


def worth_a_worker(connection: Connection) -> bool:
    if not workers_allowed():
        return False
    customers = connection.scalar(select(func.count()).select_from(Customer)) or 0
    return customers >= WORKER_FROM


class Received:
    """The worker's batches as they arrive, then its summary."""

    def __init__(self, pipe: Pipe) -> None:
        self._pipe = pipe
        self._summary: Summary | None = None

    def __iter__(self) -> Iterator[Batch]:
        while True:
            kind, payload = receive(self._pipe)
            if kind == "batch":
                yield payload
            elif kind == "summary":
                from agricrm.services.sync_export import Published, Summary

                snapshot, checksum, entities = payload
                firsts, later = self._pipe.recv_bytes(), self._pipe.recv_bytes()
                self._summary = Summary(snapshot, checksum, Published(entities, firsts, later))
                return

    def summary(self) -> Summary:
        if self._summary is None:
            raise WorkerFailed("no summary")
        return self._summary


@contextmanager
def rows_from_worker(
    location: Location, watermark: int | None, officer_id: int | None
) -> Iterator[Received]:
    """A worker reading the package's rows from `location` (it reopens the database there:
    what a connection needs, a key included, travels in the location); stopped when the block
    ends."""
    with worker_process(_produce, location, watermark, officer_id) as pipe:
        yield Received(pipe)


def _produce(location: Location, watermark: int | None, officer_id: int | None, pipe: Pipe) -> None:
    """The worker: every batch, then the summary; or why it could not."""
    from agricrm.db.database import Database
    from agricrm.services.sync_export import Summary, package_batches

    try:
        db = Database(location)
        try:
            summary = Summary()
            with db.read() as session:
                for batch in package_batches(session.connection(), watermark, officer_id, summary):
                    pipe.send(("batch", batch))
            published = summary.published
            pipe.send(("summary", (summary.snapshot, summary.checksum, published.entities)))
            # the pairs as they are: pickled, they would be copied once more on each side
            pipe.send_bytes(published.firsts)
            pipe.send_bytes(published.later)
        finally:
            db.dispose()
    except Exception as error:  # reported to the exporting process, which reads the rows itself
        report_failure(pipe, error)
    finally:
        pipe.close()
