"""Signature and date lines (客户经理（签字）：____ 日期：____年__月__日), drawn directly.

Every printed report ends with them, so in a batch of 1,000 they are 1,000 small tables; this
flowable draws the same layout — labels on the line, rules under the blanks — with one text
object and one path.  The kit falls back to a table when a label needs a paragraph (a
rare character, or a translation too long for its column).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from agricrm.reports import fonts

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

TOP_PADDING = 14
BOTTOM_PADDING = 2
RULE_WIDTH = 0.6
RULE_COLOUR = "#333333"
RULE_COLUMNS = (1, 3, 5, 7)  # the blanks: signature, year, month, day


@cache
def signature_lines_class() -> type[Flowable]:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from agricrm.reports.kit import CELL_FONT_SIZE as FONT_SIZE
    from agricrm.reports.kit import CELL_LEADING as LEADING

    rule_colour = colors.HexColor(RULE_COLOUR)
    row_height = TOP_PADDING + LEADING + BOTTOM_PADDING
    baseline = BOTTOM_PADDING + LEADING - FONT_SIZE  # text sits on the rule, as in a table

    class SignatureLines(Flowable):
        def __init__(self, rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
            super().__init__()
            self.rows = [list(row) for row in rows]
            self.widths = list(widths)
            self.width = sum(self.widths)
            self.height = row_height * len(self.rows)
            self.hAlign = "LEFT"

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            text = canvas.beginText()
            text.setFont(fonts.SANS, FONT_SIZE, LEADING)
            text.setFillColor(colors.black)
            rules: list[tuple[float, float, float, float]] = []
            bottom = self.height
            for row in self.rows:
                bottom -= row_height
                x = 0.0
                for column, (cell, width) in enumerate(zip(row, self.widths, strict=True)):
                    if cell:
                        text.setTextOrigin(x, bottom + baseline)
                        text.textOut(cell)
                    if column in RULE_COLUMNS:
                        rules.append((x, bottom, x + width, bottom))
                    x += width
            canvas.drawText(text)
            canvas.setStrokeColor(rule_colour)
            canvas.setLineWidth(RULE_WIDTH)
            canvas.lines(rules)
            canvas.restoreState()

    return SignatureLines
