"""Cadence (走访频率): how often each customer must be visited, as data, and the due date.

The rules are the branch's, edited in settings; this module only applies them.  A customer's
next due visit is the earliest of:

* their class's interval after the last visit that took place (or after the file was opened,
  for a customer never visited): VIP monthly, active borrowers quarterly, others half-yearly;
* the next visit date the officer wrote on that last visit, when it is earlier;
* a post-loan check within N days of the start of each outstanding loan granted while the
  customer was on file, until a post-loan check dated on or after the start took place;
* a visit within N days of an outstanding loan turning overdue (the day after its due date),
  until any visit on or after that day took place.

None of these depend on today's date, so a stored due date stays right until the customer's
visits, loans or file change, or the rules do.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from agricrm.domain.enums import CustomerStatus
from agricrm.domain.errors import FieldError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP

MONTHS_RANGE = (1, 60)
DAYS_RANGE = (1, 365)

MONTHS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "CadenceRules", "Enter a number of months from {low} to {high}."
)
DAYS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "CadenceRules", "Enter a number of days from {low} to {high}."
)
TAG_REQUIRED = QT_TRANSLATE_NOOP("CadenceRules", "Enter the tag that marks a VIP customer.")


class CadenceClass(LabeledEnum):
    VIP = "vip", QT_TRANSLATE_NOOP("CadenceClass", "VIP customer")
    BORROWER = "borrower", QT_TRANSLATE_NOOP("CadenceClass", "Active borrower")
    OTHER = "other", QT_TRANSLATE_NOOP("CadenceClass", "Other customer")


class DueReason(LabeledEnum):
    FIRST_VISIT = "first_visit", QT_TRANSLATE_NOOP("DueReason", "First visit")
    CADENCE = "cadence", QT_TRANSLATE_NOOP("DueReason", "Regular visit")
    NEXT_VISIT = "next_visit", QT_TRANSLATE_NOOP("DueReason", "Next visit as planned")
    POST_LOAN = "post_loan", QT_TRANSLATE_NOOP("DueReason", "Post-loan check")
    OVERDUE_LOAN = "overdue_loan", QT_TRANSLATE_NOOP("DueReason", "Overdue loan")


@dataclass(frozen=True)
class CadenceRules:
    vip_tag: str = "VIP"
    vip_months: int = 1
    borrower_months: int = 3
    other_months: int = 6
    post_loan_days: int = 30
    overdue_loan_days: int = 7
    # care reminders shown on the Today view
    birthday_days_ahead: int = 7
    festival_days_ahead: int = 14
    follow_up_days_ahead: int = 3
    # festival codes (agricrm.domain.care.Festival) reminded of
    festivals: tuple[str, ...] = (
        "spring_festival",
        "lantern",
        "dragon_boat",
        "mid_autumn",
        "double_ninth",
    )

    def months_for(self, cadence_class: CadenceClass) -> int:
        return {
            CadenceClass.VIP: self.vip_months,
            CadenceClass.BORROWER: self.borrower_months,
            CadenceClass.OTHER: self.other_months,
        }[cadence_class]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, stored: Mapping[str, Any] | None) -> CadenceRules:
        """Stored values over the defaults; a value of the wrong type keeps the default."""
        defaults = cls()
        values: dict[str, Any] = {}
        for name, default in asdict(defaults).items():
            value = (stored or {}).get(name, default)
            if isinstance(default, tuple) and isinstance(value, list):
                value = tuple(str(item) for item in value)
            values[name] = value if isinstance(value, type(default)) else default
        return cls(**values)


_MONTH_FIELDS = ("vip_months", "borrower_months", "other_months")
_DAY_FIELDS = (
    "post_loan_days",
    "overdue_loan_days",
    "birthday_days_ahead",
    "festival_days_ahead",
    "follow_up_days_ahead",
)


def check_rules(rules: CadenceRules) -> list[FieldError]:
    errors = []
    if not rules.vip_tag.strip() or "," in rules.vip_tag:
        errors.append(FieldError("vip_tag", TAG_REQUIRED))
    for name in _MONTH_FIELDS:
        if not MONTHS_RANGE[0] <= getattr(rules, name) <= MONTHS_RANGE[1]:
            errors.append(FieldError(name, MONTHS_OUT_OF_RANGE(low=MONTHS_RANGE[0], high=60)))
    for name in _DAY_FIELDS:
        if not DAYS_RANGE[0] <= getattr(rules, name) <= DAYS_RANGE[1]:
            errors.append(FieldError(name, DAYS_OUT_OF_RANGE(low=DAYS_RANGE[0], high=365)))
    return errors


@dataclass(frozen=True)
class LoanFacts:
    start_date: dt.date
    due_date: dt.date


@dataclass(frozen=True)
class CustomerFacts:
    """What the cadence needs to know about one customer (outstanding loans only)."""

    status: CustomerStatus
    tags: tuple[str, ...]
    opened_on: dt.date
    last_visit: dt.date | None = None
    last_post_loan_visit: dt.date | None = None
    next_visit: dt.date | None = None
    loans: tuple[LoanFacts, ...] = ()


@dataclass(frozen=True)
class Due:
    date: dt.date
    reason: DueReason
    cadence_class: CadenceClass


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, kept at the month's end when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cadence_class(facts: CustomerFacts, rules: CadenceRules) -> CadenceClass:
    if rules.vip_tag in facts.tags:
        return CadenceClass.VIP
    if facts.status is CustomerStatus.ACTIVE and facts.loans:
        return CadenceClass.BORROWER
    return CadenceClass.OTHER


def visit_due(facts: CustomerFacts, rules: CadenceRules) -> Due | None:
    """The customer's next due visit, or None for a customer who needs none (cooperation
    ended and nothing outstanding)."""
    klass = cadence_class(facts, rules)
    candidates: list[tuple[dt.date, DueReason]] = []
    if facts.status is not CustomerStatus.ENDED:
        if facts.last_visit is None:
            candidates.append(
                (add_months(facts.opened_on, rules.months_for(klass)), DueReason.FIRST_VISIT)
            )
        else:
            candidates.append(
                (add_months(facts.last_visit, rules.months_for(klass)), DueReason.CADENCE)
            )
            if facts.next_visit is not None:
                candidates.append((facts.next_visit, DueReason.NEXT_VISIT))
    for loan in facts.loans:
        checked = facts.last_post_loan_visit is not None and facts.last_post_loan_visit >= (
            loan.start_date
        )
        if not checked and loan.start_date >= facts.opened_on:
            candidates.append(
                (loan.start_date + dt.timedelta(days=rules.post_loan_days), DueReason.POST_LOAN)
            )
        turned_overdue = loan.due_date + dt.timedelta(days=1)
        visited = facts.last_visit is not None and facts.last_visit >= turned_overdue
        if not visited:
            candidates.append(
                (
                    turned_overdue + dt.timedelta(days=rules.overdue_loan_days),
                    DueReason.OVERDUE_LOAN,
                )
            )
    if not candidates:
        return None
    date, reason = min(candidates, key=lambda candidate: candidate[0])
    return Due(date, reason, klass)


def days_overdue(due: dt.date, today: dt.date) -> int:
    return (today - due).days
