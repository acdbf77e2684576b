"""A wizard page whose Next (or Finish) button follows a condition the wizard gives it.

QWizardPage asks `isComplete()` to enable Next; a page built in Designer cannot override it,
so the page takes the condition as a callable and the wizard calls `changed()` whenever
something it depends on changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizardPage


class CheckedPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.condition: Callable[[], bool] | None = None

    def isComplete(self) -> bool:
        return super().isComplete() and (self.condition is None or self.condition())

    def changed(self) -> None:
        self.completeChanged.emit()
