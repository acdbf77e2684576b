"""Start a new Alembic migration by comparing the models with a database at the current head.

    python packaging/new_migration.py 0003_visits "visits and follow-up actions"

Then edit the generated file: use plain SQLAlchemy types (sa.String, sa.BigInteger,
sa.DateTime…) instead of AgriCRM's TypeDecorators, so the script never changes meaning when
the application code does; move HEAD_REVISION in agricrm/db/schema_version.py to the new id.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from agricrm.db.database import migration_connection
from agricrm.db.location import Location
from agricrm.db.migrate import alembic_config


def main(revision_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "head.db"
        # Build the previous head through the migrations, not from the (already newer) models.
        with migration_connection(Location.of(path)) as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=revision_id)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
