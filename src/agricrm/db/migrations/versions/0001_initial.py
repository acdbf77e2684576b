"""Initial customer file schema: users, villages, settings, customers, items, loans, history.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22 18:46:05.330333
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("PRAGMA application_id = 1095193155")  # 'AGRC', see agricrm.db.database
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
        sa.UniqueConstraint("uuid", name=op.f("uq_users_uuid")),
    )
    op.create_table(
        "villages",
        sa.Column("township", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_villages")),
        sa.UniqueConstraint("uuid", name=op.f("uq_villages_uuid")),
    )
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.create_index(
            "uq_villages_township_name",
            ["township", "name"],
            unique=True,
            sqlite_where=sa.text("deleted = 0"),
            postgresql_where=sa.text("deleted = false"),
        )

    op.create_table(
        "customers",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("ethnicity", sa.String(length=20), nullable=True),
        sa.Column("education", sa.String(length=20), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("province", sa.String(length=40), nullable=False),
        sa.Column("city", sa.String(length=40), nullable=False),
        sa.Column("county", sa.String(length=40), nullable=False),
        sa.Column("township", sa.String(length=40), nullable=False),
        sa.Column("village", sa.String(length=40), nullable=False),
        sa.Column("address_detail", sa.String(length=200), nullable=False),
        sa.Column("business_mode", sa.String(length=20), nullable=True),
        sa.Column("land_area_mu", sa.BigInteger(), nullable=True),
        sa.Column("annual_income", sa.BigInteger(), nullable=True),
        sa.Column("technology_notes", sa.Text(), nullable=False),
        sa.Column("credit_grade", sa.String(length=20), nullable=True),
        sa.Column("credit_notes", sa.Text(), nullable=False),
        sa.Column("needs", sa.String(length=200), nullable=False),
        sa.Column("needs_notes", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("tags", sa.String(length=200), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["users.id"], name=op.f("fk_customers_officer_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("uuid", name=op.f("uq_customers_uuid")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_officer_id", ["officer_id"], unique=False)
        batch_op.create_index("ix_customers_phone", ["phone"], unique=False)
        batch_op.create_index("ix_customers_status", ["status"], unique=False)
        batch_op.create_index(
            "ix_customers_township_village", ["township", "village"], unique=False
        )
        batch_op.create_index("ix_customers_updated_at", ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_customers_id_number",
            ["id_number"],
            unique=True,
            sqlite_where=sa.text("deleted = 0 AND id_number IS NOT NULL"),
            postgresql_where=sa.text("deleted = false AND id_number IS NOT NULL"),
        )

    op.create_table(
        "customer_status_changes",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["users.id"],
            name=op.f("fk_customer_status_changes_changed_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_status_changes_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_status_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_customer_status_changes_uuid")),
    )
    with op.batch_alter_table("customer_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_status_changes_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "loans",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("lender", sa.String(length=60), nullable=False),
        sa.Column("product", sa.String(length=60), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("classification", sa.String(length=20), nullable=False),
        sa.Column("guarantee_type", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_loans_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loans")),
        sa.UniqueConstraint("uuid", name=op.f("uq_loans_uuid")),
    )
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loans_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "production_items",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=True),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("cycle", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_production_items_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_production_items")),
        sa.UniqueConstraint("uuid", name=op.f("uq_production_items_uuid")),
    )
    with op.batch_alter_table("production_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_production_items_customer_id"), ["customer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("production_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_production_items_customer_id"))

    op.drop_table("production_items")
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loans_customer_id"))

    op.drop_table("loans")
    with op.batch_alter_table("customer_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_status_changes_customer_id"))

    op.drop_table("customer_status_changes")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_customers_id_number",
            sqlite_where=sa.text("deleted = 0 AND id_number IS NOT NULL"),
            postgresql_where=sa.text("deleted = false AND id_number IS NOT NULL"),
        )
        batch_op.drop_index("ix_customers_updated_at")
        batch_op.drop_index("ix_customers_township_village")
        batch_op.drop_index("ix_customers_status")
        batch_op.drop_index("ix_customers_phone")
        batch_op.drop_index("ix_customers_officer_id")

    op.drop_table("customers")
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_villages_township_name",
            sqlite_where=sa.text("deleted = 0"),
            postgresql_where=sa.text("deleted = false"),
        )

    op.drop_table("villages")
    op.drop_table("users")
    op.drop_table("app_settings")
