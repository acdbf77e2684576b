"""The summary's figures against a hand-built branch and an independent count of the demo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from decimal import Decimal

import pytest

from agricrm.db.database import Database
from agricrm.db.types import utcnow
from agricrm.domain.customer import LoanInput
from agricrm.domain.enums import (
    BusinessMode,
    CreditGrade,
    CustomerStatus,
    GuaranteeType,
    LoanClassification,
)
from agricrm.domain.errors import PermissionDenied
from agricrm.domain.period import InvalidPeriod, parse_period
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.summary import (
    CustomerFigures,
    OfficerRef,
    customer_figures,
    resolve_officer,
    summary_scope,
)
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village
from tests.conftest import DEMO_AS_OF
from tests.core.helpers import new_id_number, valid_input


def _loan(balance: int, classification: LoanClassification, start: dt.date) -> LoanInput:
    return LoanInput(
        lender="本行",
        product="农户小额贷款",
        amount=Decimal(100000),
        balance=Decimal(balance),
        start_date=start,
        due_date=start + dt.timedelta(days=365),
        classification=classification,
        guarantee_type=GuaranteeType.UNSECURED,
    )


def _breakdown(figures: CustomerFigures, key: str) -> dict[str | None, int]:
    found = next(b for b in figures.breakdowns if b.key == key)
    return {row.code: row.count for row in found.rows}


def test_figures_of_a_hand_built_branch(empty_db: Database) -> None:
    admin = resolve_actor(empty_db)
    add_village(empty_db, admin, "岸堤镇", "东岸村")
    today = dt.date.today()
    service = CustomerService(empty_db)
    farm = service.create(
        admin,
        valid_input(
            empty_db,
            name="甲",
            business_mode=BusinessMode.FAMILY_FARM,
            credit_grade=CreditGrade.GOOD,
            loans=[
                _loan(80000, LoanClassification.NORMAL, today - dt.timedelta(days=400)),
                _loan(20000, LoanClassification.SUBSTANDARD, today),
                _loan(0, LoanClassification.NORMAL, today),  # repaid: not outstanding
            ],
        ),
    )
    service.create(
        admin,
        valid_input(
            empty_db,
            name="乙",
            id_number=new_id_number(),
            business_mode=BusinessMode.SELF_EMPLOYED,
            credit_grade=CreditGrade.FAIR,
            loans=[],
        ),
    )
    archived = service.create(
        admin, valid_input(empty_db, name="丙", id_number=new_id_number(), loans=[])
    )
    service.archive(admin, archived.id, archived.row_version)
    farm = service.change_status(admin, farm.id, CustomerStatus.UNDER_REVIEW, "资料齐全")
    service.change_status(admin, farm.id, CustomerStatus.ACTIVE, "审核通过")

    scope = summary_scope(empty_db, admin, parse_period(str(today.year)), None, today)
    figures = customer_figures(empty_db, admin, scope)
    assert (figures.customers, figures.active, figures.new_customers) == (2, 1, 2)
    assert (figures.admitted, figures.ended) == (1, 0)
    assert _breakdown(figures, "business_mode")["family_farm"] == 1
    assert _breakdown(figures, "business_mode")["self_employed"] == 1
    assert sum(_breakdown(figures, "business_mode").values()) == 2
    assert _breakdown(figures, "credit_grade") == {"good": 1, "fair": 1, "poor": 0}
    assert _breakdown(figures, "status") == {
        "prospect": 1,
        "under_review": 0,
        "active": 1,
        "ended": 0,
    }
    by_class = {row.classification: row for row in figures.loans_by_class}
    assert by_class[LoanClassification.NORMAL].balance == Decimal(80000)
    assert by_class[LoanClassification.SUBSTANDARD].balance == Decimal(20000)
    assert by_class[LoanClassification.LOSS].loans == 0
    assert (figures.loans, figures.borrowers, figures.balance) == (2, 1, Decimal(100000))
    assert figures.non_performing_balance == Decimal(20000)
    assert (figures.granted_loans, figures.granted_amount) == (2, Decimal(200000))
    [row] = figures.by_officer
    assert (row.customers, row.active, row.borrowers, row.balance) == (2, 1, 1, Decimal(100000))


def _expected_status_counts(path: str, end: dt.datetime) -> Counter[str]:
    """An independent count: each customer's last status change before `end`, in Python."""
    end_text = end.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    connection = sqlite3.connect(path)
    try:
        customers = {
            row[0]
            for row in connection.execute(
                "SELECT id FROM customers WHERE deleted = 0 AND created_at < ? "
                "AND (archived_at IS NULL OR archived_at >= ?)",
                (end_text, end_text),
            )
        }
        latest: dict[int, tuple[str, int, str]] = {}
        for customer_id, changed_at, change_id, status in connection.execute(
            "SELECT customer_id, changed_at, id, to_status FROM customer_status_changes "
            "WHERE deleted = 0 AND changed_at < ?",
            (end_text,),
        ):
            if customer_id in customers:
                key = (changed_at, change_id, status)
                if customer_id not in latest or key[:2] > latest[customer_id][:2]:
                    latest[customer_id] = key
    finally:
        connection.close()
    return Counter(status for _, _, status in latest.values())


def test_status_is_taken_as_it_was_at_the_end_of_a_past_period(
    demo_db: Database, admin: Actor
) -> None:
    period = parse_period("2025-Q1")
    scope = summary_scope(demo_db, admin, period, None, DEMO_AS_OF)
    assert scope.as_of == dt.date(2025, 3, 31) and not scope.running
    figures = customer_figures(demo_db, admin, scope)
    expected = _expected_status_counts(str(demo_db.path), scope.end)
    assert {k: v for k, v in _breakdown(figures, "status").items() if v} == dict(expected)
    assert figures.customers == sum(expected.values()) < 400
    now = customer_figures(
        demo_db, admin, summary_scope(demo_db, admin, parse_period("2026"), None, DEMO_AS_OF)
    )
    assert now.customers == 400
    assert _breakdown(now, "status") != _breakdown(figures, "status")


def test_a_running_period_stops_today(demo_db: Database, admin: Actor) -> None:
    scope = summary_scope(demo_db, admin, parse_period("2026-Q2"), None, dt.date(2026, 5, 10))
    assert scope.as_of == dt.date(2026, 5, 10) and scope.running
    with pytest.raises(InvalidPeriod):
        summary_scope(demo_db, admin, parse_period("2026-Q3"), None, dt.date(2026, 5, 10))


def test_an_officer_sees_only_their_own_summary(
    demo_db: Database, officer: Actor, other_officer: Actor, manager: Actor
) -> None:
    period = parse_period("2026")
    own = summary_scope(demo_db, officer, period, None, DEMO_AS_OF)
    assert own.officer == OfficerRef(officer.user_id, officer.username, officer.display_name)
    figures = customer_figures(demo_db, officer, own)
    managed = customer_figures(
        demo_db,
        manager,
        summary_scope(
            demo_db, manager, period, resolve_officer(demo_db, manager, "wangfang"), DEMO_AS_OF
        ),
    )
    assert figures.customers == managed.customers > 0
    assert figures.by_officer == ()
    with pytest.raises(PermissionDenied):
        resolve_officer(demo_db, officer, other_officer.username)
    other = OfficerRef(other_officer.user_id, other_officer.username, "")
    with pytest.raises(PermissionDenied):
        summary_scope(demo_db, officer, period, other, DEMO_AS_OF)


def test_new_files_count_inside_the_period_only(demo_db: Database, admin: Actor) -> None:
    service = CustomerService(demo_db)
    service.create(admin, valid_input(demo_db, id_number=new_id_number(), loans=[]))
    today = utcnow().date()
    this_year = customer_figures(
        demo_db, admin, summary_scope(demo_db, admin, parse_period(str(today.year)), None, today)
    )
    last_year = customer_figures(
        demo_db,
        admin,
        summary_scope(demo_db, admin, parse_period(str(today.year - 1)), None, today),
    )
    assert this_year.customers == last_year.customers + this_year.new_customers
