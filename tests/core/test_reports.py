"""Generated PDFs read back as text: names, figures, page numbers, masked numbers, fonts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.domain.customer import CustomerInput, LoanInput
from agricrm.domain.enums import GuaranteeType, LoanClassification
from agricrm.domain.errors import AgriCrmError, NotFound, PermissionDenied
from agricrm.domain.period import parse_period
from agricrm.i18n import catalog
from agricrm.models import Customer
from agricrm.reports.customer_sheet import CUSTOMER_SHEET, CustomerSheetContext
from agricrm.reports.document import Letterhead, ReportWriter
from agricrm.reports.kit import Column, ReportKit
from agricrm.reports.summary import SUMMARY, SummaryContext
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.progress import Cancelled, Progress
from agricrm.services.settings import save_branch_logo
from tests.conftest import DEMO_AS_OF
from tests.core.helpers import a_village, valid_input
from tests.core.pdf_helpers import all_text, fonts_used, page_texts, squeeze

ZH = catalog("zh_CN")
assert ZH is not None
PRINTED_AT = dt.datetime(2026, 6, 30, 6, 5, tzinfo=dt.UTC)
OPTIONS = reports.ReportOptions(translate=ZH.translate, printed_at=PRINTED_AT, today=DEMO_AS_OF)
FOOTER = re.compile(r"第 (\d+) 页 / 共 (\d+) 页")


def _first_customer(db: Database) -> tuple[int, str, str, str]:
    with db.read() as session:
        row = session.execute(
            select(Customer.id, Customer.name, Customer.id_number, Customer.uuid)
            .where(Customer.id_number.is_not(None))
            .order_by(Customer.id)
            .limit(1)
        ).one()
    return row.id, row.name, row.id_number, row.uuid


def _footers(pdf: bytes) -> list[tuple[int, int]]:
    numbers = []
    for text in page_texts(pdf):
        found = FOOTER.findall(text)
        assert len(found) == 1, text
        numbers.append((int(found[0][0]), int(found[0][1])))
    return numbers


def _without_page_decorations(text: str) -> str:
    """A page's text without its letterhead and footer (drawn last, so its last lines)."""
    lines = text.splitlines()
    assert FOOTER.search(lines[-1]) and lines[-2].startswith("打印时间")
    return "\n".join(lines[:-4])


def _assert_fonts_embedded(pdf: bytes) -> None:
    used = fonts_used(pdf)
    assert used, "no fonts found"
    assert all(font.embedded and font.subset for font in used), used
    assert {font.subtype for font in used} == {"/TrueType"}
    assert "Helvetica" not in str(used)


def _stress_customer(db: Database, actor: Actor, **changes: object) -> int:
    loans = [
        LoanInput(
            lender="本行",
            product=f"家庭农场贷款第{index + 1}笔",
            amount=Decimal(100000 + index),
            balance=Decimal(50000),
            start_date=dt.date(2025, 1, 1) + dt.timedelta(days=index),
            due_date=dt.date(2027, 1, 1),
            classification=LoanClassification.NORMAL,
            guarantee_type=GuaranteeType.GUARANTEED,
            notes="用于购买农机和农资，" * (1 + index % 5),
        )
        for index in range(40)
    ]
    data = valid_input(db, loans=loans, **changes)
    return CustomerService(db, lambda: DEMO_AS_OF).create(actor, data).id


# ---------------------------------------------------------------- customer profile sheet


def test_customer_sheet_prints_the_file_with_masked_numbers(
    demo_db: Database, admin: Actor
) -> None:
    customer_id, name, id_number, _ = _first_customer(demo_db)
    detail = CustomerService(demo_db).get(admin, customer_id)
    result = reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    text = all_text(result.pdf)
    assert result.pages == len(page_texts(result.pdf)) >= 1
    assert "客户信息档案表" in text and name in text
    assert "沂南农商银行岸堤支行" in text  # the letterhead
    assert f"{id_number[:6]}********{id_number[-4:]}" in text
    assert id_number not in squeeze(text)
    if detail.phone:
        assert f"{detail.phone[:3]}****{detail.phone[-4:]}" in text
        assert detail.phone not in squeeze(text)
    for item in detail.production_items:
        assert item.name in text
    for loan in detail.loans:
        assert f"{loan.balance:,.2f}" in text
    assert detail.status.label.render(ZH.translate) in text
    assert "打印时间：" in text and "打印人：管理员" in text
    assert "客户经理（签字）" in text
    assert _footers(result.pdf) == [(n, result.pages) for n in range(1, result.pages + 1)]
    _assert_fonts_embedded(result.pdf)


def _sheet_with_notes(db: Database, actor: Actor, customer_id: int, lines: int) -> list[str]:
    """The pages of the customer's sheet after giving the file `lines` lines of notes."""
    service = CustomerService(db, lambda: DEMO_AS_OF)
    detail = service.get(actor, customer_id)
    data = dataclasses.replace(
        _bare_input(detail), notes="\n".join(f"第{n}条备注" for n in range(1, lines + 1))
    )
    service.update(actor, customer_id, data, detail.row_version)
    return page_texts(reports.customer_sheet(db, actor, customer_id, OPTIONS).pdf)


def _bare_input(detail: object) -> CustomerInput:
    return CustomerInput(
        name=detail.name,  # type: ignore[attr-defined]
        township=detail.township,  # type: ignore[attr-defined]
        village=detail.village,  # type: ignore[attr-defined]
        officer_id=detail.officer_id,  # type: ignore[attr-defined]
    )


def test_a_nearly_empty_file_prints_on_one_page_with_its_signature_lines(
    demo_db: Database, admin: Actor
) -> None:
    """It printed on two pages, the signature lines alone on the second."""
    township, village = a_village(demo_db)
    customer = CustomerService(demo_db, lambda: DEMO_AS_OF).create(
        admin, CustomerInput(name="白勇", township=township, village=village)
    )
    pages = page_texts(reports.customer_sheet(demo_db, admin, customer.id, OPTIONS).pdf)
    assert len(pages) == 1
    assert "白勇" in pages[0] and "客户经理（签字）" in pages[0] and "投诉记录" in pages[0]


def test_the_signature_lines_never_stand_alone_on_a_page(demo_db: Database, admin: Actor) -> None:
    """Notes just long enough to push the signatures over: the section before them (the
    complaints) goes over with them."""
    township, village = a_village(demo_db)
    customer_id = (
        CustomerService(demo_db, lambda: DEMO_AS_OF)
        .create(admin, CustomerInput(name="白勇", township=township, village=village))
        .id
    )
    fits, spills = 0, 60
    assert len(_sheet_with_notes(demo_db, admin, customer_id, spills)) >= 2
    while spills - fits > 1:  # the fewest lines of notes that make a second page
        middle = (fits + spills) // 2
        if len(_sheet_with_notes(demo_db, admin, customer_id, middle)) == 1:
            fits = middle
        else:
            spills = middle
    for lines in (spills, spills + 2):
        last = _without_page_decorations(_sheet_with_notes(demo_db, admin, customer_id, lines)[-1])
        assert "客户经理（签字）" in last
        assert "投诉记录" in last and "没有投诉记录" in last, last


def test_long_tables_split_with_the_header_repeated_and_long_text_wraps(
    demo_db: Database, admin: Actor
) -> None:
    long_notes = "客户计划扩大设施蔬菜种植规模，需要购置滴灌设备并建设冷库。" * 150
    customer_id = _stress_customer(demo_db, admin, notes=long_notes)
    result = reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    pages = page_texts(result.pdf)
    assert result.pages == len(pages) >= 4
    loan_pages = [text for text in pages if "家庭农场贷款第" in text]
    assert len(loan_pages) >= 2
    for text in loan_pages:  # every page the loan table runs over repeats its header
        assert "贷款机构" in squeeze(text) and "五级分类" in squeeze(text), text[:200]
    for number in (1, 20, 40):
        assert f"家庭农场贷款第{number}笔" in squeeze("".join(pages))
    body = "".join(_without_page_decorations(text) for text in pages)
    assert squeeze(long_notes) in squeeze(body)  # every word of it, across pages
    assert _footers(result.pdf) == [(n, len(pages)) for n in range(1, len(pages) + 1)]


def test_rare_name_characters_come_out_right(demo_db: Database, admin: Actor) -> None:
    customer_id = _stress_customer(demo_db, admin, name="𠮷䶮明", notes="")
    result = reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    text = all_text(result.pdf)
    assert "𠮷䶮明" in text
    assert result.missing_characters == frozenset()
    names = {font.name.split("+", 1)[1] for font in fonts_used(result.pdf)}
    assert names == {"WenQuanYiMicroHei", "AgriCRMHanExt"}
    _assert_fonts_embedded(result.pdf)


def test_a_character_in_no_font_is_substituted_visibly_and_reported(
    demo_db: Database, admin: Actor
) -> None:
    customer_id = _stress_customer(
        demo_db, admin, notes="门前有\U0002a700字石碑\x07", address_detail="二组\U0002a700号"
    )
    result = reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    text = squeeze(all_text(result.pdf))
    assert result.missing_characters == {"\U0002a700"}
    assert "门前有〓U+2A700字石碑" in text and "二组〓U+2A700号" in text


def test_customer_sheet_respects_permissions(
    demo_db: Database, officer: Actor, other_officer: Actor
) -> None:
    with demo_db.read() as session:
        own = session.scalar(
            select(Customer.id).where(Customer.officer_id == officer.user_id).limit(1)
        )
    assert own is not None
    assert reports.customer_sheet(demo_db, officer, own, OPTIONS).pages >= 1
    with pytest.raises(PermissionDenied):
        reports.customer_sheet(demo_db, other_officer, own, OPTIONS)


def test_customers_are_found_by_file_number_or_uuid(demo_db: Database, admin: Actor) -> None:
    customer_id, _, _, uuid = _first_customer(demo_db)
    with demo_db.read() as session:
        number = session.scalar(select(Customer.number).where(Customer.id == customer_id))
    assert number and number.startswith("KH-")
    assert reports.find_customer(demo_db, admin, uuid.upper()) == customer_id
    assert reports.find_customer(demo_db, admin, f" {number.lower()} ") == customer_id
    with pytest.raises(NotFound):
        reports.find_customer(demo_db, admin, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFound):
        reports.find_customer(demo_db, admin, "KH-ZZZ-99999")
    with pytest.raises(NotFound, match="neither a file number"):
        reports.find_customer(demo_db, admin, "12345")


def test_the_visit_and_complaint_slots_print_what_their_provider_gives(
    demo_db: Database, admin: Actor
) -> None:
    customer_id = _first_customer(demo_db)[0]
    assert CUSTOMER_SHEET.keys.index("status_history") < CUSTOMER_SHEET.keys.index("last_visits")
    original = CUSTOMER_SHEET.slot("last_visits").provider
    seen: list[CustomerSheetContext] = []

    def last_visits(context: CustomerSheetContext) -> list[object]:
        seen.append(context)
        kit = context.kit
        return [
            *kit.heading("最近走访"),
            kit.table([Column("日期"), Column("发现")], [("2026-06-01", "长势良好")]),
        ]

    with CUSTOMER_SHEET.replaced("last_visits", last_visits):
        text = all_text(reports.customer_sheet(demo_db, admin, customer_id, OPTIONS).pdf)
    assert seen and seen[0].customer.id == customer_id
    assert "last_visits" in seen[0].sections  # the slot's data, fetched before layout
    assert text.index("状态变更记录") < text.index("最近走访") < text.index("客户经理（签字）")
    assert "长势良好" in text
    assert CUSTOMER_SHEET.slot("last_visits").provider == original  # restored
    with CUSTOMER_SHEET.replaced("last_visits", None):
        text = all_text(reports.customer_sheet(demo_db, admin, customer_id, OPTIONS).pdf)
    assert "最近走访" not in text  # an empty slot prints nothing


def test_a_provider_can_be_named_by_its_module_path(demo_db: Database, admin: Actor) -> None:
    customer_id = _first_customer(demo_db)[0]
    with CUSTOMER_SHEET.replaced("complaints", "tests.core.test_reports:complaints_provider"):
        text = all_text(reports.customer_sheet(demo_db, admin, customer_id, OPTIONS).pdf)
    assert "投诉记录（测试）" in text


def complaints_provider(context: CustomerSheetContext) -> list[object]:
    return context.kit.heading("投诉记录（测试）")


def test_letterhead_logo_is_drawn_on_every_page(demo_db: Database, manager: Actor) -> None:
    from PIL import Image

    buffer = __import__("io").BytesIO()
    Image.new("RGB", (120, 40), (46, 107, 79)).save(buffer, "PNG")
    save_branch_logo(demo_db, manager, buffer.getvalue())
    customer_id = _stress_customer(demo_db, manager)
    result = reports.customer_sheet(demo_db, manager, customer_id, OPTIONS)
    from pypdf import PdfReader

    reader = PdfReader(__import__("io").BytesIO(result.pdf))
    for page in reader.pages:
        images = page["/Resources"].get_object().get("/XObject")
        assert images is not None and len(images.get_object()) == 1


# ---------------------------------------------------------------- writer


def _paragraphs(kit: ReportKit, label: str, count: int) -> list[object]:
    return [kit.para(f"{label}第{index}段：" + "文字" * 120) for index in range(count)]


def test_a_batch_numbers_the_pages_of_each_report_on_its_own() -> None:
    kit = ReportKit(ZH.translate)
    writer = ReportWriter(kit, Letterhead("测试支行", PRINTED_AT, "王芳"), "批量")
    writer.add("报告甲", _paragraphs(kit, "甲", 40))
    writer.add("报告乙", _paragraphs(kit, "乙", 5))
    writer.add("报告丙", _paragraphs(kit, "丙", 40))
    result = writer.write()
    footers = _footers(result.pdf)
    assert result.reports == 3 and result.pages == len(footers)
    texts = page_texts(result.pdf)
    starts = [index for index, (page, _) in enumerate(footers) if page == 1]
    assert len(starts) == 3
    for start, subject in zip(starts, ("报告甲", "报告乙", "报告丙"), strict=True):
        assert subject in texts[start]
        total = footers[start][1]
        assert [page for page, _ in footers[start : start + total]] == list(range(1, total + 1))
    assert "测试支行" in texts[-1] and "打印人：王芳" in texts[-1]


def test_cancelling_leaves_no_file_behind(tmp_path: Path) -> None:
    kit = ReportKit(ZH.translate)
    writer = ReportWriter(kit, Letterhead("测试支行", PRINTED_AT), "取消")
    writer.add("报告", _paragraphs(kit, "甲", 200))
    progress = Progress()
    progress.cancel()
    target = tmp_path / "out.pdf"
    with pytest.raises(Cancelled):
        writer.write(target, progress)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_destination_is_refused_before_any_work(tmp_path: Path) -> None:
    kit = ReportKit(ZH.translate)
    writer = ReportWriter(kit, Letterhead("", PRINTED_AT), "x")
    writer.add("x", [kit.para("x")])
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    for target in (tmp_path / "missing" / "a.pdf", blocker / "a.pdf", tmp_path):
        with pytest.raises(AgriCrmError):
            writer.write(target)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.txt"]
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"old")
    assert writer.write(existing).path == existing
    assert existing.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- periodic summary


def test_summary_prints_the_figures_and_charts(demo_db: Database, admin: Actor) -> None:
    result = reports.periodic_summary(demo_db, admin, parse_period("2026-Q2"), None, OPTIONS)
    text = all_text(result.pdf)
    assert "定期汇总报告 · 2026年第2季度" in text
    assert "统计期间 2026-04-01 至 2026-06-30" in text and "全网点" in text
    for heading in ("概况", "按经营模式", "按信用等级", "按准入状态", "贷款五级分类"):
        assert heading in text
    for label in ("正常", "关注", "次级", "可疑", "损失", "家庭农场", "自营农户"):
        assert label in text
    assert "按客户经理统计" in text and "王芳" in text
    assert "400" in text  # customers on file in the 400-customer demo branch
    assert "各类贷款余额（万元）" in text  # the chart's title, drawn in the PDF
    assert _footers(result.pdf) == [(n, result.pages) for n in range(1, result.pages + 1)]
    _assert_fonts_embedded(result.pdf)


def test_officer_summary_covers_their_customers_only(demo_db: Database, manager: Actor) -> None:
    from agricrm.services.summary import resolve_officer

    wang = resolve_officer(demo_db, manager, "wangfang")
    assert resolve_officer(demo_db, manager, "王芳") == wang
    result = reports.periodic_summary(demo_db, manager, parse_period("2026"), wang, OPTIONS)
    text = all_text(result.pdf)
    assert "客户经理 王芳" in text and "按客户经理统计" not in text
    with pytest.raises(NotFound):
        resolve_officer(demo_db, manager, "nobody")


def test_summary_slots_for_visits_and_complaints(demo_db: Database, admin: Actor) -> None:
    assert SUMMARY.keys.index("loan_quality") < SUMMARY.keys.index("visits")

    def visits(context: SummaryContext) -> list[object]:
        scope = context.scope
        return [context.kit.para(f"走访计划与完成 {scope.start:%Y-%m-%d}")]

    with SUMMARY.replaced("visits", visits):
        result = reports.periodic_summary(demo_db, admin, parse_period("2026-06"), None, OPTIONS)
    text = all_text(result.pdf)
    assert "走访计划与完成 2026-0" in text
    assert text.index("贷款五级分类") < text.index("走访计划与完成") < text.index("统计口径")


def test_a_period_before_any_customer_prints_a_correct_empty_page(
    demo_db: Database, admin: Actor
) -> None:
    result = reports.periodic_summary(demo_db, admin, parse_period("2001"), None, OPTIONS)
    text = all_text(result.pdf)
    assert "本期末尚无在册客户" in text
    assert "2001年度" in text


def test_the_report_language_follows_the_options(demo_db: Database, admin: Actor) -> None:
    english = dataclasses.replace(OPTIONS, translate=lambda _context, source: source)
    text = all_text(
        reports.periodic_summary(demo_db, admin, parse_period("2026-Q2"), None, english).pdf
    )
    assert "Periodic summary · Q2 2026" in text and "Page 1 of" in text


# ---------------------------------------------------------------- shared blocks and batches


def test_customer_summary_block_for_visit_reports(demo_db: Database, admin: Actor) -> None:
    from agricrm.reports.blocks import customer_summary

    customer_id = _stress_customer(demo_db, admin)
    details = reports.customer_details(demo_db, admin, [customer_id, 1, 999_999])
    assert set(details) == {customer_id, 1}
    detail = details[customer_id]
    kit = ReportKit(ZH.translate)
    writer = ReportWriter(kit, Letterhead("测试支行", PRINTED_AT), "走访报告")
    writer.add("走访报告", customer_summary(kit, detail))
    text = squeeze(all_text(writer.write().pdf))
    assert detail.name in text
    assert f"{detail.id_number[:6]}********{detail.id_number[-4:]}" in text
    assert "40笔有余额，合计2,000,000.00元（正常40）；最近到期2027-01-01" in text


def test_batch_fetch_respects_the_officer(
    demo_db: Database, officer: Actor, other_officer: Actor
) -> None:
    with demo_db.read() as session:
        own = list(
            session.scalars(select(Customer.id).where(Customer.officer_id == officer.user_id))
        )
    assert set(reports.customer_details(demo_db, officer, own)) == set(own)
    assert reports.customer_details(demo_db, other_officer, own) == {}
