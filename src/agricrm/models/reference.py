"""Branch reference data: its villages and its settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from agricrm.db.types import UtcDateTime, utcnow
from agricrm.models.base import Base, SyncMixin


class Village(SyncMixin, Base):
    """A village the branch serves; customer addresses must name one of them."""

    __tablename__ = "villages"
    __table_args__ = (
        Index(
            "uq_villages_township_name",
            "township",
            "name",
            unique=True,
            sqlite_where=text("deleted = 0"),
            postgresql_where=text("deleted = false"),
        ),
    )

    township: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))


class AppSetting(Base):
    """A branch-wide setting as JSON (branch name, default region, later cadence rules)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
