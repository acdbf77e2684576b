"""Worker processes that read a big package beside the process exporting or importing it.

An export's or import's own work is pure Python on one core; reading rows (from the database
for an export, from the workbook for an import) is much of the rest, and a second core can do
it meanwhile.  Workers are started with "spawn", which is safe beside the GUI's threads and is
what Windows has (a frozen build starts them through `multiprocessing.freeze_support`).  They
send pickled messages `(kind, payload)` through a one-way pipe; a worker that fails sends
`("failed", reason)`, and its caller then does the reading itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from multiprocessing.connection import Connection as Pipe
from typing import Any

WORKERS_VARIABLE = "AGRICRM_SYNC_WORKERS"  # "0": export and import read in their own process


class WorkerFailed(Exception):
    """The worker could not read; the caller reads for itself instead."""


def workers_allowed() -> bool:
    """A second process helps only beside a free core, and can be switched off."""
    return os.environ.get(WORKERS_VARIABLE, "").strip() != "0" and (os.cpu_count() or 1) >= 2


@contextmanager
def worker_process(target: Callable[..., None], *args: Any) -> Iterator[Pipe]:
    """`target(*args, pipe)` running in a worker; the receiving end of its pipe.  The worker is
    stopped when the block ends, however it ends (a cancelled export or a refused import stops
    it at once)."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(*args, sending), daemon=True)
    try:
        process.start()
    except OSError as error:
        raise WorkerFailed(str(error)) from None
    finally:
        sending.close()  # the worker holds the only sending end: its exit ends `recv`
    try:
        yield receiving
    finally:
        receiving.close()
        if process.is_alive():
            process.terminate()
        process.join()


def receive(pipe: Pipe) -> tuple[str, Any]:
    """The worker's next message, or `WorkerFailed` if it failed or died."""
    try:
        kind, payload = pipe.recv()
    except (EOFError, OSError) as error:  # the worker died (or was stopped)
        raise WorkerFailed(str(error)) from None
    if kind == "failed":
        raise WorkerFailed(payload)
    return kind, payload


def failure(error: Exception) -> tuple[str, str]:
    """The message that tells the caller why this worker stops."""
    return ("failed", f"{type(error).__name__}: {error}")


def report_failure(pipe: Pipe, error: Exception) -> None:
    """Send `failure`, unless the caller has stopped listening (cancelled)."""
    with suppress(OSError):
        pipe.send(failure(error))
