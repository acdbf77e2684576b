"""The report grid's page breaks: header repeated, rows kept whole unless taller than a page,
and the tint of every other row carried over a break."""

from __future__ import annotations

from typing import Any

from agricrm.reports.grid import GridStyle, grid_class
from agricrm.reports.kit import CONTENT_WIDTH, FRAME_HEIGHT, ReportKit

DATA = GridStyle("data", aligns=("left", "right"), header=True)
WIDTHS = [CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3]


def _grid(rows: list[list[object]]) -> Any:  # the flowable class is made at run time
    return grid_class()([["事项", "金额"], *rows], WIDTHS, DATA)


def test_a_break_between_rows_repeats_the_header_and_continues_the_tint() -> None:
    grid = _grid([[f"第{n}笔", str(n)] for n in range(40)])
    _, height = grid.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
    row = grid.heights[1]
    first, rest = grid.split(CONTENT_WIDTH, grid.heights[0] + 10.5 * row)
    assert [r[0] for r in first.rows] == ["事项", *[f"第{n}笔" for n in range(10)]]
    assert rest.rows[0] == ["事项", "金额"] and rest.rows[1][0] == "第10笔"
    assert rest.first_body_row == 10  # row 10 is tinted as it would be without the break
    assert grid.split(CONTENT_WIDTH, height + 1) == [grid]


def test_a_row_taller_than_a_page_splits_inside_and_keeps_its_tint() -> None:
    long_text = ReportKit()._cell("长文字。" * 1500, WIDTHS[0])
    grid = _grid([["短", "1"], [long_text, "2"]])
    first, rest = grid.split(CONTENT_WIDTH, FRAME_HEIGHT)  # the long row goes to a new page
    assert first.rows == [["事项", "金额"], ["短", "1"]]
    assert rest.rows[1][0] is long_text and rest.first_body_row == 1
    assert rest.split(CONTENT_WIDTH, FRAME_HEIGHT / 2) == []  # not split on a part page
    top, bottom = rest.split(CONTENT_WIDTH, FRAME_HEIGHT)  # taller than a page: split inside
    assert top.rows[1][1] == "2" and bottom.rows[1][1] == ""  # its one-line cell goes first
    assert bottom.rows[0] == ["事项", "金额"] and bottom.first_body_row == 1
    top.wrap(CONTENT_WIDTH, FRAME_HEIGHT)
    assert top.height <= FRAME_HEIGHT


def test_a_long_table_lays_out_each_paragraph_once_however_many_pages_it_runs_over(
    monkeypatch: Any,
) -> None:
    """Every page break made the rest of the table a new flowable that measured all its
    rows again: a 300-row call sheet wrapped its paragraphs ~20 times each (minutes)."""
    from reportlab.platypus import Paragraph

    kit = ReportKit()
    wraps: list[int] = []
    original = Paragraph.wrap

    def counted(self: Any, width: float, height: float) -> Any:
        wraps.append(id(self))
        return original(self, width, height)

    monkeypatch.setattr(Paragraph, "wrap", counted)
    rows = [[kit._cell(f"第{n}位客户：" + "理由。" * 40, WIDTHS[0]), str(n)] for n in range(120)]
    rest = _grid(rows)
    pages = 0
    while True:
        parts = rest.split(CONTENT_WIDTH, FRAME_HEIGHT)
        pages += 1
        if parts == [rest]:
            break
        rest = parts[1]
    assert pages > 5
    assert len(wraps) == len(set(wraps)) == 120
