"""Products held, typed by people in a customers sheet, for the planner of `sync_import`.

A registration workbook or headquarters' monthly file says which products a customer holds
in one cell, as people write it: "手机银行、惠农卡" (`CUSTOMERS.extras`).  Each name is found
in the branch's catalogue by its name or its code (in any case, full-width or not); a product
the customer does not hold yet becomes a row of the customer-products sheet, as a package
would bring it, so it is previewed, applied and kept in step like any other record.  A
product the customer holds already is left as it is (its date kept); a product the cell does
not name is not taken away — a file that lists some products says what is held, not what is
not.  A name the catalogue lacks is named back with the catalogue's names, and the import
waits until it is corrected (or the product added under Settings → 产品目录).
"""

from __future__ import annotations

import re
import unicodedata
import uuid as uuid_module
from collections import defaultdict

from sqlalchemy import Connection, select

from agricrm.exchange.schema import CUSTOMER_PRODUCTS, CUSTOMERS
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Customer, CustomerProduct, Product
from agricrm.services.sync_plan import Issue, PlannedRow

KEY = "products_held"
UNKNOWN_PRODUCTS = QT_TRANSLATE_NOOP(
    "Import",
    "Not in the branch's product catalogue: {names}. The catalogue has: {catalogue}.",
)
_SEPARATORS = re.compile(r"[、,，;；/\s]+")


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def names_in(cell: str) -> list[str]:
    """The product names a cell lists, in its order ("手机银行、惠农卡" → two)."""
    return [name for name in _SEPARATORS.split(unicodedata.normalize("NFKC", cell)) if name]


def holdings_typed(
    connection: Connection, customers: list[PlannedRow], sheet_name: str
) -> tuple[list[PlannedRow], list[Issue]]:
    """The customer-product rows the customers sheet's 持有产品 cells add, and a problem for
    each cell naming a product the catalogue lacks."""
    said = [row for row in customers if row.extras.get(KEY)]
    if not said:
        return [], []
    catalogue: dict[str, str] = {}
    names: list[str] = []
    for product_uuid, code, name in connection.execute(
        select(Product.uuid, Product.code, Product.name)
        .where(Product.deleted.is_(False))
        .order_by(Product.id)
    ):
        catalogue.setdefault(_key(name), product_uuid)
        catalogue.setdefault(_key(code), product_uuid)
        names.append(name)
    held = _held(connection, [row.uuid for row in said if row.local is not None])
    title = CUSTOMERS.extras[0].title
    rows: list[PlannedRow] = []
    issues: list[Issue] = []
    for row in said:
        cell = str(row.extras[KEY])
        unknown: list[str] = []
        taken = set(held.get(row.uuid, ()))
        for name in names_in(cell):
            product = catalogue.get(_key(name))
            if product is None:
                unknown.append(name)
            elif product not in taken:
                taken.add(product)
                record = str(uuid_module.uuid4())
                values = {
                    "uuid": record,
                    "customer_uuid": row.uuid,
                    "product_uuid": product,
                    "since": None,
                }
                rows.append(PlannedRow(CUSTOMER_PRODUCTS, row.row, values, uuid=record))
        if unknown:
            issues.append(
                Issue(
                    sheet_name,
                    row.row,
                    title,
                    cell,
                    UNKNOWN_PRODUCTS(names="、".join(unknown), catalogue="、".join(names)),
                )
            )
    return rows, issues


def _held(connection: Connection, customer_uuids: list[str]) -> dict[str, set[str]]:
    """The products each of these customers holds now (uuids of both)."""
    held: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(customer_uuids), 500):
        statement = (
            select(Customer.uuid, Product.uuid)
            .join(CustomerProduct, CustomerProduct.customer_id == Customer.id)
            .join(Product, Product.id == CustomerProduct.product_id)
            .where(
                Customer.uuid.in_(customer_uuids[start : start + 500]),
                CustomerProduct.deleted.is_(False),
            )
        )
        for customer_uuid, product_uuid in connection.execute(statement):
            held[customer_uuid].add(product_uuid)
    return held
