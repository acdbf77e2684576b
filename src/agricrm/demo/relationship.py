"""Demo relationship facts: since when a customer cooperates with the branch, their deposits
as headquarters' monthly file gives them (read on the last day of the month before) and their
card level, following the deposits (most 普卡, about a quarter 金卡, a few 白金卡 and 钻石卡).

Drawn from a random stream of their own, so adding them left every other demo record as it was.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal
from typing import Any

from agricrm.domain.classification.facts import CardLevel
from agricrm.domain.enums import CustomerStatus

# a card level follows the average daily deposits (yuan), as banks grant them
_LEVELS = ((500_000, CardLevel.DIAMOND), (200_000, CardLevel.PLATINUM), (50_000, CardLevel.GOLD))


class RelationshipMaker:
    def __init__(self, seed: int, as_of: dt.date) -> None:
        self.rng = random.Random(seed * 104729 + 3)
        self.read_on = as_of.replace(day=1) - dt.timedelta(days=1)

    def facts(self, customer: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        if customer["status"] is CustomerStatus.PROSPECT or rng.random() < 0.15:
            return {
                "cooperation_since": None,
                "deposit_balance": None,
                "deposit_average": None,
                "deposits_read_on": None,
                "card_level": None,
            }
        created: dt.date = customer["created_at"].date()
        since = created - dt.timedelta(days=rng.randrange(0, 15 * 365))
        average = Decimal(round(math.exp(rng.gauss(10.2, 1.1)) / 100) * 100)  # median ≈ 27,000
        balance = max(Decimal(0), average * Decimal(rng.uniform(0.7, 1.3))).quantize(
            Decimal("0.01")
        )
        level = next((lvl for floor, lvl in _LEVELS if average >= floor), CardLevel.ORDINARY)
        return {
            "cooperation_since": min(since, self.read_on),
            "deposit_balance": balance,
            "deposit_average": average,
            "deposits_read_on": self.read_on,
            "card_level": level,
        }
