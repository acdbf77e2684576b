"""Conversions reported as notes, not errors (issue 13, item 3): a cell the import read
otherwise than typed is imported and said; a landline in the phone column goes into the
customer's notes instead of refusing the row."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.exchange.registers.conversions import (
    DATE_RESPELLED,
    EXCEL_SERIAL,
    FULL_WIDTH,
    LANDLINE,
    PLUS_86,
    TEN_THOUSAND,
    Note,
    cell_notes,
    landline,
)
from agricrm.exchange.report import NOTES_SHEET, report_path
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.register_import import (
    RegisterRejected,
    RegisterRequest,
    apply_register,
    preview_register,
    row_outcomes,
)
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village
from tests.core.test_registers import CORPUS, made

VILLAGES = made.VILLAGES


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[tuple[Database, Actor, Path]]:
    path = tmp_path / "branch.db"
    db = open_database(path)
    actor = resolve_actor(db)
    for township, village in VILLAGES:
        add_village(db, actor, township, village)
    yield db, actor, path
    db.close()


def _customers(db: Database) -> dict[str, Customer]:
    with db.read() as session:
        rows = session.scalars(select(Customer)).all()
        session.expunge_all()
    return {row.name: row for row in rows}


def _register(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["杨柳村农户登记表"])
    sheet.append(["户主姓名", "联系电话", "乡镇", "村", "备注"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_each_conversion_is_one_note_and_a_plain_cell_none() -> None:
    def reasons(key: str, raw: object) -> list[object]:
        return [note.text if hasattr(note, "text") else note for note in cell_notes(key, raw)]

    assert reasons("id_number", "４１０３２２１９６８０３０５０１１５") == [FULL_WIDTH]
    assert reasons("phone", "+86 138 0371 0001") == [PLUS_86]
    assert reasons("phone", "＋８６１３８０３７１０００１") == [FULL_WIDTH, PLUS_86]
    assert reasons("annual_income", "5.2万") == [TEN_THOUSAND]
    assert reasons("birth_date", "1968.3.5") == [DATE_RESPELLED]
    assert reasons("birth_date", 24902) == [EXCEL_SERIAL]
    assert reasons("phone", "0531-88776655") == [LANDLINE]
    for key, raw in [
        ("id_number", "410322196803050115"),
        ("phone", "13803710001"),
        ("phone", "138-0371-0001"),  # dashes dropped: the same digits, no note
        ("annual_income", "￥52,000"),
        ("birth_date", "1968-03-05"),
        ("birth_date", None),
        ("phone", "12345"),  # no number at all: a problem the import names, not a note
        ("birth_date", "下周"),
    ]:
        assert cell_notes(key, raw) == [], (key, raw)
    assert str(cell_notes("annual_income", "5.2万")[0]).endswith("52000.")
    assert "1968-03-05" in str(cell_notes("birth_date", 24902)[0])


@pytest.mark.parametrize(
    "typed", ["0531-88776655", "0531 88776655", "010-12345678", "０５３１－８８７７６６５５"]
)
def test_a_landline_is_told_from_a_mobile(typed: str) -> None:
    assert landline(typed) is not None
    for other in ("13803710001", "0531-887", "531-88776655", None, 5318877665.0):
        assert landline(other) is None


def test_the_typed_register_imports_with_a_note_for_every_converted_cell(
    branch: tuple[Database, Actor, Path],
) -> None:
    """typed.xlsx: every ID number in full width, phones with +86, dates and amounts as
    clerks write them.  Nothing is refused; each converted cell has its note, on its row and
    under the register's heading, with the cell as typed."""
    db, actor, _path = branch
    request = RegisterRequest(CORPUS / "typed.xlsx")
    preview = preview_register(db, actor, request)
    assert preview.plan.issues == []
    layout, titles = made.FILES["typed.xlsx"]
    first_row = titles + 2
    expected: set[tuple[int, str, str]] = set()
    for number, index in enumerate(layout.people, start=1):
        person = made.PEOPLE[index]
        for heading, key in layout.headings:
            if key in made.VALUE and cell_notes(key, made.as_a_clerk_types(key, number, person)):
                expected.add((first_row + number - 1, heading, key))
    noted = {(note.row, note.column) for note in preview.notes}
    assert noted == {(row, heading) for row, heading, _key in expected}
    headings = {heading for _row, heading, _key in expected}
    assert headings == {"身份证号码", "联系电话", "出生日期", "家庭年收入（元）", "耕地面积【亩】"}
    by_row = {each.row: each for each in row_outcomes(preview.plan, preview.notes)}
    assert all(each.outcome == "new" for each in by_row.values())
    assert {n.row for n in preview.notes} <= {r for r, each in by_row.items() if each.notes}
    done = apply_register(db, actor, request)
    assert done.outcomes.new == len(layout.people) and len(done.notes) == len(preview.notes)


def test_a_landline_goes_into_the_landline_field_and_the_row_is_imported(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    """Before, 0531-88776655 in 联系电话 refused the row ("a mobile number has 11 digits")."""
    db, actor, _path = branch
    register = _register(
        tmp_path / "landline.xlsx",
        [
            ["甲", "0531-88776655", "河口乡", "杨柳村", "老党员"],
            ["乙", "13803710001", "河口乡", "杨柳村", ""],
            ["丙", "０５３１ ８８７７６６５６", "河口乡", "杨柳村", None],
        ],
    )
    preview = preview_register(db, actor, RegisterRequest(register))
    assert preview.plan.issues == []
    assert [(n.row, n.column, n.value) for n in preview.notes] == [
        (3, "联系电话", "0531-88776655"),
        (5, "联系电话", "０５３１ ８８７７６６５６"),
    ]
    assert "0531-88776655" in str(preview.notes[0].reason)
    apply_register(db, actor, RegisterRequest(register))
    customers = _customers(db)
    assert not customers["甲"].phone and customers["甲"].notes == "老党员"
    assert customers["甲"].landline == "0531-88776655"
    assert (customers["丙"].landline, customers["丙"].notes) == ("0531-88776656", "")
    assert customers["乙"].phone == "13803710001" and customers["乙"].notes == ""
    again = preview_register(db, actor, RegisterRequest(register))
    assert again.outcomes.unchanged == 3


def test_a_refused_register_lists_its_notes_beside_its_problems(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    db, actor, _path = branch
    register = _register(
        tmp_path / "mixed.xlsx",
        [["甲", "12345", "河口乡", "杨柳村", ""], ["乙", "+8613803710001", "河口乡", "杨柳村", ""]],
    )
    with pytest.raises(RegisterRejected) as rejected:
        apply_register(db, actor, RegisterRequest(register))
    assert [(i.row, i.column) for i in rejected.value.plan.issues] == [(3, "联系电话")]
    assert [(n.row, n.column) for n in rejected.value.notes] == [(4, "联系电话")]


def _import(db_path: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "AGRICRM_CONFIG_DIR": str(tmp_path / "config"),
        "AGRICRM_LANG": "zh_CN",
    }
    return subprocess.run(
        [sys.executable, "-m", "agricrm", "import", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
    )


def test_the_dry_run_and_the_workbook_show_the_notes(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    db, actor, db_path = branch
    notes = len(preview_register(db, actor, RegisterRequest(CORPUS / "typed.xlsx")).notes)
    db.close()
    register = tmp_path / "typed.xlsx"
    shutil.copy(CORPUS / "typed.xlsx", register)
    dry = _import(db_path, tmp_path, str(register), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"{notes} 个单元格" in dry.stdout and "全角字符已转换" in dry.stdout
    assert "有问题 0 行" in dry.stdout
    workbook = load_workbook(report_path(register), read_only=True)
    listed = list(workbook[NOTES_SHEET].iter_rows(min_row=2, values_only=True))
    assert len(listed) == notes and listed[0][2] == "身份证号码"
    assert list(workbook["问题"].iter_rows(min_row=2, values_only=True)) == []


def test_the_problem_workbook_holds_every_problem_and_note_as_typed(tmp_path: Path) -> None:
    """Thousands of rows, each row's cell kept as text (a value that looks like a formula
    too).  Writing asked the sheet for its last row once per row, which looks at every cell:
    20,000 notes took 32 s to write (1.6 s now, with 5,000 problems besides)."""
    from agricrm.exchange.report import write_issue_report
    from agricrm.services.sync_import import Issue

    problems = [Issue("农户信息", n, "联系电话", f"=1+{n}", FULL_WIDTH) for n in range(3, 2003)]
    notes = [Note("农户信息", n, "身份证号码", f"４１０{n}", FULL_WIDTH) for n in range(3, 3003)]
    path = write_issue_report(tmp_path / "r.xlsx", problems, str, notes)
    workbook = load_workbook(path)
    for title, listed in (("问题", problems), (NOTES_SHEET, notes)):
        sheet = workbook[title]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        assert [(r[1], r[3]) for r in rows] == [(i.row, i.value) for i in listed]
        assert sheet.auto_filter.ref == f"A1:E{len(listed) + 1}"
