"""The complaint handling form and the complaint sections of the profile sheet and the
periodic summary, read back from the generated PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.domain.complaints import ComplaintAction, ComplaintStatus
from agricrm.domain.errors import AgriCrmError, NotFound
from agricrm.domain.period import parse_period
from agricrm.i18n import catalog
from agricrm.models import Customer
from agricrm.reports.customer_sheet import CUSTOMER_SHEET
from agricrm.reports.summary import SUMMARY
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.complaint_stats import complaint_statistics
from agricrm.services.complaints import perform_step
from agricrm.services.customers import CustomerService
from tests.core.complaint_helpers import (
    at,
    caller_intake,
    complaint_in,
    customer_intake,
    customer_of,
    step_for,
)
from tests.core.pdf_helpers import all_text, fonts_used, page_texts, squeeze

ZH = catalog("zh_CN")
assert ZH is not None
TODAY = dt.date(2026, 6, 30)
OPTIONS = reports.ReportOptions(
    translate=ZH.translate,
    printed_at=dt.datetime(2026, 6, 30, 6, 5, tzinfo=dt.UTC),
    today=TODAY,
)


def _reopened_and_closed(db: Database, actor: Actor) -> int:
    """A complaint of wangfang's customer: closed, reopened, answered again and closed."""
    from agricrm.services.users import resolve_actor

    owner = actor if not actor.is_manager else resolve_actor(db, "wangfang")
    detail = complaint_in(db, actor, ComplaintStatus.CLOSED, customer_intake(db, owner))
    for action, now in (
        (ComplaintAction.REOPEN, at(6)),
        (ComplaintAction.RESOLVE, at(6.2)),
        (ComplaintAction.REPLY, at(7)),
        (ComplaintAction.CLOSE, at(7)),
    ):
        detail = perform_step(
            db, actor, detail.id, step_for(action, at(6.5)), detail.row_version, now=now
        )
    assert detail.status is ComplaintStatus.CLOSED and detail.reopen_count == 1
    return detail.id


def test_complaint_form_prints_the_complaint_and_its_whole_history(
    demo_db: Database, officer: Actor
) -> None:
    complaint_id = _reopened_and_closed(demo_db, officer)
    customer = CustomerService(demo_db).get(officer, customer_of(demo_db, officer))
    result = reports.complaint_form(demo_db, officer, complaint_id, OPTIONS)
    text = all_text(result.pdf)
    flat = squeeze(text)
    assert "投诉处理单" in text and customer.name in text
    assert f"{customer.id_number[:6]}********{customer.id_number[-4:]}" in text
    assert customer.id_number not in flat
    for expected in (
        "贷款办理",  # the category's label
        "贷款申请两周没有消息。",
        "员工服务与行为",  # cause
        "我方",  # responsibility
        "情况属实",
        "当面致歉，组织培训",
        "200.00",
        "已电话告知",
        "满意",
        "重新处理1次",
        "客户对答复不满意",  # the reopening's note
    ):
        assert squeeze(expected) in flat, expected
    history = flat[flat.index("处理过程") :]
    steps = ["受理投诉", "开始调查", "调查结束", "答复客户", "关闭投诉", "重新打开"]
    positions = [history.index(step) for step in steps]
    assert positions == sorted(positions)  # oldest first
    assert history.count("关闭投诉") == 2 and history.count("答复客户") == 2
    assert "已答复→已关闭" in history and "已关闭→调查中" in history
    assert "经办人（签字）" in text and "投诉人（签字）" in text and "复核人（签字）" in text
    assert all(font.embedded and font.subset for font in fonts_used(result.pdf))
    pages = page_texts(result.pdf)
    assert all(f"共 {len(pages)} 页" in page for page in pages)


def test_a_callers_complaint_still_open_and_overdue(demo_db: Database, admin: Actor) -> None:
    detail = complaint_in(demo_db, admin, ComplaintStatus.INVESTIGATING, caller_intake())
    result = reports.complaint_form(demo_db, admin, detail.id, OPTIONS)
    flat = squeeze(all_text(result.pdf))
    assert "赵大海" in flat and "138****8000" in flat and "13800138000" not in flat
    assert "未建档（来电人）" in flat
    assert "已超过答复期限" in flat and "已逾期" in flat
    assert flat.count("尚未记录。") == 4  # investigation findings, resolution, reply, closing


def test_complaints_are_found_by_number_or_uuid(
    demo_db: Database, officer: Actor, other_officer: Actor
) -> None:
    detail = complaint_in(
        demo_db, officer, ComplaintStatus.RECEIVED, customer_intake(demo_db, officer)
    )
    assert reports.find_complaint(demo_db, officer, detail.number.lower()) == detail.id
    assert reports.find_complaint(demo_db, officer, f" {detail.uuid.upper()} ") == detail.id
    with pytest.raises(NotFound, match="no complaint"):
        reports.find_complaint(demo_db, other_officer, detail.number)  # not theirs to see
    with pytest.raises(NotFound, match="no complaint"):
        reports.find_complaint(demo_db, officer, "TS20990101-001")
    with pytest.raises(NotFound, match="neither a complaint number"):
        reports.find_complaint(demo_db, officer, "12345")
    with pytest.raises(NotFound):
        reports.complaint_form(demo_db, other_officer, detail.id, OPTIONS)


def test_a_complaint_number_given_twice_asks_for_the_uuid(demo_db: Database, admin: Actor) -> None:

    from agricrm.models import Complaint

    first = complaint_in(demo_db, admin, ComplaintStatus.RECEIVED)
    second = complaint_in(demo_db, admin, ComplaintStatus.RECEIVED)
    with demo_db.write(None, Cause.IMPORT) as session:  # as two devices would number them
        writer_of(session).update(Complaint.__table__, [{"id": second.id, "number": first.number}])
    with pytest.raises(AgriCrmError, match="give its UUID") as raised:
        reports.find_complaint(demo_db, admin, first.number)
    assert first.uuid in str(raised.value) and second.uuid in str(raised.value)


def test_the_profile_sheet_lists_the_customers_complaints(
    demo_db: Database, officer: Actor
) -> None:
    assert CUSTOMER_SHEET.is_filled("complaints")
    complaint_id = _reopened_and_closed(demo_db, officer)
    open_one = complaint_in(
        demo_db, officer, ComplaintStatus.RECEIVED, customer_intake(demo_db, officer)
    )
    customer_id = customer_of(demo_db, officer)
    text = squeeze(all_text(reports.customer_sheet(demo_db, officer, customer_id, OPTIONS).pdf))
    assert text.index("最近走访") < text.index("投诉记录") < text.index("客户经理（签字）")
    number = reports.complaint_form(demo_db, officer, complaint_id, OPTIONS).title.split(" · ")[1]
    assert number in text and open_one.number in text
    assert "（逾期）" in text  # the open one's deadline has passed by 2026-06-30
    with demo_db.read() as session:
        other = session.scalars(
            select(Customer.id)
            .where(Customer.officer_id == officer.user_id, Customer.id != customer_id)
            .limit(1)
        ).one()
    text = squeeze(all_text(reports.customer_sheet(demo_db, officer, other, OPTIONS).pdf))
    assert "投诉记录没有投诉记录。" in text


def test_summary_complaints_match_the_statistics(demo_db: Database, admin: Actor) -> None:
    assert SUMMARY.is_filled("complaints")
    _reopened_and_closed(demo_db, admin)
    complaint_in(demo_db, admin, ComplaintStatus.REPLIED)
    complaint_in(demo_db, admin, ComplaintStatus.RECEIVED)
    result = reports.periodic_summary(demo_db, admin, parse_period("2026-06"), None, OPTIONS)
    text = all_text(result.pdf)
    flat = squeeze(text)
    stats = complaint_statistics(
        demo_db,
        admin,
        dt.date(2026, 6, 1),
        TODAY,
        now=dt.datetime(2026, 6, 30, 16, tzinfo=dt.UTC),
    )
    assert stats.received == 3 and stats.closed == 1
    assert "投诉分类与处理状态" in text and "各类投诉受理与结案" in text
    assert squeeze(f"本期受理 {stats.received}") in flat
    assert squeeze(f"平均处理天数 {stats.average_days_to_close:.1f}") in flat
    assert squeeze("贷款办理 1 0 0 1 1 3") in flat  # the category row: each status, total
    assert "2026-06" in text and "投诉口径" in flat
    assert text.index("走访逾期客户") < text.index("投诉分类与处理状态") < text.index("统计口径")


def test_an_officer_summary_counts_their_complaints_only(
    demo_db: Database, manager: Actor, officer: Actor, other_officer: Actor
) -> None:
    from agricrm.services.summary import resolve_officer

    complaint_in(demo_db, officer, ComplaintStatus.RECEIVED, customer_intake(demo_db, officer))
    complaint_in(
        demo_db, other_officer, ComplaintStatus.RECEIVED, customer_intake(demo_db, other_officer)
    )
    june = parse_period("2026-06")
    branch = squeeze(all_text(reports.periodic_summary(demo_db, manager, june, None, OPTIONS).pdf))
    assert "本期受理2" in branch
    wang = resolve_officer(demo_db, manager, "wangfang")
    own = squeeze(all_text(reports.periodic_summary(demo_db, manager, june, wang, OPTIONS).pdf))
    assert "本期受理1" in own and "限王芳经办或涉及其名下客户的投诉" in own
    mine = squeeze(all_text(reports.periodic_summary(demo_db, officer, june, None, OPTIONS).pdf))
    assert "本期受理1" in mine


def test_a_period_without_complaints_says_so(demo_db: Database, admin: Actor) -> None:
    options = dataclasses.replace(OPTIONS)
    text = squeeze(
        all_text(
            reports.periodic_summary(demo_db, admin, parse_period("2026-Q1"), None, options).pdf
        )
    )
    assert "本期没有受理投诉。" in text
