"""The one place that creates engines and sessions.

Everything that touches the database goes through a `Database`: services open one session per
unit of work with `read()` or `write()` and never share it across threads.  A PostgreSQL engine
for larger branches will be chosen here, behind the same two methods.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 16 * 1024  # per connection; the default 2 MB makes 100,000-row lists reread pages
BULK_CACHE_KIB = 256 * 1024  # while one transaction writes a whole branch (see `bulk_cache`)


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that a
        # failed save rolls back everything it wrote (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: committed if the block ends normally, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Refresh the query planner's statistics (cheap, and only where they went stale)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Create, or check and migrate, the file at `path`, then open it.

    Raises `DatabaseRefused` for a file that is not ours or comes from a newer AgriCRM.
    """
    from agricrm.db.migrate import prepare_database

    prepare_database(path)
    return Database(path)


@contextmanager
def bulk_cache(connection: Connection) -> Iterator[None]:
    """A larger page cache while `connection` writes a whole branch (a sync import): its rows
    go into indexes far larger than the everyday cache, which would otherwise spill pages to
    the log and read them back for the next rows.  The everyday size returns afterwards (the
    connection goes back to the pool)."""
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")


def refresh_statistics(connection: Connection) -> None:
    """Give the query planner statistics after a bulk write, inside its transaction.

    A database filled by one import has none, and without them SQLite reads every finished
    visit for each block of customers when due dates are rebuilt (25 s instead of 8 s at
    100,000 customers).  A sampled analysis (``analysis_limit``) misjudges the same index, so
    every index is read in full: about 1 s at 100,000 customers."""
    connection.exec_driver_sql("ANALYZE")
