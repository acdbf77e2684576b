"""What a classification gives: each dimension's verdict and a customer's classes.

Plain frozen data, so the storage layer can keep the codes in a table of classes, the
summary panel can render the reasons, and `effect` can compare two sets of classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from agricrm.domain.classification.facts import CreditStatus, Dimension, Fact
from agricrm.domain.classification.wording import MISSING_FACTS, listing
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import Message


@dataclass(frozen=True, slots=True)
class Verdict:
    """One dimension's class, why (`reasons`, the deciding one first) and which facts it could
    not read (`missing`)."""

    dimension: Dimension
    value: LabeledEnum
    reasons: tuple[Message, ...]
    missing: tuple[Fact, ...] = ()

    def explanation(self) -> tuple[Message, ...]:
        """The reasons, then what was not recorded ("Not recorded: deposits, products held"),
        as the summary panel and the profile sheet print them."""
        if not self.missing:
            return self.reasons
        facts = listing([fact.label for fact in self.missing])
        return (*self.reasons, MISSING_FACTS(facts=facts))


@dataclass(frozen=True, slots=True)
class CreditOverride:
    """The officer's credit status, why, and the fingerprint of the credit facts it was set on
    (`credit_fingerprint` of the facts at that moment)."""

    status: CreditStatus
    reason: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Classes:
    """A customer's classes under one version of the rules."""

    rules_version: int
    scale: Verdict
    industry: Verdict
    credit: Verdict  # the kept status: the override while it holds, else the computed one
    value: Verdict
    segment: Verdict
    needs: Verdict
    activity: Verdict
    relationship: Verdict
    value_score: Decimal
    credit_computed: CreditStatus
    override: CreditOverride | None  # the override that holds, if any
    override_lapsed: bool  # an override was given and its facts have changed since

    def verdicts(self) -> tuple[Verdict, ...]:
        return (
            self.scale,
            self.industry,
            self.credit,
            self.value,
            self.segment,
            self.needs,
            self.activity,
            self.relationship,
        )

    def codes(self) -> dict[Dimension, str]:
        """Each dimension's class code: what a table of classes stores and compares."""
        return {verdict.dimension: verdict.value.value for verdict in self.verdicts()}
