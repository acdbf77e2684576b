"""Python's cyclic garbage collected on the GUI thread only.

Qt widgets must be destroyed on the thread that owns them.  Python's collector runs on
whichever thread happens to allocate when a generation's threshold is passed: a background
search or export allocating while the user closes a form could free that form's widgets
(caught in a reference cycle with their slots) on the worker thread.  The suite crashed twice
so, with a segmentation fault inside garbage collection while a background search ran.

So the application turns automatic collection off and collects from a timer on the GUI
thread, with the same thresholds Python would use.  Reference counting frees everything
without cycles at once, as always; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # often enough that cycles never pile up, rarely enough to cost nothing


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the generations whose thresholds the allocations since passed, as the
        automatic collector would have (a young generation first, older ones as they fill)."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                return
            gc.collect(generation)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application (kept as the application's child)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
