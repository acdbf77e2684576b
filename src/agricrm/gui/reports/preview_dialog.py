"""Print preview: the report's PDF pages drawn by QtPdf, printed or saved from here.

The preview shows exactly the file that is printed or saved: printing renders each PDF page
with `QPdfDocument.render` at the printer's resolution (capped at 300 dpi) onto the paper, so
the printout matches the preview and the saved PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from agricrm.domain.errors import AgriCrmError
from agricrm.gui import preferences
from agricrm.gui.errors import show_error
from agricrm.gui.forms.ui_report_preview_dialog import Ui_ReportPreviewDialog
from agricrm.gui.geometry import fit_to_screen
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.i18n import QT_TRANSLATE_NOOP

GEOMETRY_KEY = "report_preview"
SAVE_FOLDER_KEY = "reports/save_folder"
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "fit_width", "fit_page"
MAX_PRINT_DPI = 300
_UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|\s]+')
_PRINTER_UNAVAILABLE = QT_TRANSLATE_NOOP("ReportPreview", "The printer could not be started.")


class ReportPreviewDialog(QDialog):
    """Shows one generated report (`pdf`, the bytes of a PDF file)."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        missing_characters: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.ui = Ui_ReportPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(arg(self.tr("Print preview: %1"), title))
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view = QPdfView(self.ui.viewHost)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.ui.viewLayout.addWidget(self.view)
        self._setup_zoom()
        self._setup_warning(missing_characters)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._update_page_label()
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.saveButton.clicked.connect(self.save_report)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.printButton.setDefault(True)
        fit_to_screen(self, 900, 820, GEOMETRY_KEY)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # ----------------------------------------------------------------- view

    def _setup_zoom(self) -> None:
        combo = self.ui.zoomCombo
        combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for step in ZOOM_STEPS:
            combo.addItem(f"{step:.0%}", step)
        combo.currentIndexChanged.connect(self._zoom_chosen)
        self.ui.zoomInButton.clicked.connect(lambda: self._step_zoom(1))
        self.ui.zoomOutButton.clicked.connect(lambda: self._step_zoom(-1))

    def _zoom_chosen(self) -> None:
        choice = self.ui.zoomCombo.currentData()
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def _step_zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        steps = ZOOM_STEPS if direction > 0 else tuple(reversed(ZOOM_STEPS))
        target = next((step for step in steps if (step - current) * direction > 0.01), steps[-1])
        self.ui.zoomCombo.setCurrentIndex(self.ui.zoomCombo.findData(target))

    def _update_page_label(self) -> None:
        page = self.view.pageNavigator().currentPage() + 1
        self.ui.pageLabel.setText(arg(self.tr("Page %1 of %2"), page, self.page_count))

    def _setup_warning(self, missing: frozenset[str]) -> None:
        label = self.ui.warningLabel
        if not missing:
            label.hide()
            return
        set_tone(label, "error")
        label.setText(
            arg(
                self.tr(
                    "No bundled font has the characters %1; they are printed as 〓 followed "
                    "by their code, so they can be written in by hand."
                ),
                " ".join(f"U+{ord(char):04X}" for char in sorted(missing)),
            )
        )

    # ----------------------------------------------------------------- printing

    def print_report(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(arg(self.tr("Print %1"), self.title))
        dialog.setMinMax(1, max(self.page_count, 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setCreator("AgriCRM")
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the report carries its own margins
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages (all when no range was chosen); returns how many."""
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, self.page_count
        pages = range(max(first, 1) - 1, min(last, self.page_count))
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, AgriCrmError(_PRINTER_UNAVAILABLE))
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                target = _fit(image.size(), paper.size())
                target.moveTopLeft(paper.topLeft() + QPoint(*_centre(target.size(), paper.size())))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)

    # ----------------------------------------------------------------- saving

    def suggested_file_name(self) -> str:
        stem = _UNSAFE_FILE_CHARACTERS.sub("-", self.title.replace("·", "-")).strip("-")
        stem = re.sub("-{2,}", "-", stem)
        return f"{stem}-{dt.date.today():%Y%m%d}.pdf"

    def save_report(self) -> None:
        folder = str(preferences.settings().value(SAVE_FOLDER_KEY, "") or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report as PDF"),
            str(Path(folder) / self.suggested_file_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        from agricrm.reports.document import atomic_output

        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            with atomic_output(path) as handle:
                handle.write(self.pdf)
        except AgriCrmError as error:
            show_error(self, error)
            return False
        preferences.settings().setValue(SAVE_FOLDER_KEY, str(path.parent))
        return True

    def done(self, result: int) -> None:
        preferences.save_geometry(self, GEOMETRY_KEY)
        super().done(result)


def _fit(size: QSize, bounds: QSize) -> QRect:
    scaled = size.scaled(bounds, Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(QPoint(0, 0), scaled)


def _centre(inner: QSize, outer: QSize) -> tuple[int, int]:
    return (outer.width() - inner.width()) // 2, (outer.height() - inner.height()) // 2
