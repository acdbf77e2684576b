"""The ``agricrm`` command as a user runs it: one line and an exit code, never a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agricrm", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def _customers(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT uuid, name, id_number, phone, village, land_area_mu, status "
            "FROM customers ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def test_demo_is_deterministic_and_reports_in_chinese(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path in (first, second):
        result = run(
            "demo", "--db", str(path), "--customers", "60", "--seed", "5", "--as-of", "2026-06-30"
        )
        assert result.returncode == 0, result.stderr
    assert "60 位客户" in result.stdout
    assert _customers(first) == _customers(second)
    assert len(_customers(first)) == 60


def test_db_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    result = run("demo", "--customers", "5", env={"AGRICRM_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_demo_never_overwrites_a_file(tmp_path: Path) -> None:
    path = tmp_path / "keep.db"
    path.write_text("precious", encoding="utf-8")
    result = run("demo", "--db", str(path), "--customers", "5")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "已存在" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "precious"


def test_bad_arguments_give_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "x.db"), "--customers", "many")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    result = run("demo", "--db", str(tmp_path / "x.db"), "--as-of", "2026-13-01")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_opening_a_file_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database", encoding="utf-8")
    result = run("--db", str(path), "--quit-after-paint", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "不是 AgriCRM 数据库" in result.stderr and "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "not a database"


def test_english_messages_on_request(tmp_path: Path) -> None:
    path = tmp_path / "keep.db"
    path.write_text("x", encoding="utf-8")
    result = run("demo", "--db", str(path), env={"AGRICRM_LANG": "en"})
    assert "already exists" in result.stderr


def test_gui_starts_on_a_demo_database_and_reports_first_paint(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert run("demo", "--db", str(path), "--customers", "30").returncode == 0
    result = run("--db", str(path), "--quit-after-paint", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "first_paint_epoch=" in result.stdout
