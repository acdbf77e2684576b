"""Section data is fetched before layout: the profile sheet and the summary are laid out from
frozen, picklable data alone, and each section's data sits under its slot's key."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path
from typing import Any

import pytest

from agricrm.db.database import Database
from agricrm.domain.complaints import ComplaintStatus
from agricrm.domain.period import parse_period
from agricrm.i18n import catalog
from agricrm.reports.customer_sheet import CUSTOMER_SHEET, CustomerSheetContext
from agricrm.reports.sections import SectionRegistry
from agricrm.reports.summary import SUMMARY
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.report_data import (
    ComplaintSummary,
    CustomerComplaintList,
    CustomerSheetData,
    SummaryData,
)
from agricrm.services.report_sections import (
    CUSTOMER_SHEET_DATA,
    SUMMARY_DATA,
    customer_sheet_data,
    summary_data,
)
from agricrm.services.summary import resolve_officer
from agricrm.services.visit_summary import CustomerVisitRecord, OverdueFigures, VisitFigures
from tests.conftest import DEMO_AS_OF
from tests.core.complaint_helpers import complaint_in, customer_intake, customer_of
from tests.core.pdf_helpers import all_text

ZH = catalog("zh_CN")
assert ZH is not None
OPTIONS = reports.ReportOptions(
    translate=ZH.translate,
    printed_at=dt.datetime(2026, 6, 30, 6, 5, tzinfo=dt.UTC),
    today=DEMO_AS_OF,
)


def _filled(registry: SectionRegistry[Any]) -> list[str]:
    return [key for key in registry.keys if registry.is_filled(key)]


def _customer_with_complaints(db: Database, officer: Actor) -> int:
    """wangfang's first customer (visited in the demo), with a closed and an open complaint."""
    complaint_in(db, officer, ComplaintStatus.CLOSED, customer_intake(db, officer))
    complaint_in(db, officer, ComplaintStatus.RECEIVED, customer_intake(db, officer))
    return customer_of(db, officer)


def test_every_fetcher_serves_a_filled_slot_of_its_report() -> None:
    assert set(CUSTOMER_SHEET_DATA) == {"last_visits", "complaints", "classes", "class_changes"}
    assert set(CUSTOMER_SHEET_DATA) <= set(_filled(CUSTOMER_SHEET))
    assert set(SUMMARY_DATA) == {"visits", "overdue_visits", "complaints"}
    assert set(SUMMARY_DATA) <= set(_filled(SUMMARY))


def test_the_profile_sheet_is_laid_out_from_its_data_alone(
    demo_db: Database, demo_path: Path, admin: Actor, officer: Actor
) -> None:
    customer_id = _customer_with_complaints(demo_db, officer)
    made = reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    data = customer_sheet_data(demo_db, admin, customer_id, DEMO_AS_OF, _filled(CUSTOMER_SHEET))
    head = reports.letterhead(demo_db, admin, OPTIONS)
    record = data.sections["last_visits"]
    complaints = data.sections["complaints"]
    assert isinstance(record, CustomerVisitRecord) and record.recorded > 0
    assert isinstance(complaints, CustomerComplaintList) and complaints.rows
    copy = pickle.loads(pickle.dumps(data))  # what a worker process would receive
    assert isinstance(copy, CustomerSheetData) and copy == data
    demo_db.close()
    demo_path.unlink()  # nothing left to query
    laid_out = reports.lay_out_customer_sheet(OPTIONS, head, copy)
    text = all_text(laid_out.pdf)
    assert text == all_text(made.pdf)
    assert complaints.rows[0].number in text and "最近走访" in text


@pytest.mark.parametrize("who", ["branch", "officer"])
def test_the_summary_is_laid_out_from_its_data_alone(
    demo_db: Database, demo_path: Path, manager: Actor, officer: Actor, who: str
) -> None:
    _customer_with_complaints(demo_db, officer)
    period = parse_period("2026")
    wang = resolve_officer(demo_db, manager, "wangfang") if who == "officer" else None
    made = reports.periodic_summary(demo_db, manager, period, wang, OPTIONS)
    data = summary_data(demo_db, manager, period, wang, DEMO_AS_OF, _filled(SUMMARY))
    head = reports.letterhead(demo_db, manager, OPTIONS)
    assert isinstance(data.sections["visits"], VisitFigures)
    assert isinstance(data.sections["overdue_visits"], OverdueFigures)
    complaints = data.sections["complaints"]
    assert isinstance(complaints, ComplaintSummary) and complaints.statistics.received > 0
    copy = pickle.loads(pickle.dumps(data))
    assert isinstance(copy, SummaryData) and copy == data
    demo_db.close()
    demo_path.unlink()
    assert all_text(reports.lay_out_summary(OPTIONS, head, copy).pdf) == all_text(made.pdf)


def test_an_emptied_slot_is_not_fetched_for(
    demo_db: Database, admin: Actor, officer: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetched: list[int] = []
    registered = dict(CUSTOMER_SHEET_DATA)

    def last_visits(db: Database, actor: Actor, customer: object, today: dt.date) -> object:
        fetched.append(customer.id)  # type: ignore[attr-defined]
        return registered["last_visits"](db, actor, customer, today)

    monkeypatch.setitem(CUSTOMER_SHEET_DATA, "last_visits", last_visits)
    customer_id = customer_of(demo_db, officer)
    reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    assert fetched == [customer_id]
    with CUSTOMER_SHEET.replaced("last_visits", None):
        text = all_text(reports.customer_sheet(demo_db, admin, customer_id, OPTIONS).pdf)
    assert fetched == [customer_id] and "最近走访" not in text


def test_a_section_without_its_data_fails_by_name(
    demo_db: Database, admin: Actor, officer: Actor
) -> None:
    customer_id = customer_of(demo_db, officer)

    def unfetched(context: CustomerSheetContext) -> list[object]:
        context.data("weather", CustomerVisitRecord)
        return []

    def mistyped(context: CustomerSheetContext) -> list[object]:
        context.data("last_visits", VisitFigures)
        return []

    with (
        CUSTOMER_SHEET.replaced("weather", unfetched),
        pytest.raises(
            LookupError, match="customer sheet: no data was fetched for section 'weather'"
        ),
    ):
        reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    with (
        CUSTOMER_SHEET.replaced("last_visits", mistyped),
        pytest.raises(TypeError, match="'last_visits' got CustomerVisitRecord, expected Visit"),
    ):
        reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
