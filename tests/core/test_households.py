"""The customer's household: members checked like the customer's own fields, saved with the
file, printed on the profile sheet (numbers masked) and carried by sync packages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.household import (
    MEMBERS_MAX,
    HouseholdMemberInput,
    Relation,
    normalize_household,
)
from agricrm.models import HouseholdMember
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.sync_conflicts import list_conflicts, resolve_conflict
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor

from .helpers import new_id_number, valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS

TODAY = dt.date(2026, 12, 3)


def _check(
    members: list[HouseholdMemberInput], own: str = "", code: str = ""
) -> tuple[str, list[HouseholdMemberInput], dict[str, str]]:
    errors: list[FieldError] = []
    code, cleaned = normalize_household(code, members, own, TODAY, errors)
    return code, cleaned, {e.field: str(e.message) for e in errors}


def test_members_are_folded_like_the_customers_own_numbers() -> None:
    spouse = new_id_number("19620315")
    full_width = spouse.lower().translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    code, (member,), errors = _check(
        [HouseholdMemberInput(name=" 王  桂兰 ", id_number=full_width, phone="+86 139-1234-0000")],
        code="  0042 ",
    )
    assert errors == {}
    assert (code, member.name, member.id_number, member.phone) == (
        "0042",
        "王 桂兰",
        spouse,
        "13912340000",
    )


def test_each_bad_member_field_is_named_by_its_row() -> None:
    own = new_id_number("19600101")
    twice = new_id_number("19850505")
    _, _, errors = _check(
        [
            HouseholdMemberInput(name="", relation=Relation.CHILD),
            HouseholdMemberInput(name="甲", id_number=own),
            HouseholdMemberInput(name="乙", id_number=twice),
            HouseholdMemberInput(name="丙", id_number=twice, phone="12345"),
            HouseholdMemberInput(name="丁", id_number=twice[:-1] + "Y"),
        ],
        own=own,
    )
    assert set(errors) == {
        "household_members[0].name",
        "household_members[1].id_number",
        "household_members[3].id_number",
        "household_members[3].phone",
        "household_members[4].id_number",
    }
    assert (
        "第 3 行" in errors["household_members[3].id_number"]
        or "row 3" in (errors["household_members[3].id_number"])
    )


def test_too_many_members_and_a_long_code_are_refused() -> None:
    _, _, errors = _check(
        [HouseholdMemberInput(name=f"成员{i}") for i in range(MEMBERS_MAX + 1)], code="X" * 31
    )
    assert set(errors) == {"household_members", "household_code"}


def test_members_are_saved_edited_and_removed_with_the_file(
    demo_db: Database, admin: Actor
) -> None:
    service = CustomerService(demo_db)
    spouse = new_id_number("19620315")
    data = valid_input(
        demo_db,
        household_code="0042",
        household_members=[
            HouseholdMemberInput(name="王桂兰", relation=Relation.SPOUSE, id_number=spouse),
            HouseholdMemberInput(name="李小军", relation=Relation.CHILD),
        ],
    )
    created = service.create(admin, data)
    assert [(m.name, m.relation) for m in created.household_members] == [
        ("王桂兰", Relation.SPOUSE),
        ("李小军", Relation.CHILD),
    ]
    kept = created.household_members[0]
    edited = dataclasses.replace(
        created.to_input(),
        household_members=[
            dataclasses.replace(created.to_input().household_members[0], phone="13912340000")
        ],
    )
    updated = service.update(admin, created.id, edited, created.row_version)
    assert [(m.id, m.phone) for m in updated.household_members] == [(kept.id, "13912340000")]
    with demo_db.read() as session:
        gone = session.scalars(
            select(HouseholdMember.deleted).where(HouseholdMember.name == "李小军")
        ).one()
    assert gone  # soft-deleted, so the removal can travel
    bad = dataclasses.replace(
        updated.to_input(),
        household_members=[HouseholdMemberInput(name="", relation=Relation.CHILD)],
    )
    with pytest.raises(ValidationFailed):
        service.update(admin, created.id, bad, updated.row_version)
    assert len(service.get(admin, created.id).household_members) == 1


def test_the_profile_sheet_lists_the_household_with_numbers_masked(
    demo_db: Database, admin: Actor
) -> None:
    spouse = new_id_number("19620315")
    created = CustomerService(demo_db).create(
        admin,
        valid_input(
            demo_db,
            household_code="371321-0042",
            household_members=[
                HouseholdMemberInput(
                    name="王桂兰", relation=Relation.SPOUSE, id_number=spouse, phone="13912340000"
                )
            ],
        ),
    )
    text = all_text(reports.customer_sheet(demo_db, admin, created.id, OPTIONS).pdf)
    assert "家庭成员" in text and "371321-0042" in text and "王桂兰" in text and "配偶" in text
    assert spouse not in text and f"{spouse[:6]}********{spouse[-4:]}" in text
    assert "13912340000" not in text and "139****0000" in text


def test_household_members_travel_in_packages(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    with demo_db.read() as session:
        sent = sorted(session.execute(select(HouseholdMember.uuid, HouseholdMember.name)).all())
    assert sent  # the demo branch has households
    export_package(demo_db, admin, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        apply_import(hq, resolve_actor(hq), tmp_path / "full.xlsx")
        with hq.read() as session:
            arrived = sorted(
                session.execute(select(HouseholdMember.uuid, HouseholdMember.name)).all()
            )
    finally:
        hq.close()
    assert arrived == sent


def test_a_member_changed_on_both_sides_is_resolved_with_its_empty_numbers(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    """A conflict's sides keep an empty ID number as text; resolving it must store "" where
    the column allows no NULL (it failed on NOT NULL before)."""
    service = CustomerService(demo_db)
    made = service.create(
        admin,
        valid_input(
            demo_db,
            household_members=[HouseholdMemberInput(name="王桂兰", relation=Relation.SPOUSE)],
        ),
    )
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        apply_import(hq, hq_admin, tmp_path / "p1.xlsx")

        def note(db: Database, actor: Actor, text: str) -> None:
            customers = CustomerService(db)
            with db.read() as session:
                from agricrm.models import Customer

                local = session.scalar(select(Customer.id).where(Customer.uuid == made.uuid))
            detail = customers.get(actor, local)
            member = dataclasses.replace(detail.to_input().household_members[0], notes=text)
            data = dataclasses.replace(detail.to_input(), household_members=[member])
            customers.update(actor, local, data, detail.row_version)

        note(demo_db, admin, "村里说")
        note(hq, hq_admin, "总部说")
        export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
        assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 1
        (conflict,) = list_conflicts(hq, hq_admin)
        assert conflict.entity == "household_members"
        resolve_conflict(hq, hq_admin, conflict.id, {"notes": "incoming"})
        with hq.read() as session:
            kept = session.execute(
                select(HouseholdMember.notes, HouseholdMember.id_number, HouseholdMember.phone)
            ).all()
        assert [tuple(row) for row in kept if row[0] == "村里说"] == [("村里说", "", "")]
    finally:
        hq.close()
