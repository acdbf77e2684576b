"""File-based sync: change numbering on every synced table, device state, peers, history,
imports, conflicts and their resolutions.

Revision ID: 0005_sync
Revises: 0004_complaints
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_sync"
down_revision = "0004_complaints"
branch_labels = None
depends_on = None


def _synced_tables() -> list[str]:
    """Every table with the SyncMixin columns, whichever migrations created them."""
    inspector = sa.inspect(op.get_bind())
    return sorted(
        name
        for name in inspector.get_table_names()
        if {"uuid", "row_version", "deleted"} <= {c["name"] for c in inspector.get_columns(name)}
    )


def upgrade() -> None:
    for table in _synced_tables():
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("change_seq", sa.Integer(), nullable=False, server_default="0")
            )
            batch_op.create_index(f"ix_{table}_change_seq", ["change_seq"])
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=80), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_imported_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_history")),
    )
    op.create_index("ix_sync_history_record", "sync_history", ["entity", "record_uuid"])
    op.create_table(
        "sync_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("package_seq", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("summary_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["users.id"], name=op.f("fk_sync_imports_imported_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_imports")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("local_json", sa.Text(), nullable=False),
        sa.Column("incoming_json", sa.Text(), nullable=False),
        sa.Column("incoming_history", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("package_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index("ix_sync_conflicts_open", "sync_conflicts", ["resolved_at"])
    op.create_table(
        "sync_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("foreign_uuid", sa.String(length=36), nullable=False),
        sa.Column("local_uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_aliases")),
    )
    op.create_index(
        "ix_sync_aliases_foreign", "sync_aliases", ["entity", "foreign_uuid"], unique=True
    )
    op.create_table(
        "conflict_resolutions",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("choices_json", sa.Text(), nullable=False),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolved_by_name", sa.String(length=40), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["users.id"],
            name=op.f("fk_conflict_resolutions_resolved_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_resolutions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_conflict_resolutions_uuid")),
    )
    op.create_index("ix_conflict_resolutions_change_seq", "conflict_resolutions", ["change_seq"])


def downgrade() -> None:
    for name in (
        "conflict_resolutions",
        "sync_aliases",
        "sync_conflicts",
        "sync_imports",
        "sync_history",
        "sync_peers",
        "sync_state",
        "sync_counter",
    ):
        op.drop_table(name)
    for table in _synced_tables():
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_change_seq")
            batch_op.drop_column("change_seq")
