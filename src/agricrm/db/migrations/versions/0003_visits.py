"""Visits, follow-up actions, care events, attachments, each customer's computed schedule
(next due visit, birthday code), and lunar birthdays.

`customer_schedule` is created empty: it is derived data (the cadence rules), built by
`agricrm.services.derived` when the file is next opened, never here.  This script is frozen
SQL; it imports nothing from AgriCRM.

Revision ID: 0003_visits
Revises: 0002_customer_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_visits"
down_revision = "0002_customer_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: rebuilding `customers` would trip the foreign keys pointing at it
    op.add_column(
        "customers",
        sa.Column("keeps_lunar_birthday", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "care_events",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occasion", sa.String(length=20), nullable=False),
        sa.Column("festival", sa.String(length=20), nullable=True),
        sa.Column("occasion_date", sa.Date(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_care_events_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_care_events_officer_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_care_events_uuid")),
    )
    with op.batch_alter_table("care_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_care_events_customer_occasion", ["customer_id", "occasion_date"], unique=False
        )

    op.create_table(
        "customer_schedule",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_reason", sa.String(length=20), nullable=True),
        sa.Column("cadence_class", sa.String(length=20), nullable=False),
        sa.Column("last_visit_date", sa.Date(), nullable=True),
        sa.Column("birthday_code", sa.String(length=5), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_schedule_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_customer_schedule_officer_id_users")
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_schedule")),
    )
    with op.batch_alter_table("customer_schedule", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_schedule_birthday_code"), ["birthday_code"], unique=False
        )
        batch_op.create_index("ix_customer_schedule_due", ["due_date"], unique=False)
        batch_op.create_index(
            "ix_customer_schedule_officer_due", ["officer_id", "due_date"], unique=False
        )

    op.create_table(
        "visits",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("visit_type", sa.String(length=20), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("planned_date", sa.Date(), nullable=True),
        sa.Column("actual_at", sa.DateTime(), nullable=True),
        sa.Column("township", sa.String(length=40), nullable=False),
        sa.Column("village", sa.String(length=40), nullable=False),
        sa.Column("attendees", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column("production_condition", sa.Text(), nullable=False),
        sa.Column("problems", sa.String(length=200), nullable=False),
        sa.Column("needs", sa.String(length=200), nullable=False),
        sa.Column("services_offered", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_visit_date", sa.Date(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_visits_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_visits_officer_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visits_uuid")),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visits_by_date",
            ["visit_date", "id"],
            unique=False,
            sqlite_where=sa.text("deleted = 0"),
            postgresql_where=sa.text("deleted = false"),
        )
        batch_op.create_index(
            "ix_visits_customer_date", ["customer_id", "visit_date"], unique=False
        )
        batch_op.create_index("ix_visits_officer_date", ["officer_id", "visit_date"], unique=False)
        batch_op.create_index("ix_visits_status_date", ["status", "visit_date"], unique=False)
        batch_op.create_index("ix_visits_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("original_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("stored_path", sa.String(length=200), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["users.id"], name=op.f("fk_attachments_added_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_attachments_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_attachments_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachments_uuid")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachments_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "follow_up_actions",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_follow_up_actions_visit_id_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_actions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_follow_up_actions_uuid")),
    )
    with op.batch_alter_table("follow_up_actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_up_actions_open_due",
            ["due_date"],
            unique=False,
            sqlite_where=sa.text("deleted = 0 AND done_at IS NULL"),
            postgresql_where=sa.text("deleted = false AND done_at IS NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_visit_id"), ["visit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("keeps_lunar_birthday")
    for table in ("follow_up_actions", "attachments", "visits", "customer_schedule", "care_events"):
        op.drop_table(table)
