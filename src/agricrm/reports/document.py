"""A4 pages with the branch's letterhead, page numbers and print time; atomic output.

One `ReportWriter` makes one PDF holding one or more reports (a batch): each report starts on
a new page and numbers its own pages ("第 2 页 / 共 3 页"), so a batch prints as a pile of
separate reports.  The letterhead and footer are drawn when the file is saved, once the page
count of every report is known (the canvas keeps each page until then); the layout itself is
one platypus pass.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.reports import fonts
from agricrm.reports.kit import (
    ACCENT,
    FRAME_BOTTOM,
    FRAME_TOP,
    LETTERHEAD_HEIGHT,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MM,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TOP_MARGIN,
    ReportKit,
)
from agricrm.services.progress import Progress

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

PAGE_NUMBER = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
PRINTED_AT = QT_TRANSLATE_NOOP("Reports", "Printed {time}")
PRINTED_BY = QT_TRANSLATE_NOOP("Reports", "by {name}")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Reports", "Cannot write {path}: {reason}")
IS_A_FOLDER = QT_TRANSLATE_NOOP("Reports", "{path} is a folder; give a file name ending in .pdf.")
NO_FOLDER = QT_TRANSLATE_NOOP("Reports", "the folder {folder} does not exist")
NOT_WRITABLE = QT_TRANSLATE_NOOP("Reports", "permission denied")
NOTHING_TO_PRINT = QT_TRANSLATE_NOOP("Reports", "There is nothing to print.")

FOOTER_Y = 10 * MM
LANGUAGE = "zh-CN"  # the PDF's declared language, for screen readers and search
LOGO_MAX_WIDTH = 45 * MM
PROGRESS_EVERY = 25  # flowables between progress reports
LANDSCAPE_CONTENT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class Letterhead:
    """What every page shows around the content."""

    branch_name: str
    printed_at: dt.datetime
    printed_by: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class ReportResult:
    pdf: bytes
    pages: int
    reports: int
    missing_characters: frozenset[str] = frozenset()
    path: Path | None = None
    title: str = ""


@dataclass
class _Part:
    subject: str
    flowables: list[Flowable] = field(default_factory=list)


@cache
def _report_start_class() -> type[Flowable]:
    from reportlab.platypus.flowables import Flowable

    class ReportStart(Flowable):
        """Marks the first page of a report (zero size); the canvas numbers pages per report."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.report_index = self.index  # type: ignore[attr-defined]

    return ReportStart


class ReportWriter:
    """Collects reports (`add`) and writes them as one PDF (`write`)."""

    def __init__(
        self, kit: ReportKit, letterhead: Letterhead, title: str, landscape: bool = False
    ) -> None:
        """`landscape`: A4 turned on its side, for wide tables (the call sheet); content is
        then `LANDSCAPE_CONTENT_WIDTH` wide."""
        self.kit = kit
        self.letterhead = letterhead
        self.title = title
        self.page_size = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
        self._parts: list[_Part] = []

    def add(self, subject: str, flowables: Sequence[Flowable]) -> None:
        """One report: `subject` shows in its letterhead ("客户信息档案表 · 张三")."""
        self._parts.append(_Part(subject, list(flowables)))

    @property
    def reports(self) -> int:
        return len(self._parts)

    def write(self, target: Path | None = None, progress: Progress | None = None) -> ReportResult:
        """Lay out and save; with a `target`, the file appears whole or not at all."""
        if not self._parts:
            raise AgriCrmError(NOTHING_TO_PRINT)
        if target is None:
            pdf, pages = self._build(progress)
            return self._result(pdf, pages, None)
        with atomic_output(target) as handle:
            pdf, pages = self._build(progress)
            handle.write(pdf)
        return self._result(pdf, pages, target)

    def _result(self, pdf: bytes, pages: int, path: Path | None) -> ReportResult:
        return ReportResult(
            pdf, pages, len(self._parts), frozenset(self.kit.missing), path, self.title
        )

    def _build(self, progress: Progress | None) -> tuple[bytes, int]:
        from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

        fonts.ensure_fonts()
        story: list[Flowable] = []
        start = _report_start_class()
        for index, part in enumerate(self._parts):
            if index:
                story.append(PageBreak())
            story.append(start(index))
            story.extend(part.flowables)
        total = len(story)
        buffer = io.BytesIO()
        subjects = [p.subject for p in self._parts]
        decorations = _Decorations(self.kit, self.letterhead, subjects, self.page_size)
        width, height = self.page_size
        frame_top = FRAME_TOP - PAGE_HEIGHT + height
        document = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            title=self.title,
            author=self.letterhead.branch_name,
            creator="AgriCRM",
            subject=self.title,
            lang=LANGUAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=height - frame_top,
            bottomMargin=FRAME_BOTTOM,
            initialFontName=fonts.SANS,
            initialFontSize=9.5,
        )
        frame = Frame(
            MARGIN_LEFT,
            FRAME_BOTTOM,
            width - MARGIN_LEFT - MARGIN_RIGHT,
            frame_top - FRAME_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="content",
        )
        document.addPageTemplates([PageTemplate("page", [frame])])
        if progress is not None:
            counter = {"done": 0}
            progress.report(0, total)

            def after_flowable(_flowable: Flowable) -> None:
                counter["done"] += 1
                if counter["done"] % PROGRESS_EVERY == 0:
                    progress.report(counter["done"], total)

            document.afterFlowable = after_flowable  # type: ignore[method-assign]
        canvases: list[Any] = []
        canvas_class = _canvas_class()

        def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
            kwargs.setdefault("initialFontName", fonts.SANS)
            canvas = canvas_class(*args, decorations=decorations, **kwargs)
            canvases.append(canvas)
            return canvas

        document.build(story, canvasmaker=make_canvas)
        if progress is not None:
            progress.report(total, total)
        return buffer.getvalue(), canvases[-1].page_total


class _Decorations:
    """Letterhead and footer, drawn on each page once the page counts are known."""

    def __init__(
        self,
        kit: ReportKit,
        letterhead: Letterhead,
        subjects: list[str],
        page_size: tuple[float, float] = (PAGE_WIDTH, PAGE_HEIGHT),
    ) -> None:
        self.kit = kit
        self.page_size = page_size
        self.letterhead = letterhead
        self.subjects = subjects
        self.logo = _logo_reader(letterhead.logo)
        printed = kit.t(
            PRINTED_AT(time=letterhead.printed_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        )
        if letterhead.printed_by:
            printed = f"{printed} {kit.t(PRINTED_BY(name=letterhead.printed_by))}"
        self.printed = printed

    def draw(self, canvas: Canvas, report: int, page: int, pages: int) -> None:
        from reportlab.lib import colors

        kit = self.kit
        canvas.saveState()
        page_width, page_height = self.page_size
        top = page_height - TOP_MARGIN
        left = MARGIN_LEFT
        right = page_width - MARGIN_RIGHT
        text_left = left
        if self.logo is not None:
            image_width, image_height = self.logo.getSize()
            height = LETTERHEAD_HEIGHT - 2 * MM
            width = min(LOGO_MAX_WIDTH, height * image_width / image_height)
            height = width * image_height / image_width
            canvas.drawImage(
                self.logo,
                left,
                top - LETTERHEAD_HEIGHT + (LETTERHEAD_HEIGHT - height) / 2,
                width,
                height,
                mask="auto",
            )
            text_left = left + width + 4 * MM
        subject = self.subjects[report] if report < len(self.subjects) else ""
        branch = self.letterhead.branch_name or subject
        canvas.setFillColor(colors.HexColor(ACCENT))
        draw_text(kit, canvas, text_left, top - 7 * MM, branch, 14)
        if branch != subject:
            canvas.setFillColor(colors.HexColor(MUTED))
            draw_text(kit, canvas, text_left, top - 12.5 * MM, subject, 8.5)
        canvas.setStrokeColor(colors.HexColor(ACCENT))
        canvas.setLineWidth(1.2)
        rule_y = top - LETTERHEAD_HEIGHT - 1 * MM
        canvas.line(left, rule_y, right, rule_y)
        canvas.setLineWidth(0.4)
        canvas.line(left, rule_y - 1.2, right, rule_y - 1.2)

        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.4)
        canvas.line(left, FOOTER_Y + 4 * MM, right, FOOTER_Y + 4 * MM)
        canvas.setFillColor(colors.HexColor(MUTED))
        draw_text(kit, canvas, left, FOOTER_Y, self.printed, 7.5)
        number = kit.t(PAGE_NUMBER(page=page, pages=pages))
        draw_text(kit, canvas, right, FOOTER_Y, number, 8, anchor="end")
        canvas.restoreState()


def draw_text(
    kit: ReportKit,
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    anchor: str = "start",
) -> None:
    """One line straight on the canvas, switching to the fallback font for rare characters."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = fonts.text_runs(text, kit.missing)
    if anchor != "start":
        width = sum(stringWidth(run, font, size) for font, run in runs)
        x -= width if anchor == "end" else width / 2
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)


def _logo_reader(logo: bytes | None) -> Any:
    if not logo:
        return None
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(logo))


@cache
def _canvas_class() -> type[Canvas]:
    from reportlab.pdfgen.canvas import Canvas

    class ReportCanvas(Canvas):
        """Keeps every page until `save`, then decorates each with its report's page count."""

        def __init__(self, *args: Any, decorations: _Decorations, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._decorations = decorations
            self._kept: list[tuple[dict[str, Any], int]] = []
            self.report_index = 0
            self.page_total = 0

        def showPage(self) -> None:
            self._kept.append((dict(self.__dict__), self.report_index))
            self._startPage()

        def save(self) -> None:
            counts = Counter(report for _, report in self._kept)
            numbers: Counter[int] = Counter()
            for state, report in self._kept:
                self.__dict__.update(state)
                numbers[report] += 1
                self._decorations.draw(self, report, numbers[report], counts[report])
                super().showPage()
            self.page_total = len(self._kept)
            self._kept = []
            super().save()

    return ReportCanvas


def check_target(target: Path) -> Path:
    """Refuse a destination that cannot be written before any work is done; its folder."""
    target = Path(target)
    if target.is_dir():
        raise AgriCrmError(IS_A_FOLDER(path=str(target)))
    folder = target.parent
    if not folder.is_dir():
        raise AgriCrmError(
            CANNOT_WRITE(path=str(target), reason=NO_FOLDER(folder=str(folder.absolute())))
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise AgriCrmError(CANNOT_WRITE(path=str(target), reason=NOT_WRITABLE))
    if target.exists() and not os.access(target, os.W_OK):
        raise AgriCrmError(CANNOT_WRITE(path=str(target), reason=NOT_WRITABLE))
    return folder


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[io.BufferedWriter]:
    """A temporary file beside `target`, renamed over it on success and removed on failure.

    Opening happens first, so an unwritable destination is reported before any work is done.
    """
    target = Path(target)
    folder = check_target(target)
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=folder
        )
    except OSError as error:
        raise AgriCrmError(
            CANNOT_WRITE(path=str(target), reason=error.strerror or str(error))
        ) from None
    temporary_path = Path(temporary)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
        temporary_path.chmod(0o644)
        temporary_path.replace(target)
    except OSError as error:
        temporary_path.unlink(missing_ok=True)
        raise AgriCrmError(
            CANNOT_WRITE(path=str(target), reason=error.strerror or str(error))
        ) from None
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise
