"""`agricrm import` of a branch's own register, as a clerk runs it (issue 13, part A)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agricrm.db.database import open_database
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village

CORPUS = Path(__file__).parents[1] / "fixtures" / "registers"
VILLAGES = (("城关镇", "前屯村"), ("城关镇", "后屯村"), ("河口乡", "杨柳村"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def branch(tmp_path: Path) -> Path:
    path = tmp_path / "branch.db"
    db = open_database(path)
    actor = resolve_actor(db)
    for township, village in VILLAGES:
        add_village(db, actor, township, village)
    db.close()
    return path


def _import(branch: Path, config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "AGRICRM_CONFIG_DIR": str(config), "AGRICRM_LANG": "zh_CN"}
    return subprocess.run(
        [sys.executable, "-m", "agricrm", "import", "--db", str(branch), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
    )


def test_preview_mapping_refusal_saved_mapping_and_import(branch: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    _import(branch, config, str(CORPUS / "titled.xlsx"), "--dry-run")  # derived data built
    before = _digest(branch)
    preview = _import(branch, config, str(CORPUS / "titled.xlsx"), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    out = preview.stdout
    assert out.startswith("仅为预览，未导入任何数据") and "标题行为第 4 行" in out
    assert "户主姓名 → 姓名" in out and "承包耕地面积（亩） → 耕地面积(亩)" in out
    assert "序号 → 忽略" in out and "第 11 行是合计行" in out
    assert "农户信息（10 行），填表说明（1 行）" in out
    assert "新增 6 条" in out and "有问题 0 行" in out
    assert _digest(branch) == before  # a preview writes nothing

    unmapped = _import(branch, config, str(CORPUS / "sheet1.xlsx"))
    assert unmapped.returncode == 1 and unmapped.stderr.count("\n") == 1
    assert "信贷员走访记录" in unmapped.stderr and "--ignore-unmapped" in unmapped.stderr
    assert _digest(branch) == before

    done = _import(
        branch, config, str(CORPUS / "sheet1.xlsx"), "--ignore-unmapped", "--save-mapping", "后屯"
    )
    assert done.returncode == 0, done.stderr
    assert "信贷员走访记录 → 忽略" in done.stdout and "新增 4 条" in done.stdout
    assert not done.stdout.startswith("仅为预览")
    assert (config / "mappings" / "后屯.json").is_file()

    again = _import(branch, config, str(CORPUS / "sheet1.xlsx"), "--mapping", "后屯", "--dry-run")
    assert again.returncode == 0, again.stderr
    assert "无变化 4 条" in again.stdout and "新增 0 条" in again.stdout

    no_longer = _import(branch, config, str(CORPUS / "gbk.csv"), "--mapping", "后屯")
    assert no_longer.returncode == 1 and "姓名" in no_longer.stderr
    assert no_longer.stderr.count("\n") == 1


def test_follow_up_list_says_which_rule_matched(branch: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    assert _import(branch, config, str(CORPUS / "legacy.xls")).returncode == 0
    preview = _import(branch, config, str(CORPUS / "matches.xlsx"), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "更新 3 条（按身份证号 1 条，手机号码 1 条，姓名+村 1 条）" in preview.stdout
    before = _digest(branch)
    for name in ("encrypted.xlsx", "corrupt.xlsx", "no_headings.xlsx", "two_on_one.xlsx"):
        refused = _import(branch, config, str(CORPUS / name))
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1, name
        assert "Traceback" not in refused.stderr
    assert _digest(branch) == before


def test_a_household_register_with_its_members_sheet(branch: Path, tmp_path: Path) -> None:
    """--members-sheet: the dry run lists the members sheet's columns and counts its rows,
    the import brings the members in, a second import changes nothing; the members sheet's
    mapping is saved and read back by --members-mapping."""
    config = tmp_path / "config"
    household = str(tmp_path / "household.xlsx")  # its notes' workbook is written beside it
    shutil.copy(CORPUS / "household.xlsx", household)
    _import(branch, config, household, "--dry-run")  # derived data built
    before = _digest(branch)
    preview = _import(branch, config, household, "--members-sheet", "家庭成员", "--dry-run")
    assert preview.returncode == 0, preview.stderr
    out = preview.stdout
    assert "家庭成员工作表，标题行为第 2 行，共 8 位成员" in out
    assert "与户主关系 → 与户主关系" in out and "户号 → 户码" in out and "户主姓名 → 忽略" in out
    assert "家庭成员：新增 8 条，更新 0 条，无变化 0 条，有问题 0 行。" in out
    assert "工作表“家庭成员”第 4 行，成员身份证号：４１０３２２" in out  # a note names its sheet
    assert _digest(branch) == before

    done = _import(
        branch,
        config,
        household,
        "--members-sheet",
        "家庭成员",
        "--save-members-mapping",
        "成员表",
    )
    assert done.returncode == 0, done.stderr
    assert "家庭成员：新增 8 条" in done.stdout
    assert (config / "mappings" / "成员表.json").is_file()
    again = _import(
        branch,
        config,
        household,
        "--members-sheet",
        "家庭成员",
        "--members-mapping",
        "成员表",
        "--dry-run",
    )
    assert again.returncode == 0, again.stderr
    assert "家庭成员：新增 0 条，更新 0 条，无变化 8 条，有问题 0 行。" in again.stdout
