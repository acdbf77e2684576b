"""The relationship with the branch on the customer file: since when they cooperate, their
deposits (balance, average daily balance, the day they were read) and their card level.

Revision ID: 0010_relationship
Revises: 0009_households
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_relationship"
down_revision = "0009_households"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("cooperation_since", sa.Date()),
    ("deposit_balance", sa.BigInteger()),  # fen, as every amount
    ("deposit_average", sa.BigInteger()),
    ("deposits_read_on", sa.Date()),
    ("card_level", sa.String(length=20)),
)


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("customers", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch_op:
        for name, _kind in reversed(_COLUMNS):
            batch_op.drop_column(name)
