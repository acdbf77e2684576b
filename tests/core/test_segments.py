"""Class filters of the customer list and the segments screen's numbers, checked against
SQL written here independently of the services."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import replace

import pytest

from agricrm.db.database import Database
from agricrm.domain.classification.facts import CLASSES_OF, Dimension
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.customers import CustomerService
from agricrm.services.segments import TOWNSHIP, segments_view

LIVE = "c.deleted = 0 AND c.archived_at IS NULL"


def _sql(db: Database, where: str = "1", params: tuple[object, ...] = ()) -> set[int]:
    """Ids of live customers whose class row matches `where` (cc = customer_classes)."""
    connection = sqlite3.connect(db.path)
    try:
        rows = connection.execute(
            "SELECT c.id FROM customers c JOIN customer_classes cc ON cc.customer_id = c.id "
            f"WHERE {LIVE} AND {where}",
            params,
        )
        return {row[0] for row in rows}
    finally:
        connection.close()


def test_every_class_of_every_dimension_filters_exactly(demo_db: Database, manager: Actor) -> None:
    found = 0
    for dimension in Dimension:
        for member in CLASSES_OF[dimension]:
            query = CustomerQuery().with_class(dimension, member.value)
            expected = _sql(demo_db, f"cc.{dimension.value} = ?", (member.value,))
            assert set(search_customer_ids(demo_db, manager, query)) == expected, member
            found += bool(expected)
    assert found >= 20  # the demo spreads its customers over most classes


def test_class_filters_combine_with_the_other_filters(demo_db: Database, manager: Actor) -> None:
    township = _township_with_potential(demo_db)
    query = (
        CustomerQuery(township=township)
        .with_class(Dimension.SEGMENT, "potential")
        .with_class(Dimension.ACTIVITY, "active")
    )
    expected = _sql(
        demo_db,
        "c.township = ? AND cc.segment = 'potential' AND cc.activity = 'active'",
        (township,),
    )
    assert expected
    assert set(search_customer_ids(demo_db, manager, query)) == expected
    assert query.class_code(Dimension.SEGMENT) == "potential"
    assert query.with_class(Dimension.SEGMENT, None).class_code(Dimension.SEGMENT) is None


def _township_with_potential(db: Database) -> str:
    connection = sqlite3.connect(db.path)
    try:
        return connection.execute(
            "SELECT c.township FROM customers c JOIN customer_classes cc ON cc.customer_id = c.id "
            "WHERE cc.segment = 'potential' GROUP BY c.township ORDER BY count(*) DESC"
        ).fetchone()[0]
    finally:
        connection.close()


def test_with_class_keeps_one_class_per_dimension_in_a_fixed_order() -> None:
    query = (
        CustomerQuery()
        .with_class(Dimension.VALUE, "high")
        .with_class(Dimension.SCALE, "large")
        .with_class(Dimension.VALUE, "low")
    )
    assert query.classes == ((Dimension.SCALE, "large"), (Dimension.VALUE, "low"))
    other = CustomerQuery().with_class(Dimension.VALUE, "low").with_class(Dimension.SCALE, "large")
    assert other == query


def test_an_archived_customer_leaves_the_class_filter(demo_db: Database, manager: Actor) -> None:
    query = CustomerQuery(include_archived=True).with_class(Dimension.SEGMENT, "ordinary")
    before = search_customer_ids(demo_db, manager, query)
    archived = before[0]
    service = CustomerService(demo_db)
    service.archive(manager, archived, service.get(manager, archived).row_version)
    after = search_customer_ids(demo_db, manager, query)
    assert set(after) == set(before) - {archived}


def test_counts_and_cross_tables_match_the_table(demo_db: Database, manager: Actor) -> None:
    view = segments_view(demo_db, manager)
    assert view.total == len(_sql(demo_db)) > 0
    for dimension in Dimension:
        connection = sqlite3.connect(demo_db.path)
        expected = Counter(
            dict(
                connection.execute(
                    f"SELECT cc.{dimension.value}, count(*) FROM customer_classes cc "
                    f"JOIN customers c ON c.id = cc.customer_id WHERE {LIVE} "
                    f"GROUP BY cc.{dimension.value}"
                ).fetchall()
            )
        )
        connection.close()
        assert Counter(view.counts[dimension]) == expected
        assert sum(view.counts[dimension].values()) == view.total
    for table in view.tables:
        assert table.total == view.total
        assert sum(table.row_total(row) for row in table.row_keys) == view.total
        assert sum(table.column_total(col) for col in table.column_keys) == view.total
        if isinstance(table.rows, Dimension):
            for row in table.row_keys:
                assert table.row_total(row) == view.counts[table.rows].get(row, 0)
        if isinstance(table.columns, Dimension):
            for column in table.column_keys:
                assert table.column_total(column) == view.counts[table.columns].get(column, 0)


def test_each_cell_opens_exactly_the_customers_behind_its_number(
    demo_db: Database, manager: Actor
) -> None:
    view = segments_view(demo_db, manager)
    checked = 0
    for table in view.tables:
        for row in table.row_keys:
            for column in table.column_keys:
                ids = search_customer_ids(demo_db, manager, table.query(row, column))
                assert len(ids) == table.count(row, column), (table.rows, row, column)
                checked += bool(ids)
            total = search_customer_ids(demo_db, manager, table.query(row, None))
            assert len(total) == table.row_total(row)
    township_table = next(table for table in view.tables if table.columns == TOWNSHIP)
    assert len(township_table.column_keys) > 1
    assert checked > 10


def test_an_officer_counts_only_their_own_customers(
    demo_db: Database, officer: Actor, manager: Actor
) -> None:
    own = _sql(demo_db, "c.officer_id = ?", (officer.user_id,))
    view = segments_view(demo_db, officer)
    assert 0 < view.total == len(own) < segments_view(demo_db, manager).total
    for table in view.tables:
        for row in table.row_keys:
            for column in table.column_keys:
                ids = search_customer_ids(demo_db, officer, table.query(row, column))
                assert set(ids) <= own
                assert len(ids) == table.count(row, column)


# ----------------------------------------------------------------------- saved segments


def test_a_saved_segment_round_trips_every_filter(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    from agricrm.domain.enums import BusinessMode, CreditGrade, CustomerStatus
    from agricrm.services.saved_segments import save_segment, saved_segments

    township = _township_with_potential(demo_db)
    query = (
        CustomerQuery(
            text="wang",
            township=township,
            village="某村",
            business_mode=next(iter(BusinessMode)),
            credit_grade=next(iter(CreditGrade)),
            status=CustomerStatus.ACTIVE,
            include_archived=True,
            officer_id=officer.user_id,  # not kept: the segment serves every user
        )
        .with_class(Dimension.SEGMENT, "potential")
        .with_class(Dimension.NEEDS, "service")
    )
    saved = save_segment(demo_db, officer, "  三镇 潜力客户 ", query)
    assert saved.name == "三镇 潜力客户"
    [again] = saved_segments(demo_db, manager)
    assert again.name == "三镇 潜力客户" and again.owner_id == officer.user_id
    assert again.query == replace(query, officer_id=None)


def test_segment_names_are_checked_and_only_the_owner_or_a_manager_changes_one(
    demo_db: Database, manager: Actor, officer: Actor, other_officer: Actor
) -> None:
    from agricrm.domain.errors import NotFound, PermissionDenied, ValidationFailed
    from agricrm.services.saved_segments import (
        delete_segment,
        rename_segment,
        save_segment,
        saved_segments,
    )

    query = CustomerQuery().with_class(Dimension.VALUE, "high")
    save_segment(demo_db, officer, "高价值", query)
    for name in ("", "  ", "高价值", " 高价值 ", "长" * 41):
        with pytest.raises(ValidationFailed) as raised:
            save_segment(demo_db, manager, name, query)
        assert raised.value.errors[0].field == "name"
    with pytest.raises(PermissionDenied):
        rename_segment(demo_db, other_officer, "高价值", "别人的")
    with pytest.raises(PermissionDenied):
        delete_segment(demo_db, other_officer, "高价值")
    rename_segment(demo_db, officer, "高价值", "高价值客户")
    save_segment(demo_db, other_officer, "沉睡", CustomerQuery())
    with pytest.raises(ValidationFailed):
        rename_segment(demo_db, manager, "沉睡", "高价值客户")
    assert [s.name for s in saved_segments(demo_db, officer)] == ["沉睡", "高价值客户"]
    delete_segment(demo_db, manager, "沉睡")
    with pytest.raises(NotFound):
        delete_segment(demo_db, manager, "沉睡")
    assert [s.name for s in saved_segments(demo_db, other_officer)] == ["高价值客户"]
