"""Cell values in and out: what a spreadsheet shows, what the database keeps, and the canonical
text both are compared and checksummed by.

Reading is forgiving where people are (dates typed as 2024/3/5 or 2024年3月5日, full-width digits,
labels in Chinese or English, codes) and strict where data would be lost (an ID number stored
as a number has already lost its last digits and is refused).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache

from agricrm.domain import phone as phones
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.numbers import InvalidNumber, parse_decimal
from agricrm.exchange.schema import Column, Kind
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text, catalog

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_LIST_SEPARATORS = re.compile(r"[、,，;；/\s]+")
_TRUE = {"是", "y", "yes", "true", "1", "对", "√"}
_FALSE = {"否", "n", "no", "false", "0", "", "×"}

NOT_A_DATE = QT_TRANSLATE_NOOP("Exchange", "Not a date; write it as 2024-03-05.")
NOT_A_TIMESTAMP = QT_TRANSLATE_NOOP("Exchange", "Not a time stamp (expected 2024-03-05T08:30:00Z).")
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Exchange", "Not a whole number.")
NOT_YES_NO = QT_TRANSLATE_NOOP("Exchange", "Write 是 or 否.")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Exchange", "Not one of the allowed values: {allowed}.")
NOT_A_UUID = QT_TRANSLATE_NOOP("Exchange", "Not a record number (uuid).")
ID_AS_NUMBER = QT_TRANSLATE_NOOP(
    "Exchange",
    "The ID number was stored as a number, so its last digits are lost; "
    "format the column as text and type it again.",
)
CODE_AS_NUMBER = QT_TRANSLATE_NOOP(
    "Exchange", "Stored as a number with a fraction; format the column as text."
)
TOO_LONG = QT_TRANSLATE_NOOP("Exchange", "Longer than {max} characters.")


_EMPTY: dict[Kind, object] = {Kind.TEXT: "", Kind.CODESET: frozenset(), Kind.TAGS: ()}


class CellError(ValueError):
    def __init__(self, message: Text | Message) -> None:
        super().__init__(str(message))
        self.message = message


# ------------------------------------------------------------------ enumerations


def zh_label(member: LabeledEnum) -> str:
    found = catalog("zh_CN")
    return found.translate(member.label.context, member.label.source) if found else member.value


@cache
def _choices(enum_type: type[StrEnum]) -> dict[str, StrEnum]:
    """Every spelling accepted for a member: code, Chinese label, English label."""
    spellings: dict[str, StrEnum] = {}
    for member in enum_type:
        spellings[member.value.lower()] = member
        if isinstance(member, LabeledEnum):
            spellings[member.label.source.lower()] = member
            spellings[zh_label(member).lower()] = member
    return spellings


def display_choices(enum_type: type[StrEnum]) -> list[str]:
    return [zh_label(m) if isinstance(m, LabeledEnum) else m.value for m in enum_type]


def parse_enum(enum_type: type[StrEnum], text: str) -> StrEnum:
    member = _choices(enum_type).get(text.strip().lower())
    if member is None:
        raise CellError(UNKNOWN_CHOICE(allowed="、".join(display_choices(enum_type))))
    return member


# ------------------------------------------------------------------ export

Convert = Callable[[object], object]


def timestamp_text(value: dt.datetime) -> str:
    if value.tzinfo is not dt.UTC:
        value = value.astimezone(dt.UTC)
    return value.isoformat(timespec="microseconds")[:-6] + "Z"  # "+00:00" written as "Z"


def stored_timestamp_text(value: object) -> str:
    """`timestamp_text` of a time stamp fetched without type conversion (see
    `records.record_select`): SQLite keeps UTC as "2024-03-05 08:30:00.000000", which is
    respelled rather than parsed and formatted again (a full export has millions); a driver
    that returns datetimes gives them naive, in UTC."""
    if value is None:
        return ""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":
            return f"{value[:10]}T{value[11:]}Z"
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return timestamp_text(value if value.tzinfo else value.replace(tzinfo=dt.UTC))


@cache
def cell_function(column: Column) -> Convert:
    """How a stored value becomes a spreadsheet cell: real dates and numbers, Chinese labels,
    text codes; empty text becomes no cell at all.  Built once per column (exports convert
    millions of cells)."""
    kind = column.kind
    if kind is Kind.ENUM:
        assert column.enum is not None
        labels = {member: zh_label(member) for member in column.enum}  # type: ignore[arg-type]
        return lambda v: None if v is None else labels[v]
    if kind is Kind.CODESET:
        assert column.enum is not None
        ordered = [(member, zh_label(member)) for member in column.enum]  # type: ignore[arg-type]
        return lambda v: "、".join(label for m, label in ordered if m in v) or None  # type: ignore[operator]
    if kind is Kind.TAGS:
        return lambda v: " ".join(v) or None  # type: ignore[call-overload]
    if kind is Kind.BOOL:
        return lambda v: None if v is None else ("是" if v else "否")
    if kind is Kind.TIMESTAMP:
        return lambda v: None if v is None else timestamp_text(v)  # type: ignore[arg-type]
    if kind in (Kind.TEXT, Kind.CODE):
        return lambda v: v or None
    return lambda v: v


@cache
def canonical_function(column: Column) -> Callable[[object], str]:
    """One exact spelling per value, independent of labels and of the spreadsheet."""
    kind = column.kind
    if kind is Kind.CODESET:
        return lambda v: ",".join(sorted(str(c) for c in v)) if v else ""  # type: ignore[attr-defined]
    if kind is Kind.TAGS:
        return lambda v: " ".join(v) if v else ""  # type: ignore[call-overload]
    if kind is Kind.BOOL:
        return lambda v: "" if v is None else ("1" if v else "0")
    if kind is Kind.DECIMAL:
        return lambda v: "" if v is None else (f"{v.normalize():f}" if v else "0")  # type: ignore[attr-defined]
    if kind is Kind.TIMESTAMP:
        return lambda v: "" if v is None else timestamp_text(v)  # type: ignore[arg-type]
    if kind is Kind.DATE:
        return lambda v: "" if v is None else v.isoformat()  # type: ignore[attr-defined]
    return lambda v: "" if v is None else str(v)


def to_cell(column: Column, value: object) -> object:
    return cell_function(column)(value)


def canonical(column: Column, value: object) -> str:
    return canonical_function(column)(value)


def needs_neutralising(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


# ------------------------------------------------------------------ import


def _as_text(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return "" if raw is None else str(raw).strip()


def parse_date(raw: object) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and 1 < raw < 2958466:
        return EXCEL_EPOCH + dt.timedelta(days=int(raw))  # a date cell formatted as General
    # NFKC folds the full-width digits, dots, slashes and dashes a Chinese input method types
    text = unicodedata.normalize("NFKC", _as_text(raw))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                break
    raise CellError(NOT_A_DATE)


def _read_timestamp(_column: Column) -> Convert:
    def read(raw: object) -> object:
        if isinstance(raw, str):
            text = raw.strip()
            if not text:
                return None
            try:
                value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise CellError(NOT_A_TIMESTAMP) from None
            return (
                value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
            )
        return None if raw is None else parse_timestamp(raw)

    return read


def parse_timestamp(raw: object) -> dt.datetime:
    if isinstance(raw, dt.datetime):
        return raw.replace(tzinfo=dt.UTC) if raw.tzinfo is None else raw.astimezone(dt.UTC)
    text = _as_text(raw)
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CellError(NOT_A_TIMESTAMP) from None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _read_code(column: Column) -> Convert:
    """ID numbers, phones and codes as typed: full-width digits and letters (a Chinese input
    method types them) folded to plain ones, spaces dropped — so the same person is found
    again however the number was typed, and stored as the form would store it."""
    is_id = column.key in ("id_number", "head_id_number")
    is_phone = column.key == "phone"
    is_landline = column.key == "landline"

    def read(raw: object) -> object:
        if isinstance(raw, int | float):
            if is_id or not float(raw).is_integer():
                raise CellError(ID_AS_NUMBER if is_id else CODE_AS_NUMBER)
            return str(int(raw))
        text = unicodedata.normalize("NFKC", _as_text(raw)).replace(" ", "").upper()
        if is_landline:  # written one way (0531-88776655); what is none stays as typed
            return phones.normalize_landline(text) or text
        return phones.normalize(text) if is_phone else text

    return read


def _read_text(column: Column) -> Convert:
    maximum = column.max_length

    def read(raw: object) -> object:
        if isinstance(raw, str):
            text = raw.strip()
        elif raw is None:
            return ""
        else:
            text = _as_text(raw)
        if maximum and len(text) > maximum:
            raise CellError(TOO_LONG(max=maximum))
        return text

    return read


def _read_uuid(_column: Column) -> Convert:
    def read(raw: object) -> object:
        if isinstance(raw, str):
            text = raw.strip().lower()
            if not text:
                return None
        elif raw is None:
            return None
        else:
            text = _as_text(raw).lower()
        if _UUID.match(text):
            return text
        try:
            return str(uuid.UUID(text))
        except ValueError:
            raise CellError(NOT_A_UUID) from None

    return read


def _read_int(_column: Column) -> Convert:
    def read(raw: object) -> object:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        text = _as_text(raw)
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise CellError(NOT_A_WHOLE_NUMBER) from None
        if number != number.to_integral_value():
            raise CellError(NOT_A_WHOLE_NUMBER)
        return int(number)

    return read


def _read_decimal(_column: Column) -> Convert:
    def read(raw: object) -> object:
        if isinstance(raw, int | float):
            return Decimal(int(raw)) if float(raw).is_integer() else Decimal(repr(float(raw)))
        try:
            return parse_decimal(_as_text(raw))
        except InvalidNumber as error:
            raise CellError(error.message) from None

    return read


def _read_bool(_column: Column) -> Convert:
    def read(raw: object) -> object:
        text = _as_text(raw).lower()
        if not text:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise CellError(NOT_YES_NO)

    return read


def _read_enum(column: Column) -> Convert:
    assert column.enum is not None
    choices = _choices(column.enum)
    enum_type = column.enum

    def read(raw: object) -> object:
        text = raw.strip().lower() if isinstance(raw, str) else _as_text(raw).lower()
        if not text:
            return None
        member = choices.get(text)
        if member is None:
            return parse_enum(enum_type, text)  # raises with the allowed values
        return member

    return read


def _read_codeset(column: Column) -> Convert:
    assert column.enum is not None
    enum_type = column.enum

    def read(raw: object) -> object:
        parts = [p for p in _LIST_SEPARATORS.split(_as_text(raw)) if p]
        return frozenset(parse_enum(enum_type, part) for part in parts)

    return read


def _read_tags(_column: Column) -> Convert:
    def read(raw: object) -> object:
        return tuple(dict.fromkeys(p for p in re.split(r"[\s,，、]+", _as_text(raw)) if p))

    return read


_READERS: dict[Kind, Callable[[Column], Convert]] = {
    Kind.CODE: _read_code,
    Kind.TEXT: _read_text,
    Kind.UUID: _read_uuid,
    Kind.REF: _read_uuid,
    Kind.INT: _read_int,
    Kind.DECIMAL: _read_decimal,
    Kind.DATE: lambda _column: parse_date,
    Kind.TIMESTAMP: _read_timestamp,
    Kind.BOOL: _read_bool,
    Kind.ENUM: _read_enum,
    Kind.CODESET: _read_codeset,
    Kind.TAGS: _read_tags,
}


# Readers of these kinds take empty cells (None, blank text) themselves and give the column's
# empty value: one call per cell instead of two, for the kinds that fill most of a package.
_TAKE_EMPTY = frozenset(
    {Kind.TEXT, Kind.UUID, Kind.REF, Kind.TIMESTAMP, Kind.ENUM, Kind.BOOL, Kind.INT}
)


def cell_reader(column: Column) -> Convert:
    """How a cell becomes a typed value (None or the column's empty value for an empty cell);
    the reader raises `CellError` with a reason.  Built once per column and sheet."""
    empty = _EMPTY.get(column.kind)
    read = _READERS[column.kind](column)
    if column.kind in _TAKE_EMPTY:
        return read

    def reader(raw: object) -> object:
        if raw is None or raw == "" or (isinstance(raw, str) and not raw.strip()):
            return empty
        return read(raw)

    return reader


def from_cell(column: Column, raw: object) -> object:
    """The typed value of one cell (see `cell_reader`)."""
    return cell_reader(column)(raw)
