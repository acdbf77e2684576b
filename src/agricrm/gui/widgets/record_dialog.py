"""A dialog editing one record, which never loses the user's unsaved edits silently.

It compares the form with a snapshot taken when the record was last loaded or saved: closing
over differences asks first (Esc included), and printing, which shows the record as saved,
says that the edits will not be in the printout.  Its size and place are remembered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from agricrm.gui import preferences
from agricrm.gui.geometry import fit_to_screen


class RecordDialog(QDialog):
    """Subclasses provide `snapshot()` and the texts of their questions, and call
    `mark_saved()` whenever the form shows the record as stored."""

    def __init__(self, geometry_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry_key = geometry_key
        self._saved_snapshot: Any = None

    def snapshot(self) -> Any:
        """Everything the user can edit, as a comparable value."""
        raise NotImplementedError

    def discard_question(self) -> tuple[str, str]:
        """Title and text of "close without saving?"."""
        raise NotImplementedError

    def place(self, width: int, height: int) -> None:
        """The size and place remembered, else `width`×`height`; within the screen either way."""
        fit_to_screen(self, width, height, self._geometry_key)

    def mark_saved(self) -> None:
        self._saved_snapshot = self.snapshot()

    def has_unsaved_changes(self) -> bool:
        return self.snapshot() != self._saved_snapshot

    def may_print_saved_version(self, title: str, text: str) -> bool:
        """True when there is nothing unsaved, or the user wants the saved version anyway."""
        if not self.has_unsaved_changes():
            return True
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.has_unsaved_changes():
            title, text = self.discard_question()
            answer = QMessageBox.question(
                self,
                title,
                text,
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        preferences.save_geometry(self, self._geometry_key)
        super().done(result)
