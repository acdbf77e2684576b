"""The one write path: every change to the database goes through this module.

Synced records (every table with `change_seq` and `row_version`, see `models.base.SyncMixin`)
are changed in two ways, and both are here:

- **ORM saves** (forms): sessions from `Database.write()` are `DoorSession`s.  Before each
  flush, `_stamp` gives every new or changed synced object its change number and time stamps
  (and a new one its uuid); SQLAlchemy's version counter moves `row_version` and refuses a
  stale save.
- **Bulk writes** (import, conflict resolution, demo data, derived tables): `Writer`, one per
  transaction (`writer_of(session)`), inserts and updates many rows through the driver with
  the same stamps, so the fast paths are part of the door rather than beside it.

Both give a new customer or visit its readable number (`agricrm.db.numbering`).

Whoever writes says who and why (`Database.write(author, cause)`).  Listeners added with
`Database.listen` see every created, updated and soft-deleted synced record with each changed
field's value before and after, inside the transaction that changes it: this is where the
audit trail attaches.  With no listener nothing is compared, so the bulk paths stay as fast
as before.

`guard` makes the rule checkable: on an engine it watches, an INSERT, UPDATE, DELETE or
schema change issued anywhere but inside the door raises `WriteOutsideDoor`.  Records are
never deleted, only marked (`soft_delete`), so a deletion can travel in a sync package.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Executable,
    Table,
    bindparam,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, UOWTransaction

from agricrm.db import numbering
from agricrm.db.types import utcnow
from agricrm.models.base import Base, SyncMixin, new_uuid


class Cause(StrEnum):
    """Why a write happened, as the audit trail will tell it."""

    FORM = "form"
    IMPORT = "import"
    MERGE = "merge"
    CONFLICT_RESOLUTION = "conflict_resolution"
    EXPORT = "export"
    REBUILD = "rebuild"
    MIGRATION = "migration"
    DEMO = "demo"


class Author(Protocol):
    """The acting user as the door needs it (a service's `Actor` is one)."""

    @property
    def user_id(self) -> int: ...


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class RecordChange:
    """One synced record changed: fields map a column to (before, after) as Python values."""

    table: str
    record_uuid: str
    kind: ChangeKind
    fields: Mapping[str, tuple[Any, Any]]


@dataclass(frozen=True)
class WriteContext:
    cause: Cause
    user_id: int | None


ChangeListener = Callable[["Writer", Sequence[RecordChange]], None]

SYNC_COLUMNS = frozenset({"id", "uuid", "created_at", "updated_at", "row_version", "change_seq"})
DEFER_INDEXES_AT = 10000

_inside: ContextVar[bool] = ContextVar("agricrm_inside_the_door", default=False)


class WriteOutsideDoor(RuntimeError):
    """A programming error: something wrote to the database around `agricrm.db.door`."""


class NotSynced(ValueError):
    """A stamped write was asked of a local table, or a local write of a synced one."""


@contextmanager
def inside() -> Iterator[None]:
    """Mark the statements run in this block as the door's own (or a migration's)."""
    token = _inside.set(True)
    try:
        yield
    finally:
        _inside.reset(token)


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def guard(engine: Engine) -> None:
    """Refuse every write on `engine` that does not come through the door."""

    @event.listens_for(engine, "before_cursor_execute")
    def _check(
        _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        if not _inside.get() and statement.lstrip()[:7].upper().startswith(_WRITES):
            raise WriteOutsideDoor(statement.strip().splitlines()[0][:120])


def is_synced(table: Table) -> bool:
    return "change_seq" in table.c and "row_version" in table.c


def allocate_change_seqs(connection: Connection, count: int) -> int:
    """Reserve `count` consecutive change numbers; returns the first."""
    with inside():
        row = connection.execute(
            text("UPDATE sync_counter SET value = value + :n WHERE id = 1 RETURNING value"),
            {"n": count},
        ).first()
        if row is None:
            connection.execute(
                text("INSERT INTO sync_counter (id, value) VALUES (1, :n)"), {"n": count}
            )
            return 1
    return int(row[0]) - count + 1


class DoorSession(Session):
    """A session whose flushes are the door's: stamped by `_stamp`, seen by listeners."""

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        with inside():
            super().flush(objects)


def writer_of(session: Session) -> Writer:
    """The bulk half of the door for the transaction `session` belongs to."""
    try:
        return session.info["writer"]
    except KeyError:
        raise WriteOutsideDoor("a bulk write needs a session from Database.write()") from None


@dataclass
class Writer:
    """Bulk writes of one transaction, stamped like the ORM's: rows are dicts of column keys."""

    session: Session
    context: WriteContext
    listeners: Sequence[ChangeListener] = ()
    _flushing: list[tuple[SyncMixin, bool]] = field(default_factory=list)

    @property
    def connection(self) -> Connection:
        return self.session.connection()

    @property
    def observed(self) -> bool:
        return bool(self.listeners)

    def notify(self, changes: Sequence[RecordChange]) -> None:
        if changes:
            for listener in self.listeners:
                listener(self, changes)

    # -- synced tables ---------------------------------------------------------------------

    def insert(
        self, table: Table, rows: Sequence[dict[str, Any]], *, defer_indexes: bool = False
    ) -> None:
        """New records: each gets its change number; uuid, time stamps, version and the
        deleted mark are filled in where the row does not bring them (a record from another
        device keeps its own).  `defer_indexes`: see `_deferred_indexes`."""
        _require_synced(table)
        if not rows:
            return
        now = utcnow()
        first = allocate_change_seqs(self.connection, len(rows))
        for seq, row in enumerate(rows, first):
            row["change_seq"] = seq
            if row.get("uuid") is None:
                row["uuid"] = new_uuid()
            row.setdefault("created_at", now)
            row.setdefault("updated_at", now)
            row.setdefault("row_version", 1)
            row.setdefault("deleted", False)
        with inside():
            numbering.number_records(self.connection, table.name, rows, rows=True)
        with inside(), _deferred_indexes(self.connection, table, len(rows) if defer_indexes else 0):
            _insert_rows(self.connection, table, rows)
        if self.observed:
            self.notify(
                [
                    RecordChange(
                        table.name,
                        row["uuid"],
                        ChangeKind.DELETED if row["deleted"] else ChangeKind.CREATED,
                        {k: (None, v) for k, v in row.items() if k not in SYNC_COLUMNS},
                    )
                    for row in rows
                ]
            )

    def update(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Changed records by `id`: each gets its change number, its version moves on by one
        and `updated_at` is now unless the row brings its own (an imported record)."""
        _require_synced(table)
        if not rows:
            return
        before = self._current(table, [row["id"] for row in rows]) if self.observed else {}
        now = utcnow()
        first = allocate_change_seqs(self.connection, len(rows))
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for seq, row in enumerate(rows, first):
            values = {"_id" if k == "id" else k: v for k, v in row.items()}
            values["change_seq"] = seq
            values.setdefault("updated_at", now)
            groups[tuple(sorted(values))].append(values)
        with inside():
            for keys, group in groups.items():
                statement = (
                    update(table)
                    .where(table.c.id == bindparam("_id"))
                    .values(
                        {
                            **{k: bindparam(k) for k in keys if k != "_id"},
                            "row_version": table.c.row_version + 1,
                        }
                    )
                )
                self.connection.execute(statement, group)
        if self.observed:
            self.notify([_compared(table, before[row["id"]], row) for row in rows])

    def update_where(
        self, table: Table, condition: ColumnElement[bool], values: dict[str, Any]
    ) -> None:
        """The same values for every record matching `condition` (demo data, bulk fixes)."""
        _require_synced(table)
        ids = list(self.connection.scalars(select(table.c.id).where(condition)))
        self.update(table, [{"id": record_id, **values} for record_id in ids])

    def soft_delete(self, table: Table, ids: Iterable[int]) -> None:
        """Mark records deleted (they stay, so the deletion can travel)."""
        self.update(table, [{"id": record_id, "deleted": True} for record_id in ids])

    def set_derived(self, table: Table, column: str, values: Mapping[int, Any]) -> None:
        """A derived column of a synced table by record id (a name's pinyin sort key): not a
        change of the record, so neither its version nor its change number moves."""
        if column not in DERIVED_COLUMNS.get(table.name, ()):
            raise NotSynced(f"{table.name}.{column} is not a derived column")
        if not values:
            return
        with inside():
            self.connection.execute(
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({column: bindparam("_value")}),
                [{"_id": key, "_value": value} for key, value in values.items()],
            )

    # -- local tables (derived data, sync bookkeeping) -------------------------------------

    def insert_local(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Rows of a local table (never synced, never versioned), as fast as the driver
        takes them."""
        _require_local(table)
        if rows:
            with inside():
                _insert_rows(self.connection, table, rows)

    def execute_local(
        self, statement: Executable, parameters: Sequence[dict[str, Any]] | dict[str, Any] = ()
    ) -> None:
        """A Core or textual statement writing a local table (the FTS index, bookkeeping)."""
        synced = _synced_table_names()
        for name in _tables_written(statement):
            if name in synced:
                raise NotSynced(f"{name} is synced: write it with insert/update/soft_delete")
        with inside():
            self.connection.execute(statement, parameters or None)

    def numbering_series(self) -> str:
        """This device's series of readable numbers, made now if it has none yet."""
        with inside():
            return numbering.series(self.connection)

    def set_numbering_series(self, value: str) -> None:
        """Number this device's next records in series `value` (the caller checked it)."""
        with inside():
            numbering.set_series(self.connection, value)

    @contextmanager
    def deferred_indexes(self, table: Table, incoming: int) -> Iterator[None]:
        """Inserts in this block build `table`'s secondary indexes after their rows when
        they at least double the table (see `_deferred_indexes`)."""
        with inside(), _deferred_indexes(self.connection, table, incoming):
            yield

    # -- the transaction as a whole ---------------------------------------------------------

    def refresh_statistics(self) -> None:
        """Give the query planner statistics after a bulk write, inside its transaction.

        A database filled by one import has none, and without them SQLite reads every
        finished visit for each block of customers when due dates are rebuilt (25 s instead
        of 8 s at 100,000 customers).  A sampled analysis (``analysis_limit``) misjudges the
        same index, so every index is read in full: about 1 s at 100,000 customers."""
        if self.connection.dialect.name == "sqlite":
            self.connection.exec_driver_sql("ANALYZE")

    def _current(self, table: Table, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.connection.execute(select(table).where(table.c.id.in_(chunk))):
                found[row.id] = dict(row._mapping)
        return found


# Columns of synced tables that the program computes from the record itself; see `set_derived`.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {"customers": frozenset({"name_pinyin"})}


def _require_synced(table: Table) -> None:
    if not is_synced(table):
        raise NotSynced(f"{table.name} is not a synced table: use insert_local/execute_local")


def _require_local(table: Table) -> None:
    if is_synced(table):
        raise NotSynced(f"{table.name} is synced: write it with insert/update/soft_delete")


def _compared(table: Table, before: dict[str, Any], row: dict[str, Any]) -> RecordChange:
    fields = {
        key: (before.get(key), value)
        for key, value in row.items()
        if key not in SYNC_COLUMNS and before.get(key) != value
    }
    deleted = fields.get("deleted") == (False, True)
    return RecordChange(
        table.name, before["uuid"], ChangeKind.DELETED if deleted else ChangeKind.UPDATED, fields
    )


def _tables_written(statement: Executable) -> list[str]:
    target = getattr(statement, "table", None)
    if isinstance(target, Table):
        return [target.name]
    match = _TARGET.match(str(statement))
    return [match.group(1).lower()] if match else []


_TARGET = re.compile(
    r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+\"?(\w+)",
    re.IGNORECASE,
)


def _synced_table_names() -> set[str]:
    return {name for name, table in Base.metadata.tables.items() if is_synced(table)}


def _insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows through the driver's executemany, with the columns' own type
    conversions and Python-side defaults applied once per column rather than once per value.

    SQLAlchemy's Core insert spends most of a 100,000-row import building parameter
    dictionaries; this does the same conversions directly.  Rows may differ in which keys
    they give (a workbook typed by people leaves columns out): each set of keys is one batch.
    """
    dialect = connection.dialect
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for keys, group in groups.items():
        defaults = {
            column.name: column.default.arg
            for column in table.columns
            if column.name not in keys
            and column.default is not None
            and not column.primary_key
            and hasattr(column.default, "arg")
        }
        names = [*keys, *defaults]
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        order = list(compiled.positiontup or names)
        converting = [
            (at, convert)
            for at, name in enumerate(order)
            if (convert := table.c[name].type._cached_bind_processor(dialect)) is not None
        ]
        if defaults:  # per row: callables make uuids
            group = [
                {**row, **{n: d(None) if callable(d) else d for n, d in defaults.items()}}
                for row in group
            ]
        # column by column: the loops over a million rows run in C (zip, map), not bytecode
        pick = itemgetter(*order)
        picked = map(pick, group) if len(order) > 1 else ((pick(row),) for row in group)
        columns: list[Sequence[Any]] = list(zip(*picked, strict=True))
        for at, convert in converting:
            columns[at] = list(map(convert, columns[at]))
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(str(compiled), zip(*columns, strict=True))
        finally:
            cursor.close()


@contextmanager
def _deferred_indexes(connection: Connection, table: Table, incoming: int) -> Iterator[None]:
    """Build `table`'s secondary indexes after `incoming` new rows rather than while they go
    in, when they at least double the table (a first import of a branch).

    SQLite builds an index from sorted rows far faster than it inserts into it row by row:
    the 300,000 visits of a branch go in 9.1 s with their indexes and 5.1 s without, building
    them included.  Unique indexes stay, so uniqueness is checked as before.  The indexes are
    dropped and created again with their own stored SQL inside the caller's transaction, so a
    failure rolls them back with everything else.  Only on SQLite; elsewhere a no-op."""
    if connection.dialect.name != "sqlite" or incoming < DEFER_INDEXES_AT:
        yield
        return
    if incoming < (connection.scalar(select(func.count()).select_from(table)) or 0):
        yield
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
        (table.name,),
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


# -- the ORM half ---------------------------------------------------------------------------


@event.listens_for(DoorSession, "before_flush")
def _stamp(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """Change numbers, time stamps and uuids of everything this flush writes, and what each
    record looked like before, for the listeners."""
    if any(isinstance(obj, SyncMixin) for obj in session.deleted):
        raise WriteOutsideDoor("synced records are never deleted: mark them (soft_delete)")
    new = [obj for obj in session.new if isinstance(obj, SyncMixin)]
    dirty = [
        obj
        for obj in session.dirty
        if isinstance(obj, SyncMixin) and session.is_modified(obj, include_collections=False)
    ]
    if not new and not dirty:
        return
    writer: Writer | None = session.info.get("writer")
    if writer is None:
        raise WriteOutsideDoor("changes made in a session that Database.write() did not open")
    now = utcnow()
    first = allocate_change_seqs(session.connection(), len(new) + len(dirty))
    for seq, obj in enumerate(new, first):
        obj.change_seq = seq
        if obj.uuid is None:
            obj.uuid = new_uuid()
        obj.created_at = obj.created_at or now
        obj.updated_at = obj.updated_at or now
    by_table: dict[str, list[SyncMixin]] = defaultdict(list)
    for obj in new:
        by_table[obj.__tablename__].append(obj)
    with inside():
        for table_name, objects in by_table.items():
            numbering.number_records(session.connection(), table_name, objects, rows=False)
    for seq, obj in enumerate(dirty, first + len(new)):
        obj.change_seq = seq
        obj.updated_at = now
    if writer.observed:
        writer._flushing = [(obj, True) for obj in new] + [(obj, False) for obj in dirty]


@event.listens_for(DoorSession, "after_flush")
def _tell(session: Session, _flush: UOWTransaction) -> None:
    """The listeners hear of the flushed records once their keys are known (attribute
    history still shows what they were before, until the flush completes)."""
    writer: Writer | None = session.info.get("writer")
    if writer is not None and writer._flushing:
        flushed, writer._flushing = writer._flushing, []
        writer.notify([_orm_change(obj, created=created) for obj, created in flushed])


def _orm_change(obj: SyncMixin, *, created: bool) -> RecordChange:
    state = inspect(obj)
    fields: dict[str, tuple[Any, Any]] = {}
    for attribute in state.mapper.column_attrs:
        key = attribute.key
        if key in SYNC_COLUMNS:
            continue
        history = state.attrs[key].history
        if created:
            fields[key] = (None, getattr(obj, key))
        elif history.added or history.deleted:
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                fields[key] = (before, after)
    deleted = fields.get("deleted") == (False, True) or (created and obj.deleted)
    kind = ChangeKind.CREATED if created and not deleted else ChangeKind.UPDATED
    table = state.mapper.local_table
    return RecordChange(
        table.name,  # type: ignore[attr-defined]
        obj.uuid,
        ChangeKind.DELETED if deleted else kind,
        fields,
    )
