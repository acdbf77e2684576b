"""Cadence (走访频率): how often each customer must be visited, as data, and the due date.

How often is the customer's **service strategy** (服务策略), part of the classification rules
(`ClassificationRules.strategy`): their segment's visit interval (quality monthly, potential
every two months, ordinary quarterly by default), or, for a dormant customer, one
reactivation visit.  The loan-related visits and the reminder windows are the branch's visit
rules (`CadenceRules`, edited in settings).  A customer's next due visit is the earliest of:

* the regular visit: the segment's interval after the last visit that took place (or after
  the file was opened, for a customer never visited); for a dormant customer, the
  reactivation visit, due `reactivation_days` after the day they became dormant (the day
  after their last contact plus the activity months; the day the file was opened for a
  customer never in contact, whose first visit it is);
* the next visit date the officer wrote on that last visit, when it is earlier;
* a post-loan check within N days of the start of each outstanding loan granted while the
  customer was on file, until a post-loan check dated on or after the start took place;
* a visit within N days of an outstanding loan turning overdue (the day after its due date),
  until any visit on or after that day took place.

None of these depend on today's date, so a stored due date stays right until the customer's
visits, loans, file or classes change, or the rules do.  (A dormant customer's due date is
fixed by the day their dormancy began, not by the day it was noticed.)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from agricrm.domain.classification.rules import ClassificationRules
from agricrm.domain.enums import CustomerStatus
from agricrm.domain.errors import FieldError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP

DAYS_RANGE = (1, 365)

DAYS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "CadenceRules", "Enter a number of days from {low} to {high}."
)


class CadenceClass(LabeledEnum):
    """The service strategy a customer's visits follow: the keys of the classification rules'
    ``strategy`` section (a dormant customer's reactivation first, else their segment's)."""

    QUALITY = "quality", QT_TRANSLATE_NOOP("CadenceClass", "Quality customer")
    POTENTIAL = "potential", QT_TRANSLATE_NOOP("CadenceClass", "Potential customer")
    ORDINARY = "ordinary", QT_TRANSLATE_NOOP("CadenceClass", "Ordinary customer")
    DORMANT = "dormant", QT_TRANSLATE_NOOP("CadenceClass", "Dormant customer")


def cadence_class_of(segment: str | None, activity: str | None) -> CadenceClass:
    """The strategy of a customer with these stored class codes (``customer_classes``): the
    reactivation of a dormant customer first, else the segment's; ordinary while the customer
    has no classes yet (as `classify.strategy_for` decides for computed classes)."""
    if activity == "dormant":
        return CadenceClass.DORMANT
    try:
        return CadenceClass(segment)
    except ValueError:
        return CadenceClass.ORDINARY


class DueReason(LabeledEnum):
    FIRST_VISIT = "first_visit", QT_TRANSLATE_NOOP("DueReason", "First visit")
    CADENCE = "cadence", QT_TRANSLATE_NOOP("DueReason", "Regular visit")
    NEXT_VISIT = "next_visit", QT_TRANSLATE_NOOP("DueReason", "Next visit as planned")
    POST_LOAN = "post_loan", QT_TRANSLATE_NOOP("DueReason", "Post-loan check")
    OVERDUE_LOAN = "overdue_loan", QT_TRANSLATE_NOOP("DueReason", "Overdue loan")
    REACTIVATION = "reactivation", QT_TRANSLATE_NOOP("DueReason", "Reactivation visit")


@dataclass(frozen=True)
class CadenceRules:
    """The branch's visit rules besides the strategy's cadence.  Settings stored by earlier
    releases also hold ``vip_tag`` and the VIP/borrower/other months: `from_json` reads only
    the fields below, so those are ignored (the cadence is the segments' strategy now)."""

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


_DAY_FIELDS = (
    "post_loan_days",
    "overdue_loan_days",
    "birthday_days_ahead",
    "festival_days_ahead",
    "follow_up_days_ahead",
)


def check_rules(rules: CadenceRules) -> list[FieldError]:
    errors = []
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
    opened_on: dt.date
    cadence_class: CadenceClass = CadenceClass.ORDINARY
    # the last visit, care, loan or product change (what the activity class reads); only
    # a dormant customer's due date needs it
    last_contact: dt.date | None = None
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


def dormant_from(last_contact: dt.date, months: int) -> dt.date:
    """The first day a customer whose last contact was `last_contact` counts as dormant: the
    first day whose date `months` months earlier is after that contact (the classification's
    activity rule, "a contact within N months", read backwards; month ends make it a day or
    three later than `last_contact` plus the months)."""
    day = add_months(last_contact, months) + dt.timedelta(days=1)
    while add_months(day, -months) <= last_contact:
        day += dt.timedelta(days=1)
    return day


def _regular_visit(
    facts: CustomerFacts, classification: ClassificationRules
) -> tuple[dt.date, DueReason]:
    strategy = classification.strategy[facts.cadence_class.value]
    if facts.cadence_class is CadenceClass.DORMANT:
        days = dt.timedelta(days=strategy.reactivation_days or 0)  # checked: never None here
        if facts.last_contact is None:  # never in contact: dormant since the file was opened
            return facts.opened_on + days, DueReason.FIRST_VISIT
        since = dormant_from(facts.last_contact, classification.activity.months)
        return since + days, DueReason.REACTIVATION
    months = strategy.visit_months or 0  # checked: never None but for dormant customers
    if facts.last_visit is None:
        return add_months(facts.opened_on, months), DueReason.FIRST_VISIT
    return add_months(facts.last_visit, months), DueReason.CADENCE


def visit_due(
    facts: CustomerFacts, rules: CadenceRules, classification: ClassificationRules
) -> Due | None:
    """The customer's next due visit, or None for a customer who needs none (cooperation
    ended and nothing outstanding).  `classification` gives the strategy's cadence."""
    candidates: list[tuple[dt.date, DueReason]] = []
    if facts.status is not CustomerStatus.ENDED:
        candidates.append(_regular_visit(facts, classification))
        if facts.last_visit is not None and facts.next_visit is not None:
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
    return Due(date, reason, facts.cadence_class)


def days_overdue(due: dt.date, today: dt.date) -> int:
    return (today - due).days
