"""A register's sheet read down to its heading row, its columns and its rows of people.

Registers open with a title ("××村农户信息登记表"), a merged line of who filled it in, blank
rows; the heading row is the first of the top rows that holds the most headings the synonym
table knows (at least two), unless the person names it.  Total and subtotal rows are set apart
with their row numbers, so the import can say which rows it left out and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.registers.headings import Synonyms, is_total, synonyms
from agricrm.exchange.registers.sources import Source, SourceSheet, is_blank, read_source
from agricrm.i18n import QT_TRANSLATE_NOOP

HEADING_SEARCH_ROWS = 30

NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Registers", "{path} has no sheet {sheet}; its sheets: {sheets}.")
NO_HEADING_ROW = QT_TRANSLATE_NOOP(
    "Registers",
    "No heading row found in sheet {sheet} of {path}: none of its first {rows} rows has two "
    "headings AgriCRM knows (such as 姓名, 身份证号码, 村). Give the number of the heading row.",
)
NO_SHEET_WITH_HEADINGS = QT_TRANSLATE_NOOP(
    "Registers",
    "No sheet of {path} has a heading row AgriCRM knows (such as 姓名, 身份证号码, 村) in its "
    "first {rows} rows; its sheets: {sheets}. Name the sheet and its heading row.",
)
BAD_HEADING_ROW = QT_TRANSLATE_NOOP(
    "Registers", "Row {row} of sheet {sheet} holds no headings; it cannot be the heading row."
)


@dataclass(frozen=True)
class RegisterColumn:
    index: int  # in the sheet's rows
    heading: str  # as written; a column without one is named by its letter ("列F")
    hidden: bool | None  # None: the format does not tell


@dataclass(frozen=True)
class Register:
    path: Path
    sheet: str
    heading_row: int  # spreadsheet row number, from 1
    columns: tuple[RegisterColumn, ...]
    rows: list[tuple[int, list[object]]]  # (spreadsheet row number, cells) of people
    totals: tuple[int, ...]  # row numbers of total and subtotal rows, left out
    sheets: tuple[tuple[str, int], ...]  # every sheet of the file with its row count
    hidden_known: bool

    @property
    def hidden_columns(self) -> list[RegisterColumn]:
        return [column for column in self.columns if column.hidden]


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def heading_score(row: list[object], table: Synonyms) -> int:
    return sum(1 for cell in row if cell is not None and str(cell).strip() and table.knows(cell))


def find_heading_row(sheet: SourceSheet, table: Synonyms) -> int | None:
    """The spreadsheet number of the heading row, or None when no top row has two known
    headings."""
    best, best_score = None, 1
    for at, row in enumerate(sheet.table[:HEADING_SEARCH_ROWS], start=1):
        score = heading_score(row, table)
        if score > best_score:
            best, best_score = at, score
    return best


def read_register(path: Path, sheet: str | None = None, heading_row: int | None = None) -> Register:
    """The register at `path`: the named sheet (else the one whose headings AgriCRM knows
    best) read from its heading row (found unless given)."""
    return register_of(read_source(path), sheet, heading_row)


def register_of(
    source: Source,
    sheet_name: str | None,
    heading_row: int | None,
    *,
    table: Synonyms | None = None,
    besides: str | None = None,
) -> Register:
    """The register of `source`: the named sheet, else the one whose headings `table` (the
    customers' synonyms unless a members sheet's are given) knows best but `besides` (the
    members sheet, when the person named one), read from its heading row (found unless
    given)."""
    table = table or synonyms()
    path = source.path
    names = ", ".join(s.name for s in source.sheets)
    if sheet_name is not None:
        sheet = source.sheet(sheet_name)
        if sheet is None:
            raise AgriCrmError(NO_SUCH_SHEET(path=path.name, sheet=sheet_name, sheets=names))
    else:
        scored = [(s, find_heading_row(s, table)) for s in source.sheets if s.name != besides]
        found = [(s, at) for s, at in scored if at is not None]
        if not found:
            raise AgriCrmError(
                NO_SHEET_WITH_HEADINGS(path=path.name, rows=HEADING_SEARCH_ROWS, sheets=names)
            )
        sheet = max(found, key=lambda pair: heading_score(pair[0].table[pair[1] - 1], table))[0]
    if heading_row is None:
        heading_row = find_heading_row(sheet, table)
        if heading_row is None:
            raise AgriCrmError(
                NO_HEADING_ROW(sheet=sheet.name, path=path.name, rows=HEADING_SEARCH_ROWS)
            )
    if not 1 <= heading_row <= len(sheet.table) or is_blank(sheet.table[heading_row - 1]):
        raise AgriCrmError(BAD_HEADING_ROW(row=heading_row, sheet=sheet.name))
    headings = sheet.table[heading_row - 1]
    body: list[tuple[int, list[object]]] = []
    totals: list[int] = []
    for number, cells in enumerate(sheet.table[heading_row:], start=heading_row + 1):
        if is_blank(cells):
            continue
        if is_total(cells):
            totals.append(number)
        else:
            body.append((number, cells))
    return Register(
        path=path,
        sheet=sheet.name,
        heading_row=heading_row,
        columns=_columns(sheet, headings, body),
        rows=body,
        totals=tuple(totals),
        sheets=tuple((s.name, s.row_count) for s in source.sheets),
        hidden_known=sheet.hidden is not None,
    )


def _columns(
    sheet: SourceSheet, headings: list[object], body: list[tuple[int, list[object]]]
) -> tuple[RegisterColumn, ...]:
    """Every column with a heading or with data under it; a repeated heading is told apart
    by its column letter, so each column can be mapped on its own."""
    width = max([len(headings), *(len(cells) for _n, cells in body)], default=0)
    seen: set[str] = set()
    columns = []
    for index in range(width):
        cell = headings[index] if index < len(headings) else None
        heading = "" if cell is None else str(cell).strip()
        if not heading:
            if not any(index < len(c) and not is_blank([c[index]]) for _n, c in body):
                continue  # an empty column, or the rest of a merged heading cell
            heading = f"列{column_letter(index)}"
        elif heading in seen:
            heading = f"{heading}[{column_letter(index)}]"
        seen.add(heading)
        hidden = None if sheet.hidden is None else index in sheet.hidden
        columns.append(RegisterColumn(index, heading, hidden))
    return tuple(columns)
