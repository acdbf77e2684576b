"""Local bookkeeping of derived data (like `sync_state`, it never travels in a package).

The search index and the schedule are computed from the records by code that changes between
releases (pinyin readings, cadence rules).  Each row here says which kind of derived data this
file holds and which version of its code built it; `agricrm.services.derived` rebuilds a kind
whose stamp is missing or names another version.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from agricrm.db.types import UtcDateTime
from agricrm.models.base import Base


class DerivedState(Base):
    __tablename__ = "derived_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int]
    built_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
