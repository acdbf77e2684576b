"""Issue 13 figures: a branch's own register of 50,000 rows previewed and imported.

The register is a clerk's workbook as the corpus has them (`tests/fixtures/registers`), at
scale: a merged title row, headings in a clerk's words (户主姓名, 身份证号码, 联系电话, 承包耕地面积
（亩）…), full-width digits, +86, dates and amounts spelled as people spell them, a total row;
one row per person, in 40 villages of 4 townships.  It is made once per size and kept in
build/bench/.  Into a new branch holding those villages, each in a fresh process (so its
peak memory is its own): reading the file as the wizard does when it is chosen
(`read_register_file`), the preview (`preview_register`: read, map, plan, notes, missing
villages) and the import (`apply_register`).  Targets: preview under 10 s, import under 30 s.

The bare baseline, measured in the same run, brackets the import: python-calamine reading
the same sheet and a SQLAlchemy Core insert of its rows as text into a plain table, before
and after; the ratio is taken against their mean.  `run_bench.py --baseline REV --only
registers` compares the figures with an earlier revision's code side by side.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import BUILD

TARGETS = {"preview_s": 10.0, "import_s": 30.0}
ROWS = 50_000
TOWNSHIPS = ("城关镇", "河口乡", "柳林镇", "张庄镇")
VILLAGES = tuple((t, f"{t[:2]}{n}村") for t in TOWNSHIPS for n in "东西南北中前后上下新")
HEADINGS = (
    "序号",
    "户主姓名",
    "性别",
    "身份证号码",
    "联系电话",
    "出生日期",
    "乡镇",
    "村名",
    "村民小组",
    "家庭人口",
    "承包耕地面积（亩）",
    "家庭年收入（元）",
    "主要种养品种",
    "备注",
)
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "建国秀英志强桂兰海涛翠花立新玉梅国庆红霞大伟德胜淑珍文明春生"
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

_MEASURED = """
import json, sys, time
from pathlib import Path
from agricrm.db.database import open_database
from agricrm.diagnostics import peak_memory_kib
from agricrm.services import register_import
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village
db = open_database(Path(sys.argv[2]))
actor = resolve_actor(db)
for township, village in json.loads(sys.argv[3]):
    add_village(db, actor, township, village)
request = register_import.RegisterRequest(Path(sys.argv[1]))
figures = {{}}
{work}
db.close()
figures["peak_rss_mb"] = peak_memory_kib() / 1024
print(json.dumps(figures))
"""
_PREVIEW = _MEASURED.format(
    work="""
started = time.perf_counter()
register_import.read_register_file(actor, request.path)
figures["read_s"] = time.perf_counter() - started
started = time.perf_counter()
preview = register_import.preview_register(db, actor, request)
figures["seconds"] = time.perf_counter() - started
figures["new"] = preview.outcomes.new
figures["problems"] = preview.outcomes.problems
figures["notes"] = len(getattr(preview, "notes", ()))
"""
)
_IMPORT = _MEASURED.format(
    work="""
started = time.perf_counter()
done = register_import.apply_register(db, actor, request)
figures["seconds"] = time.perf_counter() - started
figures["new"] = done.outcomes.new
"""
)


def _id_number(rng: random.Random, number: int) -> str:
    """A valid ID number, a different one for each row number (birth day and serial)."""
    from agricrm.domain.id_number import with_check_digit

    birth = dt.date(1950, 1, 1) + dt.timedelta(days=(number // 1000) * 300 + number % 7)
    region = rng.choice(("410322", "370102", "510104"))
    return with_check_digit(f"{region}{birth:%Y%m%d}{number % 1000:03d}")


def _row(rng: random.Random, number: int) -> list[object]:
    """One person as a clerk typed them; about one cell in ten spelled otherwise."""
    township, village = VILLAGES[number % len(VILLAGES)]
    id_number = _id_number(rng, number)
    birth = dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    phone = f"1{rng.choice('3578')}{number:09d}"
    income = rng.randrange(10, 200) * 1000
    spelling = number % 10
    return [
        number,
        rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, 2)),
        "男" if int(id_number[16]) % 2 else "女",
        id_number.translate(_FULL) if spelling == 1 else id_number,
        f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}" if spelling == 2 else phone,
        f"{birth.year}.{birth.month}.{birth.day}" if spelling == 3 else birth,
        township,
        village,
        f"{number % 9 + 1}组",
        rng.randrange(1, 8),
        f"{rng.randrange(10, 300) / 10:g}亩" if spelling == 4 else rng.randrange(10, 300) / 10,
        f"{income / 10000:g}万" if spelling == 5 else income,
        rng.choice(("小麦", "玉米", "蔬菜大棚", "生猪养殖", "苹果", "")),
        "",
    ]


def register_file(rows: int) -> Path:
    """The register of `rows` people, made once and kept in build/bench/."""
    path = BUILD / f"register-{rows}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    BUILD.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("农户信息")
    sheet.append(["××县农户信息登记表"])
    sheet.append(list(HEADINGS))
    for number in range(1, rows + 1):
        sheet.append(_row(rng, number))
    sheet.append(["合计", *([None] * (len(HEADINGS) - 1))])
    partial = path.with_suffix(".partial.xlsx")
    workbook.save(partial)
    partial.rename(path)
    return path


def _in_fresh_process(script: str, register: Path) -> dict[str, Any]:
    branch = Path(tempfile.mkdtemp()) / "branch.db"
    result = subprocess.run(
        [sys.executable, "-c", script, str(register), str(branch), json.dumps(VILLAGES)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _bare_read_and_insert(register: Path) -> float:
    from python_calamine import CalamineWorkbook
    from sqlalchemy import Column, MetaData, String, Table, create_engine, insert

    engine = create_engine(f"sqlite:///{tempfile.mkdtemp()}/bare.db")
    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(register)).get_sheet_by_index(0).to_python()
    width = max(len(r) for r in rows)
    table = Table("register", MetaData(), *(Column(f"c{i}", String) for i in range(width)))
    with engine.begin() as connection:
        table.create(connection)
        data = [
            {f"c{i}": (None if v in ("", None) else str(v)) for i, v in enumerate(r)}
            for r in rows[2:]
        ]
        for start in range(0, len(data), 5000):
            connection.execute(insert(table), data[start : start + 5000])
    return time.perf_counter() - started


def run(_db_path: Path | None, rows: int = ROWS) -> dict[str, Any]:
    """The section's figures for a register of `rows` rows (the demo branch is not used)."""
    started = time.perf_counter()
    register = register_file(rows)
    made = time.perf_counter() - started
    preview = _in_fresh_process(_PREVIEW, register)
    bare = _bare_read_and_insert(register)
    imported = _in_fresh_process(_IMPORT, register)
    bare_again = _bare_read_and_insert(register)
    bare_mean = (bare + bare_again) / 2
    figures: dict[str, Any] = {
        "rows": rows,
        "register_mb": round(register.stat().st_size / 2**20, 1),
        "register_made_s": round(made, 2),  # 0 when cached
        "read_s": round(preview["read_s"], 2),
        "preview_s": round(preview["seconds"], 2),
        "preview_new": preview["new"],
        "preview_problems": preview["problems"],
        "preview_notes": preview["notes"],
        "preview_peak_memory_mb": round(preview["peak_rss_mb"], 1),
        "import_s": round(imported["seconds"], 2),
        "imported_new": imported["new"],
        "import_peak_memory_mb": round(imported["peak_rss_mb"], 1),
        "bare_calamine_read_and_core_insert_s": [round(bare, 2), round(bare_again, 2)],
        "import_ratio": round(imported["seconds"] / bare_mean, 2),
        "targets": TARGETS,
    }
    figures["met"] = {
        "preview_s": preview["seconds"] < TARGETS["preview_s"],
        "import_s": imported["seconds"] < TARGETS["import_s"],
    }
    return figures
