"""Visits (走访): their closed vocabularies, the input a form or workbook gives, and its rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from agricrm.domain.enums import Need
from agricrm.domain.errors import FieldError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP

TEXT_MAX = 2000
SHORT_MAX = 200
LOCATION_MAX = 40
FOLLOW_UP_MAX = 200
SATISFACTION_RANGE = (1, 5)


class VisitStatus(LabeledEnum):
    PLANNED = "planned", QT_TRANSLATE_NOOP("VisitStatus", "Planned")
    DONE = "done", QT_TRANSLATE_NOOP("VisitStatus", "Done")
    MISSED = "missed", QT_TRANSLATE_NOOP("VisitStatus", "Missed")
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP("VisitStatus", "Cancelled")


class VisitType(LabeledEnum):
    PRE_LOAN = "pre_loan", QT_TRANSLATE_NOOP("VisitType", "Pre-loan investigation")
    POST_LOAN = "post_loan", QT_TRANSLATE_NOOP("VisitType", "Post-loan check")
    RETURN = "return", QT_TRANSLATE_NOOP("VisitType", "Return visit")
    CARE = "care", QT_TRANSLATE_NOOP("VisitType", "Customer care")
    NEEDS_SURVEY = "needs_survey", QT_TRANSLATE_NOOP("VisitType", "Needs survey")
    COLLECTION = "collection", QT_TRANSLATE_NOOP("VisitType", "Collection")


class VisitMode(LabeledEnum):
    ON_SITE = "on_site", QT_TRANSLATE_NOOP("VisitMode", "On site")
    AT_BRANCH = "at_branch", QT_TRANSLATE_NOOP("VisitMode", "At the branch")
    BY_PHONE = "by_phone", QT_TRANSLATE_NOOP("VisitMode", "By phone")


class Problem(LabeledEnum):
    """Problems the customer met, as found on a visit."""

    FUNDING_SHORTAGE = "funding_shortage", QT_TRANSLATE_NOOP("Problem", "Funding shortage")
    TECHNOLOGY = "technology", QT_TRANSLATE_NOOP("Problem", "Technology")
    MARKET_ACCESS = "market_access", QT_TRANSLATE_NOOP("Problem", "Market access")
    DISASTER = "disaster", QT_TRANSLATE_NOOP("Problem", "Natural disaster")
    FAMILY = "family", QT_TRANSLATE_NOOP("Problem", "Family difficulties")


class ServiceOffered(LabeledEnum):
    LOAN = "loan", QT_TRANSLATE_NOOP("ServiceOffered", "Loan")
    TRAINING = "training", QT_TRANSLATE_NOOP("ServiceOffered", "Training")
    MARKET_INFO = "market_info", QT_TRANSLATE_NOOP("ServiceOffered", "Market information")
    INSURANCE = "insurance", QT_TRANSLATE_NOOP("ServiceOffered", "Insurance")


CLOSED_STATUSES = (VisitStatus.DONE, VisitStatus.MISSED, VisitStatus.CANCELLED)

REQUIRED = QT_TRANSLATE_NOOP("VisitRules", "This field is required.")
DONE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "VisitRules", "A visit that is done cannot be dated in the future; plan it instead."
)
PLANNED_IN_PAST = QT_TRANSLATE_NOOP(
    "VisitRules", "A planned visit cannot be dated before today; record it as done or missed."
)
NEXT_BEFORE_VISIT = QT_TRANSLATE_NOOP(
    "VisitRules", "The next visit date cannot be before the visit ({date})."
)
SATISFACTION_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "VisitRules", "The satisfaction is a score from {low} to {high}."
)
TOO_LONG = QT_TRANSLATE_NOOP("VisitRules", "At most {max} characters.")
TOO_EARLY = QT_TRANSLATE_NOOP("VisitRules", "The date cannot be before 2000.")
TIME_ONLY_WHEN_DONE = QT_TRANSLATE_NOOP(
    "VisitRules", "Only a visit that took place has a time of day."
)
FOLLOW_UP_DUE_BEFORE_VISIT = QT_TRANSLATE_NOOP(
    "VisitRules", "A follow-up action cannot be due before the visit ({date})."
)
EARLIEST = dt.date(2000, 1, 1)


@dataclass
class FollowUpInput:
    id: int | None = None
    description: str = ""
    due_date: dt.date | None = None
    done: bool = False


@dataclass
class VisitInput:
    """A visit as entered.  `visit_date` is the day it took place (or is planned for);
    `visit_time` is the local time of day, known only for visits that took place."""

    customer_id: int | None = None
    officer_id: int | None = None
    status: VisitStatus = VisitStatus.DONE
    visit_type: VisitType = VisitType.RETURN
    mode: VisitMode = VisitMode.ON_SITE
    visit_date: dt.date | None = None
    visit_time: dt.time | None = None
    township: str = ""
    village: str = ""
    attendees: str = ""
    purpose: str = ""
    production_condition: str = ""
    problems: frozenset[Problem] = frozenset()
    needs: frozenset[Need] = frozenset()
    services_offered: frozenset[ServiceOffered] = frozenset()
    notes: str = ""
    next_visit_date: dt.date | None = None
    satisfaction: int | None = None
    follow_ups: list[FollowUpInput] = field(default_factory=list)


def _length(errors: list[FieldError], name: str, value: str, maximum: int) -> None:
    if len(value) > maximum:
        errors.append(FieldError(name, TOO_LONG(max=maximum)))


def normalize_and_check(
    data: VisitInput, now: dt.datetime, *, is_new: bool = True
) -> tuple[VisitInput, list[FieldError]]:
    """The input as it will be stored (`normalized`) and what is wrong with it (`check`)."""
    clean = normalized(data)
    return clean, check(clean, now, is_new=is_new)


def normalized(data: VisitInput) -> VisitInput:
    """Codes as members, whitespace folded."""
    return dataclasses.replace(
        data,
        # codes from a widget or a workbook arrive as plain strings: make them members again
        status=VisitStatus(data.status),
        visit_type=VisitType(data.visit_type),
        mode=VisitMode(data.mode),
        problems=frozenset(Problem(code) for code in data.problems),
        needs=frozenset(Need(code) for code in data.needs),
        services_offered=frozenset(ServiceOffered(code) for code in data.services_offered),
        township=" ".join(data.township.split()),
        village=" ".join(data.village.split()),
        attendees=" ".join(data.attendees.split()),
        purpose=data.purpose.strip(),
        production_condition=data.production_condition.strip(),
        notes=data.notes.strip(),
        follow_ups=[
            dataclasses.replace(item, description=" ".join(item.description.split()))
            for item in data.follow_ups
        ],
    )


def check(data: VisitInput, now: dt.datetime, *, is_new: bool = True) -> list[FieldError]:
    """Every rule that needs no database, on the values as they will be stored.  A sync
    import checks its typed rows directly: building a cleaned copy of 300,000 visits only to
    throw it away cost more than the rules.

    `now` is the local wall-clock time (naive), which decides what "the future" is.  A planned
    visit may lie in the future; one that took place may not.  Editing an existing planned
    visit whose day has passed is allowed (only a new plan must not start in the past).
    """
    errors: list[FieldError] = []
    today = now.date()
    if data.customer_id is None:
        errors.append(FieldError("customer_id", REQUIRED))
    day = data.visit_date
    if day is None:
        errors.append(FieldError("visit_date", REQUIRED))
    elif day < EARLIEST:
        errors.append(FieldError("visit_date", TOO_EARLY))
    elif data.status == VisitStatus.DONE:
        late = day > today or (
            day == today
            and data.visit_time is not None
            and dt.datetime.combine(day, data.visit_time) > now + dt.timedelta(minutes=5)
        )
        if late:
            errors.append(FieldError("visit_date", DONE_IN_FUTURE))
    elif data.status == VisitStatus.PLANNED and is_new and day < today:
        errors.append(FieldError("visit_date", PLANNED_IN_PAST))
    if data.visit_time is not None and data.status != VisitStatus.DONE:
        errors.append(FieldError("visit_time", TIME_ONLY_WHEN_DONE))
    if data.next_visit_date is not None and day is not None and data.next_visit_date < day:
        errors.append(FieldError("next_visit_date", NEXT_BEFORE_VISIT(date=day.isoformat())))
    low, high = SATISFACTION_RANGE
    if data.satisfaction is not None and not low <= data.satisfaction <= high:
        errors.append(FieldError("satisfaction", SATISFACTION_OUT_OF_RANGE(low=low, high=high)))
    _length(errors, "township", data.township, LOCATION_MAX)
    _length(errors, "village", data.village, LOCATION_MAX)
    _length(errors, "attendees", data.attendees, SHORT_MAX)
    _length(errors, "purpose", data.purpose, SHORT_MAX)
    _length(errors, "production_condition", data.production_condition, TEXT_MAX)
    _length(errors, "notes", data.notes, TEXT_MAX)
    for index, item in enumerate(data.follow_ups):
        prefix = f"follow_ups[{index}]."
        if not item.description.strip():
            errors.append(FieldError(prefix + "description", REQUIRED))
        _length(errors, prefix + "description", item.description, FOLLOW_UP_MAX)
        if item.due_date is None:
            errors.append(FieldError(prefix + "due_date", REQUIRED))
        elif day is not None and item.due_date < day:
            errors.append(
                FieldError(prefix + "due_date", FOLLOW_UP_DUE_BEFORE_VISIT(date=day.isoformat()))
            )
    return errors
