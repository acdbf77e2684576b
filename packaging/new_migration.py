"""Start a new Alembic migration by comparing the models with a database at the current head.

    python packaging/new_migration.py 0003_visits "visits and follow-up actions"

Then edit the generated file: use plain SQLAlchemy types (sa.String, sa.BigInteger,
sa.DateTime…) instead of AgriCRM's TypeDecorators and write any SQL out in it, so the script
never changes meaning when the application code does (a migration imports nothing from
AgriCRM; a test checks); move HEAD_REVISION in agricrm/db/schema_version.py to the new id.
Derived data (search index, schedule) is never filled by a migration: bump its version in
agricrm/services/derived.py instead.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

import agricrm.models  # noqa: F401 - registers every table on the metadata
from agricrm.db.database import migration_connection
from agricrm.db.location import Location
from agricrm.db.migrate import alembic_config
from agricrm.models.base import Base


def main(revision_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "head.db"
        # Build the previous head through the migrations, not from the (already newer) models.
        with migration_connection(Location.of(path)) as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            config.attributes["target_metadata"] = Base.metadata  # only autogenerate needs it
            command.revision(config, message=message, autogenerate=True, rev_id=revision_id)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
