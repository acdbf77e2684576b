"""Classes that go stale with time: the first day on which a customer's date-dependent classes
(activity, years of cooperation) can change, indexed so the customers whose day has come are
found without reading everyone; and why each class change happened.

The new column is derived data: left empty here and filled when `services.derived` rebuilds
the table of classes (its version moved with this revision).

Revision ID: 0012_class_timing
Revises: 0011_classes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_class_timing"
down_revision = "0011_classes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customer_classes", sa.Column("reclassify_on", sa.Date(), nullable=True))
    op.create_index(
        "ix_customer_classes_reclassify_on", "customer_classes", ["reclassify_on"], unique=False
    )
    op.add_column(
        "class_changes",
        sa.Column("reason", sa.String(length=20), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("class_changes") as batch_op:
        batch_op.drop_column("reason")
    op.drop_index("ix_customer_classes_reclassify_on", table_name="customer_classes")
    with op.batch_alter_table("customer_classes") as batch_op:
        batch_op.drop_column("reclassify_on")
