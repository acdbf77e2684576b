"""The tables of every report — label/value grids and data tables — laid out in one pass.

A platypus Table pays per cell for generality: a cell style object per cell, every style
command applied cell by cell, and for each one-line string its own text object, font and
colour.  Our tables have two fixed looks, so this flowable measures rows itself, draws runs
of one-line cells through one text object in reading order (copied text reads as the page
does), fills and rules as a few paths, and leaves only long values to paragraphs:

* ``fields``: a box with thin inner rules, labels in grey (`label_columns`);
* ``data``: a tinted header row under an accent rule, repeated on every page the table runs
  over, a thin rule under each row, every other row tinted, an optional totals row.

It splits between rows, and inside a row only when the row is taller than a whole page (the
first part keeps the row's one-line cells, such as its label).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from agricrm.reports import fonts

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Cell = Any  # a one-line string in the main font, or a Paragraph
Look = Literal["fields", "data"]
Align = Literal["left", "right", "center"]

INNER_RULE = 0.25
OUTER_RULE = 0.5
ACCENT_RULE = 0.8


@dataclass(frozen=True)
class GridStyle:
    look: Look
    label_columns: frozenset[int] = frozenset()
    aligns: tuple[Align, ...] = ()
    header: bool = False  # the first row is a header, repeated after a page break
    totals: bool = False  # the last row is a totals row


@cache
def grid_class() -> type[Flowable]:
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    from agricrm.reports.kit import (
        ACCENT,
        FRAME_HEIGHT,
        HEADER_FILL,
        MUTED,
        RULE,
        ZEBRA_FILL,
    )
    from agricrm.reports.kit import CELL_BOTTOM_PADDING as BOTTOM_PADDING
    from agricrm.reports.kit import CELL_FONT_SIZE as FONT_SIZE
    from agricrm.reports.kit import CELL_LEADING as LEADING
    from agricrm.reports.kit import CELL_PADDING as PADDING
    from agricrm.reports.kit import CELL_TOP_PADDING as TOP_PADDING

    label_colour = colors.HexColor(MUTED)
    value_colour = colors.black
    rule_colour = colors.HexColor(RULE)
    accent_colour = colors.HexColor(ACCENT)
    header_fill = colors.HexColor(HEADER_FILL)
    zebra_fill = colors.HexColor(ZEBRA_FILL)

    def _cell_height(cell: Any, width: float) -> float:
        """A paragraph's height at `width`, laid out once.  A table that runs over many
        pages is measured again for every page it is split at (the rest of the table is a
        new flowable), and Chinese line breaking is slow: a 400-row call sheet took minutes.
        The paragraph keeps the layout of its last wrap for drawing, and its width here
        never changes, so the remembered height is the one it draws at."""
        known = getattr(cell, "_grid_wrapped", None)
        if known is not None and known[0] == width:
            return float(known[1])
        _, height = cell.wrap(width, FRAME_HEIGHT * 100)
        cell._grid_wrapped = (width, height)
        return float(height)

    class Grid(Flowable):
        def __init__(
            self,
            rows: Sequence[Sequence[Cell]],
            widths: Sequence[float],
            style: GridStyle,
            first_body_row: int = 0,
        ) -> None:
            super().__init__()
            self.rows = [list(row) for row in rows]
            self.widths = list(widths)
            self.style = style
            self.first_body_row = first_body_row  # for the tint of every other row
            self.width = sum(self.widths)
            self.hAlign = "LEFT"
            self.heights: list[float] = []

        # ------------------------------------------------------------ measuring

        def _row_height(self, row: Sequence[Cell]) -> float:
            content = LEADING
            for cell, width in zip(row, self.widths, strict=True):
                if not isinstance(cell, str):
                    content = max(content, _cell_height(cell, width - 2 * PADDING))
            return content + TOP_PADDING + BOTTOM_PADDING

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.heights = [self._row_height(row) for row in self.rows]
            self.height = sum(self.heights)
            return self.width, self.height

        # ------------------------------------------------------------ splitting

        def split(self, available_width: float, available_height: float) -> list[Flowable]:
            self.wrap(available_width, available_height)
            head = 1 if self.style.header else 0
            used = sum(self.heights[:head])
            fitting = head
            for height in self.heights[head:]:
                if used + height > available_height + 1e-6:
                    break
                used += height
                fitting += 1
            if fitting == len(self.rows):
                return [self]
            if fitting > head:
                return self._parts(self.rows[:fitting], self.rows[fitting:], fitting - head)
            if available_height < FRAME_HEIGHT - 1 or used >= available_height:
                return []  # the row starts on the next page, where it may fit whole
            pieces = self._split_row(self.rows[head], available_height - used)
            if pieces is None:
                return []
            first, rest = pieces
            # the rest of a split row keeps its place in the tint of every other row
            return self._parts([*self.rows[:head], first], [rest, *self.rows[head + 1 :]], 0)

        def _parts(
            self, before: list[list[Cell]], after: list[list[Cell]], body_rows_done: int
        ) -> list[Flowable]:
            """The rows `before` and the rows `after`, under a repeated header if there is
            one; `body_rows_done` body rows are wholly in the first part."""
            head = self.rows[:1] if self.style.header else []
            first_style = replace(self.style, totals=False)
            resumed = self.first_body_row + body_rows_done
            return [
                Grid(before, self.widths, first_style, self.first_body_row),
                Grid([*head, *after], self.widths, self.style, resumed),
            ]

        def _split_row(
            self, row: Sequence[Cell], available_height: float
        ) -> tuple[list[Cell], list[Cell]] | None:
            room = available_height - TOP_PADDING - BOTTOM_PADDING
            first: list[Cell] = []
            rest: list[Cell] = []
            for cell, width in zip(row, self.widths, strict=True):
                if isinstance(cell, str):
                    first.append(cell)
                    rest.append("")
                    continue
                pieces = cell.split(width - 2 * PADDING, room)
                if not pieces:
                    return None
                first.append(pieces[0])
                rest.append(pieces[1] if len(pieces) > 1 else "")
            return first, rest

        # ------------------------------------------------------------ drawing

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()  # the text objects' colours must not leak into what follows
            self._draw_fills()
            self._draw_cells()
            self._draw_rules()
            canvas.restoreState()

        def _row_tops(self) -> list[float]:
            tops, top = [], self.height
            for height in self.heights:
                tops.append(top)
                top -= height
            return tops

        def _draw_fills(self) -> None:
            if self.style.look != "data":
                return
            canvas = self.canv
            last = len(self.rows) - 1
            for index, (top, height) in enumerate(zip(self._row_tops(), self.heights, strict=True)):
                is_header = self.style.header and index == 0
                is_totals = self.style.totals and index == last
                body_index = self.first_body_row + index - (1 if self.style.header else 0)
                if is_header or is_totals:
                    fill = header_fill
                elif body_index % 2 == 1:
                    fill = zebra_fill
                else:
                    continue
                canvas.setFillColor(fill)
                canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)

        def _draw_cells(self) -> None:
            canvas = self.canv
            style = self.style
            text: Any = None
            colour = None
            for top, row in zip(self._row_tops(), self.rows, strict=True):
                x = 0.0
                for column, (cell, width) in enumerate(zip(row, self.widths, strict=True)):
                    if not isinstance(cell, str):
                        if text is not None:
                            canvas.drawText(text)
                            text = None
                        cell.drawOn(canvas, x + PADDING, top - TOP_PADDING - cell.height)
                    elif cell:
                        if text is None:
                            text = canvas.beginText()
                            text.setFont(fonts.SANS, FONT_SIZE, LEADING)
                            colour = None
                        wanted = label_colour if column in style.label_columns else value_colour
                        if wanted is not colour:
                            text.setFillColor(wanted)
                            colour = wanted
                        baseline = top - TOP_PADDING - FONT_SIZE
                        text.setTextOrigin(self._text_x(cell, column, x, width), baseline)
                        text.textOut(cell)
                    x += width
            if text is not None:
                canvas.drawText(text)

        def _text_x(self, cell: str, column: int, x: float, width: float) -> float:
            align = self.style.aligns[column] if column < len(self.style.aligns) else "left"
            if align == "left":
                return x + PADDING
            used = stringWidth(cell, fonts.SANS, FONT_SIZE)
            if align == "right":
                return x + width - PADDING - used
            return x + (width - used) / 2

        def _draw_rules(self) -> None:
            canvas = self.canv
            tops = self._row_tops()
            thin: list[tuple[float, float, float, float]] = []
            canvas.setStrokeColor(rule_colour)
            if self.style.look == "fields":
                thin += [(0, top, self.width, top) for top in tops[1:]]
                x = 0.0
                for width in self.widths[:-1]:
                    x += width
                    thin.append((x, 0, x, self.height))
                canvas.setLineWidth(INNER_RULE)
                canvas.lines(thin)
                canvas.setLineWidth(OUTER_RULE)
                canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
                return
            bottoms = [top - height for top, height in zip(tops, self.heights, strict=True)]
            start = 1 if self.style.header else 0
            canvas.setLineWidth(INNER_RULE)
            canvas.lines([(0, y, self.width, y) for y in bottoms[start:]])
            accents = []
            if self.style.header:
                canvas.setLineWidth(OUTER_RULE)
                canvas.line(0, bottoms[0], self.width, bottoms[0])
                accents.append(tops[0])
            if self.style.totals:
                accents.append(tops[-1])
            if accents:
                canvas.setStrokeColor(accent_colour)
                canvas.setLineWidth(ACCENT_RULE)
                canvas.lines([(0, y, self.width, y) for y in accents])

    return Grid
