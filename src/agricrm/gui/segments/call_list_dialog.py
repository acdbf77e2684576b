"""Making a call list of a filter or a saved segment: as a workbook (saved where the user
chooses) or as a PDF call sheet (opened in the report preview, to print or save).  Both run
off the GUI thread behind a progress bar whose Cancel stops them and leaves no file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agricrm.gui import preferences
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.icons import icon
from agricrm.gui.notices import announce
from agricrm.gui.qt_text import arg
from agricrm.gui.reports.runner import make_and_preview, report_options
from agricrm.gui.tasks import BackgroundTask, run_with_progress
from agricrm.services.call_list import CallList, call_list_workbook, call_sheet
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.progress import Cancelled

FOLDER_KEY = "call_lists"
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class CallListDialog(QDialog):
    """Which form (workbook or PDF) and whether the mobile numbers print whole."""

    def __init__(
        self,
        context: AppContext,
        query: CustomerQuery,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.query = query
        self.title = title
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Call list"))
        what = (
            arg(self.tr("The customers of the segment “%1”."), title)
            if title
            else self.tr("The customers the list shows now (its search and filters).")
        )
        contents = self.tr(
            "%1 Each with village, mobile, segment, value and credit status with their "
            "reasons, the last contact and a column to write the outcome of the call."
        )
        explanation = QLabel(arg(contents, what), self)
        explanation.setWordWrap(True)
        self.full_phones = QCheckBox(self.tr("Print the mobile numbers in full (to call from)"))
        self.full_phones.setToolTip(self.tr("Otherwise masked like on every printout: 138****5678"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.workbook_button = QPushButton(icon("export"), self.tr("&Workbook…"), self)
        self.pdf_button = QPushButton(icon("print"), self.tr("&PDF call sheet…"), self)
        buttons.addButton(self.workbook_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.workbook_button.clicked.connect(self.choose_workbook)
        self.pdf_button.clicked.connect(self.make_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.full_phones)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def suggested_name(self) -> str:
        stem = _UNSAFE.sub("-", self.title or self.tr("Call list")).strip("-")
        return f"{stem}.xlsx"

    def choose_workbook(self) -> None:
        start = preferences.folder(FOLDER_KEY) / self.suggested_name()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the call list"), str(start), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.write_workbook(Path(path))

    def write_workbook(self, path: Path) -> BackgroundTask:
        """Write the workbook at `path` in the background (tests call this directly)."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        preferences.remember_folder(FOLDER_KEY, path.parent)
        context, query, title = self._context, self.query, self.title
        full = self.full_phones.isChecked()
        translate = report_options().translate

        def work(progress: object) -> CallList:
            return call_list_workbook(
                context.db,
                context.actor,
                query,
                path,
                title,
                full,
                translate,
                progress,  # type: ignore[arg-type]
            )

        def written(found: CallList) -> None:
            parent = self.parentWidget() or self
            text = self.tr("Call list of %1 customer(s) saved: %2")
            announce(parent, arg(text, len(found.entries), path.name))
            self.accept()

        self.task = run_with_progress(
            self, self.tr("Making the call list…"), work, written, self._failed
        )
        return self.task

    def make_pdf(self) -> BackgroundTask:
        context, query, title = self._context, self.query, self.title
        full = self.full_phones.isChecked()
        self.task = make_and_preview(
            self.parentWidget() or self,
            self.tr("Making the call sheet…"),
            lambda options, progress: call_sheet(
                context.db, context.actor, query, title, full, options, None, progress
            ),
        )
        self.accept()
        return self.task

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, Cancelled):
            show_error(self, error)
