"""Named lists (优质客户名单制管理): each member of staff's post, the VIP mark on a customer's
card (marked on, by whom), and who maintains which listed customer with the history of it
(`named_list_assignments`, synced: one row per assignment, ended rather than overwritten).
The rules (posts, quotas, eligibility …) are a branch setting, so they need no table.

Revision ID: 0013_named_lists
Revises: 0012_class_timing
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_named_lists"
down_revision = "0012_class_timing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("post", sa.String(length=40), nullable=True))
    op.add_column("customers", sa.Column("vip_marked_on", sa.Date(), nullable=True))
    # written out: SQLite adds a column with its reference in place (a column added with a
    # NULL default may name another table), where Alembic would copy the customers table
    op.execute("ALTER TABLE customers ADD COLUMN vip_marked_by_id INTEGER REFERENCES users (id)")
    op.create_table(
        "named_list_assignments",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("maintainer_id", sa.Integer(), nullable=False),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("assigned_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_by_id"],
            ["users.id"],
            name=op.f("fk_named_list_assignments_assigned_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_named_list_assignments_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"], ["users.id"], name=op.f("fk_named_list_assignments_ended_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["maintainer_id"],
            ["users.id"],
            name=op.f("fk_named_list_assignments_maintainer_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_named_list_assignments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_named_list_assignments_uuid")),
    )
    op.create_index(
        op.f("ix_named_list_assignments_change_seq"),
        "named_list_assignments",
        ["change_seq"],
        unique=False,
    )
    op.create_index(
        "ix_named_list_assignments_customer_id",
        "named_list_assignments",
        ["customer_id"],
        unique=False,
    )
    op.create_index(
        "ix_named_list_assignments_maintainer_id",
        "named_list_assignments",
        ["maintainer_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("named_list_assignments")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_constraint("fk_customers_vip_marked_by_id_users", type_="foreignkey")
        batch_op.drop_column("vip_marked_by_id")
        batch_op.drop_column("vip_marked_on")
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("post")
