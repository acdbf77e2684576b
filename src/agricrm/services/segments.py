"""The segments screen's numbers (客户分层): counts per class of every dimension and the
cross-tables (segment × township, value × credit status, industry × scale), each cell the
customer-list query that lists the customers behind it.

Two GROUP BY queries over `customer_classes` joined to the customers the actor may see, so
the screen stays well under its 300 ms target at 100,000 customers (bench section
``segments``): one by every class column at once, whose marginals give every dimension's
counts and the two class × class tables, and one by segment and township.  Archived and
deleted customers have no classes and are not counted (as the list's class filters never
list them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, func, select

from agricrm.db.database import Database
from agricrm.domain.classification.facts import CLASSES_OF, Dimension
from agricrm.models import Customer, CustomerClasses
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.policy import visible_customers

TOWNSHIP = "township"
"""The one axis of a cross-table that is not a class: the customer's township."""

Axis = Dimension | str

CROSS_TABLES: tuple[tuple[Axis, Axis], ...] = (
    (Dimension.SEGMENT, TOWNSHIP),
    (Dimension.VALUE, Dimension.CREDIT),
    (Dimension.INDUSTRY, Dimension.SCALE),
)
"""The issue's cross-tables, rows × columns, in the order the screen shows them."""

_DIMENSIONS = tuple(Dimension)


def _keys(axis: Axis, found: set[str]) -> tuple[str, ...]:
    """A dimension's classes in their declared order (every class, counted or not), then any
    code this release does not know; townships in name order."""
    if isinstance(axis, Dimension):
        known = tuple(member.value for member in CLASSES_OF[axis])
        return known + tuple(sorted(found - set(known)))
    return tuple(sorted(found))


@dataclass(frozen=True)
class CrossTable:
    """Counts of customers by the classes (or township) of two axes."""

    rows: Axis
    columns: Axis
    row_keys: tuple[str, ...]
    column_keys: tuple[str, ...]
    cells: Mapping[tuple[str, str], int]

    def count(self, row: str, column: str) -> int:
        return self.cells.get((row, column), 0)

    def row_total(self, row: str) -> int:
        return sum(self.count(row, column) for column in self.column_keys)

    def column_total(self, column: str) -> int:
        return sum(self.count(row, column) for row in self.row_keys)

    @property
    def total(self) -> int:
        return sum(self.cells.values())

    def query(self, row: str | None, column: str | None) -> CustomerQuery:
        """The customer list's filter for a cell (a row or column total when the other is
        None): the customers behind that number."""
        query = CustomerQuery()
        for axis, key in ((self.rows, row), (self.columns, column)):
            if key is None:
                continue
            if isinstance(axis, Dimension):
                query = query.with_class(axis, key)
            else:
                query = replace(query, township=key)
        return query


@dataclass(frozen=True)
class SegmentsView:
    """Everything the segments screen shows, for the customers one actor may see."""

    total: int
    counts: Mapping[Dimension, Mapping[str, int]]
    tables: tuple[CrossTable, ...]

    def classes_of(self, dimension: Dimension) -> tuple[str, ...]:
        return _keys(dimension, set(self.counts[dimension]))


def _cross(rows: Axis, columns: Axis, cells: Counter[tuple[str, str]]) -> CrossTable:
    return CrossTable(
        rows,
        columns,
        _keys(rows, {row for row, _ in cells}),
        _keys(columns, {column for _, column in cells}),
        dict(cells),
    )


def _scope(actor: Actor) -> tuple[ColumnElement[bool], ...]:
    """Which rows of `customer_classes` the actor may count.  A manager counts the whole
    table without joining the customers: it holds only live, unarchived files (archiving or
    deleting a file drops its row), and the join would cost a third of the time."""
    if actor.is_manager:
        return ()
    mine = select(Customer.id).where(
        ~Customer.deleted, Customer.archived_at.is_(None), visible_customers(actor)
    )
    return (CustomerClasses.customer_id.in_(mine),)


GROUPINGS: tuple[tuple[Dimension, ...], ...] = (
    (Dimension.VALUE, Dimension.CREDIT),
    (Dimension.INDUSTRY, Dimension.SCALE),
    (Dimension.SEGMENT,),
    (Dimension.ACTIVITY,),
    (Dimension.NEEDS, Dimension.RELATIONSHIP),
)
"""The class GROUP BYs: the two class × class tables, whose margins count their four
dimensions, then the rest.  Small groupings are cheaper than one by every column: SQLite
sorts to group, and a single indexed column (segment, activity) needs no sort at all.  An
officer's few thousand rows are grouped once by every column instead: each grouping would
otherwise look up the officer's customers again."""


def segments_view(db: Database, actor: Actor) -> SegmentsView:
    """Counts per class and the cross-tables of the customers the actor may see (an officer
    their own, a manager the branch)."""
    scope = _scope(actor)
    counts: dict[Dimension, Counter[str]] = {dimension: Counter() for dimension in _DIMENSIONS}
    pairs: dict[tuple[Axis, Axis], Counter[tuple[str, str]]] = {
        axes: Counter() for axes in CROSS_TABLES
    }
    by_township = (
        select(CustomerClasses.segment, Customer.township, func.count())
        .join(Customer, Customer.id == CustomerClasses.customer_id)
        .where(~Customer.deleted, Customer.archived_at.is_(None), visible_customers(actor))
        .group_by(CustomerClasses.segment, Customer.township)
    )
    groupings = GROUPINGS if actor.is_manager else (_DIMENSIONS,)
    with db.read() as session:
        for grouping in groupings:
            columns = [getattr(CustomerClasses, dimension.value) for dimension in grouping]
            statement = select(*columns, func.count()).where(*scope).group_by(*columns)
            for *codes, number in session.execute(statement):
                classes = dict(zip(grouping, (code or "" for code in codes), strict=True))
                for dimension, code in classes.items():
                    counts[dimension][code] += number
                for rows, cols in CROSS_TABLES:
                    if rows in classes and cols in classes:
                        pairs[(rows, cols)][(classes[rows], classes[cols])] += number
        township_cells = pairs[(Dimension.SEGMENT, TOWNSHIP)]
        for segment, township, number in session.execute(by_township):
            township_cells[(segment or "", township or "")] += int(number)
    return SegmentsView(
        sum(counts[Dimension.SEGMENT].values()),
        {dimension: dict(counter) for dimension, counter in counts.items()},
        tuple(_cross(rows, cols, pairs[(rows, cols)]) for rows, cols in CROSS_TABLES),
    )
