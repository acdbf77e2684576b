"""Cyclic garbage is collected on the GUI thread only, never on a worker that allocates."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agricrm.gui.garbage import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_application_collects_from_a_timer_on_the_gui_thread(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    assert not gc.isenabled()
    assert app.findChild(GuiThreadCollector) is not None

    collected_on: list[str] = []

    def record(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    last = weakref.ref(_Node())  # garbage at once, freed by a collection only
    gc.callbacks.append(record)
    try:

        def allocate() -> None:  # a background search's churn: many cycles, fast
            for _ in range(50_000):
                _Node()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected_on
        qtbot.waitUntil(lambda: last() is None, timeout=5000)
    finally:
        gc.callbacks.remove(record)
    assert collected_on and set(collected_on) == {threading.main_thread().name}
