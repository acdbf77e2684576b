"""Pausing Python's cyclic garbage collector around bulk work.

An import of a branch's package holds a million rows as dictionaries and lists at once.  They
form no reference cycles, yet every automatic collection walks all of them again: measured on a
5,000-customer package, 10–25 % of the import's CPU time went to such passes.  Reference
counting still frees everything as usual while the collector is paused.  Pauses nest and may
come from several threads: the collector runs again when the last one ends, and only if it was
running before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
