"""Where a database lives, as one value that can be handed to a worker process.

A `Location` is a URL: ``sqlite:////home/li/agricrm.db`` today; an encryption key and a
PostgreSQL server (``postgresql://user@host/branch``) are the next two kinds.  Everything that
opens a database takes a `Location`, so a new kind changes this module and `db.database`
only.  People type plain paths on the command line; `Location.of` accepts both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP

SQLITE_PREFIX = "sqlite:///"

UNSUPPORTED_URL = QT_TRANSLATE_NOOP(
    "Database",
    "{url}: this version of AgriCRM opens database files only "
    "(a path, or a URL starting with sqlite:///).",
)


class UnsupportedLocation(AgriCrmError):
    pass


@dataclass(frozen=True)
class Location:
    """A database by its URL.  Picklable, so worker processes reopen what their parent has."""

    url: str

    @classmethod
    def of(cls, value: str | Path) -> Location:
        """A location from what a person or a setting gives: a file path or a URL."""
        text = str(value)
        if isinstance(value, Path) or "://" not in text:
            return cls(SQLITE_PREFIX + str(Path(text).expanduser().resolve()))
        if text.startswith(SQLITE_PREFIX):
            return cls.of(Path(text.removeprefix(SQLITE_PREFIX)))
        raise UnsupportedLocation(UNSUPPORTED_URL(url=_without_password(text)))

    @property
    def path(self) -> Path:
        """The database file (attachments and backups are kept beside it)."""
        return Path(self.url.removeprefix(SQLITE_PREFIX))

    def __str__(self) -> str:
        return str(self.path)


def _without_password(url: str) -> str:
    """A URL as it may be shown or logged: never with the password it may carry."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    return f"{scheme}{sep}{credentials.split(':', 1)[0]}:***@{host}"
