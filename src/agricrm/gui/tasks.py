"""Run service calls off the GUI thread and hand the result back to it.

The work function runs on Qt's global thread pool with its own database session (services
open one per call) and must not touch widgets; the callbacks run on the GUI thread, and only
while the widget that asked for the work still exists: a dialog closed before its search ends
must not be written to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from agricrm.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]
SHOW_PROGRESS_AFTER_MS = 300


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class BackgroundTask(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Exception as error:  # delivered to the GUI thread, which decides what to say
            if not isinstance(error, Cancelled):
                log.debug("background task failed", exc_info=error)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


_running: set[BackgroundTask] = set()


def start_task(
    owner: QObject,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> BackgroundTask:
    """Start `work`; its outcome reaches the callbacks only if `owner` is still alive then."""
    task = BackgroundTask(work)
    task.setAutoDelete(False)
    _running.add(task)

    def finished() -> None:
        _running.discard(task)

    def if_owner_alive(callback: Callable[..., None]) -> Callable[..., None]:
        def deliver(*args: Any) -> None:
            if isValid(owner):
                callback(*args)

        return deliver

    task.signals.succeeded.connect(finished)
    task.signals.failed.connect(finished)
    task.signals.succeeded.connect(if_owner_alive(on_success))
    task.signals.failed.connect(if_owner_alive(on_failure))
    if on_progress is not None:
        task.signals.progressed.connect(if_owner_alive(on_progress))
    QThreadPool.globalInstance().start(task)
    return task


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> BackgroundTask:
    """Long work behind a window-modal progress bar whose Cancel button stops it.

    The bar appears after a moment whether or not the work reports progress, and stays until
    the work ends: work that cannot know its total (an export reports rows written, total 0)
    shows a busy bar.  Before, such a report set the bar to full, which closed it at once, so
    an export showed nothing for seconds."""
    cancel_text = QCoreApplication.translate("Tasks", "Cancel")
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setValue(0)  # starts the clock that shows the dialog

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def ended() -> None:
        dialog.hide()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        ended()
        on_success(result)

    def failed(error: Exception) -> None:
        ended()
        on_failure(error)

    task = start_task(parent, work, succeeded, failed, progressed)
    dialog.canceled.connect(task.cancel)
    return task


class LatestTask(QObject):
    """Runs the same kind of background query again and again, delivering only the newest
    result: a search typed letter by letter starts several, and the ones overtaken by a newer
    start are dropped when they end, so a slow old result never replaces a new one."""

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._generation = 0

    def start(self, work: Work) -> None:
        self._generation += 1
        generation = self._generation
        start_task(
            self,
            work,
            lambda result: self._deliver(generation, result),
            lambda error: self._fail(generation, error),
        )

    def _deliver(self, generation: int, result: Any) -> None:
        if generation == self._generation:
            self._on_success(result)

    def _fail(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._on_failure(error)
