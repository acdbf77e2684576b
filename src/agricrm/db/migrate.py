"""Bring a database to the schema this code expects, before any window opens.

Checking an up-to-date file reads two numbers through a read-only connection: Alembic is
imported only when a file must be created or upgraded, which keeps start-up fast.

A new file is created from the models and stamped; an older one is backed up, then upgraded
with Alembic; a file that is not ours, or that a newer AgriCRM wrote, is refused untouched.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from agricrm.db.connect import DatabaseError, backup_file, read_values
from agricrm.db.files import attachments_folder
from agricrm.db.location import Location
from agricrm.db.schema_version import APPLICATION_ID, HEAD_REVISION
from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

NOT_AGRICRM = QT_TRANSLATE_NOOP(
    "Database", "{path} is not an AgriCRM database; it was left untouched."
)
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Database",
    "{path} was written by a newer version of AgriCRM (schema {revision}); "
    "install that version to open it. The file was left untouched.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Database", "{path} cannot be read: {reason}")
NOT_A_FILE = QT_TRANSLATE_NOOP("Database", "{path} is a folder, not a database file.")


class DatabaseRefused(AgriCrmError):
    pass


class Preparation(Enum):
    CREATED = "created"
    CURRENT = "current"
    UPGRADED = "upgraded"


@dataclass(frozen=True)
class PrepareResult:
    outcome: Preparation
    from_revision: str | None = None
    backup: Path | None = None


def prepare_database(location: Location) -> PrepareResult:
    path = location.path
    if path.is_dir():
        raise DatabaseRefused(NOT_A_FILE(path=str(path)))
    if not path.exists() or path.stat().st_size == 0:
        _create(location)
        return PrepareResult(Preparation.CREATED)
    revision = _read_revision(location)
    if revision == HEAD_REVISION:
        return PrepareResult(Preparation.CURRENT)
    if revision not in _known_revisions():
        raise DatabaseRefused(NEWER_VERSION(path=str(path), revision=revision))
    backup = backup_copy(location, f"before-{HEAD_REVISION}")
    _upgrade(location)
    return PrepareResult(Preparation.UPGRADED, revision, backup)


def _read_revision(location: Location) -> str:
    path = location.path
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise DatabaseRefused(UNREADABLE(path=str(path), reason=error.strerror)) from None
    try:
        application_id, revision = read_values(
            location, ["PRAGMA application_id", "SELECT version_num FROM alembic_version"]
        )
    except DatabaseError as error:  # not a database, or one without our revision table
        raise DatabaseRefused(NOT_AGRICRM(path=str(path))) from error
    if application_id != APPLICATION_ID or revision is None:
        raise DatabaseRefused(NOT_AGRICRM(path=str(path)))
    return str(revision)


def _create(location: Location) -> None:
    from sqlalchemy import text

    import agricrm.models  # noqa: F401 - registers every table on the metadata
    from agricrm.db.database import migration_connection
    from agricrm.models.base import Base

    location.path.parent.mkdir(parents=True, exist_ok=True)
    with migration_connection(location) as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(connection)
        connection.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"
        )
        connection.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:rev)"),
            {"rev": HEAD_REVISION},
        )


def backup_copy(location: Location, label: str) -> Path:
    """A consistent copy of the database, with the folder of attachments it manages copied
    beside the copy."""
    path = location.path
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix or '.db'}")
    backup_file(location, target)
    folder = attachments_folder(path)
    if folder.is_dir():
        shutil.copytree(folder, attachments_folder(target))
    return target


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def _upgrade(location: Location) -> None:
    from alembic import command

    from agricrm.db.database import migration_connection

    with migration_connection(location) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
