"""Building blocks for service tests: valid input that each test then spoils on purpose."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from agricrm.db.database import Database
from agricrm.domain.customer import CustomerInput, LoanInput, ProductionItemInput
from agricrm.domain.enums import BusinessMode, GuaranteeType, LoanClassification, ProductionKind
from agricrm.domain.id_number import with_check_digit
from agricrm.models import Customer, CustomerStatusChange, Loan, ProductionItem, Village

_serial = iter(range(100, 999))


def new_id_number(birth: str = "19800101") -> str:
    sequence = next(_serial)
    return with_check_digit(f"371321{birth}{sequence:03d}")


def a_village(db: Database) -> tuple[str, str]:
    with db.read() as session:
        row = session.execute(
            select(Village.township, Village.name).order_by(Village.id).limit(1)
        ).one()
    return row[0], row[1]


def valid_input(db: Database, **changes: object) -> CustomerInput:
    township, village = a_village(db)
    data = CustomerInput(
        name="测试客户",
        id_number=new_id_number(),
        phone="13800138000",
        township=township,
        village=village,
        business_mode=BusinessMode.FAMILY_FARM,
        land_area_mu=Decimal("120.5"),
        annual_income=Decimal("180000"),
        production_items=[
            ProductionItemInput(
                kind=ProductionKind.CROP, name="小麦", quantity=Decimal(100), unit="亩"
            )
        ],
        loans=[
            LoanInput(
                lender="本行",
                product="家庭农场贷款",
                amount=Decimal(200000),
                balance=Decimal(150000),
                start_date=dt.date(2025, 3, 1),
                due_date=dt.date(2027, 3, 1),
                classification=LoanClassification.NORMAL,
                guarantee_type=GuaranteeType.MORTGAGE,
            )
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Customer, ProductionItem, Loan, CustomerStatusChange, Village)
        }
