"""Derived data: tables computed from the records by code that changes between releases.

The search index (`customer_search`, `customer_search_terms` and the sort key
`customers.name_pinyin`, from pinyin readings), the schedule (`customer_schedule`, from the
cadence rules) and the classes (`customer_classes`, from the classification rules) cannot be
computed in SQL, and a migration is frozen SQL that must not call today's services.  So
migrations only create these tables, and each kind is declared here once, with a version number
and the function that rebuilds it whole.

`bring_up_to_date` runs where the program opens a database (command line, GUI start-up).  A
kind whose stamp in `derived_state` is missing (a file just upgraded, or created empty) or
names another version than the code's is stale: every stale kind is rebuilt in one
transaction and stamped in the same one, so a cancelled or failed rebuild leaves the previous
data and stamps whole.  Bumping a version here (new pinyin readings, a new cadence rule in
code) makes every database rebuild that data once on its next opening.  Between rebuilds the
services keep the data in step row by row, as before.

Classes that depend on the day (activity, years of cooperation) are kept right the same way:
each row of `customer_classes` has the first day time alone may change it (`reclassify_on`),
and `bring_up_to_date` reclassifies the customers whose day has come (`classes_due`: one
indexed query when none has).  The program calls it at start-up and the GUI again when the
day changes, so no daily rebuild of everyone is needed.

This is housekeeping of the file itself, like a migration: no user acts, so these functions
take no actor.  When nothing is stale, the check is one query of a table of a few rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.types import utcnow
from agricrm.models import DerivedState
from agricrm.services.classes import (
    due_for_reclassifying,
    rebuild_classes_on,
    refresh_due_classes,
)
from agricrm.services.customer_index import rebuild_index
from agricrm.services.progress import Progress, share
from agricrm.services.schedule import rebuild_schedule_on, refresh_schedule


@dataclass(frozen=True)
class DerivedKind:
    name: str
    version: int  # bump it when the code that computes this data changes its results
    rebuild: Callable[[Writer, Progress | None], object]


KINDS: tuple[DerivedKind, ...] = (
    DerivedKind("customer_search", 2, rebuild_index),  # 2: only the readings people type
    # the classes before the schedule: the cadence is the strategy of the customer's classes
    DerivedKind("customer_classes", 2, rebuild_classes_on),  # 2: with reclassify_on
    DerivedKind("customer_schedule", 2, rebuild_schedule_on),  # 2: cadence by strategy
)


def _stale(connection: Connection, kinds: Sequence[DerivedKind]) -> tuple[DerivedKind, ...]:
    stamps = dict(connection.execute(select(DerivedState.name, DerivedState.version)).all())
    return tuple(kind for kind in kinds if stamps.get(kind.name) != kind.version)


def stale_kinds(db: Database, kinds: Sequence[DerivedKind] = KINDS) -> tuple[DerivedKind, ...]:
    """The kinds of derived data that must be rebuilt before the file is used."""
    with db.read() as session:
        return _stale(session.connection(), kinds)


def classes_due(db: Database, today: dt.date | None = None) -> int:
    """How many customers' date-dependent classes may have changed by `today` (one query on
    an index): what `bring_up_to_date` will refresh."""
    with db.read() as session:
        return len(due_for_reclassifying(session.connection(), today or dt.date.today()))


def bring_up_to_date(
    db: Database,
    progress: Progress | None = None,
    kinds: Sequence[DerivedKind] = KINDS,
    today: dt.date | None = None,
) -> tuple[str, ...]:
    """Rebuild and stamp every stale kind in one transaction, and reclassify the customers
    whose classes time has changed since (`refresh_due_classes`: as of `today`, the real day
    unless a test gives one); returns the names rebuilt.

    A cancel through `progress` raises `Cancelled` and rolls everything back."""
    today = today or dt.date.today()
    if not stale_kinds(db, kinds) and not classes_due(db, today):
        return ()
    with db.write(None, Cause.REBUILD, bulk=True) as session:
        writer = writer_of(session)
        stale = _stale(writer.connection, kinds)  # again: another process may have done it
        for index, kind in enumerate(stale):
            kind.rebuild(writer, share(progress, index, len(stale)))
        stamp(writer, stale)
        refresh_schedule(writer, refresh_due_classes(writer, today))  # it follows the classes
        return tuple(kind.name for kind in stale)


def stamp(writer: Writer, kinds: Sequence[DerivedKind] = KINDS) -> None:
    """Record that `kinds` were just built by this code (inside the caller's transaction);
    for whoever builds derived data whole itself, like the demo's bulk load."""
    if not kinds:
        return
    writer.execute_local(
        delete(DerivedState).where(DerivedState.name.in_([kind.name for kind in kinds]))
    )
    writer.insert_local(
        DerivedState.__table__,  # type: ignore[arg-type]
        [{"name": kind.name, "version": kind.version, "built_at": utcnow()} for kind in kinds],
    )
