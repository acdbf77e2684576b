"""Differentiated service (issue 14, item 5): the segments' service strategy drives the visit
cadence, the Today view's order and its greetings, and shows on the profile sheet — on real
database files, through the services."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.domain.cadence import CadenceClass, DueReason, add_months, dormant_from
from agricrm.domain.classification.rules import ClassificationRules, Strategy
from agricrm.domain.customer import LoanInput, ProductionItemInput
from agricrm.domain.enums import LoanClassification, ProductionKind
from agricrm.models import CustomerClasses, CustomerSchedule
from agricrm.services import classes, reports, schedule
from agricrm.services.actor import Actor
from agricrm.services.class_facts import facts_between
from agricrm.services.customers import CustomerService
from agricrm.services.today import today_view
from agricrm.services.visits import VisitService
from tests.conftest import DEMO_AS_OF

from .helpers import valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS

TODAY = dt.date.today()  # the classes are computed as of the day of the write


def _schedule(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [
            tuple(row)
            for row in session.execute(select(CustomerSchedule).order_by("customer_id")).scalars()
            for row in [
                (
                    row.customer_id,
                    row.officer_id,
                    row.due_date,
                    row.due_reason,
                    row.cadence_class,
                    row.last_visit_date,
                    row.birthday_code,
                )
            ]
        ]


def _row(db: Database, customer_id: int) -> tuple[dt.date | None, DueReason | None, CadenceClass]:
    with db.read() as session:
        row = session.get(CustomerSchedule, customer_id)
        assert row is not None
        return row.due_date, row.due_reason, row.cadence_class


def _segment(db: Database, customer_id: int) -> tuple[str | None, str | None]:
    with db.read() as session:
        row = session.get(CustomerClasses, customer_id)
        assert row is not None
        return row.segment, row.activity


def _small_farm(db: Database, balance: int) -> Any:
    """A small crop farm with one normal loan (good credit)."""
    data = valid_input(db, land_area_mu=Decimal(10))
    data.production_items = [
        ProductionItemInput(kind=ProductionKind.CROP, name="小麦", quantity=Decimal(10), unit="亩")
    ]
    data.loans = [
        LoanInput(
            lender="本行",
            product="农户小额贷款",
            amount=Decimal(balance),
            balance=Decimal(balance),
            start_date=dt.date(2020, 3, 1),
            due_date=dt.date(2030, 3, 1),
            classification=LoanClassification.NORMAL,
        )
    ]
    return data


def _visit(db: Database, actor: Actor, customer_id: int, day: dt.date) -> None:
    VisitService(db).create(
        actor, VisitService(db).new_input(actor, customer_id, visit_date=day, purpose="回访")
    )


def test_a_segment_change_moves_the_due_date(demo_db: Database, manager: Actor) -> None:
    service = CustomerService(demo_db)
    made = service.create(manager, _small_farm(demo_db, 20000))
    visited = TODAY - dt.timedelta(days=10)
    _visit(demo_db, manager, made.id, visited)
    assert _segment(demo_db, made.id) == ("ordinary", "active")
    assert _row(demo_db, made.id) == (
        add_months(visited, 3),
        DueReason.CADENCE,
        CadenceClass.ORDINARY,
    )

    # 500,000 yuan of loans and of deposits and ten years with the branch: a quality customer
    data = _small_farm(demo_db, 500000)
    data.loans = [dataclasses.replace(data.loans[0], id=made.loans[0].id)]
    data.production_items = [
        dataclasses.replace(data.production_items[0], id=made.production_items[0].id)
    ]
    data.cooperation_since = TODAY.replace(year=TODAY.year - 11)
    data.deposit_balance = data.deposit_average = Decimal(500000)
    data.deposits_read_on = TODAY
    service.update(manager, made.id, data, made.row_version)
    assert _segment(demo_db, made.id) == ("quality", "active")
    assert _row(demo_db, made.id) == (
        add_months(visited, 1),
        DueReason.CADENCE,
        CadenceClass.QUALITY,
    )


def test_a_dormant_customer_is_due_a_reactivation_visit(demo_db: Database, manager: Actor) -> None:
    data = valid_input(demo_db, loans=[])  # no loan written today: the visit is the contact
    made = CustomerService(demo_db).create(manager, data)
    long_ago = add_months(TODAY, -8)
    _visit(demo_db, manager, made.id, long_ago)
    assert _segment(demo_db, made.id)[1] == "dormant"
    assert _row(demo_db, made.id) == (
        dormant_from(long_ago, 6) + dt.timedelta(days=30),
        DueReason.REACTIVATION,
        CadenceClass.DORMANT,
    )
    # a visit wakes them up: their segment's cadence again, from that visit
    _visit(demo_db, manager, made.id, TODAY)
    due, reason, key = _row(demo_db, made.id)
    assert key is not CadenceClass.DORMANT and reason is DueReason.CADENCE and due > TODAY


def _with_strategy(rules: ClassificationRules, **changes: Strategy) -> dict[str, Any]:
    return dataclasses.replace(rules, strategy={**rules.strategy, **changes}).to_json()


def test_due_dates_after_a_rules_save_equal_a_rebuild(demo_db: Database, manager: Actor) -> None:
    before = _schedule(demo_db)
    rules = classes.read_rules(demo_db, manager)
    document = _with_strategy(
        rules, potential=dataclasses.replace(rules.strategy["potential"], visit_months=5)
    )
    document["segment"]["potential"]["min_value_score"] = 20  # more potential customers
    document["activity"]["months"] = 9  # fewer dormant ones, and later
    classes.save_rules(demo_db, manager, document)
    saved = _schedule(demo_db)
    assert saved != before
    moved = {row[0] for row in saved} - {row[0] for row in set(before) & set(saved)}
    assert len(moved) > 50
    schedule.rebuild_schedule(demo_db, manager)
    assert _schedule(demo_db) == saved


def test_rules_adopted_from_a_package_move_the_due_dates_too(
    demo_db: Database, manager: Actor
) -> None:
    rules = classes.read_rules(demo_db, manager)
    newer = dataclasses.replace(
        rules,
        version=rules.version + 1,
        strategy={
            **rules.strategy,
            "ordinary": dataclasses.replace(rules.strategy["ordinary"], visit_months=12),
        },
    )
    with demo_db.write(manager, Cause.IMPORT) as session:
        classes.adopt_rules(session, newer)
    adopted = _schedule(demo_db)
    ordinary = [row for row in adopted if row[4] is CadenceClass.ORDINARY]
    assert ordinary and all(
        row[3] is not DueReason.CADENCE or row[2] == add_months(row[5], 12) for row in ordinary
    )
    with demo_db.write(manager, Cause.REBUILD) as session:
        schedule.rebuild_schedule_on(writer_of(session))
    assert _schedule(demo_db) == adopted


def test_today_lists_the_overdue_by_strategy_priority_then_due_date(
    demo_db: Database, manager: Actor
) -> None:
    view = today_view(demo_db, manager, DEMO_AS_OF)
    ranks = {key: s.priority for key, s in classes.read_rules(demo_db, manager).strategy.items()}
    keys = [(item.priority, item.due_date) for item in view.overdue]
    assert keys == sorted(keys) and len({rank for rank, _ in keys}) >= 2
    assert all(item.priority == ranks[item.cadence_class.value] for item in view.overdue)

    # the ordinary customers first once their strategy ranks first
    rules = classes.read_rules(demo_db, manager)
    classes.save_rules(
        demo_db,
        manager,
        _with_strategy(rules, ordinary=dataclasses.replace(rules.strategy["ordinary"], priority=1)),
    )
    view = today_view(demo_db, manager, DEMO_AS_OF)
    assert view.overdue[0].cadence_class is CadenceClass.ORDINARY


def test_greetings_follow_the_strategys_care(demo_db: Database, manager: Actor) -> None:
    rules = classes.read_rules(demo_db, manager)
    greeting = {key for key, s in rules.strategy.items() if "birthday" in s.care}
    assert greeting == {"quality", "potential"}  # the defaults
    everyone = _with_strategy(
        rules,
        **{
            key: dataclasses.replace(s, care=("birthday", "festival"))
            for key, s in rules.strategy.items()
        },
    )
    classes.save_rules(demo_db, manager, everyone)
    every_birthday = today_view(demo_db, manager, DEMO_AS_OF).birthdays
    strategy_of = {row[0]: row[4] for row in _schedule(demo_db)}
    assert {strategy_of[b.customer_id] for b in every_birthday} - {
        CadenceClass.QUALITY,
        CadenceClass.POTENTIAL,
    }  # ordinary or dormant customers' birthdays are listed now

    rules = classes.read_rules(demo_db, manager)
    only_potential = _with_strategy(
        rules,
        **{
            key: dataclasses.replace(s, care=("birthday",) if key == "potential" else ())
            for key, s in rules.strategy.items()
        },
    )
    classes.save_rules(demo_db, manager, only_potential)
    view = today_view(demo_db, manager, DEMO_AS_OF)
    assert [b.customer_id for b in view.birthdays] == [
        b.customer_id
        for b in every_birthday
        if strategy_of[b.customer_id] is CadenceClass.POTENTIAL
    ]
    assert view.festivals == ()  # no strategy greets festivals any more


def test_the_profile_sheet_prints_the_strategy(demo_db: Database, admin: Actor) -> None:
    made = CustomerService(demo_db).create(admin, valid_input(demo_db, land_area_mu=Decimal(320)))
    text = all_text(reports.customer_sheet(demo_db, admin, made.id, OPTIONS).pdf)
    compact = "".join(text.split())
    assert "服务策略潜力客户·每2个月走访·生日、节日问候·今日优先级3" in compact


def test_the_schedule_reads_the_last_contact_the_activity_class_reads(
    demo_db: Database,
) -> None:
    """`schedule.last_contacts` (four grouped queries) against the classification's own facts,
    for every customer of the demo branch (visits, care, loans, products held)."""
    with demo_db.read() as session:
        connection = session.connection()
        facts, _gone = facts_between(connection, 1, 10**9)
        expected = {}
        for cid, (one, _override) in facts.items():
            days = [
                day
                for day in (
                    one.last_visit,
                    one.last_care,
                    one.last_loan_change,
                    one.last_product_change,
                )
                if day is not None
            ]
            if days:
                expected[cid] = max(days)
        kinds = [
            sum(getattr(one, name) is not None for one, _ in facts.values())
            for name in ("last_visit", "last_care", "last_loan_change", "last_product_change")
        ]
        assert all(kinds)  # the demo has every kind of contact
        assert schedule.last_contacts(connection, sorted(facts)) == expected
