"""The named list (优质客户名单制管理) in storage: staff posts, who maintains which listed
customer with history, each maintainer's quota status, and the eligibility review.

The decisions are `domain.named_list`'s (pure functions over histories); this module reads the
histories, hands them over and writes back what changed, in one transaction:

* **Posts** are a column of `users` (synced), a code of the rules' posts; managers set them.
* **The VIP mark** is on the customer's file (`vip_marked_on`, `vip_marked_by_id`), recorded
  by managers.
* **Assignments** are rows of `named_list_assignments` (synced), never overwritten: a
  reassignment ends the current row (ended on/by, end reason) and adds one, a delisting ends
  it.  `assign` takes one customer or many as one decision (`assign_many`: every problem at
  once, nothing written when there is one).  Only managers assign, reassign and delist.
* **Eligibility** reads the segment from `customer_classes` (derived, kept in step by
  `services.classes`) and the card level from the file.  The review flags listed customers who
  were eligible when listed and are not any more, and those with no decision today (archived,
  deleted, not classified); nobody is taken off the list by it.
* **Who sees what**: managers see the whole list; anyone else their own line and the customers
  they maintain (a maintainer who is no loan officer sees the customer's number and name, not
  their loan file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.classification.facts import CardLevel, Segment
from agricrm.domain.errors import FieldError, NotFound, PermissionDenied, ValidationFailed
from agricrm.domain.named_list.assignments import (
    ALREADY_MAINTAINER,
    BROKEN_HISTORY,
    REASON_MAX,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    Assignment,
    Candidate,
    History,
    Maintainer,
    assign_many,
    check_history,
    delist,
)
from agricrm.domain.named_list.decisions import (
    Decision,
    QuotaCheck,
    ReviewFlag,
    Standing,
    eligible,
    quota_check,
    review_flags,
)
from agricrm.domain.named_list.rules import NamedListRules
from agricrm.i18n import QT_TRANSLATE_NOOP, Message
from agricrm.models import Customer, CustomerClasses, NamedListAssignment, User
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.named_list_rules import named_list_rules_on

CHUNK = 500
"""Ids per IN list: well under SQLite's variable limit."""

NO_SUCH_USER = QT_TRANSLATE_NOOP("NamedList", "There is no such member of staff.")
NO_SUCH_CUSTOMER = QT_TRANSLATE_NOOP("NamedList", "There is no such customer.")
UNKNOWN_POST = QT_TRANSLATE_NOOP(
    "NamedList", 'The post "{post}" is not in the named-list rules: add it to the rules first.'
)
ARCHIVED = QT_TRANSLATE_NOOP(
    "NamedList", "{customer}'s file is archived: restore it before listing them."
)
NO_SUCH_ASSIGNMENT = QT_TRANSLATE_NOOP("NamedList", "There is no such assignment.")
NOTHING_TO_SETTLE = QT_TRANSLATE_NOOP(
    "NamedList",
    "{customer}'s assignments do not contradict each other: reassign or delist instead, so "
    "the history is kept.",
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "NamedList", "Only a branch manager or the customer's maintainer can see this."
)


@dataclass(frozen=True)
class AssignmentOutcome:
    """What an assignment did: customers newly listed, moved from another maintainer, and
    already maintained by this one (left as they were)."""

    listed: tuple[int, ...]
    reassigned: tuple[int, ...]
    unchanged: tuple[int, ...]


@dataclass(frozen=True)
class AssignmentView:
    """One row of a customer's history, with the people named."""

    id: int
    maintainer_id: int
    maintainer: str
    assigned_on: dt.date
    assigned_by: str
    reason: str
    eligible: bool
    ended_on: dt.date | None
    ended_by: str | None
    end_reason: str


@dataclass(frozen=True)
class MaintainerLine:
    """A maintainer on the named-list overview: their post, how many customers they maintain
    now, and that count against their post's quota (below quota is red on the screen)."""

    user_id: int
    name: str
    post: str | None
    post_name: str | None
    active: bool
    count: int
    quota: QuotaCheck


@dataclass(frozen=True)
class ReviewLine:
    """A listed customer to review: who maintains them and why they are flagged."""

    customer_id: int
    label: str
    maintainer_id: int
    maintainer: str
    reasons: tuple[Message, ...]


# ------------------------------------------------------------------------------ posts


def set_post(db: Database, actor: Actor, user_id: int, post: str | None) -> None:
    """Give a member of staff a post of the rules (None takes it away): a manager's decision.
    Their customers stay listed; the overview counts them against the new post's quota."""
    policy.ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        user = session.get(User, user_id)
        if user is None or user.deleted:
            raise NotFound(NO_SUCH_USER)
        if post is not None and named_list_rules_on(session.connection()).post(post) is None:
            raise ValidationFailed([FieldError("post", UNKNOWN_POST(post=post))])
        user.post = post


def set_vip_mark(
    db: Database, actor: Actor, customer_id: int, marked: bool, on: dt.date | None = None
) -> None:
    """Record that the customer's card carries the VIP mark (marked on `on`, by the actor), or
    that it was taken off (both cleared): a manager's record of what was done on the card.
    Part of the customer's file, so it travels with it (and a file edited elsewhere at the
    same time is a conflict like any other edit)."""
    policy.ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted:
            raise NotFound(NO_SUCH_CUSTOMER)
        customer.vip_marked_on = (on or dt.date.today()) if marked else None
        customer.vip_marked_by_id = actor.user_id if marked else None


# ------------------------------------------------------------------------ assignments


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _label(number: str | None, name: str) -> str:
    return f"{number} {name}" if number else name


def _domain(row: NamedListAssignment) -> Assignment[int, int]:
    return Assignment(
        row.customer_id,
        row.maintainer_id,
        row.assigned_on,
        row.assigned_by_id,
        row.reason,
        row.eligible,
        row.ended_on,
        row.ended_by_id,
        row.end_reason,
    )


def _rows_of(session: Session, customer_ids: Sequence[int]) -> dict[int, list[NamedListAssignment]]:
    """Each customer's live assignment rows, oldest first."""
    rows: dict[int, list[NamedListAssignment]] = {cid: [] for cid in customer_ids}
    for chunk in _chunks(customer_ids):
        statement = (
            select(NamedListAssignment)
            .where(
                NamedListAssignment.customer_id.in_(chunk),
                NamedListAssignment.deleted.is_(False),
            )
            .order_by(NamedListAssignment.assigned_on, NamedListAssignment.id)
        )
        for row in session.scalars(statement):
            rows[row.customer_id].append(row)
    return rows


def _decisions(
    connection: Connection, customer_ids: Sequence[int], rules: NamedListRules, explain: bool
) -> dict[int, tuple[str, Decision, bool]]:
    """Each live customer's label, today's eligibility decision and whether the file is
    archived (an archived file has no classes: its segment is unknown)."""
    found: dict[int, tuple[str, Decision, bool]] = {}
    for chunk in _chunks(customer_ids):
        statement = (
            select(
                Customer.id,
                Customer.number,
                Customer.name,
                Customer.card_level,
                Customer.archived_at,
                CustomerClasses.segment,
            )
            .outerjoin(CustomerClasses, CustomerClasses.customer_id == Customer.id)
            .where(Customer.id.in_(chunk), Customer.deleted.is_(False))
        )
        for cid, number, name, card, archived_at, segment in connection.execute(statement):
            standing = Standing(
                Segment(segment) if segment else None,
                CardLevel(card) if card else None,
            )
            decision = eligible(standing, rules, explain=explain)
            found[cid] = (_label(number, name), decision, archived_at is not None)
    return found


def _maintainer(session: Session, user_id: int) -> Maintainer[int]:
    """The member of staff as the domain sees them.  Accounts keep no leaving date yet: an
    inactive account counts as having left on the day it was last changed (when it was
    deactivated)."""
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise ValidationFailed([FieldError("maintainer", NO_SUCH_USER)])
    left_on = None if user.active else user.updated_at.date()
    return Maintainer(user.id, user.display_name, user.post, left_on)


def assign(
    db: Database,
    actor: Actor,
    customer_ids: Sequence[int],
    maintainer_id: int,
    reason: str = "",
    on: dt.date | None = None,
) -> AssignmentOutcome:
    """Entrust customers to a maintainer as one decision (a manager's): customers not listed
    are listed, those of another maintainer move to this one (their current assignment ends on
    the day, same reason; the history keeps it).  Every problem at once, and nothing written
    when there is one: a maintainer who left or holds no post of the rules, an ineligible
    customer without a reason, a customer chosen twice, archived or unknown, a date before the
    current assignment began.  One customer who already has this maintainer is refused; in a
    bulk assignment such customers are left as they are and reported as unchanged."""
    policy.ensure_manager(actor)
    on = on or dt.date.today()
    with db.write(actor, Cause.FORM) as session:
        connection = session.connection()
        rules = named_list_rules_on(connection)
        maintainer = _maintainer(session, maintainer_id)
        unique = list(dict.fromkeys(customer_ids))
        known = _decisions(connection, unique, rules, explain=True)
        errors: list[FieldError] = []
        candidates: list[Candidate[int]] = []
        places: dict[str, str] = {}  # the domain's path of a candidate → the caller's
        for index, cid in enumerate(customer_ids):
            if cid not in known:
                errors.append(FieldError(f"customers[{index}]", NO_SUCH_CUSTOMER))
                continue
            label, decision, archived = known[cid]
            if archived:
                errors.append(FieldError(f"customers[{index}]", ARCHIVED(customer=label)))
            places[f"customers[{len(candidates)}]"] = f"customers[{index}]"
            candidates.append(Candidate(cid, label, decision))
        rows = _rows_of(session, list(known))
        histories: dict[int, History[int, int]] = {
            cid: tuple(_domain(row) for row in entries) for cid, entries in rows.items()
        }
        try:
            result = assign_many(
                histories, candidates, maintainer, on, actor.user_id, reason, rules
            )
        except ValidationFailed as failed:
            named = [
                dataclasses.replace(error, field=places.get(error.field, error.field))
                for error in failed.errors
            ]
            raise ValidationFailed([*errors, *named]) from None
        if errors:
            raise ValidationFailed(errors)
        if len(customer_ids) == 1 and result.unchanged:
            label = known[customer_ids[0]][0]
            raise ValidationFailed(
                [FieldError("maintainer", ALREADY_MAINTAINER(name=maintainer.name, customer=label))]
            )
        for cid, history in result.histories.items():
            _write_history(session, rows[cid], history)
        return AssignmentOutcome(result.listed, result.reassigned, result.unchanged)


def _write_history(
    session: Session, rows: list[NamedListAssignment], history: History[int, int]
) -> None:
    """Write a customer's new history over its rows: an entry that changed (ended) updates its
    row, an entry past the stored rows is a new row.  The domain only ends and appends."""
    for index, entry in enumerate(history):
        if index < len(rows):
            row = rows[index]
            if _domain(row) != entry:
                row.ended_on = entry.ended_on
                row.ended_by_id = entry.ended_by
                row.end_reason = entry.end_reason
            continue
        session.add(
            NamedListAssignment(
                customer_id=entry.customer,
                maintainer_id=entry.maintainer,
                assigned_on=entry.assigned_on,
                assigned_by_id=entry.assigned_by,
                reason=entry.reason,
                eligible=entry.eligible,
                ended_on=entry.ended_on,
                ended_by_id=entry.ended_by,
                end_reason=entry.end_reason,
            )
        )


def delist_customer(
    db: Database, actor: Actor, customer_id: int, reason: str, on: dt.date | None = None
) -> None:
    """Take a customer off the named list (a manager's decision, with a reason): the current
    assignment ends; the history keeps it."""
    policy.ensure_manager(actor)
    on = on or dt.date.today()
    with db.write(actor, Cause.FORM) as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted:
            raise NotFound(NO_SUCH_CUSTOMER)
        rows = _rows_of(session, [customer_id])[customer_id]
        history = tuple(_domain(row) for row in rows)
        new = delist(history, _label(customer.number, customer.name), on, actor.user_id, reason)
        _write_history(session, rows, new)


def withdraw_assignment(db: Database, actor: Actor, assignment_id: int, reason: str) -> None:
    """Withdraw an assignment that contradicts the customer's other ones (a manager's
    decision, with a reason): marked deleted, with who, when and why, so the withdrawal
    travels and the rest of the history is kept.

    Two devices that each list the same customer (or each move them to someone else) make two
    *new* records, so the sync sees no conflict, and the customer has two current maintainers;
    the domain then refuses to pick one (`current`), and `review` flags the customer.  This is
    the way out: withdraw the one made in error.  Refused when the history is sound —
    reassigning or delisting keep the history instead."""
    policy.ensure_manager(actor)
    reason = reason.strip()
    if not reason:
        raise ValidationFailed([FieldError("reason", REASON_REQUIRED)])
    if len(reason) > REASON_MAX:
        raise ValidationFailed([FieldError("reason", REASON_TOO_LONG(max=REASON_MAX))])
    with db.write(actor, Cause.FORM) as session:
        row = session.get(NamedListAssignment, assignment_id)
        if row is None or row.deleted:
            raise NotFound(NO_SUCH_ASSIGNMENT)
        customer = session.get(Customer, row.customer_id)
        assert customer is not None
        rows = _rows_of(session, [row.customer_id])[row.customer_id]
        if not check_history([_domain(entry) for entry in rows]):
            label = _label(customer.number, customer.name)
            raise ValidationFailed([FieldError("assignment", NOTHING_TO_SETTLE(customer=label))])
        if row.ended_on is None:
            row.ended_on = row.assigned_on
            row.ended_by_id = actor.user_id
        row.end_reason = reason
        row.deleted = True


# ----------------------------------------------------------------------------- reading


def assignment_history(db: Database, actor: Actor, customer_id: int) -> list[AssignmentView]:
    """A customer's assignments, oldest first.  Managers see any customer's; anyone else
    only the history of a customer they maintain now."""
    with db.read() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted:
            raise NotFound(NO_SUCH_CUSTOMER)
        rows = _rows_of(session, [customer_id])[customer_id]
        if not actor.is_manager and not (
            rows and rows[-1].ended_on is None and rows[-1].maintainer_id == actor.user_id
        ):
            raise PermissionDenied(NOT_YOURS)
        names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
        return [
            AssignmentView(
                row.id,
                row.maintainer_id,
                names.get(row.maintainer_id, ""),
                row.assigned_on,
                names.get(row.assigned_by_id, ""),
                row.reason,
                row.eligible,
                row.ended_on,
                names.get(row.ended_by_id) if row.ended_by_id is not None else None,
                row.end_reason,
            )
            for row in rows
        ]


def _current(connection: Connection, maintainer_id: int | None) -> list[tuple[int, int, bool]]:
    """(customer, maintainer, eligible when listed) of every current assignment, or of one
    maintainer's."""
    statement = select(
        NamedListAssignment.customer_id,
        NamedListAssignment.maintainer_id,
        NamedListAssignment.eligible,
    ).where(NamedListAssignment.ended_on.is_(None), NamedListAssignment.deleted.is_(False))
    if maintainer_id is not None:
        statement = statement.where(NamedListAssignment.maintainer_id == maintainer_id)
    return [tuple(row) for row in connection.execute(statement.order_by(NamedListAssignment.id))]


def maintainers(db: Database, actor: Actor) -> list[MaintainerLine]:
    """Every member of staff with a post or with customers listed, their count of listed
    customers and that count against their post's quota; anyone but a manager gets their own
    line only.  In the rules' order of posts, then by name; staff without a post of the rules
    last."""
    with db.read() as session:
        connection = session.connection()
        rules = named_list_rules_on(connection)
        own = None if actor.is_manager else actor.user_id
        counts: dict[int, int] = {}
        for _customer, maintainer, _eligible in _current(connection, own):
            counts[maintainer] = counts.get(maintainer, 0) + 1
        statement = select(User).where(User.deleted.is_(False))
        if own is not None:
            statement = statement.where(User.id == own)
        lines: list[MaintainerLine] = []
        for user in session.scalars(statement):
            count = counts.get(user.id, 0)
            if user.post is None and not count:
                continue
            post = rules.post(user.post) if user.post is not None else None
            lines.append(
                MaintainerLine(
                    user.id,
                    user.display_name,
                    user.post,
                    post.name if post is not None else None,
                    user.active,
                    count,
                    quota_check(user.post or "", count, rules),
                )
            )
    order = {post.code: index for index, post in enumerate(rules.posts)}
    lines.sort(key=lambda line: (order.get(line.post or "", len(order)), line.name))
    return lines


def listed_customers(db: Database, actor: Actor, maintainer_id: int) -> list[int]:
    """The customers a maintainer maintains now ("my named list"), in the order they were
    listed; a manager may ask for anyone's, anyone else only for their own."""
    if not actor.is_manager and maintainer_id != actor.user_id:
        raise PermissionDenied(NOT_YOURS)
    with db.read() as session:
        return [cid for cid, _m, _e in _current(session.connection(), maintainer_id)]


def review(db: Database, actor: Actor) -> list[ReviewLine]:
    """Listed customers to review: eligible when listed and no longer eligible by their
    classes and card level, or with no decision today (archived, deleted, not classified).
    Nobody is taken off the list here.  A manager reviews the whole list, anyone else the
    customers they maintain."""
    with db.read() as session:
        connection = session.connection()
        rules = named_list_rules_on(connection)
        current = _current(connection, None if actor.is_manager else actor.user_id)
        ids = [cid for cid, _m, _e in current]
        known = _decisions(connection, ids, rules, explain=True)
        decisions = {
            cid: decision for cid, (_label, decision, archived) in known.items() if not archived
        }
        flags = review_flags({cid: was for cid, _m, was in current}, decisions)
        flagged = {flag.customer for flag in flags}
        counted: dict[int, int] = {}
        for cid, _m, _e in current:
            counted[cid] = counted.get(cid, 0) + 1
        for cid, count in counted.items():  # two current maintainers: what two devices make
            if count > 1 and cid not in flagged:
                flags.append(ReviewFlag(cid, (BROKEN_HISTORY(customer=known.get(cid, ("",))[0]),)))
                flagged.add(cid)
        maintainer_of = {cid: maintainer for cid, maintainer, _e in current}
        names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
        labels = {cid: label for cid, (label, _d, _a) in known.items()}
        missing = [flag.customer for flag in flags if flag.customer not in labels]
        for chunk in _chunks(missing):
            statement = select(Customer.id, Customer.number, Customer.name).where(
                Customer.id.in_(chunk)
            )
            for cid, number, name in connection.execute(statement):
                labels[cid] = _label(number, name)
        return [
            ReviewLine(
                flag.customer,
                labels.get(flag.customer, ""),
                maintainer_of[flag.customer],
                names.get(maintainer_of[flag.customer], ""),
                flag.reasons,
            )
            for flag in flags
        ]
