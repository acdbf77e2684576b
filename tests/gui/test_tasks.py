"""Background work: an asker that is gone (a dialog closed before its search ends), and
long work behind a progress bar with Cancel."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from agricrm.gui.tasks import SHOW_PROGRESS_AFTER_MS, LatestTask, run_with_progress
from agricrm.services.progress import Cancelled, Progress


class _Asker(QWidget):
    """Shows the result of a background search in a child label, as the picker does."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)
        self.search = LatestTask(self.label.setText, lambda error: self.label.clear(), self)


def _start_held(asker: _Asker, release: threading.Event) -> None:
    def work(_progress: Progress) -> str:
        release.wait(10)
        return "找到 3 位客户"

    asker.search.start(work)


def test_a_result_reaches_a_live_asker(qtbot: QtBot) -> None:
    asker = _Asker()
    qtbot.addWidget(asker)
    release = threading.Event()
    _start_held(asker, release)
    release.set()
    qtbot.waitUntil(lambda: asker.label.text() == "找到 3 位客户", timeout=5000)


def test_a_result_arriving_after_the_asker_closed_is_dropped(qtbot: QtBot) -> None:
    asker = _Asker()
    release = threading.Event()
    _start_held(asker, release)
    asker.deleteLater()
    qtbot.waitUntil(lambda: not isValid(asker), timeout=5000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert not isValid(asker.label)


def _progress_dialog(parent: QWidget) -> QProgressDialog | None:
    found = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
    return found[0] if found else None


def test_long_work_of_unknown_size_shows_a_busy_bar_until_it_ends(qtbot: QtBot) -> None:
    """An export reports rows written with no total; the first such report set the bar to
    full, which closed it, so the export showed nothing for 5-10 s."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    reported, release = threading.Event(), threading.Event()
    outcome: list[object] = []

    def work(progress: Progress) -> str:
        for done in range(0, 10_000, 2_000):
            progress.report(done, 0)
        reported.set()
        release.wait(10)
        return "written"

    run_with_progress(parent, "导出中…", work, outcome.append, outcome.append)
    assert reported.wait(5)
    qtbot.waitUntil(lambda: _progress_dialog(parent) is not None, timeout=3000)
    dialog = _progress_dialog(parent)
    assert dialog is not None and dialog.maximum() == 0  # busy: no total to measure against
    qtbot.wait(SHOW_PROGRESS_AFTER_MS)
    assert dialog.isVisible() and not outcome
    release.set()
    qtbot.waitUntil(lambda: outcome == ["written"], timeout=5000)
    assert _progress_dialog(parent) is None


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[object] = []

    def work(progress: Progress) -> str:
        for done in range(1_000):
            progress.report(done, 1_000)
            time.sleep(0.01)
        return "finished"

    run_with_progress(parent, "导出中…", work, outcome.append, outcome.append)
    qtbot.waitUntil(lambda: _progress_dialog(parent) is not None, timeout=3000)
    dialog = _progress_dialog(parent)
    assert dialog is not None and dialog.maximum() == 1_000
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
