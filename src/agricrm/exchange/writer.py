"""Writing a package workbook with openpyxl's write-only mode (streams rows to disk).

Each sheet: Chinese titles, then the machine keys, frozen under the headers, with an
autofilter and widths people can read.  Text that a spreadsheet would run as a formula is
written as a text cell, so it is shown, never executed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from agricrm.exchange.schema import META_SHEET, Kind, SheetSpec
from agricrm.exchange.values import needs_neutralising

HEADER_FILL = "DDEBF7"
KEY_COLOR = "808080"
FREE_TEXT = frozenset({Kind.TEXT, Kind.CODE, Kind.TAGS})


class PackageWriter:
    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Font, PatternFill

        self._workbook = Workbook(write_only=True)
        self._title_font = Font(bold=True)
        self._title_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self._key_font = Font(italic=True, color=KEY_COLOR, size=9)
        self._meta = self._workbook.create_sheet(META_SHEET)

    def _header_cells(self, sheet: Any, values: Sequence[str], *, keys: bool) -> list[Any]:
        from openpyxl.cell import WriteOnlyCell

        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if keys:
                cell.font = self._key_font
            else:
                cell.font = self._title_font
                cell.fill = self._title_fill
            cells.append(cell)
        return cells

    def add_sheet(self, spec: SheetSpec, rows: Iterable[Sequence[object]]) -> int:
        """Write one entity's sheet; returns the number of data rows."""
        from openpyxl.utils import get_column_letter

        sheet = self._workbook.create_sheet(spec.title)
        for index, column in enumerate(spec.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "B3"
        sheet.append(self._header_cells(sheet, [c.title for c in spec.columns], keys=False))
        sheet.append(self._header_cells(sheet, [c.key for c in spec.columns], keys=True))
        # only free text can start like a formula: every other cell is one of our own spellings
        # (labels, record numbers, time stamps, 是/否) or a number or date
        free_text = [i for i, c in enumerate(spec.columns) if c.kind in FREE_TEXT]
        count = 0
        for row in rows:
            for at in free_text:
                if needs_neutralising(row[at]):
                    row = [self._text_cell(sheet, v) if needs_neutralising(v) else v for v in row]
                    break
            sheet.append(row)
            count += 1
        last = get_column_letter(len(spec.columns))
        sheet.auto_filter.ref = f"A2:{last}{count + 2}"
        return count

    @staticmethod
    def _text_cell(sheet: Any, value: object) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # never a formula, whatever it starts with
        cell.style = "Normal"
        cell.quotePrefix = True  # type: ignore[attr-defined]
        return cell

    def set_metadata(self, rows: Sequence[tuple[str, str, object]]) -> None:
        """The metadata sheet: (Chinese label, machine key, value) rows."""
        sheet = self._meta
        sheet.column_dimensions["A"].width = 18
        sheet.column_dimensions["B"].width = 22
        sheet.column_dimensions["C"].width = 70
        sheet.append(self._header_cells(sheet, ["项目", "key", "值"], keys=False))
        for label, key, value in rows:
            sheet.append([label, key, value])

    def save(self, path: Path) -> None:
        self._workbook.save(path)

    def discard(self) -> None:
        """Let go of the sheets written so far (a cancelled or failed export).  openpyxl
        keeps each in a temporary file until it saves; an unfinished sheet left to the
        garbage collector would also try to write its end into a closed file."""
        for sheet in self._workbook.worksheets:
            if not sheet.closed:
                sheet.close()
            with suppress(OSError, ValueError):  # a sheet that never got a file
                sheet._writer.cleanup()
