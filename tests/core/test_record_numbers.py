"""Readable record numbers: given once by the door in this device's series, carried by sync
packages without ever conflicting, derived from the uuid for records made before numbers, and
found by search and by the report commands."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.errors import PermissionDenied, ValidationFailed
from agricrm.domain.record_numbers import (
    SERIES_LETTERS,
    derived_customer_number,
    derived_visit_number,
    number_prefix,
)
from agricrm.domain.visits import VisitInput, VisitMode, VisitStatus, VisitType
from agricrm.models import Customer, Visit
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.customers import CustomerService
from agricrm.services.record_series import change_numbering_series, numbering_series
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import Action, apply_import, preview_import
from agricrm.services.users import resolve_actor
from agricrm.services.visit_data import VisitQuery
from agricrm.services.visits import VisitService, search_visit_ids

from .helpers import valid_input


def _visit(customer_id: int, officer_id: int) -> VisitInput:
    return VisitInput(
        customer_id=customer_id,
        officer_id=officer_id,
        status=VisitStatus.DONE,
        visit_type=VisitType.RETURN,
        mode=VisitMode.ON_SITE,
        visit_date=dt.date.today(),
    )


def test_new_customers_and_visits_are_numbered_one_after_another_in_the_series(
    demo_db: Database, manager: Actor
) -> None:
    change_numbering_series(demo_db, manager, " qrs ")
    customers = CustomerService(demo_db)
    first = customers.create(manager, valid_input(demo_db, name="甲一"))
    second = customers.create(manager, valid_input(demo_db, name="乙二"))
    assert (first.number, second.number) == ("KH-QRS-00001", "KH-QRS-00002")
    visits = VisitService(demo_db)
    made = [visits.create(manager, _visit(first.id, manager.user_id)) for _ in range(2)]
    today = f"{dt.date.today():%Y%m%d}"
    assert [v.number for v in made] == [f"ZF{today}-QRS-001", f"ZF{today}-QRS-002"]
    # a number is given once: saving the file again keeps it
    again = customers.update(
        manager, first.id, dataclasses.replace(first.to_input(), notes="再存一次"), 1
    )
    assert again.number == "KH-QRS-00001"


def test_a_new_database_makes_its_series_once_and_numbers_its_demo_data(
    demo_db: Database, admin: Actor
) -> None:
    series = numbering_series(demo_db, admin)
    assert re.fullmatch(f"[{SERIES_LETTERS}]{{3}}", series)
    assert numbering_series(demo_db, admin) == series
    with demo_db.read() as session:
        numbers = session.scalars(select(Customer.number).order_by(Customer.id)).all()
        visit_numbers = session.scalars(select(Visit.number)).all()
    assert numbers[:2] == [f"KH-{series}-00001", f"KH-{series}-00002"]
    assert len(set(numbers)) == len(numbers)  # the bulk path numbers too, none twice
    assert len(set(visit_numbers)) == len(visit_numbers)
    assert all(re.fullmatch(rf"ZF\d{{8}}-{series}-\d{{3}}", n) for n in visit_numbers)


@pytest.mark.parametrize("typed", ["AB", "ABCD", "AB1", "ABI", "ABO", "甲乙丙", ""])
def test_a_series_that_is_not_three_plain_letters_is_refused_and_the_old_one_kept(
    demo_db: Database, manager: Actor, typed: str
) -> None:
    before = numbering_series(demo_db, manager)
    with pytest.raises(ValidationFailed) as raised:
        change_numbering_series(demo_db, manager, typed)
    assert raised.value.errors[0].field == "series"
    assert numbering_series(demo_db, manager) == before


def test_only_a_manager_changes_the_series(demo_db: Database, officer: Actor) -> None:
    with pytest.raises(PermissionDenied):
        change_numbering_series(demo_db, officer, "XYZ")


def test_numbers_travel_with_their_records_and_never_change(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    change_numbering_series(demo_db, admin, "LAP")
    export_package(demo_db, admin, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        change_numbering_series(hq, hq_admin, "HQA")
        apply_import(hq, hq_admin, tmp_path / "full.xlsx")
        with demo_db.read() as session:
            laptop = dict(session.execute(select(Customer.uuid, Customer.number)).all())
        with hq.read() as session:
            arrived = dict(session.execute(select(Customer.uuid, Customer.number)).all())
        assert arrived == laptop
        # a file made at headquarters is numbered in headquarters' series
        made = CustomerService(hq).create(hq_admin, valid_input(hq, name="总部建档"))
        assert made.number == "KH-HQA-00001"
        # an edit on the laptop travels; the number stays what it was on both sides
        customers = CustomerService(demo_db)
        first_id = search_customer_ids(demo_db, admin, CustomerQuery())[0]
        detail = customers.get(admin, first_id)
        customers.update(
            admin,
            first_id,
            dataclasses.replace(detail.to_input(), notes="改过"),
            detail.row_version,
        )
        export_package(demo_db, admin, tmp_path / "since.xlsx", since_last=True)
        apply_import(hq, hq_admin, tmp_path / "since.xlsx")
        with hq.read() as session:
            kept = session.scalars(select(Customer).where(Customer.uuid == detail.uuid)).one()
            assert (kept.notes, kept.number) == ("改过", detail.number)
    finally:
        hq.close()


def _without_number_columns(package: Path, target: Path) -> Path:
    """The package as a release before numbers wrote it: no number columns."""
    workbook = load_workbook(package)
    for title in ("客户", "走访记录"):
        sheet = workbook[title]
        keys = [cell.value for cell in sheet[2]]
        for key in ("number", "customer_number"):
            if key in keys:
                sheet.delete_cols(keys.index(key) + 1)
                keys = [cell.value for cell in sheet[2]]
    workbook.save(target)
    return target


def test_a_record_from_a_release_before_numbers_gets_the_number_its_own_upgrade_gives(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    export_package(demo_db, admin, tmp_path / "full.xlsx")
    old = _without_number_columns(tmp_path / "full.xlsx", tmp_path / "old.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        apply_import(hq, hq_admin, old)
        with hq.read() as session:
            customers = session.execute(select(Customer.uuid, Customer.number)).all()
            visits = session.execute(select(Visit.uuid, Visit.created_at, Visit.number)).all()
    finally:
        hq.close()
    assert customers and all(n == derived_customer_number(u) for u, n in customers)
    assert visits and all(n == derived_visit_number(u, c) for u, c, n in visits)


def test_search_finds_a_file_and_a_visit_by_number_typed_any_way(
    demo_db: Database, admin: Actor
) -> None:
    with demo_db.read() as session:
        customer_id, number = session.execute(
            select(Customer.id, Customer.number).order_by(Customer.id).limit(1)
        ).one()
        visit_id, visit_number = session.execute(
            select(Visit.id, Visit.number).order_by(Visit.id).limit(1)
        ).one()
    full_width = number.translate(str.maketrans("-0123456789", "－０１２３４５６７８９"))
    for typed in (number, number.lower(), full_width):
        assert search_customer_ids(demo_db, admin, CustomerQuery(text=typed)) == [customer_id]
    series_part = number.rsplit("-", 1)[0]  # KH-BFK: every file of the series
    assert customer_id in search_customer_ids(demo_db, admin, CustomerQuery(text=series_part))
    found = search_visit_ids(demo_db, admin, VisitQuery(customer_text=visit_number.lower()))
    assert found == [visit_id]
    # the visit list's box still finds the visits of a customer by their file number
    by_file = search_visit_ids(demo_db, admin, VisitQuery(customer_text=number))
    with demo_db.read() as session:
        theirs = set(session.scalars(select(Visit.id).where(Visit.customer_id == customer_id)))
    assert set(by_file) == theirs


@given(st.text(alphabet="abcdefghjklmnpqrstwxyz", min_size=1, max_size=4))
def test_pinyin_initials_are_never_taken_for_a_number(initials: str) -> None:
    assert number_prefix(initials) is None


def test_derived_numbers_are_the_same_everywhere_and_look_like_numbers() -> None:
    uuid = "6bb6ae33-39d6-4ed9-ae28-c43be13ebb89"
    assert derived_customer_number(uuid) == derived_customer_number(uuid)
    assert re.fullmatch(r"KH-[0-9A-Z]{4}-[0-9A-Z]{5}", derived_customer_number(uuid))
    created = dt.datetime(2026, 11, 12, 6, 15, tzinfo=dt.UTC)
    assert re.fullmatch(r"ZF20261112-[0-9A-Z]{6}", derived_visit_number(uuid, created))
    assert derived_customer_number(uuid) != derived_customer_number(uuid.replace("6", "7"))


def test_a_workbook_typed_by_people_finds_a_file_by_its_number(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    with demo_db.read() as session:
        known = session.execute(
            select(Customer.number, Customer.name, Customer.township, Customer.village)
            .order_by(Customer.id)
            .limit(1)
        ).one()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["档案编号", "姓名", "乡镇", "村", "备注"])
    # a changed name: only the number can tell who this is
    sheet.append([known.number.lower(), "改了名", known.township, known.village, "按编号找到"])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    plan = preview_import(demo_db, admin, path)
    assert plan.issues == []
    (row,) = plan.rows
    assert (row.action, row.matched_by) == (Action.UPDATE, "number")


def test_a_typed_file_number_that_belongs_to_nobody_is_named_not_kept(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    with demo_db.read() as session:
        township, village = session.execute(select(Customer.township, Customer.village)).first()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["档案编号", "姓名", "乡镇", "村"])
    sheet.append(["KH-ZZZ-99999", "新来的", township, village])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    plan = preview_import(demo_db, admin, path)
    (issue,) = plan.issues
    assert (issue.row, issue.column, issue.value) == (2, "档案编号", "KH-ZZZ-99999")
