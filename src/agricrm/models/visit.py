"""Visits (走访), their follow-up actions, care events, attachments, and each customer's
computed schedule."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agricrm.db.types import CodeSet, UtcDateTime, enum_column
from agricrm.domain.cadence import CadenceClass, DueReason
from agricrm.domain.care import CareKind, CareOccasion, Festival
from agricrm.domain.enums import Need
from agricrm.domain.visits import Problem, ServiceOffered, VisitMode, VisitStatus, VisitType
from agricrm.models.base import Base, SyncMixin
from agricrm.models.customer import Customer
from agricrm.models.user import User

LIVE = "deleted = 0"
LIVE_PG = "deleted = false"


class Visit(SyncMixin, Base):
    """One visit, planned or recorded.

    `visit_date` is the day the visit is listed under: the day it took place, or the day it
    is planned for.  `planned_date` keeps the day it was planned for when it took place on
    another day; `actual_at` is the moment it took place, when the officer gave a time.
    """

    __tablename__ = "visits"
    __table_args__ = (
        Index(
            "ix_visits_by_date",
            "visit_date",
            "id",
            sqlite_where=text(LIVE),
            postgresql_where=text(LIVE_PG),
        ),
        Index("ix_visits_customer_date", "customer_id", "visit_date"),
        Index("ix_visits_officer_date", "officer_id", "visit_date"),
        Index("ix_visits_status_date", "status", "visit_date"),
        Index("ix_visits_updated_at", "updated_at"),
        Index("ix_visits_number", "number"),
    )

    # ZF20261203-BFK-004: given once by the door, see `agricrm.domain.record_numbers`
    number: Mapped[str] = mapped_column(String(24), default="")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[VisitStatus] = mapped_column(enum_column(VisitStatus))
    visit_type: Mapped[VisitType] = mapped_column(enum_column(VisitType))
    mode: Mapped[VisitMode] = mapped_column(enum_column(VisitMode))
    visit_date: Mapped[dt.date] = mapped_column(Date)
    planned_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    township: Mapped[str] = mapped_column(String(40), default="")
    village: Mapped[str] = mapped_column(String(40), default="")
    attendees: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(200), default="")
    production_condition: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[frozenset[Problem]] = mapped_column(CodeSet(Problem), default=frozenset)
    needs: Mapped[frozenset[Need]] = mapped_column(CodeSet(Need), default=frozenset)
    services_offered: Mapped[frozenset[ServiceOffered]] = mapped_column(
        CodeSet(ServiceOffered), default=frozenset
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    next_visit_date: Mapped[dt.date | None] = mapped_column(Date)
    satisfaction: Mapped[int | None]

    customer: Mapped[Customer] = relationship()
    officer: Mapped[User] = relationship()
    follow_ups: Mapped[list[FollowUpAction]] = relationship(
        back_populates="visit", order_by="FollowUpAction.id"
    )


class FollowUpAction(SyncMixin, Base):
    """Something promised on a visit, with the day it must be done by."""

    __tablename__ = "follow_up_actions"
    __table_args__ = (
        Index(
            "ix_follow_up_actions_open_due",
            "due_date",
            sqlite_where=text("deleted = 0 AND done_at IS NULL"),
            postgresql_where=text("deleted = false AND done_at IS NULL"),
        ),
    )

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[dt.date] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    visit: Mapped[Visit] = relationship(back_populates="follow_ups")


class CareEvent(SyncMixin, Base):
    """A greeting, a gift or help given to a customer (客户关怀)."""

    __tablename__ = "care_events"
    __table_args__ = (Index("ix_care_events_customer_occasion", "customer_id", "occasion_date"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[CareKind] = mapped_column(enum_column(CareKind))
    occasion: Mapped[CareOccasion] = mapped_column(enum_column(CareOccasion))
    festival: Mapped[Festival | None] = mapped_column(enum_column(Festival))
    occasion_date: Mapped[dt.date | None] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")

    officer: Mapped[User] = relationship()


class Attachment(SyncMixin, Base):
    """A photo or scanned document kept with a customer's file or a visit.

    The bytes live beside the database in a managed folder, named by their SHA-256, so the
    same photo attached twice is stored once and a file is never silently replaced.
    """

    __tablename__ = "attachments"

    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), index=True)
    original_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    stored_path: Mapped[str] = mapped_column(String(200))
    added_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class CustomerSchedule(Base):
    """Computed, local, never synced: each customer's next due visit and birthday code.

    Only customers in the list have a row (archived and deleted files have none), and the
    officer is copied here, so "how many are overdue" is counted from one index.

    Kept in step by the services whenever a customer, their loans or visits change, and
    rebuilt whole when the cadence rules change (like the search index, it can always be
    rebuilt from the synced tables).
    """

    __tablename__ = "customer_schedule"
    __table_args__ = (
        Index("ix_customer_schedule_due", "due_date"),
        Index("ix_customer_schedule_officer_due", "officer_id", "due_date"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    due_reason: Mapped[DueReason | None] = mapped_column(enum_column(DueReason))
    cadence_class: Mapped[CadenceClass] = mapped_column(enum_column(CadenceClass))
    last_visit_date: Mapped[dt.date | None] = mapped_column(Date)
    birthday_code: Mapped[str | None] = mapped_column(String(5), index=True)
