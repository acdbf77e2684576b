"""Household members typed by people (issue 13): a 家庭成员 sheet without customer uuids names
its household by 档案编号, 户主身份证号 or 户码; members are found again by ID number, else by
name; the household's rules name the sheet's rows; all in the customers' transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.household import Relation
from agricrm.models import Customer, HouseholdMember
from agricrm.services.actor import Actor
from agricrm.services.sync_import import Action, ImportRejected, apply_import, preview_import
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village

from .helpers import a_village, new_id_number

CUSTOMER_HEADINGS = ["姓名", "身份证号", "户码", "乡镇", "村"]
MEMBER_HEADINGS = [
    "档案编号",
    "户主身份证号",
    "户码",
    "成员姓名",
    "与户主关系",
    "身份证号",
    "手机号码",
]


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[tuple[Database, Actor]]:
    db = open_database(tmp_path / "branch.db")
    actor = resolve_actor(db)
    add_village(db, actor, "河口乡", "杨柳村")
    yield db, actor
    db.close()


def _workbook(path: Path, customers: list[list[object]], members: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "客户"
    sheet.append(CUSTOMER_HEADINGS)
    for row in customers:
        sheet.append(row)
    sheet = book.create_sheet("家庭成员")
    sheet.append(MEMBER_HEADINGS)
    for row in members:
        sheet.append(row)
    book.save(path)
    return path


def _members(db: Database) -> dict[str, tuple[str, str, Relation, str, str]]:
    """Member name → (customer name, customer uuid, relation, ID number, phone)."""
    with db.read() as session:
        rows = session.execute(
            select(
                HouseholdMember.name,
                Customer.name,
                Customer.uuid,
                HouseholdMember.relation,
                HouseholdMember.id_number,
                HouseholdMember.phone,
            )
            .join(Customer, Customer.id == HouseholdMember.customer_id)
            .where(HouseholdMember.deleted.is_(False))
        ).all()
    return {name: tuple(rest) for name, *rest in rows}  # type: ignore[misc]


def _full_width(text: str) -> str:
    return text.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))


def test_members_name_their_household_by_code_head_id_or_file_number(
    branch: tuple[Database, Actor], tmp_path: Path
) -> None:
    db, actor = branch
    township, village = a_village(db)
    zhang, li = new_id_number("19600101"), new_id_number("19650202")
    first = _workbook(
        tmp_path / "first.xlsx",
        [["张建国", zhang, "H-001", township, village]],
        [["", "", "H-001", "王秀英", "配偶", "", "139 1234 0000"]],
    )
    apply_import(db, actor, first)
    with db.read() as session:
        number = session.scalar(select(Customer.number).where(Customer.name == "张建国"))
    assert number
    spouse_id, son_id = new_id_number("19620315"), new_id_number("19880808")
    second = _workbook(
        tmp_path / "second.xlsx",
        [["李志强", li, "H-002", township, village]],  # a new customer of this very workbook
        [
            [number.lower(), "", "", "张小明", "子女", _full_width(son_id), ""],
            ["", _full_width(zhang), "", "王秀英", "配偶", spouse_id, ""],  # known by name
            ["", "", " H-002 ", "赵丽", "配偶", "", ""],
        ],
    )
    preview = preview_import(db, actor, second)
    assert preview.issues == []
    actions = {
        r.values["name"]: (r.action, r.matched_by)
        for r in preview.rows
        if r.spec.entity == "household_members"
    }
    assert actions == {
        "张小明": (Action.NEW, ""),
        "王秀英": (Action.UPDATE, "name"),
        "赵丽": (Action.NEW, ""),
    }
    apply_import(db, actor, second)
    members = _members(db)
    assert {name: found[0] for name, found in members.items()} == {
        "王秀英": "张建国",
        "张小明": "张建国",
        "赵丽": "李志强",
    }
    # a workbook in AgriCRM's own headings: an empty cell clears (a register's keeps)
    assert members["王秀英"][2:] == (Relation.SPOUSE, spouse_id, "")
    assert members["张小明"][2:] == (Relation.CHILD, son_id, "")
    again = preview_import(db, actor, second)
    assert again.issues == []
    assert {r.action for r in again.rows} == {Action.UNCHANGED}
    assert {
        r.values["name"]: r.matched_by for r in again.rows if r.spec.entity == "household_members"
    } == {"张小明": "id_number", "王秀英": "id_number", "赵丽": "name"}


def test_a_household_found_nowhere_and_the_rules_name_the_row(
    branch: tuple[Database, Actor], tmp_path: Path
) -> None:
    db, actor = branch
    township, village = a_village(db)
    head = new_id_number("19600101")
    twice = new_id_number("19900101")
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["张建国", head, "H-001", township, village],
            ["张建军", new_id_number(), "H-001", township, village],
        ],
        [
            ["", "", "H-404", "无户", "子女", "", ""],  # row 2: no such household
            ["", "", "H-001", "两户", "子女", "", ""],  # row 3: two customers have H-001
            ["", head, "", "甲", "子女", twice, ""],  # row 4
            ["", head, "", "乙", "子女", twice, "12345"],  # row 5: same ID as row 4, bad phone
            ["", head, "", "丙", "配偶", head, ""],  # row 6: the customer's own ID
            ["", "", "", "丁", "子女", "", ""],  # row 7: names no household
            ["KH-NONE-00001", head, "", "戊", "子女", "", ""],  # row 8: no such file number
        ],
    )
    with pytest.raises(ImportRejected) as refused:
        apply_import(db, actor, path)
    found = {
        (i.row, i.column): str(i.reason) for i in refused.value.plan.issues if i.sheet == "家庭成员"
    }
    assert set(found) == {
        (2, "户码"),
        (3, "户码"),
        (5, "身份证号"),
        (5, "手机号码"),
        (6, "身份证号"),
        (7, "档案编号"),
        (8, "档案编号"),
    }
    assert "H-404" in found[(2, "户码")]
    assert found[(3, "户码")].startswith("2 customers")
    assert found[(5, "身份证号")] == (
        "Row 4 of this sheet gives this ID number for another member of the household."
    )
    with db.read() as session:  # all or nothing: the customers were not imported either
        assert session.scalar(select(Customer.id).where(Customer.name == "张建国")) is None


def test_a_row_with_a_members_id_number_is_that_member_whatever_its_name(
    branch: tuple[Database, Actor], tmp_path: Path
) -> None:
    """The ID number is tried before the name: a member's name corrected in the register
    updates that member instead of adding a second one with the same ID number."""
    db, actor = branch
    township, village = a_village(db)
    head, spouse = new_id_number("19600101"), new_id_number("19620315")
    apply_import(
        db,
        actor,
        _workbook(
            tmp_path / "first.xlsx",
            [["张建国", head, "H-001", township, village]],
            [["", "", "H-001", "王秀", "配偶", spouse, ""]],
        ),
    )
    path = _workbook(tmp_path / "second.xlsx", [], [["", head, "", "王秀英", "配偶", spouse, ""]])
    plan = preview_import(db, actor, path)
    assert plan.issues == []
    assert [(r.action, r.matched_by) for r in plan.rows] == [(Action.UPDATE, "id_number")]
    apply_import(db, actor, path)
    assert set(_members(db)) == {"王秀英"}


def test_two_columns_naming_two_households_are_refused(
    branch: tuple[Database, Actor], tmp_path: Path
) -> None:
    db, actor = branch
    township, village = a_village(db)
    zhang, li = new_id_number("19600101"), new_id_number("19650202")
    path = _workbook(
        tmp_path / "two.xlsx",
        [["张建国", zhang, "H-001", township, village], ["李志强", li, "H-002", township, village]],
        [["", zhang, "H-002", "王秀英", "配偶", "", ""]],
    )
    plan = preview_import(db, actor, path)
    assert [(i.sheet, i.row, i.column, str(i.reason)) for i in plan.issues] == [
        (
            "家庭成员",
            2,
            "户码",
            "This names the household of 李志强, but 户主身份证号 names the household of 张建国.",
        )
    ]
