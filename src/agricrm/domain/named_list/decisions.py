"""The named list's decisions, as functions of what they read and the rules.

Each returns its verdict *and its words*, so the screens, the printed named list and the
workbook for headquarters say the same thing: who is eligible and why, whose eligibility has
lapsed (flagged for review, never dropped), where each maintainer stands against their post's
quota, which basic products a listed customer lacks (each a task for the maintainer), when the
next regular notice is due, and the branch's targets against the actual figures of a period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Hashable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from agricrm.domain.cadence import add_months
from agricrm.domain.classification.facts import CardLevel, Product, Segment
from agricrm.domain.classification.wording import Figure, listing
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.named_list import wording as w
from agricrm.domain.named_list.rules import NamedListRules, Targets, card_rank
from agricrm.domain.period import Period, PeriodKind
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

K = TypeVar("K", bound=Hashable)
"""A customer's key: whatever the storage identifies customers by."""


# ---------------------------------------------------------------------------- eligibility


@dataclass(frozen=True, slots=True)
class Standing:
    """What eligibility reads of a customer: the segment of their classes and their card level
    (None: not classified yet, no card level recorded)."""

    segment: Segment | None
    card_level: CardLevel | None


@dataclass(frozen=True, slots=True)
class Decision:
    """Eligible or not, and why: the conditions met when eligible, every condition missed
    when not."""

    eligible: bool
    reasons: tuple[Message, ...]


def eligible(standing: Standing, rules: NamedListRules, *, explain: bool = True) -> Decision:
    """Whether a customer may be listed: any one of the rules' conditions is enough.

    `explain=False` gives the same verdict without words, for the whole branch at once (a
    rules change, the review of every listed customer); words are for the customer on screen
    and for the flagged few."""
    wanted = rules.eligibility
    by_segment = standing.segment is not None and standing.segment.value in wanted.segments
    by_card = (
        wanted.min_card_level is not None
        and standing.card_level is not None
        and card_rank(standing.card_level.value) >= card_rank(wanted.min_card_level)
    )
    verdict = by_segment or by_card
    if not explain:
        return Decision(verdict, ())
    met: list[Message] = []
    missed: list[Message] = []
    if wanted.segments:
        segments = listing([Segment(code).label for code in wanted.segments])
        if standing.segment is None:
            missed.append(w.SEGMENT_UNKNOWN(segments=segments))
        elif by_segment:
            met.append(w.ELIGIBLE_BY_SEGMENT(segment=standing.segment.label, segments=segments))
        else:
            missed.append(w.NOT_BY_SEGMENT(segment=standing.segment.label, segments=segments))
    if wanted.min_card_level is not None:
        level = CardLevel(wanted.min_card_level)
        if standing.card_level is None:
            missed.append(w.CARD_UNKNOWN(level=level.label))
        elif by_card:
            met.append(w.ELIGIBLE_BY_CARD(card=standing.card_level.label, level=level.label))
        else:
            missed.append(w.NOT_BY_CARD(card=standing.card_level.label, level=level.label))
    return Decision(verdict, tuple(met if verdict else missed))


@dataclass(frozen=True, slots=True)
class ReviewFlag(Generic[K]):
    """A listed customer whose listing a manager should review, and why."""

    customer: K
    reasons: tuple[Message, ...]


def review_flags(
    listed: Mapping[K, bool], now_eligible: Mapping[K, Decision]
) -> list[ReviewFlag[K]]:
    """The listed customers to flag for review, in the order of `listed`.

    `listed` maps each listed customer to whether they were eligible when listed (or when last
    reviewed); `now_eligible` is today's decision.  A customer who was eligible and no longer
    is gets flagged with today's reasons; one listed while ineligible was listed with a reason,
    so the same state is no news and is not flagged again.  A listed customer with no decision
    today (archived, deleted, not classified) is flagged whatever they were.  Nobody is taken
    off the list here: removing a customer is a manager's decision with a reason
    (`assignments.delist`)."""
    flags: list[ReviewFlag[K]] = []
    for customer, was_eligible in listed.items():
        decision = now_eligible.get(customer)
        if decision is None:
            flags.append(ReviewFlag(customer, (w.NOT_CLASSIFIED_ANY_MORE,)))
        elif was_eligible and not decision.eligible:
            flags.append(ReviewFlag(customer, (w.NO_LONGER_ELIGIBLE, *decision.reasons)))
    return flags


# ---------------------------------------------------------------------------- quotas


class QuotaStatus(LabeledEnum):
    BELOW = "below", QT_TRANSLATE_NOOP("QuotaStatus", "Below quota")
    AT = "at", QT_TRANSLATE_NOOP("QuotaStatus", "At quota")
    ABOVE = "above", QT_TRANSLATE_NOOP("QuotaStatus", "Above quota")
    NO_POST = "no_post", QT_TRANSLATE_NOOP("QuotaStatus", "Post not in the rules")


@dataclass(frozen=True, slots=True)
class QuotaCheck:
    status: QuotaStatus
    count: int
    quota: int | None  # None when the maintainer's post is not in the rules
    message: Message


def quota_check(post_code: str, count: int, rules: NamedListRules) -> QuotaCheck:
    """Where a maintainer with `count` listed customers stands against their post's quota.

    A post the rules no longer list (the branch removed it) is its own status with its words,
    never a crash and never a silent zero: the screen shows the maintainer and why there is
    no quota to compare with."""
    if count < 0:
        raise ValueError(f"a count of listed customers cannot be negative: {count}")
    post = rules.post(post_code)
    if post is None:
        return QuotaCheck(
            QuotaStatus.NO_POST, count, None, w.QUOTA_NO_POST(count=count, post=post_code)
        )
    if count < post.quota:
        message = w.QUOTA_BELOW(
            count=count, short=post.quota - count, quota=post.quota, post=post.name
        )
        return QuotaCheck(QuotaStatus.BELOW, count, post.quota, message)
    if count == post.quota:
        message = w.QUOTA_AT(count=count, quota=post.quota, post=post.name)
        return QuotaCheck(QuotaStatus.AT, count, post.quota, message)
    message = w.QUOTA_ABOVE(count=count, extra=count - post.quota, quota=post.quota, post=post.name)
    return QuotaCheck(QuotaStatus.ABOVE, count, post.quota, message)


# ---------------------------------------------------------------------------- basic products


@dataclass(frozen=True, slots=True)
class ProductTask(Generic[K]):
    """A basic product a listed customer lacks: a task for their maintainer."""

    customer: K
    product: str
    message: Message


@dataclass(frozen=True, slots=True)
class Fulfilment(Generic[K]):
    """A listed customer's basic requirements: which required products are held, which are
    missing (one task each), and whether the products held were recorded at all."""

    customer: K
    held: tuple[str, ...]
    missing: tuple[str, ...]
    recorded: bool
    tasks: tuple[ProductTask[K], ...]

    @property
    def fulfilled(self) -> bool:
        return not self.missing

    def notes(self) -> tuple[Message | Text, ...]:
        """What the list prints beside the figures: that nothing was recorded, when so."""
        return () if self.recorded else (w.PRODUCTS_NOT_RECORDED,)


DEFAULT_PRODUCT_NAMES: Mapping[str, Text] = {product.value: product.label for product in Product}


def requirement_gaps(
    customer: K,
    held: Collection[str] | None,
    rules: NamedListRules,
    product_names: Mapping[str, Text | str] = DEFAULT_PRODUCT_NAMES,
) -> Fulfilment[K]:
    """Required products held and missing, in the rules' order.  `held` is the codes of the
    products the customer holds, None when never recorded (then every required product is
    missing, and the fulfilment says the products were not recorded rather than pretending the
    customer holds none).  `product_names` are the branch catalogue's names; a code without a
    name is shown as its code."""
    have = frozenset(held or ())
    present = tuple(code for code in rules.required_products if code in have)
    missing = tuple(code for code in rules.required_products if code not in have)
    tasks = tuple(
        ProductTask(customer, code, w.OFFER_PRODUCT(product=product_names.get(code, code)))
        for code in missing
    )
    return Fulfilment(customer, present, missing, held is not None, tasks)


# ---------------------------------------------------------------------------- notices


@dataclass(frozen=True, slots=True)
class NoticeDue:
    """When the next regular notice (how their money did) is due, counted from `since`."""

    due: dt.date
    since: dt.date
    overdue_days: int  # 0 when not yet overdue
    message: Message


def notice_due(
    listed_on: dt.date, last_notice: dt.date | None, today: dt.date, rules: NamedListRules
) -> NoticeDue:
    """The next notice is due `notice_months` after the last one, or after the listing when
    there was none; a contact before the listing does not count as the named list's notice.
    Overdue from the day after the due date."""
    since = listed_on if last_notice is None or last_notice < listed_on else last_notice
    due = add_months(since, rules.notice_months)
    late = max((today - due).days, 0)
    months = rules.notice_months
    if late:
        message = w.NOTICE_OVERDUE(
            days=late, date=due.isoformat(), months=months, since=since.isoformat()
        )
    else:
        message = w.NOTICE_DUE(date=due.isoformat(), months=months, since=since.isoformat())
    return NoticeDue(due, since, late, message)


# ---------------------------------------------------------------------------- targets


class TargetMeasure(LabeledEnum):
    GROWTH = "growth", QT_TRANSLATE_NOOP("TargetMeasure", "Growth")
    SHARE = "share", QT_TRANSLATE_NOOP("TargetMeasure", "Share of all customers")
    PER_STAFF = "per_staff", QT_TRANSLATE_NOOP("TargetMeasure", "Per member of staff")


class TargetStatus(LabeledEnum):
    MET = "met", QT_TRANSLATE_NOOP("TargetStatus", "Met")
    SHORT = "short", QT_TRANSLATE_NOOP("TargetStatus", "Not met")
    NO_BASE = "no_base", QT_TRANSLATE_NOOP("TargetStatus", "Cannot be computed")


@dataclass(frozen=True, slots=True)
class TargetCounts:
    """What the target figures are computed from, as the storage counts them: customers at
    the targets' card level or above on the period's first and last day, all customers and
    staff on the last day."""

    at_start: int
    at_end: int
    customers: int
    staff: int


@dataclass(frozen=True, slots=True)
class TargetFigure:
    measure: TargetMeasure
    actual: Decimal | None  # None when there is nothing to divide by
    target: Decimal
    status: TargetStatus
    message: Message


_MONTHS = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


def period_growth_target(targets: Targets, period: Period) -> Decimal:
    """The yearly growth target spread evenly over the period's months (15 % a year is
    3.75 % a quarter): how branches break a yearly target down, and easy to check by hand."""
    return targets.growth_percent * _MONTHS[period.kind] / 12


def target_figures(
    counts: TargetCounts, period: Period, targets: Targets
) -> tuple[TargetFigure, TargetFigure, TargetFigure]:
    """Growth over the period, share of all customers and average per member of staff at its
    end, each against its target with words.  A figure met when actual ≥ target."""
    for name in ("at_start", "at_end", "customers", "staff"):
        if getattr(counts, name) < 0:
            raise ValueError(f"{name} cannot be negative: {getattr(counts, name)}")
    if counts.at_end > counts.customers:
        raise ValueError(f"{counts.at_end} at the end cannot exceed {counts.customers} customers")
    level = CardLevel(targets.card_level).label
    return (
        _growth(counts, period, targets, level),
        _share(counts, targets, level),
        _per_staff(counts, targets, level),
    )


def _growth(counts: TargetCounts, period: Period, targets: Targets, level: Text) -> TargetFigure:
    target = period_growth_target(targets, period)
    if counts.at_start == 0:
        message = w.GROWTH_NO_BASE(level=level, period=period.label(), end=counts.at_end)
        return TargetFigure(TargetMeasure.GROWTH, None, target, TargetStatus.NO_BASE, message)
    actual = Decimal(counts.at_end - counts.at_start) * 100 / counts.at_start
    shown = {
        "level": level,
        "period": period.label(),
        "start": counts.at_start,
        "end": counts.at_end,
        "actual": Figure(actual),
        "target": Figure(target),
        "yearly": Figure(targets.growth_percent),
    }
    if actual >= target:
        return TargetFigure(
            TargetMeasure.GROWTH, actual, target, TargetStatus.MET, w.GROWTH_MET(**shown)
        )
    message = w.GROWTH_SHORT(**shown, short=w.Shortfall(target - actual))
    return TargetFigure(TargetMeasure.GROWTH, actual, target, TargetStatus.SHORT, message)


def _share(counts: TargetCounts, targets: Targets, level: Text) -> TargetFigure:
    target = targets.share_percent
    if counts.customers == 0:
        message = w.SHARE_NO_BASE(level=level)
        return TargetFigure(TargetMeasure.SHARE, None, target, TargetStatus.NO_BASE, message)
    actual = Decimal(counts.at_end) * 100 / counts.customers
    shown = {
        "level": level,
        "count": counts.at_end,
        "customers": Figure(Decimal(counts.customers)),
        "actual": Figure(actual),
        "target": Figure(target),
    }
    if actual >= target:
        return TargetFigure(
            TargetMeasure.SHARE, actual, target, TargetStatus.MET, w.SHARE_MET(**shown)
        )
    message = w.SHARE_SHORT(**shown, short=w.Shortfall(target - actual))
    return TargetFigure(TargetMeasure.SHARE, actual, target, TargetStatus.SHORT, message)


def _per_staff(counts: TargetCounts, targets: Targets, level: Text) -> TargetFigure:
    target = targets.per_staff
    if counts.staff == 0:
        message = w.PER_STAFF_NO_BASE(level=level)
        return TargetFigure(TargetMeasure.PER_STAFF, None, target, TargetStatus.NO_BASE, message)
    actual = Decimal(counts.at_end) / counts.staff
    shown = {
        "level": level,
        "count": counts.at_end,
        "staff": counts.staff,
        "actual": Figure(actual),
        "target": Figure(target),
    }
    if actual >= target:
        return TargetFigure(
            TargetMeasure.PER_STAFF, actual, target, TargetStatus.MET, w.PER_STAFF_MET(**shown)
        )
    message = w.PER_STAFF_SHORT(**shown, short=w.Shortfall(target - actual))
    return TargetFigure(TargetMeasure.PER_STAFF, actual, target, TargetStatus.SHORT, message)
