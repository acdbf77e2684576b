"""The customer and loan figures of the periodic summary, computed by SQL aggregation.

Stock figures are as at the end of the period (or today, for a period still running):
customers filed by then and not archived by then, their admission status then (from the
status history), and their business mode and credit grade as the file holds them now (the file
keeps no history of those).  Loans: those started by then with a balance, at their current
balance and five-category classification.  Flow figures count what happened inside the
period: new files, admissions, ended cooperations, loans granted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.domain.enums import (
    BusinessMode,
    CreditGrade,
    CustomerStatus,
    LoanClassification,
)
from agricrm.domain.errors import NotFound, PermissionDenied
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.domain.period import Period
from agricrm.i18n import QT_TRANSLATE_NOOP, Text
from agricrm.models import Customer, CustomerStatusChange, Loan, User
from agricrm.services.actor import Actor
from agricrm.services.policy import visible_customers

UNKNOWN_OFFICER = QT_TRANSLATE_NOOP("Summary", "There is no officer named {name}.")
AMBIGUOUS_OFFICER = QT_TRANSLATE_NOOP(
    "Summary", "More than one officer is named {name}; give the user name instead ({usernames})."
)
OWN_SUMMARY_ONLY = QT_TRANSLATE_NOOP(
    "Summary", "An officer can print the summary of their own customers only."
)
BY_BUSINESS_MODE = QT_TRANSLATE_NOOP("Summary", "Customers by business mode")
BY_CREDIT_GRADE = QT_TRANSLATE_NOOP("Summary", "Customers by credit grade")
BY_STATUS = QT_TRANSLATE_NOOP("Summary", "Customers by admission status")
BY_PRODUCTION_SCALE = QT_TRANSLATE_NOOP("Summary", "Customers by production scale")
NOT_RECORDED = QT_TRANSLATE_NOOP("Summary", "Not recorded")

NON_PERFORMING = (
    LoanClassification.SUBSTANDARD,
    LoanClassification.DOUBTFUL,
    LoanClassification.LOSS,
)


@dataclass(frozen=True)
class OfficerRef:
    id: int
    username: str
    display_name: str


@dataclass(frozen=True)
class SummaryScope:
    """Which customers and which days a summary covers."""

    period: Period
    officer: OfficerRef | None  # None: the whole branch
    as_of: dt.date  # the period's last day, or today while the period runs

    @property
    def start(self) -> dt.datetime:
        return _local_midnight(self.period.first_day)

    @property
    def end(self) -> dt.datetime:
        """The first instant after the period (exclusive bound)."""
        return _local_midnight(self.as_of + dt.timedelta(days=1))

    @property
    def running(self) -> bool:
        return self.as_of < self.period.last_day


@dataclass(frozen=True)
class BreakdownRow:
    code: str | None
    label: Text
    count: int


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: Text
    chart: str  # "pie" or "bar"
    rows: tuple[BreakdownRow, ...]

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)


@dataclass(frozen=True)
class OfficerRow:
    officer: str
    customers: int
    active: int
    borrowers: int
    balance: Decimal


@dataclass(frozen=True)
class LoanClassRow:
    classification: LoanClassification
    loans: int
    borrowers: int
    balance: Decimal


@dataclass(frozen=True)
class CustomerFigures:
    scope: SummaryScope
    customers: int
    active: int
    new_customers: int
    admitted: int
    ended: int
    breakdowns: tuple[Breakdown, ...]
    by_officer: tuple[OfficerRow, ...]
    loans_by_class: tuple[LoanClassRow, ...]
    borrowers: int
    granted_loans: int
    granted_amount: Decimal

    @property
    def loans(self) -> int:
        return sum(row.loans for row in self.loans_by_class)

    @property
    def balance(self) -> Decimal:
        return sum((row.balance for row in self.loans_by_class), Decimal(0))

    @property
    def non_performing_balance(self) -> Decimal:
        return sum(
            (row.balance for row in self.loans_by_class if row.classification in NON_PERFORMING),
            Decimal(0),
        )


@dataclass(frozen=True)
class Dimension:
    """One way of classing customers: a column of the customer file and its vocabulary."""

    key: str
    title: Text
    column: Any
    members: type[LabeledEnum]
    chart: str


def _dimensions() -> tuple[Dimension, ...]:
    """The classes counted; production scale joins when the customer file records it."""
    found = [
        Dimension("business_mode", BY_BUSINESS_MODE, Customer.business_mode, BusinessMode, "pie"),
        Dimension("credit_grade", BY_CREDIT_GRADE, Customer.credit_grade, CreditGrade, "bar"),
    ]
    scale = getattr(Customer, "production_scale", None)
    if scale is not None:
        members = scale.property.columns[0].type.enum_class
        found.append(Dimension("production_scale", BY_PRODUCTION_SCALE, scale, members, "bar"))
    return tuple(found)


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def resolve_officer(db: Database, actor: Actor, name: str) -> OfficerRef:
    """The officer a user means by `name` (see `find_officer`), whose summary the actor may
    print: an officer only their own."""
    officer = find_officer(db, actor, name)
    ensure_own_figures(actor, officer)
    return officer


def ensure_own_figures(actor: Actor, officer: OfficerRef | None) -> None:
    """An officer's figures are their own customers': another officer's are refused (a
    manager and an administrator see every officer's).  Every function taking a scope asks
    again, since a scope is a plain value anyone can make."""
    if officer is not None and not actor.is_manager and officer.id != actor.user_id:
        raise PermissionDenied(OWN_SUMMARY_ONLY)


def find_officer(db: Database, actor: Actor, name: str) -> OfficerRef:
    """The user a person means by `name`: a user name, or an unambiguous display name.

    Any user may look a colleague up (their names travel in every sync package); what the
    actor may then do with them is the caller's check, worded for its use case (the summary
    and the visit reports say "your own only" differently)."""
    wanted = name.strip()
    with db.read() as session:
        users = session.execute(
            select(User.id, User.username, User.display_name)
            .where(~User.deleted, or_(User.username == wanted, User.display_name == wanted))
            .order_by(User.id)
        ).all()
    exact = [user for user in users if user.username == wanted]
    found = exact or users
    if not found:
        raise NotFound(UNKNOWN_OFFICER(name=wanted))
    if len(found) > 1:
        usernames = ", ".join(user.username for user in found)
        raise NotFound(AMBIGUOUS_OFFICER(name=wanted, usernames=usernames))
    return OfficerRef(found[0].id, found[0].username, found[0].display_name)


def summary_scope(
    db: Database, actor: Actor, period: Period, officer: OfficerRef | None, today: dt.date
) -> SummaryScope:
    """Check the period has begun; an officer's summary always covers their own customers."""
    period.check_started(today)
    ensure_own_figures(actor, officer)
    if not actor.is_manager:
        officer = OfficerRef(actor.user_id, actor.username, actor.display_name)
    return SummaryScope(period, officer, min(period.last_day, today))


def customer_figures(db: Database, actor: Actor, scope: SummaryScope) -> CustomerFigures:
    ensure_own_figures(actor, scope.officer)
    with db.read() as session:
        in_scope = _customer_scope(actor, scope)
        status, source = _status_source(session, scope)
        status_rows = _status_counts(session, in_scope, status, source)
        breakdowns = [_breakdown(session, in_scope, dimension) for dimension in _dimensions()]
        breakdowns.insert(
            2 if len(breakdowns) >= 2 else len(breakdowns),
            Breakdown(
                "status",
                BY_STATUS,
                "bar",
                tuple(
                    BreakdownRow(status.value, status.label, status_rows.get(status, 0))
                    for status in CustomerStatus
                ),
            ),
        )
        loans_by_class = _loans_by_class(session, in_scope, scope)
        by_officer = (
            ()
            if scope.officer is not None
            else _by_officer(session, in_scope, scope, status, source)
        )
        borrowers = session.scalar(
            select(func.count(func.distinct(Loan.customer_id)))
            .join(Customer, Customer.id == Loan.customer_id)
            .where(in_scope, _outstanding(scope))
        )
        granted = session.execute(
            select(func.count(Loan.id), func.sum(Loan.amount))
            .join(Customer, Customer.id == Loan.customer_id)
            .where(
                in_scope,
                ~Loan.deleted,
                Loan.start_date >= scope.period.first_day,
                Loan.start_date <= scope.as_of,
            )
        ).one()
        new_customers = session.scalar(
            select(func.count(Customer.id)).where(in_scope, Customer.created_at >= scope.start)
        )
        moves = dict(
            session.execute(
                select(CustomerStatusChange.to_status, func.count(CustomerStatusChange.id))
                .join(Customer, Customer.id == CustomerStatusChange.customer_id)
                .where(
                    in_scope,
                    ~CustomerStatusChange.deleted,
                    CustomerStatusChange.from_status.is_not(None),
                    CustomerStatusChange.changed_at >= scope.start,
                    CustomerStatusChange.changed_at < scope.end,
                    CustomerStatusChange.to_status.in_(
                        (CustomerStatus.ACTIVE, CustomerStatus.ENDED)
                    ),
                )
                .group_by(CustomerStatusChange.to_status)
            ).all()
        )
    return CustomerFigures(
        scope=scope,
        customers=sum(status_rows.values()),
        active=status_rows.get(CustomerStatus.ACTIVE, 0),
        new_customers=new_customers or 0,
        admitted=moves.get(CustomerStatus.ACTIVE, 0),
        ended=moves.get(CustomerStatus.ENDED, 0),
        breakdowns=tuple(breakdowns),
        by_officer=by_officer,
        loans_by_class=loans_by_class,
        borrowers=borrowers or 0,
        granted_loans=granted[0] or 0,
        granted_amount=granted[1] or Decimal(0),
    )


def _customer_scope(actor: Actor, scope: SummaryScope) -> ColumnElement[bool]:
    conditions = [
        ~Customer.deleted,
        Customer.created_at < scope.end,
        or_(Customer.archived_at.is_(None), Customer.archived_at >= scope.end),
        visible_customers(actor),
    ]
    if scope.officer is not None:
        conditions.append(Customer.officer_id == scope.officer.id)
    return and_(*conditions)


def _status_source(session: Session, scope: SummaryScope) -> tuple[Any, Any]:
    """The admission status at the end of the period, and the FROM clause that provides it."""
    if scope.running or not _changed_since(session, scope):
        return Customer.status, Customer.__table__  # nobody moved since: the current status
    latest = (
        select(
            CustomerStatusChange.customer_id.label("customer_id"),
            CustomerStatusChange.to_status.label("status"),
            func.row_number()
            .over(
                partition_by=CustomerStatusChange.customer_id,
                order_by=(CustomerStatusChange.changed_at.desc(), CustomerStatusChange.id.desc()),
            )
            .label("position"),
        )
        .where(~CustomerStatusChange.deleted, CustomerStatusChange.changed_at < scope.end)
        .subquery()
    )
    source = Customer.__table__.outerjoin(
        latest, and_(latest.c.customer_id == Customer.id, latest.c.position == 1)
    )
    return func.coalesce(latest.c.status, Customer.status), source


def _status_counts(
    session: Session, in_scope: ColumnElement[bool], status: Any, source: Any
) -> dict[CustomerStatus, int]:
    counts: dict[CustomerStatus, int] = {}
    query = (
        select(status, func.count(Customer.id)).select_from(source).where(in_scope).group_by(status)
    )
    for code, count in session.execute(query).all():
        counts[CustomerStatus(code)] = counts.get(CustomerStatus(code), 0) + count
    return counts


def _changed_since(session: Session, scope: SummaryScope) -> bool:
    return (
        session.scalar(
            select(CustomerStatusChange.id)
            .where(CustomerStatusChange.changed_at >= scope.end)
            .limit(1)
        )
        is not None
    )


def _breakdown(session: Session, in_scope: ColumnElement[bool], dimension: Dimension) -> Breakdown:
    counts = dict(
        session.execute(
            select(dimension.column, func.count(Customer.id))
            .where(in_scope)
            .group_by(dimension.column)
        ).all()
    )
    rows = [
        BreakdownRow(member.value, member.label, counts.get(member, 0))
        for member in dimension.members
    ]
    if counts.get(None):
        rows.append(BreakdownRow(None, NOT_RECORDED, counts[None]))
    return Breakdown(dimension.key, dimension.title, dimension.chart, tuple(rows))


def _outstanding(scope: SummaryScope) -> ColumnElement[bool]:
    return and_(~Loan.deleted, Loan.start_date <= scope.as_of, Loan.balance > 0)


def _loans_by_class(
    session: Session, in_scope: ColumnElement[bool], scope: SummaryScope
) -> tuple[LoanClassRow, ...]:
    found = {
        row[0]: row
        for row in session.execute(
            select(
                Loan.classification,
                func.count(Loan.id),
                func.count(func.distinct(Loan.customer_id)),
                func.sum(Loan.balance),
            )
            .join(Customer, Customer.id == Loan.customer_id)
            .where(in_scope, _outstanding(scope))
            .group_by(Loan.classification)
        ).all()
    }
    return tuple(
        LoanClassRow(
            member,
            found[member][1] if member in found else 0,
            found[member][2] if member in found else 0,
            (found[member][3] or Decimal(0)) if member in found else Decimal(0),
        )
        for member in LoanClassification
    )


def _by_officer(
    session: Session,
    in_scope: ColumnElement[bool],
    scope: SummaryScope,
    status: Any,
    source: Any,
) -> tuple[OfficerRow, ...]:
    customers = session.execute(
        select(
            Customer.officer_id,
            func.count(Customer.id),
            func.sum(case((status == CustomerStatus.ACTIVE.value, 1), else_=0)),
        )
        .select_from(source)
        .where(in_scope)
        .group_by(Customer.officer_id)
    ).all()
    loans = {
        row[0]: row
        for row in session.execute(
            select(
                Customer.officer_id,
                func.count(func.distinct(Loan.customer_id)),
                func.sum(Loan.balance),
            )
            .join(Customer, Customer.id == Loan.customer_id)
            .where(in_scope, _outstanding(scope))
            .group_by(Customer.officer_id)
        ).all()
    }
    names = dict(session.execute(select(User.id, User.display_name)).all())
    rows = [
        OfficerRow(
            officer=names.get(officer_id, "") if officer_id is not None else "",
            customers=count,
            active=active or 0,
            borrowers=loans[officer_id][1] if officer_id in loans else 0,
            balance=(loans[officer_id][2] or Decimal(0)) if officer_id in loans else Decimal(0),
        )
        for officer_id, count, active in customers
    ]
    return tuple(sorted(rows, key=lambda row: (-row.customers, row.officer)))
