"""Which derived data (search index, schedule) this file holds, built by which version of
its rules.

`derived_state` is local and never synced.  It starts empty, so every kind of derived data
counts as stale and is rebuilt once when the upgraded file is first opened
(`agricrm.services.derived`); migrations create derived tables but never fill them.

Revision ID: 0006_derived_state
Revises: 0005_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_derived_state"
down_revision = "0005_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "derived_state",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("built_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_derived_state")),
    )


def downgrade() -> None:
    op.drop_table("derived_state")
