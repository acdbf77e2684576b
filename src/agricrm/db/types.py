"""Column types that store exactly what the domain means, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Enum, String
from sqlalchemy.types import TypeDecorator


class FixedDecimal(TypeDecorator[Decimal]):
    """A decimal stored as a scaled integer (money in fen, land in hundredths of a mu).

    SQLite has no decimal type: SQLAlchemy's Numeric would round-trip through binary floats
    (and warn).  Integers compare, sum and sort exactly on every engine.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value).scaleb(self.scale)
        return int(scaled.to_integral_value(rounding=ROUND_HALF_UP))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value).scaleb(-self.scale)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored without offset."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is dt.UTC:  # the usual case, spared a conversion
            return value.replace(tzinfo=None)
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)

    def bind_processor(self, dialect: Dialect) -> Any:
        """On SQLite, the stored text in one step: SQLAlchemy's generic path (this class,
        then SQLite's DATETIME formatter) costs several times more, which a sync import
        pays for millions of time stamps.  The text is the one SQLite's DATETIME keeps (an
        export respells it without parsing: `exchange.values.stored_timestamp_text`)."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: dt.datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is not dt.UTC:
                if value.tzinfo is None:
                    raise ValueError("naive datetime given to a UTC column")
                value = value.astimezone(dt.UTC)
            return value.isoformat(" ", "microseconds")[:26]

        return process


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CodeSet(TypeDecorator[frozenset[str]]):
    """A set of enumeration codes kept in one column as ``"funding,training"``.

    Multi-select answers (needs, services offered) are read and written whole; a link table
    would add joins to every list query for no gain.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum_type: type[StrEnum]) -> None:
        super().__init__(200)
        self.enum_type = enum_type
        # declaration order, worked out once: imports bind hundreds of thousands of these
        self._rank = {member: at for at, member in enumerate(enum_type)}

    def process_bind_param(self, value: Iterable[str] | None, dialect: Dialect) -> str:
        if not value:
            return ""
        members = {self.enum_type(code) for code in value}
        return ",".join(sorted(members, key=self._rank.__getitem__))

    def process_result_value(self, value: str | None, dialect: Dialect) -> frozenset[str]:
        return frozenset(self.enum_type(code) for code in (value or "").split(",") if code)


class TextList(TypeDecorator[tuple[str, ...]]):
    """Short free-text labels (tags) kept in order in one comma-separated column."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Iterable[str] | None, dialect: Dialect) -> str:
        return ",".join(value or ())

    def process_result_value(self, value: str | None, dialect: Dialect) -> tuple[str, ...]:
        return tuple(part for part in (value or "").split(",") if part)


def enum_column(enum_type: type[StrEnum]) -> Enum:
    """Store an enumeration by its code in a plain string column (portable, readable in SQL)."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
