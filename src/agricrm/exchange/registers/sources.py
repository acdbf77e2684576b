"""A register file as it is: its sheets, their rows as typed, and the columns hidden in them.

python-calamine reads .xlsx, .xlsm, legacy .xls and .ods alike.  Which columns are hidden is
read from the file itself where the format says it cheaply: an .xlsx/.xlsm sheet's `<col
hidden>` entries and an .ods table's collapsed columns; a legacy .xls does not tell us (the
register says so), and a CSV file has none.  CSV text is UTF-8 (with or without BOM) or
GBK/GB18030, with comma, semicolon or tab between the cells, whichever splits its lines into
the most cells.
"""

from __future__ import annotations

import csv
import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.reader import UNKNOWN_ENCODING
from agricrm.i18n import QT_TRANSLATE_NOOP

NO_FILE = QT_TRANSLATE_NOOP("Registers", "{path} cannot be read: there is no such file.")
ENCRYPTED = QT_TRANSLATE_NOOP(
    "Registers",
    "{path} is protected by a password; open it in Excel or WPS and save it without one.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Registers",
    "{path} cannot be read as a workbook (.xlsx, .xlsm, .xls, .ods) or a CSV list: "
    "it is damaged or of another kind.",
)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: legacy .xls, or encrypted .xlsx
_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class SourceSheet:
    """One sheet: `table[i]` is spreadsheet row i + 1, cells as typed (None when empty).
    `hidden` holds the indexes of hidden columns, None when the format does not tell."""

    name: str
    table: list[list[object]]
    hidden: frozenset[int] | None

    @property
    def row_count(self) -> int:
        """Rows that hold anything, headings and titles included."""
        return sum(1 for row in self.table if not is_blank(row))


@dataclass(frozen=True)
class Source:
    path: Path
    sheets: tuple[SourceSheet, ...]

    def sheet(self, name: str) -> SourceSheet | None:
        return next((s for s in self.sheets if s.name == name), None)


def is_blank(row: list[object]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in row)


def read_source(path: Path) -> Source:
    """Every sheet of the file at `path`, or an `AgriCrmError` saying why it cannot be read."""
    if not path.is_file():
        raise AgriCrmError(NO_FILE(path=str(path)))
    if path.suffix.lower() in (".csv", ".txt"):
        return Source(path, (SourceSheet(path.stem, _csv_table(path), frozenset()),))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == _OLE and _encrypted_package(path):
        raise AgriCrmError(ENCRYPTED(path=str(path)))
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        tables = [
            (name, workbook.get_sheet_by_name(name).to_python(skip_empty_area=False))
            for name in workbook.sheet_names
        ]
    except Exception as error:  # calamine raises its own error types for broken files
        if "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise AgriCrmError(ENCRYPTED(path=str(path))) from error
        raise AgriCrmError(DAMAGED(path=str(path))) from error
    hidden = _hidden_columns(path)
    return Source(
        path,
        tuple(
            SourceSheet(
                name,
                [list(row) for row in table],
                None if hidden is None else hidden.get(name, frozenset()),
            )
            for name, table in tables
        ),
    )


def _encrypted_package(path: Path) -> bool:
    """An Office file saved with a password is a compound file holding "EncryptedPackage"."""
    data = path.read_bytes()
    return "EncryptedPackage".encode("utf-16-le") in data


def _hidden_columns(path: Path) -> dict[str, frozenset[int]] | None:
    """Sheet name → indexes of its hidden columns; None when the format does not say."""
    if not zipfile.is_zipfile(path):
        return None  # a legacy .xls
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return _xlsx_hidden(archive)
            if "content.xml" in names:
                return _ods_hidden(archive)
    except (KeyError, ET.ParseError, zipfile.BadZipFile, ValueError):
        return None
    return None


def _xlsx_hidden(archive: zipfile.ZipFile) -> dict[str, frozenset[int]]:
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{{{_PKG_REL_NS}}}Relationship")
    }
    found: dict[str, frozenset[int]] = {}
    for sheet in workbook.iter(f"{{{_SHEET_NS}}}sheet"):
        target = targets.get(sheet.get(f"{{{_REL_NS}}}id"), "")
        member = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join("xl", target))
        )
        hidden: set[int] = set()
        with archive.open(member) as stream:
            for _event, element in ET.iterparse(stream, events=("start",)):
                tag = element.tag.rsplit("}", 1)[-1]
                if tag == "sheetData":
                    break  # the <cols> come before the rows: no need to read these
                if tag == "col" and element.get("hidden") in ("1", "true"):
                    hidden.update(
                        range(int(element.get("min", "1")) - 1, int(element.get("max", "1")))
                    )
        found[sheet.get("name", "")] = frozenset(hidden)
    return found


def _ods_hidden(archive: zipfile.ZipFile) -> dict[str, frozenset[int]]:
    found: dict[str, frozenset[int]] = {}
    name = ""
    column = 0
    hidden: set[int] = set()
    with archive.open("content.xml") as stream:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            if element.tag == f"{{{_TABLE_NS}}}table":
                if event == "start":
                    name, column, hidden = element.get(f"{{{_TABLE_NS}}}name", ""), 0, set()
                else:
                    found[name] = frozenset(hidden)
                    element.clear()
            elif event == "start" and element.tag == f"{{{_TABLE_NS}}}table-column":
                repeated = int(element.get(f"{{{_TABLE_NS}}}number-columns-repeated", "1"))
                if element.get(f"{{{_TABLE_NS}}}visibility", "visible") != "visible":
                    hidden.update(range(column, column + min(repeated, 1024)))
                column += repeated
    return found


def _decode(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AgriCrmError(UNKNOWN_ENCODING(path=str(path)))


def _csv_table(path: Path) -> list[list[object]]:
    text = _decode(path)
    sample = text.splitlines()[:30]

    def widest(delimiter: str) -> int:
        return max((len(row) for row in csv.reader(sample, delimiter=delimiter)), default=0)

    delimiter = max(_DELIMITERS, key=widest)  # ties go to the comma, listed first
    return [
        [cell if cell.strip() else None for cell in row]
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
    ]


def is_agricrm_file(path: Path) -> bool:
    """A sync package, or a registration workbook or CSV list in AgriCRM's own sheet names and
    headings: imported as before.  Anything else, a workbook with a heading AgriCRM's sheet
    lacks included (it would be dropped there), is read as a register."""
    from agricrm.exchange.schema import BY_TITLE, CUSTOMERS, META_SHEET

    columns = (*CUSTOMERS.columns, *CUSTOMERS.extras)
    own = {c.title for c in columns} | {c.key for c in columns}

    def own_headings(table: list[list[object]]) -> bool:
        rows = [
            [str(c).strip() for c in row if c is not None and str(c).strip()] for row in table[:2]
        ]
        return any(row and set(row) <= own for row in rows)

    if not path.is_file():
        return True  # said by the import as before
    if path.suffix.lower() == ".csv":
        try:
            table = _csv_table(path)
        except AgriCrmError:
            return True
        return bool(table) and own_headings(table) and {"姓名", "村"} <= set(map(str, table[0]))
    if not zipfile.is_zipfile(path):
        return False
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = [name.strip() for name in workbook.sheet_names]
        if META_SHEET in names:
            return True
        if CUSTOMERS.title in names:
            table = workbook.get_sheet_by_name(CUSTOMERS.title).to_python(nrows=2)
            return own_headings(table)
    except Exception:  # calamine's own errors: the register reader says what is wrong
        return False
    return any(name in BY_TITLE for name in names)
