"""The data of the profile sheet and the periodic summary, fetched before they are laid out.

Services fetch, reports lay out: `agricrm.reports` never queries.  A section of a report is
one slot in its slot table (`reports.customer_sheet.CUSTOMER_SHEET`, `reports.summary.SUMMARY`),
whose provider lays out the report's subject (the customer file; the summary's scope and
customer figures) and, when the section needs more, the data fetched for it here under the
same key (`context.data(key, Kind)` in the provider).  The fetchers run with the acting user's
permissions before layout starts, so layout gets frozen, picklable data (`services.report_data`)
and no database.

A new section that needs data: a frozen dataclass (in `services.report_data`, or beside the
query that computes it) and a fetcher here, registered under its slot's key in
`CUSTOMER_SHEET_DATA` or `SUMMARY_DATA`; its layout in the slot table.  Only the slots a report
fills are fetched for, so an emptied slot costs no query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from agricrm.db.database import Database
from agricrm.domain.complaints import local_day_start
from agricrm.domain.enums import Role
from agricrm.domain.period import Period
from agricrm.services.actor import Actor
from agricrm.services.classes import ClassesSection, classes_section
from agricrm.services.complaint_search import customer_complaints as customer_complaint_rows
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.complaint_stats import complaint_statistics
from agricrm.services.customer_data import CustomerDetail
from agricrm.services.customers import CustomerService
from agricrm.services.report_data import (
    ComplaintSummary,
    CustomerComplaintList,
    CustomerSheetData,
    SummaryData,
)
from agricrm.services.strategy import StrategySection, strategy_section
from agricrm.services.summary import (
    OfficerRef,
    SummaryScope,
    customer_figures,
    summary_scope,
)
from agricrm.services.visit_summary import (
    CustomerVisitRecord,
    OverdueFigures,
    VisitFigures,
    customer_visit_record,
    overdue_figures,
    visit_figures,
)

LAST_VISITS_SHOWN = 5  # visits the profile sheet lists; the full log is in the app

SheetFetcher = Callable[[Database, Actor, CustomerDetail, dt.date], object]
SummaryFetcher = Callable[[Database, Actor, SummaryScope, dt.date], object]


def figures_instant(today: dt.date) -> dt.datetime:
    """The end of `today` (local): the instant the printed complaint figures are taken at."""
    return local_day_start(today + dt.timedelta(days=1))


# ---------------------------------------------------------------------------- profile sheet


def last_visits(
    db: Database, actor: Actor, customer: CustomerDetail, today: dt.date
) -> CustomerVisitRecord:
    return customer_visit_record(db, actor, customer.id, today, LAST_VISITS_SHOWN)


def customer_complaints(
    db: Database, actor: Actor, customer: CustomerDetail, today: dt.date
) -> CustomerComplaintList:
    rows = customer_complaint_rows(db, actor, customer.id, now=figures_instant(today))
    return CustomerComplaintList(tuple(rows), complaint_settings(db, actor).categories)


def customer_classes(
    db: Database, actor: Actor, customer: CustomerDetail, today: dt.date
) -> ClassesSection:
    return classes_section(db, actor, customer.id, today)


def customer_strategy(
    db: Database, actor: Actor, customer: CustomerDetail, today: dt.date
) -> StrategySection:
    return strategy_section(db, actor, customer.id, today)


CUSTOMER_SHEET_DATA: dict[str, SheetFetcher] = {
    "last_visits": last_visits,
    "complaints": customer_complaints,
    "classes": customer_strategy,
    "class_changes": customer_classes,
}


def customer_sheet_data(
    db: Database, actor: Actor, customer_id: int, today: dt.date, keys: Iterable[str]
) -> CustomerSheetData:
    """The customer's file (if the actor may see it) and the data of the sections `keys`."""
    customer = CustomerService(db, lambda: today).get(actor, customer_id)
    sections = {
        key: CUSTOMER_SHEET_DATA[key](db, actor, customer, today)
        for key in keys
        if key in CUSTOMER_SHEET_DATA
    }
    return CustomerSheetData(customer, today, sections)


# ---------------------------------------------------------------------------- summary


def visits(db: Database, actor: Actor, scope: SummaryScope, today: dt.date) -> VisitFigures:
    return visit_figures(db, actor, scope)


def overdue_visits(
    db: Database, actor: Actor, scope: SummaryScope, today: dt.date
) -> OverdueFigures:
    return overdue_figures(db, actor, scope, today)


def _complaint_actor(actor: Actor, scope: SummaryScope) -> Actor:
    """Whose complaints: the branch for a manager's branch summary; for an officer's summary
    those the officer sees (handled by them or about their customers)."""
    officer = scope.officer
    if officer is None or not actor.is_manager:
        return actor
    return Actor(officer.id, officer.username, officer.display_name, Role.OFFICER)


def summary_complaints(
    db: Database, actor: Actor, scope: SummaryScope, today: dt.date
) -> ComplaintSummary:
    statistics = complaint_statistics(
        db,
        _complaint_actor(actor, scope),
        scope.period.first_day,
        scope.as_of,
        now=figures_instant(today),
    )
    return ComplaintSummary(statistics, complaint_settings(db, actor).categories)


SUMMARY_DATA: dict[str, SummaryFetcher] = {
    "visits": visits,
    "overdue_visits": overdue_visits,
    "complaints": summary_complaints,
}


def summary_data(
    db: Database,
    actor: Actor,
    period: Period,
    officer: OfficerRef | None,
    today: dt.date,
    keys: Iterable[str],
) -> SummaryData:
    """The summary's scope (checked: an officer's is always their own), its customer figures
    and the data of the sections `keys`."""
    scope = summary_scope(db, actor, period, officer, today)
    figures = customer_figures(db, actor, scope)
    sections = {
        key: SUMMARY_DATA[key](db, actor, scope, today) for key in keys if key in SUMMARY_DATA
    }
    return SummaryData(scope, figures, today, sections)
