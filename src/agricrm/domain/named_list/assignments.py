"""Who maintains whom: the named list's assignments and their history, as pure functions.

What the storage will keep, one row per `Assignment`: a customer, their maintainer, when and by
whom they were assigned and why, whether the customer was eligible then, and — once it is over
— when, by whom and why it ended.  A customer's *history* is their assignments oldest first;
a listed customer has exactly one current assignment (the last, not ended), a customer taken
off the list none.  Reassignment ends the current assignment on the day the new one begins, so
nothing is overwritten and the history answers "who maintained this customer on 1 March".

Every decision here returns new histories or raises `ValidationFailed` with *every* problem at
once, each a `FieldError` (``maintainer``, ``reason``, ``customers[3]``); a bulk assignment is
one decision, so one problem refuses all of it and nothing is half-applied.  Who may decide
(managers) is the services' check, not this module's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from agricrm.domain.classification.wording import Listing
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.named_list.decisions import Decision
from agricrm.domain.named_list.rules import NamedListRules
from agricrm.i18n import QT_TRANSLATE_NOOP

K = TypeVar("K", bound=Hashable)
"""A customer's key."""
S = TypeVar("S", bound=Hashable)
"""A member of staff's key."""

REASON_MAX = 500

MAINTAINER_LEFT = QT_TRANSLATE_NOOP(
    "NamedList", "{name} left the branch on {date}: choose a maintainer who is still here."
)
MAINTAINER_NO_POST = QT_TRANSLATE_NOOP(
    "NamedList", "{name} holds no post: give them a post before entrusting customers to them."
)
MAINTAINER_UNKNOWN_POST = QT_TRANSLATE_NOOP(
    "NamedList",
    '{name}\'s post "{post}" is not in the named-list rules: add it to the rules or change '
    "their post.",
)
NEEDS_REASON = QT_TRANSLATE_NOOP(
    "NamedList",
    "{customer} is not eligible for the named list ({why}): give a reason to list them anyway.",
)
REASONS_SEPARATOR = QT_TRANSLATE_NOOP("NamedList", "; ")
REASON_TOO_LONG = QT_TRANSLATE_NOOP("NamedList", "A reason has at most {max} characters.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("NamedList", "Give a reason.")
ALREADY_MAINTAINER = QT_TRANSLATE_NOOP("NamedList", "{name} already maintains {customer}.")
BEFORE_CURRENT = QT_TRANSLATE_NOOP(
    "NamedList",
    "{customer} was assigned on {date}: a change must be dated on or after that day.",
)
NOT_LISTED = QT_TRANSLATE_NOOP("NamedList", "{customer} is not on the named list.")
CUSTOMER_TWICE = QT_TRANSLATE_NOOP("NamedList", "{customer} is chosen twice.")
NO_CUSTOMERS = QT_TRANSLATE_NOOP("NamedList", "Choose at least one customer.")
BROKEN_HISTORY = QT_TRANSLATE_NOOP(
    "NamedList",
    "{customer}'s assignments contradict each other (two maintainers at once, or overlapping "
    "dates): resolve that first.",
)
OTHER_CUSTOMER = QT_TRANSLATE_NOOP(
    "NamedList", "This assignment belongs to another customer's history."
)
OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "NamedList", "This assignment begins before the one before it ended."
)
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("NamedList", "This assignment ends before it began.")
TWO_CURRENT = QT_TRANSLATE_NOOP(
    "NamedList", "A later assignment follows, so this one must have ended: two maintainers at once."
)


@dataclass(frozen=True, slots=True)
class Maintainer(Generic[S]):
    """A member of staff as an assignment sees them: their post (None: none given) and the
    day they left the branch (None: still here)."""

    key: S
    name: str
    post: str | None
    left_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Assignment(Generic[K, S]):
    customer: K
    maintainer: S
    assigned_on: dt.date
    assigned_by: S
    reason: str
    eligible: bool  # whether the customer was eligible when assigned: the review's baseline
    ended_on: dt.date | None = None
    ended_by: S | None = None
    end_reason: str = ""

    @property
    def current(self) -> bool:
        return self.ended_on is None


History = tuple[Assignment[K, S], ...]
"""One customer's assignments, oldest first."""


@dataclass(frozen=True, slots=True)
class Candidate(Generic[K]):
    """A customer to assign: their key, how the words name them (file number and name), and
    today's eligibility decision."""

    customer: K
    label: str
    decision: Decision


@dataclass(frozen=True)
class BulkAssignment(Generic[K, S]):
    """What a bulk assignment decided: the new histories of the customers it changed, and who
    was newly listed, who changed maintainer and who already had this maintainer (left as they
    were, and said so)."""

    histories: Mapping[K, History[K, S]]
    listed: tuple[K, ...]
    reassigned: tuple[K, ...]
    unchanged: tuple[K, ...]


def check_history(history: Sequence[Assignment[K, S]]) -> list[FieldError]:
    """Every contradiction in one customer's history, named ``history[i]``: assignments of
    another customer, one beginning before the previous one ended, one ending before it began,
    and more than one current maintainer (an assignment that is not the last must have
    ended) — what two devices changing the same assignment can produce."""
    errors: list[FieldError] = []
    for index, entry in enumerate(history):
        path = f"history[{index}]"
        if entry.customer != history[0].customer:
            errors.append(FieldError(path, OTHER_CUSTOMER))
        if entry.ended_on is not None and entry.ended_on < entry.assigned_on:
            errors.append(FieldError(f"{path}.ended_on", ENDS_BEFORE_START))
        if index + 1 < len(history):
            following = history[index + 1]
            if entry.ended_on is None:
                errors.append(FieldError(f"{path}.ended_on", TWO_CURRENT))
            elif following.assigned_on < entry.ended_on:
                errors.append(FieldError(f"history[{index + 1}].assigned_on", OUT_OF_ORDER))
    return errors


def current(history: Sequence[Assignment[K, S]]) -> Assignment[K, S] | None:
    """The customer's one current assignment, None when they are not listed.  Raises
    `ValidationFailed` on a history with contradictions (`check_history`), rather than pick
    one of two maintainers."""
    errors = check_history(history)
    if errors:
        raise ValidationFailed(errors)
    return history[-1] if history and history[-1].current else None


def assign(
    history: History[K, S],
    candidate: Candidate[K],
    maintainer: Maintainer[S],
    on: dt.date,
    by: S,
    reason: str,
    rules: NamedListRules,
) -> History[K, S]:
    """One customer listed with `maintainer`, or moved to them (the previous assignment ends
    on `on` with the same reason).  Refused when the maintainer has left or has no post of
    the rules, when an ineligible customer comes without a reason, when `on` is before the
    current assignment began, and when `maintainer` already maintains the customer."""
    result = assign_many(
        {candidate.customer: history}, [candidate], maintainer, on, by, reason, rules
    )
    if result.unchanged:
        raise ValidationFailed(
            [
                FieldError(
                    "maintainer",
                    ALREADY_MAINTAINER(name=maintainer.name, customer=candidate.label),
                )
            ]
        )
    return result.histories[candidate.customer]


def assign_many(
    histories: Mapping[K, History[K, S]],
    candidates: Sequence[Candidate[K]],
    maintainer: Maintainer[S],
    on: dt.date,
    by: S,
    reason: str,
    rules: NamedListRules,
) -> BulkAssignment[K, S]:
    """Many customers entrusted to one maintainer as one decision: every problem at once, or
    the new histories of everyone it changes.  A customer's problem is named
    ``customers[i]`` (their place in `candidates`) and its words name the customer.  A
    customer missing from `histories` has never been listed."""
    reason = reason.strip()
    errors = _maintainer_problems(maintainer, on, rules)
    if len(reason) > REASON_MAX:
        errors.append(FieldError("reason", REASON_TOO_LONG(max=REASON_MAX)))
    if not candidates:
        errors.append(FieldError("customers", NO_CUSTOMERS))
    seen: set[K] = set()
    changes: dict[K, History[K, S]] = {}
    listed: list[K] = []
    reassigned: list[K] = []
    unchanged: list[K] = []
    for index, candidate in enumerate(candidates):
        path = f"customers[{index}]"
        if candidate.customer in seen:
            errors.append(FieldError(path, CUSTOMER_TWICE(customer=candidate.label)))
            continue
        seen.add(candidate.customer)
        history = histories.get(candidate.customer, ())
        if check_history(history):
            errors.append(FieldError(path, BROKEN_HISTORY(customer=candidate.label)))
            continue
        now = history[-1] if history and history[-1].current else None
        if now is not None and now.maintainer == maintainer.key:
            unchanged.append(candidate.customer)
            continue
        if not candidate.decision.eligible and not reason:
            why = Listing(REASONS_SEPARATOR, {}, candidate.decision.reasons)
            errors.append(FieldError(path, NEEDS_REASON(customer=candidate.label, why=why)))
            continue
        if now is not None and on < now.assigned_on:
            errors.append(
                FieldError(
                    path, BEFORE_CURRENT(customer=candidate.label, date=now.assigned_on.isoformat())
                )
            )
            continue
        new = Assignment(
            candidate.customer, maintainer.key, on, by, reason, candidate.decision.eligible
        )
        if now is None:
            changes[candidate.customer] = (*history, new)
            listed.append(candidate.customer)
        else:
            ended = replace(now, ended_on=on, ended_by=by, end_reason=reason)
            changes[candidate.customer] = (*history[:-1], ended, new)
            reassigned.append(candidate.customer)
    if errors:
        raise ValidationFailed(errors)
    return BulkAssignment(changes, tuple(listed), tuple(reassigned), tuple(unchanged))


def delist(history: History[K, S], label: str, on: dt.date, by: S, reason: str) -> History[K, S]:
    """The customer taken off the named list: the current assignment ends, with who and why.
    Only ever a manager's explicit decision with a reason — a customer who stops being
    eligible is flagged for review (`decisions.review_flags`), never taken off by this."""
    reason = reason.strip()
    errors: list[FieldError] = []
    now = current(history)
    if now is None:
        errors.append(FieldError("customer", NOT_LISTED(customer=label)))
    elif on < now.assigned_on:
        errors.append(
            FieldError("on", BEFORE_CURRENT(customer=label, date=now.assigned_on.isoformat()))
        )
    if not reason:
        errors.append(FieldError("reason", REASON_REQUIRED))
    elif len(reason) > REASON_MAX:
        errors.append(FieldError("reason", REASON_TOO_LONG(max=REASON_MAX)))
    if errors or now is None:
        raise ValidationFailed(errors)
    return (*history[:-1], replace(now, ended_on=on, ended_by=by, end_reason=reason))


def _maintainer_problems(
    maintainer: Maintainer[S], on: dt.date, rules: NamedListRules
) -> list[FieldError]:
    """A maintainer must still be at the branch on the day and hold a post the rules list
    (only posts have quotas, and staff outside them would maintain customers nobody counts)."""
    errors: list[FieldError] = []
    if maintainer.left_on is not None and maintainer.left_on <= on:
        errors.append(
            FieldError(
                "maintainer",
                MAINTAINER_LEFT(name=maintainer.name, date=maintainer.left_on.isoformat()),
            )
        )
    if maintainer.post is None:
        errors.append(FieldError("maintainer", MAINTAINER_NO_POST(name=maintainer.name)))
    elif rules.post(maintainer.post) is None:
        errors.append(
            FieldError(
                "maintainer", MAINTAINER_UNKNOWN_POST(name=maintainer.name, post=maintainer.post)
            )
        )
    return errors
