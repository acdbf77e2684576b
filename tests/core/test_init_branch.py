"""`agricrm init` as a branch starting out runs it: a new, empty branch with its name and its
villages; and no command that fails leaves a new database file behind (before, `export` on a
mistyped path made an empty database there and exported it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.core.test_cli import run


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _villages_workbook(path: Path) -> Path:
    """A villages list as a county office sends it: a title row, its own headings."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["河口乡行政村名单"])
    sheet.append(["序号", "乡镇名称", "行政村"])
    sheet.append([1, "河口乡", "杨柳村"])
    sheet.append([2, "河口乡", "前屯村"])
    sheet.append([3, "白马镇", "杨柳村"])
    workbook.save(path)
    return path


def test_a_new_branch_with_its_name_and_villages(tmp_path: Path) -> None:
    db = tmp_path / "branch.db"
    result = run(
        "init", "--db", str(db), "--branch", "河口信用社",
        "--villages", str(_villages_workbook(tmp_path / "villages.xlsx")),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "河口信用社" in result.stdout and "3 个村" in result.stdout
    assert _rows(db, "SELECT township, name FROM villages ORDER BY id") == [
        ("河口乡", "杨柳村"),
        ("河口乡", "前屯村"),
        ("白马镇", "杨柳村"),
    ]
    assert _rows(db, "SELECT count(*) FROM customers") == [(0,)]
    assert _rows(db, "SELECT role FROM users") == [("admin",)]
    (profile,) = _rows(db, "SELECT value_json FROM app_settings WHERE key = 'branch.profile'")
    assert "河口信用社" in str(profile[0])
    exported = run("export", "--db", str(db), "--out", str(tmp_path / "p.xlsx"))
    assert exported.returncode == 0, exported.stderr


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        ("乡镇,村\n河口乡,杨柳村\n河口乡,\n", "第 3 行"),
        ("乡镇,村\n河口乡,杨柳村\n河口乡,杨柳村\n", "已在第 2 行"),
        ("乡镇,村民小组\n河口乡,一组\n", "乡镇和村"),
    ],
    ids=["incomplete", "twice", "no-village-column"],
)
def test_a_bad_villages_list_names_the_row_and_makes_no_file(
    tmp_path: Path, lines: str, said: str
) -> None:
    villages = tmp_path / "villages.csv"
    villages.write_text(lines, encoding="utf-8")
    db = tmp_path / "branch.db"
    result = run("init", "--db", str(db), "--branch", "河口信用社", "--villages", str(villages))
    assert result.returncode == 1
    assert said in result.stderr and result.stderr.count("\n") == 1
    assert not db.exists()


def test_init_never_overwrites_a_file(tmp_path: Path) -> None:
    db = tmp_path / "branch.db"
    db.write_bytes(b"someone's data")
    result = run("init", "--db", str(db), "--branch", "河口信用社")
    assert result.returncode == 1 and "已存在" in result.stderr
    assert db.read_bytes() == b"someone's data"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--out", "p.xlsx"],
        ["import", "p.xlsx"],
        ["merge", "p.xlsx"],
        ["demo", "--customers", "0"],
        ["init", "--branch", " "],
    ],
    ids=["export", "import", "merge", "demo", "init"],
)
def test_a_command_that_fails_leaves_no_new_file(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    given = [str(tmp_path / a) if a.endswith(".xlsx") else a for a in command[1:]]
    result = run(command[0], "--db", str(db), *given)
    assert result.returncode != 0
    if command[0] != "merge":  # merge says per package what became of it, on stdout
        assert result.stderr.startswith("agricrm: ") and result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_laptop_is_made_by_importing_its_package_and_a_preview_makes_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    package = tmp_path / "p.xlsx"
    assert run("export", "--db", str(demo_path), "--out", str(package)).returncode == 0
    laptop = tmp_path / "laptop.db"
    preview = run("import", "--db", str(laptop), str(package), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert not laptop.exists()
    made = run("import", "--db", str(laptop), str(package))
    assert made.returncode == 0, made.stderr
    assert _rows(laptop, "SELECT count(*) FROM customers") == _rows(
        demo_path, "SELECT count(*) FROM customers"
    )
