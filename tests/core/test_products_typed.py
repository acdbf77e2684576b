"""Products held, typed in a workbook's 持有产品 cell: found in the branch's catalogue by name
or code, added where not held yet, and a product the catalogue lacks named with its cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from agricrm.db.database import Database
from agricrm.domain.id_number import with_check_digit
from agricrm.exchange.template import write_template
from agricrm.models import Customer, CustomerProduct, Product
from agricrm.services.actor import Actor
from agricrm.services.products import list_products
from agricrm.services.sync_import import Action, ImportRejected, apply_import, preview_import
from agricrm.services.villages import list_villages


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Customer)) or 0,
            session.scalar(select(func.count()).select_from(CustomerProduct)) or 0,
        )


def _held(db: Database, customer_filter: object) -> dict[str, dt.date | None]:
    with db.read() as session:
        return dict(
            session.execute(
                select(Product.name, CustomerProduct.since)
                .join(CustomerProduct, CustomerProduct.product_id == Product.id)
                .join(Customer, Customer.id == CustomerProduct.customer_id)
                .where(customer_filter, CustomerProduct.deleted.is_(False))
            ).all()
        )


def _holder(db: Database) -> tuple[str, str, str, dt.date | None]:
    """A customer with an ID number holding a product with a date: (name, ID number,
    product, since)."""
    with db.read() as session:
        found = session.execute(
            select(Customer.name, Customer.id_number, Product.name, CustomerProduct.since)
            .join(CustomerProduct, CustomerProduct.customer_id == Customer.id)
            .join(Product, Product.id == CustomerProduct.product_id)
            .where(
                Customer.id_number.is_not(None),
                CustomerProduct.since.is_not(None),
                CustomerProduct.deleted.is_(False),
                Customer.archived_at.is_(None),
            )
            .order_by(Customer.id)
            .limit(1)
        ).one()
    return found[0], found[1], found[2], found[3]


def test_the_template_asks_for_products_held_and_lists_the_catalogue(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    names = [product.name for product in list_products(demo_db, admin)]
    places = [(v.township, v.name) for v in list_villages(demo_db, admin)]
    workbook = load_workbook(write_template(tmp_path / "t.xlsx", places, names))
    assert "持有产品" in [cell.value for cell in workbook["客户"][1]]
    listed = [row[0] for row in workbook["产品列表"].iter_rows(min_row=2, values_only=True)]
    assert listed == names and names
    assert any("产品列表" in line[0].value for line in workbook["说明"].iter_rows())


def test_typed_products_are_added_where_not_held_and_a_second_import_changes_nothing(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    name, id_number, product, since = _holder(demo_db)
    names = [p.name for p in list_products(demo_db, admin)]
    other = next(
        name
        for name in names
        if name != product and name not in _held(demo_db, Customer.id_number == id_number)
    )
    codes = {p.name: p.code for p in list_products(demo_db, admin)}
    township, village = (
        list_villages(demo_db, admin)[0].township,
        list_villages(demo_db, admin)[0].name,
    )
    new_id = with_check_digit("37132119900101003")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["乡镇", "村", "身份证号", "持有产品", "姓名"])
    # an existing customer: one product held already (its date stays), another by its code
    # typed in capitals and full width
    shouted = codes[other].upper().replace("_", "＿")
    sheet.append([township, village, id_number, f"{product}，{shouted}", name])
    sheet.append([township, village, new_id, f"{names[0]}、 {names[1]}、{names[0]}", "新客户"])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)

    plan = preview_import(demo_db, admin, path)
    assert plan.issues == []
    added = [row for row in plan.rows if row.spec.entity == "customer_products"]
    assert [(row.row, row.action) for row in added] == [
        (2, Action.NEW),
        (3, Action.NEW),
        (3, Action.NEW),
    ]
    apply_import(demo_db, admin, path)
    assert _held(demo_db, Customer.id_number == id_number)[product] == since
    assert other in _held(demo_db, Customer.id_number == id_number)
    assert set(_held(demo_db, Customer.id_number == new_id)) == {names[0], names[1]}

    before = _counts(demo_db)
    again = preview_import(demo_db, admin, path)
    assert [row for row in again.rows if row.spec.entity == "customer_products"] == []
    apply_import(demo_db, admin, path)
    assert _counts(demo_db) == before


def test_a_product_the_catalogue_lacks_is_named_and_nothing_is_imported(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    village = list_villages(demo_db, admin)[0]
    names = [p.name for p in list_products(demo_db, admin)]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["姓名", "乡镇", "村", "持有产品"])
    sheet.append(["钱多多", village.township, village.name, f"{names[0]}、余额宝"])
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    before = _counts(demo_db)

    plan = preview_import(demo_db, admin, path)
    assert [(i.row, i.column, i.value) for i in plan.issues] == [
        (2, "持有产品", f"{names[0]}、余额宝")
    ]
    message = str(plan.issues[0].reason)
    assert "余额宝" in message and all(name in message for name in names)  # and what it has
    with pytest.raises(ImportRejected):
        apply_import(demo_db, admin, path)
    assert _counts(demo_db) == before
