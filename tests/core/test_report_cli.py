"""``agricrm report …`` as a user runs it: a PDF, or one line on stderr and nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.core.pdf_helpers import all_text
from tests.core.test_cli import run


def _uuid_and_name(path: Path) -> tuple[str, str]:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT uuid, name FROM customers ORDER BY id LIMIT 1").fetchone()
    finally:
        connection.close()
    return row[0], row[1]


def _refused(result: object, folder: Path, *, code: int | None = None, says: str = "") -> None:
    assert result.returncode != 0, result.stdout
    if code is not None:
        assert result.returncode == code
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert says in result.stderr
    assert not [p.name for p in folder.iterdir() if p.suffix in (".pdf", ".part")]


def test_customer_sheet_and_summary_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    uuid, name = _uuid_and_name(demo_path)
    out = tmp_path / "sheet.pdf"
    result = run(
        "report", "customer", "--db", str(demo_path), "--customer", uuid, "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "已生成" in result.stdout and result.stderr == ""
    text = all_text(out.read_bytes())
    assert name in text and "客户信息档案表" in text and "第 1 页 / 共" in text

    out = tmp_path / "summary.pdf"
    result = run(
        "report", "summary", "--db", str(demo_path), "--period", "2026-Q2",
        "--officer", "wangfang", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = all_text(out.read_bytes())
    assert "2026年第2季度" in text and "客户经理 王芳" in text


def test_bad_input_gives_one_line_and_leaves_no_file(demo_path: Path, tmp_path: Path) -> None:
    db = str(demo_path)
    out = str(tmp_path / "out.pdf")
    missing = "00000000-0000-4000-8000-000000000000"
    _refused(
        run("report", "customer", "--db", db, "--customer", missing, "--out", out),
        tmp_path,
        code=1,
        says="不存在",
    )
    _refused(
        run("report", "customer", "--db", db, "--customer", "abc", "--out", out),
        tmp_path,
        code=1,
        says="不是客户编号",
    )
    summary = ("report", "summary", "--db", db, "--out", out)
    _refused(run(*summary, "--period", "2026-Q3", "--officer", "nobody"), tmp_path, says="nobody")
    _refused(run(*summary, "--period", "2026-Q5"), tmp_path, code=2, says="2026-Q5")
    _refused(run(*summary, "--period", ""), tmp_path, code=2, says="2026-Q3")
    _refused(run(*summary, "--period", "2150"), tmp_path, code=1, says="尚未开始")
    _refused(run("report", "summary", "--db", db, "--out", out), tmp_path, code=2)


def test_unwritable_output_and_missing_database(demo_path: Path, tmp_path: Path) -> None:
    uuid, _ = _uuid_and_name(demo_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    for out, says in (
        (tmp_path / "missing" / "x.pdf", "不存在"),
        (blocker / "x.pdf", "无法写入"),
        (tmp_path, "是文件夹"),
    ):
        result = run(
            "report", "customer", "--db", str(demo_path), "--customer", uuid, "--out", str(out)
        )
        _refused(result, tmp_path, code=1, says=says)
    absent = tmp_path / "absent.db"
    result = run("report", "summary", "--db", str(absent), "--period", "2026", "--out", "x.pdf")
    _refused(result, tmp_path, code=1, says="没有数据库")
    assert not absent.exists()
