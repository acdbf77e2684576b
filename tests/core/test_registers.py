"""A branch's own registers imported through a column mapping (issue 13, part A).

Every file is a real register of `tests/fixtures/registers` (see make_registers.py there),
imported into a real SQLite file; the database is then compared with what the file says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import importlib.util
import sys
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.errors import AgriCrmError
from agricrm.domain.household import Relation
from agricrm.exchange.registers.headings import (
    FIELDS,
    MEMBER_FIELDS,
    member_synonyms,
    normalise,
    relation_of,
    relations,
    relations_from,
    synonyms,
)
from agricrm.exchange.registers.mapping import (
    IGNORE,
    NOTES,
    Choice,
    load_mapping,
    propose,
    save_mapping,
)
from agricrm.exchange.registers.register import read_register
from agricrm.exchange.registers.sources import is_agricrm_file
from agricrm.exchange.template import write_template
from agricrm.models import Customer, HouseholdMember
from agricrm.services.actor import Actor
from agricrm.services.register_import import (
    Outcomes,
    RegisterRejected,
    RegisterRequest,
    UnmappedColumns,
    apply_register,
    preview_register,
)
from agricrm.services.sync_import import ImportRejected
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village

CORPUS = Path(__file__).parents[1] / "fixtures" / "registers"


def _corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_registers", CORPUS / "make_registers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


made = _corpus()


def _resaved() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "resave_registers", CORPUS / "resave_registers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: dict[str, str] = module.resaved()
    return found


RESAVED = _resaved()  # each file LibreOffice re-saved → the register it was made from
# every register of the corpus, LibreOffice's copies included → (layout, title rows)
REGISTERS = {**made.FILES, **{name: made.FILES[source] for name, source in RESAVED.items()}}


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[tuple[Database, Actor, Path]]:
    """An empty branch with the corpus's villages, its administrator acting."""
    path = tmp_path / "branch.db"
    db = open_database(path)
    actor = resolve_actor(db)
    for township, village in made.VILLAGES:
        add_village(db, actor, township, village)
    yield db, actor, path
    db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _customers(db: Database) -> dict[str, Customer]:
    with db.read() as session:
        rows = session.scalars(select(Customer).where(Customer.deleted.is_(False))).all()
        session.expunge_all()
    return {row.name: row for row in rows}


def _stored(customer: Customer, key: str) -> object:
    value = getattr(customer, key)
    if key == "gender":
        return {"male": "男", "female": "女"}[value.value]
    return value


def _expected(key: str, value: object) -> object:
    if key in ("land_area_mu", "annual_income"):
        return Decimal(str(value))
    return value


def _with_notes(request: RegisterRequest) -> RegisterRequest:
    """The columns no field takes kept in the customer's notes, through a saved mapping."""
    proposal = propose(read_register(request.path))
    kept = [c if c.target is not None else Choice(c.column, NOTES, "") for c in proposal.choices]
    mapping = dataclasses.replace(proposal, choices=kept).as_mapping("corpus")
    return dataclasses.replace(request, mapping=mapping)


def test_every_file_libreoffice_saved_is_in_the_corpus() -> None:
    on_disk = {f"libreoffice/{p.name}" for p in (CORPUS / "libreoffice").iterdir()}
    assert on_disk == {*RESAVED, "libreoffice/gbk-defaults.xlsx"}


@pytest.mark.parametrize("name", sorted(REGISTERS))
def test_every_mapped_value_arrives_and_nobody_twice(
    branch: tuple[Database, Actor, Path], name: str
) -> None:
    """Each register, and each copy LibreOffice saved of it as .xlsx, .xls and .ods: every
    value a column maps arrives as the database must hold it (full-width digits, +86, dates
    and amounts as clerks type them), every other column in the notes; importing again
    creates nobody and changes nothing."""
    db, actor, _path = branch
    layout, _titles = REGISTERS[name]
    request = _with_notes(RegisterRequest(CORPUS / name))
    done = apply_register(db, actor, request)
    assert done.result.plan.issues == []
    customers = _customers(db)
    assert len(customers) == len(layout.people)  # no total row became a person
    for number, index in enumerate(layout.people, start=1):
        person = made.PEOPLE[index]
        customer = customers[person.name]
        row = layout.row(number, person, as_typed=False)
        for (heading, key), value in zip(layout.headings, row, strict=True):
            if key == "#":
                continue
            if key is None:  # a column no field takes: kept in the notes, said where from
                assert f"原表列 {heading}：{value}" in customer.notes
            elif key == "notes":
                assert customer.notes.startswith(value)
            else:
                assert _stored(customer, key) == _expected(key, value), (heading, key)
    assert preview_register(db, actor, request).outcomes.unchanged == len(layout.people)
    again = apply_register(db, actor, request)
    assert len(_customers(db)) == len(layout.people)
    assert again.result.applied.get("customers", 0) == 0


@pytest.mark.parametrize("name", sorted(RESAVED))
def test_libreoffice_copies_keep_titles_totals_and_hidden_columns(name: str) -> None:
    """A re-saved register is read like its source: the same sheet, heading row, total rows
    and rows of people; hidden columns named where the format says (.xlsx, .ods) and said to
    be unknown where it does not (.xls; a CSV list has none)."""
    source = read_register(CORPUS / RESAVED[name])
    copy = read_register(CORPUS / name)
    assert (copy.heading_row, copy.totals) == (source.heading_row, source.totals)
    assert [c.heading for c in copy.columns] == [c.heading for c in source.columns]
    assert [n for n, _cells in copy.rows] == [n for n, _cells in source.rows]
    if name.endswith(".xls"):
        assert copy.hidden_known is False
    else:
        assert [c.heading for c in copy.hidden_columns] == [
            c.heading for c in source.hidden_columns
        ]


def test_id_numbers_calc_turned_into_numbers_are_refused_row_by_row(
    branch: tuple[Database, Actor, Path],
) -> None:
    """The GBK list opened in Calc with its columns left on Standard: the 18-digit ID numbers
    became numbers and lost their last digits.  Each such row is named with the reason, and
    nothing is imported; the one ID ending in X stayed text and is not blamed."""
    db, actor, path = branch
    before = _digest(path)
    with pytest.raises(ImportRejected) as rejected:
        apply_register(db, actor, RegisterRequest(CORPUS / "libreoffice" / "gbk-defaults.xlsx"))
    issues = rejected.value.plan.issues
    layout, _titles = made.FILES["gbk.csv"]
    numeric = [
        number
        for number, index in enumerate(layout.people, start=2)
        if not made.PEOPLE[index].id_number.endswith("X")
    ]
    assert [(i.row, i.column) for i in issues] == [(n, "身份证号码") for n in numeric]
    assert all("last digits" in str(i.reason) for i in issues)
    assert _digest(path) == before


def test_titles_totals_hidden_columns_and_sheets_are_told() -> None:
    titled = read_register(CORPUS / "titled.xlsx")
    assert (titled.sheet, titled.heading_row) == ("农户信息", 4)
    assert titled.totals == (11,)  # 合计, after a blank row
    assert titled.sheets == (("农户信息", 10), ("填表说明", 1))
    assert [r for r, _cells in titled.rows] == [5, 6, 7, 8, 9, 10]
    assert read_register(CORPUS / "legacy.xls").totals == (11,)  # 小计
    assert read_register(CORPUS / "titled.ods").totals == (10,)  # 总计
    hidden = read_register(CORPUS / "hidden.xlsx")
    assert [c.heading for c in hidden.hidden_columns] == ["客户内码"]
    ods = read_register(CORPUS / "titled.ods")
    assert [c.heading for c in ods.hidden_columns] == ["内部备注"]
    assert read_register(CORPUS / "legacy.xls").hidden_known is False
    semicolon = read_register(CORPUS / "semicolon.csv")
    assert semicolon.heading_row == 2 and len(semicolon.rows) == 3
    chosen = read_register(CORPUS / "titled.xlsx", heading_row=4, sheet="农户信息")
    assert chosen.columns == titled.columns


def test_every_column_ends_mapped_or_ignored() -> None:
    proposal = propose(read_register(CORPUS / "sheet1.xlsx"))
    assert [c.heading for c in proposal.unmapped] == ["信贷员走访记录"]
    assert proposal.target_of("序号") is None  # no such column here
    decided = proposal.decided(ignore_unmapped=True)
    assert decided.unmapped == [] and decided.target_of("信贷员走访记录") == IGNORE
    titled = propose(read_register(CORPUS / "titled.xlsx"))
    assert titled.target_of("序号") == IGNORE and titled.target_of("承包耕地面积（亩）") == (
        "land_area_mu"
    )


def test_rows_matched_by_id_phone_and_name_village(
    branch: tuple[Database, Actor, Path],
) -> None:
    db, actor, _path = branch
    apply_register(db, actor, RegisterRequest(CORPUS / "titled.xlsx"))
    follow_up = RegisterRequest(CORPUS / "matches.xlsx")
    outcomes = preview_register(db, actor, follow_up).outcomes
    assert outcomes.updated == {"id_number": 1, "phone": 1, "name+village": 1}
    assert (outcomes.new, outcomes.problems) == (1, 0)
    apply_register(db, actor, follow_up)
    customers = _customers(db)
    assert len(customers) == 7
    for _rule, person, _keys, income in made.MATCHES:
        assert customers[person.name].annual_income == Decimal(income)
    assert customers[made.PEOPLE[1].name].id_number == made.PEOPLE[1].id_number  # kept


def test_mapping_saved_then_reused_and_one_that_no_longer_fits(
    branch: tuple[Database, Actor, Path],
) -> None:
    db, actor, path = branch
    proposal = propose(read_register(CORPUS / "sheet1.xlsx")).decided(ignore_unmapped=True)
    save_mapping(proposal.as_mapping("后屯村登记表"))
    saved = load_mapping("后屯村登记表")
    assert saved.columns["信贷员走访记录"] == IGNORE and saved.sheet == "Sheet1"
    apply_register(db, actor, RegisterRequest(CORPUS / "sheet1.xlsx", mapping=saved))
    assert len(_customers(db)) == 4
    before = _digest(path)
    with pytest.raises(AgriCrmError) as refused:
        apply_register(db, actor, RegisterRequest(CORPUS / "gbk.csv", mapping=saved))
    assert "姓名" in str(refused.value) and "gbk.csv" in str(refused.value)
    assert _digest(path) == before
    with pytest.raises(AgriCrmError) as unknown:
        load_mapping("没有这个名字")
    assert "后屯村登记表" in str(unknown.value)  # the saved ones are named


@pytest.mark.parametrize(
    ("name", "options", "says"),
    [
        ("corrupt.xlsx", {}, "damaged"),
        ("encrypted.xlsx", {}, "password"),
        ("no_headings.xlsx", {}, "No sheet"),
        ("no_headings.xlsx", {"sheet": "Sheet1"}, "No heading row"),
        ("no_headings.xlsx", {"sheet": "Sheet1", "heading_row": 9}, "Row 9"),
        ("titled.xlsx", {"sheet": "Sheet9"}, "no sheet Sheet9"),
        ("two_on_one.xlsx", {}, "联系电话 and 手机"),
        ("sheet1.xlsx", {}, "信贷员走访记录"),
    ],
)
def test_bad_input_is_said_and_the_database_untouched(
    branch: tuple[Database, Actor, Path], name: str, options: dict[str, object], says: str
) -> None:
    db, actor, path = branch
    before = _digest(path)
    with pytest.raises(AgriCrmError) as refused:
        apply_register(db, actor, RegisterRequest(CORPUS / name, **options))  # type: ignore[arg-type]
    assert says in str(refused.value)
    if name == "sheet1.xlsx":
        assert isinstance(refused.value, UnmappedColumns)
    assert _digest(path) == before


def test_a_problem_names_the_registers_own_heading_and_row(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    from openpyxl import Workbook

    db, actor, path = branch
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["杨柳村农户登记表"])
    sheet.append(["户主姓名", "联系电话", "乡镇", "村"])
    sheet.append(["甲", "12345", "河口乡", "杨柳村"])
    workbook.save(tmp_path / "bad_phone.xlsx")
    before = _digest(path)
    with pytest.raises(ImportRejected) as rejected:
        apply_register(db, actor, RegisterRequest(tmp_path / "bad_phone.xlsx"))
    [issue] = rejected.value.plan.issues
    assert (issue.row, issue.column) == (3, "联系电话")
    assert _digest(path) == before


def test_our_own_files_keep_their_old_path(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template, [])
    assert is_agricrm_file(template)
    own_csv = tmp_path / "own.csv"
    own_csv.write_text("姓名,乡镇,村\n甲,河口乡,杨柳村\n", encoding="utf-8")
    assert is_agricrm_file(own_csv)
    clerk_csv = tmp_path / "clerk.csv"  # our headings and one of a clerk's: not silently lost
    clerk_csv.write_text("姓名,乡镇,村,身份证号码\n甲,河口乡,杨柳村,\n", encoding="utf-8")
    assert not is_agricrm_file(clerk_csv)
    for name in ("titled.xlsx", "legacy.xls", "titled.ods", "gbk.csv", "encrypted.xlsx"):
        assert not is_agricrm_file(CORPUS / name), name


# ------------------------------------------------------------------ headings


_FULL_WIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def _decorate(text: str, widths: list[bool], spaces: list[bool]) -> str:
    out = []
    for at, char in enumerate(text):
        wide = widths[at % len(widths)] if widths else False
        out.append(_FULL_WIDTH.get(char, char) if wide else char)
        if spaces and spaces[at % len(spaces)]:
            out.append(" ")
    return "".join(out)


_KNOWN = sorted(synonyms().fields.items())


@given(
    st.sampled_from(_KNOWN),
    st.lists(st.booleans(), max_size=6),
    st.lists(st.booleans(), max_size=6),
    st.sampled_from(["", "()", "（）", "【】", "[]"]),
)
def test_a_heading_however_typed_finds_its_field(
    known: tuple[str, str], widths: list[bool], spaces: list[bool], brackets: str
) -> None:
    heading, key = known
    table = synonyms()
    units = sorted(table.units.get(key, ()))
    if brackets and units and "(" not in heading:
        heading = f"{heading}{brackets[0]}{units[0]}{brackets[1]}"
    typed = _decorate(heading, widths, spaces)
    assert table.field_of(typed) == key
    assert normalise(typed) == normalise(unicodedata.normalize("NFKC", typed))


@given(st.sampled_from(_KNOWN), st.sampled_from(["万元", "公顷", "户", "kg"]))
def test_a_foreign_unit_fills_no_field_that_has_units(known: tuple[str, str], unit: str) -> None:
    heading, key = known
    table = synonyms()
    if "(" in heading or key not in table.units:
        return
    assert table.field_of(f"{heading}({unit})") is None


def test_the_synonym_table_names_only_customer_fields() -> None:
    assert set(synonyms().fields.values()) <= set(FIELDS)
    table = synonyms()
    for heading, key in [
        ("户主姓名", "name"),
        ("身份证号码", "id_number"),
        ("证件号码", "id_number"),
        ("户主身份证号码", "id_number"),
        ("联系电话", "phone"),
        ("电话号码", "phone"),
        ("手机", "phone"),
        ("组名", "address_detail"),
        ("村民小组", "address_detail"),
        ("承包耕地面积(亩)", "land_area_mu"),
        ("家庭人口", "household_size"),
        ("年收入(元)", "annual_income"),
        ("主要种养品种", "technology_notes"),
    ]:
        assert table.field_of(heading) == key, heading
    assert table.field_of("年收入(万元)") is None
    assert dt.date(1968, 3, 5) == made.PEOPLE[0].birth  # the corpus is what this test reads


def test_xlsm_and_tab_separated_utf8_without_bom(tmp_path: Path) -> None:
    macro = tmp_path / "宏.xlsm"
    macro.write_bytes((CORPUS / "titled.xlsx").read_bytes())
    assert read_register(macro).heading_row == 4
    tabbed = tmp_path / "tab.csv"
    tabbed.write_text(
        "杨柳村登记表\t\t\n户主姓名\t乡镇\t村\t身份证号码\n甲\t河口乡\t杨柳村\t\n", encoding="utf-8"
    )
    register = read_register(tabbed)
    assert register.heading_row == 2 and [c.heading for c in register.columns] == [
        "户主姓名",
        "乡镇",
        "村",
        "身份证号码",
    ]
    assert register.rows == [(3, ["甲", "河口乡", "杨柳村", None])]


def _register(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["户主姓名", "联系电话", "乡镇", "村", "备注"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_phone_two_customers_share_matches_neither(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    """A rule that finds two customers is passed over for the next one (the rules are looked
    up for all rows at once)."""
    db, actor, _path = branch
    family = _register(
        tmp_path / "family.xlsx",
        [
            ["田大山", "13700000001", "河口乡", "杨柳村", ""],
            ["田小河", "13700000001", "河口乡", "杨柳村", ""],
        ],
    )
    apply_register(db, actor, RegisterRequest(family))
    follow_up = _register(
        tmp_path / "follow_up.xlsx", [["田小河", "13700000001", "河口乡", "杨柳村", "已走访"]]
    )
    preview = preview_register(db, actor, RegisterRequest(follow_up))
    assert preview.outcomes.updated == {"name+village": 1}
    apply_register(db, actor, RegisterRequest(follow_up))
    customers = _customers(db)
    assert len(customers) == 2 and customers["田小河"].notes == "已走访"


HOUSEHOLD_FILES = sorted(name for name in REGISTERS if "household" in name)


def _members(db: Database) -> dict[str, tuple[str, str, str, str, str]]:
    """Member name → (customer, relation code, ID number, phone, notes), as stored."""
    with db.read() as session:
        rows = session.execute(
            select(
                HouseholdMember.name,
                Customer.name,
                HouseholdMember.relation,
                HouseholdMember.id_number,
                HouseholdMember.phone,
                HouseholdMember.notes,
            )
            .join(Customer, Customer.id == HouseholdMember.customer_id)
            .where(HouseholdMember.deleted.is_(False))
        ).all()
    return {
        name: (head, relation.value, number, phone, notes)
        for name, head, relation, number, phone, notes in rows
    }


@pytest.mark.parametrize("name", HOUSEHOLD_FILES)
def test_a_household_registers_members_arrive_as_the_file_says(
    branch: tuple[Database, Actor, Path], name: str
) -> None:
    """The household register and LibreOffice's copies: each member of the second sheet
    arrives in the household its 户号 names, relation as the clerk wrote it (妻子, 儿媳 …),
    ID number folded from full-width digits, phone without +86; importing again changes
    nothing."""
    db, actor, _path = branch
    request = RegisterRequest(CORPUS / name, members_sheet="家庭成员")
    preview = preview_register(db, actor, request)
    assert preview.plan.issues == []
    assert preview.members is not None
    assert {c.column.heading: c.target for c in preview.members.choices} == {
        "序号": IGNORE,
        "户号": "household_code",
        "户主姓名": IGNORE,
        "成员姓名": "name",
        "与户主关系": "relation",
        "成员身份证号": "id_number",
        "联系电话": "phone",
        "备注": "notes",
    }
    assert preview.member_outcomes == Outcomes(len(made.MEMBERS), {}, 0, 0, 0)
    noted = {(note.sheet, note.column) for note in preview.notes}
    assert ("家庭成员", "成员身份证号") in noted  # the full-width ID, said as a note
    done = apply_register(db, actor, request)
    assert done.result.applied["household_members"] == len(made.MEMBERS)
    assert _members(db) == {
        m.name: (made.PEOPLE[m.head].name, m.code, m.id_number, m.phone, m.notes)
        for m in made.MEMBERS
    }
    customers = _customers(db)
    for index in made.HOUSEHOLD.people:
        person = made.PEOPLE[index]
        assert customers[person.name].household_code == made.VALUE["household_code"](person)
    again = preview_register(db, actor, request)
    assert again.member_outcomes == Outcomes(0, {}, len(made.MEMBERS), 0, 0)
    assert apply_register(db, actor, request).result.applied.get("household_members", 0) == 0
    assert len(_members(db)) == len(made.MEMBERS)


def test_a_members_sheet_names_its_own_headings_and_rows_in_problems(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    """A member whose 户号 is nobody's and a relation nobody says are named by the members
    sheet's own headings and rows; nothing is imported, the customers neither."""
    from openpyxl import load_workbook

    db, actor, _path = branch
    path = tmp_path / "household.xlsx"
    book = load_workbook(CORPUS / "household.xlsx")
    sheet = book["家庭成员"]
    sheet["B3"] = "99999"  # row 3: the first member, in no household
    sheet["E4"] = "邻居"  # row 4: a relation the table does not know
    book.save(path)
    with pytest.raises(RegisterRejected) as refused:
        apply_register(db, actor, RegisterRequest(path, members_sheet="家庭成员"))
    problems = {(i.sheet, i.row, i.column): str(i.reason) for i in refused.value.plan.issues}
    assert set(problems) == {("家庭成员", 3, "户号"), ("家庭成员", 4, "与户主关系")}
    assert "99999" in problems[("家庭成员", 3, "户号")]
    assert _customers(db) == {}


def test_the_members_sheet_is_not_the_registers_own(
    branch: tuple[Database, Actor, Path],
) -> None:
    db, actor, _path = branch
    with pytest.raises(AgriCrmError, match="choose another sheet"):
        preview_register(
            db, actor, RegisterRequest(CORPUS / "household.xlsx", "户主", members_sheet="户主")
        )


_MEMBER_HEADINGS = sorted(member_synonyms().fields.items())
_RELATION_WORDS = sorted(relations().items())


@given(
    st.sampled_from(_MEMBER_HEADINGS),
    st.sampled_from(_RELATION_WORDS),
    st.lists(st.booleans(), max_size=6),
    st.lists(st.booleans(), max_size=6),
)
def test_a_members_heading_and_relation_however_typed_are_known(
    heading: tuple[str, str],
    relation: tuple[str, Relation],
    widths: list[bool],
    spaces: list[bool],
) -> None:
    """A members sheet's heading and a relation as people write it are read alike in any
    width and with spaces, as the main sheet's headings are."""
    assert member_synonyms().field_of(_decorate(heading[0], widths, spaces)) == heading[1]
    assert relation_of(_decorate(relation[0], widths, spaces)) is relation[1]


def test_the_members_table_knows_only_member_fields_and_every_relation() -> None:
    assert set(member_synonyms().fields.values()) == set(MEMBER_FIELDS)
    assert set(relations().values()) == set(Relation)
    with pytest.raises(ValueError, match="妻子 is listed for spouse and child"):
        relations_from({"relations": {"spouse": ["妻子"], "child": ["妻子"]}})
    with pytest.raises(ValueError):
        relations_from({"relations": {"cousin": ["表哥"]}})
