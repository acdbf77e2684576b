"""The building blocks every report is made of: styles, paragraphs, tables, signature lines.

Paragraph and table styles are built once per process (`_styles`) and shared by every report
and every page; a `ReportKit` only adds the translation function and collects the characters
no font could print.  Report modules compose these blocks and never set fonts themselves, so
every character goes through the fallback of `reports.fonts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.numbers import format_amount
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text, Translate, untranslated
from agricrm.reports import fonts
from agricrm.reports.grid import Align, GridStyle, grid_class
from agricrm.reports.signature_lines import BOTTOM_PADDING as SIGNATURE_BOTTOM_PADDING
from agricrm.reports.signature_lines import RULE_COLOUR as SIGNATURE_RULE_COLOUR
from agricrm.reports.signature_lines import RULE_COLUMNS, signature_lines_class
from agricrm.reports.signature_lines import RULE_WIDTH as SIGNATURE_RULE_WIDTH
from agricrm.reports.signature_lines import TOP_PADDING as SIGNATURE_TOP_PADDING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Paragraph, Table

    from agricrm.reports.charts import ChartSeries

MM = 72 / 25.4
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
MARGIN_LEFT = MARGIN_RIGHT = 18 * MM
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TOP_MARGIN = 12 * MM
LETTERHEAD_HEIGHT = 15 * MM
FRAME_TOP = PAGE_HEIGHT - TOP_MARGIN - LETTERHEAD_HEIGHT - 5 * MM
FRAME_BOTTOM = 18 * MM
FRAME_HEIGHT = FRAME_TOP - FRAME_BOTTOM

ACCENT = "#2e6b4f"  # the letterhead's green
RULE = "#9aa5a0"
HEADER_FILL = "#e6efe9"
ZEBRA_FILL = "#f6f8f7"
MUTED = "#5f6b66"

NONE_RECORDED = QT_TRANSLATE_NOOP("Reports", "None recorded.")
EMPTY_VALUE = "—"
SIGNATURE = QT_TRANSLATE_NOOP("Reports", "{role} (signature):")
SIGNATURE_DATE = QT_TRANSLATE_NOOP("Reports", "Date:")
DATE_PARTS = (  # written after the blanks of a date line: "____年__月__日"
    QT_TRANSLATE_NOOP("Reports", "Y"),
    QT_TRANSLATE_NOOP("Reports", "M"),
    QT_TRANSLATE_NOOP("Reports", "D"),
)

StyleName = Literal[
    "title", "subtitle", "heading", "body", "small", "cell", "cell_right", "label", "note"
]


WIDE_LABEL_WIDTH = CONTENT_WIDTH / (2 * 1.55) * 0.55  # the label column of `fields`
HEADING_ROOM = 28 * MM  # a heading needs this much room below it, or it starts a new page
CACHED_MARKUP_LENGTH = 40
PLAIN_CELL_LENGTH = 60
CELL_FONT_SIZE = 8.5
CELL_LEADING = 11.5
CELL_PADDING = 4
CELL_TOP_PADDING = 2.5
CELL_BOTTOM_PADDING = 3
_ALIGNED_STYLE = {"left": "cell", "right": "cell_right", "center": "cell_center"}
CACHED_PARAGRAPHS = 4096
_parsed: dict[tuple[str, str], list[Any]] = {}  # parsed fragments of short paragraphs


def _is_plain(text: str, size: float, room: float) -> bool:
    """Whether `text` can be drawn as one string: short, one line, every character in the
    main font, and no wider than `room` at `size`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return (
        len(text) <= PLAIN_CELL_LENGTH
        and "\n" not in text
        and fonts.ensure_fonts().main_gap.search(text) is None
        and stringWidth(text, fonts.SANS, size) <= room
    )


@cache
def _text_line_class() -> type[Flowable]:
    from reportlab.platypus import Flowable

    class TextLine(Flowable):
        """One line of plain text in a paragraph style, drawn as a string: titles and
        headings, a few per report, need none of a paragraph's line breaking."""

        def __init__(self, text: str, style: Any) -> None:
            super().__init__()
            self.text = text
            self.style = style

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = self.style.leading
            return self.width, self.height

        def draw(self) -> None:
            from reportlab.lib.enums import TA_CENTER

            canvas = self.canv
            style = self.style
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            baseline = self.height - style.fontSize  # where a one-line paragraph puts it
            if style.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, baseline, self.text)
            else:
                canvas.drawString(0, baseline, self.text)
            canvas.restoreState()

    return TextLine


@cache
def _heading_class() -> type[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    rule_color = colors.HexColor(ACCENT)

    class Heading(Flowable):
        """A heading paragraph with a rule under it, as one flowable."""

        RULE_GAP = 1.5
        SPACE_AFTER = 4

        def __init__(self, paragraph: Any) -> None:  # a Paragraph or a TextLine
            super().__init__()
            self.paragraph = paragraph
            self.spaceBefore = paragraph.style.spaceBefore

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            _, height = self.paragraph.wrap(available_width, available_height)
            self.width = available_width
            self.text_height = height
            self.height = height + self.RULE_GAP + self.SPACE_AFTER
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            self.paragraph.drawOn(canvas, 0, self.SPACE_AFTER + self.RULE_GAP)
            canvas.saveState()
            canvas.setStrokeColor(rule_color)
            canvas.setLineWidth(0.6)
            canvas.line(0, self.SPACE_AFTER, self.width, self.SPACE_AFTER)
            canvas.restoreState()

    return Heading


@dataclass(frozen=True)
class Column:
    """One column of a data table: header text, relative width, alignment."""

    header: str
    weight: float = 1.0
    align: Align = "left"


@cache
def _styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts.ensure_fonts()
    base = ParagraphStyle(
        "body",
        fontName=fonts.SANS,
        fontSize=9.5,
        leading=14,
        alignment=TA_LEFT,
        wordWrap="CJK",
        splitLongWords=True,
    )
    small = ParagraphStyle("small", parent=base, fontSize=CELL_FONT_SIZE, leading=CELL_LEADING)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontSize=17, leading=23, alignment=TA_CENTER, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=9,
            leading=13,
            alignment=TA_CENTER,
            textColor=colors.HexColor(MUTED),
            spaceAfter=8,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontSize=12,
            leading=16,
            textColor=colors.HexColor(ACCENT),
            spaceBefore=10,
            spaceAfter=2,
        ),
        "body": base,
        "small": small,
        "cell": ParagraphStyle("cell", parent=small),
        "cell_right": ParagraphStyle("cell_right", parent=small, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", parent=small, alignment=TA_CENTER),
        "header_cell": ParagraphStyle("header_cell", parent=small, textColor=colors.black),
        "name": ParagraphStyle("name", parent=small, fontSize=10.5, leading=13),
        "label": ParagraphStyle("label", parent=small, textColor=colors.HexColor(MUTED)),
        "note": ParagraphStyle(
            "note", parent=small, fontSize=7.5, leading=10, textColor=colors.HexColor(MUTED)
        ),
    }


@cache
def _table_styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    rule = colors.HexColor(RULE)
    font = ("FONTNAME", (0, 0), (-1, -1), fonts.SANS)  # tables default to Helvetica otherwise
    common = [
        font,
        ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM_PADDING),
    ]
    return {
        "fields": TableStyle(
            [
                *common,
                ("BOX", (0, 0), (-1, -1), 0.5, rule),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, rule),
            ]
        ),
        "signature": TableStyle(
            [
                font,
                ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
                ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), SIGNATURE_TOP_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), SIGNATURE_BOTTOM_PADDING),
            ]
        ),
        "layout": TableStyle(
            [
                font,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    }


@dataclass
class ReportKit:
    """What report code writes with: translated text, the shared styles and the blocks.

    One kit serves one output file; `missing` collects the characters no bundled font has (they
    print as the substitute mark), so the caller can warn the user.
    """

    translate: Translate = untranslated
    missing: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.styles = _styles()
        self.table_styles = _table_styles()

    # ------------------------------------------------------------------ text

    def t(self, text: Text | Message | str) -> str:
        """Translated text (plain strings are data and pass unchanged)."""
        if isinstance(text, str):
            return text
        return text.render(self.translate)

    def label(self, member: LabeledEnum | None) -> str:
        return EMPTY_VALUE if member is None else self.t(member.label)

    def markup(self, text: str) -> str:
        return fonts.paragraph_markup(text, self.missing)

    def para(self, text: Text | Message | str, style: str = "body") -> Paragraph:
        return self._paragraph(self.markup(self.t(text)), self.styles[style])

    @staticmethod
    def _paragraph(markup: str, style: Any) -> Paragraph:
        """A paragraph; short texts (labels, headers, dates) are parsed once per process."""
        from reportlab.platypus import Paragraph

        if len(markup) > CACHED_MARKUP_LENGTH:
            return Paragraph(markup, style)
        key = (markup, style.name)
        frags = _parsed.get(key)
        if frags is None:
            paragraph = Paragraph(markup, style)
            if len(_parsed) >= CACHED_PARAGRAPHS:
                _parsed.clear()
            _parsed[key] = paragraph.frags
            return paragraph
        return Paragraph(markup, style, frags=frags)

    def line(self, text: Text | Message | str, style: str) -> Flowable:
        """One line of text: drawn as a string when it is plain (main font, fits the
        width), else a paragraph that wraps and switches fonts."""
        from reportlab.lib.enums import TA_CENTER, TA_LEFT

        plain = self.t(text)
        paragraph_style = self.styles[style]
        if paragraph_style.alignment in (TA_LEFT, TA_CENTER) and _is_plain(
            plain, paragraph_style.fontSize, CONTENT_WIDTH
        ):
            return _text_line_class()(plain, paragraph_style)
        return self.para(text, style)

    def title(self, text: Text | Message | str, subtitle: str = "") -> list[Flowable]:
        blocks: list[Flowable] = [self.line(text, "title")]
        if subtitle:
            blocks.append(self.line(subtitle, "subtitle"))
        return blocks

    def heading(self, text: Text | Message | str) -> list[Flowable]:
        """A section heading with a rule under it, never alone at the foot of a page.

        A conditional page break keeps it with what follows; platypus's keepWithNext would
        copy and lay out the next block twice, which a batch of 1,000 reports feels."""
        from reportlab.platypus import CondPageBreak

        return [CondPageBreak(HEADING_ROOM), _heading_class()(self.line(text, "heading"))]

    def note(self, text: Text | Message | str) -> Paragraph:
        return self.para(text, "note")

    def spacer(self, height_mm: float = 3) -> Flowable:
        from reportlab.platypus import Spacer

        return Spacer(1, height_mm * MM)

    # ------------------------------------------------------------------ values

    @staticmethod
    def date(value: dt.date | None) -> str:
        return EMPTY_VALUE if value is None else value.isoformat()

    @staticmethod
    def datetime(value: dt.datetime | None) -> str:
        return EMPTY_VALUE if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")

    @staticmethod
    def money(value: Decimal | None) -> str:
        return format_amount(value, EMPTY_VALUE)

    @staticmethod
    def number(value: Decimal | int | None, places: int = 0) -> str:
        if value is None:
            return EMPTY_VALUE
        if isinstance(value, int) and places == 0:
            return f"{value:,}"
        return f"{Decimal(value):,.{places}f}"

    @staticmethod
    def quantity(value: Decimal | None) -> str:
        """A quantity or area without trailing zeros (120.5, 80)."""
        if value is None:
            return EMPTY_VALUE
        text = f"{value:f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    @staticmethod
    def percent(part: Decimal | int, whole: Decimal | int) -> str:
        if not whole:
            return EMPTY_VALUE
        return f"{Decimal(part) * 100 / Decimal(whole):.1f}%"

    def value(self, value: object) -> str:
        """Any field value as text: enums by label, dates in ISO form, empty as a dash."""
        if value is None or value == "":
            return EMPTY_VALUE
        if isinstance(value, LabeledEnum):
            return self.label(value)
        if isinstance(value, Text | Message):
            return self.t(value)
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        if isinstance(value, dt.date):
            return self.date(value)
        return str(value)

    # ------------------------------------------------------------------ tables

    def fields(
        self,
        pairs: Sequence[tuple[Text | Message | str, object]],
        columns: int = 2,
        label_weight: float = 0.55,
    ) -> Flowable:
        """Label/value pairs in a grid, `columns` pairs per row; long values wrap in their cell."""
        unit = CONTENT_WIDTH / (columns * (1 + label_weight))
        widths = [unit * label_weight, unit] * columns
        cells: list[list[Any]] = []
        row: list[Any] = []
        for label, value in pairs:
            row.append(self._cell(self.t(label), widths[len(row)], "label"))
            row.append(self._cell(self.value(value), widths[len(row)]))
            if len(row) == 2 * columns:
                cells.append(row)
                row = []
        if row:
            row.extend([""] * (2 * columns - len(row)))
            cells.append(row)
        return grid_class()(
            cells, widths, GridStyle("fields", label_columns=frozenset(range(0, 2 * columns, 2)))
        )

    def wide_field(self, label: Text | Message | str, value: object) -> Flowable:
        """One label with a long value across the full width (notes, descriptions)."""
        return self.wide_fields([(label, value)])

    def wide_fields(self, pairs: Sequence[tuple[Text | Message | str, object]]) -> Flowable:
        """Labels with long values, one per row across the full width, as one grid."""
        label_width = WIDE_LABEL_WIDTH
        value_width = CONTENT_WIDTH - label_width
        return grid_class()(
            [
                [
                    self._cell(self.t(label), label_width, "label"),
                    self._cell(self.value(value), value_width),
                ]
                for label, value in pairs
            ],
            [label_width, value_width],
            GridStyle("fields", label_columns=frozenset({0})),
        )

    def write_in_fields(
        self, groups: Sequence[tuple[Text | Message | str, int]], height_mm: float = 7.5
    ) -> Table:
        """Labels with ruled blank lines beside them, to fill in by hand (a planned visit)."""
        from reportlab.lib import colors
        from reportlab.platypus import Table

        rows: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        for label, lines in groups:
            first = len(rows)
            rows.append([self._cell(self.t(label), WIDE_LABEL_WIDTH, "label"), ""])
            rows += [["", ""] for _ in range(max(lines, 1) - 1)]
            spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
        table = Table(
            rows,
            colWidths=[WIDE_LABEL_WIDTH, CONTENT_WIDTH - WIDE_LABEL_WIDTH],
            rowHeights=[height_mm * MM] * len(rows),
            style=self.table_styles["fields"],
            hAlign="LEFT",
        )
        table.setStyle(
            [
                *self._label_colour([0]),
                *spans,
                ("INNERGRID", (1, 0), (1, -1), 0, colors.white),
                ("LINEBELOW", (1, 0), (1, -1), 0.3, colors.HexColor(RULE)),
                ("LINEAFTER", (0, 0), (0, -1), 0.25, colors.HexColor(RULE)),
            ]
        )
        return table

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[object]],
        *,
        totals: Sequence[object] | None = None,
        empty: Text | Message | str = NONE_RECORDED,
        width: float = CONTENT_WIDTH,
    ) -> Flowable:
        """A data table whose header row repeats on every page it runs over; cells wrap, and a
        row taller than a page splits inside the row.  No rows: a short "none recorded" line."""

        if not rows:
            return self.para(empty, "small")
        total_weight = sum(column.weight for column in columns)
        widths = [width * column.weight / total_weight for column in columns]
        styles = [_ALIGNED_STYLE[column.align] for column in columns]
        header = [
            self._cell(column.header, w, s)
            for column, w, s in zip(columns, widths, styles, strict=True)
        ]
        body = [
            [
                self._cell(self.value(value), w, s)
                for value, w, s in zip(row, widths, styles, strict=True)
            ]
            for row in rows
        ]
        if totals is not None:
            body.append(
                [
                    self._cell(self.value(value) if value != "" else "", w, s)
                    for value, w, s in zip(totals, widths, styles, strict=True)
                ]
            )
        return grid_class()(
            [header, *body],
            widths,
            GridStyle(
                "data",
                aligns=tuple(column.align for column in columns),
                header=True,
                totals=totals is not None,
            ),
        )

    def _cell(
        self, text: str, width: float, style: str = "cell", padding: float = 2 * CELL_PADDING
    ) -> Any:
        """A table cell: the text itself when it is one short line in the main font (drawn by
        the table, no paragraph to lay out: most cells of a report), else a paragraph."""
        if _is_plain(text, CELL_FONT_SIZE, width - padding):
            return text
        return self._paragraph(self.markup(text), self.styles[style])

    @staticmethod
    def _label_colour(label_columns: Iterable[int]) -> list[tuple[Any, ...]]:
        from reportlab.lib import colors

        muted = colors.HexColor(MUTED)
        return [("TEXTCOLOR", (c, 0), (c, -1), muted) for c in label_columns]

    def side_by_side(self, left: Flowable, right: Flowable, left_share: float = 0.5) -> Table:
        """Two blocks next to each other (a table and its chart)."""
        from reportlab.platypus import Table

        left_width = CONTENT_WIDTH * left_share
        return Table(
            [[left, right]],
            colWidths=[left_width, CONTENT_WIDTH - left_width],
            style=self.table_styles["layout"],
            hAlign="LEFT",
        )

    def signature_lines(self, roles: Sequence[Text | Message | str]) -> Flowable:
        """Signature and date lines per role: 客户经理（签字）：____ 日期：____年__月__日;
        drawn directly unless a label needs a paragraph."""
        from reportlab.lib import colors
        from reportlab.platypus import Table

        shares = (0.22, 0.33, 0.09, 0.12, 0.04, 0.07, 0.04, 0.07, 0.02)
        widths = [CONTENT_WIDTH * share for share in shares]
        date_label = self._cell(self.t(SIGNATURE_DATE), widths[2], "small", padding=0)
        year, month, day = (
            self._cell(self.t(part), widths[index], "small", padding=0)
            for part, index in zip(DATE_PARTS, (4, 6, 8), strict=True)
        )
        rows = [
            [
                self._cell(self.t(SIGNATURE(role=self.t(role))), widths[0], "small", padding=0),
                "",
                date_label,
                "",
                year,
                "",
                month,
                "",
                day,
            ]
            for role in roles
        ]
        if all(isinstance(cell, str) for row in rows for cell in row):
            return signature_lines_class()(rows, widths)
        table = Table(rows, colWidths=widths, style=self.table_styles["signature"], hAlign="LEFT")
        line = colors.HexColor(SIGNATURE_RULE_COLOUR)
        table.setStyle(
            [("LINEBELOW", (c, 0), (c, -1), SIGNATURE_RULE_WIDTH, line) for c in RULE_COLUMNS]
        )
        return table

    def writing_lines(
        self, lines: int = 3, width: float = CONTENT_WIDTH, height_mm: float = 8
    ) -> Table:
        """Ruled blank lines to write on by hand (notes on a day sheet, a planned visit)."""
        from reportlab.lib import colors
        from reportlab.platypus import Table

        table = Table(
            [[""] for _ in range(max(lines, 1))],
            colWidths=[width],
            rowHeights=[height_mm * MM] * max(lines, 1),
            style=self.table_styles["layout"],
            hAlign="LEFT",
        )
        table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE))])
        return table

    def keep_together(self, blocks: Sequence[Flowable]) -> Flowable:
        from reportlab.platypus import KeepTogether

        return KeepTogether(list(blocks))

    # ------------------------------------------------------------------ charts

    def bar_chart(self, series: ChartSeries, width: float, height: float) -> Flowable:
        from agricrm.reports.charts import bar_chart

        return bar_chart(self, series, width, height)

    def pie_chart(self, series: ChartSeries, width: float, height: float) -> Flowable:
        from agricrm.reports.charts import pie_chart

        return pie_chart(self, series, width, height)
