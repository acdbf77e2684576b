"""The problem report of a refused import, as a workbook a branch clerk can work through."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from agricrm.i18n import Message, Text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


class ReportedIssue(Protocol):
    sheet: str
    row: int
    column: str
    value: str
    reason: Text | Message


HEADERS = ("工作表", "行号", "列", "单元格内容", "原因")
WIDTHS = (14, 8, 16, 30, 70)
NOTES_SHEET = "说明"


def report_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}.问题报告.xlsx")


def write_issue_report(
    path: Path,
    issues: Sequence[ReportedIssue],
    render: Callable[[Text | Message], str],
    notes: Sequence[ReportedIssue] = (),
) -> Path:
    """The problems on the sheet 问题; `notes` (cells a register import read otherwise than
    typed, which refuse nothing) on a second sheet, 说明, in the same columns, so the clerk
    checks them where the problems are."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _fill(sheet, "问题", issues, render, "FCE4D6")
    if notes:
        _fill(workbook.create_sheet(), NOTES_SHEET, notes, render, "DDEBF7")
    workbook.save(path)
    return path


def _fill(
    sheet: Worksheet,
    title: str,
    rows: Sequence[ReportedIssue],
    render: Callable[[Text | Message], str],
    colour: str,
) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.title = title
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=colour)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    # The row is counted, not asked of the sheet: `max_row` looks at every cell, so asking
    # it once per row made 20,000 notes take 32 s to write instead of 1.5 s.
    for at, issue in enumerate(rows, start=2):
        sheet.append([issue.sheet, issue.row, issue.column, issue.value, render(issue.reason)])
        sheet.cell(at, 4).data_type = "s"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:E{len(rows) + 1}"
