"""Alembic environment: always run from `agricrm.db.migrate` with an open connection.

It imports nothing from AgriCRM: migrations are frozen SQL and must not depend on today's
models.  Only autogenerate compares with the models, and `packaging/new_migration.py` passes
their metadata in `config.attributes["target_metadata"]`.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("target_metadata"),
    render_as_batch=True,  # SQLite can ALTER little; batch mode copies and swaps tables
)
with context.begin_transaction():
    context.run_migrations()
