"""A customer's classes as plain codes, fast: what the table of classes stores, for a whole
branch at once, and the first day on which time alone can change them.

`classify(..., explain=False)` builds a `Verdict` per dimension and a `Classes` around them;
the bulk paths (a rules change over 100,000 customers, its preview, the refresh after each
write) only store and compare codes, and building those objects was most of their cost.
`class_codes` walks the same rules in the same order and returns a `ClassCodes` tuple: the
eight codes in the order of `Dimension`, the value score, the computed credit status and
whether an override lapsed.  Every comparison and every `Decimal` operation is the one
`classify` makes, in the same order, so the results are identical (a property test compares
them over random rules and facts); the rules' band limits and lookups are prepared once per
rules document (`_prepared`).

**Classes that go stale with time.**  Activity (no contact within N months), relationship
(whole years of cooperation) and the value score's years of cooperation depend on the day.
`ClassCodes.reclassify_on` is the first day on which time alone can change any of them —
the day an active customer's last contact falls out of the window, or the next anniversary
of the cooperation while the years still count — so the table keeps it and the customers
whose day has come are refreshed when the program starts or the day changes, without a daily
rebuild.  None: nothing changes until the facts do.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from agricrm.domain.cadence import add_months
from agricrm.domain.classification.classify import (
    _months_before,
    completed_years,
    credit_fingerprint,
)
from agricrm.domain.classification.facts import (
    INDUSTRY_OF_KIND,
    CreditStatus,
    CustomerFacts,
    Industry,
    Scale,
)
from agricrm.domain.classification.results import CreditOverride
from agricrm.domain.classification.rules import VALUE_PARTS, Bands, ClassificationRules
from agricrm.domain.enums import LoanClassification

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_TENTH = Decimal("0.1")
_SCALE_RANK = {member.value: rank for rank, member in enumerate(Scale)}
_CREDIT_RANK = {member.value: rank for rank, member in enumerate(CreditStatus)}
_LOAN_RANK = {member.value: rank for rank, member in enumerate(LoanClassification)}
_INDUSTRY = {kind.value: industry.value for kind, industry in INDUSTRY_OF_KIND.items()}
_GOOD = CreditStatus.GOOD.value
_MIXED = Industry.MIXED.value
_UNRECORDED = "unrecorded"  # Industry.UNRECORDED and NeedsType.UNRECORDED


class ClassCodes(NamedTuple):
    """What the table of classes keeps of one customer."""

    rules_version: int
    codes: tuple[str, ...]  # one per dimension, in the order of `Dimension`
    value_score: Decimal
    credit_computed: str
    override_lapsed: bool
    reclassify_on: dt.date | None


class _Band(NamedTuple):
    limits: list[Decimal]
    codes: list[str]

    def of(self, x: Decimal) -> str:
        return self.codes[bisect_right(self.limits, x)]


def _band(bands: Bands) -> _Band:
    codes = list(bands)
    return _Band([bands[code].end for code in codes[:-1]], codes)  # type: ignore[misc]


class _Prepared:
    """One rules document's limits and lookups in the shapes the loop reads fastest."""

    def __init__(self, rules: ClassificationRules) -> None:
        self.rules = rules
        scale, credit, value, segment = rules.scale, rules.credit, rules.value, rules.segment
        self.land = _band(scale.land_mu)
        self.livestock = _band(scale.livestock_units)
        self.water = _band(scale.water_mu)
        self.heads_per_unit = dict(scale.heads_per_unit)
        self.loan_status = {str(code): status for code, status in credit.classification.items()}
        self.overdue_days = _band(credit.overdue_days)
        self.overdue_times = _band(credit.overdue_times)
        self.when_unknown = credit.when_unknown
        full = value.full_points
        self.parts = [(full[part], value.caps[part]) for part in VALUE_PARTS]
        self.counted = frozenset(value.counted_products)
        self.tiers = _band(value.tiers)
        self.years_cap = value.caps["years"]
        quality, potential = segment.quality, segment.potential
        self.quality_score = quality.min_value_score
        self.quality_credit = frozenset(quality.credit)
        self.quality_scale = _SCALE_RANK[quality.min_scale]
        self.potential_score = potential.min_value_score
        self.potential_credit = frozenset(potential.credit)
        self.potential_scale = _SCALE_RANK[potential.min_scale]
        self.product_needs = frozenset(rules.needs.product)
        self.service_needs = frozenset(rules.needs.service)
        self.months = rules.activity.months
        self.relationship = _band(rules.relationship.years)
        self.top_relationship_from = rules.relationship.years[self.relationship.codes[-1]].start


_PREPARED: dict[int, _Prepared] = {}


def _prepared(rules: ClassificationRules) -> _Prepared:
    """The rules prepared, by identity (the entry keeps the rules alive, so an id is never
    reused for another document while it stands)."""
    found = _PREPARED.get(id(rules))
    if found is None or found.rules is not rules:
        if len(_PREPARED) > 64:  # a rules screen trying many edits: start again
            _PREPARED.clear()
        found = _PREPARED[id(rules)] = _Prepared(rules)
    return found


def class_codes(
    facts: CustomerFacts,
    rules: ClassificationRules,
    today: dt.date,
    override: CreditOverride | None = None,
) -> ClassCodes:
    """The codes `classify(facts, rules, today, override)` gives, and the day they may change
    with time alone."""
    p = _prepared(rules)

    # scale: the largest of the measures recorded, small when none is
    scale = "small"
    rank = -1
    if facts.land_mu is not None:
        scale = p.land.of(facts.land_mu if facts.land_mu > 0 else _ZERO)
        rank = _SCALE_RANK[scale]
    if facts.livestock is not None:
        units = Decimal(0)
        for kind, heads in facts.livestock:
            per_unit = p.heads_per_unit.get(kind)
            if per_unit is not None and heads > 0:
                units += Decimal(heads) / per_unit
        measured = p.livestock.of(units)
        if _SCALE_RANK[measured] > rank:
            scale, rank = measured, _SCALE_RANK[measured]
    if facts.water_mu is not None:
        measured = p.water.of(facts.water_mu if facts.water_mu > 0 else _ZERO)
        if _SCALE_RANK[measured] > rank:
            scale, rank = measured, _SCALE_RANK[measured]
    rank = max(rank, 0)

    kinds = facts.production_kinds
    if not kinds:
        industry = _UNRECORDED
    elif len(kinds) == 1:
        industry = _INDUSTRY[next(iter(kinds))]
    else:
        industry = _MIXED

    computed = _credit(facts, p)
    credit, lapsed = computed, False
    if override is not None:
        if override.fingerprint == credit_fingerprint(facts):
            credit = override.status.value
        else:
            lapsed = True

    years = (
        None if facts.cooperation_since is None else completed_years(facts.cooperation_since, today)
    )
    score = _score(facts, p, years)
    tier = p.tiers.of(score)

    segment = _segment(p, score, credit, rank)

    needs = facts.needs
    if not needs:
        needs_type = _UNRECORDED
    else:
        product = not p.product_needs.isdisjoint(needs)
        service = not p.service_needs.isdisjoint(needs)
        needs_type = "comprehensive" if product and service else "product" if product else "service"

    last = _last_contact(facts)
    dormant_from = None
    if last is None or last < _months_before(today, p.months):
        activity = "dormant"
    else:
        activity = "active"
        dormant_from = _dormant_from(last, p.months)

    if years is None:
        relationship = p.relationship.codes[0]
        anniversary = None
    else:
        relationship = p.relationship.of(Decimal(years))
        still_counts = years < p.years_cap or (
            p.top_relationship_from is not None and years < p.top_relationship_from
        )
        anniversary = (
            _anniversary(facts.cooperation_since, years + 1)  # type: ignore[arg-type]
            if still_counts
            else None
        )

    return ClassCodes(
        rules.version,
        (scale, industry, credit, tier, segment, needs_type, activity, relationship),
        score,
        computed,
        lapsed,
        _earliest(dormant_from, anniversary),
    )


def _segment(p: _Prepared, score: Decimal, credit: str, scale_rank: int) -> str:
    if score >= p.quality_score and credit in p.quality_credit and scale_rank >= p.quality_scale:
        return "quality"
    if credit in p.potential_credit and (
        score >= p.potential_score or scale_rank >= p.potential_scale
    ):
        return "potential"
    return "ordinary"


def reads_facts(before: ClassificationRules, after: ClassificationRules) -> bool:
    """Whether going from the rules `before` to `after` needs the customers' facts.  Not when
    only the value tiers, the segments or the strategy differ: every other class, the value
    score, the computed credit status and `reclassify_on` are then as `before` gave them, and
    the tier and the segment follow from those (`recoded`).  A manager moving a threshold of
    the tiers or a segment, or a visit cadence, reclassifies a whole branch from its table of
    classes without reading a file."""
    value_before, value_after = before.value, after.value
    return (
        before.scale != after.scale
        or before.credit != after.credit
        or value_before.weights != value_after.weights
        or value_before.caps != value_after.caps
        or value_before.counted_products != value_after.counted_products
        or before.needs != after.needs
        or before.activity != after.activity
        or before.relationship != after.relationship
    )


def recoded(
    codes: Sequence[str], value_score: Decimal, rules: ClassificationRules
) -> tuple[str, ...]:
    """The codes of a customer classified by other rules, with the value tier and the segment
    given by `rules` (valid when `reads_facts(old, rules)` is False): the kept credit status
    and the scale are the old codes', the score the old score."""
    p = _prepared(rules)
    scale, industry, credit, _tier, _segment_was, needs, activity, relationship = codes
    return (
        scale,
        industry,
        credit,
        p.tiers.of(value_score),
        _segment(p, value_score, credit, _SCALE_RANK[scale]),
        needs,
        activity,
        relationship,
    )


def _credit(facts: CustomerFacts, p: _Prepared) -> str:
    """The computed credit status: the worst of what the loans' categories, the longest
    overdue and the times overdue say (`classify._credit`)."""
    loans, times, longest = facts.loans, facts.overdue_times, facts.longest_overdue_days
    if loans is None and times is None and longest is None:
        return p.when_unknown
    found: list[str] = []
    worst_category = None
    for loan in loans or ():
        category = loan.classification
        if category is not None and (
            worst_category is None or _LOAN_RANK[category] > _LOAN_RANK[worst_category]
        ):
            worst_category = category
        days = loan.overdue_days
        if days is not None and (longest is None or days > longest):
            longest = days
    if worst_category is not None:
        found.append(p.loan_status[worst_category])
    if longest is not None:
        found.append(p.overdue_days.of(Decimal(longest) if longest > 0 else _ZERO))
    if times is not None:
        found.append(p.overdue_times.of(Decimal(times) if times > 0 else _ZERO))
    if not found:
        return _GOOD
    return min(found, key=_CREDIT_RANK.__getitem__)


def _score(facts: CustomerFacts, p: _Prepared, years: int | None) -> Decimal:
    """The value score with `classify._value`'s operations in its order (so equal to the last
    digit)."""
    loan_total: Decimal | None = None
    if facts.loans is not None:
        loan_total = Decimal(0)
        for loan in facts.loans:
            if loan.balance is not None:
                loan_total += loan.balance
    deposits = facts.deposit_average if facts.deposit_average is not None else facts.deposit_balance
    products = (
        None
        if facts.products is None
        else Decimal(len({product.code for product in facts.products}.intersection(p.counted)))
    )
    growth = None
    before = _sum_known(facts.previous_loan_balance, facts.previous_deposit_balance)
    now = _sum_known(loan_total, facts.deposit_balance) if before else None
    if before is not None and before > 0 and now is not None:
        growth = (now - before) / before * _HUNDRED
    figures = (loan_total, deposits, products, None if years is None else Decimal(years), growth)
    total = _ZERO
    for amount, (full, cap) in zip(figures, p.parts, strict=True):
        if amount is None or amount <= 0:
            total += _ZERO
        elif amount >= cap:
            total += full
        else:
            total += full * amount / cap
    return total.quantize(_TENTH, ROUND_HALF_UP)


def _sum_known(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else a + b


def _last_contact(facts: CustomerFacts) -> dt.date | None:
    days = [
        day
        for day in (
            facts.last_visit,
            facts.last_care,
            facts.last_loan_change,
            facts.last_product_change,
        )
        if day is not None
    ]
    return max(days) if days else None


@lru_cache(maxsize=4096)
def _dormant_from(last: dt.date, months: int) -> dt.date:
    """The first day whose window of `months` no longer reaches back to `last` (a customer
    active today is dormant from then on unless contacted again)."""
    day = add_months(last, months)
    while add_months(day, -months) <= last:  # a month end clamps: at most a few steps
        day += dt.timedelta(days=1)
    return day


def _anniversary(since: dt.date, years: int) -> dt.date:
    """The day `completed_years(since, day)` reaches `years`: the anniversary, or 1 March for
    a cooperation begun on 29 February when the year has none."""
    year = since.year + years
    try:
        return since.replace(year=year)
    except ValueError:
        return dt.date(year, 3, 1)


def _earliest(*days: dt.date | None) -> dt.date | None:
    known: Sequence[dt.date] = [day for day in days if day is not None]
    return min(known) if known else None
