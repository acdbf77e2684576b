"""Reading records of a sheet's entity out of the database, as the package shows them.

One Core query per sheet (referenced records joined for their uuids and display names), ordered
by uuid so the package checksum streams; never one ORM object per row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, String, Table, or_, select, type_coerce
from sqlalchemy.orm import aliased

from agricrm.exchange.schema import BY_ENTITY, HISTORY_KEY, Kind, SheetSpec
from agricrm.exchange.values import canonical_function
from agricrm.models import Complaint, Customer, Visit

Record = dict[str, Any]
FETCH_BATCH = 2000


def content_hash(spec: SheetSpec, record: Mapping[str, Any]) -> str:
    """16 hex digits identifying what the record says (not when or where it was saved)."""
    get = record.get
    text = "\x1f".join([convert(get(key)) for key, convert in _content_functions(spec)])
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def snapshot_hash(spec: SheetSpec, snapshot: Mapping[str, str]) -> str:
    """The `content_hash` of a record kept as canonical texts (a queued conflict's side)."""
    text = "\x1f".join([snapshot.get(c.key, "") for c in spec.content_columns])
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


@cache
def _content_functions(spec: SheetSpec) -> tuple[tuple[str, Callable[[object], str]], ...]:
    return tuple((c.key, canonical_function(c)) for c in spec.content_columns)


def table_of(spec: SheetSpec) -> Table:
    table = spec.model.__table__
    assert isinstance(table, Table)
    return table


def record_select(
    spec: SheetSpec, officer_id: int | None = None, *, stored_timestamps: bool = False
) -> Select[Any]:
    """A select of every stored and displayed column of `spec`, labelled by column key.

    `officer_id` keeps only records of that officer's customers (customer-owned sheets).
    `stored_timestamps`: time stamps as the database keeps them, unconverted, for
    `values.stored_timestamp_text` (an export spells them as text anyway)."""
    table = table_of(spec)
    selected: list[Any] = []
    joins: list[tuple[Any, Any]] = []
    aliases: dict[str, Any] = {}
    for column in spec.columns:
        if column.kind is Kind.REF:
            assert column.ref is not None
            target = table_of(BY_ENTITY[column.ref]).alias(f"ref_{column.key}")
            aliases[column.key] = target
            joins.append((target, target.c.id == table.c[column.model_attr]))
            selected.append(target.c.uuid.label(column.key))
        elif column.via is not None:
            ref_key, attribute = column.via
            selected.append(aliases[ref_key].c[attribute].label(column.key))
        elif column.kind is Kind.TIMESTAMP and stored_timestamps:
            selected.append(type_coerce(table.c[column.model_attr], String).label(column.key))
        elif column.key != HISTORY_KEY:
            selected.append(table.c[column.model_attr].label(column.key))
    statement: Select[Any] = select(*selected).select_from(table)
    for target, on in joins:
        statement = statement.outerjoin(target, on)
    if officer_id is not None:
        if spec.model is Customer:
            statement = statement.where(table.c.officer_id == officer_id)
        elif spec.parent == "customers":
            owner = aliased(Customer)
            statement = statement.join(owner, owner.id == table.c.customer_id).where(
                owner.officer_id == officer_id
            )
        elif spec.entity == "complaints":
            owner = aliased(Customer)
            statement = statement.outerjoin(owner, owner.id == table.c.customer_id).where(
                or_(table.c.officer_id == officer_id, owner.officer_id == officer_id)
            )
        elif spec.parent == "complaints":
            complaint, owner = aliased(Complaint), aliased(Customer)
            statement = (
                statement.join(complaint, complaint.id == table.c.complaint_id)
                .outerjoin(owner, owner.id == complaint.customer_id)
                .where(or_(complaint.officer_id == officer_id, owner.officer_id == officer_id))
            )
        elif spec.parent == "visits":
            visit, owner = aliased(Visit), aliased(Customer)
            statement = (
                statement.join(visit, visit.id == table.c.visit_id)
                .join(owner, owner.id == visit.customer_id)
                .where(owner.officer_id == officer_id)
            )
    return statement


def iter_records(
    connection: Connection, statement: Select[Any], order_by_uuid: Any
) -> Iterator[Record]:
    result = connection.execution_options(yield_per=FETCH_BATCH).execute(
        statement.order_by(order_by_uuid)
    )
    for partition in result.mappings().partitions():
        for row in partition:
            yield dict(row)
