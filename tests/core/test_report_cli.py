"""``agricrm report …`` as a user runs it: a PDF, or one line on stderr and nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.core.pdf_helpers import all_text, page_texts
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


def _visit(path: Path) -> tuple[str, str, str]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT v.uuid, c.name, v.visit_date FROM visits v JOIN customers c "
            "ON c.id = v.customer_id WHERE v.status = 'done' ORDER BY v.id LIMIT 1"
        ).fetchone()
    finally:
        connection.close()


def _ambiguous_village(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT name FROM villages GROUP BY name HAVING count(*) > 1 LIMIT 1"
        ).fetchone()[0]
    finally:
        connection.close()


def test_visit_reports_and_the_day_sheet_from_the_command_line(
    demo_path: Path, tmp_path: Path
) -> None:
    db = str(demo_path)
    uuid, name, day = _visit(demo_path)
    out = tmp_path / "visit.pdf"
    result = run("report", "visit", "--db", db, "--visit", uuid, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "已生成" in result.stdout
    text = all_text(out.read_bytes())
    assert "走访报告" in text and name in text and day in text and "第 1 页 / 共 1 页" in text

    out = tmp_path / "visits.pdf"
    result = run(
        "report", "visits", "--db", db, "--from", "2026-06-01", "--to", "2026-06-30",
        "--officer", "王芳", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    texts = page_texts(out.read_bytes())
    assert len(texts) > 1 and sum("第 1 页 / 共" in text for text in texts) > 1
    assert all("客户经理 王芳" in text or "王芳" in text for text in texts)

    out = tmp_path / "day.pdf"
    connection = sqlite3.connect(demo_path)
    township, village = connection.execute(
        "SELECT township, village FROM customers ORDER BY id LIMIT 1"
    ).fetchone()
    connection.close()
    result = run(
        "report", "village-day", "--db", db, "--village", f"{township}/{village}",
        "--date", "2026-06-30", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = all_text(out.read_bytes())
    assert "村走访清单" in text and f"{township}{village}" in text


def test_bad_visit_report_input_gives_one_line_and_no_file(demo_path: Path, tmp_path: Path) -> None:
    db = str(demo_path)
    out = str(tmp_path / "out.pdf")
    missing = "00000000-0000-4000-8000-000000000000"
    _refused(
        run("report", "visit", "--db", db, "--visit", missing, "--out", out),
        tmp_path,
        code=1,
        says="不存在编号为",
    )
    _refused(
        run("report", "visit", "--db", db, "--visit", "v-17", "--out", out),
        tmp_path,
        code=1,
        says="不是走访编号",
    )
    visits = ("report", "visits", "--db", db, "--out", out)
    _refused(
        run(*visits, "--from", "2026-06-30", "--to", "2026-06-01"),
        tmp_path,
        code=1,
        says="早于开始日期",
    )
    _refused(
        run(*visits, "--from", "2001-01-01", "--to", "2001-01-31"),
        tmp_path,
        code=1,
        says="没有符合条件的走访",
    )
    _refused(run(*visits, "--from", "2026-13-01", "--to", "2026-06-30"), tmp_path, code=2)
    _refused(
        run(*visits, "--from", "2026-06-01", "--to", "2026-06-30", "--officer", "nobody"),
        tmp_path,
        code=1,
        says="nobody",
    )
    _refused(
        run(*visits, "--from", "2026-06-01", "--to", "2026-06-30", "--user", "wangfang",
            "--officer", "liqiang"),
        tmp_path,
        code=1,
        says="只能打印自己名下客户的走访",
    )  # fmt: skip
    day = ("report", "village-day", "--db", db, "--date", "2026-06-30", "--out", out)
    village = _ambiguous_village(demo_path)
    _refused(run(*day, "--village", village), tmp_path, code=1, says="请写成“乡镇/村”")
    _refused(run(*day, "--village", "无此村"), tmp_path, code=1, says="没有名为 无此村 的村")
    _refused(
        run("report", "village-day", "--db", db, "--village", village, "--out", out),
        tmp_path,
        code=2,
    )


def test_complaint_form_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    from agricrm.db.database import open_database
    from agricrm.domain.complaints import ComplaintStatus
    from agricrm.services.users import resolve_actor
    from tests.core.complaint_helpers import complaint_in

    db = open_database(demo_path)
    try:
        detail = complaint_in(db, resolve_actor(db), ComplaintStatus.REPLIED)
    finally:
        db.close()
    for wanted in (detail.number, detail.uuid):
        out = tmp_path / f"complaint-{len(wanted)}.pdf"
        result = run(
            "report", "complaint", "--db", str(demo_path), "--complaint", wanted, "--out", str(out)
        )
        assert result.returncode == 0, result.stderr
        text = all_text(out.read_bytes())
        assert "投诉处理单" in text and detail.number in text and "赵大海" in text
    folder = tmp_path / "refused"
    folder.mkdir()
    for wanted, says in (
        ("TS20990101-001", "不存在编号为"),
        ("complaint-7", "既不是投诉编号"),
    ):
        result = run(
            "report", "complaint", "--db", str(demo_path), "--complaint", wanted,
            "--out", str(folder / "x.pdf"),
        )  # fmt: skip
        _refused(result, folder, code=1, says=says)
