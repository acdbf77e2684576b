"""The one place that creates engines, connections and sessions.

A `Database` is opened from a `Location` and owns what lies there: services open one session
per unit of work with `read()` or `write()` and never share it across threads; migrations, the
revision check, backups and worker processes (which reopen `db.location`) come through here
too.  Writes go through the door (`agricrm.db.door`), and every engine made here is guarded
so nothing writes around it.  An encryption key and a PostgreSQL engine will be chosen here,
behind the same methods.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, QueuePool, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from agricrm.db.connect import CACHE_KIB, connect
from agricrm.db.door import (
    Author,
    Cause,
    ChangeListener,
    DoorSession,
    WriteContext,
    Writer,
    guard,
    inside,
)
from agricrm.db.location import Location

BULK_CACHE_KIB = 256 * 1024  # while one transaction writes a whole branch (`write(bulk=True)`)


def create_engine_at(location: Location) -> Engine:
    """An engine for `location`, its connections made by `db.connect`, and guarded."""
    # the URL names the file so the dialect treats it as one (a URL without a database is taken
    # for an in-memory one, pooled per thread, whose pool closes connections other threads use)
    engine = create_engine(
        f"sqlite+pysqlite:///{location.path}",
        creator=lambda: connect(location),
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    guard(engine)
    return engine


class Database:
    """An open database.  `Database(location)` opens one that is already current (a worker
    process reopening its parent's); `open_database` first creates or migrates it."""

    def __init__(self, location: Location) -> None:
        self.location = location
        self.engine = create_engine_at(location)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self.engine, class_=DoorSession, expire_on_commit=False)
        self._listeners: list[ChangeListener] = []

    @property
    def path(self) -> Path:
        return self.location.path

    def listen(self, listener: ChangeListener) -> None:
        """Hear of every synced record created, changed or soft-deleted, inside the
        transaction that does it (the audit trail's hook)."""
        self._listeners.append(listener)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed, and it cannot write."""
        with self._reads() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(
        self, author: Author | None, cause: Cause, *, bulk: bool = False
    ) -> Iterator[Session]:
        """A transaction through the door: committed if the block ends normally, rolled back
        on any error.  `author` is the acting user (None for the program's own work: demo
        data, migrations); `bulk`: a larger page cache while one transaction writes a whole
        branch, whose rows go into indexes far larger than the everyday cache."""
        with self._writes.begin() as session:
            context = WriteContext(cause, None if author is None else author.user_id)
            session.info["writer"] = Writer(session, context, tuple(self._listeners))
            if not bulk:
                yield session
                return
            connection = session.connection()
            connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                yield session
            finally:
                connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")

    def close(self) -> None:
        """Refresh the query planner's statistics (cheap, and only where they went stale)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
        self.dispose()

    def dispose(self) -> None:
        """Let go of every connection, without the planner's upkeep (a worker that read)."""
        self.engine.dispose()


def open_database(location: Location | Path | str) -> Database:
    """Create, or check and migrate, the database at `location`, then open it.

    Raises `DatabaseRefused` for a file that is not ours or comes from a newer AgriCRM.
    """
    from agricrm.db.migrate import prepare_database

    if not isinstance(location, Location):
        location = Location.of(location)
    prepare_database(location)
    return Database(location)


@contextmanager
def migration_connection(location: Location) -> Iterator[Connection]:
    """One transaction for creating or upgrading the schema (the door lets it write)."""
    engine = create_engine_at(location)
    try:
        with engine.begin() as connection, inside():
            yield connection
    finally:
        engine.dispose()
