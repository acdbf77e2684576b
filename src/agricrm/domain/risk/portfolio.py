"""Portfolio quality as lenders measure it: delinquency buckets and PAR30 (风险贷款率), weighted
by outstanding balance, from a list of loan facts as of a date.

Definitions (printed under the figures, `DEFINITIONS`), as microfinance and rural banks use them
(CGAP's disclosure guidelines):

* **days overdue** on a date: days since the earliest instalment still unpaid fell due; 0 on the
  due day itself and for a loan with nothing unpaid;
* **buckets**: current (0 days), 1–30, 31–60, 61–90 and over 90 days; a *restructured* loan is
  never current — with nothing overdue it has a bucket of its own, "restructured", and overdue
  it sits in its days' bucket like any other;
* **PAR30** (portfolio at risk over 30 days): the outstanding balance of every loan more than 30
  days overdue *plus every restructured loan*, over the outstanding balance of all loans — by
  balance, not by the number of loans, so one large loan in arrears weighs what it weighs.
  A portfolio with no balance has no PAR30 (None), never 0 %.

Shares and PAR30 are percentages rounded half up to two places; the balances behind them are kept
exact, so a report can print both.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from agricrm.domain.classification.wording import Figure
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP, Message

PAR_DAYS = 30

NEGATIVE_BALANCE = QT_TRANSLATE_NOOP(
    "Portfolio", "A loan's outstanding balance cannot be below zero ({balance})."
)
DEFINITION_DAYS = QT_TRANSLATE_NOOP(
    "Portfolio",
    "Days overdue: days since the earliest unpaid instalment fell due, as of {date}.",
)
DEFINITION_BUCKETS = QT_TRANSLATE_NOOP(
    "Portfolio",
    "Buckets by days overdue: current, 1–30, 31–60, 61–90, over 90; a restructured loan with "
    "nothing overdue is shown as restructured, never as current. Shares are of the outstanding "
    "balance.",
)
DEFINITION_PAR30 = QT_TRANSLATE_NOOP(
    "Portfolio",
    "PAR30: outstanding balance of loans more than 30 days overdue plus all restructured loans, "
    "divided by the outstanding balance of all loans (by balance, not by number of loans).",
)
PAR30_FIGURE = QT_TRANSLATE_NOOP(
    "Portfolio", "PAR30 {percent} %: {at_risk} of {total} yuan outstanding"
)
PAR30_NO_BASE = QT_TRANSLATE_NOOP("Portfolio", "PAR30: no outstanding balance, so no ratio")
BUCKET_FIGURE = QT_TRANSLATE_NOOP(
    "Portfolio", "{bucket}: {loans} loans, {balance} yuan, {percent} % of the balance"
)

DEFINITIONS = (DEFINITION_DAYS, DEFINITION_BUCKETS, DEFINITION_PAR30)


class Bucket(LabeledEnum):
    """Delinquency buckets, best first."""

    CURRENT = "current", QT_TRANSLATE_NOOP("Bucket", "Current")
    RESTRUCTURED = "restructured", QT_TRANSLATE_NOOP("Bucket", "Restructured, nothing overdue")
    DAYS_1_30 = "1_30", QT_TRANSLATE_NOOP("Bucket", "1–30 days overdue")
    DAYS_31_60 = "31_60", QT_TRANSLATE_NOOP("Bucket", "31–60 days overdue")
    DAYS_61_90 = "61_90", QT_TRANSLATE_NOOP("Bucket", "61–90 days overdue")
    OVER_90 = "over_90", QT_TRANSLATE_NOOP("Bucket", "Over 90 days overdue")


@dataclass(frozen=True, slots=True)
class PortfolioLoan:
    """One loan outstanding on the date: its balance, the due day of its earliest unpaid
    instalment (None: nothing unpaid) and whether it was restructured."""

    balance: Decimal
    unpaid_since: dt.date | None = None
    restructured: bool = False

    def overdue_days(self, as_of: dt.date) -> int:
        if self.unpaid_since is None:
            return 0
        return max(0, (as_of - self.unpaid_since).days)


def bucket_of(days: int, restructured: bool) -> Bucket:
    if days <= 0:
        return Bucket.RESTRUCTURED if restructured else Bucket.CURRENT
    if days <= 30:
        return Bucket.DAYS_1_30
    if days <= 60:
        return Bucket.DAYS_31_60
    if days <= 90:
        return Bucket.DAYS_61_90
    return Bucket.OVER_90


@dataclass(frozen=True, slots=True)
class BucketFigure:
    bucket: Bucket
    loans: int
    balance: Decimal
    percent: Decimal | None  # of the whole balance; None when there is none

    def words(self) -> Message:
        return BUCKET_FIGURE(
            bucket=self.bucket.label,
            loans=self.loans,
            balance=Figure(self.balance),
            percent="—" if self.percent is None else Figure(self.percent),
        )


@dataclass(frozen=True, slots=True)
class PortfolioQuality:
    as_of: dt.date
    loans: int
    balance: Decimal
    buckets: tuple[BucketFigure, ...]  # every bucket, in Bucket's order, empty ones too
    at_risk: Decimal  # PAR30's numerator
    par30: Decimal | None  # per cent; None when there is no balance

    def bucket(self, bucket: Bucket) -> BucketFigure:
        return self.buckets[list(Bucket).index(bucket)]

    def par30_words(self) -> Message:
        if self.par30 is None:
            return PAR30_NO_BASE()
        return PAR30_FIGURE(
            percent=Figure(self.par30), at_risk=Figure(self.at_risk), total=Figure(self.balance)
        )

    def definitions(self) -> tuple[Message, ...]:
        return tuple(
            text(date=self.as_of.isoformat()) if text is DEFINITION_DAYS else text()
            for text in DEFINITIONS
        )


def portfolio_quality(loans: Sequence[PortfolioLoan], as_of: dt.date) -> PortfolioQuality:
    """The buckets and PAR30 of `loans` (those outstanding on `as_of`); a negative balance is
    refused by its index, never counted."""
    errors = [
        FieldError(f"loans[{index}].balance", NEGATIVE_BALANCE(balance=loan.balance))
        for index, loan in enumerate(loans)
        if loan.balance < 0
    ]
    if errors:
        raise ValidationFailed(errors)
    counts = dict.fromkeys(Bucket, 0)
    balances = dict.fromkeys(Bucket, Decimal(0))
    at_risk = Decimal(0)
    for loan in loans:
        days = loan.overdue_days(as_of)
        bucket = bucket_of(days, loan.restructured)
        counts[bucket] += 1
        balances[bucket] += loan.balance
        if days > PAR_DAYS or loan.restructured:
            at_risk += loan.balance
    total = sum(balances.values(), Decimal(0))
    figures = tuple(
        BucketFigure(bucket, counts[bucket], balances[bucket], _percent(balances[bucket], total))
        for bucket in Bucket
    )
    return PortfolioQuality(as_of, len(loans), total, figures, at_risk, _percent(at_risk, total))


def _percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """`part` over `whole` in per cent, rounded half up to two places from the exact ratio
    (a Fraction: no intermediate rounding to make 12.345 read 12.34)."""
    if whole <= 0:
        return None
    hundredths = Fraction(part) * 10_000 / Fraction(whole)
    return Decimal(math.floor(hundredths + Fraction(1, 2))).scaleb(-2)
