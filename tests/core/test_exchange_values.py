"""Cell values in and out, the package writer and bulk inserts, below the sync services."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import Column as SqlColumn
from sqlalchemy import (
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    select,
    type_coerce,
)

from agricrm.db.door import _insert_rows
from agricrm.db.types import CodeSet, UtcDateTime
from agricrm.domain.enums import Gender
from agricrm.domain.visits import ServiceOffered
from agricrm.exchange.schema import CUSTOMERS, VISITS, Column, Kind
from agricrm.exchange.values import (
    CellError,
    from_cell,
    stored_timestamp_text,
    timestamp_text,
)
from agricrm.exchange.writer import PackageWriter

EMPTY_BY_KIND = {
    Kind.UUID: None,
    Kind.TEXT: "",
    Kind.CODE: None,
    Kind.INT: None,
    Kind.DECIMAL: None,
    Kind.DATE: None,
    Kind.TIMESTAMP: None,
    Kind.BOOL: None,
    Kind.ENUM: None,
    Kind.CODESET: frozenset(),
    Kind.TAGS: (),
    Kind.REF: None,
}


def _column_of(kind: Kind) -> Column:
    return next(c for spec in (CUSTOMERS, VISITS) for c in spec.columns if c.kind is kind)


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("raw", [None, "", "   ", "\t"])
def test_an_empty_cell_is_the_columns_empty_value(kind: Kind, raw: object) -> None:
    assert from_cell(_column_of(kind), raw) == EMPTY_BY_KIND[kind]


def test_cells_are_read_as_typed_values_whoever_typed_them() -> None:
    def read(key: str, raw: object, spec: object = CUSTOMERS) -> object:
        return from_cell(spec.column(key), raw)  # type: ignore[attr-defined]

    assert read("name", "  王五 ") == "王五"
    assert read("uuid", " 0F0E0D0C-0B0A-4909-8807-060504030201 ") == (
        "0f0e0d0c-0b0a-4909-8807-060504030201"
    )
    assert read("uuid", "0f0e0d0c0b0a49098807060504030201") == (
        "0f0e0d0c-0b0a-4909-8807-060504030201"
    )
    assert read("archived_at", "2024-03-05T08:30:00.000000Z") == dt.datetime(
        2024, 3, 5, 8, 30, tzinfo=dt.UTC
    )
    assert read("archived_at", " 2024-03-05T16:30:00+08:00 ") == dt.datetime(
        2024, 3, 5, 8, 30, tzinfo=dt.UTC
    )
    assert read("archived_at", dt.datetime(2024, 3, 5, 8, 30)) == dt.datetime(
        2024, 3, 5, 8, 30, tzinfo=dt.UTC
    )
    assert read("gender", " 女 ") is Gender.FEMALE
    assert read("keeps_lunar_birthday", "是") is True
    assert read("keeps_lunar_birthday", 0.0) is False
    assert read("household_size", 4.0) == 4
    assert read("household_size", " 5 ") == 5
    for key, raw in (
        ("uuid", "not-a-uuid"),
        ("archived_at", "yesterday"),
        ("gender", "unknown"),
        ("keeps_lunar_birthday", "maybe"),
        ("household_size", "4.5"),
        ("name", "长" * 41),
    ):
        with pytest.raises(CellError):
            read(key, raw)


def test_code_sets_are_stored_in_declaration_order() -> None:
    column = CodeSet(ServiceOffered)
    members = list(ServiceOffered)
    stored = column.process_bind_param([members[2].value, members[0], members[2]], None)  # type: ignore[arg-type]
    assert stored == f"{members[0].value},{members[2].value}"
    assert column.process_bind_param(None, None) == ""  # type: ignore[arg-type]
    assert column.process_result_value(stored, None) == {members[0], members[2]}  # type: ignore[arg-type]


def test_free_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    spec = CUSTOMERS
    row: list[object] = [None] * len(spec.columns)
    keys = [c.key for c in spec.columns]
    row[keys.index("name")] = "=1+1"  # text
    row[keys.index("phone")] = "+8613800000000"  # a code
    row[keys.index("tags")] = "@重点 -新"  # tags
    writer = PackageWriter()
    writer.add_sheet(spec, [row])
    writer.set_metadata([])
    writer.save(tmp_path / "p.xlsx")
    with zipfile.ZipFile(tmp_path / "p.xlsx") as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any("<f>" in archive.read(n).decode() for n in sheets)
    table = CalamineWorkbook.from_path(str(tmp_path / "p.xlsx")).get_sheet_by_name(spec.title)
    written = table.to_python()[2]
    assert [written[keys.index(k)] for k in ("name", "phone", "tags")] == [
        "=1+1",
        "+8613800000000",
        "@重点 -新",
    ]


def test_the_doors_fast_insert_converts_types_fills_defaults_and_takes_rows_of_any_shape() -> None:
    metadata = MetaData()
    table = Table(
        "t",
        metadata,
        SqlColumn("id", Integer, primary_key=True),
        SqlColumn("name", String),
        SqlColumn("services", CodeSet(ServiceOffered)),
        SqlColumn("kind", String, default="plain"),
        SqlColumn("made", String, default=lambda: "made"),
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    first = next(iter(ServiceOffered))
    with engine.begin() as connection:
        _insert_rows(
            connection,
            table,
            [
                {"name": "a", "services": frozenset({first}), "kind": "given", "made": "x"},
                {"name": "b"},
                {"name": "c", "services": frozenset()},
            ],
        )
        _insert_rows(connection, table, [{"name": "d"}])
        rows = connection.execute(
            select(table.c.name, table.c.services, table.c.kind, table.c.made).order_by(
                table.c.name
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("a", frozenset({first}), "given", "x"),
        ("b", frozenset(), "plain", "made"),
        ("c", frozenset(), "plain", "made"),
        ("d", frozenset(), "plain", "made"),
    ]


def test_time_stamps_fetched_unconverted_are_spelled_as_the_converted_ones() -> None:
    """The export respells SQLite's stored text instead of parsing it; both spellings, and
    a driver's naive datetimes, must give the canonical text the checksum and hashes use."""
    engine = create_engine("sqlite://")
    table = Table("t", MetaData(), SqlColumn("at", UtcDateTime))
    table.create(engine)
    instants = [
        dt.datetime(2024, 3, 5, 8, 30, tzinfo=dt.UTC),
        dt.datetime(2024, 3, 5, 8, 30, 0, 123456, tzinfo=dt.UTC),
        dt.datetime(1999, 12, 31, 23, 59, 59, 1, tzinfo=dt.UTC),
    ]
    with engine.begin() as connection:
        connection.execute(table.insert(), [{"at": at} for at in instants])
        stored = connection.execute(select(type_coerce(table.c.at, String))).scalars().all()
    assert [stored_timestamp_text(text) for text in stored] == [
        timestamp_text(at) for at in instants
    ]
    assert stored_timestamp_text("2024-03-05 08:30:00") == "2024-03-05T08:30:00.000000Z"
    assert stored_timestamp_text(dt.datetime(2024, 3, 5, 8, 30)) == "2024-03-05T08:30:00.000000Z"
    assert stored_timestamp_text(None) == ""


def test_utc_time_stamps_are_stored_as_sqlalchemys_own_sqlite_text() -> None:
    """UtcDateTime's one-step SQLite binding must store exactly what SQLAlchemy's DATETIME
    would: stored text is compared and sorted as text, against rows written either way."""
    engine = create_engine("sqlite://")
    dialect = engine.dialect
    generic = DateTime().dialect_impl(dialect).bind_processor(dialect)
    fast = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
    beijing = dt.timezone(dt.timedelta(hours=8))
    for value in [
        dt.datetime(2024, 3, 5, 8, 30, tzinfo=dt.UTC),
        dt.datetime(2024, 3, 5, 8, 30, 0, 7, tzinfo=dt.UTC),
        dt.datetime(999, 1, 2, 3, 4, 5, 600000, tzinfo=dt.UTC),
        dt.datetime(2024, 3, 5, 16, 30, tzinfo=beijing),
    ]:
        assert fast(value) == generic(value.astimezone(dt.UTC).replace(tzinfo=None))
    assert fast(None) is None
    with pytest.raises(ValueError):
        fast(dt.datetime(2024, 3, 5))
    table = Table("t", MetaData(), SqlColumn("at", UtcDateTime))
    table.create(engine)
    at = dt.datetime(2024, 3, 5, 16, 30, 1, 2, tzinfo=beijing)
    with engine.begin() as connection:
        connection.execute(table.insert(), [{"at": at}])
        assert connection.scalar(select(table.c.at).where(table.c.at == at)) == at
