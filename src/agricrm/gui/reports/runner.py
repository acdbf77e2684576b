"""Make a report off the GUI thread, behind a progress bar with Cancel, then preview it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from agricrm.gui import preferences
from agricrm.gui.errors import show_error
from agricrm.gui.tasks import BackgroundTask, run_with_progress
from agricrm.i18n import catalog, untranslated
from agricrm.services.progress import Cancelled, Progress

if TYPE_CHECKING:
    from agricrm.gui.reports.preview_dialog import ReportPreviewDialog
    from agricrm.reports.document import ReportResult
    from agricrm.services.reports import ReportOptions

ReportWork = Callable[["ReportOptions", Progress], "ReportResult"]


def report_options() -> ReportOptions:
    """Reports in the interface's language, printed now.  The catalogue is read from the
    same source as the interface's translator, but as plain Python: a big batch is laid out
    in worker processes, which have no Qt translator installed."""
    from agricrm.services.reports import ReportOptions

    found = catalog(preferences.interface_language())
    return ReportOptions(translate=found.translate if found else untranslated)


def make_and_preview(
    parent: QWidget,
    label: str,
    work: ReportWork,
    on_preview: Callable[[ReportPreviewDialog], None] | None = None,
) -> BackgroundTask:
    """Run `work` in the background with a progress dialog; open the preview when it is done.

    Cancelling leaves nothing behind; a failure is shown in words.
    """
    options = report_options()

    def succeeded(result: Any) -> None:
        dialog = open_preview(parent, result)
        if on_preview is not None:
            on_preview(dialog)

    def failed(error: Exception) -> None:
        if not isinstance(error, Cancelled):
            show_error(parent, error)

    return run_with_progress(
        parent, label, lambda progress: work(options, progress), succeeded, failed
    )


def open_preview(parent: QWidget | None, result: ReportResult) -> ReportPreviewDialog:
    from agricrm.gui.reports.preview_dialog import ReportPreviewDialog

    dialog = ReportPreviewDialog(result.pdf, result.title, result.missing_characters, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_previews() -> list[ReportPreviewDialog]:
    """The preview windows now open (for tests and the main window's bookkeeping)."""
    from agricrm.gui.reports.preview_dialog import ReportPreviewDialog

    found: list[ReportPreviewDialog] = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReportPreviewDialog) and widget.isVisible():
            found.append(widget)
    return found
