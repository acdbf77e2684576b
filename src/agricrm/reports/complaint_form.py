"""The complaint handling form (投诉处理单): one complaint on paper with its full history.

The complainant (the customer in brief with masked numbers, or the caller), the intake
(number, receipt, channel, category, severity, deadline, handling officer, status), what each
stage recorded (investigation: cause, responsibility, findings; resolution: measures and
compensation; reply: how and when the customer was told; closing: satisfaction and time to
close), every step of the workflow in order (who, when, the status change, the note and the
data recorded at that step), and signature lines for the handling officer, the reviewer and
the complainant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from agricrm.domain.complaints import OPEN_STATUSES, due_day
from agricrm.domain.masking import mask_phone
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.reports.blocks import customer_summary
from agricrm.reports.kit import Column, ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.services.complaint_data import ComplaintDetail, ComplaintEventView
    from agricrm.services.customer_data import CustomerDetail

CategoryLabel = Callable[[str], str]
END_PUNCTUATION = "。．.;；,，"  # a value's own full stop before the separator reads twice

TITLE = QT_TRANSLATE_NOOP("Reports", "Complaint handling form")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Complaint handling form · {number} · {name}")
SUBTITLE = QT_TRANSLATE_NOOP(
    "Reports", "No. {number} · {status} · received {received} · answer due {due}"
)
OVERDUE_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "The customer has not been answered and the deadline ({due}) has passed."
)
LATE_NOTE = QT_TRANSLATE_NOOP("Reports", "The customer was answered after the deadline ({due}).")

COMPLAINANT = QT_TRANSLATE_NOOP("Reports", "Complainant")
NAME = QT_TRANSLATE_NOOP("Reports", "Name")
PHONE = QT_TRANSLATE_NOOP("Reports", "Mobile")
ADDRESS = QT_TRANSLATE_NOOP("Reports", "Address")
CUSTOMER_FILE = QT_TRANSLATE_NOOP("Reports", "Customer file")
NOT_ON_FILE = QT_TRANSLATE_NOOP("Reports", "Not a customer on file (caller)")
NOT_VISIBLE = QT_TRANSLATE_NOOP("Reports", "On file with another officer")
CALLED_AS = QT_TRANSLATE_NOOP("Reports", "Called in as {name}, {phone}.")

INTAKE = QT_TRANSLATE_NOOP("Reports", "Intake")
NUMBER = QT_TRANSLATE_NOOP("Reports", "Complaint no.")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
CHANNEL = QT_TRANSLATE_NOOP("Reports", "Channel")
CATEGORY = QT_TRANSLATE_NOOP("Reports", "Category")
SEVERITY = QT_TRANSLATE_NOOP("Reports", "Severity")
ANSWER_DUE = QT_TRANSLATE_NOOP("Reports", "Answer due")
HANDLING_OFFICER = QT_TRANSLATE_NOOP("Reports", "Handling officer")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
DEADLINE = QT_TRANSLATE_NOOP("Reports", "Deadline")
REOPENED = QT_TRANSLATE_NOOP("Reports", "Reopened")
REOPENED_TIMES = QT_TRANSLATE_NOOP("Reports", "{count} time(s)")
DESCRIPTION = QT_TRANSLATE_NOOP("Reports", "What the customer said")
DAYS_OVERDUE = QT_TRANSLATE_NOOP("Reports", "{days} day(s) overdue")
DUE_TODAY = QT_TRANSLATE_NOOP("Reports", "due today")
DAYS_LEFT = QT_TRANSLATE_NOOP("Reports", "{days} day(s) left")
ON_TIME = QT_TRANSLATE_NOOP("Reports", "answered on time")
LATE = QT_TRANSLATE_NOOP("Reports", "answered late")

INVESTIGATION = QT_TRANSLATE_NOOP("Reports", "Investigation")
CAUSE = QT_TRANSLATE_NOOP("Reports", "Cause")
RESPONSIBILITY = QT_TRANSLATE_NOOP("Reports", "Responsibility")
FINDINGS = QT_TRANSLATE_NOOP("Reports", "Investigation findings")
RESOLUTION = QT_TRANSLATE_NOOP("Reports", "Resolution")
MEASURES = QT_TRANSLATE_NOOP("Reports", "Measures")
COMPENSATION = QT_TRANSLATE_NOOP("Reports", "Compensation (yuan)")
REPLY = QT_TRANSLATE_NOOP("Reports", "Reply to the customer")
REPLY_METHOD = QT_TRANSLATE_NOOP("Reports", "Answered by")
REPLIED_AT = QT_TRANSLATE_NOOP("Reports", "Answered at")
REPLY_CONTENT = QT_TRANSLATE_NOOP("Reports", "Told the customer")
CLOSING = QT_TRANSLATE_NOOP("Reports", "Closing")
SATISFACTION = QT_TRANSLATE_NOOP("Reports", "Customer satisfaction")
CLOSED_AT = QT_TRANSLATE_NOOP("Reports", "Closed at")
TIME_TO_CLOSE = QT_TRANSLATE_NOOP("Reports", "Time to close")
DAYS = QT_TRANSLATE_NOOP("Reports", "{days} days")
NOT_YET = QT_TRANSLATE_NOOP("Reports", "Not recorded yet.")

HISTORY = QT_TRANSLATE_NOOP("Reports", "Handling history")
WHEN = QT_TRANSLATE_NOOP("Reports", "When")
STEP = QT_TRANSLATE_NOOP("Reports", "Step")
BY = QT_TRANSLATE_NOOP("Reports", "By")
RECORDED = QT_TRANSLATE_NOOP("Reports", "Recorded at this step")
NOTE = QT_TRANSLATE_NOOP("Reports", "Note")
OFFICER_CHANGE = QT_TRANSLATE_NOOP("Reports", "Handling officer")
LINKED_CUSTOMER = QT_TRANSLATE_NOOP("Reports", "Customer")
DETAIL = QT_TRANSLATE_NOOP("Reports", "{label}: {value}")
DETAIL_SEPARATOR = QT_TRANSLATE_NOOP("Reports", "; ")

OFFICER_ROLE = QT_TRANSLATE_NOOP("Reports", "Handling officer")
REVIEWER_ROLE = QT_TRANSLATE_NOOP("Reports", "Reviewer")
COMPLAINANT_ROLE = QT_TRANSLATE_NOOP("Reports", "Complainant")
MASKING_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "ID and mobile numbers are masked on printouts; the full numbers are in the customer file.",
)


def subject(kit: ReportKit, complaint: ComplaintDetail) -> str:
    return kit.t(SUBJECT(number=complaint.number, name=complaint.complainant))


def _deadline(kit: ReportKit, complaint: ComplaintDetail, today: dt.date) -> str:
    if complaint.status in OPEN_STATUSES:
        left = (due_day(complaint.due_at) - today).days
        if left < 0:
            return kit.t(DAYS_OVERDUE(days=-left))
        return kit.t(DUE_TODAY) if left == 0 else kit.t(DAYS_LEFT(days=left))
    if complaint.replied_at is None:
        return ""
    return kit.t(LATE) if complaint.replied_at >= complaint.due_at else kit.t(ON_TIME)


def days_between(start: dt.datetime, end: dt.datetime) -> str:
    return f"{(end - start).total_seconds() / 86400:.1f}"


def complaint_form(
    kit: ReportKit,
    complaint: ComplaintDetail,
    customer: CustomerDetail | None,
    category: CategoryLabel,
    today: dt.date,
) -> list[Flowable]:
    """The flowables of one complaint handling form.  `customer` is the linked customer's
    file when the actor may see it; `category` turns a category code into its label."""
    c = complaint
    due = due_day(c.due_at).isoformat()
    blocks: list[Flowable] = kit.title(
        TITLE,
        kit.t(
            SUBTITLE(
                number=c.number,
                status=c.status.label,
                received=kit.datetime(c.received_at),
                due=due,
            )
        ),
    )
    if c.overdue:
        note = OVERDUE_NOTE if c.status in OPEN_STATUSES else LATE_NOTE
        blocks.append(kit.note(note(due=due)))
    blocks += _complainant(kit, c, customer)
    blocks += [
        *kit.heading(INTAKE),
        kit.fields(
            [
                (NUMBER, c.number),
                (RECEIVED, c.received_at),
                (CHANNEL, c.channel),
                (CATEGORY, category(c.category)),
                (SEVERITY, c.severity),
                (ANSWER_DUE, due),
                (HANDLING_OFFICER, c.officer_name),
                (STATUS, c.status),
                (DEADLINE, _deadline(kit, c, today)),
                (REOPENED, kit.t(REOPENED_TIMES(count=c.reopen_count)) if c.reopen_count else ""),
            ]
        ),
        kit.wide_field(DESCRIPTION, c.description),
    ]
    blocks += _stage(
        kit,
        INVESTIGATION,
        [(CAUSE, c.cause), (RESPONSIBILITY, c.responsibility)],
        [(FINDINGS, c.findings)],
    )
    blocks += _stage(
        kit,
        RESOLUTION,
        [(COMPENSATION, kit.money(c.compensation) if c.compensation is not None else None)],
        [(MEASURES, c.measures)],
    )
    blocks += _stage(
        kit,
        REPLY,
        [(REPLY_METHOD, c.reply_method), (REPLIED_AT, c.replied_at)],
        [(REPLY_CONTENT, c.reply_content)],
    )
    time_to_close = (
        kit.t(DAYS(days=days_between(c.received_at, c.closed_at)))
        if c.closed_at is not None
        else None
    )
    blocks += _stage(
        kit,
        CLOSING,
        [(SATISFACTION, c.satisfaction), (CLOSED_AT, c.closed_at), (TIME_TO_CLOSE, time_to_close)],
        [],
    )
    blocks += _history(kit, c, category)
    blocks += [
        kit.spacer(6),
        kit.keep_together(
            [
                kit.signature_lines([OFFICER_ROLE, REVIEWER_ROLE, COMPLAINANT_ROLE]),
                kit.spacer(2),
                kit.note(MASKING_NOTE),
            ]
        ),
    ]
    return blocks


def _complainant(
    kit: ReportKit, c: ComplaintDetail, customer: CustomerDetail | None
) -> list[Flowable]:
    blocks: list[Flowable] = list(kit.heading(COMPLAINANT))
    if customer is not None:
        blocks += customer_summary(kit, customer)
    else:
        file = NOT_ON_FILE if c.customer_id is None else NOT_VISIBLE
        blocks.append(
            kit.fields(
                [
                    (NAME, c.complainant),
                    (PHONE, mask_phone(c.phone)),
                    (CUSTOMER_FILE, file),
                    (ADDRESS, c.customer_address),
                ]
            )
        )
    if c.customer_id is not None and (c.caller_name or c.caller_phone):
        called = CALLED_AS(name=c.caller_name or "—", phone=mask_phone(c.caller_phone) or "—")
        blocks.append(kit.note(called))
    return blocks


def _stage(
    kit: ReportKit,
    title: Text,
    short: list[tuple[Text | Message | str, object]],
    long: list[tuple[Text | Message | str, object]],
) -> list[Flowable]:
    """One stage of the handling: its fields, or "not recorded yet" when nothing is."""
    recorded = [value for _, value in (*short, *long) if value not in (None, "")]
    if not recorded:
        return [*kit.heading(title), kit.para(NOT_YET, "small")]
    blocks: list[Flowable] = [*kit.heading(title)]
    if short:
        blocks.append(kit.fields(short))
    if long:
        blocks.append(kit.wide_fields(long))
    return blocks


def _event_details(kit: ReportKit, event: ComplaintEventView, category: CategoryLabel) -> str:
    pairs: list[tuple[Text, object]] = [
        (OFFICER_CHANGE, event.officer_name),
        (LINKED_CUSTOMER, event.customer_name),
        (CATEGORY, category(event.category) if event.category else ""),
        (SEVERITY, event.severity),
        (ANSWER_DUE, due_day(event.due_at).isoformat() if event.due_at else ""),
        (CAUSE, event.cause),
        (RESPONSIBILITY, event.responsibility),
        (FINDINGS, event.findings),
        (MEASURES, event.measures),
        (COMPENSATION, kit.money(event.compensation) if event.compensation is not None else ""),
        (REPLY_METHOD, event.reply_method),
        (REPLIED_AT, event.replied_at),
        (REPLY_CONTENT, event.reply_content),
        (SATISFACTION, event.satisfaction),
        (NOTE, event.note),
    ]
    return kit.t(DETAIL_SEPARATOR).join(
        kit.t(DETAIL(label=label, value=kit.value(value).rstrip(END_PUNCTUATION)))
        for label, value in pairs
        if value not in (None, "")
    )


def _history(kit: ReportKit, c: ComplaintDetail, category: CategoryLabel) -> list[Flowable]:
    rows = []
    for event in c.events:
        if event.from_status is not None and event.from_status != event.to_status:
            status = f"{kit.label(event.from_status)} → {kit.label(event.to_status)}"
        else:
            status = kit.label(event.to_status)
        rows.append(
            (
                kit.datetime(event.happened_at),
                kit.label(event.action),
                status,
                event.actor_name,
                _event_details(kit, event, category),
            )
        )
    return [
        *kit.heading(HISTORY),
        kit.table(
            [
                Column(kit.t(WHEN), 1.05),
                Column(kit.t(STEP), 1.0),
                Column(kit.t(STATUS), 1.05),
                Column(kit.t(BY), 0.6),
                Column(kit.t(RECORDED), 3.0),
            ],
            rows,
        ),
    ]
