"""Creating and changing customer files through the service, on real SQLite files."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from agricrm.db.database import Database
from agricrm.domain.enums import CustomerStatus, Gender
from agricrm.domain.errors import AgriCrmError, PermissionDenied, StaleRecord, ValidationFailed
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.customers import ADD_VILLAGE_ACTION, CustomerService
from agricrm.services.villages import add_village

from .helpers import new_id_number, row_counts, valid_input

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def service(demo_db: Database) -> CustomerService:
    return CustomerService(demo_db, today=lambda: TODAY)


def _field_errors(failure: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {error.field: str(error.message) for error in failure.value.errors}


def test_create_saves_everything_and_derives_birth_date_and_gender(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    data = valid_input(demo_db, id_number=new_id_number("19790412").lower())
    detail = service.create(officer, data)
    assert detail.birth_date == dt.date(1979, 4, 12)
    assert detail.gender in (Gender.MALE, Gender.FEMALE)
    assert detail.id_number == data.id_number.upper()
    assert detail.officer_id == officer.user_id
    assert detail.status is CustomerStatus.PROSPECT
    assert [h.to_status for h in detail.status_history] == [CustomerStatus.PROSPECT]
    assert detail.status_history[0].changed_by == officer.display_name
    again = service.get(officer, detail.id)
    assert again.loans[0].balance == Decimal("150000.00")
    assert again.production_items[0].name == "小麦"
    assert again.land_area_mu == Decimal("120.50")


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"id_number": "371321198001011235"}, "id_number", "last character"),
        ({"phone": "1234567"}, "phone", "11 digits"),
        ({"land_area_mu": Decimal("-3")}, "land_area_mu", "negative"),
        ({"id_number": "", "birth_date": dt.date(2030, 1, 1)}, "birth_date", "future"),
        ({"name": "  "}, "name", "required"),
        ({"household_size": 0}, "household_size", "between"),
    ],
)
def test_bad_input_is_refused_with_a_field_message_and_nothing_changes(
    service: CustomerService,
    demo_db: Database,
    officer: Actor,
    changes: dict[str, object],
    field: str,
    fragment: str,
) -> None:
    before = row_counts(demo_db)
    with pytest.raises(ValidationFailed) as failure:
        service.create(officer, valid_input(demo_db, **changes))
    assert fragment in _field_errors(failure)[field]
    assert row_counts(demo_db) == before


def test_loan_balance_above_amount_points_at_the_cell(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    data = valid_input(demo_db)
    data.loans[0].balance = Decimal(250000)
    before = row_counts(demo_db)
    with pytest.raises(ValidationFailed) as failure:
        service.create(officer, data)
    assert "250,000" in _field_errors(failure)["loans[0].balance"]
    assert row_counts(demo_db) == before


def test_unknown_village_offers_to_add_it_and_saves_once_added(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    data = valid_input(demo_db, village="不存在村")
    with pytest.raises(ValidationFailed) as failure:
        service.create(officer, data)
    error = failure.value.for_field("village")
    assert error is not None and error.action == ADD_VILLAGE_ACTION
    add_village(demo_db, officer, data.township, "不存在村")
    assert service.create(officer, data).village == "不存在村"


def test_second_customer_with_the_same_id_number_names_the_first(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    first = service.create(officer, valid_input(demo_db, name="王大山"))
    before = row_counts(demo_db)
    with pytest.raises(ValidationFailed) as failure:
        service.create(officer, valid_input(demo_db, name="王小山", id_number=first.id_number))
    assert "王大山" in _field_errors(failure)["id_number"]
    assert row_counts(demo_db) == before


def test_update_replaces_sub_records_and_keeps_ids(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    created = service.create(officer, valid_input(demo_db))
    data = created.to_input()
    data.loans[0].balance = Decimal(100000)
    data.production_items = []
    updated = service.update(officer, created.id, data, created.row_version)
    assert updated.loans[0].id == created.loans[0].id
    assert updated.loans[0].balance == Decimal(100000)
    assert updated.production_items == ()
    assert updated.row_version > created.row_version


def test_a_stale_form_cannot_overwrite_a_newer_save(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    created = service.create(officer, valid_input(demo_db))
    first = dataclasses.replace(created.to_input(), notes="先保存的修改")
    service.update(officer, created.id, first, created.row_version)
    stale = dataclasses.replace(created.to_input(), notes="旧表单的修改")
    with pytest.raises(StaleRecord):
        service.update(officer, created.id, stale, created.row_version)
    assert service.get(officer, created.id).notes == "先保存的修改"


def test_officers_only_see_and_edit_their_own_customers(
    service: CustomerService, demo_db: Database, officer: Actor, other_officer: Actor
) -> None:
    created = service.create(officer, valid_input(demo_db))
    with pytest.raises(PermissionDenied):
        service.get(other_officer, created.id)
    mine = search_customer_ids(demo_db, other_officer, CustomerQuery())
    assert created.id not in mine
    moved = dataclasses.replace(created.to_input(), officer_id=other_officer.user_id)
    with pytest.raises(PermissionDenied):
        service.update(officer, created.id, moved, created.row_version)


def test_admission_lifecycle_records_who_when_why_and_needs_a_manager_to_approve(
    service: CustomerService, demo_db: Database, officer: Actor, manager: Actor
) -> None:
    created = service.create(officer, valid_input(demo_db))
    with pytest.raises(ValidationFailed):
        service.change_status(officer, created.id, CustomerStatus.UNDER_REVIEW, "  ")
    reviewed = service.change_status(officer, created.id, CustomerStatus.UNDER_REVIEW, "资料齐全")
    with pytest.raises(PermissionDenied):
        service.change_status(officer, created.id, CustomerStatus.ACTIVE, "通过")
    with pytest.raises(AgriCrmError):
        service.change_status(manager, created.id, CustomerStatus.UNDER_REVIEW, "重复提交")
    active = service.change_status(manager, created.id, CustomerStatus.ACTIVE, "审核通过")
    assert active.status is CustomerStatus.ACTIVE
    last = active.status_history[-1]
    assert (last.from_status, last.to_status, last.changed_by, last.reason) == (
        CustomerStatus.UNDER_REVIEW,
        CustomerStatus.ACTIVE,
        manager.display_name,
        "审核通过",
    )
    assert reviewed.row_version < active.row_version


def test_review_needs_an_id_number(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    created = service.create(officer, valid_input(demo_db, id_number=""))
    with pytest.raises(ValidationFailed) as failure:
        service.change_status(officer, created.id, CustomerStatus.UNDER_REVIEW, "提交")
    assert "id_number" in _field_errors(failure)


def test_archive_hides_from_the_list_blocks_edits_and_restore_brings_back(
    service: CustomerService, demo_db: Database, officer: Actor
) -> None:
    created = service.create(officer, valid_input(demo_db))
    archived = service.archive(officer, created.id, created.row_version)
    assert created.id not in search_customer_ids(demo_db, officer, CustomerQuery())
    assert created.id in search_customer_ids(demo_db, officer, CustomerQuery(include_archived=True))
    with pytest.raises(AgriCrmError):
        service.update(officer, created.id, archived.to_input(), archived.row_version)
    restored = service.restore(officer, created.id, archived.row_version)
    assert restored.archived_at is None
    assert created.id in search_customer_ids(demo_db, officer, CustomerQuery())
