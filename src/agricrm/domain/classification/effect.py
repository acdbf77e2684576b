"""The effect of a rules change: which customers change class, and the counts before and after.

A manager editing the rules sees, before saving, "412 customers change: 优质 1,203 → 1,315 …"
with a list to open.  The storage layer classifies every customer under the old and the new
rules (or reads the old classes from its table) and hands both here, keyed by whatever
identifies a customer; these helpers only compare.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from agricrm.domain.classification.facts import CLASSES_OF, Dimension
from agricrm.domain.classification.results import Classes
from agricrm.i18n import QT_TRANSLATE_NOOP, Message

CUSTOMERS_CHANGE = QT_TRANSLATE_NOOP("ClassificationEffect", "{count} customers change class")
COUNT_MOVES = QT_TRANSLATE_NOOP("ClassificationEffect", "{dimension} {klass}: {before} → {after}")


@dataclass(frozen=True, slots=True)
class Change:
    """One dimension of one customer moving from one class to another."""

    dimension: Dimension
    before: str
    after: str


def changes(old: Classes, new: Classes) -> tuple[Change, ...]:
    """The dimensions whose class differs, in the order of `Dimension`."""
    before, after = old.codes(), new.codes()
    return tuple(
        Change(dimension, before[dimension], after[dimension])
        for dimension in Dimension
        if before[dimension] != after[dimension]
    )


@dataclass(frozen=True)
class Effect:
    """What a rules change does to a set of customers.

    `changed` maps each customer who changes in any dimension to their changes; `counts`
    holds, per dimension and class code, the number of customers before and after.  Customers
    present on one side only (added or removed meanwhile) count on that side only."""

    changed: Mapping[Hashable, tuple[Change, ...]]
    counts: Mapping[Dimension, Mapping[str, tuple[int, int]]]

    def moved(self, dimension: Dimension) -> dict[str, tuple[int, int]]:
        """The classes of `dimension` whose count changes, in the class enum's order."""
        return {
            code: counts
            for code, counts in self.counts[dimension].items()
            if counts[0] != counts[1]
        }

    def summary(self) -> tuple[Message, ...]:
        """The lines a rules screen shows: how many customers change, then every class whose
        count moves ("Segment Quality customer: 1203 → 1315")."""
        lines = [CUSTOMERS_CHANGE(count=len(self.changed))]
        for dimension in Dimension:
            members = {member.value: member for member in CLASSES_OF[dimension]}
            for code, (before, after) in self.moved(dimension).items():
                lines.append(
                    COUNT_MOVES(
                        dimension=dimension.label,
                        klass=members[code].label,
                        before=f"{before:,}",
                        after=f"{after:,}",
                    )
                )
        return tuple(lines)


def class_counts(classes: Mapping[Hashable, Classes]) -> dict[Dimension, dict[str, int]]:
    """How many customers are in each class of each dimension (every class listed, 0 too)."""
    return _counts({key: one.codes() for key, one in classes.items()})


def _counts(codes: Mapping[Hashable, Mapping[Dimension, str]]) -> dict[Dimension, dict[str, int]]:
    counts = {
        dimension: dict.fromkeys((member.value for member in CLASSES_OF[dimension]), 0)
        for dimension in Dimension
    }
    for one in codes.values():
        for dimension, code in one.items():
            counts[dimension][code] += 1
    return counts


def compare(old: Mapping[Hashable, Classes], new: Mapping[Hashable, Classes]) -> Effect:
    """The effect of going from the `old` classes to the `new`, customer by customer."""
    return compare_codes(
        {key: one.codes() for key, one in old.items()},
        {key: one.codes() for key, one in new.items()},
    )


def compare_codes(
    old: Mapping[Hashable, Mapping[Dimension, str]], new: Mapping[Hashable, Mapping[Dimension, str]]
) -> Effect:
    """`compare` over class codes, as a table of classes stores them: a preview reads the
    current classes from the table instead of classifying everyone twice."""
    changed = {
        key: moves
        for key, codes in new.items()
        if key in old
        and (
            moves := tuple(
                Change(dimension, old[key][dimension], codes[dimension])
                for dimension in Dimension
                if old[key][dimension] != codes[dimension]
            )
        )
    }
    before, after = _counts(old), _counts(new)
    counts = {
        dimension: {
            code: (before[dimension][code], after[dimension][code]) for code in before[dimension]
        }
        for dimension in Dimension
    }
    return Effect(changed, counts)


def compare_rows(
    old: Mapping[Hashable, Sequence[str]], new: Mapping[Hashable, Sequence[str]]
) -> Effect:
    """`compare_codes` over rows of codes in the order of `Dimension` (as the table of classes
    and `codes.class_codes` give them): the same effect without a dictionary per customer,
    for a preview over a whole branch."""
    dimensions = tuple(Dimension)
    changed = {
        key: tuple(
            Change(dimension, was, now)
            for dimension, was, now in zip(dimensions, before, codes, strict=True)
            if was != now
        )
        for key, codes in new.items()
        if (before := old.get(key)) is not None and tuple(before) != tuple(codes)
    }
    counts = {}
    for at, dimension in enumerate(dimensions):
        before_counts = Counter(row[at] for row in old.values())
        after_counts = Counter(row[at] for row in new.values())
        counts[dimension] = {
            member.value: (before_counts[member.value], after_counts[member.value])
            for member in CLASSES_OF[dimension]
        }
    return Effect(changed, counts)
