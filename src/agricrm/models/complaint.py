"""Complaints (投诉) and the full history of how each was handled."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agricrm.db.types import FixedDecimal, UtcDateTime, enum_column
from agricrm.domain.complaints import (
    ComplaintAction,
    ComplaintCause,
    ComplaintChannel,
    ComplaintSeverity,
    ComplaintStatus,
    ReplyMethod,
    Responsibility,
    Satisfaction,
)
from agricrm.models.base import Base, SyncMixin
from agricrm.models.customer import Customer
from agricrm.models.user import User

STATISTICS_COLUMNS = (
    "received_at",
    "status",
    "category",
    "cause",
    "responsibility",
    "severity",
    "channel",
    "satisfaction",
    "due_at",
    "replied_at",
    "closed_at",
    "reopen_count",
    "compensation",
    "officer_id",
    "customer_id",
    "deleted",
)


class Complaint(SyncMixin, Base):
    """A complaint as it stands now; `ComplaintEvent` keeps every step that led here.

    The complainant is a customer of the branch or an unregistered caller (name and phone),
    who can be linked to a customer file later; the caller's name and phone are then kept as
    they were given.  `category` is a code from the branch's configurable list.  `due_at` is
    the instant the answer becomes late (see `domain.complaints.compute_due_at`).
    """

    __tablename__ = "complaints"
    __table_args__ = (
        # Covering index for the statistics and the list's default order: a period is a
        # range of receipt times, and every column the figures need is in the index, so
        # 50,000 complaints are counted without reading their (long) texts.
        Index(
            "ix_complaints_statistics",
            *STATISTICS_COLUMNS,
            sqlite_where=text("deleted = 0"),
            postgresql_where=text("deleted = false"),
        ),
        Index("ix_complaints_status_due_at", "status", "due_at"),
        Index("ix_complaints_customer_id", "customer_id"),
        Index("ix_complaints_officer_id", "officer_id"),
        Index("ix_complaints_number", "number"),
        Index("ix_complaints_updated_at", "updated_at"),
    )

    number: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    caller_name: Mapped[str] = mapped_column(String(40), default="")
    caller_phone: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[ComplaintChannel] = mapped_column(enum_column(ComplaintChannel))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[ComplaintSeverity] = mapped_column(enum_column(ComplaintSeverity))
    description: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[ComplaintStatus] = mapped_column(
        enum_column(ComplaintStatus), default=ComplaintStatus.RECEIVED
    )
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    cause: Mapped[ComplaintCause | None] = mapped_column(enum_column(ComplaintCause))
    responsibility: Mapped[Responsibility | None] = mapped_column(enum_column(Responsibility))
    findings: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    compensation: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    reply_method: Mapped[ReplyMethod | None] = mapped_column(enum_column(ReplyMethod))
    replied_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    reply_content: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[Satisfaction | None] = mapped_column(enum_column(Satisfaction))
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    reopen_count: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer | None] = relationship()
    officer: Mapped[User] = relationship(foreign_keys=[officer_id])
    events: Mapped[list[ComplaintEvent]] = relationship(
        back_populates="complaint", order_by=lambda: [ComplaintEvent.happened_at, ComplaintEvent.id]
    )


class ComplaintEvent(SyncMixin, Base):
    """One step in a complaint's history: who did what, when, from which status to which,
    with the note and the data recorded at that step (columns a step does not use stay empty).
    Events are only ever added."""

    __tablename__ = "complaint_events"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    action: Mapped[ComplaintAction] = mapped_column(enum_column(ComplaintAction))
    from_status: Mapped[ComplaintStatus | None] = mapped_column(enum_column(ComplaintStatus))
    to_status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus))
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    happened_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    category: Mapped[str | None] = mapped_column(String(40))
    severity: Mapped[ComplaintSeverity | None] = mapped_column(enum_column(ComplaintSeverity))
    due_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    cause: Mapped[ComplaintCause | None] = mapped_column(enum_column(ComplaintCause))
    responsibility: Mapped[Responsibility | None] = mapped_column(enum_column(Responsibility))
    findings: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    compensation: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    reply_method: Mapped[ReplyMethod | None] = mapped_column(enum_column(ReplyMethod))
    replied_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    reply_content: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[Satisfaction | None] = mapped_column(enum_column(Satisfaction))

    complaint: Mapped[Complaint] = relationship(back_populates="events")
    actor: Mapped[User] = relationship(foreign_keys=[actor_id])
    officer: Mapped[User | None] = relationship(foreign_keys=[officer_id])
    customer: Mapped[Customer | None] = relationship()
