"""Demo products: the usual catalogue in Chinese, and the products customers hold (the ones
who cooperate with the branch; a card, online and mobile banking most often, wealth products
and fund plans for those with deposits, most of the catalogue for the well off), from a random
stream of their own."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from agricrm.demo.relationship import WELL_OFF_DEPOSITS
from agricrm.domain.classification.facts import Product
from agricrm.i18n import catalog

# how likely a cooperating customer holds each product, and more so with deposits over 50,000
_LIKELY: dict[Product, tuple[float, float]] = {
    Product.HUINONG_CARD: (0.55, 0.6),
    Product.MOBILE_BANKING: (0.45, 0.7),
    Product.ONLINE_BANKING: (0.2, 0.45),
    Product.SOCIAL_SECURITY_CARD: (0.35, 0.35),
    Product.INSURANCE: (0.1, 0.25),
    Product.PAYROLL: (0.05, 0.1),
    Product.FUND_PLAN: (0.02, 0.2),
    Product.WEALTH: (0.01, 0.3),
}


def catalogue_rows(created: dt.datetime) -> list[dict[str, Any]]:
    """The usual catalogue, ids 1… in `Product` order, named in Chinese."""
    zh = catalog("zh_CN")
    rows = []
    for index, product in enumerate(Product, start=1):
        name = product.label.render(zh.translate) if zh else str(product.label)
        rows.append(
            {
                "id": index,
                "code": product.value,
                "name": name,
                "retired": False,
                "uuid": str(uuid.UUID(int=index, version=4)),
                "created_at": created,
                "updated_at": created,
                "row_version": 1,
                "deleted": False,
            }
        )
    return rows


class HoldingsMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 15485863 + 11)
        self.ids = {product: index for index, product in enumerate(Product, start=1)}

    def holdings(self, customer: dict[str, Any]) -> list[dict[str, Any]]:
        since: dt.date | None = customer.get("cooperation_since")
        if since is None:
            return []
        rng = self.rng
        deposits = customer.get("deposit_average") or 0
        rich, well_off = deposits >= 50_000, deposits >= WELL_OFF_DEPOSITS
        read_on: dt.date = customer["deposits_read_on"] or since
        rows = []
        for product, (usual, with_deposits) in _LIKELY.items():
            likely = with_deposits if rich else usual
            if rng.random() < ((1 + likely) / 2 if well_off else likely):
                span = max((read_on - since).days, 1)
                rows.append(
                    {
                        "customer_id": customer["id"],
                        "product_id": self.ids[product],
                        "since": since + dt.timedelta(days=rng.randrange(span)),
                        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "created_at": customer["created_at"],
                        "updated_at": customer["created_at"],
                        "row_version": 1,
                        "deleted": False,
                    }
                )
        return rows
