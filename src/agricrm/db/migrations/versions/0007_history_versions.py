"""The sync history remembers versions of records, not only their contents.

`sync_history.version` is the id of a version a record went through (see
`agricrm.exchange.lineage`); `content_hash` becomes that version's content, kept only for the
versions this device held, empty for those it only heard of.  Until now a version was known by
its content alone, so every existing row is a version whose id is its content hash.

Revision ID: 0007_history_versions
Revises: 0006_derived_state
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_history_versions"
down_revision = "0006_derived_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sync_history",
        sa.Column("version", sa.String(length=16), nullable=False, server_default=""),
    )
    op.execute("UPDATE sync_history SET version = content_hash")


def downgrade() -> None:
    with op.batch_alter_table("sync_history") as batch_op:
        batch_op.drop_column("version")
