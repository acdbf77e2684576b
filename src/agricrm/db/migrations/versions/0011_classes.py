"""Classification: the branch's product catalogue and the products each customer holds
(synced), the officer's credit override on the file (synced), and the derived, local table
of each customer's classes with the history of their changes (never synced; built by
`services.derived`, so this migration leaves them empty).

Revision ID: 0011_classes
Revises: 0010_relationship
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_classes"
down_revision = "0010_relationship"
branch_labels = None
depends_on = None

_CLASS_COLUMNS = (
    "scale",
    "industry",
    "credit",
    "value",
    "segment",
    "needs",
    "activity",
    "relationship",
)


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.add_column("customers", sa.Column("credit_override", sa.String(length=20), nullable=True))
    op.add_column(
        "customers",
        sa.Column("credit_override_reason", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column(
        "customers",
        sa.Column("credit_override_facts", sa.String(length=40), nullable=False, server_default=""),
    )
    op.create_table(
        "products",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("uuid", name=op.f("uq_products_uuid")),
    )
    op.create_index(op.f("ix_products_change_seq"), "products", ["change_seq"], unique=False)
    op.create_index("ix_products_code", "products", ["code"], unique=False)
    op.create_table(
        "customer_products",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_products_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_customer_products_product_id_products"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_products")),
        sa.UniqueConstraint("uuid", name=op.f("uq_customer_products_uuid")),
    )
    op.create_index(
        op.f("ix_customer_products_change_seq"), "customer_products", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_customer_products_customer_id"),
        "customer_products",
        ["customer_id"],
        unique=False,
    )
    op.create_table(
        "customer_classes",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        *[sa.Column(name, sa.String(length=20), nullable=True) for name in _CLASS_COLUMNS],
        sa.Column("credit_computed", sa.String(length=20), nullable=True),
        sa.Column("value_score", sa.Integer(), nullable=True),
        sa.Column("reasons_json", sa.Text(), nullable=False),
        sa.Column("classified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_classes_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_classes")),
    )
    for name in ("segment", "value", "credit", "activity", "scale"):
        op.create_index(f"ix_customer_classes_{name}", "customer_classes", [name], unique=False)
    op.create_table(
        "class_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=20), nullable=False),
        sa.Column("from_class", sa.String(length=20), nullable=True),
        sa.Column("to_class", sa.String(length=20), nullable=True),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_class_changes_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_changes")),
    )
    op.create_index(
        "ix_class_changes_customer", "class_changes", ["customer_id", "changed_at"], unique=False
    )


def downgrade() -> None:
    op.drop_table("class_changes")
    op.drop_table("customer_classes")
    op.drop_table("customer_products")
    op.drop_table("products")
    with op.batch_alter_table("customers") as batch_op:
        for name in ("credit_override_facts", "credit_override_reason", "credit_override"):
            batch_op.drop_column(name)
