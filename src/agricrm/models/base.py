"""The declarative base and the columns every synced entity carries."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from agricrm.db.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uuid() -> str:
    return str(uuid.uuid4())


class SyncMixin:
    """Identity and change tracking for records that travel between devices.

    `id` is the local key (compact, used by joins and the table models); `uuid` is the identity
    that survives export and import.  `row_version` is SQLAlchemy's optimistic-concurrency
    counter: an update whose version is stale fails instead of overwriting someone's work.
    `deleted` hides a record without losing it, so a deletion can travel in a sync package.
    `change_seq` orders changes on this device (see `agricrm.models.sync`): an export "since
    the last one" takes every row above the last exported number, whatever the laptop's clock.
    The write path (`agricrm.db.door`) fills `uuid`, the time stamps and `change_seq`; nothing
    else writes these columns.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    row_version: Mapped[int] = mapped_column(default=1)
    deleted: Mapped[bool] = mapped_column(default=False)
    change_seq: Mapped[int] = mapped_column(index=True)

    @declared_attr.directive
    @classmethod
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}
