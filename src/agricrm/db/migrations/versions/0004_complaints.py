"""Complaints and the history of how each was handled.

Revision ID: 0004_complaints
Revises: 0003_visits
Create Date: 2026-11-22 19:37:46.389019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_complaints"
down_revision = "0003_visits"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _step_columns() -> list[sa.Column]:
    """What the investigation, resolution, reply and closing record (on both tables)."""
    return [
        sa.Column("cause", sa.String(length=20), nullable=True),
        sa.Column("responsibility", sa.String(length=20), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("compensation", sa.BigInteger(), nullable=True),
        sa.Column("reply_method", sa.String(length=20), nullable=True),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.Column("reply_content", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("caller_name", sa.String(length=40), nullable=False),
        sa.Column("caller_phone", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        *_step_columns(),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_complaints_officer_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("uuid", name=op.f("uq_complaints_uuid")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index("ix_complaints_customer_id", ["customer_id"], unique=False)
        batch_op.create_index("ix_complaints_number", ["number"], unique=False)
        batch_op.create_index("ix_complaints_officer_id", ["officer_id"], unique=False)
        batch_op.create_index(
            "ix_complaints_statistics",
            [
                "received_at",
                "status",
                "category",
                "cause",
                "responsibility",
                "severity",
                "channel",
                "satisfaction",
                "due_at",
                "replied_at",
                "closed_at",
                "reopen_count",
                "compensation",
                "officer_id",
                "customer_id",
                "deleted",
            ],
            unique=False,
            sqlite_where=sa.text("deleted = 0"),
            postgresql_where=sa.text("deleted = false"),
        )
        batch_op.create_index("ix_complaints_status_due_at", ["status", "due_at"], unique=False)
        batch_op.create_index("ix_complaints_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "complaint_events",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("severity", sa.String(length=20), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        *_step_columns(),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_complaint_events_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_events_complaint_id_complaints"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_complaint_events_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_complaint_events_officer_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_complaint_events_uuid")),
    )
    with op.batch_alter_table("complaint_events", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_events_complaint_id", ["complaint_id"], unique=False)


def downgrade() -> None:
    op.drop_table("complaint_events")
    op.drop_table("complaints")
