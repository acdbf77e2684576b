"""Render every report type to PDF and PNG pages, for a person to look at.

    python packaging/render_reports.py --db .run/demo.db --out build/reports

The database is copied first; into the copy goes one extra customer with rare name
characters (𠮷, 䶮), a character no bundled font has, very long notes and enough loans to
split the loan table over pages.  PNGs are drawn with QtPdf (the app's own renderer), so no
system tool is needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agricrm.db.database import Database
    from agricrm.services.actor import Actor

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AGRICRM_CONFIG_DIR", tempfile.mkdtemp(prefix="agricrm-render-"))

ROOT = Path(__file__).resolve().parents[1]
RARE_NAME = "𠮷䶮明"
NO_FONT_CHARACTER = "\U0002a700"  # CJK Extension C: in neither bundled font
DPI = 110


def stress_customer(db: Database, actor: Actor, today: dt.date) -> int:
    """A file that exercises wrapping, table splitting and the font fallback."""
    from sqlalchemy import select

    from agricrm.domain.customer import CustomerInput, LoanInput, ProductionItemInput
    from agricrm.domain.enums import (
        BusinessMode,
        CreditGrade,
        GuaranteeType,
        LoanClassification,
        Need,
        ProductionKind,
    )
    from agricrm.domain.id_number import with_check_digit
    from agricrm.models import Village
    from agricrm.services.customers import CustomerService

    with db.read() as session:
        township, village = session.execute(
            select(Village.township, Village.name).order_by(Village.id).limit(1)
        ).one()
    long_note = (
        "客户家庭承包耕地连片，主要种植小麦和玉米，近年扩大了设施蔬菜大棚，"
        "需要资金购买滴灌设备和冷库，计划与合作社签订保底收购协议。"
    ) * 12
    data = CustomerInput(
        name=RARE_NAME,
        id_number=with_check_digit("37132119850312004"),
        phone="13812345678",
        township=township,
        village=village,
        address_detail=f"{village}3组18号（{RARE_NAME}家，门前有{NO_FONT_CHARACTER}字石碑）",
        business_mode=BusinessMode.FAMILY_FARM,
        land_area_mu=Decimal("265.5"),
        annual_income=Decimal("386000"),
        technology_notes="参加过县农技站的测土配方施肥培训，会使用植保无人机。",
        credit_grade=CreditGrade.GOOD,
        credit_notes="历史还款记录良好，无逾期。",
        needs=frozenset({Need.FUNDING, Need.TRAINING, Need.INSURANCE}),
        needs_notes=long_note,
        notes=long_note,
        production_items=[
            ProductionItemInput(
                kind=ProductionKind.CROP, name="小麦", quantity=Decimal(180), unit="亩"
            ),
            ProductionItemInput(
                kind=ProductionKind.CROP,
                name="设施蔬菜",
                quantity=Decimal("45.5"),
                unit="亩",
                cycle="全年",
                notes="番茄、黄瓜轮作，冬季加温。",
            ),
            ProductionItemInput(
                kind=ProductionKind.LIVESTOCK, name="肉牛", quantity=Decimal(36), unit="头"
            ),
        ],
        loans=[
            LoanInput(
                lender="本行",
                product=f"家庭农场贷款（第{index + 1}笔）",
                amount=Decimal(100000 + 10000 * index),
                balance=Decimal(50000 + 5000 * index),
                start_date=today - dt.timedelta(days=700 - 20 * index),
                due_date=today + dt.timedelta(days=300 + 10 * index),
                classification=LoanClassification.NORMAL
                if index % 7
                else LoanClassification.SPECIAL_MENTION,
                guarantee_type=GuaranteeType.MORTGAGE if index % 2 else GuaranteeType.GUARANTEED,
                notes="用于购买农机和农资；" * (1 + index % 4),
            )
            for index in range(34)
        ],
    )
    return CustomerService(db, lambda: today).create(actor, data).id


def demo_logo() -> bytes:
    """A made-up round seal-like logo, drawn with Qt, to show where a branch's logo goes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    from agricrm.gui.fonts import register_fonts

    register_fonts()
    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#2e6b4f"), 14))
    painter.drawEllipse(QRectF(12, 12, 216, 216))
    painter.setFont(QFont("WenQuanYi Micro Hei", 64))
    painter.drawText(QRectF(0, 0, 240, 240), Qt.AlignmentFlag.AlignCenter, "农")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def render_pages(pdf: Path, out: Path, stem: str) -> list[Path]:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    written = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        pixels = QSize(round(size.width() * DPI / 72), round(size.height() * DPI / 72))
        image = document.render(page, pixels)
        path = out / f"{stem}-p{page + 1}.png"
        image.save(str(path))
        written.append(path)
    document.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default=str(ROOT / "build" / "reports"))
    parser.add_argument("--as-of", default="2026-06-30", help="the day the reports are made")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    today = dt.date.fromisoformat(args.as_of)

    from PySide6.QtGui import QGuiApplication

    from agricrm.db.database import open_database
    from agricrm.domain.period import parse_period
    from agricrm.i18n import catalog, untranslated
    from agricrm.services import reports
    from agricrm.services.settings import save_branch_logo
    from agricrm.services.summary import resolve_officer
    from agricrm.services.users import resolve_actor

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="agricrm-render-db-")) / "reports.db"
    shutil.copyfile(args.db, work)
    db = open_database(work)
    try:
        actor = resolve_actor(db)
        found = catalog("zh_CN")
        options = reports.ReportOptions(
            translate=found.translate if found else untranslated,
            printed_at=dt.datetime.now(dt.UTC),
            today=today,
        )
        stress = stress_customer(db, actor, today)
        made = {
            "customer-sheet": reports.customer_sheet(db, actor, 1, options),
            "customer-sheet-rare": reports.customer_sheet(db, actor, stress, options),
            "summary-quarter": reports.periodic_summary(
                db,
                actor,
                parse_period(f"{today.year}-Q{(today.month - 1) // 3 + 1}"),
                None,
                options,
            ),
            "summary-officer-year": reports.periodic_summary(
                db,
                actor,
                parse_period(str(today.year)),
                resolve_officer(db, actor, "wangfang"),
                options,
            ),
        }
        save_branch_logo(db, actor, demo_logo())
        made["customer-sheet-logo"] = reports.customer_sheet(db, actor, 2, options)
        for stem, result in made.items():
            pdf = out / f"{stem}.pdf"
            pdf.write_bytes(result.pdf)
            pages = render_pages(pdf, out, stem)
            missing = "".join(sorted(result.missing_characters))
            print(f"{pdf} ({result.pages} pages) → {len(pages)} PNG(s); missing: {missing!r}")
    finally:
        db.close()
        shutil.rmtree(work.parent, ignore_errors=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
