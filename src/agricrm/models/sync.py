"""Local bookkeeping of file-based sync (none of these tables travel in a package).

`sync_counter` numbers every change to a synced row (`SyncMixin.change_seq`), assigned by the
write path (`agricrm.db.door`), so "everything since the last export" never depends on the
laptop's clock.  `sync_history` remembers the versions a record went through, as far as this
device knows them: a package row carries its own lineage, and comparing lineages tells a
fast-forward from a stale copy from a real conflict (both sides changed since their common
version).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agricrm.db.types import UtcDateTime, utcnow
from agricrm.models.base import Base, SyncMixin


class SyncCounter(Base):
    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


class SyncState(Base):
    """This device's identity and export position (device id, package number, watermark)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncPeer(Base):
    """Another device whose packages were imported here, and the last package applied."""

    __tablename__ = "sync_peers"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_name: Mapped[str] = mapped_column(String(80), default="")
    last_seq: Mapped[int] = mapped_column(default=0)
    last_imported_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class SyncHistory(Base):
    """A version of a record this device knows (`exchange.lineage`), in the order it learnt
    them: `content_hash` is the version's content for a version it held (exported, or took
    from a package), empty for one it only heard of in a package row's lineage."""

    __tablename__ = "sync_history"
    __table_args__ = (Index("ix_sync_history_record", "entity", "record_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    content_hash: Mapped[str] = mapped_column(String(16))
    version: Mapped[str] = mapped_column(String(16), server_default="")


class SyncImport(Base):
    """Every package applied here: which, when, by whom, what it changed."""

    __tablename__ = "sync_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    package_seq: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(260))
    checksum: Mapped[str] = mapped_column(String(64))
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    summary_json: Mapped[str] = mapped_column(Text, default="{}")


class SyncConflict(Base):
    """A record changed on both sides since their common version, waiting for a person."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20), default="changed_on_both_sides")
    local_json: Mapped[str] = mapped_column(Text)
    incoming_json: Mapped[str] = mapped_column(Text)
    incoming_history: Mapped[str] = mapped_column(Text, default="")
    device_id: Mapped[str] = mapped_column(String(36))
    package_seq: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class SyncAlias(Base):
    """A record another device knows under another number (the same person registered twice):
    its rows are applied to ours."""

    __tablename__ = "sync_aliases"
    __table_args__ = (Index("ix_sync_aliases_foreign", "entity", "foreign_uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    foreign_uuid: Mapped[str] = mapped_column(String(36))
    local_uuid: Mapped[str] = mapped_column(String(36))


class ConflictResolution(SyncMixin, Base):
    """Who chose what, when: kept forever and carried in the next export."""

    __tablename__ = "conflict_resolutions"

    entity: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    choices_json: Mapped[str] = mapped_column(Text)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_by_name: Mapped[str] = mapped_column(String(40), default="")
    resolved_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
