"""Customer search: pinyin sort key and list indexes, FTS5 trigram index and short-term
index.

The tables are created empty: their contents are derived data (pinyin readings), built by
`agricrm.services.derived` when the file is next opened, never here.  This script is frozen
SQL; it imports nothing from AgriCRM, so it means the same whatever the code becomes.

Revision ID: 0002_customer_search
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_customer_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


CREATE_CUSTOMER_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS customer_search "
    "USING fts5(name, pinyin, phone, id_number, address, tokenize='trigram')"
)


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch_op:
        batch_op.add_column(
            sa.Column("name_pinyin", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.create_index(
            "ix_customers_list_by_name",
            ["name_pinyin", "name"],
            sqlite_where=sa.text("deleted = 0 AND archived_at IS NULL"),
            postgresql_where=sa.text("deleted = false AND archived_at IS NULL"),
        )
        batch_op.create_index(
            "ix_customers_officer_list_by_name",
            ["officer_id", "name_pinyin", "name"],
            sqlite_where=sa.text("deleted = 0 AND archived_at IS NULL"),
            postgresql_where=sa.text("deleted = false AND archived_at IS NULL"),
        )
        batch_op.create_index("ix_customers_village", ["village"])
    op.create_table(
        "customer_search_terms",
        sa.Column("term", sa.String(length=8), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_search_terms_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("term", "customer_id", name=op.f("pk_customer_search_terms")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_customer_search_terms_customer_id", "customer_search_terms", ["customer_id"]
    )
    op.execute(CREATE_CUSTOMER_FTS)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS customer_search")
    op.drop_table("customer_search_terms")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_index("ix_customers_village")
        batch_op.drop_index("ix_customers_officer_list_by_name")
        batch_op.drop_index("ix_customers_list_by_name")
        batch_op.drop_column("name_pinyin")
