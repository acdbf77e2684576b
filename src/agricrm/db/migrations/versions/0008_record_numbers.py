"""Readable record numbers for customers (KH-BFK-00123) and visits (ZF20261203-BFK-004).

Records that exist already get a number derived from their uuid (KH-7F3Q-K2M9X,
ZF20260702-7F3QK2), so every device upgrading gives the same record the same number without
talking to the others.  The derivation is a frozen copy of
`agricrm.domain.record_numbers.derived_*` (a test keeps them equal); new records are numbered
by the door from the device's series.

Revision ID: 0008_record_numbers
Revises: 0007_history_versions
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0008_record_numbers"
down_revision = "0007_history_versions"
branch_labels = None
depends_on = None

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BATCH = 5000


def _base32(uuid: str, length: int) -> str:
    value = int.from_bytes(hashlib.sha1(uuid.encode("utf-8")).digest()[:8], "big")
    return "".join(_CROCKFORD[(value >> (59 - 5 * i)) & 31] for i in range(length))


def _customer_number(uuid: str, _created_at: object) -> str:
    code = _base32(uuid, 9)
    return f"KH-{code[:4]}-{code[4:]}"


def _visit_number(uuid: str, created_at: object) -> str:
    day = str(created_at)[:10].replace("-", "")  # the UTC day, as stored text or a datetime
    return f"ZF{day}-{_base32(uuid, 6)}"


def _number(table: str, number: Callable[[str, object], str]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, uuid, created_at FROM {table}")).all()
    update = sa.text(f"UPDATE {table} SET number = :number WHERE id = :id")
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        bind.execute(update, [{"id": i, "number": number(u, c)} for i, u, c in batch])


def upgrade() -> None:
    for table, number in (("customers", _customer_number), ("visits", _visit_number)):
        op.add_column(
            table, sa.Column("number", sa.String(length=24), nullable=False, server_default="")
        )
        _number(table, number)
        op.create_index(f"ix_{table}_number", table, ["number"], unique=False)


def downgrade() -> None:
    for table in ("customers", "visits"):
        op.drop_index(f"ix_{table}_number", table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("number")
