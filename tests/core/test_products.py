"""The branch's product catalogue and the products customers hold: kept by managers, retired
never deleted, held with a date, carried by packages (one product per code on every device)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.errors import PermissionDenied, ValidationFailed
from agricrm.domain.products import ProductHeldInput
from agricrm.i18n import catalog
from agricrm.models import CustomerProduct, Product
from agricrm.services import products, reports
from agricrm.services.actor import Actor
from agricrm.services.branch_setup import create_branch
from agricrm.services.customers import CustomerService
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor

from .helpers import valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS


def test_a_manager_keeps_the_catalogue_and_an_officer_reads_it(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    added = products.add_product(demo_db, manager, " rural_loan_card ", " 惠农  贷记卡 ")
    assert (added.code, added.name) == ("rural_loan_card", "惠农 贷记卡")
    assert added.id in {p.id for p in products.list_products(demo_db, officer)}
    with pytest.raises(PermissionDenied):
        products.add_product(demo_db, officer, "other", "其他")
    with pytest.raises(ValidationFailed) as raised:
        products.add_product(demo_db, manager, "rural_loan_card", "同一代码")
    assert [e.field for e in raised.value.errors] == ["code"]
    with pytest.raises(ValidationFailed) as raised:
        products.add_product(demo_db, manager, "Bad Code", "")
    assert {e.field for e in raised.value.errors} == {"code", "name"}
    products.set_retired(demo_db, manager, added.id, True)
    assert added.id not in {p.id for p in products.list_products(demo_db, officer)}
    assert added.id in {p.id for p in products.list_products(demo_db, officer, with_retired=True)}


def test_holdings_are_saved_dated_removed_and_printed(demo_db: Database, admin: Actor) -> None:
    catalogue = {p.code: p for p in products.list_products(demo_db, admin)}
    card, wealth = catalogue["huinong_card"], catalogue["wealth"]
    service = CustomerService(demo_db)
    made = service.create(
        admin,
        valid_input(
            demo_db,
            products=[
                ProductHeldInput(card.id, dt.date(2019, 3, 1)),
                ProductHeldInput(wealth.id),
            ],
        ),
    )
    assert [(p.code, p.since) for p in made.products] == [
        ("huinong_card", dt.date(2019, 3, 1)),
        ("wealth", None),
    ]
    text = all_text(reports.customer_sheet(demo_db, admin, made.id, OPTIONS).pdf)
    assert "持有产品" in text and "惠农卡（2019-03-01）" in text
    kept = dataclasses.replace(made.to_input(), products=[ProductHeldInput(wealth.id)])
    again = service.update(admin, made.id, kept, made.row_version)
    assert [p.code for p in again.products] == ["wealth"]
    with demo_db.read() as session:
        dropped = session.scalars(
            select(CustomerProduct.deleted).where(
                CustomerProduct.customer_id == made.id, CustomerProduct.product_id == card.id
            )
        ).all()
    assert dropped == [True]  # marked, so the change travels
    future = dataclasses.replace(
        again.to_input(), products=[ProductHeldInput(wealth.id, dt.date.today().replace(year=2099))]
    )
    with pytest.raises(ValidationFailed) as raised:
        service.update(admin, made.id, future, again.row_version)
    assert [e.field for e in raised.value.errors] == ["products[0].since"]


def test_a_new_branch_starts_with_the_usual_catalogue_in_chinese(tmp_path: Path) -> None:
    create_branch(tmp_path / "branch.db", "岸堤支行")
    db = open_database(tmp_path / "branch.db")
    try:
        admin = resolve_actor(db)
        names = {p.code: p.name for p in products.list_products(db, admin)}
        assert names["mobile_banking"] == "手机银行" and len(names) == 8
        zh = catalog("zh_CN")
        assert zh is not None
        assert products.add_usual_products(db, admin, zh.translate) == 0
    finally:
        db.close()


def test_a_product_two_devices_added_is_one_product(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    export_package(demo_db, admin, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        apply_import(hq, hq_admin, tmp_path / "full.xlsx")
        products.add_product(hq, hq_admin, "green_loan", "绿色贷款")
        products.add_product(demo_db, admin, "green_loan", "绿色贷款")
        export_package(demo_db, admin, tmp_path / "since.xlsx", since_last=True)
        apply_import(hq, hq_admin, tmp_path / "since.xlsx")
        with hq.read() as session:
            codes = session.scalars(
                select(Product.code).where(~Product.deleted, Product.code == "green_loan")
            ).all()
        assert codes == ["green_loan"]
    finally:
        hq.close()
