"""What the visit services hand out: plain, immutable snapshots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from agricrm.domain.cadence import CadenceClass, DueReason
from agricrm.domain.care import CareKind, CareOccasion, Festival
from agricrm.domain.enums import Need
from agricrm.domain.visits import (
    FollowUpInput,
    Problem,
    ServiceOffered,
    VisitInput,
    VisitMode,
    VisitStatus,
    VisitType,
)


class VisitSort(StrEnum):
    NUMBER = "number"
    DATE = "date"
    CUSTOMER = "customer"
    TYPE = "type"
    STATUS = "status"
    MODE = "mode"
    VILLAGE = "village"
    OFFICER = "officer"
    SATISFACTION = "satisfaction"


@dataclass(frozen=True)
class VisitQuery:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    officer_id: int | None = None
    visit_type: VisitType | None = None
    status: VisitStatus | None = None
    township: str | None = None
    village: str | None = None
    customer_id: int | None = None
    customer_text: str = ""
    sort: VisitSort = VisitSort.DATE
    descending: bool = True


@dataclass(frozen=True)
class VisitRow:
    """One line of the visit list or of a customer's visit history."""

    id: int
    number: str
    visit_date: dt.date
    status: VisitStatus
    visit_type: VisitType
    mode: VisitMode
    customer_id: int
    customer_name: str
    township: str
    village: str
    officer_name: str
    purpose: str
    production_condition: str
    satisfaction: int | None
    next_visit_date: dt.date | None


@dataclass(frozen=True)
class FollowUpView:
    id: int
    description: str
    due_date: dt.date
    done_at: dt.datetime | None


@dataclass(frozen=True)
class AttachmentView:
    id: int
    uuid: str
    original_name: str
    media_type: str
    size_bytes: int
    sha256: str
    path: Path
    created_at: dt.datetime

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class VisitDetail:
    id: int
    uuid: str
    number: str  # the visit number people quote (ZF20261203-BFK-004)
    row_version: int
    customer_id: int
    customer_name: str
    officer_id: int
    officer_name: str
    status: VisitStatus
    visit_type: VisitType
    mode: VisitMode
    visit_date: dt.date
    planned_date: dt.date | None
    actual_at: dt.datetime | None
    township: str
    village: str
    attendees: str
    purpose: str
    production_condition: str
    problems: frozenset[Problem]
    needs: frozenset[Need]
    services_offered: frozenset[ServiceOffered]
    notes: str
    next_visit_date: dt.date | None
    satisfaction: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    follow_ups: tuple[FollowUpView, ...] = ()
    attachments: tuple[AttachmentView, ...] = field(default=())

    def to_input(self) -> VisitInput:
        local_time = None
        if self.actual_at is not None:
            local = self.actual_at.astimezone()
            local_time = local.time().replace(second=0, microsecond=0, tzinfo=None)
        return VisitInput(
            customer_id=self.customer_id,
            officer_id=self.officer_id,
            status=self.status,
            visit_type=self.visit_type,
            mode=self.mode,
            visit_date=self.visit_date,
            visit_time=local_time,
            township=self.township,
            village=self.village,
            attendees=self.attendees,
            purpose=self.purpose,
            production_condition=self.production_condition,
            problems=self.problems,
            needs=self.needs,
            services_offered=self.services_offered,
            notes=self.notes,
            next_visit_date=self.next_visit_date,
            satisfaction=self.satisfaction,
            follow_ups=[
                FollowUpInput(f.id, f.description, f.due_date, f.done_at is not None)
                for f in self.follow_ups
            ],
        )


@dataclass(frozen=True)
class CustomerBrief:
    """Enough of a customer to start a visit: where they live and who looks after them."""

    id: int
    name: str
    phone: str
    township: str
    village: str
    officer_id: int | None
    officer_name: str
    archived: bool


@dataclass(frozen=True)
class CareEventView:
    id: int
    customer_id: int
    kind: CareKind
    occasion: CareOccasion
    festival: Festival | None
    occasion_date: dt.date | None
    at: dt.datetime
    officer_name: str
    notes: str


# ---------------------------------------------------------------------------- Today view


@dataclass(frozen=True)
class PlannedVisitItem:
    visit_id: int
    customer_id: int
    customer_name: str
    phone: str
    village: str
    visit_type: VisitType
    purpose: str


@dataclass(frozen=True)
class OverdueItem:
    customer_id: int
    customer_name: str
    phone: str
    township: str
    village: str
    due_date: dt.date
    days_overdue: int
    reason: DueReason | None
    cadence_class: CadenceClass  # the service strategy's key
    priority: int  # the strategy's rank in the Today view, 1 first
    last_visit_date: dt.date | None


@dataclass(frozen=True)
class BirthdayItem:
    customer_id: int
    customer_name: str
    phone: str
    village: str
    date: dt.date  # the day it is kept this year
    lunar: bool
    age: int  # the age reached on that day
    greeted: bool


@dataclass(frozen=True)
class FestivalItem:
    festival: Festival
    date: dt.date
    days_ahead: int
    customers: int  # how many listed customers' strategies greet festivals


@dataclass(frozen=True)
class FollowUpItem:
    follow_up_id: int
    visit_id: int
    customer_id: int
    customer_name: str
    description: str
    due_date: dt.date
    days_overdue: int


@dataclass(frozen=True)
class TodayView:
    today: dt.date
    planned: tuple[PlannedVisitItem, ...]
    overdue: tuple[OverdueItem, ...]
    overdue_total: int
    birthdays: tuple[BirthdayItem, ...]
    festivals: tuple[FestivalItem, ...]
    follow_ups: tuple[FollowUpItem, ...]


# ---------------------------------------------------------------------------- village day list


@dataclass(frozen=True)
class DayListFollowUp:
    description: str
    due_date: dt.date


@dataclass(frozen=True)
class DayListEntry:
    customer_id: int
    customer_uuid: str
    customer_name: str
    phone: str
    address: str
    officer_name: str
    due_date: dt.date | None
    days_overdue: int | None  # None: due later, listed for a visit planned that day
    reason: DueReason | None
    last_visit_date: dt.date | None
    planned_visit_id: int | None
    follow_ups: tuple[DayListFollowUp, ...]


@dataclass(frozen=True)
class VillageDayList:
    """The customers of one village to see on one day: what an officer takes along."""

    township: str
    village: str
    day: dt.date
    branch_name: str
    entries: tuple[DayListEntry, ...]
