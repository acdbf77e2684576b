"""Printed reports as the GUI and the command line ask for them.

Each function fetches what the report needs (with the actor's permissions), lays it out with
`agricrm.reports` and returns the PDF; given a `target` path the file is written whole or not
at all.  reportlab is imported only when a report is made.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from agricrm.db.database import Database
from agricrm.domain.errors import NotFound
from agricrm.domain.period import Period
from agricrm.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from agricrm.models import Customer, CustomerStatusChange
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerDetail
from agricrm.services.customers import CUSTOMER_NOT_FOUND, CustomerService, _detail
from agricrm.services.progress import Progress
from agricrm.services.settings import branch_logo, branch_profile
from agricrm.services.summary import OfficerRef, customer_figures, summary_scope

if TYPE_CHECKING:
    from agricrm.reports.document import Letterhead, ReportResult
    from agricrm.reports.kit import ReportKit

NOT_A_UUID = QT_TRANSLATE_NOOP(
    "Reports", "{value} is not a customer number (a UUID such as 3f2b8c1e-…)."
)


@dataclass(frozen=True)
class ReportOptions:
    """How to print: the language (a translate function), the print time, today's date."""

    translate: Translate = untranslated
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    today: dt.date = field(default_factory=dt.date.today)


def find_customer(db: Database, actor: Actor, customer_uuid: str) -> int:
    """The local id of the customer with this UUID, if the actor may see it."""
    try:
        wanted = str(uuid_module.UUID(customer_uuid.strip()))
    except ValueError:
        raise NotFound(NOT_A_UUID(value=customer_uuid)) from None
    with db.read() as session:
        row = session.execute(
            select(Customer.id, Customer.officer_id).where(
                Customer.uuid == wanted, ~Customer.deleted
            )
        ).first()
    if row is None:
        raise NotFound(CUSTOMER_NOT_FOUND)
    policy.ensure_can_see_customer(actor, row.officer_id)
    return int(row.id)


BATCH = 500  # ids per IN (...) list


def customer_details(
    db: Database, actor: Actor, customer_ids: list[int]
) -> dict[int, CustomerDetail]:
    """Many customer files at once (for batches: a few queries per 500 customers, not per
    customer); ids the actor may not see, or that do not exist, are left out."""
    found: dict[int, CustomerDetail] = {}
    with db.read() as session:
        for start in range(0, len(customer_ids), BATCH):
            chunk = customer_ids[start : start + BATCH]
            rows = session.scalars(
                select(Customer)
                .where(Customer.id.in_(chunk), ~Customer.deleted, policy.visible_customers(actor))
                .options(
                    selectinload(Customer.production_items),
                    selectinload(Customer.loans),
                    selectinload(Customer.status_changes).selectinload(
                        CustomerStatusChange.changed_by
                    ),
                    selectinload(Customer.officer),
                )
            )
            for customer in rows:
                found[customer.id] = _detail(customer)
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
    from agricrm.reports import customer_sheet as sheet
    from agricrm.reports.document import ReportWriter, check_target

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    detail = CustomerService(db, lambda: options.today).get(actor, customer_id)
    kit = new_kit(options)
    context = sheet.CustomerSheetContext(db, actor, kit, detail, options.today)
    writer = ReportWriter(kit, letterhead(db, actor, options), sheet.subject(kit, detail))
    writer.add(sheet.subject(kit, detail), sheet.customer_sheet(context))
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
    from agricrm.reports import summary
    from agricrm.reports.document import ReportWriter, check_target

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    scope = summary_scope(db, actor, period, officer, options.today)
    if progress is not None:
        progress.report(0, 0)
    figures = customer_figures(db, actor, scope)
    kit = new_kit(options)
    context = summary.SummaryContext(db, actor, kit, scope, figures, options.today)
    subject = summary.subject(kit, scope)
    writer = ReportWriter(kit, letterhead(db, actor, options), subject)
    writer.add(subject, summary.periodic_summary(context))
    return writer.write(target, progress)
