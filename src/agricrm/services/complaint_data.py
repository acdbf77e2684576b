"""What the complaint services hand out: plain, immutable snapshots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from agricrm.domain.complaints import (
    ComplaintAction,
    ComplaintCause,
    ComplaintChannel,
    ComplaintInput,
    ComplaintSeverity,
    ComplaintStatus,
    ReplyMethod,
    Responsibility,
    Satisfaction,
    allowed_actions,
)


class ComplaintSort(StrEnum):
    NUMBER = "number"
    RECEIVED_AT = "received_at"
    COMPLAINANT = "complainant"
    CATEGORY = "category"
    SEVERITY = "severity"
    CHANNEL = "channel"
    STATUS = "status"
    OFFICER = "officer"
    DUE_AT = "due_at"
    CLOSED_AT = "closed_at"


class DeadlineFilter(StrEnum):
    ANY = "any"
    OVERDUE = "overdue"  # still unanswered and past the deadline
    NEAR_DUE = "near_due"  # unanswered, deadline within the warning days
    ANSWERED_LATE = "answered_late"


@dataclass(frozen=True)
class ComplaintQuery:
    """A search of the complaint list: filters, free text and the order wanted."""

    text: str = ""
    statuses: frozenset[ComplaintStatus] = frozenset()  # empty: every status
    category: str | None = None
    severity: ComplaintSeverity | None = None
    deadline: DeadlineFilter = DeadlineFilter.ANY
    officer_id: int | None = None
    customer_id: int | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    sort: ComplaintSort = ComplaintSort.RECEIVED_AT
    descending: bool = True


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaint list."""

    id: int
    number: str
    received_at: dt.datetime
    complainant: str
    phone: str
    customer_id: int | None
    category: str
    severity: ComplaintSeverity
    channel: ComplaintChannel
    status: ComplaintStatus
    officer_name: str
    due_at: dt.datetime
    replied_at: dt.datetime | None
    closed_at: dt.datetime | None
    overdue: bool


@dataclass(frozen=True)
class ComplaintEventView:
    id: int
    action: ComplaintAction
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus
    actor_name: str
    happened_at: dt.datetime
    note: str
    officer_name: str = ""
    customer_name: str = ""
    category: str | None = None
    severity: ComplaintSeverity | None = None
    due_at: dt.datetime | None = None
    cause: ComplaintCause | None = None
    responsibility: Responsibility | None = None
    findings: str = ""
    measures: str = ""
    compensation: Decimal | None = None
    reply_method: ReplyMethod | None = None
    replied_at: dt.datetime | None = None
    reply_content: str = ""
    satisfaction: Satisfaction | None = None


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    uuid: str
    row_version: int
    number: str
    customer_id: int | None
    customer_name: str
    customer_phone: str
    customer_address: str
    caller_name: str
    caller_phone: str
    channel: ComplaintChannel
    category: str
    severity: ComplaintSeverity
    description: str
    received_at: dt.datetime
    due_at: dt.datetime
    status: ComplaintStatus
    officer_id: int
    officer_name: str
    cause: ComplaintCause | None
    responsibility: Responsibility | None
    findings: str
    measures: str
    compensation: Decimal | None
    reply_method: ReplyMethod | None
    replied_at: dt.datetime | None
    reply_content: str
    satisfaction: Satisfaction | None
    closed_at: dt.datetime | None
    reopened_at: dt.datetime | None
    reopen_count: int
    created_at: dt.datetime
    updated_at: dt.datetime
    overdue: bool
    may_act: bool
    events: tuple[ComplaintEventView, ...] = ()

    @property
    def complainant(self) -> str:
        return self.customer_name or self.caller_name

    @property
    def phone(self) -> str:
        return self.customer_phone or self.caller_phone

    @property
    def allowed_actions(self) -> tuple[ComplaintAction, ...]:
        return allowed_actions(self.status) if self.may_act else ()

    def to_input(self) -> ComplaintInput:
        return ComplaintInput(
            customer_id=self.customer_id,
            caller_name=self.caller_name,
            caller_phone=self.caller_phone,
            channel=self.channel,
            category=self.category,
            severity=self.severity,
            description=self.description,
            received_at=self.received_at,
            officer_id=self.officer_id,
        )


@dataclass(frozen=True)
class ComplaintAttention:
    """An unanswered complaint whose deadline passed or is near (for the Today view)."""

    id: int
    number: str
    complainant: str
    category: str
    severity: ComplaintSeverity
    status: ComplaintStatus
    officer_id: int
    officer_name: str
    due_at: dt.datetime
    due_day: dt.date
    days_left: int  # 0: due today; negative: days overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0
