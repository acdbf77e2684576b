"""Background work whose asker is gone: a dialog closed before its search ends."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from agricrm.gui.tasks import LatestTask
from agricrm.services.progress import Progress


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
