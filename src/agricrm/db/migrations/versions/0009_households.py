"""Households: the customer's household code (户码) and the members of the household; the
customer's landline (a household's fixed phone, 0531-88776655), beside the mobile.

Revision ID: 0009_households
Revises: 0008_record_numbers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_households"
down_revision = "0008_record_numbers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "customers",
        sa.Column("landline", sa.String(length=20), nullable=False, server_default=""),
    )
    op.add_column(
        "customers",
        sa.Column("household_code", sa.String(length=30), nullable=False, server_default=""),
    )
    op.create_table(
        "household_members",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_household_members_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
        sa.UniqueConstraint("uuid", name=op.f("uq_household_members_uuid")),
    )
    op.create_index(
        op.f("ix_household_members_change_seq"), "household_members", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_household_members_customer_id"), "household_members", ["customer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_household_members_customer_id"), table_name="household_members")
    op.drop_index(op.f("ix_household_members_change_seq"), table_name="household_members")
    op.drop_table("household_members")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("household_code")
        batch_op.drop_column("landline")
