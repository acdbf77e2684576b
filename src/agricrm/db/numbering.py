"""Readable numbers for new records, given by the door as they are inserted.

The formats and why they look so are in `agricrm.domain.record_numbers`.  This module keeps
the device's series and its counters in `sync_state` (local, never synced) and is called by
both halves of the door, so a record made by a form, an import or the demo generator is
numbered alike.  A record that brings a number (one from another device) keeps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from agricrm.domain.record_numbers import (
    customer_number,
    customer_series_key,
    is_series,
    new_series,
    visit_number,
    visit_series_key,
)

SERIES_KEY = "number_series"
_COUNTER = "number:"


@dataclass(frozen=True)
class _Scheme:
    key: Callable[[str, dt.datetime], str]
    number: Callable[[str, dt.datetime, int], str]


def _local_day(moment: dt.datetime) -> dt.date:
    """The day on this machine's calendar (the officer's day, as the complaint numbers)."""
    return (moment if moment.tzinfo is None else moment.astimezone()).date()


SCHEMES: dict[str, _Scheme] = {
    "customers": _Scheme(
        key=lambda series, _at: customer_series_key(series),
        number=lambda series, _at, serial: customer_number(series, serial),
    ),
    "visits": _Scheme(
        key=lambda series, at: visit_series_key(series, _local_day(at)),
        number=lambda series, at, serial: visit_number(series, _local_day(at), serial),
    ),
}


def _state(connection: Connection, key: str) -> str | None:
    return connection.scalar(text("SELECT value FROM sync_state WHERE key = :k"), {"k": key})


def _set_state(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text(
            "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def series(connection: Connection) -> str:
    """This device's series, made the first time it is asked for (the caller is inside the
    door: the first numbered record writes it)."""
    found = _state(connection, SERIES_KEY)
    if found and is_series(found):
        return found
    made = new_series()
    _set_state(connection, SERIES_KEY, made)
    return made


def set_series(connection: Connection, value: str) -> None:
    """Number this device's next records in series `value` (checked by the caller)."""
    _set_state(connection, SERIES_KEY, value)


def number_records(
    connection: Connection, table: str, records: Iterable[Any], *, rows: bool
) -> None:
    """Give each record of `table` (dict rows, or ORM objects) without a number its number,
    by its creation time; counters move on by as many as were given."""
    scheme = SCHEMES.get(table)
    if scheme is None:
        return
    get: Callable[[Any, str], Any]
    put: Callable[[Any, str, Any], None]
    if rows:
        get, put = (lambda r, k: r.get(k)), (lambda r, k, v: r.__setitem__(k, v))
    else:
        get, put = getattr, setattr
    wanting = [record for record in records if not get(record, "number")]
    if not wanting:
        return
    mine = series(connection)
    counters: dict[str, int] = {}
    for record in wanting:
        at = get(record, "created_at")
        key = scheme.key(mine, at)
        if key not in counters:
            counters[key] = int(_state(connection, _COUNTER + key) or 0)
        counters[key] += 1
        put(record, "number", scheme.number(mine, at, counters[key]))
    for key, last in counters.items():
        _set_state(connection, _COUNTER + key, str(last))
