"""Issue 6 figures: PDF reports against bare reportlab platypus, and the year summary.

* ``batch``: 1,000 one-page reports shaped like the coming visit report (letterhead, customer
  summary with masked ID and loans in brief, visit fields, two paragraphs, signature lines,
  "第 X 页 / 共 Y 页" per report) in one file, through our framework with the customer data
  fetched inside the timing, against bare platypus writing the same text and tables from data
  fetched beforehand.  Target for the visit batch: within 2× the bare run and under 5 s.
  Wall-clock and CPU time are both reported: on a machine shared with other work the CPU
  time of this process is the steadier measure of the code's own cost.
* ``summary``: the periodic summary of the whole 100,000-customer branch for a year, and of one
  officer.  Target: under 5 s.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time
from pathlib import Path
from typing import Any

from common import AS_OF, timed

REPORTS = 1000
RUNS = 3
TARGETS = {"batch_ratio_max": 2.0, "batch_s": 5.0, "summary_year_s": 5.0}

FINDINGS = (
    "现场查看了{village}的种植情况，小麦长势良好，预计亩产与去年持平；大棚蔬菜因前期降雨偏多，"
    "部分棚内湿度偏高，已提醒客户加强通风。客户反映农资价格上涨，流动资金略显紧张。"
)
NEEDS = "客户计划扩建冷库，需要资金约二十万元；希望参加县农技站组织的设施蔬菜技术培训。"


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def _ids(db_path: Path, count: int) -> list[int]:
    import sqlite3

    connection = sqlite3.connect(db_path)
    try:
        return [
            row[0]
            for row in connection.execute(
                "SELECT id FROM customers WHERE deleted = 0 ORDER BY id LIMIT ?", (count,)
            )
        ]
    finally:
        connection.close()


def _visit_fields(detail: Any) -> list[tuple[str, str]]:
    return [
        ("走访类型", "贷后检查"),
        ("走访日期", AS_OF.isoformat()),
        ("走访方式", "实地走访"),
        ("参加人员", f"{detail.officer_name}、{detail.name}"),
        ("下次走访", (AS_OF + dt.timedelta(days=90)).isoformat()),
        ("客户满意度", "5"),
    ]


def ours(db: Any, actor: Any, ids: list[int]) -> tuple[bytes, int]:
    from agricrm.i18n import catalog
    from agricrm.reports.blocks import customer_summary
    from agricrm.reports.document import ReportWriter
    from agricrm.services import reports

    translate = catalog("zh_CN").translate
    options = reports.ReportOptions(translate=translate, today=AS_OF)
    details = reports.customer_details(db, actor, ids)
    kit = reports.new_kit(options)
    writer = ReportWriter(kit, reports.letterhead(db, actor, options), "走访报告")
    for customer_id in ids:
        detail = details[customer_id]
        writer.add(
            f"走访报告 · {detail.name}",
            [
                *kit.title("走访报告", f"{detail.township}{detail.village} · {AS_OF}"),
                *kit.heading("客户概况"),
                *customer_summary(kit, detail),
                *kit.heading("走访情况"),
                kit.fields(_visit_fields(detail)),
                *kit.heading("发现的问题"),
                kit.para(FINDINGS.format(village=detail.village)),
                *kit.heading("需求与服务"),
                kit.para(NEEDS),
                kit.spacer(6),
                kit.signature_lines(["客户经理", "客户"]),
            ],
        )
    result = writer.write()
    return result.pdf, result.pages


def bare(details: list[Any], branch: str) -> tuple[bytes, int]:
    """The same text and tables with plain platypus: one style set, page numbers in onPage."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    from agricrm.domain.masking import mask_id_number, mask_phone
    from agricrm.reports.fonts import SANS, ensure_fonts

    ensure_fonts()
    body = ParagraphStyle("b", fontName=SANS, fontSize=9.5, leading=14, wordWrap="CJK")
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11.5)
    title = ParagraphStyle("t", parent=body, fontSize=17, leading=23, alignment=1)
    heading = ParagraphStyle("h", parent=body, fontSize=12, leading=16)
    grid = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    width = A4[0] - 36 * mm
    pairs_width = [width * 0.18, width * 0.32] * 2

    def pairs(items: list[tuple[str, str]]) -> Table:
        rows, row = [], []
        for label, value in items:
            row += [Paragraph(label, small), Paragraph(value or "—", small)]
            if len(row) == 4:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (4 - len(row)))
        return Table(rows, colWidths=pairs_width, style=grid)

    story: list[Any] = []
    for index, d in enumerate(details):
        if index:
            story.append(PageBreak())
        open_loans = [loan for loan in d.loans if loan.balance > 0]
        balance = sum(loan.balance for loan in open_loans)
        loans = f"{len(open_loans)} 笔有余额，合计 {balance:,.2f} 元" if open_loans else "无贷款"
        story += [
            Paragraph(branch, heading),
            Paragraph("走访报告", title),
            Paragraph(f"{d.township}{d.village} · {AS_OF}", small),
            Paragraph("客户概况", heading),
            pairs(
                [
                    ("客户", d.name),
                    ("身份证号", mask_id_number(d.id_number)),
                    ("村", f"{d.township}{d.village}"),
                    ("手机号", mask_phone(d.phone)),
                    ("经营模式", str(d.business_mode or "")),
                    ("耕地面积（亩）", f"{d.land_area_mu or ''}"),
                    ("信用等级", str(d.credit_grade or "")),
                    ("客户经理", d.officer_name),
                ]
            ),
            Table([[Paragraph("贷款", small), Paragraph(loans, small)]], style=grid),
            Paragraph("走访情况", heading),
            pairs(_visit_fields(d)),
            Paragraph("发现的问题", heading),
            Paragraph(FINDINGS.format(village=d.village), body),
            Paragraph("需求与服务", heading),
            Paragraph(NEEDS, body),
            Spacer(1, 6 * mm),
            Table(
                [["客户经理（签字）：", "", "日期：", ""], ["客户（签字）：", "", "日期：", ""]],
                colWidths=[width * 0.24, width * 0.36, width * 0.1, width * 0.3],
                style=[("FONTNAME", (0, 0), (-1, -1), SANS)],
            ),
        ]

    def footer(canvas: Any, document: Any) -> None:
        canvas.setFont(SANS, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"第 {document.page} 页")

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), document.page


def run(db_path: Path) -> dict[str, Any]:
    from agricrm.db.database import Database
    from agricrm.domain.period import parse_period
    from agricrm.reports.fonts import ensure_fonts
    from agricrm.services import reports
    from agricrm.services.settings import branch_profile
    from agricrm.services.summary import customer_figures, resolve_officer, summary_scope
    from agricrm.services.users import resolve_actor

    started = time.perf_counter()
    ensure_fonts()
    fonts_s = time.perf_counter() - started
    db = Database(db_path)
    try:
        actor = resolve_actor(db)
        ids = _ids(db_path, REPORTS)
        details = reports.customer_details(db, actor, ids)
        ordered = [details[i] for i in ids]
        branch = branch_profile(db, actor).name
        bare_runs, our_runs, bare_cpu, our_cpu, pages = [], [], [], [], {}
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            cpu = time.process_time()
            elapsed, (_, pages["bare"]) = timed(lambda: bare(ordered, branch))
            bare_cpu.append(time.process_time() - cpu)
            bare_runs.append(elapsed)
            cpu = time.process_time()
            elapsed, (_, pages["ours"]) = timed(lambda: ours(db, actor, ids))
            our_cpu.append(time.process_time() - cpu)
            our_runs.append(elapsed)

        options = reports.ReportOptions(today=AS_OF)
        year = parse_period(str(AS_OF.year))
        officer = resolve_officer(db, actor, "wangfang")
        summary_runs, officer_runs, data_runs = [], [], []
        summary_pages = 0
        scope = summary_scope(db, actor, year, None, AS_OF)
        for _ in range(RUNS):
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
            "agricrm_cpu_s": _median(our_cpu),
            "cpu_ratio": round(statistics.median(our_cpu) / statistics.median(bare_cpu), 2),
            "agricrm_pages_per_s": round(pages["ours"] / ours_s),
            "includes": "agricrm: data fetch + layout + letterhead + page X of Y per report",
        },
        "summary": {
            "year_branch_s": _median(summary_runs),
            "year_branch_runs_s": [round(s, 3) for s in summary_runs],
            "year_officer_s": _median(officer_runs),
            "year_figures_sql_s": _median(data_runs),
            "pages": summary_pages,
        },
        "targets": TARGETS,
    }
