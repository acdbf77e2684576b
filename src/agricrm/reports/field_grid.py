"""Label/value grids — most cells of every report — laid out and drawn in one pass.

A platypus Table pays per cell for generality: a cell style object per cell, every style
command applied cell by cell, and for each one-line string its own text object, font and
colour.  A field grid always looks the same (one font, grey labels, thin rules, text at the
top of its cell), so this flowable measures rows itself, draws runs of one-line cells through
one text object and all rules as one path, and leaves only long values to paragraphs.  It
splits between rows, and inside a row (label on the first part) only when the row is taller
than a whole page — the same rule the kit's tables follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from agricrm.reports import fonts

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Cell = Any  # a one-line string in the main font, or a Paragraph

FONT_SIZE = 8.5
LEADING = 11.5
PADDING = 4
TOP_PADDING = 2.5
BOTTOM_PADDING = 3
INNER_RULE = 0.25
OUTER_RULE = 0.5


@cache
def field_grid_class() -> type[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from agricrm.reports.kit import FRAME_HEIGHT, MUTED, RULE

    label_colour = colors.HexColor(MUTED)
    value_colour = colors.black
    rule_colour = colors.HexColor(RULE)

    class FieldGrid(Flowable):
        def __init__(
            self,
            rows: Sequence[Sequence[Cell]],
            widths: Sequence[float],
            label_columns: frozenset[int],
        ) -> None:
            super().__init__()
            self.rows = [list(row) for row in rows]
            self.widths = list(widths)
            self.label_columns = label_columns
            self.width = sum(self.widths)
            self.hAlign = "LEFT"
            self.heights: list[float] = []

        def _row_height(self, row: Sequence[Cell]) -> float:
            content = LEADING
            for cell, width in zip(row, self.widths, strict=True):
                if not isinstance(cell, str):
                    _, height = cell.wrap(width - 2 * PADDING, FRAME_HEIGHT * 100)
                    content = max(content, height)
            return content + TOP_PADDING + BOTTOM_PADDING

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.heights = [self._row_height(row) for row in self.rows]
            self.height = sum(self.heights)
            return self.width, self.height

        def split(self, available_width: float, available_height: float) -> list[Flowable]:
            self.wrap(available_width, available_height)
            used, fitting = 0.0, 0
            for height in self.heights:
                if used + height > available_height + 1e-6:
                    break
                used += height
                fitting += 1
            if fitting == len(self.rows):
                return [self]
            if fitting:
                return [self._with(self.rows[:fitting]), self._with(self.rows[fitting:])]
            if available_height < FRAME_HEIGHT - 1:
                return []  # the row starts on the next page, where it may fit whole
            parts = self._split_row(self.rows[0], available_height)
            if parts is None:
                return []
            first, rest = parts
            return [self._with([first]), self._with([rest, *self.rows[1:]])]

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

        def _with(self, rows: Sequence[Sequence[Cell]]) -> FieldGrid:
            return FieldGrid(rows, self.widths, self.label_columns)

        def draw(self) -> None:
            """Cells in reading order (row by row), so copied or extracted text reads as the
            page does: one-line cells share a text object until a paragraph comes."""
            canvas = self.canv
            canvas.saveState()  # the text objects' colours must not leak into what follows
            text: Any = None
            colour = None
            rules: list[tuple[float, float, float, float]] = []
            top = self.height
            for row, height in zip(self.rows, self.heights, strict=True):
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
                        wanted = label_colour if column in self.label_columns else value_colour
                        if wanted is not colour:
                            text.setFillColor(wanted)
                            colour = wanted
                        text.setTextOrigin(x + PADDING, top - TOP_PADDING - FONT_SIZE)
                        text.textOut(cell)
                    x += width
                top -= height
                if top > 0.01:
                    rules.append((0, top, self.width, top))
            if text is not None:
                canvas.drawText(text)
            x = 0.0
            for width in self.widths[:-1]:
                x += width
                rules.append((x, 0, x, self.height))
            canvas.setStrokeColor(rule_colour)
            canvas.setLineWidth(INNER_RULE)
            canvas.lines(rules)
            canvas.setLineWidth(OUTER_RULE)
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            canvas.restoreState()

    return FieldGrid
