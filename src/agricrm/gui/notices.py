"""Saying what was just done: "已保存：白勇的档案" in the main window's status bar.

A dialog closes when it saves, so the confirmation goes where the user looks next; the list
the dialog came from also shows and selects the saved record (see the list pages).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMainWindow, QWidget

from agricrm.gui.qt_text import arg, qt_tr
from agricrm.i18n import QT_TRANSLATE_NOOP

SHOWN_MS = 15_000
CUSTOMER_SAVED = QT_TRANSLATE_NOOP("Notices", "Saved: %1's file")
VISIT_SAVED = QT_TRANSLATE_NOOP("Notices", "Saved: the visit to %1 on %2")
COMPLAINT_SAVED = QT_TRANSLATE_NOOP("Notices", "Saved: complaint %1 (%2)")
GREETING_SAVED = QT_TRANSLATE_NOOP("Notices", "Recorded: the greeting to %1")


def announce(widget: QWidget, text: str) -> None:
    """Show `text` in the status bar of the main window holding `widget` for a while."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SHOWN_MS)


def customer_saved(name: str) -> str:
    return arg(qt_tr(CUSTOMER_SAVED), name)


def visit_saved(name: str, day: dt.date) -> str:
    return arg(qt_tr(VISIT_SAVED), name, day.isoformat())


def complaint_saved(number: str, complainant: str) -> str:
    return arg(qt_tr(COMPLAINT_SAVED), number, complainant)


def greeting_saved(name: str) -> str:
    return arg(qt_tr(GREETING_SAVED), name)
