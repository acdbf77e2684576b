"""A wizard page whose Next (or Finish) button the wizard enables and disables.

QWizard enables Next when the page's mandatory fields are filled, and re-decides on every
page change, so setting the button itself does not hold.  The page holds one hidden
mandatory field that the wizard fills (`set_ready(True)`) while the page may be left; the
wizard decides, the page only carries the answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget, QWizardPage


class CheckedPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = QLineEdit(self)
        self._ready.hide()
        self._registered = False

    def set_ready(self, ready: bool) -> None:
        if not self._registered:  # the object name is set after construction by the form
            self.registerField(f"{self.objectName()}Ready*", self._ready)
            self._registered = True
        self._ready.setText("1" if ready else "")
