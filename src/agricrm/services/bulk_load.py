"""Loading many records the program makes itself (a demo branch, benchmark data) in one go.

The demo generator builds rows; this service writes them through the door's bulk path, in one
transaction, stamped like any other write, and keeps the derived data (search index, due
dates, the planner's statistics) in step.  No user acts here: the author is the program
(`Cause.DEMO`), so there is no actor to check.  A new file that fails to load is removed
again, so a failed command never leaves an empty database behind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Executable, Result

from agricrm.db.database import Database, open_database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.files import remove_new_database
from agricrm.db.location import Location
from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import AppSetting, Base, Customer
from agricrm.services.classes import rebuild_classes_on
from agricrm.services.customer_index import IndexSource, add_to_index
from agricrm.services.derived import stamp
from agricrm.services.schedule import rebuild_schedule_on

FILE_EXISTS = QT_TRANSLATE_NOOP(
    "Demo", "{path} already exists; demo data is only written to a new file."
)


class BulkLoad:
    """The writes of one loading transaction; rows are dicts of column keys."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def read(self, statement: Executable) -> Result[Any]:
        """What is there already (a generator that adds visits to existing customers)."""
        return self._writer.connection.execute(statement)

    def add(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
        """New records of `model`; customers also go into the search index."""
        table = model.__table__
        self._writer.insert(table, rows)  # type: ignore[arg-type]
        if model is Customer:
            add_to_index(
                self._writer,
                [
                    IndexSource(r["id"], r["name"], r["phone"], r["id_number"], r["address_detail"])
                    for r in rows
                ],
            )

    def update_where(
        self, model: type[Base], condition: ColumnElement[bool], values: dict[str, Any]
    ) -> None:
        self._writer.update_where(model.__table__, condition, values)  # type: ignore[arg-type]

    def add_setting(self, key: str, value: Any, at: dt.datetime) -> None:
        """A branch setting saved at `at` (demo data is the same, row for row, each time)."""
        encoded = json.dumps(value, ensure_ascii=False)
        self._writer.insert_local(
            AppSetting.__table__,  # type: ignore[arg-type]
            [{"key": key, "value_json": encoded, "updated_at": at}],
        )

    def finish(self) -> None:
        """Due dates for everyone, statistics for the query planner, and the stamps saying
        the derived data is whole (the search index was kept row by row in `add`)."""
        rebuild_classes_on(self._writer)
        rebuild_schedule_on(self._writer)  # after the classes: the cadence is their strategy
        stamp(self._writer)
        self.refresh_statistics()

    def refresh_statistics(self) -> None:
        self._writer.refresh_statistics()


@contextmanager
def loading(path: Path, *, new: bool) -> Iterator[BulkLoad]:
    """One loading transaction on the database file at `path`: a `new` one is created (and
    refused if it exists), and removed again if loading fails; an existing one keeps what
    it had."""
    if new and path.exists():
        raise AgriCrmError(FILE_EXISTS(path=str(path)))
    db: Database | None = None
    try:
        db = open_database(Location.of(path))
        with db.write(None, Cause.DEMO, bulk=True) as session:
            yield BulkLoad(writer_of(session))
    except BaseException:
        if db is not None:
            db.close()
            db = None
        if new:
            remove_new_database(path)
        raise
    finally:
        if db is not None:
            db.close()
