"""What the import changed of what a clerk typed, said as notes rather than problems.

A cell read as something other than its text — full-width digits folded, +86 taken off a
phone, 2.5万 read as 25000, 1985.3.5 read as 1985-03-05, an Excel serial number read as a date
— is imported, and a note says so, so the clerk can check the reading; a note never refuses a
row.  A landline (0531-88776655, 区号-号码) in the phone column is no bad mobile number: it goes
into the customer's landline field (into the notes, "固定电话：…", when the register's own
landline column holds another) and the phone is left as it was, with a note saying where
the number went.

No database here: the notes are found from the register and its mapping alone.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from agricrm.exchange.registers.register import Register
from agricrm.exchange.schema import CUSTOMERS, Kind
from agricrm.exchange.values import CellError, cell_reader
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

LANDLINE_LINE = "固定电话：{number}"
_LANDLINE = re.compile(r"^0\d{2,3}[-\s]?\d{7,8}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

FULL_WIDTH = QT_TRANSLATE_NOOP("Conversions", "Full-width characters converted: read as {value}.")
PLUS_86 = QT_TRANSLATE_NOOP("Conversions", "The country code +86 was removed: read as {value}.")
TEN_THOUSAND = QT_TRANSLATE_NOOP("Conversions", "万 read as ten thousand: {value}.")
DATE_RESPELLED = QT_TRANSLATE_NOOP("Conversions", "Read as the date {value}.")
EXCEL_SERIAL = QT_TRANSLATE_NOOP(
    "Conversions", "A number in a date column, read as an Excel date: {value}."
)
LANDLINE = QT_TRANSLATE_NOOP(
    "Conversions",
    "A landline, not a mobile number: kept as the customer's landline {line}; the mobile "
    "number is left as it was.",
)


@dataclass(frozen=True)
class Note:
    """A cell the import read differently from how it was typed: where (the register's sheet,
    row and heading), the cell as typed and what it was read as.  Shaped like a problem
    (`exchange.report.ReportedIssue`), so the problem workbook lists notes the same way."""

    sheet: str
    row: int
    column: str
    value: str
    reason: Text | Message


def landline(raw: object) -> str | None:
    """The landline a phone cell holds (0531-88776655, 0531 88776655, 053188776655, in any
    width), as typed but in plain digits; None for anything else."""
    if not isinstance(raw, str):
        return None
    text = unicodedata.normalize("NFKC", raw).strip()
    return text if _LANDLINE.match(text) else None


def _as_typed(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return "" if raw is None else str(raw).strip()


@cache
def _reader(key: str) -> Callable[[object], object]:
    return cell_reader(CUSTOMERS.column(key))


def cell_notes(key: str, raw: object) -> list[Text | Message]:
    """The notes for one cell of the field `key`; none for a cell the field cannot read (that
    is a problem, said by the import) or one read just as it was typed.  Most cells are
    settled without reading them (a 50,000-row register has half a million)."""
    kind = CUSTOMERS.column(key).kind
    if key == "phone" and (number := landline(raw)) is not None:
        return [LANDLINE(line=number)]
    if kind is Kind.DATE:
        if isinstance(raw, dt.date) or raw is None:
            return []
        if isinstance(raw, str) and (not raw.strip() or _ISO_DATE.match(raw.strip())):
            return []
        value = _read(key, raw)
        if not isinstance(value, dt.date):
            return []
        shown = value.isoformat()
        return [
            EXCEL_SERIAL(value=shown)
            if isinstance(raw, int | float)
            else DATE_RESPELLED(value=shown)
        ]
    if kind not in (Kind.CODE, Kind.DECIMAL, Kind.INT) or not isinstance(raw, str):
        return []
    typed = raw.strip()
    folded = unicodedata.normalize("NFKC", typed)
    wide = any("\uff01" <= ch <= "\uff5e" for ch in typed)  # full-width ASCII, not ￥
    plus = key == "phone" and folded.replace(" ", "").startswith("+86")
    wan = kind is Kind.DECIMAL and "万" in folded
    if not (wide or plus or wan):
        return []
    value = _read(key, raw)
    if value is None:
        return []
    shown = f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)
    notes: list[Text | Message] = []
    if wide:
        notes.append(FULL_WIDTH(value=shown))
    if plus:
        notes.append(PLUS_86(value=shown))
    if wan:
        notes.append(TEN_THOUSAND(value=shown))
    return notes


def _read(key: str, raw: object) -> object:
    """The cell as the import reads it, or None when it cannot (the import says why)."""
    try:
        return _reader(key)(raw)
    except CellError:
        return None


def register_notes(register: Register, mapped: list[tuple[str, int, str]]) -> list[Note]:
    """Every note of the register, row by row; `mapped`: (field key, column index, the
    register's heading) of each mapped column."""
    found: list[Note] = []
    for number, cells in register.rows:
        for key, index, heading in mapped:
            raw = cells[index] if index < len(cells) else None
            for reason in cell_notes(key, raw):
                found.append(Note(register.sheet, number, heading, _as_typed(raw), reason))
    return found
