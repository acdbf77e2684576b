"""Alembic environment: always run from `agricrm.db.migrate` with an open connection."""

from __future__ import annotations

from alembic import context

import agricrm.models  # noqa: F401 - registers every table on the metadata
from agricrm.models.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can ALTER little; batch mode copies and swaps tables
)
with context.begin_transaction():
    context.run_migrations()
