"""The visit report (走访报告): one visit on paper, for the customer file and signatures.

The customer in brief (masked ID and mobile numbers), the visit (type, status, date and time,
mode, place, attendees, purpose, satisfaction, next visit), what was found (production
condition, problems met), needs identified and services offered, the follow-up actions, and
signature and date lines for the officer and the customer.  A visit that is still planned
prints ruled lines where the findings go, so the officer can take the form along and fill it
in by hand.  A batch is many of these in one file, each numbering its own pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.visits import VisitStatus
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.reports.blocks import customer_summary
from agricrm.reports.kit import EMPTY_VALUE, Column, ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.services.customer_data import CustomerDetail
    from agricrm.services.visit_data import VisitDetail

TITLE = QT_TRANSLATE_NOOP("Reports", "Visit report")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Visit report · {name} · {date}")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "Visit no. {number} · {type} · {date}")
BATCH_TITLE = QT_TRANSLATE_NOOP("Reports", "Visit reports · {first} to {last} · {count}")
PLANNED_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "This visit is planned for {date} and not yet recorded: write the findings on the lines "
    "below and enter them in AgriCRM afterwards.",
)
NOT_DONE_NOTE = QT_TRANSLATE_NOOP("Reports", "This visit did not take place ({status}).")

CUSTOMER = QT_TRANSLATE_NOOP("Reports", "Customer")
VISIT = QT_TRANSLATE_NOOP("Reports", "The visit")
VISIT_TYPE = QT_TRANSLATE_NOOP("Reports", "Visit type")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
DATE = QT_TRANSLATE_NOOP("Reports", "Date and time")
MODE = QT_TRANSLATE_NOOP("Reports", "Mode")
PLACE = QT_TRANSLATE_NOOP("Reports", "Place")
OFFICER = QT_TRANSLATE_NOOP("Reports", "Officer")
ATTENDEES = QT_TRANSLATE_NOOP("Reports", "Attendees")
PLANNED_FOR = QT_TRANSLATE_NOOP("Reports", "Planned for")
SATISFACTION = QT_TRANSLATE_NOOP("Reports", "Customer satisfaction")
SATISFACTION_VALUE = QT_TRANSLATE_NOOP("Reports", "{score} of 5")
NEXT_VISIT = QT_TRANSLATE_NOOP("Reports", "Next visit")
PURPOSE = QT_TRANSLATE_NOOP("Reports", "Purpose")

FINDINGS = QT_TRANSLATE_NOOP("Reports", "Findings")
PRODUCTION = QT_TRANSLATE_NOOP("Reports", "Production condition")
PROBLEMS = QT_TRANSLATE_NOOP("Reports", "Problems met")
NEEDS_AND_SERVICES = QT_TRANSLATE_NOOP("Reports", "Needs and services")
NEEDS = QT_TRANSLATE_NOOP("Reports", "Needs identified")
SERVICES = QT_TRANSLATE_NOOP("Reports", "Services offered")
NOTES = QT_TRANSLATE_NOOP("Reports", "Notes")
ATTACHMENTS = QT_TRANSLATE_NOOP("Reports", "Attachments")
ATTACHMENT_LIST = QT_TRANSLATE_NOOP("Reports", "{count} file(s): {names}")

FOLLOW_UPS = QT_TRANSLATE_NOOP("Reports", "Follow-up actions")
NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
ACTION = QT_TRANSLATE_NOOP("Reports", "Action")
DUE = QT_TRANSLATE_NOOP("Reports", "Due")
STATE = QT_TRANSLATE_NOOP("Reports", "State")
DONE_ON = QT_TRANSLATE_NOOP("Reports", "done {date}")
OPEN = QT_TRANSLATE_NOOP("Reports", "open")
NO_FOLLOW_UPS = QT_TRANSLATE_NOOP("Reports", "No follow-up actions.")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Reports", ", ")

OFFICER_ROLE = QT_TRANSLATE_NOOP("Reports", "Loan officer")
CUSTOMER_ROLE = QT_TRANSLATE_NOOP("Reports", "Customer")
MASKING_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "ID and mobile numbers are masked on printouts; the full numbers are in the customer file.",
)


def subject(kit: ReportKit, visit: VisitDetail) -> str:
    return kit.t(SUBJECT(name=visit.customer_name, date=visit.visit_date.isoformat()))


def _labels(kit: ReportKit, members: Iterable[LabeledEnum], chosen: frozenset[object]) -> str:
    return kit.t(LIST_SEPARATOR).join(kit.label(m) for m in members if m in chosen)


def _when(kit: ReportKit, visit: VisitDetail) -> str:
    if visit.actual_at is not None:
        return kit.datetime(visit.actual_at)
    return kit.date(visit.visit_date)


def visit_report(kit: ReportKit, visit: VisitDetail, customer: CustomerDetail) -> list[Flowable]:
    """The flowables of one visit report."""
    from agricrm.domain.enums import Need
    from agricrm.domain.visits import Problem, ServiceOffered

    planned = visit.status is VisitStatus.PLANNED
    date = visit.visit_date.isoformat()
    subtitle = kit.t(SUBTITLE(number=visit.number, type=visit.visit_type.label, date=date))
    blocks: list[Flowable] = kit.title(TITLE, subtitle)
    if planned:
        blocks.append(kit.note(PLANNED_NOTE(date=visit.visit_date.isoformat())))
    elif visit.status is not VisitStatus.DONE:
        blocks.append(kit.note(NOT_DONE_NOTE(status=visit.status.label)))
    place = "".join(part for part in (visit.township, visit.village) if part)
    planned_for = (
        visit.planned_date
        if visit.planned_date is not None and visit.planned_date != visit.visit_date
        else None
    )
    satisfaction: str | None = None
    if visit.satisfaction is not None:
        satisfaction = kit.t(SATISFACTION_VALUE(score=visit.satisfaction))
    elif planned:
        satisfaction = "\u3000".join(f"□ {score}" for score in range(1, 6))
    pairs: list[tuple[Text | Message | str, object]] = [
        (VISIT_TYPE, visit.visit_type),
        (STATUS, visit.status),
        (DATE, _when(kit, visit)),
        (MODE, visit.mode),
        (PLACE, place),
        (OFFICER, visit.officer_name),
        (ATTENDEES, visit.attendees),
        (PLANNED_FOR, planned_for),
        (SATISFACTION, satisfaction),
        (NEXT_VISIT, visit.next_visit_date),
    ]
    blocks += [
        *kit.heading(CUSTOMER),
        *customer_summary(kit, customer),
        *kit.heading(VISIT),
        kit.fields(pairs),
        kit.wide_field(PURPOSE, visit.purpose),
    ]
    if planned:
        blocks += _write_in(kit)
    else:
        needs_services: list[tuple[Text | Message | str, object]] = [
            (NEEDS, _labels(kit, Need, visit.needs)),  # type: ignore[arg-type]
            (SERVICES, _labels(kit, ServiceOffered, visit.services_offered)),  # type: ignore[arg-type]
            (NOTES, visit.notes),
        ]
        if visit.attachments:
            names = kit.t(LIST_SEPARATOR).join(item.original_name for item in visit.attachments)
            count = len(visit.attachments)
            needs_services.append((ATTACHMENTS, kit.t(ATTACHMENT_LIST(count=count, names=names))))
        blocks += [
            *kit.heading(FINDINGS),
            kit.wide_fields(
                [
                    (PRODUCTION, visit.production_condition),
                    (PROBLEMS, _labels(kit, Problem, visit.problems)),  # type: ignore[arg-type]
                ]
            ),
            *kit.heading(NEEDS_AND_SERVICES),
            kit.wide_fields(needs_services),
        ]
    blocks += _follow_ups(kit, visit)
    blocks += [
        kit.spacer(6),
        kit.keep_together(
            [
                kit.signature_lines([OFFICER_ROLE, CUSTOMER_ROLE]),
                kit.spacer(2),
                kit.note(MASKING_NOTE),
            ]
        ),
    ]
    return blocks


def _boxes(kit: ReportKit, members: Iterable[LabeledEnum]) -> str:
    return "\u3000".join(f"□ {kit.label(member)}" for member in members)


def _write_in(kit: ReportKit) -> list[Flowable]:
    """A planned visit: ruled lines for the findings and notes, boxes to tick for the problems,
    needs and services (what a paper visit form has)."""
    from agricrm.domain.enums import Need
    from agricrm.domain.visits import Problem, ServiceOffered

    return [
        *kit.heading(FINDINGS),
        kit.write_in_fields([(PRODUCTION, 3)]),
        kit.wide_fields([(PROBLEMS, _boxes(kit, Problem))]),  # type: ignore[arg-type]
        *kit.heading(NEEDS_AND_SERVICES),
        kit.wide_fields(
            [
                (NEEDS, _boxes(kit, Need)),  # type: ignore[arg-type]
                (SERVICES, _boxes(kit, ServiceOffered)),  # type: ignore[arg-type]
            ]
        ),
        kit.write_in_fields([(NOTES, 2)]),
    ]


def _follow_ups(kit: ReportKit, visit: VisitDetail) -> list[Flowable]:
    rows = [
        (
            str(index),
            item.description,
            item.due_date,
            kit.t(DONE_ON(date=kit.date(item.done_at.astimezone().date())))
            if item.done_at is not None
            else kit.t(OPEN),
        )
        for index, item in enumerate(visit.follow_ups, start=1)
    ]
    if not rows and visit.status is VisitStatus.PLANNED:
        return [*kit.heading(FOLLOW_UPS), kit.writing_lines(2)]
    return [
        *kit.heading(FOLLOW_UPS),
        kit.table(
            [
                Column(kit.t(NUMBER), 0.35, "right"),
                Column(kit.t(ACTION), 3.7),
                Column(kit.t(DUE), 1.0),
                Column(kit.t(STATE), 1.5),
            ],
            rows,
            empty=NO_FOLLOW_UPS,
        ),
    ]


__all__ = ["BATCH_TITLE", "EMPTY_VALUE", "subject", "visit_report"]
