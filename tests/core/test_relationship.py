"""What the branch knows of the relationship (cooperating since, deposits, card level): checked
field by field, saved with the file, printed on the profile sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.domain.classification.facts import CardLevel
from agricrm.domain.customer import CustomerInput, normalize_and_check
from agricrm.domain.errors import ValidationFailed
from agricrm.models import Customer
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.sync_import import ImportRejected, apply_import, preview_import

from .helpers import valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS

TODAY = dt.date(2026, 12, 3)
READ = dt.date(2026, 11, 30)


def _problems(**fields: object) -> set[str]:
    data = CustomerInput(name="张三", township="岸堤镇", village="东岸村", **fields)
    return {error.field for error in normalize_and_check(data, TODAY)[1]}


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"deposit_balance": Decimal("-1"), "deposits_read_on": READ}, {"deposit_balance"}),
        ({"deposit_average": Decimal("1.005"), "deposits_read_on": READ}, {"deposit_average"}),
        ({"deposit_balance": Decimal("1e11"), "deposits_read_on": READ}, {"deposit_balance"}),
        ({"deposit_balance": Decimal("2500")}, {"deposits_read_on"}),
        ({"deposits_read_on": READ}, {"deposits_read_on"}),
        ({"cooperation_since": TODAY + dt.timedelta(days=1)}, {"cooperation_since"}),
        ({"cooperation_since": dt.date(1949, 9, 30)}, {"cooperation_since"}),
        ({"deposit_balance": Decimal("2500"), "deposits_read_on": TODAY}, set()),
        ({"cooperation_since": dt.date(1949, 10, 1), "card_level": CardLevel.GOLD}, set()),
    ],
)
def test_each_relationship_field_is_checked_by_name(
    fields: dict[str, object], named: set[str]
) -> None:
    assert _problems(**fields) == named


def test_the_relationship_is_saved_and_printed(demo_db: Database, admin: Actor) -> None:
    service = CustomerService(demo_db)
    made = service.create(
        admin,
        valid_input(
            demo_db,
            cooperation_since=dt.date(2012, 4, 1),
            deposit_balance=Decimal("25000"),
            deposit_average=Decimal("23456.78"),
            deposits_read_on=READ,
            card_level=CardLevel.GOLD,
        ),
    )
    again = service.get(admin, made.id)
    assert (again.card_level, again.deposit_average, again.deposits_read_on) == (
        CardLevel.GOLD,
        Decimal("23456.78"),
        READ,
    )
    text = all_text(reports.customer_sheet(demo_db, admin, made.id, OPTIONS).pdf)
    assert "金卡" in text and "23,456.78" in text and "2012-04-01" in text
    bad = dataclasses.replace(again.to_input(), deposits_read_on=None)
    with pytest.raises(ValidationFailed) as raised:
        service.update(admin, made.id, bad, again.row_version)
    assert [e.field for e in raised.value.errors] == ["deposits_read_on"]


def test_headquarters_monthly_balances_arrive_by_file_number_or_id_number(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    """A file of balances has no name or village: its rows are found by 档案编号 or 身份证号,
    a bad figure is named by its cell, and a row naming nobody says what a new file lacks."""
    from openpyxl import Workbook

    with demo_db.read() as session:
        first, second = session.execute(
            select(Customer.id, Customer.number, Customer.id_number)
            .where(Customer.id_number.is_not(None))
            .order_by(Customer.id)
            .limit(2)
        ).all()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["档案编号", "身份证号", "存款余额(元)", "日均存款(元)", "存款数据日期", "卡等级"])
    sheet.append([first.number, None, "12,345.60", "11000", "2026-11-30", "金卡"])
    sheet.append([None, second.id_number, "很多", "20000", "2026/11/30", "白金卡"])
    path = tmp_path / "monthly.xlsx"
    workbook.save(path)
    plan = preview_import(demo_db, admin, path)
    assert [(i.row, i.column, i.value) for i in plan.issues] == [(3, "存款余额(元)", "很多")]
    with pytest.raises(ImportRejected):
        apply_import(demo_db, admin, path)

    sheet["C3"] = "2.5万"
    sheet.append(["KH-ZZZ-99999", None, "1", "1", "2026-11-30", "普卡"])
    workbook.save(path)
    plan = preview_import(demo_db, admin, path)
    assert {(i.row, i.column) for i in plan.issues} >= {(4, "档案编号"), (4, "姓名")}
    sheet.delete_rows(4)
    workbook.save(path)
    apply_import(demo_db, admin, path)
    service = CustomerService(demo_db)
    one, two = service.get(admin, first.id), service.get(admin, second.id)
    assert (one.deposit_balance, one.card_level) == (Decimal("12345.60"), CardLevel.GOLD)
    assert (two.deposit_balance, two.deposits_read_on) == (Decimal("25000"), READ)
    assert two.card_level is CardLevel.PLATINUM
