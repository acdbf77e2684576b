"""Printed reports as the GUI and the command line ask for them.

Each function fetches everything the report prints (with the actor's permissions; the
sections of the profile sheet and the summary through `services.report_sections`), then lays
it out with `agricrm.reports`, which never queries, and returns the PDF; given a `target`
path the file is written whole or not at all.  reportlab is imported only when a report is
made.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import selectinload

from agricrm.db.database import Database
from agricrm.domain.errors import AgriCrmError, NotFound, PermissionDenied
from agricrm.domain.period import Period
from agricrm.domain.record_numbers import number_prefix
from agricrm.domain.visits import VisitStatus
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text, Translate, untranslated
from agricrm.models import Customer, CustomerProduct, CustomerStatusChange, Visit
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerDetail
from agricrm.services.customers import CUSTOMER_NOT_FOUND, customer_detail
from agricrm.services.progress import Progress
from agricrm.services.settings import branch_logo, branch_profile
from agricrm.services.summary import OfficerRef

if TYPE_CHECKING:
    from agricrm.reports.document import Letterhead, ReportResult
    from agricrm.reports.kit import ReportKit
    from agricrm.services.report_data import CustomerSheetData, SummaryData
    from agricrm.services.visit_data import VisitDetail

NOT_A_UUID = QT_TRANSLATE_NOOP(
    "Reports", "{value} is neither a file number (KH-…) nor a customer's UUID (3f2b8c1e-…)."
)
CUSTOMER_NUMBER_SHARED = QT_TRANSLATE_NOOP(
    "Reports", "More than one customer is numbered {value}; give their UUID instead ({uuids})."
)
NOT_A_VISIT_UUID = QT_TRANSLATE_NOOP(
    "Reports", "{value} is neither a visit number (ZF…) nor a visit's UUID (3f2b8c1e-…)."
)
VISIT_NUMBER_SHARED = QT_TRANSLATE_NOOP(
    "Reports", "More than one visit is numbered {value}; give its UUID instead ({uuids})."
)
VISIT_NOT_FOUND = QT_TRANSLATE_NOOP("Reports", "There is no visit numbered {value}.")
NO_VISITS = QT_TRANSLATE_NOOP("Reports", "No visit matches ({what}); there is nothing to print.")
NO_VISITS_RANGE = QT_TRANSLATE_NOOP("Reports", "{status} visits from {first} to {last}")
NO_VISITS_OFFICER = QT_TRANSLATE_NOOP(
    "Reports", "{status} visits of {officer} from {first} to {last}"
)
ALL_STATUSES = QT_TRANSLATE_NOOP("Reports", "all")
NO_VISITS_LEFT = QT_TRANSLATE_NOOP("Reports", "the chosen visits were deleted")
TOO_MANY_VISITS = QT_TRANSLATE_NOOP(
    "Reports",
    "{count} visits match; one batch prints at most {limit}. "
    "Choose a shorter period or one officer.",
)
RANGE_REVERSED = QT_TRANSLATE_NOOP(
    "Reports", "The period ends ({last}) before it starts ({first})."
)
OWN_VISITS_ONLY = QT_TRANSLATE_NOOP(
    "Reports", "An officer can print the visits of their own customers only."
)
MAX_BATCH = 2000  # visit reports in one file
NOT_A_COMPLAINT = QT_TRANSLATE_NOOP(
    "Reports",
    "{value} is neither a complaint number (TS…) nor a complaint's UUID (3f2b8c1e-…).",
)
COMPLAINT_NOT_FOUND = QT_TRANSLATE_NOOP("Reports", "There is no complaint numbered {value}.")
COMPLAINT_NUMBER_SHARED = QT_TRANSLATE_NOOP(
    "Reports", "More than one complaint is numbered {value}; give its UUID instead ({uuids})."
)


@dataclass(frozen=True)
class ReportOptions:
    """How to print: the language (a translate function), the print time, today's date."""

    translate: Translate = untranslated
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    today: dt.date = field(default_factory=dt.date.today)


def _by_number_or_uuid(
    table: Any, wanted: str, prefix: str, not_either: Message
) -> ColumnElement[bool]:
    """The condition finding a record by its readable number or its uuid, as typed."""
    text = wanted.strip()
    try:
        return table.uuid == str(uuid_module.UUID(text))
    except ValueError:
        number = number_prefix(text)
        if number is None or not number.startswith(prefix):
            raise NotFound(not_either) from None
        return table.number == number


def _one(found: Sequence[Any], wanted: str, missing: Text | Message, shared: Any) -> Any:
    """The one record found; numbers are per device, so two may share one."""
    if not found:
        raise NotFound(missing)
    if len(found) > 1:
        uuids = ", ".join(row.uuid for row in found)
        raise AgriCrmError(shared(value=wanted.strip(), uuids=uuids))
    return found[0]


def find_customer(db: Database, actor: Actor, wanted: str) -> int:
    """The local id of the customer with this file number (KH-BFK-00123) or UUID, if the
    actor may see it."""
    condition = _by_number_or_uuid(Customer, wanted, "KH", NOT_A_UUID(value=wanted))
    with db.read() as session:
        found = session.execute(
            select(Customer.id, Customer.uuid, Customer.officer_id).where(
                condition, ~Customer.deleted
            )
        ).all()
    row = _one(found, wanted, CUSTOMER_NOT_FOUND, CUSTOMER_NUMBER_SHARED)
    policy.ensure_can_see_customer(actor, row.officer_id)
    return int(row.id)


BATCH = 500  # ids per IN (...) list


def customer_details(
    db: Database, actor: Actor, customer_ids: list[int], *, in_brief: bool = False
) -> dict[int, CustomerDetail]:
    """Many customer files at once (for batches: a few queries per 500 customers, not per
    customer); ids the actor may not see, or that do not exist, are left out.  `in_brief`
    leaves out the production items and the status history (empty in the result): what a
    visit report's customer summary shows, fetched in half the time."""
    loaded = [selectinload(Customer.loans), selectinload(Customer.officer)]
    if not in_brief:
        loaded += [
            selectinload(Customer.production_items),
            selectinload(Customer.household_members),
            selectinload(Customer.products).selectinload(CustomerProduct.product),
            selectinload(Customer.status_changes).selectinload(CustomerStatusChange.changed_by),
        ]
    found: dict[int, CustomerDetail] = {}
    with db.read() as session:
        for start in range(0, len(customer_ids), BATCH):
            chunk = customer_ids[start : start + BATCH]
            rows = session.scalars(
                select(Customer)
                .where(Customer.id.in_(chunk), ~Customer.deleted, policy.visible_customers(actor))
                .options(*loaded)
            )
            for customer in rows:
                found[customer.id] = customer_detail(customer, in_brief=in_brief)
    return found


def letterhead(db: Database, actor: Actor, options: ReportOptions) -> Letterhead:
    from agricrm.reports.document import Letterhead

    return Letterhead(
        branch_name=branch_profile(db, actor).name,
        printed_at=options.printed_at,
        printed_by=actor.display_name,
        logo=branch_logo(db, actor),
    )


def new_kit(options: ReportOptions) -> ReportKit:
    from agricrm.reports.kit import ReportKit

    return ReportKit(options.translate)


def customer_sheet(
    db: Database,
    actor: Actor,
    customer_id: int,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The customer profile sheet (客户信息档案表) of one customer."""
    from agricrm.reports.customer_sheet import CUSTOMER_SHEET
    from agricrm.reports.document import check_target
    from agricrm.services.report_sections import customer_sheet_data

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    keys = [key for key in CUSTOMER_SHEET.keys if CUSTOMER_SHEET.is_filled(key)]
    data = customer_sheet_data(db, actor, customer_id, options.today, keys)
    return lay_out_customer_sheet(options, letterhead(db, actor, options), data, target, progress)


def lay_out_customer_sheet(
    options: ReportOptions,
    head: Letterhead,
    data: CustomerSheetData,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The profile sheet of a file already fetched (and checked): no database here."""
    from agricrm.reports import customer_sheet as sheet
    from agricrm.reports.document import ReportWriter

    kit = new_kit(options)
    context = sheet.CustomerSheetContext(kit, data.customer, data.today, data.sections)
    subject = sheet.subject(kit, data.customer)
    writer = ReportWriter(kit, head, subject)
    writer.add(subject, sheet.customer_sheet(context))
    return writer.write(target, progress)


def periodic_summary(
    db: Database,
    actor: Actor,
    period: Period,
    officer: OfficerRef | None = None,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The periodic summary of the branch, or of one officer's customers."""
    from agricrm.reports.document import check_target
    from agricrm.reports.summary import SUMMARY
    from agricrm.services.report_sections import summary_data

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    if progress is not None:
        progress.report(0, 0)
    keys = [key for key in SUMMARY.keys if SUMMARY.is_filled(key)]
    data = summary_data(db, actor, period, officer, options.today, keys)
    return lay_out_summary(options, letterhead(db, actor, options), data, target, progress)


def lay_out_summary(
    options: ReportOptions,
    head: Letterhead,
    data: SummaryData,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The periodic summary of figures already fetched (and checked): no database here."""
    from agricrm.reports import summary
    from agricrm.reports.document import ReportWriter

    kit = new_kit(options)
    context = summary.SummaryContext(kit, data.scope, data.customers, data.today, data.sections)
    subject = summary.subject(kit, data.scope)
    writer = ReportWriter(kit, head, subject)
    writer.add(subject, summary.periodic_summary(context))
    return writer.write(target, progress)


# ---------------------------------------------------------------------------- visit reports


def find_visit(db: Database, actor: Actor, wanted: str) -> int:
    """The local id of the visit with this number (ZF20261203-BFK-004) or UUID, if the actor
    may see it."""
    condition = _by_number_or_uuid(Visit, wanted, "ZF", NOT_A_VISIT_UUID(value=wanted))
    with db.read() as session:
        found = session.execute(
            select(Visit.id, Visit.uuid, Customer.officer_id)
            .join(Customer, Customer.id == Visit.customer_id)
            .where(condition, ~Visit.deleted, ~Customer.deleted)
        ).all()
    row = _one(found, wanted, VISIT_NOT_FOUND(value=wanted.strip()), VISIT_NUMBER_SHARED)
    policy.ensure_can_see_customer(actor, row.officer_id)
    return int(row.id)


def visit_report(
    db: Database,
    actor: Actor,
    visit_id: int,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The visit report (走访报告) of one visit."""
    from agricrm.services.visits import VisitService

    VisitService(db).get(actor, visit_id)  # a clear "not found" or "not yours" first
    return visit_batch(db, actor, [visit_id], options, target, progress)


def visit_batch(
    db: Database,
    actor: Actor,
    visit_ids: Sequence[int],
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Visit reports for many visits in one file, in the given order, each numbering its own
    pages.  Visits deleted meanwhile (or not the actor's to see) are left out.  A big batch
    is laid out by several processes (`reports.parallel`) from the data fetched here."""
    from agricrm.reports import parallel
    from agricrm.reports import visit_report as layout
    from agricrm.reports.document import check_target
    from agricrm.services.visits import visit_details

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    ids = list(dict.fromkeys(visit_ids))
    if len(ids) > MAX_BATCH:
        raise AgriCrmError(TOO_MANY_VISITS(count=f"{len(ids):,}", limit=f"{MAX_BATCH:,}"))
    if parallel.worth_splitting(len(ids)):
        parallel.start_workers()
    visits = {}
    for start in range(0, len(ids), BATCH):
        if progress is not None:
            progress.report(start, len(ids))
        visits.update(visit_details(db, actor, ids[start : start + BATCH]))
    found = [visits[i] for i in ids if i in visits]
    customers = customer_details(
        db, actor, sorted({visit.customer_id for visit in found}), in_brief=True
    )
    ordered = [visit for visit in found if visit.customer_id in customers]
    if not ordered:
        raise NotFound(NO_VISITS(what=NO_VISITS_LEFT))
    records = [(visit, customers[visit.customer_id]) for visit in ordered]
    kit = new_kit(options)
    days = [visit.visit_date for visit in ordered]
    if len(ordered) == 1:
        title = layout.subject(kit, ordered[0])
    else:
        title = kit.t(
            layout.BATCH_TITLE(
                first=min(days).isoformat(), last=max(days).isoformat(), count=len(ordered)
            )
        )
    head = letterhead(db, actor, options)
    if not parallel.worth_splitting(len(records)):
        return lay_out_visit_reports(options, head, title, records, target, progress)
    parts = parallel.split(records)
    return parallel.lay_out(
        [partial(lay_out_visit_reports, options, head, title, part) for part in parts],
        [len(part) for part in parts],
        title,
        head.branch_name,
        target,
        progress,
    )


def lay_out_visit_reports(
    options: ReportOptions,
    head: Letterhead,
    title: str,
    records: Sequence[tuple[VisitDetail, CustomerDetail]],
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The visit reports of visits already fetched (and checked): no database here, so a
    worker process can run it on its share of a batch."""
    from agricrm.reports import visit_report as layout
    from agricrm.reports.document import ReportWriter

    kit = new_kit(options)
    writer = ReportWriter(kit, head, title)
    for visit, customer in records:
        writer.add(layout.subject(kit, visit), layout.visit_report(kit, visit, customer))
    return writer.write(target, progress)


def visits_in_range(
    db: Database,
    actor: Actor,
    first: dt.date,
    last: dt.date,
    officer: OfficerRef | None = None,
    status: VisitStatus | None = VisitStatus.DONE,
) -> list[int]:
    """The visits of a date range (and officer, and status; None: every status), by date,
    village and customer; an officer gets the visits of their own customers."""
    from agricrm.services.visit_data import VisitQuery, VisitSort
    from agricrm.services.visits import search_visit_ids

    if last < first:
        raise AgriCrmError(RANGE_REVERSED(first=first.isoformat(), last=last.isoformat()))
    if officer is not None and not actor.is_manager and officer.id != actor.user_id:
        raise PermissionDenied(OWN_VISITS_ONLY)
    query = VisitQuery(
        date_from=first,
        date_to=last,
        officer_id=officer.id if officer is not None else None,
        status=status,
        sort=VisitSort.DATE,
        descending=False,
    )
    ids = search_visit_ids(db, actor, query)
    if not ids:
        what = (
            NO_VISITS_RANGE(
                status=status.label if status else ALL_STATUSES,
                first=first.isoformat(),
                last=last.isoformat(),
            )
            if officer is None
            else NO_VISITS_OFFICER(
                status=status.label if status else ALL_STATUSES,
                officer=officer.display_name,
                first=first.isoformat(),
                last=last.isoformat(),
            )
        )
        raise NotFound(NO_VISITS(what=what))
    return ids


def visit_reports_in_range(
    db: Database,
    actor: Actor,
    first: dt.date,
    last: dt.date,
    officer: OfficerRef | None = None,
    status: VisitStatus | None = VisitStatus.DONE,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The visit reports of a date range (and officer) as one batch."""
    if target is not None:
        from agricrm.reports.document import check_target

        check_target(target)
    ids = visits_in_range(db, actor, first, last, officer, status)
    return visit_batch(db, actor, ids, options, target, progress)


# ---------------------------------------------------------------------------- village day sheet


def village_day_sheet(
    db: Database,
    actor: Actor,
    township: str,
    village: str,
    day: dt.date,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The village day sheet: the village day list on paper, with room to write by hand."""
    from agricrm.reports import village_day as layout
    from agricrm.reports.document import ReportWriter, check_target
    from agricrm.services.today import village_day_list

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    if progress is not None:
        progress.report(0, 0)
    found = village_day_list(db, actor, township, village, day)
    kit = new_kit(options)
    subject = layout.subject(kit, found)
    writer = ReportWriter(kit, letterhead(db, actor, options), subject)
    writer.add(subject, layout.village_day_sheet(kit, found))
    return writer.write(target, progress)


# ---------------------------------------------------------------------------- complaints


def find_complaint(db: Database, actor: Actor, wanted: str) -> int:
    """The local id of a complaint given by its number (TS20260612-0003) or its UUID, if the
    actor may see it (an officer learns nothing of others' complaints, not even that they
    exist)."""
    from agricrm.models import Complaint
    from agricrm.services.complaints import visible_complaints

    text = wanted.strip()
    try:
        condition = Complaint.uuid == str(uuid_module.UUID(text))
    except ValueError:
        if not text.upper().startswith("TS"):
            raise NotFound(NOT_A_COMPLAINT(value=wanted)) from None
        condition = Complaint.number == text.upper()
    with db.read() as session:
        found = session.execute(
            select(Complaint.id, Complaint.uuid).where(
                condition, ~Complaint.deleted, visible_complaints(actor)
            )
        ).all()
    if not found:
        raise NotFound(COMPLAINT_NOT_FOUND(value=text))
    if len(found) > 1:  # numbers are per device; two devices may have given the same one
        uuids = ", ".join(row.uuid for row in found)
        raise AgriCrmError(COMPLAINT_NUMBER_SHARED(value=text, uuids=uuids))
    return int(found[0].id)


def complaint_form(
    db: Database,
    actor: Actor,
    complaint_id: int,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The complaint handling form (投诉处理单) with the full workflow history."""
    from agricrm.domain.complaints import local_day_start
    from agricrm.reports import complaint_form as layout
    from agricrm.reports.document import ReportWriter, check_target
    from agricrm.services.complaint_settings import complaint_settings
    from agricrm.services.complaints import get_complaint

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    now = min(options.printed_at, local_day_start(options.today + dt.timedelta(days=1)))
    complaint = get_complaint(db, actor, complaint_id, now=now)
    customer = None
    if complaint.customer_id is not None:
        customer = customer_details(db, actor, [complaint.customer_id]).get(complaint.customer_id)
    settings = complaint_settings(db, actor)
    kit = new_kit(options)

    def category(code: str) -> str:
        return kit.t(settings.label(code))

    subject = layout.subject(kit, complaint)
    writer = ReportWriter(kit, letterhead(db, actor, options), subject)
    writer.add(subject, layout.complaint_form(kit, complaint, customer, category, options.today))
    return writer.write(target, progress)
