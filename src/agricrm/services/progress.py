"""Progress and cancellation for long work, without Qt.

A service doing long work (export, import, reports) reports through a `Progress` and stops at
its next report once the user pressed Cancel; the GUI wires the reports to a progress bar.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP

CANCELLED = QT_TRANSLATE_NOOP("Progress", "Cancelled; nothing was changed.")


class Cancelled(AgriCrmError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)


class Progress:
    def __init__(self, on_report: Callable[[int, int], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Record progress; raises `Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_report is not None:
            self._on_report(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


SHARE_STEPS = 1000  # progress units per share, so shares of any size fill one bar evenly


def share(progress: Progress | None, index: int, count: int) -> Progress | None:
    """The `index`-th of `count` equal shares of `progress`, for one step of work done in
    several (a rebuild of the classes, then of the due dates); cancelling `progress` cancels
    it."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress.report(
            index * SHARE_STEPS + SHARE_STEPS * done // max(total, 1), count * SHARE_STEPS
        )

    return Progress(report)
