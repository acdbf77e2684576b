"""Read side of the customer list: ordered ids for a query, then rows for the visible ids.

The table model holds only the ids (a Python list of ints, ~1 MB for 100,000 customers) and
asks for rows a page at a time, so no query ever turns the whole branch into ORM objects.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.queries import fetch_ids
from agricrm.domain.classification.facts import Dimension
from agricrm.domain.record_numbers import number_prefix
from agricrm.domain.search_keys import QueryToken, parse_query
from agricrm.models import Customer, CustomerClasses, Loan, User, Village
from agricrm.models.search import CUSTOMER_FTS_TABLE, customer_search_terms
from agricrm.services.actor import Actor
from agricrm.services.customer_data import (
    CustomerQuery,
    CustomerRow,
    CustomerSort,
    FilterOptions,
)
from agricrm.services.policy import visible_customers
from agricrm.services.users import list_officers

_SORT_COLUMNS: dict[CustomerSort, ColumnElement[object]] = {
    CustomerSort.NUMBER: Customer.number,
    CustomerSort.NAME: Customer.name_pinyin,
    CustomerSort.GENDER: Customer.gender,
    CustomerSort.BIRTH_DATE: Customer.birth_date,
    CustomerSort.PHONE: Customer.phone,
    CustomerSort.ID_NUMBER: Customer.id_number,
    CustomerSort.TOWNSHIP: Customer.township,
    CustomerSort.VILLAGE: Customer.village,
    CustomerSort.BUSINESS_MODE: Customer.business_mode,
    CustomerSort.LAND_AREA: Customer.land_area_mu,
    CustomerSort.CREDIT_GRADE: Customer.credit_grade,
    CustomerSort.STATUS: Customer.status,
    CustomerSort.OFFICER: User.display_name,
    CustomerSort.UPDATED_AT: Customer.updated_at,
}


def _own_matches(token: QueryToken, index: int) -> Select[tuple[int]]:
    """Ids whose name, pinyin, phone, ID number or address detail contain the token, or
    whose file number starts with it (KH-BFK-001…; digits alone are found inside it)."""
    prefix = number_prefix(token.text)
    if prefix is not None:
        return select(Customer.id).where(
            Customer.number >= prefix, Customer.number < prefix + "\uffff", ~Customer.deleted
        )
    if token.is_full_id_number:
        return select(Customer.id).where(
            Customer.id_number == token.text.upper(), ~Customer.deleted
        )
    if token.is_full_mobile:
        return select(Customer.id).where(Customer.phone == token.text, ~Customer.deleted)
    if token.is_short and token.is_digits:
        pattern = f"%{token.text}%"
        return select(Customer.id).where(
            or_(
                Customer.phone.like(pattern),
                Customer.id_number.like(pattern),
                Customer.number.like(pattern),
            )
        )
    if token.is_short:
        return select(customer_search_terms.c.customer_id).where(
            customer_search_terms.c.term == token.text
        )
    fts = (
        text(f"SELECT rowid FROM {CUSTOMER_FTS_TABLE} WHERE {CUSTOMER_FTS_TABLE} MATCH :q{index}")
        .bindparams(**{f"q{index}": token.fts_phrase()})
        .columns(rowid=Integer)
        .subquery(f"fts{index}")
    )
    return select(fts.c.rowid)


def _token_matches(
    token: QueryToken, index: int, places: Sequence[tuple[str, str]]
) -> Select[tuple[int]]:
    """Own matches, plus everyone living in a township or village whose name contains the
    token.  The branch's village list is small, so places are matched here in Python and
    the customers found through the village index."""
    villages = sorted({village for _, village in places if token.text in village})
    townships = sorted({township for township, _ in places if token.text in township})
    selects = [_own_matches(token, index)]
    if villages:
        selects.append(select(Customer.id).where(Customer.village.in_(villages)))
    if townships:
        selects.append(select(Customer.id).where(Customer.township.in_(townships)))
    return selects[0] if len(selects) == 1 else union(*selects)


def _places(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(select(Village.township, Village.name).where(~Village.deleted))
    return [(township, name) for township, name in rows]


def classified_as(classes: Sequence[tuple[Dimension, str]]) -> Select[tuple[int]]:
    """Ids of the customers whose table of classes holds every (dimension, code) pair.  One
    subquery for all class filters: SQLite starts from an indexed class column (segment,
    value, credit, activity, scale) and meets the other filters by the customers' key.
    Archived and deleted customers have no row, so a class filter never lists them."""
    return select(CustomerClasses.customer_id).where(
        *(getattr(CustomerClasses, dimension.value) == code for dimension, code in classes)
    )


def _conditions(
    actor: Actor, query: CustomerQuery, places: Sequence[tuple[str, str]]
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [~Customer.deleted, visible_customers(actor)]
    if not query.include_archived:
        conditions.append(Customer.archived_at.is_(None))
    for column, value in (
        (Customer.township, query.township),
        (Customer.village, query.village),
        (Customer.business_mode, query.business_mode),
        (Customer.credit_grade, query.credit_grade),
        (Customer.status, query.status),
        (Customer.officer_id, query.officer_id),
    ):
        if value is not None:
            conditions.append(column == value)
    if query.classes:
        conditions.append(Customer.id.in_(classified_as(query.classes)))
    tokens = parse_query(query.text)
    if len(tokens) > 8:
        conditions.append(false())  # nobody types that many words; don't build a huge query
    else:
        conditions.extend(
            Customer.id.in_(_token_matches(token, index, places))
            for index, token in enumerate(tokens)
        )
    return conditions


def customer_conditions(
    session: Session, actor: Actor, query: CustomerQuery
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a customer search, for other lists that filter by customer."""
    return _conditions(actor, query, _places(session))


def search_customer_ids(db: Database, actor: Actor, query: CustomerQuery) -> list[int]:
    """Ids of the customers the actor may see that match, in the requested order."""
    sort_column = _SORT_COLUMNS[query.sort]
    keys = [sort_column]
    if query.sort is CustomerSort.NAME:
        keys.append(Customer.name)
    keys.append(Customer.id)
    ordering = [key.desc() if query.descending else key.asc() for key in keys]
    with db.read() as session:
        statement = select(Customer.id).where(and_(*_conditions(actor, query, _places(session))))
        if query.sort is CustomerSort.OFFICER:
            statement = statement.outerjoin(User, User.id == Customer.officer_id)
        return fetch_ids(session, statement.order_by(*ordering))


def customer_rows(db: Database, actor: Actor, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """Rows for the given ids (those the actor may see), keyed by id."""
    if not ids:
        return {}
    balance = (
        select(func.sum(Loan.balance))
        .where(Loan.customer_id == Customer.id, ~Loan.deleted)
        .scalar_subquery()
    )
    statement = (
        select(
            Customer.id,
            Customer.number,
            Customer.name,
            Customer.gender,
            Customer.birth_date,
            func.coalesce(Customer.phone, literal_column("''")),
            func.coalesce(Customer.id_number, literal_column("''")),
            Customer.township,
            Customer.village,
            Customer.business_mode,
            Customer.land_area_mu,
            Customer.credit_grade,
            Customer.status,
            func.coalesce(User.display_name, literal_column("''")),
            Customer.tags,
            Customer.updated_at,
            balance,
            Customer.archived_at.is_not(None),
            CustomerClasses.segment,
            CustomerClasses.value,
        )
        .outerjoin(User, User.id == Customer.officer_id)
        .outerjoin(CustomerClasses, CustomerClasses.customer_id == Customer.id)
        .where(Customer.id.in_(list(ids)), ~Customer.deleted, visible_customers(actor))
    )
    with db.read() as session:
        return {
            row[0]: CustomerRow(
                *row[:-3], archived=bool(row[-3]), segment=row[-2], value_tier=row[-1]
            )
            for row in session.execute(statement)
        }


def filter_options(db: Database, actor: Actor) -> FilterOptions:
    with db.read() as session:
        places = sorted(_places(session))
    villages: dict[str, list[str]] = {}
    for township, name in places:
        villages.setdefault(township, []).append(name)
    officers = tuple((user.id, user.display_name) for user in list_officers(db, actor))
    return FilterOptions(
        townships=tuple(villages),
        villages={township: tuple(names) for township, names in villages.items()},
        officers=officers,
    )
