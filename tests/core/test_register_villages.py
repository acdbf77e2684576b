"""Villages in the preview (issue 13, item 4, first half): a register's villages missing from
the branch's list are listed with their rows; a manager adds them all in one step, or one is
sent to a listed village with its group, which goes into the address detail."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.enums import Role
from agricrm.domain.errors import PermissionDenied
from agricrm.exchange.registers.places import Place, split_group, with_group
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.register_import import RegisterRequest, apply_register, preview_register
from agricrm.services.register_villages import add_villages
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village, list_villages

ROWS = [
    ["赵甲", "城关镇", "前屯村一组", "12号"],
    ["钱乙", "城关镇", "前屯村一组", None],
    ["孙丙", "城关镇", "前屯村", "二组"],
    ["李丁", "河口乡", "新庄村", None],
    ["周戊", "河口乡", "新庄村", None],
    ["吴己", "河口乡", "杨柳村三组", None],
]


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[tuple[Database, Actor, Path]]:
    path = tmp_path / "branch.db"
    db = open_database(path)
    actor = resolve_actor(db)
    for township, village in (("城关镇", "前屯村"), ("河口乡", "杨柳村")):
        add_village(db, actor, township, village)
    yield db, actor, path
    db.close()


def _register(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["农户登记表"])
    sheet.append(["户主姓名", "乡镇", "村", "详细地址"])
    for row in ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


def _customers(db: Database) -> dict[str, Customer]:
    with db.read() as session:
        rows = session.scalars(select(Customer)).all()
        session.expunge_all()
    return {row.name: row for row in rows}


def _officer(manager: Actor) -> Actor:
    """An officer of the branch (the permission is decided by the role alone)."""
    return Actor(manager.user_id + 1, "wangfang", "王芳", Role.OFFICER)


def test_missing_villages_are_listed_with_their_rows_and_a_group_proposed(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    db, actor, _path = branch
    preview = preview_register(db, actor, RegisterRequest(_register(tmp_path / "r.xlsx")))
    missing = {(m.township, m.village): m for m in preview.villages}
    assert list(missing) == [
        ("城关镇", "前屯村一组"),
        ("河口乡", "新庄村"),
        ("河口乡", "杨柳村三组"),
    ]
    assert missing["城关镇", "前屯村一组"].rows == (3, 4)
    assert missing["城关镇", "前屯村一组"].proposed == Place("城关镇", "前屯村", "一组")
    assert missing["河口乡", "新庄村"].proposed is None
    assert missing["河口乡", "杨柳村三组"].proposed == Place("河口乡", "杨柳村", "三组")
    assert preview.outcomes.problems == 5  # each such row refused until decided


def test_a_manager_adds_them_all_and_groups_go_into_the_address(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    db, manager, path = branch
    register = _register(tmp_path / "r.xlsx")
    preview = preview_register(db, manager, RegisterRequest(register))
    officer = _officer(manager)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(PermissionDenied):
        add_villages(db, officer, [("河口乡", "新庄村")])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    places = {(m.township, m.village): m.proposed for m in preview.villages if m.proposed}
    new = [(m.township, m.village) for m in preview.villages if m.proposed is None]
    added = add_villages(db, manager, new)
    assert [(v.township, v.name) for v in added] == [("河口乡", "新庄村")]
    assert add_villages(db, manager, new) == []  # already listed: nothing twice
    request = RegisterRequest(register, places=places)
    again = preview_register(db, manager, request)
    assert again.villages == () and again.plan.issues == []
    apply_register(db, manager, request)
    customers = _customers(db)
    assert (customers["赵甲"].village, customers["赵甲"].address_detail) == ("前屯村", "一组12号")
    assert (customers["钱乙"].village, customers["钱乙"].address_detail) == ("前屯村", "一组")
    assert (customers["孙丙"].village, customers["孙丙"].address_detail) == ("前屯村", "二组")
    assert customers["李丁"].village == "新庄村"
    assert (customers["吴己"].village, customers["吴己"].address_detail) == ("杨柳村", "三组")
    assert {(v.township, v.name) for v in list_villages(db, manager)} == {
        ("城关镇", "前屯村"),
        ("河口乡", "杨柳村"),
        ("河口乡", "新庄村"),
    }
    assert preview_register(db, manager, request).outcomes.unchanged == len(ROWS)


@given(
    st.sampled_from(["前屯村", "杨柳", "前屯村东"]),
    st.sampled_from(["一组", "3组", "二队", "五社", "第一村民小组", "十二小组"]),
)
def test_a_village_and_a_group_are_told_apart(village: str, group: str) -> None:
    listed = ["前屯村", "杨柳", "前屯村东"]
    assert split_group(f"{village}{group}", listed) == (village, group)
    assert split_group(village, listed) is None  # the village itself: nothing to split
    assert split_group(f"{village}东头", listed) in (None, ("前屯村东", "头"))[:1]
    assert with_group(group, None) == group and with_group(group, f"{group}8号") == f"{group}8号"


def test_the_dry_run_lists_them_and_add_villages_imports(
    branch: tuple[Database, Actor, Path], tmp_path: Path
) -> None:
    db, _manager, path = branch
    db.close()
    register = _register(tmp_path / "r.xlsx")
    environment = {
        **os.environ,
        "AGRICRM_CONFIG_DIR": str(tmp_path / "config"),
        "AGRICRM_LANG": "zh_CN",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "agricrm", "import", "--db", str(path), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=180, env=environment)

    dry = run(str(register), "--dry-run")
    assert dry.returncode == 1  # the rows in missing villages are problems
    assert "3 个村不在本网点的村列表中" in dry.stdout
    assert "城关镇 前屯村一组（第 3、4 行）→ 前屯村，一组" in dry.stdout
    assert "河口乡 新庄村（第 6、7 行）" in dry.stdout
    assert "--add-villages" in dry.stderr and "“村”工作表" not in dry.stderr  # no 村 sheet here
    done = run(str(register), "--add-villages")
    assert done.returncode == 0, done.stderr
    assert "新增 6 条" in done.stdout and "河口乡 新庄村" in done.stdout
