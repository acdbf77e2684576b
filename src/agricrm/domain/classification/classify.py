"""Classify one customer by a rules document, every class with its reasons in words.

`classify` is a pure function of the facts, the rules, today's date and the officer's
override of the credit status, so the storage layer can run it for 100,000 customers in a
loop, in a worker, or inside the transaction that changed one customer's loans.

Decisions a successor needs:

* **Scale** is the largest of the three measures (land, livestock units, water area): a pig
  farmer with 3 mu is not a small farmer.  More of any measure never lowers it.
* **Credit status** is the worst of what the loans' five-category classification and the
  overdue history say; the rules' ``when_unknown`` status when none of them is recorded.
* **Value score** (0–100): each component counted up to its cap, weighted, divided by the sum
  of the weights and rounded to one place; the tier and the segment compare the rounded score,
  so the explanation's "74.96 is 75.0 ≥ 75" never contradicts the class.  A missing component
  counts 0 and is named.
* **Segment** reads the *kept* credit status (the officer's override when it holds).
* **Override**: the officer may set the credit status with a reason.  The override stores the
  fingerprint of the facts the computed status read (each loan's category and days overdue,
  the overdue history; not balances, so a repayment keeps it); it holds while the fingerprint
  is unchanged and lapses, visibly, once those facts change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import TypeVar

from agricrm.domain.cadence import add_months
from agricrm.domain.classification.facts import (
    INDUSTRY_OF_KIND,
    Activity,
    CreditStatus,
    CustomerFacts,
    Dimension,
    Fact,
    Industry,
    NeedsType,
    Relationship,
    Scale,
    Segment,
    ValueTier,
)
from agricrm.domain.classification.results import Classes, CreditOverride, Verdict
from agricrm.domain.classification.rules import VALUE_PARTS, Bands, ClassificationRules, Strategy
from agricrm.domain.classification.wording import (
    CARE,
    CLEAN_RECORD,
    CONTACT_BEFORE,
    CONTACT_WITHIN,
    COOPERATION,
    CREDIT_UNKNOWN,
    DAYS,
    LAND,
    LIVESTOCK,
    LOAN_CATEGORY,
    LOAN_CHANGE,
    MIXED_INDUSTRY,
    MU,
    NEEDS_ARE,
    NO_CONTACT,
    NO_NEEDS,
    NO_PRODUCTION,
    NO_START,
    NOTHING_RECORDED,
    ONE_INDUSTRY,
    ORDINARY_BY_CREDIT,
    ORDINARY_BY_SCORE,
    OVERDUE_DAYS,
    OVERDUE_TIMES,
    OVERRIDE_HOLDS,
    OVERRIDE_LAPSED,
    PART_NAMES,
    POINTS,
    POTENTIAL_BY_SCALE,
    POTENTIAL_BY_SCORE,
    PRODUCT_CHANGE,
    QUALITY,
    TIMES,
    UNCOUNTED_KIND,
    UNITS,
    VALUE_PART,
    VALUE_PART_MISSING,
    VALUE_SCORE,
    VISIT,
    WATER,
    YEARS,
    Figure,
    band_reason,
    listing,
)
from agricrm.domain.enums import LoanClassification, Need, ProductionKind
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import Message, Text

E = TypeVar("E", bound=LabeledEnum)

_SCALE = {member.value: member for member in Scale}
_CREDIT = {member.value: member for member in CreditStatus}
_TIER = {member.value: member for member in ValueTier}
_RELATIONSHIP = {member.value: member for member in Relationship}
_RANK: dict[LabeledEnum, int] = {
    member: rank
    for enum in (Scale, CreditStatus, LoanClassification, Need, ProductionKind)
    for rank, member in enumerate(enum)
}
"""Each ordered member's rank within its enum (lowest or worst first), looked up once."""
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)
_COMPILED: dict[int, tuple[Bands, list[Decimal], list[str]]] = {}
"""Each band table's upper limits, by the table's identity (kept alive with it, so an id is
never reused for another table while its entry stands)."""
_TENTH = Decimal("0.1")


def classify(
    facts: CustomerFacts,
    rules: ClassificationRules,
    today: dt.date,
    override: CreditOverride | None = None,
    *,
    explain: bool = True,
) -> Classes:
    """The customer's classes.  With ``explain=False`` every verdict's reasons are empty and
    the classes are the same: a bulk reclassification compares classes and words only those
    that changed, and a screen words one customer's on demand."""
    scale = _scale(facts, rules, explain)
    computed = _credit(facts, rules, explain)
    credit, kept_override, lapsed = _kept_credit(facts, computed, override, explain)
    score, value = _value(facts, rules, today, explain)
    return Classes(
        rules_version=rules.version,
        scale=scale,
        industry=_industry(facts, explain),
        credit=credit,
        value=value,
        segment=_segment(score, credit.value, scale.value, rules, explain),  # type: ignore[arg-type]
        needs=_needs(facts, rules, explain),
        activity=_activity(facts, rules, today, explain),
        relationship=_relationship(facts, rules, today, explain),
        value_score=score,
        credit_computed=computed.value,  # type: ignore[arg-type]
        override=kept_override,
        override_lapsed=lapsed,
    )


def strategy_for(classes: Classes, rules: ClassificationRules) -> tuple[str, Strategy]:
    """The service strategy that applies: a dormant customer's reactivation first, else the
    segment's.  Returns the strategy's key (``dormant``, ``quality`` …) with it."""
    key = "dormant" if classes.activity.value is Activity.DORMANT else classes.segment.value.value
    return key, rules.strategy[key]


def credit_fingerprint(facts: CustomerFacts) -> str:
    """A short digest of exactly what the computed credit status reads; the order of the loans
    does not matter."""
    loans = sorted(
        (loan.classification.value if loan.classification else "", loan.overdue_days or 0)
        for loan in facts.loans or ()
    )
    text = repr((facts.loans is None, loans, facts.overdue_times, facts.longest_overdue_days))
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


# ----------------------------------------------------------------------------- dimensions


def band_class(bands: Bands, x: Decimal, members: Mapping[str, E]) -> E:
    """The class whose band holds `x`: a binary search over the bands' upper limits, which
    checked bands make contiguous (`check_rules`), so the band holding x is the one after
    every limit at or below it."""
    compiled = _COMPILED.get(id(bands))
    if compiled is None or compiled[0] is not bands:
        if len(_COMPILED) > 256:  # a rules screen trying many edits: start again
            _COMPILED.clear()
        codes = list(bands)
        limits = [bands[code].end for code in codes[:-1]]
        compiled = _COMPILED[id(bands)] = (bands, limits, codes)  # type: ignore[assignment]
    _, limits, codes = compiled
    return members[codes[bisect_right(limits, x)]]


def _scale(facts: CustomerFacts, rules: ClassificationRules, explain: bool) -> Verdict:
    measures: list[tuple[Scale, Bands, Text, Decimal, Text]] = []
    missing: list[Fact] = []
    notes: list[Message] = []
    if facts.land_mu is None:
        missing.append(Fact.LAND)
    else:
        land = facts.land_mu if facts.land_mu > 0 else _ZERO
        scale = band_class(rules.scale.land_mu, land, _SCALE)
        measures.append((scale, rules.scale.land_mu, LAND, land, MU))
    if facts.livestock is None:
        missing.append(Fact.LIVESTOCK)
    else:
        units = Decimal(0)
        for kind, heads in facts.livestock:
            per_unit = rules.scale.heads_per_unit.get(kind)
            if per_unit is None:
                if explain:
                    notes.append(UNCOUNTED_KIND(kind=kind, heads=heads))
            elif heads > 0:
                units += Decimal(heads) / per_unit
        scale = band_class(rules.scale.livestock_units, units, _SCALE)
        measures.append((scale, rules.scale.livestock_units, LIVESTOCK, units, UNITS))
    if facts.water_mu is None:
        missing.append(Fact.WATER)
    else:
        water = facts.water_mu if facts.water_mu > 0 else _ZERO
        scale = band_class(rules.scale.water_mu, water, _SCALE)
        measures.append((scale, rules.scale.water_mu, WATER, water, MU))
    if not measures:
        reasons: tuple[Message, ...] = ()
        if explain:
            facts_missing = listing([fact.label for fact in missing])
            reasons = (NOTHING_RECORDED(klass=Scale.SMALL.label, facts=facts_missing), *notes)
        return Verdict(Dimension.SCALE, Scale.SMALL, reasons, tuple(missing))
    result = max((measure[0] for measure in measures), key=_RANK.__getitem__)
    if not explain:
        return Verdict(Dimension.SCALE, result, (), tuple(missing))
    reasons = tuple(
        band_reason(result, bands, name, amount, unit)
        for scale, bands, name, amount, unit in measures
        if scale is result
    )
    return Verdict(Dimension.SCALE, result, (*reasons, *notes), tuple(missing))


def _industry(facts: CustomerFacts, explain: bool) -> Verdict:
    kinds = facts.production_kinds
    if kinds is None:
        reason = NOTHING_RECORDED(klass=Industry.UNRECORDED.label, facts=Fact.PRODUCTION.label)
        return Verdict(
            Dimension.INDUSTRY, Industry.UNRECORDED, _if(explain, reason), (Fact.PRODUCTION,)
        )
    if not kinds:
        reason = NO_PRODUCTION(klass=Industry.UNRECORDED.label)
        return Verdict(Dimension.INDUSTRY, Industry.UNRECORDED, _if(explain, reason))
    industry = INDUSTRY_OF_KIND[next(iter(kinds))] if len(kinds) == 1 else Industry.MIXED
    if not explain:
        return Verdict(Dimension.INDUSTRY, industry, ())
    names = listing([kind.label for kind in sorted(kinds, key=_RANK.__getitem__)])
    if industry is Industry.MIXED:
        reason = MIXED_INDUSTRY(klass=industry.label, count=len(kinds), kinds=names)
    else:
        reason = ONE_INDUSTRY(klass=industry.label, kinds=names)
    return Verdict(Dimension.INDUSTRY, industry, (reason,))


def _credit(facts: CustomerFacts, rules: ClassificationRules, explain: bool) -> Verdict:
    credit = rules.credit
    missing: list[Fact] = []
    if facts.loans is None and facts.overdue_times is None and facts.longest_overdue_days is None:
        status = _CREDIT[credit.when_unknown]
        return Verdict(
            Dimension.CREDIT,
            status,
            _if(explain, CREDIT_UNKNOWN(klass=status.label)),
            (Fact.LOANS, Fact.OVERDUE_HISTORY),
        )
    found: list[tuple[CreditStatus, Message | None]] = []
    if facts.loans is None:
        missing.append(Fact.LOANS)
    longest = facts.longest_overdue_days
    worst_category: LoanClassification | None = None
    for loan in facts.loans or ():
        if loan.classification is None:
            if Fact.LOAN_CLASSIFICATION not in missing:
                missing.append(Fact.LOAN_CLASSIFICATION)
        elif worst_category is None or _RANK[loan.classification] > _RANK[worst_category]:
            worst_category = loan.classification
        if loan.overdue_days is not None and (longest is None or loan.overdue_days > longest):
            longest = loan.overdue_days
    if worst_category is not None:
        status = _CREDIT[credit.classification[worst_category]]
        found.append(
            (status, explain and LOAN_CATEGORY(klass=status.label, category=worst_category.label))
        )
    if facts.overdue_times is None and facts.longest_overdue_days is None:
        missing.append(Fact.OVERDUE_HISTORY)
    if longest is not None:
        days = Decimal(longest) if longest > 0 else _ZERO
        status = band_class(credit.overdue_days, days, _CREDIT)
        found.append(
            (status, explain and band_reason(status, credit.overdue_days, OVERDUE_DAYS, days, DAYS))
        )
    if facts.overdue_times is not None:
        times = Decimal(facts.overdue_times) if facts.overdue_times > 0 else _ZERO
        status = band_class(credit.overdue_times, times, _CREDIT)
        found.append(
            (
                status,
                explain and band_reason(status, credit.overdue_times, OVERDUE_TIMES, times, TIMES),
            )
        )
    if not found:
        reason = CLEAN_RECORD(klass=CreditStatus.GOOD.label)
        return Verdict(Dimension.CREDIT, CreditStatus.GOOD, _if(explain, reason), tuple(missing))
    worst = min((status for status, _ in found), key=_RANK.__getitem__)
    reasons = tuple(reason for status, reason in found if status is worst and reason)
    return Verdict(Dimension.CREDIT, worst, reasons, tuple(missing))


def _kept_credit(
    facts: CustomerFacts, computed: Verdict, override: CreditOverride | None, explain: bool
) -> tuple[Verdict, CreditOverride | None, bool]:
    if override is None:
        return computed, None, False
    fingerprint = credit_fingerprint(facts)
    if not explain:
        held = override.fingerprint == fingerprint
        status = override.status if held else computed.value
        verdict = Verdict(computed.dimension, status, (), computed.missing)
        return verdict, override if held else None, not held
    if override.fingerprint != fingerprint:
        lapsed = OVERRIDE_LAPSED(kept=override.status.label, reason=override.reason)
        return (
            Verdict(
                computed.dimension, computed.value, (*computed.reasons, lapsed), computed.missing
            ),
            None,
            True,
        )
    held = OVERRIDE_HOLDS(
        klass=override.status.label, reason=override.reason, computed=computed.value.label
    )
    return (
        Verdict(computed.dimension, override.status, (held, *computed.reasons), computed.missing),
        override,
        False,
    )


@lru_cache(maxsize=64)
def _months_before(today: dt.date, months: int) -> dt.date:
    return add_months(today, -months)


def completed_years(since: dt.date, today: dt.date) -> int:
    """Whole years from `since` to `today` (0 for a date in the future)."""
    years = today.year - since.year - ((today.month, today.day) < (since.month, since.day))
    return max(years, 0)


def _value(
    facts: CustomerFacts, rules: ClassificationRules, today: dt.date, explain: bool
) -> tuple[Decimal, Verdict]:
    value = rules.value
    figures: dict[str, Decimal | None] = dict.fromkeys(VALUE_PARTS)
    missing: list[Fact] = []
    loan_total: Decimal | None = None
    if facts.loans is None:
        missing.append(Fact.LOANS)
    else:
        loan_total = Decimal(0)
        for loan in facts.loans:
            if loan.balance is None:
                if Fact.LOAN_BALANCE not in missing:
                    missing.append(Fact.LOAN_BALANCE)
            else:
                loan_total += loan.balance
        figures["loan_balance"] = loan_total
    deposits = facts.deposit_average if facts.deposit_average is not None else facts.deposit_balance
    if deposits is None:
        missing.append(Fact.DEPOSITS)
    figures["deposits"] = deposits
    if facts.products is None:
        missing.append(Fact.PRODUCTS)
    else:
        held = {product.code for product in facts.products}
        figures["products"] = Decimal(len(held.intersection(value.counted_products)))
    if facts.cooperation_since is None:
        missing.append(Fact.COOPERATION)
    else:
        figures["years"] = Decimal(completed_years(facts.cooperation_since, today))
    before = _sum_known(facts.previous_loan_balance, facts.previous_deposit_balance)
    now = _sum_known(loan_total, facts.deposit_balance) if before else None
    if before is None or before <= 0 or now is None:
        missing.append(Fact.GROWTH)
    else:
        figures["growth"] = (now - before) / before * _HUNDRED
    full = value.full_points
    points: dict[str, Decimal] = {}
    for part in VALUE_PARTS:
        amount = figures[part]
        if amount is None or amount <= 0:
            points[part] = _ZERO
        elif amount >= value.caps[part]:
            points[part] = full[part]
        else:
            points[part] = full[part] * amount / value.caps[part]
    score = sum(points.values(), _ZERO).quantize(_TENTH, ROUND_HALF_UP)
    tier = band_class(value.tiers, score, _TIER)
    if not explain:
        return score, Verdict(Dimension.VALUE, tier, (), tuple(missing))
    reasons: list[Message] = [band_reason(tier, value.tiers, VALUE_SCORE, score, POINTS)]
    for part in VALUE_PARTS:
        amount = figures[part]
        if amount is None:
            reasons.append(VALUE_PART_MISSING(part=PART_NAMES[part], weight=Figure(full[part])))
        else:
            reasons.append(
                VALUE_PART(
                    part=PART_NAMES[part],
                    amount=Figure(amount),
                    points=Figure(points[part].quantize(_TENTH, ROUND_HALF_UP)),
                    weight=Figure(full[part]),
                )
            )
    return score, Verdict(Dimension.VALUE, tier, tuple(reasons), tuple(missing))


def _sum_known(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else a + b


def _segment(
    score: Decimal, credit: CreditStatus, scale: Scale, rules: ClassificationRules, explain: bool
) -> Verdict:
    quality, potential = rules.segment.quality, rules.segment.potential
    is_quality = (
        score >= quality.min_value_score
        and credit.value in quality.credit
        and _RANK[scale] >= _RANK[_SCALE[quality.min_scale]]
    )
    big_enough = _RANK[scale] >= _RANK[_SCALE[potential.min_scale]]
    if not explain:
        if is_quality:
            segment = Segment.QUALITY
        elif credit.value in potential.credit and (
            score >= potential.min_value_score or big_enough
        ):
            segment = Segment.POTENTIAL
        else:
            segment = Segment.ORDINARY
        return Verdict(Dimension.SEGMENT, segment, ())
    shown = Figure(score)
    if is_quality:
        reason = QUALITY(
            klass=Segment.QUALITY.label,
            score=shown,
            min=Figure(quality.min_value_score),
            credit=credit.label,
            scale=scale.label,
        )
        return Verdict(Dimension.SEGMENT, Segment.QUALITY, (reason,))
    if credit.value in potential.credit and score >= potential.min_value_score:
        reason = POTENTIAL_BY_SCORE(
            klass=Segment.POTENTIAL.label,
            score=shown,
            min=Figure(potential.min_value_score),
            credit=credit.label,
        )
        return Verdict(Dimension.SEGMENT, Segment.POTENTIAL, (reason,))
    if credit.value in potential.credit and big_enough:
        reason = POTENTIAL_BY_SCALE(
            klass=Segment.POTENTIAL.label,
            scale=scale.label,
            min_scale=_SCALE[potential.min_scale].label,
            credit=credit.label,
        )
        return Verdict(Dimension.SEGMENT, Segment.POTENTIAL, (reason,))
    if credit.value not in potential.credit:
        allowed = listing([_CREDIT[code].label for code in potential.credit])
        reason = ORDINARY_BY_CREDIT(
            klass=Segment.ORDINARY.label, credit=credit.label, allowed=allowed
        )
    else:
        reason = ORDINARY_BY_SCORE(
            klass=Segment.ORDINARY.label,
            score=shown,
            min=Figure(potential.min_value_score),
            scale=scale.label,
            min_scale=_SCALE[potential.min_scale].label,
        )
    return Verdict(Dimension.SEGMENT, Segment.ORDINARY, (reason,))


def _needs(facts: CustomerFacts, rules: ClassificationRules, explain: bool) -> Verdict:
    if facts.needs is None:
        reason = NOTHING_RECORDED(klass=NeedsType.UNRECORDED.label, facts=Fact.NEEDS.label)
        return Verdict(Dimension.NEEDS, NeedsType.UNRECORDED, _if(explain, reason), (Fact.NEEDS,))
    if not facts.needs:
        reason = NO_NEEDS(klass=NeedsType.UNRECORDED.label)
        return Verdict(Dimension.NEEDS, NeedsType.UNRECORDED, _if(explain, reason))
    codes = {need.value for need in facts.needs}
    product = not codes.isdisjoint(rules.needs.product)
    service = not codes.isdisjoint(rules.needs.service)
    kind = (
        NeedsType.COMPREHENSIVE
        if product and service
        else NeedsType.PRODUCT
        if product
        else NeedsType.SERVICE
    )
    if not explain:
        return Verdict(Dimension.NEEDS, kind, ())
    needs = listing([need.label for need in sorted(facts.needs, key=_RANK.__getitem__)])
    return Verdict(Dimension.NEEDS, kind, (NEEDS_ARE(klass=kind.label, needs=needs),))


def _activity(
    facts: CustomerFacts, rules: ClassificationRules, today: dt.date, explain: bool
) -> Verdict:
    contacts = [
        (day, what)
        for day, what in (
            (facts.last_visit, VISIT),
            (facts.last_care, CARE),
            (facts.last_loan_change, LOAN_CHANGE),
            (facts.last_product_change, PRODUCT_CHANGE),
        )
        if day is not None
    ]
    months = rules.activity.months
    if not contacts:
        reason = NO_CONTACT(klass=Activity.DORMANT.label)
        return Verdict(Dimension.ACTIVITY, Activity.DORMANT, _if(explain, reason), (Fact.CONTACTS,))
    last, what = max(contacts, key=lambda contact: contact[0])
    active = last >= _months_before(today, months)
    if not explain:
        return Verdict(Dimension.ACTIVITY, Activity.ACTIVE if active else Activity.DORMANT, ())
    if active:
        reason = CONTACT_WITHIN(
            klass=Activity.ACTIVE.label, date=last.isoformat(), what=what, months=months
        )
        return Verdict(Dimension.ACTIVITY, Activity.ACTIVE, (reason,))
    reason = CONTACT_BEFORE(
        klass=Activity.DORMANT.label, date=last.isoformat(), what=what, months=months
    )
    return Verdict(Dimension.ACTIVITY, Activity.DORMANT, (reason,))


def _relationship(
    facts: CustomerFacts, rules: ClassificationRules, today: dt.date, explain: bool
) -> Verdict:
    bands = rules.relationship.years
    if facts.cooperation_since is None:
        lowest = _RELATIONSHIP[next(iter(bands))]
        reasons = _if(explain, NO_START(klass=lowest.label))
        return Verdict(Dimension.RELATIONSHIP, lowest, reasons, (Fact.COOPERATION,))
    years = Decimal(completed_years(facts.cooperation_since, today))
    klass = band_class(bands, years, _RELATIONSHIP)
    if not explain:
        return Verdict(Dimension.RELATIONSHIP, klass, ())
    reason = band_reason(klass, bands, COOPERATION, years, YEARS)
    return Verdict(Dimension.RELATIONSHIP, klass, (reason,))


def _if(explain: bool, reason: Message) -> tuple[Message, ...]:
    """The reason of a verdict whose wording costs next to nothing; dropped when not
    explaining, so both calls give the same classes."""
    return (reason,) if explain else ()
