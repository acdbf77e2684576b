"""Demo relationship facts: since when a customer cooperates with the branch, their deposits
as headquarters' monthly file gives them (read on the last day of the month before) and their
card level, following the deposits (most 普卡, about a quarter 金卡, a few 白金卡 and 钻石卡).

A few customers are **well off**: long-standing customers with large deposits, most of them
among those who owe the branch a large loan in good standing.  They are what makes a few per
cent of the demo's customers 优质 under the default rules, as in a real branch; without them
no demo customer would score high enough to be seen in that class.

Drawn from a random stream of their own, so adding them left every other demo record as it was.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal
from typing import Any

from agricrm.domain.classification.facts import CardLevel
from agricrm.domain.enums import CustomerStatus, LoanClassification

# a card level follows the average daily deposits (yuan), as banks grant them
_LEVELS = ((500_000, CardLevel.DIAMOND), (200_000, CardLevel.PLATINUM), (50_000, CardLevel.GOLD))
LARGE_LOAN = 200_000  # a balance at which a sound borrower is often well off
WELL_OFF_DEPOSITS = 200_000  # holdings treat customers from here on as well off


class RelationshipMaker:
    def __init__(self, seed: int, as_of: dt.date) -> None:
        self.rng = random.Random(seed * 104729 + 3)
        self.read_on = as_of.replace(day=1) - dt.timedelta(days=1)

    def facts(self, customer: dict[str, Any], loans: list[dict[str, Any]]) -> dict[str, Any]:
        """The relationship columns of `customer`, whose `loans` were just made."""
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
        sound = all(loan["classification"] is LoanClassification.NORMAL for loan in loans)
        owed = sum((loan["balance"] for loan in loans), Decimal(0))
        if rng.random() < (0.6 if sound and owed >= LARGE_LOAN else 0.015):
            average = Decimal(round(math.exp(rng.gauss(13.1, 0.3)) / 100) * 100)  # ≈ 490,000
            since = min(since, created - dt.timedelta(days=rng.randrange(10 * 365, 20 * 365)))
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
