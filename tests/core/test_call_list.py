"""Call lists: the workbook read back with python-calamine, the PDF call sheet's text, the
reasons in words, the officer's own customers only, masking and the length limit."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from agricrm.db.database import Database
from agricrm.domain.classification.facts import Dimension
from agricrm.domain.errors import AgriCrmError
from agricrm.domain.masking import mask_phone
from agricrm.i18n import catalog
from agricrm.services import call_list as call_lists
from agricrm.services.actor import Actor
from agricrm.services.call_list import call_list, call_list_workbook, call_sheet
from agricrm.services.classes import explain_customer
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_rows, search_customer_ids
from agricrm.services.reports import ReportOptions

from .pdf_helpers import all_text, squeeze

TODAY = dt.date(2026, 12, 3)
DORMANT = CustomerQuery().with_class(Dimension.ACTIVITY, "dormant")


def _zh() -> ReportOptions:
    found = catalog("zh_CN")
    assert found is not None
    return ReportOptions(translate=found.translate, today=TODAY)


def test_the_list_holds_the_filter_s_customers_with_their_reasons(
    demo_db: Database, manager: Actor
) -> None:
    ids = search_customer_ids(demo_db, manager, DORMANT)
    found = call_list(demo_db, manager, DORMANT, "沉睡客户", today=TODAY)
    assert found.title == "沉睡客户" and found.made_on == TODAY
    assert sorted(entry.customer_id for entry in found.entries) == sorted(ids)
    places = [(entry.township, entry.village) for entry in found.entries]
    assert places == sorted(places)
    first = found.entries[0]
    explained = explain_customer(demo_db, manager, first.customer_id, TODAY)
    assert first.segment == explained.segment
    assert first.value == explained.value and first.credit == explained.credit
    assert first.segment.reasons  # words, not only a code


def test_the_workbook_reads_back_with_every_customer_and_an_empty_outcome(
    demo_db: Database, manager: Actor, tmp_path: Path
) -> None:
    target = tmp_path / "沉睡客户.xlsx"
    options = _zh()
    found = call_list_workbook(
        demo_db, manager, DORMANT, target, "沉睡客户", translate=options.translate
    )
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert rows[0][0] == "电话清单 · 沉睡客户"
    made_on = dt.date.today().isoformat()
    assert rows[1][0].startswith(f"制表日期 {made_on} · 共 {len(found.entries)} 位客户")
    header = rows[3]
    assert header[:4] == ["档案编号", "姓名", "村", "电话"]
    assert header[-2:] == ["最近联系", "结果"]
    body = [row for row in rows[4:] if any(row)]
    assert len(body) == len(found.entries) > 0
    numbers = {row[0] for row in body}
    customers = customer_rows(demo_db, manager, [entry.customer_id for entry in found.entries])
    assert numbers == {row.number for row in customers.values()}
    for row, entry in zip(body, found.entries, strict=True):
        assert row[1] == entry.name
        assert row[3] == mask_phone(entry.phone)
        assert row[4].split(" / ")[0] in ("优质客户", "普通客户", "潜力客户")
        assert "客户分层" not in row[5] and row[5].count("\n") == 2  # segment, value, credit
        assert row[-1] == ""
    assert any("价值得分" in row[5] for row in body)


def test_full_phones_only_when_asked(demo_db: Database, manager: Actor, tmp_path: Path) -> None:
    target = tmp_path / "calls.xlsx"
    found = call_list_workbook(demo_db, manager, DORMANT, target, full_phones=True)
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    phones = {row[3] for row in rows[4:] if any(row)}
    assert phones == {entry.phone for entry in found.entries}
    assert any(phone and "*" not in phone for phone in phones)


def test_the_pdf_call_sheet_is_landscape_with_names_reasons_and_page_numbers(
    demo_db: Database, officer: Actor
) -> None:
    result = call_sheet(demo_db, officer, DORMANT, "沉睡客户", options=_zh())
    reader = PdfReader(io.BytesIO(result.pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = squeeze(all_text(result.pdf))
    found = call_list(demo_db, officer, DORMANT, today=TODAY)
    assert result.pages >= 2
    assert f"第1页/共{result.pages}页" in text and "电话清单·沉睡客户" in text
    for entry in found.entries:
        assert squeeze(entry.name) in text and mask_phone(entry.phone) in text
        assert squeeze(entry.segment.reasons[0].render(_zh().translate)) in text
    assert "价值得分" in text and "结果" in text
    assert text.count("档案编号") == result.pages  # the header row repeats on every page


def test_an_officer_s_list_holds_only_their_customers(
    demo_db: Database, officer: Actor, manager: Actor
) -> None:
    mine = call_list(demo_db, officer, DORMANT)
    everyone = call_list(demo_db, manager, DORMANT)
    own = set(search_customer_ids(demo_db, officer, CustomerQuery()))
    assert 0 < len(mine.entries) < len(everyone.entries)
    assert {entry.customer_id for entry in mine.entries} <= own


def test_an_empty_or_too_long_list_is_refused_with_its_count(
    demo_db: Database, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(AgriCrmError):
        call_list(demo_db, manager, CustomerQuery(text="没有这个人的名字"))
    monkeypatch.setattr(call_lists, "MAX_ENTRIES", 10)
    count = len(search_customer_ids(demo_db, manager, DORMANT))
    with pytest.raises(AgriCrmError) as raised:
        call_list(demo_db, manager, DORMANT)
    assert str(count) in str(raised.value)


def test_the_command_line_writes_a_saved_segment_s_call_list(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from agricrm.cli.main import main
    from agricrm.db.database import open_database
    from agricrm.services.saved_segments import save_segment
    from agricrm.services.users import resolve_actor

    db = open_database(demo_path)
    try:
        manager = resolve_actor(db, "lijianguo")
        save_segment(db, manager, "沉睡客户", DORMANT)
        expected = len(search_customer_ids(db, manager, DORMANT))
    finally:
        db.close()
    workbook = tmp_path / "calls.xlsx"
    common = ["report", "call-list", "--db", str(demo_path), "--user", "lijianguo"]
    assert main([*common, "--segment", "沉睡客户", "--out", str(workbook)]) == 0
    assert f"共 {expected} 位客户" in capsys.readouterr().out
    rows = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0).to_python()
    assert rows[0][0] == "电话清单 · 沉睡客户"
    assert len([row for row in rows[4:] if any(row)]) == expected
    sheet = tmp_path / "calls.pdf"
    classes = ["--class", "activity=dormant", "--class", "scale=small"]
    assert main([*common, *classes, "--out", str(sheet)]) == 0
    assert sheet.read_bytes().startswith(b"%PDF")
    assert main([*common, "--segment", "没有这个分组", "--out", str(sheet)]) == 1
    assert "没有名为 没有这个分组 的客户分组" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*common, "--class", "segment=best", "--out", str(sheet)])
