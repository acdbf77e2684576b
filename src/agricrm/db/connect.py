"""Every connection to a database file is made by `connect`, and set up the same way.

The engines of `db.database` take their connections from here, and so do the two things that
must not wait for SQLAlchemy: the revision check at start-up (`read_values`) and backups.  An
encryption key will be applied here, once, for all of them.  This module imports only the
driver, so checking an up-to-date file before the first window costs a few milliseconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agricrm.db.location import Location

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 16 * 1024  # per connection; the default 2 MB makes 100,000-row lists reread pages

DatabaseError = sqlite3.DatabaseError


def connect(location: Location, *, read_only: bool = False) -> sqlite3.Connection:
    """A driver connection to `location`.  Transactions begin where SQLAlchemy says, not where
    the sqlite3 module guesses, so that a failed save rolls back everything it wrote
    (SQLAlchemy's documented pysqlite recipe); a read-only one never creates or changes the
    file, so a stranger's file is left as it was."""
    if read_only:
        connection = sqlite3.connect(
            f"file:{location.path}?mode=ro", uri=True, check_same_thread=False
        )
    else:
        connection = sqlite3.connect(location.path, check_same_thread=False)
    connection.isolation_level = None
    connection.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return connection


def read_values(location: Location, statements: Sequence[str]) -> list[Any]:
    """The first value of each statement, read without writing anything.  Raises
    `DatabaseError` for a file that is not a database or lacks what a statement reads."""
    connection = connect(location, read_only=True)
    try:
        return [_first(connection.execute(sql).fetchone()) for sql in statements]
    finally:
        connection.close()


def backup_file(location: Location, target: Path) -> None:
    """A consistent copy of the database through SQLite's backup API (safe even with a WAL
    file beside it)."""
    source = connect(location, read_only=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()


def _first(row: tuple[Any, ...] | None) -> Any:
    return None if row is None else row[0]
