"""Visit reports, batches, the village day sheet and the visit sections of the profile sheet
and the periodic summary, read back from the generated PDFs."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.domain.enums import Need
from agricrm.domain.errors import AgriCrmError, NotFound, PermissionDenied
from agricrm.domain.period import parse_period
from agricrm.domain.visits import (
    FollowUpInput,
    Problem,
    ServiceOffered,
    VisitMode,
    VisitStatus,
    VisitType,
)
from agricrm.i18n import catalog
from agricrm.models import Customer, CustomerSchedule, User, Visit
from agricrm.reports.customer_sheet import CUSTOMER_SHEET
from agricrm.reports.summary import SUMMARY
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.summary import find_officer, resolve_officer, summary_scope
from agricrm.services.today import today_view
from agricrm.services.villages import add_village, resolve_village
from agricrm.services.visit_summary import overdue_figures, visit_figures
from agricrm.services.visits import VisitService, visit_details
from tests.conftest import DEMO_AS_OF
from tests.core.helpers import valid_input
from tests.core.pdf_helpers import all_text, fonts_used, page_texts, squeeze

ZH = catalog("zh_CN")
assert ZH is not None
PRINTED_AT = dt.datetime(2026, 6, 30, 6, 5, tzinfo=dt.UTC)
OPTIONS = reports.ReportOptions(translate=ZH.translate, printed_at=PRINTED_AT, today=DEMO_AS_OF)
NOW = dt.datetime.combine(DEMO_AS_OF, dt.time(15, 0))
FOOTER = re.compile(r"第 (\d+) 页 / 共 (\d+) 页")


def _footers(pdf: bytes) -> list[tuple[int, int]]:
    found = []
    for text in page_texts(pdf):
        [(page, pages)] = FOOTER.findall(text)
        found.append((int(page), int(pages)))
    return found


def _assert_fonts_embedded(pdf: bytes) -> None:
    used = fonts_used(pdf)
    assert used and all(font.embedded and font.subset for font in used), used
    assert "Helvetica" not in str(used)


def _service(db: Database) -> VisitService:
    return VisitService(db, now=lambda: NOW)


def _customer(db: Database, actor: Actor, **changes: object) -> int:
    return CustomerService(db, lambda: DEMO_AS_OF).create(actor, valid_input(db, **changes)).id


def _visit(db: Database, actor: Actor, customer_id: int, **changes: object) -> int:
    data = _service(db).new_input(actor, customer_id)
    values: dict[str, object] = {
        "status": VisitStatus.DONE,
        "visit_type": VisitType.POST_LOAN,
        "mode": VisitMode.ON_SITE,
        "visit_date": DEMO_AS_OF - dt.timedelta(days=2),
        "visit_time": dt.time(9, 30),
        "attendees": "户主及配偶、村支书",
        "purpose": "贷后检查，核实资金用途",
        "production_condition": "大棚番茄长势良好，预计六月下旬上市。",
        "problems": frozenset({Problem.FUNDING_SHORTAGE, Problem.MARKET_ACCESS}),
        "needs": frozenset({Need.TRAINING}),
        "services_offered": frozenset({ServiceOffered.INSURANCE}),
        "notes": "客户希望续贷。",
        "next_visit_date": DEMO_AS_OF + dt.timedelta(days=60),
        "satisfaction": 4,
        "follow_ups": [
            FollowUpInput(description="送去农业保险资料", due_date=DEMO_AS_OF + dt.timedelta(7)),
            FollowUpInput(
                description="联系农技站安排技术指导",
                due_date=DEMO_AS_OF + dt.timedelta(days=10),
                done=True,
            ),
        ],
    }
    values.update(changes)
    for key, value in values.items():
        setattr(data, key, value)
    return _service(db).create(actor, data).id


def _masked(id_number: str) -> str:
    return f"{id_number[:6]}********{id_number[-4:]}"


# ---------------------------------------------------------------------------- one visit


def test_visit_report_prints_the_visit_the_customer_and_signature_lines(
    demo_db: Database, officer: Actor
) -> None:
    customer_id = _customer(demo_db, officer, name="赵春华", officer_id=officer.user_id)
    detail = CustomerService(demo_db).get(officer, customer_id)
    visit_id = _visit(demo_db, officer, customer_id)
    result = reports.visit_report(demo_db, officer, visit_id, OPTIONS)
    text = all_text(result.pdf)
    flat = squeeze(text)
    assert result.pages == 1 == result.reports
    assert "走访报告" in text and "赵春华" in text
    assert "沂南农商银行岸堤支行" in text  # letterhead
    assert _masked(detail.id_number) in text and detail.id_number not in flat
    assert "138****8000" in text and "13800138000" not in flat
    for expected in (
        "贷后检查",
        "已完成",
        "实地走访",
        "户主及配偶、村支书",
        "贷后检查，核实资金用途",
        "大棚番茄长势良好，预计六月下旬上市。",
        "资金短缺",
        "销路问题",
        "技术培训",
        "保险",
        "客户希望续贷。",
        "送去农业保险资料",
        "联系农技站安排技术指导",
        "4 分（满分 5 分）",
        (DEMO_AS_OF + dt.timedelta(days=60)).isoformat(),
        "1笔有余额，合计150,000.00元",
    ):
        assert squeeze(expected) in flat, expected
    assert "未完成" in text and "已完成 " in text  # the follow-ups' states
    assert "客户经理（签字）" in text and "客户（签字）" in text
    assert "打印时间：" in text and "打印人：王芳" in text
    assert _footers(result.pdf) == [(1, 1)]
    _assert_fonts_embedded(result.pdf)


def test_a_planned_visit_prints_lines_to_fill_in(demo_db: Database, officer: Actor) -> None:
    customer_id = _customer(demo_db, officer, officer_id=officer.user_id)
    visit_id = _visit(
        demo_db,
        officer,
        customer_id,
        status=VisitStatus.PLANNED,
        visit_date=DEMO_AS_OF + dt.timedelta(days=3),
        visit_time=None,
        attendees="",
        production_condition="",
        problems=frozenset(),
        needs=frozenset(),
        services_offered=frozenset(),
        notes="",
        next_visit_date=None,
        satisfaction=None,
        follow_ups=[],
    )
    result = reports.visit_report(demo_db, officer, visit_id, OPTIONS)
    text = squeeze(all_text(result.pdf))
    assert "尚未记录" in text and "已计划" in text
    assert "生产经营情况" in text and "识别的需求" in text  # the labels of the write-in lines
    assert result.pages == 1


def test_long_text_and_rare_characters_wrap_and_print(demo_db: Database, admin: Actor) -> None:
    customer_id = _customer(demo_db, admin, name="𠮷䶮明")
    long_text = "客户计划扩大设施蔬菜种植规模，需要购置滴灌设备并建设冷库。" * 60  # 1,800 chars
    visit_id = _visit(
        demo_db, admin, customer_id, production_condition=long_text, notes=long_text[:1990]
    )
    result = reports.visit_report(demo_db, admin, visit_id, OPTIONS)
    pages = page_texts(result.pdf)
    assert result.pages == len(pages) >= 2
    text = squeeze("".join(pages))
    assert "𠮷䶮明" in text
    assert squeeze(long_text[:300]) in text and squeeze(long_text[-300:]) in text
    assert result.missing_characters == frozenset()
    assert {font.name.split("+", 1)[1] for font in fonts_used(result.pdf)} == {
        "WenQuanYiMicroHei",
        "AgriCRMHanExt",
    }
    assert _footers(result.pdf) == [(n, len(pages)) for n in range(1, len(pages) + 1)]


def test_visits_are_found_by_number_or_uuid_and_unknown_ones_are_refused(
    demo_db: Database, admin: Actor, officer: Actor, other_officer: Actor
) -> None:
    with demo_db.read() as session:
        visit_id, uuid, number = session.execute(
            select(Visit.id, Visit.uuid, Visit.number)
            .join(Customer, Customer.id == Visit.customer_id)
            .where(Customer.officer_id == officer.user_id)
            .limit(1)
        ).one()
    assert reports.find_visit(demo_db, admin, uuid.upper()) == visit_id
    assert reports.find_visit(demo_db, officer, uuid) == visit_id
    assert reports.find_visit(demo_db, officer, number.lower()) == visit_id
    with pytest.raises(PermissionDenied):
        reports.find_visit(demo_db, other_officer, uuid)
    with pytest.raises(NotFound, match="no visit"):
        reports.find_visit(demo_db, admin, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFound, match="neither a visit number"):
        reports.find_visit(demo_db, admin, "12345")
    with pytest.raises(NotFound):
        reports.visit_report(demo_db, admin, 999_999, OPTIONS)


# ---------------------------------------------------------------------------- batches


def test_a_batch_prints_one_report_per_visit_each_numbered_on_its_own(
    demo_db: Database, admin: Actor
) -> None:
    long_id = _visit(
        demo_db,
        admin,
        _customer(demo_db, admin),
        visit_date=DEMO_AS_OF - dt.timedelta(days=1),
        production_condition="长文字。" * 450,
    )
    first, last = DEMO_AS_OF - dt.timedelta(days=6), DEMO_AS_OF
    ids = reports.visits_in_range(demo_db, admin, first, last)
    assert long_id in ids and len(ids) >= 5
    result = reports.visit_reports_in_range(demo_db, admin, first, last, options=OPTIONS)
    assert result.reports == len(ids)
    footers = _footers(result.pdf)
    starts = [index for index, (page, _) in enumerate(footers) if page == 1]
    assert len(starts) == len(ids) and result.pages == len(footers) > len(ids)
    for start in starts:  # each report runs 1..Y with its own Y
        total = footers[start][1]
        assert [page for page, _ in footers[start : start + total]] == list(range(1, total + 1))
    texts = page_texts(result.pdf)
    details = visit_details(demo_db, admin, ids)
    visits = [details[i] for i in ids]
    dates = [visit.visit_date for visit in visits]
    assert dates == sorted(dates)  # by date
    for start, visit in zip(starts, visits, strict=True):
        assert visit.customer_name in texts[start] and visit.visit_date.isoformat() in texts[start]
    assert "走访报告" in result.title and first.isoformat() in result.title


def test_a_batch_for_one_officer_and_permissions(
    demo_db: Database, manager: Actor, officer: Actor, other_officer: Actor
) -> None:
    first, last = DEMO_AS_OF - dt.timedelta(days=30), DEMO_AS_OF
    wang = find_officer(demo_db, manager, "wangfang")
    ids = reports.visits_in_range(demo_db, manager, first, last, wang)
    with demo_db.read() as session:
        officers = set(session.scalars(select(Visit.officer_id).where(Visit.id.in_(ids))))
        statuses = set(session.scalars(select(Visit.status).where(Visit.id.in_(ids))))
    assert officers == {wang.id} and statuses == {VisitStatus.DONE}
    everything = reports.visits_in_range(demo_db, manager, first, last, wang, None)
    assert set(ids) < set(everything)
    assert reports.visits_in_range(demo_db, officer, first, last) == ids
    with pytest.raises(PermissionDenied, match="own customers"):
        reports.visits_in_range(demo_db, other_officer, first, last, wang)
    with pytest.raises(NotFound, match="nothing to print"):  # not theirs to see
        reports.visit_batch(demo_db, other_officer, [*ids[:3], 999_999], OPTIONS)
    own = reports.visit_batch(demo_db, officer, [*ids[:3], 999_999], OPTIONS)
    assert own.reports == 3


def test_bad_ranges_and_batches_are_refused_with_a_clear_message(
    demo_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with pytest.raises(AgriCrmError, match="before it starts"):
        reports.visits_in_range(demo_db, admin, DEMO_AS_OF, DEMO_AS_OF - dt.timedelta(days=1))
    with pytest.raises(NotFound, match="2001-01-01 to 2001-12-31"):
        reports.visits_in_range(demo_db, admin, dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    monkeypatch.setattr(reports, "MAX_BATCH", 3)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "batch.pdf"
    with pytest.raises(AgriCrmError, match="at most 3"):
        reports.visit_reports_in_range(
            demo_db, admin, DEMO_AS_OF - dt.timedelta(days=30), DEMO_AS_OF, target=target
        )
    with pytest.raises(NotFound):
        reports.visit_batch(demo_db, admin, [999_998, 999_999], OPTIONS, target)
    assert list(folder.iterdir()) == []


# ---------------------------------------------------------------------------- village day sheet


def test_village_day_sheet_lists_due_customers_with_follow_ups_and_room_to_write(
    demo_db: Database, officer: Actor
) -> None:
    view = today_view(demo_db, officer, DEMO_AS_OF)
    target = view.overdue[0]
    _visit(
        demo_db,
        officer,
        target.customer_id,
        status=VisitStatus.PLANNED,
        visit_date=DEMO_AS_OF + dt.timedelta(days=1),
        visit_time=None,
        attendees="",
        production_condition="",
        problems=frozenset(),
        needs=frozenset(),
        services_offered=frozenset(),
        notes="",
        next_visit_date=None,
        satisfaction=None,
        follow_ups=[FollowUpInput(description="带上保险单", due_date=DEMO_AS_OF + dt.timedelta(3))],
    )
    result = reports.village_day_sheet(
        demo_db, officer, target.township, target.village, DEMO_AS_OF, OPTIONS
    )
    text = all_text(result.pdf)
    flat = squeeze(text)
    assert "村走访清单" in text and f"{target.township}{target.village}" in text
    assert target.customer_name in text
    assert squeeze(f"逾期 {target.days_overdue} 天") in flat
    assert "□待办：带上保险单" in flat
    assert "□已走访" in flat and "记录：" in flat and "其他走访客户" in flat
    with demo_db.read() as session:
        phone = session.scalar(select(Customer.phone).where(Customer.id == target.customer_id))
    if phone:
        assert f"{phone[:3]}****{phone[-4:]}" in flat and phone not in flat
    assert _footers(result.pdf) == [(n, result.pages) for n in range(1, result.pages + 1)]
    _assert_fonts_embedded(result.pdf)


def test_an_empty_village_day_prints_a_correct_page(demo_db: Database, manager: Actor) -> None:
    add_village(demo_db, manager, "岸堤镇", "新建村")
    result = reports.village_day_sheet(demo_db, manager, "岸堤镇", "新建村", DEMO_AS_OF, OPTIONS)
    text = squeeze(all_text(result.pdf))
    assert result.pages == 1 and "没有到期或逾期" in text and "其他走访客户" in text


def test_villages_are_resolved_by_name_or_township_and_name(
    demo_db: Database, manager: Actor
) -> None:
    add_village(demo_db, manager, "岸堤镇", "同名村")
    add_village(demo_db, manager, "孙祖镇", "同名村")
    add_village(demo_db, manager, "孙祖镇", "独有村")
    assert resolve_village(demo_db, manager, "独有村").township == "孙祖镇"
    assert resolve_village(demo_db, manager, " 岸堤镇/同名村 ").township == "岸堤镇"
    assert resolve_village(demo_db, manager, "孙祖镇／同名村").township == "孙祖镇"
    with pytest.raises(AgriCrmError, match="more than one township") as raised:
        resolve_village(demo_db, manager, "同名村")
    assert "岸堤镇" in str(raised.value) and "孙祖镇" in str(raised.value)
    with pytest.raises(NotFound, match="no village named 无此村"):
        resolve_village(demo_db, manager, "无此村")
    with pytest.raises(NotFound, match="岸堤镇 has no village named 独有村"):
        resolve_village(demo_db, manager, "岸堤镇/独有村")


# ---------------------------------------------------------------------------- profile sheet


def test_the_profile_sheet_lists_the_last_visits(demo_db: Database, admin: Actor) -> None:
    assert CUSTOMER_SHEET.is_filled("last_visits")
    customer_id = _customer(demo_db, admin, name="钱多多")
    for days in range(7):
        _visit(
            demo_db,
            admin,
            customer_id,
            visit_date=DEMO_AS_OF - dt.timedelta(days=10 * days + 1),
            purpose=f"第{days}次回访",
            follow_ups=[],
            next_visit_date=None,
        )
    result = reports.customer_sheet(demo_db, admin, customer_id, OPTIONS)
    text = all_text(result.pdf)
    flat = squeeze(text)
    assert text.index("状态变更记录") < text.index("最近走访") < text.index("客户经理（签字）")
    assert squeeze("共有 7 次走访记录") in flat and squeeze("列出最近 5 次") in flat
    for days in range(5):
        assert f"第{days}次回访" in flat
    assert "第5次回访" not in flat and "第6次回访" not in flat
    with demo_db.read() as session:
        due = session.scalar(
            select(CustomerSchedule.due_date).where(CustomerSchedule.customer_id == customer_id)
        )
    assert due is not None and squeeze(f"下次应走访日期 {due.isoformat()}") in flat


# ---------------------------------------------------------------------------- summary


def _expected_plan(db: Database, first: dt.date, last: dt.date) -> dict[str, Counter[str]]:
    """Planned against done per officer, counted in Python from every visit row."""
    with db.read() as session:
        names = dict(session.execute(select(User.id, User.display_name)).all())
        rows = session.execute(
            select(Visit.officer_id, Visit.status, Visit.visit_date, Visit.planned_date).where(
                ~Visit.deleted
            )
        ).all()
    found: dict[str, Counter[str]] = {}
    for officer_id, status, day, planned in rows:
        counts = found.setdefault(names[officer_id], Counter())
        if planned is not None and first <= planned <= last:
            counts["planned"] += 1
            counts[f"planned_{status.value}"] += 1
        if status is VisitStatus.DONE and first <= day <= last:
            counts["done"] += 1
            counts["unplanned"] += planned is None
    return found


def test_visit_figures_match_a_count_of_every_row(demo_db: Database, admin: Actor) -> None:
    period = parse_period("2026-Q2")
    scope = summary_scope(demo_db, admin, period, None, DEMO_AS_OF)
    figures = visit_figures(demo_db, admin, scope)
    expected = _expected_plan(demo_db, period.first_day, DEMO_AS_OF)
    for row in figures.by_officer:
        want = expected[row.officer]
        counts = row.counts
        assert (
            counts.planned,
            counts.planned_done,
            counts.planned_missed,
            counts.planned_cancelled,
            counts.planned_open,
            counts.done,
            counts.done_unplanned,
        ) == (
            want["planned"],
            want["planned_done"],
            want["planned_missed"],
            want["planned_cancelled"],
            want["planned_planned"],
            want["done"],
            want["unplanned"],
        ), row.officer
    assert figures.total.done == sum(c["done"] for c in expected.values()) > 0
    assert sum(row.done for row in figures.by_month) == figures.total.done
    assert [row.month for row in figures.by_month] == ["2026-04", "2026-05", "2026-06"]
    assert sum(count for _, count in figures.done_by_type) == figures.total.done


def test_overdue_figures_agree_with_the_today_view(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    period = parse_period("2026-Q2")
    branch = overdue_figures(
        demo_db, manager, summary_scope(demo_db, manager, period, None, DEMO_AS_OF), DEMO_AS_OF
    )
    assert branch.overdue == today_view(demo_db, manager, DEMO_AS_OF).overdue_total > 0
    assert sum(band.count for band in branch.bands) == branch.overdue
    assert sum(count for _, count in branch.by_reason) == branch.overdue
    assert branch.most_overdue == ()  # the branch summary lists officers, not customers
    own = overdue_figures(
        demo_db, officer, summary_scope(demo_db, officer, period, None, DEMO_AS_OF), DEMO_AS_OF
    )
    view = today_view(demo_db, officer, DEMO_AS_OF)
    assert own.overdue == view.overdue_total
    # the summary lists the most overdue; the Today view orders by strategy priority first
    most_overdue = sorted(view.overdue, key=lambda item: (item.due_date, item.customer_id))
    assert [row.name for row in own.most_overdue] == [
        item.customer_name for item in most_overdue[: len(own.most_overdue)]
    ]


def test_summary_prints_the_visit_sections_with_definitions(
    demo_db: Database, admin: Actor
) -> None:
    assert SUMMARY.is_filled("visits") and SUMMARY.is_filled("overdue_visits")
    result = reports.periodic_summary(demo_db, admin, parse_period("2026-Q2"), None, OPTIONS)
    text = all_text(result.pdf)
    flat = squeeze(text)
    scope = summary_scope(demo_db, admin, parse_period("2026-Q2"), None, DEMO_AS_OF)
    figures = visit_figures(demo_db, admin, scope)
    overdue = overdue_figures(demo_db, admin, scope, DEMO_AS_OF)
    assert "走访计划完成情况" in text and "走访逾期客户（截至 2026-06-30）" in text
    assert text.index("贷款五级分类") < text.index("走访计划完成情况") < text.index("统计口径")
    for row in figures.by_officer:
        assert row.officer in text
    assert f"{figures.total.done:,}" in text and f"{figures.total.planned:,}" in text
    assert f"{overdue.overdue:,}" in text
    assert "各客户经理走访计划与完成" in text  # the chart's title, drawn in the PDF
    assert squeeze("走访口径") in flat and squeeze("逾期口径") in flat
    _assert_fonts_embedded(result.pdf)


def test_an_officer_summary_lists_their_most_overdue_customers(
    demo_db: Database, manager: Actor
) -> None:
    wang = resolve_officer(demo_db, manager, "wangfang")
    result = reports.periodic_summary(demo_db, manager, parse_period("2026"), wang, OPTIONS)
    text = all_text(result.pdf)
    assert "逾期最久的客户" in text and "各月走访计划与完成" in text
    view = today_view(demo_db, resolve_officer_actor(demo_db), DEMO_AS_OF)
    assert view.overdue[0].customer_name in text


def resolve_officer_actor(db: Database) -> Actor:
    from agricrm.services.users import resolve_actor

    return resolve_actor(db, "wangfang")


def test_an_empty_period_prints_correct_empty_visit_sections(
    demo_db: Database, admin: Actor
) -> None:
    result = reports.periodic_summary(demo_db, admin, parse_period("2001"), None, OPTIONS)
    text = squeeze(all_text(result.pdf))
    assert "本期没有计划或完成的走访" in text


def test_customers_in_brief_carry_what_a_visit_report_shows(
    demo_db: Database, admin: Actor
) -> None:
    with demo_db.read() as session:
        ids = list(session.scalars(select(Customer.id).order_by(Customer.id).limit(40)))
    whole = reports.customer_details(demo_db, admin, ids)
    brief = reports.customer_details(demo_db, admin, ids, in_brief=True)
    assert brief.keys() == whole.keys() and len(brief) == 40
    assert any(detail.production_items for detail in whole.values())
    for customer_id, detail in brief.items():
        full = whole[customer_id]
        assert (detail.name, detail.id_number, detail.loans, detail.officer_name) == (
            full.name,
            full.id_number,
            full.loans,
            full.officer_name,
        )
        assert detail.production_items == () and detail.status_history == ()
