"""Issue 6 figures: PDF reports against bare reportlab platypus, and the year summary.

* ``batch``: 1,000 visit reports (the 1,000 most recent visits that took place) in one file
  through `services.reports.visit_batch` — visits and customers fetched inside the timing,
  letterhead, customer summary with masked ID and loans in brief, the visit's fields,
  findings, needs and services, follow-ups, signature lines, "第 X 页 / 共 Y 页" per report —
  against bare platypus writing the same text and tables from the same data fetched
  beforehand.  Target: within 2× the bare run and under 5 s.
  A batch this big is split over worker processes (one per further core) and joined; the
  same batch in one process (AGRICRM_REPORT_WORKERS=0) is measured in the same runs, and the
  very first batch, which also starts the workers, once.  Wall-clock and CPU time are both
  reported: on a machine shared with other work the CPU time of the one-process run is the
  steadier measure of the layout code's own cost.
* ``summary``: the periodic summary of the whole 100,000-customer branch for a year, and of one
  officer, now with the visit sections (planned against done, overdue customers), and again
  on the copy with 50,000 complaints that the ``complaints`` section uses (its complaint
  section).  Target: under 5 s.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from common import AS_OF, timed, with_complaints

from agricrm.reports.parallel import WORKERS_VARIABLE, worker_count

REPORTS = 1000
COMPLAINTS = 50_000  # the same cached copy the `complaints` section uses
RUNS = 3
TARGETS = {"batch_ratio_max": 2.0, "batch_s": 5.0, "summary_year_s": 5.0}


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def _visit_ids(db: Any, actor: Any, count: int) -> list[int]:
    """The most recent `count` visits that took place (a batch an officer team would print)."""
    from agricrm.services import reports

    ids = reports.visits_in_range(db, actor, AS_OF - dt.timedelta(days=120), AS_OF)
    return ids[-count:]


def ours(db: Any, actor: Any, ids: list[int]) -> tuple[bytes, int]:
    """The real thing: `services.reports.visit_batch`, data fetch included."""
    from agricrm.i18n import catalog
    from agricrm.services import reports

    options = reports.ReportOptions(translate=catalog("zh_CN").translate, today=AS_OF)
    result = reports.visit_batch(db, actor, ids, options)
    return result.pdf, result.pages


def one_process(db: Any, actor: Any, ids: list[int]) -> tuple[bytes, int]:
    """The same batch laid out in this process only (AGRICRM_REPORT_WORKERS=0)."""
    saved = os.environ.get(WORKERS_VARIABLE)
    os.environ[WORKERS_VARIABLE] = "0"
    try:
        return ours(db, actor, ids)
    finally:
        if saved is None:
            del os.environ[WORKERS_VARIABLE]
        else:
            os.environ[WORKERS_VARIABLE] = saved


def fetched(db: Any, actor: Any, ids: list[int]) -> list[tuple[Any, Any]]:
    """The visits and their customers, fetched before the bare run's timing."""
    from agricrm.services import reports
    from agricrm.services.visits import visit_details

    visits = visit_details(db, actor, ids)
    customers = reports.customer_details(
        db, actor, sorted({v.customer_id for v in visits.values()}), in_brief=True
    )
    return [(visits[i], customers[visits[i].customer_id]) for i in ids if i in visits]


def bare(records: list[tuple[Any, Any]], branch: str) -> tuple[bytes, int]:
    """The same text and tables with plain platypus, as a programmer would write them: one
    style set, a paragraph per cell, the letterhead and a page number per report drawn in
    `onPage`.  One pass only, so without "of Y" (which takes platypus a second pass): the
    stricter baseline."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
    )

    from agricrm.domain.masking import mask_id_number, mask_phone
    from agricrm.reports.fonts import SANS, ensure_fonts

    ensure_fonts()
    body = ParagraphStyle("b", fontName=SANS, fontSize=9.5, leading=14, wordWrap="CJK")
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11.5)
    title = ParagraphStyle("t", parent=body, fontSize=17, leading=23, alignment=1)
    subtitle = ParagraphStyle("st", parent=small, alignment=1)
    heading = ParagraphStyle("h", parent=body, fontSize=12, leading=16, spaceBefore=8)
    grid = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    width = A4[0] - 36 * mm
    pairs_width = [width * 0.18, width * 0.32] * 2
    wide_width = [width * 0.18, width * 0.82]

    def p(text: object, style: Any = small) -> Paragraph:
        return Paragraph(str(text) if text not in (None, "") else "—", style)

    def pairs(items: list[tuple[str, object]]) -> Table:
        rows, row = [], []
        for label, value in items:
            row += [p(label), p(value)]
            if len(row) == 4:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (4 - len(row)))
        return Table(rows, colWidths=pairs_width, style=grid)

    def wide(items: list[tuple[str, object]]) -> Table:
        return Table([[p(label), p(value)] for label, value in items], wide_width, style=grid)

    def labels(members: Any) -> str:
        return "、".join(m.label.source for m in members)

    story: list[Any] = []
    subjects: list[str] = []
    for index, (v, c) in enumerate(records):
        if index:
            story.append(PageBreak())
        story.append(_Mark(index))
        subjects.append(f"走访报告 · {v.customer_name} · {v.visit_date}")
        open_loans = [loan for loan in c.loans if loan.balance > 0]
        balance = sum(loan.balance for loan in open_loans)
        loans = f"{len(open_loans)} 笔有余额，合计 {balance:,.2f} 元" if open_loans else "无贷款"
        story += [
            Paragraph("走访报告", title),
            Paragraph(
                f"走访编号 {v.uuid} · {v.visit_type.label.source} · {v.visit_date}", subtitle
            ),
            Paragraph("客户概况", heading),
            pairs(
                [
                    ("客户", c.name),
                    ("身份证号", mask_id_number(c.id_number)),
                    ("村", f"{c.township}{c.village}"),
                    ("手机号", mask_phone(c.phone)),
                    ("经营模式", c.business_mode.label.source if c.business_mode else ""),
                    ("耕地面积（亩）", c.land_area_mu),
                    ("信用等级", c.credit_grade.label.source if c.credit_grade else ""),
                    ("客户经理", c.officer_name),
                ]
            ),
            wide([("贷款", loans)]),
            Paragraph("走访情况", heading),
            pairs(
                [
                    ("走访类型", v.visit_type.label.source),
                    ("状态", v.status.label.source),
                    ("日期时间", v.actual_at or v.visit_date),
                    ("方式", v.mode.label.source),
                    ("地点", f"{v.township}{v.village}"),
                    ("客户经理", v.officer_name),
                    ("参加人员", v.attendees),
                    ("原计划日期", v.planned_date),
                    ("客户满意度", v.satisfaction),
                    ("下次走访", v.next_visit_date),
                ]
            ),
            wide([("走访目的", v.purpose)]),
            Paragraph("走访发现", heading),
            wide([("生产经营情况", v.production_condition), ("遇到的问题", labels(v.problems))]),
            Paragraph("需求与服务", heading),
            wide(
                [
                    ("识别的需求", labels(v.needs)),
                    ("提供的服务", labels(v.services_offered)),
                    ("备注", v.notes),
                ]
            ),
            Paragraph("后续行动", heading),
            Table(
                [[p("序号"), p("事项"), p("期限"), p("状态")]]
                + [
                    [p(n), p(f.description), p(f.due_date), p("已完成" if f.done_at else "未完成")]
                    for n, f in enumerate(v.follow_ups, start=1)
                ],
                colWidths=[width * 0.06, width * 0.64, width * 0.15, width * 0.15],
                repeatRows=1,
                style=grid,
            )
            if v.follow_ups
            else p("无后续行动。"),
            Spacer(1, 6 * mm),
            Table(
                [
                    ["客户经理（签字）：", "", "日期：", "年  月  日"],
                    ["客户（签字）：", "", "日期：", "年  月  日"],
                ],
                colWidths=[width * 0.24, width * 0.36, width * 0.1, width * 0.3],
                style=[("FONTNAME", (0, 0), (-1, -1), SANS)],
            ),
            p("打印件中的身份证号和手机号已脱敏，完整号码见系统内客户档案。"),
        ]

    counts: dict[int, int] = {}

    def decorate(canvas: Any, document: Any) -> None:
        report = getattr(canvas, "report", 0)
        counts[report] = counts.get(report, 0) + 1
        canvas.setFont(SANS, 14)
        canvas.drawString(18 * mm, A4[1] - 19 * mm, branch)
        canvas.setFont(SANS, 8.5)
        canvas.drawString(18 * mm, A4[1] - 24.5 * mm, subjects[report])
        canvas.line(18 * mm, A4[1] - 28 * mm, A4[0] - 18 * mm, A4[1] - 28 * mm)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"第 {counts[report]} 页")

    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    frame = Frame(18 * mm, 18 * mm, width, A4[1] - 50 * mm, id="f")
    document.addPageTemplates([PageTemplate("p", [frame], onPage=decorate)])
    document.build(story)
    return buffer.getvalue(), document.page


class _Mark:
    """Zero-size flowable telling the page decorator which report a page belongs to."""

    def __new__(cls, index: int) -> Any:
        from reportlab.platypus.flowables import Flowable

        class Mark(Flowable):
            def wrap(self, *_args: Any) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                self.canv.report = index

        return Mark()


def _summary_with_complaints(db_path: Path) -> dict[str, Any]:
    """The year summary again on the branch with 50,000 complaints (its complaint section)."""
    from agricrm.db.database import open_database
    from agricrm.domain.period import parse_period
    from agricrm.services import reports
    from agricrm.services.complaint_stats import complaint_statistics
    from agricrm.services.users import resolve_actor

    path = with_complaints(db_path, COMPLAINTS)
    db = open_database(path)
    try:
        actor = resolve_actor(db)
        options = reports.ReportOptions(today=AS_OF)
        year = parse_period(str(AS_OF.year))
        runs, stats_runs, pages = [], [], 0
        for _ in range(RUNS):
            elapsed, result = timed(
                lambda: reports.periodic_summary(db, actor, year, None, options)
            )
            runs.append(elapsed)
            pages = result.pages
            elapsed, _ = timed(lambda: complaint_statistics(db, actor, year.first_day, AS_OF))
            stats_runs.append(elapsed)
    finally:
        db.close()
    return {
        "complaints": COMPLAINTS,
        "year_branch_s": _median(runs),
        "year_branch_runs_s": [round(s, 3) for s in runs],
        "year_complaint_statistics_sql_s": _median(stats_runs),
        "pages": pages,
    }


def run(db_path: Path) -> dict[str, Any]:
    from agricrm.db.database import open_database
    from agricrm.domain.period import parse_period
    from agricrm.reports.fonts import ensure_fonts
    from agricrm.services import reports
    from agricrm.services.settings import branch_profile
    from agricrm.services.summary import customer_figures, resolve_officer, summary_scope
    from agricrm.services.users import resolve_actor
    from agricrm.services.visit_summary import overdue_figures, visit_figures

    started = time.perf_counter()
    ensure_fonts()
    fonts_s = time.perf_counter() - started
    db = open_database(db_path)
    try:
        actor = resolve_actor(db)
        started = time.perf_counter()
        ids = _visit_ids(db, actor, REPORTS)
        ids_s = time.perf_counter() - started
        records = fetched(db, actor, ids)
        branch = branch_profile(db, actor).name
        bare_runs, our_runs, bare_cpu, our_cpu, pages = [], [], [], [], {}
        single_runs, single_cpu = [], []
        first_s, _ = timed(lambda: ours(db, actor, ids))  # includes starting the workers
        for _ in range(RUNS):  # interleaved, so all see the same machine load
            cpu = time.process_time()
            elapsed, (_, pages["bare"]) = timed(lambda: bare(records, branch))
            bare_cpu.append(time.process_time() - cpu)
            bare_runs.append(elapsed)
            cpu = time.process_time()
            elapsed, (_, pages["ours"]) = timed(lambda: ours(db, actor, ids))
            our_cpu.append(time.process_time() - cpu)
            our_runs.append(elapsed)
            cpu = time.process_time()
            elapsed, _ = timed(lambda: one_process(db, actor, ids))
            single_cpu.append(time.process_time() - cpu)
            single_runs.append(elapsed)
            print(
                f"  batch: bare {bare_runs[-1]:.1f} s, agricrm {our_runs[-1]:.1f} s, "
                f"in one process {single_runs[-1]:.1f} s",
                file=sys.stderr,
                flush=True,
            )
        fetch_s, _ = timed(lambda: fetched(db, actor, ids))

        options = reports.ReportOptions(today=AS_OF)
        year = parse_period(str(AS_OF.year))
        officer = resolve_officer(db, actor, "wangfang")
        summary_runs, officer_runs, data_runs, visit_runs, overdue_runs = [], [], [], [], []
        summary_pages = 0
        scope = summary_scope(db, actor, year, None, AS_OF)
        for _ in range(RUNS):
            elapsed, _ = timed(lambda: visit_figures(db, actor, scope))
            visit_runs.append(elapsed)
            elapsed, _ = timed(lambda: overdue_figures(db, actor, scope, AS_OF))
            overdue_runs.append(elapsed)
            elapsed, result = timed(
                lambda: reports.periodic_summary(db, actor, year, None, options)
            )
            summary_runs.append(elapsed)
            summary_pages = result.pages
            elapsed, _ = timed(lambda: reports.periodic_summary(db, actor, year, officer, options))
            officer_runs.append(elapsed)
            elapsed, _ = timed(lambda: customer_figures(db, actor, scope))
            data_runs.append(elapsed)
    finally:
        db.close()
    with_50k = _summary_with_complaints(db_path)
    bare_s, ours_s = _median(bare_runs), _median(our_runs)
    return {
        "font_registration_s": round(fonts_s, 3),
        "batch": {
            "reports": REPORTS,
            "pages": pages,
            "bare_platypus_s": bare_s,
            "bare_runs_s": [round(s, 3) for s in bare_runs],
            "agricrm_s": ours_s,
            "agricrm_runs_s": [round(s, 3) for s in our_runs],
            "ratio": round(ours_s / bare_s, 2),
            "bare_cpu_s": _median(bare_cpu),
            "agricrm_first_batch_s": round(first_s, 3),
            "report_workers": worker_count(),
            "agricrm_cpu_s_this_process": _median(our_cpu),
            "agricrm_one_process_s": _median(single_runs),
            "agricrm_one_process_runs_s": [round(s, 3) for s in single_runs],
            "agricrm_one_process_cpu_s": _median(single_cpu),
            "one_process_ratio": round(statistics.median(single_runs) / bare_s, 2),
            "cpu_ratio": round(statistics.median(single_cpu) / statistics.median(bare_cpu), 2),
            "agricrm_pages_per_s": round(pages["ours"] / ours_s),
            "visit_ids_query_s": round(ids_s, 3),
            "data_fetch_s": round(fetch_s, 3),
            "includes": "agricrm: data fetch + layout + letterhead + page X of Y per report "
            "(split over report_workers processes besides this one, joined with pypdf; "
            "one_process: AGRICRM_REPORT_WORKERS=0); "
            "bare: layout of the same content fetched beforehand, page X only",
        },
        "summary": {
            "year_branch_s": _median(summary_runs),
            "year_branch_runs_s": [round(s, 3) for s in summary_runs],
            "year_officer_s": _median(officer_runs),
            "year_figures_sql_s": _median(data_runs),
            "year_visit_figures_sql_s": _median(visit_runs),
            "overdue_figures_sql_s": _median(overdue_runs),
            "pages": summary_pages,
            "with_complaints": with_50k,
        },
        "targets": TARGETS,
    }
