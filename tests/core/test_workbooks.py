"""Workbooks made by people, bad files, CSV encodings, consolidation of many packages."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.db.door import Cause
from agricrm.domain.errors import AgriCrmError
from agricrm.domain.id_number import with_check_digit
from agricrm.exchange.template import write_template
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.sync_conflicts import list_conflicts, resolve_conflict
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import Action, ImportRejected, apply_import, preview_import
from agricrm.services.sync_merge import merge_packages
from agricrm.services.users import resolve_actor
from agricrm.services.villages import list_villages

from .test_sync import _counts, _records


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _place(db: Database, actor: Actor) -> tuple[str, str]:
    village = list_villages(db, actor)[0]
    return village.township, village.name


def test_template_has_drop_downs_and_text_columns(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = write_template(
        tmp_path / "t.xlsx", [(v.township, v.name) for v in list_villages(demo_db, admin)]
    )
    workbook = load_workbook(path)
    sheet = workbook["客户"]
    titles = [c.value for c in sheet[1]]
    assert titles[:4] == ["姓名", "性别", "出生日期", "身份证号"]
    validations = sheet.data_validations.dataValidation
    assert any("选项" in v.formula1 for v in validations)
    assert any("村列表" in v.formula1 for v in validations)
    assert sheet.cell(2, titles.index("身份证号") + 1).number_format == "@"


def test_a_filled_in_workbook_with_reordered_extra_columns_and_chinese_dates(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    township, village = _place(demo_db, admin)
    existing = demo_db.read
    with existing() as session:
        known = session.execute(select(Customer.name, Customer.id_number, Customer.phone)).first()
    assert known is not None
    new_id = with_check_digit("37132119800305002")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(
        ["备注(自用)", "村", "姓名", "乡镇", "出生日期", "身份证号", "手机号码", "经营模式", "需求"]
    )
    sheet.append(
        ["随便写", village, "赵新", township, "1980年3月5日", new_id, "", "家庭农场", "资金、保险"]
    )
    sheet.append([None] * 9)  # a blank row people leave
    sheet.append(["", village, "改名了", township, "", known.id_number, "", "", ""])
    sheet.append(["", village, "孙六", township, "1990/7/1", "", "13912340000", "自营农户", ""])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)

    plan = preview_import(demo_db, admin, path)
    assert plan.issues == []
    by_name = {row.values["name"]: row for row in plan.rows}
    assert by_name["赵新"].action is Action.NEW
    assert by_name["改名了"].matched_by == "id_number"
    assert by_name["改名了"].action is Action.UPDATE
    assert by_name["孙六"].row == 5  # rows keep their spreadsheet numbers
    apply_import(demo_db, admin, path)
    with demo_db.read() as session:
        zhao = session.scalars(select(Customer).where(Customer.id_number == new_id)).one()
        assert zhao.birth_date == dt.date(1980, 3, 5)
        assert {n.value for n in zhao.needs} == {"funding", "insurance"}
        renamed = session.scalars(
            select(Customer).where(Customer.id_number == known.id_number)
        ).one()
        assert renamed.name == "改名了" and renamed.phone == known.phone  # missing column kept


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_in_utf8_or_gbk(demo_db: Database, admin: Actor, tmp_path: Path, encoding: str) -> None:
    township, village = _place(demo_db, admin)
    path = tmp_path / "list.csv"
    path.write_bytes(
        f"姓名,乡镇,村,手机号码,出生日期\n钱多多,{township},{village},13700001234,2024-03-05\n".encode(
            encoding
        )
    )
    result = apply_import(demo_db, admin, path)
    assert result.plan.total(Action.NEW) == 1
    with demo_db.read() as session:
        assert (
            session.scalar(select(Customer.name).where(Customer.phone == "13700001234")) == "钱多多"
        )


def _workbook(tmp_path: Path, name: str, rows: list[list[object]], title: str = "客户") -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_bad_files_are_refused_with_a_clear_report_and_an_unchanged_database(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    township, village = _place(demo_db, admin)
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("hello", encoding="utf-8")
    unrelated = _workbook(tmp_path, "other.xlsx", [["a", "b"], [1, 2]], title="Sheet1")
    wrong_headers = _workbook(tmp_path, "headers.xlsx", [["姓名", "电话"], ["张三", "1"]])
    bad_values = _workbook(
        tmp_path,
        "values.xlsx",
        [
            ["姓名", "乡镇", "村", "身份证号", "出生日期", "经营模式", "耕地面积(亩)"],
            ["甲", township, village, 371321198003050026, "", "", ""],
            ["乙", township, village, "371321198003050021", "", "", ""],
            ["丙", township, village, "", "2024-13-40", "养猪大户", "很多"],
            ["丁", township, "错村", "", "", "", ""],
            ["", "", "", "", "", "", 0],  # a zero is a value: not a blank row
        ],
    )
    before = _counts(demo_db), _records(demo_db)
    for path in (not_a_workbook, unrelated):
        with pytest.raises(AgriCrmError):
            apply_import(demo_db, admin, path)
    with pytest.raises(ImportRejected) as missing:
        apply_import(demo_db, admin, wrong_headers)
    assert {i.column for i in missing.value.plan.issues} >= {"乡镇", "村"}
    with pytest.raises(ImportRejected) as rejected:
        apply_import(demo_db, admin, bad_values)
    found = {(i.row, i.column): (i.value, str(i.reason)) for i in rejected.value.plan.issues}
    assert "lost" in found[(2, "身份证号")][1]
    assert found[(3, "身份证号")][0] == "371321198003050021"
    assert "date" in found[(4, "出生日期")][1]
    assert found[(4, "经营模式")][0] == "养猪大户"
    assert found[(4, "耕地面积(亩)")][0] == "很多"
    assert "village list" in found[(5, "村")][1]
    assert (6, "姓名") in found
    assert (_counts(demo_db), _records(demo_db)) == before


def test_merge_orders_packages_and_reports_the_same_person_twice(
    demo_template: Path, tmp_path: Path
) -> None:
    import shutil

    officers = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.db"
        shutil.copyfile(demo_template, path)
        officers.append(open_database(path))
    hq = open_database(tmp_path / "hq.db")
    try:
        a_db, b_db = officers
        a_admin, b_admin = resolve_actor(a_db), resolve_actor(b_db)
        # device B registers, under its own record number, a person device A already has
        with a_db.read() as session:
            person = session.execute(select(Customer).limit(1)).scalars().one()
            person_id, person_uuid = person.id_number, person.uuid
        with b_db.write(b_admin, Cause.FORM) as session:
            twin = session.scalars(select(Customer).where(Customer.uuid == person_uuid)).one()
            twin.uuid = "00000000-0000-4000-8000-00000000beef"
            twin.notes = "B 的登记"
        export_package(a_db, a_admin, tmp_path / "a1.xlsx")
        export_package(b_db, b_admin, tmp_path / "b1.xlsx")
        export_package(a_db, a_admin, tmp_path / "a2.xlsx", since_last=True)
        outcome = merge_packages(
            hq,
            resolve_actor(hq),
            [tmp_path / "a2.xlsx", tmp_path / "b1.xlsx", tmp_path / "a1.xlsx"],
        )
        assert outcome.ok, [str(line) for line in outcome.lines]
        text = "\n".join(str(line) for line in outcome.lines)
        assert "Same person registered twice" in text and person_id in text
        assert text.index("a1.xlsx") < text.index("a2.xlsx")
        hq_admin = resolve_actor(hq)
        conflicts = [c for c in list_conflicts(hq, hq_admin) if c.kind == "duplicate_person"]
        assert len(conflicts) == 1
        notes = next(f for f in conflicts[0].fields if f.key == "notes")
        assert {notes.local, notes.incoming} == {"", "B 的登记"}  # devices merge in any order
        resolve_conflict(hq, hq_admin, conflicts[0].id, {"notes": "incoming"})
        with hq.read() as session:
            kept = session.scalars(select(Customer).where(Customer.id_number == person_id)).all()
            assert len(kept) == 1 and kept[0].notes == notes.incoming
    finally:
        for db in (*officers, hq):
            db.close()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agricrm", *args], capture_output=True, text=True, timeout=180
    )


def test_command_line_export_import_template(demo_path: Path, tmp_path: Path) -> None:
    package = tmp_path / "p.xlsx"
    result = run_cli("export", "--db", str(demo_path), "--out", str(package))
    assert result.returncode == 0, result.stderr
    target = tmp_path / "hq.db"
    dry = run_cli("import", "--db", str(target), str(package), "--dry-run")
    assert dry.returncode == 0 and "新增" in dry.stdout
    assert dry.stdout.startswith("仅为预览，未导入任何数据")  # not the real import's words
    assert run_cli("import", "--db", str(target), str(package)).returncode == 0
    again = run_cli("import", "--db", str(target), str(package))
    assert again.returncode == 0 and "新增 0 条" in again.stdout
    template = tmp_path / "t.xlsx"
    assert run_cli("template", "--db", str(target), "--out", str(template)).returncode == 0
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    before = _digest(target)
    refused = run_cli("import", "--db", str(target), str(broken))
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "Traceback" not in refused.stderr
    assert _digest(target) == before
    bad = _workbook(tmp_path, "bad.xlsx", [["姓名", "乡镇", "村"], ["甲", "无此镇", "无此村"]])
    rejected = run_cli("import", "--db", str(target), str(bad))
    assert rejected.returncode == 1 and "bad.问题报告.xlsx" in rejected.stderr
    assert (tmp_path / "bad.问题报告.xlsx").exists()
