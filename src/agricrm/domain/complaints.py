"""Complaint handling (投诉处理): vocabularies, the workflow, deadlines and input rules.

A complaint moves received → investigating → resolving → replied → closed; a replied or closed
complaint can be reopened, which sends it back to investigating with a fresh deadline.  Each
step carries the data it records: the investigation its cause and responsibility, the
resolution and reply the measures, compensation and how and when the customer was told, the
closing the customer's satisfaction.  Everything here is plain Python so the rules can be
tested without a database or a screen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from agricrm.domain import phone as phones
from agricrm.domain.errors import FieldError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

# ----------------------------------------------------------------------------- vocabularies


class ComplaintStatus(LabeledEnum):
    RECEIVED = "received", QT_TRANSLATE_NOOP("ComplaintStatus", "Received")
    INVESTIGATING = "investigating", QT_TRANSLATE_NOOP("ComplaintStatus", "Investigating")
    RESOLVING = "resolving", QT_TRANSLATE_NOOP("ComplaintStatus", "Resolving")
    REPLIED = "replied", QT_TRANSLATE_NOOP("ComplaintStatus", "Replied")
    CLOSED = "closed", QT_TRANSLATE_NOOP("ComplaintStatus", "Closed")


OPEN_STATUSES = (
    ComplaintStatus.RECEIVED,
    ComplaintStatus.INVESTIGATING,
    ComplaintStatus.RESOLVING,
)
"""Statuses in which the customer is still waiting for an answer: the deadline runs."""


class ComplaintChannel(LabeledEnum):
    PHONE = "phone", QT_TRANSLATE_NOOP("ComplaintChannel", "Phone")
    HOTLINE = "hotline", QT_TRANSLATE_NOOP("ComplaintChannel", "Service hotline")
    VISIT = "visit", QT_TRANSLATE_NOOP("ComplaintChannel", "During a visit")
    BRANCH_COUNTER = "branch_counter", QT_TRANSLATE_NOOP("ComplaintChannel", "Branch counter")
    LETTER = "letter", QT_TRANSLATE_NOOP("ComplaintChannel", "Letter")
    ONLINE = "online", QT_TRANSLATE_NOOP("ComplaintChannel", "Online")


class ComplaintSeverity(LabeledEnum):
    GENERAL = "general", QT_TRANSLATE_NOOP("ComplaintSeverity", "General")
    SERIOUS = "serious", QT_TRANSLATE_NOOP("ComplaintSeverity", "Serious")
    MAJOR = "major", QT_TRANSLATE_NOOP("ComplaintSeverity", "Major")


class ComplaintCause(LabeledEnum):
    """What the investigation found behind the complaint (the category is what the customer
    complained about; the cause is why it happened)."""

    STAFF_CONDUCT = "staff_conduct", QT_TRANSLATE_NOOP("ComplaintCause", "Staff conduct")
    PROCESS_RULES = "process_rules", QT_TRANSLATE_NOOP("ComplaintCause", "Process or rules")
    SYSTEM_FAILURE = (
        "system_failure",
        QT_TRANSLATE_NOOP("ComplaintCause", "System or equipment failure"),
    )
    PRICING_DISCLOSURE = (
        "pricing_disclosure",
        QT_TRANSLATE_NOOP("ComplaintCause", "Fees or rates not explained"),
    )
    PARTNER_PRODUCT = (
        "partner_product",
        QT_TRANSLATE_NOOP("ComplaintCause", "Partner's product or service"),
    )
    MISUNDERSTANDING = (
        "misunderstanding",
        QT_TRANSLATE_NOOP("ComplaintCause", "Customer misunderstanding"),
    )
    EXTERNAL_EVENT = (
        "external_event",
        QT_TRANSLATE_NOOP("ComplaintCause", "External event (weather, disaster)"),
    )
    OTHER = "other", QT_TRANSLATE_NOOP("ComplaintCause", "Other")


class Responsibility(LabeledEnum):
    OUR_SIDE = "our_side", QT_TRANSLATE_NOOP("Responsibility", "Our side")
    PARTNER = "partner", QT_TRANSLATE_NOOP("Responsibility", "Partner")
    CUSTOMER = "customer", QT_TRANSLATE_NOOP("Responsibility", "Customer")
    FORCE_MAJEURE = "force_majeure", QT_TRANSLATE_NOOP("Responsibility", "Force majeure")


class ReplyMethod(LabeledEnum):
    PHONE = "phone", QT_TRANSLATE_NOOP("ReplyMethod", "Phone call")
    IN_PERSON = "in_person", QT_TRANSLATE_NOOP("ReplyMethod", "In person")
    LETTER = "letter", QT_TRANSLATE_NOOP("ReplyMethod", "Letter")
    SMS = "sms", QT_TRANSLATE_NOOP("ReplyMethod", "Text message")
    ONLINE = "online", QT_TRANSLATE_NOOP("ReplyMethod", "Online")


class Satisfaction(LabeledEnum):
    SATISFIED = "satisfied", QT_TRANSLATE_NOOP("Satisfaction", "Satisfied")
    BASICALLY_SATISFIED = (
        "basically_satisfied",
        QT_TRANSLATE_NOOP("Satisfaction", "Basically satisfied"),
    )
    DISSATISFIED = "dissatisfied", QT_TRANSLATE_NOOP("Satisfaction", "Dissatisfied")
    UNREACHABLE = "unreachable", QT_TRANSLATE_NOOP("Satisfaction", "Could not be reached")


class ComplaintAction(LabeledEnum):
    """What an event in a complaint's history did (the label reads as a timeline entry)."""

    RECEIVE = "receive", QT_TRANSLATE_NOOP("ComplaintAction", "Complaint received")
    INVESTIGATE = "investigate", QT_TRANSLATE_NOOP("ComplaintAction", "Investigation started")
    RESOLVE = "resolve", QT_TRANSLATE_NOOP("ComplaintAction", "Investigation concluded")
    REPLY = "reply", QT_TRANSLATE_NOOP("ComplaintAction", "Customer answered")
    CLOSE = "close", QT_TRANSLATE_NOOP("ComplaintAction", "Complaint closed")
    REOPEN = "reopen", QT_TRANSLATE_NOOP("ComplaintAction", "Complaint reopened")
    ASSIGN = "assign", QT_TRANSLATE_NOOP("ComplaintAction", "Handling officer changed")
    EDIT = "edit", QT_TRANSLATE_NOOP("ComplaintAction", "Details corrected")
    LINK_CUSTOMER = (
        "link_customer",
        QT_TRANSLATE_NOOP("ComplaintAction", "Linked to a customer file"),
    )


# ----------------------------------------------------------------------------- the workflow

_TRANSITIONS: dict[tuple[ComplaintStatus, ComplaintAction], ComplaintStatus] = {
    (ComplaintStatus.RECEIVED, ComplaintAction.INVESTIGATE): ComplaintStatus.INVESTIGATING,
    (ComplaintStatus.INVESTIGATING, ComplaintAction.RESOLVE): ComplaintStatus.RESOLVING,
    (ComplaintStatus.RESOLVING, ComplaintAction.REPLY): ComplaintStatus.REPLIED,
    (ComplaintStatus.REPLIED, ComplaintAction.CLOSE): ComplaintStatus.CLOSED,
    (ComplaintStatus.REPLIED, ComplaintAction.REOPEN): ComplaintStatus.INVESTIGATING,
    (ComplaintStatus.CLOSED, ComplaintAction.REOPEN): ComplaintStatus.INVESTIGATING,
}

WORKFLOW_ACTIONS = (
    ComplaintAction.INVESTIGATE,
    ComplaintAction.RESOLVE,
    ComplaintAction.REPLY,
    ComplaintAction.CLOSE,
    ComplaintAction.REOPEN,
)
"""Actions that move a complaint to another status."""

UPKEEP_ACTIONS = (ComplaintAction.ASSIGN, ComplaintAction.EDIT, ComplaintAction.LINK_CUSTOMER)
"""Actions that keep the status: allowed while the complaint is not closed (linking the
complainant to a customer file is allowed at any time)."""

INITIAL_STATUS = ComplaintStatus.RECEIVED

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "ComplaintRules", "Cannot {action} while the complaint is “{status}”."
)
CLOSE_NEEDS_REPLY = QT_TRANSLATE_NOOP(
    "ComplaintRules", "Answer the customer before closing the complaint."
)
CLOSED_READ_ONLY = QT_TRANSLATE_NOOP(
    "ComplaintRules", "The complaint is closed; reopen it before changing it."
)


def target_status(current: ComplaintStatus, action: ComplaintAction) -> ComplaintStatus | None:
    """The status `action` leads to from `current`, or None if the workflow refuses it."""
    if action is ComplaintAction.LINK_CUSTOMER:
        return current  # a caller who opens an account later: even closed complaints follow
    if action in UPKEEP_ACTIONS:
        return None if current is ComplaintStatus.CLOSED else current
    return _TRANSITIONS.get((current, action))


def allowed_actions(current: ComplaintStatus) -> tuple[ComplaintAction, ...]:
    """The workflow actions open from `current`, in the order a form offers them."""
    return tuple(a for a in WORKFLOW_ACTIONS if (current, a) in _TRANSITIONS)


def refusal(current: ComplaintStatus, action: ComplaintAction) -> Text | Message | None:
    """Why `action` is refused from `current` (None when it is allowed)."""
    if target_status(current, action) is not None:
        return None
    if action is ComplaintAction.CLOSE and current in OPEN_STATUSES:
        return CLOSE_NEEDS_REPLY
    if action in UPKEEP_ACTIONS:
        return CLOSED_READ_ONLY
    return NOT_ALLOWED(status=current.label, action=ACTION_VERBS[action])


ACTION_VERBS: dict[ComplaintAction, Text] = {
    ComplaintAction.RECEIVE: QT_TRANSLATE_NOOP("ComplaintRules", "receive"),
    ComplaintAction.INVESTIGATE: QT_TRANSLATE_NOOP("ComplaintRules", "start the investigation"),
    ComplaintAction.RESOLVE: QT_TRANSLATE_NOOP("ComplaintRules", "conclude the investigation"),
    ComplaintAction.REPLY: QT_TRANSLATE_NOOP("ComplaintRules", "answer the customer"),
    ComplaintAction.CLOSE: QT_TRANSLATE_NOOP("ComplaintRules", "close"),
    ComplaintAction.REOPEN: QT_TRANSLATE_NOOP("ComplaintRules", "reopen"),
    ComplaintAction.ASSIGN: QT_TRANSLATE_NOOP("ComplaintRules", "change the handling officer"),
    ComplaintAction.EDIT: QT_TRANSLATE_NOOP("ComplaintRules", "correct the details"),
    ComplaintAction.LINK_CUSTOMER: QT_TRANSLATE_NOOP("ComplaintRules", "link to a customer"),
}


# ----------------------------------------------------------------------------- categories


@dataclass(frozen=True)
class ComplaintCategory:
    """One entry of the branch's configurable category list.

    The code is what is stored and counted; built-in categories carry a translatable label,
    ones a manager added carry their own text.  A category is never removed, only retired
    (`active` False): old complaints keep it and statistics still count it.
    """

    code: str
    label: Text
    active: bool = True


CATEGORY_CONTEXT = "ComplaintCategory"
DEFAULT_CATEGORIES: tuple[ComplaintCategory, ...] = (
    ComplaintCategory(
        "service_attitude", QT_TRANSLATE_NOOP("ComplaintCategory", "Service attitude")
    ),
    ComplaintCategory("loan_processing", QT_TRANSLATE_NOOP("ComplaintCategory", "Loan processing")),
    ComplaintCategory("interest_fees", QT_TRANSLATE_NOOP("ComplaintCategory", "Interest and fees")),
    ComplaintCategory(
        "product_quality",
        QT_TRANSLATE_NOOP("ComplaintCategory", "Product quality (partner's seeds, fertiliser)"),
    ),
    ComplaintCategory(
        "privacy_security",
        QT_TRANSLATE_NOOP("ComplaintCategory", "Information security and privacy"),
    ),
    ComplaintCategory("other", QT_TRANSLATE_NOOP("ComplaintCategory", "Other")),
)
BUILTIN_LABELS = {category.code: category.label for category in DEFAULT_CATEGORIES}
CATEGORY_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
CATEGORY_LABEL_MAX = 30


def custom_label(text: str) -> Text:
    """A label typed by a manager: rendered as it is (no catalogue has it)."""
    return Text(CATEGORY_CONTEXT, text)


def category_label(categories: Sequence[ComplaintCategory], code: str) -> Text:
    for category in categories:
        if category.code == code:
            return category.label
    return BUILTIN_LABELS.get(code) or custom_label(code)


def next_custom_code(categories: Sequence[ComplaintCategory]) -> str:
    used = {category.code for category in categories}
    number = 1
    while f"custom_{number}" in used:
        number += 1
    return f"custom_{number}"


# ----------------------------------------------------------------------------- deadlines

DEFAULT_DEADLINE_DAYS: Mapping[ComplaintSeverity, int] = {
    ComplaintSeverity.GENERAL: 15,  # the regulator's 15 days to decide and tell the customer
    ComplaintSeverity.SERIOUS: 7,
    ComplaintSeverity.MAJOR: 3,
}
DEFAULT_WARNING_DAYS = 2
DEADLINE_DAYS_MAX = 60


@dataclass(frozen=True)
class Deadlines:
    """How many calendar days the branch has to answer, by severity, and how many days before
    the deadline a complaint counts as near due."""

    days: Mapping[ComplaintSeverity, int] = field(
        default_factory=lambda: dict(DEFAULT_DEADLINE_DAYS)
    )
    warning_days: int = DEFAULT_WARNING_DAYS

    def for_severity(self, severity: ComplaintSeverity) -> int:
        return self.days.get(severity, DEFAULT_DEADLINE_DAYS[severity])


def local_day_start(day: dt.date, tz: dt.tzinfo | None = None) -> dt.datetime:
    """Midnight at the start of `day` in `tz` (the machine's zone if None), as aware UTC."""
    midnight = dt.datetime.combine(day, dt.time())
    local = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return local.astimezone(dt.UTC)


def local_date(moment: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    return moment.astimezone(tz).date()


def compute_due_at(
    clock_start: dt.datetime,
    severity: ComplaintSeverity,
    deadlines: Deadlines,
    tz: dt.tzinfo | None = None,
) -> dt.datetime:
    """The end of the N-th calendar day after the complaint was received (or reopened).

    Received on 1 June with 15 days: the customer must be answered by the end of 16 June,
    local time, however late on 1 June the complaint came in.  Returned as aware UTC (the
    instant the next day begins)."""
    start_day = local_date(clock_start, tz)
    last_day = start_day + dt.timedelta(days=deadlines.for_severity(severity))
    return local_day_start(last_day + dt.timedelta(days=1), tz)


def due_day(due_at: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The last calendar day for the answer (the day before the instant `due_at`)."""
    return local_date(due_at - dt.timedelta(microseconds=1), tz)


def is_overdue(
    status: ComplaintStatus,
    due_at: dt.datetime,
    replied_at: dt.datetime | None,
    now: dt.datetime,
) -> bool:
    """Answered after the deadline, or still unanswered once it passed."""
    if replied_at is not None and status not in OPEN_STATUSES:
        return replied_at >= due_at
    return status in OPEN_STATUSES and now >= due_at


# ----------------------------------------------------------------------------- input rules

REQUIRED = QT_TRANSLATE_NOOP("ComplaintRules", "This field is required.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("ComplaintRules", "At most {max} characters.")
CALLER_NAME_REQUIRED = QT_TRANSLATE_NOOP(
    "ComplaintRules", "Choose the customer, or enter the caller's name."
)
CALLER_PHONE_REQUIRED = QT_TRANSLATE_NOOP(
    "ComplaintRules", "Enter a phone number so the caller can be answered."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "ComplaintRules", "A phone number has 7 to 12 digits (a mobile number 11)."
)
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "ComplaintRules", "“{category}” is not a complaint category of this branch."
)
RETIRED_CATEGORY = QT_TRANSLATE_NOOP(
    "ComplaintRules", "The category “{category}” is no longer used; choose another."
)
IN_FUTURE = QT_TRANSLATE_NOOP("ComplaintRules", "The time cannot be in the future.")
TOO_EARLY = QT_TRANSLATE_NOOP("ComplaintRules", "The date cannot be before 2000.")
REPLY_BEFORE_RECEIPT = QT_TRANSLATE_NOOP(
    "ComplaintRules",
    "The answer cannot be dated before the complaint was received ({received}).",
)
REPLY_BEFORE_REOPEN = QT_TRANSLATE_NOOP(
    "ComplaintRules",
    "The answer cannot be dated before the complaint was reopened ({reopened}).",
)
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("ComplaintRules", "The amount cannot be negative.")
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("ComplaintRules", "The amount is larger than {max}.")
AMOUNT_TOO_PRECISE = QT_TRANSLATE_NOOP("ComplaintRules", "Use at most two decimal places.")

NAME_MAX = 40
DESCRIPTION_MAX = 4000
TEXT_MAX = 4000
COMPENSATION_MAX = Decimal("10000000")
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
CLOCK_SKEW = dt.timedelta(minutes=5)  # a laptop clock a little behind the phone's is no error


@dataclass
class ComplaintInput:
    """Intake: who complains, how, about what, and when it reached the branch."""

    customer_id: int | None = None
    caller_name: str = ""
    caller_phone: str = ""
    channel: ComplaintChannel | None = ComplaintChannel.PHONE
    category: str = ""
    severity: ComplaintSeverity | None = ComplaintSeverity.GENERAL
    description: str = ""
    received_at: dt.datetime | None = None
    officer_id: int | None = None


@dataclass(frozen=True)
class InvestigateStep:
    note: str = ""


@dataclass(frozen=True)
class ResolveStep:
    cause: ComplaintCause | None = None
    responsibility: Responsibility | None = None
    findings: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReplyStep:
    measures: str = ""
    compensation: Decimal | None = None
    reply_method: ReplyMethod | None = None
    replied_at: dt.datetime | None = None
    reply_content: str = ""
    note: str = ""


@dataclass(frozen=True)
class CloseStep:
    satisfaction: Satisfaction | None = None
    note: str = ""


@dataclass(frozen=True)
class ReopenStep:
    reason: str = ""


Step = InvestigateStep | ResolveStep | ReplyStep | CloseStep | ReopenStep

STEP_ACTIONS: dict[type, ComplaintAction] = {
    InvestigateStep: ComplaintAction.INVESTIGATE,
    ResolveStep: ComplaintAction.RESOLVE,
    ReplyStep: ComplaintAction.REPLY,
    CloseStep: ComplaintAction.CLOSE,
    ReopenStep: ComplaintAction.REOPEN,
}


def _text(errors: list[FieldError], name: str, value: str, maximum: int, required: bool) -> str:
    cleaned = value.strip()
    if required and not cleaned:
        errors.append(FieldError(name, REQUIRED))
    elif len(cleaned) > maximum:
        errors.append(FieldError(name, TEXT_TOO_LONG(max=maximum)))
    return cleaned


def _moment(
    errors: list[FieldError], name: str, value: dt.datetime | None, now: dt.datetime
) -> None:
    if value is None:
        errors.append(FieldError(name, REQUIRED))
    elif value > now + CLOCK_SKEW:
        errors.append(FieldError(name, IN_FUTURE))
    elif value < EARLIEST:
        errors.append(FieldError(name, TOO_EARLY))


def normalize_phone(raw: str) -> str:
    return (
        phones.normalize(raw.replace("（", "(").replace("）", ")"))
        .replace("(", "")
        .replace(")", "")
    )


def check_category(
    categories: Sequence[ComplaintCategory], code: str, previous: str | None = None
) -> Text | Message | None:
    """Why `code` cannot be used (None if it can): unknown, or retired unless unchanged."""
    if not code:
        return REQUIRED
    found = next((c for c in categories if c.code == code), None)
    if found is None:
        return UNKNOWN_CATEGORY(category=code)
    if not found.active and code != previous:
        return RETIRED_CATEGORY(category=found.label)
    return None


def check_intake(
    data: ComplaintInput,
    categories: Sequence[ComplaintCategory],
    now: dt.datetime,
    previous_category: str | None = None,
) -> tuple[ComplaintInput, list[FieldError]]:
    """The intake with typing variants folded, and every rule that needs no database."""
    errors: list[FieldError] = []
    caller_name = " ".join(data.caller_name.split())
    caller_phone = normalize_phone(data.caller_phone) if data.caller_phone.strip() else ""
    if data.customer_id is None:
        if not caller_name:
            errors.append(FieldError("caller_name", CALLER_NAME_REQUIRED))
        if not caller_phone:
            errors.append(FieldError("caller_phone", CALLER_PHONE_REQUIRED))
    if len(caller_name) > NAME_MAX:
        errors.append(FieldError("caller_name", TEXT_TOO_LONG(max=NAME_MAX)))
    if caller_phone and not re.fullmatch(r"\d{7,12}", caller_phone):
        errors.append(FieldError("caller_phone", BAD_PHONE))
    if data.channel is None:
        errors.append(FieldError("channel", REQUIRED))
    if data.severity is None:
        errors.append(FieldError("severity", REQUIRED))
    category = data.category.strip()
    problem = check_category(categories, category, previous_category)
    if problem is not None:
        errors.append(FieldError("category", problem))
    description = _text(errors, "description", data.description, DESCRIPTION_MAX, True)
    _moment(errors, "received_at", data.received_at, now)
    clean = dataclasses.replace(
        data,
        caller_name=caller_name,
        caller_phone=caller_phone,
        category=category,
        description=description,
    )
    return clean, errors


def check_compensation(errors: list[FieldError], value: Decimal | None) -> None:
    if value is None:
        return
    if value < 0:
        errors.append(FieldError("compensation", NEGATIVE_AMOUNT))
    elif value > COMPENSATION_MAX:
        errors.append(FieldError("compensation", AMOUNT_TOO_LARGE(max=f"{COMPENSATION_MAX:,}")))
    elif value != value.quantize(Decimal("0.01")):
        errors.append(FieldError("compensation", AMOUNT_TOO_PRECISE))


def check_step(
    step: Step,
    now: dt.datetime,
    received_at: dt.datetime,
    reopened_at: dt.datetime | None = None,
    tz: dt.tzinfo | None = None,
) -> tuple[Step, list[FieldError]]:
    """The step's data trimmed, and what is missing or wrong in it."""
    errors: list[FieldError] = []
    if isinstance(step, InvestigateStep):
        return InvestigateStep(_text(errors, "note", step.note, TEXT_MAX, False)), errors
    if isinstance(step, ResolveStep):
        if step.cause is None:
            errors.append(FieldError("cause", REQUIRED))
        if step.responsibility is None:
            errors.append(FieldError("responsibility", REQUIRED))
        findings = _text(errors, "findings", step.findings, TEXT_MAX, True)
        note = _text(errors, "note", step.note, TEXT_MAX, False)
        return dataclasses.replace(step, findings=findings, note=note), errors
    if isinstance(step, ReplyStep):
        measures = _text(errors, "measures", step.measures, TEXT_MAX, True)
        check_compensation(errors, step.compensation)
        if step.reply_method is None:
            errors.append(FieldError("reply_method", REQUIRED))
        _moment(errors, "replied_at", step.replied_at, now)
        if step.replied_at is not None and not any(e.field == "replied_at" for e in errors):
            if step.replied_at < received_at:
                when = received_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
                errors.append(FieldError("replied_at", REPLY_BEFORE_RECEIPT(received=when)))
            elif reopened_at is not None and step.replied_at < reopened_at:
                when = reopened_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
                errors.append(FieldError("replied_at", REPLY_BEFORE_REOPEN(reopened=when)))
        content = _text(errors, "reply_content", step.reply_content, TEXT_MAX, True)
        note = _text(errors, "note", step.note, TEXT_MAX, False)
        return (
            dataclasses.replace(step, measures=measures, reply_content=content, note=note),
            errors,
        )
    if isinstance(step, CloseStep):
        if step.satisfaction is None:
            errors.append(FieldError("satisfaction", REQUIRED))
        note = _text(errors, "note", step.note, TEXT_MAX, False)
        return dataclasses.replace(step, note=note), errors
    reason = _text(errors, "reason", step.reason, TEXT_MAX, True)
    return ReopenStep(reason), errors


# ----------------------------------------------------------------------------- settings rules

DAYS_RANGE = QT_TRANSLATE_NOOP("ComplaintRules", "A deadline is between 1 and {max} days.")
WARNING_RANGE = QT_TRANSLATE_NOOP(
    "ComplaintRules", "The warning is between 0 and {max} days before the deadline."
)
LABEL_REQUIRED = QT_TRANSLATE_NOOP("ComplaintRules", "Every category needs a name.")
LABEL_TOO_LONG = QT_TRANSLATE_NOOP(
    "ComplaintRules", "A category name has at most {max} characters."
)
LABEL_DUPLICATE = QT_TRANSLATE_NOOP("ComplaintRules", "Two categories are named “{label}”.")
BAD_CODE = QT_TRANSLATE_NOOP("ComplaintRules", "“{code}” is not a valid category code.")
CODE_REMOVED = QT_TRANSLATE_NOOP(
    "ComplaintRules",
    "The category “{category}” cannot be removed, only retired: complaints refer to it.",
)
NO_ACTIVE_CATEGORY = QT_TRANSLATE_NOOP("ComplaintRules", "Keep at least one category in use.")


def check_deadlines(deadlines: Deadlines) -> list[FieldError]:
    errors = [
        FieldError(f"days.{severity.value}", DAYS_RANGE(max=DEADLINE_DAYS_MAX))
        for severity in ComplaintSeverity
        if not 1 <= deadlines.for_severity(severity) <= DEADLINE_DAYS_MAX
    ]
    if not 0 <= deadlines.warning_days <= DEADLINE_DAYS_MAX:
        errors.append(FieldError("warning_days", WARNING_RANGE(max=DEADLINE_DAYS_MAX)))
    return errors


def check_categories(
    categories: Sequence[ComplaintCategory], previous: Sequence[ComplaintCategory]
) -> list[FieldError]:
    errors: list[FieldError] = []
    codes = [category.code for category in categories]
    for code in codes:
        if not CATEGORY_CODE.match(code) or codes.count(code) > 1:
            errors.append(FieldError("categories", BAD_CODE(code=code)))
    for old in previous:
        if old.code not in codes:
            errors.append(FieldError("categories", CODE_REMOVED(category=old.label)))
    seen: set[str] = set()
    for category in categories:
        text = category.label.source.strip()
        if not text:
            errors.append(FieldError("categories", LABEL_REQUIRED))
        elif len(text) > CATEGORY_LABEL_MAX and category.label != BUILTIN_LABELS.get(category.code):
            errors.append(FieldError("categories", LABEL_TOO_LONG(max=CATEGORY_LABEL_MAX)))
        elif text in seen:
            errors.append(FieldError("categories", LABEL_DUPLICATE(label=text)))
        seen.add(text)
    if not any(category.active for category in categories):
        errors.append(FieldError("categories", NO_ACTIVE_CATEGORY))
    return errors
