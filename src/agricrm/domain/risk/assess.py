"""Assess one customer's risk by a rules document: the level and every firing signal's reason.

`assess` is a pure function of the facts, the rules and today's date, so the storage layer can
run it for 100,000 customers after a rules change (``explain=False`` builds no words), or inside
the transaction that changed one customer's loans.

Decisions a successor needs:

* **One firing per signal**, naming the worst case (the loan longest overdue, the worst
  downgrade, the loan due soonest, the worst guarantor); a risk noticed on a visit fires once per
  kind (a flood and a price collapse are two risks), each with its own weight.
* **Rank**: each firing carries how bad it is within its signal (the overdue band's index, the
  category a loan fell to, the guarantor's level); `worsened` compares them, so a loan moving
  from 30 to 90 days overdue raises the warning again even when the level was already high.
* **Windows**: "the last M months" is from the day M months before today (`add_months`, kept at
  the month's end), that day included, to today; a complaint or visit dated after today (a
  clock set wrong on another laptop) is not counted.
* **Missing facts**: a signal that cannot read its facts does not fire, and the fact is named in
  `Assessment.missing` ("not recorded: income of this year and last year"), never a silent
  "all clear".  A weight of 0 turns a signal off: it is not read, so its facts are not missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from agricrm.domain.cadence import add_months
from agricrm.domain.classification.wording import Figure, listing
from agricrm.domain.enums import LoanClassification
from agricrm.domain.risk import wording as w
from agricrm.domain.risk.facts import CATEGORY_RANK, Level, RiskFact, RiskFacts, RiskLoan
from agricrm.domain.risk.rules import Fall, RiskRules, Signal
from agricrm.i18n import Message

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Firing:
    """One signal that fired: its `weight` (points), `kind` (the risk noticed, else ""),
    `rank` (how bad within the signal) and `reason` (None when assessed without words)."""

    signal: Signal
    weight: int
    rank: int = 0
    kind: str = ""
    reason: Message | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    rules_version: int
    level: Level
    score: int
    firings: tuple[Firing, ...]  # in the rules' order of signals
    missing: tuple[RiskFact, ...]
    level_reason: Message | None = None

    @property
    def raised(self) -> bool:
        """Whether there is anything to warn about: at least one signal fired."""
        return bool(self.firings)

    def explanation(self) -> tuple[Message, ...]:
        """The level, every reason, then what was not recorded, as the warnings list and the
        customer file print them (empty when assessed without words)."""
        if self.level_reason is None:
            return ()
        reasons = tuple(firing.reason for firing in self.firings if firing.reason is not None)
        if not self.missing:
            return (self.level_reason, *reasons)
        facts = listing([fact.label for fact in self.missing])
        return (self.level_reason, *reasons, w.NOT_RECORDED(facts=facts))


def assess(facts: RiskFacts, rules: RiskRules, today: dt.date, explain: bool = True) -> Assessment:
    firings: list[Firing] = []
    missing: list[RiskFact] = []
    run = _Run(facts, rules, today, explain, firings, missing)
    run.overdue()
    run.downgraded()
    run.due_unchecked()
    run.complaints()
    run.no_visit()
    run.noticed()
    run.fall(Signal.INCOME_FALL, rules.income_fall, facts.previous_income, facts.income)
    run.fall(Signal.SCORE_FALL, rules.score_fall, facts.previous_score, facts.score)
    run.debt_income()
    run.debt_land()
    run.guarantor()
    score = sum(firing.weight for firing in firings)
    level = rules.levels.of(score)
    reason = (
        w.LEVEL(level=level.label, score=score, medium=rules.levels.medium, high=rules.levels.high)
        if explain
        else None
    )
    return Assessment(
        rules.version, level, score, tuple(firings), tuple(dict.fromkeys(missing)), reason
    )


def worsened(old: Assessment | None, new: Assessment) -> bool:
    """Whether a warning is raised again: the level rose, or a signal fired that had not, or
    fired worse than before (a higher rank: a later overdue band, a worse category, a worse
    guarantor).  A first assessment that fires is raised; one that fires nothing never is."""
    if not new.raised:
        return False
    if old is None or new.level.rank > old.level.rank:
        return True
    before: dict[tuple[Signal, str], int] = {}
    for firing in old.firings:
        key = (firing.signal, firing.kind)
        before[key] = max(before.get(key, -1), firing.rank)
    return any(firing.rank > before.get((firing.signal, firing.kind), -1) for firing in new.firings)


class _Run:
    """One assessment's state: the facts, the rules and what fired so far."""

    def __init__(
        self,
        facts: RiskFacts,
        rules: RiskRules,
        today: dt.date,
        explain: bool,
        firings: list[Firing],
        missing: list[RiskFact],
    ) -> None:
        self.facts, self.rules, self.today, self.explain = facts, rules, today, explain
        self.firings, self.missing = firings, missing

    def fire(self, signal: Signal, weight: int, reason: Message | None, rank: int = 0) -> None:
        self.firings.append(Firing(signal, weight, rank, "", reason if self.explain else None))

    def loans(self) -> tuple[RiskLoan, ...]:
        """The loans, or none with the fact named missing."""
        if self.facts.loans is None:
            self.missing.append(RiskFact.LOANS)
            return ()
        return self.facts.loans

    def overdue(self) -> None:
        bands = self.rules.overdue.bands
        if not any(band.weight for band in bands):
            return
        days = max((loan.overdue_days or 0 for loan in self.loans()), default=0)
        index = next((i for i in reversed(range(len(bands))) if days >= bands[i].from_days), None)
        if index is None or not bands[index].weight:
            return
        band = bands[index]
        self.fire(
            Signal.OVERDUE,
            band.weight,
            w.OVERDUE(days=days, threshold=band.from_days, weight=band.weight)
            if self.explain
            else None,
            index,
        )

    def downgraded(self) -> None:
        rule = self.rules.downgraded
        if not rule.weight:
            return
        floor = CATEGORY_RANK[rule.at_least]
        worst: tuple[LoanClassification, LoanClassification] | None = None
        for loan in self.loans():
            before, after = loan.previous, loan.classification
            if before is None or after is None:
                continue
            rank = CATEGORY_RANK[after]
            if (
                rank > CATEGORY_RANK[before]
                and rank >= floor
                and (worst is None or rank > CATEGORY_RANK[worst[1]])
            ):
                worst = (before, after)
        if worst is None:
            return
        self.fire(
            Signal.DOWNGRADED,
            rule.weight,
            w.DOWNGRADED(before=worst[0].label, after=worst[1].label, weight=rule.weight)
            if self.explain
            else None,
            CATEGORY_RANK[worst[1]],
        )

    def due_unchecked(self) -> None:
        rule = self.rules.due_unchecked
        if not rule.weight:
            return
        checked_since = self.today - dt.timedelta(days=rule.checked_within_days)
        soonest: dt.date | None = None
        for loan in self.loans():
            due = loan.due_on
            if due is None or not 0 <= (due - self.today).days <= rule.within_days:
                continue
            if loan.last_check is not None and checked_since <= loan.last_check <= self.today:
                continue
            if soonest is None or due < soonest:
                soonest = due
        if soonest is None:
            return
        self.fire(
            Signal.DUE_UNCHECKED,
            rule.weight,
            w.DUE_UNCHECKED(
                due=soonest.isoformat(),
                days=(soonest - self.today).days,
                within=rule.within_days,
                checked=rule.checked_within_days,
                weight=rule.weight,
            )
            if self.explain
            else None,
        )

    def since(self, months: int) -> dt.date:
        return add_months(self.today, -months)

    def complaints(self) -> None:
        rule = self.rules.complaints
        if not rule.weight:
            return
        if self.facts.complaints is None:
            self.missing.append(RiskFact.COMPLAINTS)
            return
        start = self.since(rule.months)
        count = sum(1 for day in self.facts.complaints if start <= day <= self.today)
        if count < rule.count:
            return
        self.fire(
            Signal.COMPLAINTS,
            rule.weight,
            w.COMPLAINTS(count=count, months=rule.months, threshold=rule.count, weight=rule.weight)
            if self.explain
            else None,
        )

    def no_visit(self) -> None:
        rule = self.rules.no_visit
        if not rule.weight:
            return
        due = self.facts.visit_due_on
        if due is None:
            self.missing.append(RiskFact.VISIT_DUE)
            return
        late = (self.today - due).days
        if late < rule.days_past_due:
            return
        self.fire(
            Signal.NO_VISIT,
            rule.weight,
            w.NO_VISIT(
                due=due.isoformat(), days=late, threshold=rule.days_past_due, weight=rule.weight
            )
            if self.explain
            else None,
        )

    def noticed(self) -> None:
        rule = self.rules.noticed
        if not any(weight for _, weight in rule.weights):
            return
        if self.facts.noticed is None:
            self.missing.append(RiskFact.NOTICED)
            return
        start = self.since(rule.months)
        latest: dict[str, dt.date] = {}
        for day, kind in self.facts.noticed:
            if start <= day <= self.today and day > latest.get(kind, dt.date.min):
                latest[kind] = day
        for kind, weight in rule.weights:
            day = latest.get(kind)
            if day is None or not weight:
                continue
            reason = (
                w.NOTICED(kind=kind.label, date=day.isoformat(), weight=weight)
                if self.explain
                else None
            )
            self.firings.append(Firing(Signal.NOTICED, weight, 0, kind.value, reason))

    def fall(
        self, signal: Signal, rule: Fall, before: Decimal | None, after: Decimal | None
    ) -> None:
        """A fall of `rule.percent` % or more on last year; no base (last year 0 or below)
        cannot fall by a percentage, so it does not fire."""
        if not rule.weight:
            return
        if before is None or after is None:
            self.missing.append(RiskFact.INCOME if signal is Signal.INCOME_FALL else RiskFact.SCORE)
            return
        if before <= 0:
            return
        percent = (before - after) * _HUNDRED / before
        if percent < rule.percent:
            return
        template = w.INCOME_FALL if signal is Signal.INCOME_FALL else w.SCORE_FALL
        self.fire(
            signal,
            rule.weight,
            template(
                percent=Figure(percent),
                before=Figure(before),
                after=Figure(after),
                threshold=Figure(rule.percent),
                weight=rule.weight,
            )
            if self.explain
            else None,
        )

    def debt(self) -> Decimal | None:
        """The outstanding balance of every loan (a balance not recorded counts 0)."""
        if self.facts.loans is None:
            self.missing.append(RiskFact.LOANS)
            return None
        return sum((loan.balance or Decimal(0) for loan in self.facts.loans), Decimal(0))

    def debt_income(self) -> None:
        rule = self.rules.debt_income
        if not rule.weight:
            return
        debt = self.debt()
        income = self.facts.income
        if income is None:
            self.missing.append(RiskFact.INCOME)
        if debt is None or income is None or debt <= 0:
            return
        if income <= 0:
            reason = w.DEBT_NO_INCOME(debt=Figure(debt), weight=rule.weight)
        else:
            ratio = debt / income
            if ratio < rule.ratio:
                return
            reason = w.DEBT_INCOME(
                debt=Figure(debt),
                ratio=Figure(ratio),
                income=Figure(income),
                threshold=Figure(rule.ratio),
                weight=rule.weight,
            )
        self.fire(Signal.DEBT_INCOME, rule.weight, reason if self.explain else None)

    def debt_land(self) -> None:
        rule = self.rules.debt_land
        if not rule.weight:
            return
        debt = self.debt()
        land = self.facts.land_mu
        if land is None:
            self.missing.append(RiskFact.LAND)
        if debt is None or land is None or debt <= 0:
            return
        if land <= 0:
            reason = w.DEBT_NO_LAND(debt=Figure(debt), weight=rule.weight)
        else:
            per_mu = debt / land
            if per_mu < rule.yuan_per_mu:
                return
            reason = w.DEBT_LAND(
                debt=Figure(debt),
                per_mu=Figure(per_mu),
                land=Figure(land),
                threshold=Figure(rule.yuan_per_mu),
                weight=rule.weight,
            )
        self.fire(Signal.DEBT_LAND, rule.weight, reason if self.explain else None)

    def guarantor(self) -> None:
        rule = self.rules.guarantor
        if not rule.weight:
            return
        if self.facts.guarantors is None:
            self.missing.append(RiskFact.GUARANTORS)
            return
        worst: tuple[str, Level] | None = None
        for guarantor in self.facts.guarantors:
            level = guarantor.level
            if level is None or level.rank < rule.level.rank:
                continue
            if worst is None or level.rank > worst[1].rank:
                worst = (guarantor.name, level)
        if worst is None:
            return
        self.fire(
            Signal.GUARANTOR,
            rule.weight,
            w.GUARANTOR(
                name=worst[0],
                level=worst[1].label,
                threshold=rule.level.label,
                weight=rule.weight,
            )
            if self.explain
            else None,
            worst[1].rank,
        )
