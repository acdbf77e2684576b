"""The named list in storage (issue 15, part B): posts, the rules as a branch setting and in
packages, assignments with history on real SQLite files, the eligibility review and sync."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agricrm.db.database import Database, open_database
from agricrm.db.door import Cause
from agricrm.demo.generator import build_demo_database
from agricrm.domain.classification.facts import CardLevel, Segment
from agricrm.domain.errors import NotFound, PermissionDenied, ValidationFailed
from agricrm.domain.named_list.decisions import QuotaStatus
from agricrm.models import Customer, CustomerClasses, NamedListAssignment, User
from agricrm.services import named_list
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.named_list_rules import read_named_list_rules, save_named_list_rules
from agricrm.services.sync_conflicts import list_conflicts
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import ImportRejected, apply_import
from agricrm.services.users import resolve_actor

ON = dt.date(2026, 7, 1)


def _user_id(db: Database, username: str) -> int:
    with db.read() as session:
        found = session.scalar(select(User.id).where(User.username == username))
    assert found is not None
    return found


def _customers(db: Database, count: int) -> list[int]:
    """Live customers who are not quality customers: only their card makes them eligible."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Customer.id)
                .join(CustomerClasses, CustomerClasses.customer_id == Customer.id)
                .where(
                    ~Customer.deleted,
                    Customer.archived_at.is_(None),
                    CustomerClasses.segment != Segment.QUALITY.value,
                )
                .order_by(Customer.id)
                .limit(count)
            )
        )


def _standing(db: Database, customer_id: int) -> tuple[str | None, CardLevel | None]:
    with db.read() as session:
        segment = session.scalar(
            select(CustomerClasses.segment).where(CustomerClasses.customer_id == customer_id)
        )
        card = session.scalar(select(Customer.card_level).where(Customer.id == customer_id))
    return segment, card


def _set_card(db: Database, actor: Actor, customer_id: int, card: CardLevel | None) -> None:
    """Through the customer service, as the form saves it (classes refreshed in step)."""
    service = CustomerService(db)
    detail = service.get(actor, customer_id)
    edited = dataclasses.replace(detail.to_input(), card_level=card)
    service.update(actor, customer_id, edited, detail.row_version)


def _rows(db: Database) -> list[NamedListAssignment]:
    with db.read() as session:
        rows = list(session.scalars(select(NamedListAssignment).order_by(NamedListAssignment.id)))
        session.expunge_all()
    return rows


@pytest.fixture
def staff(demo_db: Database, manager: Actor) -> dict[str, int]:
    """The manager as branch head and 王芳 as a rural officer."""
    ids = {name: _user_id(demo_db, name) for name in ("lijianguo", "wangfang", "liqiang")}
    named_list.set_post(demo_db, manager, ids["lijianguo"], "branch_head")
    named_list.set_post(demo_db, manager, ids["wangfang"], "rural_officer")
    return ids


# ---------------------------------------------------------------------- rules and posts


def test_the_rules_are_read_by_everyone_and_saved_by_managers_as_the_next_version(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    rules = read_named_list_rules(demo_db, officer)
    assert rules.version == 1
    document = rules.to_json()
    document["quotas"]["teller"] = 12
    with pytest.raises(PermissionDenied):
        save_named_list_rules(demo_db, officer, document)
    saved = save_named_list_rules(demo_db, manager, document)
    assert saved.version == 2 and saved.post("teller").quota == 12  # type: ignore[union-attr]
    assert read_named_list_rules(demo_db, officer) == saved
    document["quotas"]["teller"] = -1
    document["required_products"] = ["no_such_product"]
    with pytest.raises(ValidationFailed) as raised:
        save_named_list_rules(demo_db, manager, document)
    assert {e.field for e in raised.value.errors} == {"quotas.teller", "required_products[0]"}
    assert read_named_list_rules(demo_db, officer) == saved  # nothing half-saved


def test_a_post_must_be_one_of_the_rules_and_only_a_manager_gives_it(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    wangfang = _user_id(demo_db, "wangfang")
    with pytest.raises(PermissionDenied):
        named_list.set_post(demo_db, officer, wangfang, "branch_head")
    with pytest.raises(ValidationFailed) as raised:
        named_list.set_post(demo_db, manager, wangfang, "astronaut")
    assert [e.field for e in raised.value.errors] == ["post"]
    with pytest.raises(NotFound):
        named_list.set_post(demo_db, manager, 999_999, "teller")
    named_list.set_post(demo_db, manager, wangfang, "teller")
    with demo_db.read() as session:
        assert session.scalar(select(User.post).where(User.id == wangfang)) == "teller"


def test_the_vip_mark_is_recorded_by_a_manager_with_its_day_and_travels(
    demo_db: Database, manager: Actor, officer: Actor, tmp_path: Path
) -> None:
    (customer,) = _customers(demo_db, 1)
    with pytest.raises(PermissionDenied):
        named_list.set_vip_mark(demo_db, officer, customer, True, on=ON)
    with pytest.raises(NotFound):
        named_list.set_vip_mark(demo_db, manager, 999_999, True, on=ON)
    named_list.set_vip_mark(demo_db, manager, customer, True, on=ON)

    def mark(db: Database, customer_id: int) -> tuple[dt.date | None, str | None]:
        with db.read() as session:
            row = session.execute(
                select(Customer.vip_marked_on, User.username)
                .outerjoin(User, User.id == Customer.vip_marked_by_id)
                .where(Customer.id == customer_id)
            ).one()
        return row[0], row[1]

    assert mark(demo_db, customer) == (ON, "lijianguo")
    export_package(demo_db, manager, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        apply_import(hq, resolve_actor(hq), tmp_path / "full.xlsx")
        assert mark(hq, _same_customer(demo_db, hq, customer)) == (ON, "lijianguo")
    finally:
        hq.close()
    named_list.set_vip_mark(demo_db, manager, customer, False)
    assert mark(demo_db, customer) == (None, None)


# ------------------------------------------------------------------------ assignments


def test_assign_reassign_and_delist_keep_the_history(
    demo_db: Database, manager: Actor, officer: Actor, staff: dict[str, int]
) -> None:
    (customer,) = _customers(demo_db, 1)
    outcome = named_list.assign(demo_db, manager, [customer], staff["wangfang"], "重点维护", on=ON)
    assert outcome.listed == (customer,)
    with pytest.raises(PermissionDenied):  # an officer cannot reassign
        named_list.assign(demo_db, officer, [customer], staff["lijianguo"], "x", on=ON)
    with pytest.raises(PermissionDenied):
        named_list.delist_customer(demo_db, officer, customer, "x", on=ON)
    with pytest.raises(ValidationFailed) as raised:  # already theirs: said, not repeated
        named_list.assign(demo_db, manager, [customer], staff["wangfang"], "again", on=ON)
    assert [e.field for e in raised.value.errors] == ["maintainer"]
    later = ON + dt.timedelta(days=30)
    moved = named_list.assign(demo_db, manager, [customer], staff["lijianguo"], "调岗", on=later)
    assert moved.reassigned == (customer,)
    with pytest.raises(ValidationFailed):  # a date before the current assignment began
        named_list.delist_customer(demo_db, manager, customer, "退出", on=ON)
    named_list.delist_customer(demo_db, manager, customer, "客户销户", on=later + dt.timedelta(1))

    history = named_list.assignment_history(demo_db, manager, customer)
    assert [(h.maintainer, h.assigned_on, h.ended_on, h.end_reason) for h in history] == [
        ("王芳", ON, later, "调岗"),
        ("李建国", later, later + dt.timedelta(1), "客户销户"),
    ]
    assert all(h.assigned_by == manager.display_name for h in history)
    assert named_list.listed_customers(demo_db, manager, staff["lijianguo"]) == []
    with pytest.raises(PermissionDenied):  # nobody maintains it now: not the officer's to see
        named_list.assignment_history(demo_db, officer, customer)


def test_a_maintainer_without_a_post_or_who_left_is_refused_and_nothing_is_written(
    demo_db: Database, manager: Actor, staff: dict[str, int]
) -> None:
    customers = _customers(demo_db, 3)
    with pytest.raises(ValidationFailed) as raised:
        named_list.assign(demo_db, manager, customers, staff["liqiang"], "试点", on=ON)
    assert [e.field for e in raised.value.errors] == ["maintainer"]
    with demo_db.write(None, Cause.FORM) as session:
        left = session.get(User, staff["wangfang"])
        assert left is not None
        left.active = False
    # accounts keep no leaving date: deactivated counts as left on the day it was changed
    with pytest.raises(ValidationFailed) as raised:
        named_list.assign(
            demo_db, manager, customers, staff["wangfang"], "试点", on=dt.date.today()
        )
    assert "left the branch" in str(raised.value.errors[0].message)
    assert _rows(demo_db) == []


def test_an_ineligible_customer_needs_a_reason_and_every_problem_is_said_at_once(
    demo_db: Database, manager: Actor, staff: dict[str, int]
) -> None:
    first, second, third = _customers(demo_db, 3)
    for customer in (first, second, third):
        _set_card(demo_db, manager, customer, CardLevel.ORDINARY)
    with pytest.raises(ValidationFailed) as raised:
        named_list.assign(
            demo_db, manager, [first, second, first, 999_999], staff["wangfang"], "", on=ON
        )
    assert [e.field for e in raised.value.errors] == [
        "customers[3]",  # unknown
        "customers[0]",
        "customers[1]",
        "customers[2]",  # chosen twice
    ]
    assert _rows(demo_db) == []
    _set_card(demo_db, manager, third, CardLevel.GOLD)  # eligible by card: no reason needed
    assert named_list.assign(demo_db, manager, [third], staff["wangfang"], on=ON).listed == (third,)
    (row,) = _rows(demo_db)
    assert (row.customer_id, row.eligible, row.reason) == (third, True, "")


def test_review_flags_a_customer_whose_class_or_card_changed_and_drops_nobody(
    demo_db: Database, manager: Actor, officer: Actor, staff: dict[str, int]
) -> None:
    first, second, third = _customers(demo_db, 3)
    _set_card(demo_db, manager, first, CardLevel.GOLD)
    _set_card(demo_db, manager, second, CardLevel.PLATINUM)
    _set_card(demo_db, manager, third, CardLevel.ORDINARY)
    named_list.assign(demo_db, manager, [first, second], staff["wangfang"], on=ON)
    named_list.assign(demo_db, manager, [third], staff["wangfang"], "行长指定", on=ON)
    assert named_list.review(demo_db, manager) == []  # the third was listed with a reason

    _set_card(demo_db, manager, first, CardLevel.ORDINARY)  # the card that made them eligible
    flags = named_list.review(demo_db, manager)
    assert [f.customer_id for f in flags] == [first]
    assert flags[0].maintainer == "王芳"
    words = " ".join(str(reason) for reason in flags[0].reasons)
    assert "Ordinary card" in words or "普卡" in words
    assert named_list.listed_customers(demo_db, manager, staff["wangfang"]) == [
        first,
        second,
        third,
    ]  # flagged, not dropped
    # 王芳 reviews her own list; 李强 (no customers listed) has nothing to review
    assert [f.customer_id for f in named_list.review(demo_db, officer)] == [first]
    other = resolve_actor(demo_db, "liqiang")
    assert named_list.review(demo_db, other) == []

    service = CustomerService(demo_db)
    service.archive(manager, second, service.get(manager, second).row_version)
    assert {f.customer_id for f in named_list.review(demo_db, manager)} == {first, second}


def test_the_overview_counts_each_maintainer_against_the_quota_of_their_post(
    demo_db: Database, manager: Actor, officer: Actor, staff: dict[str, int]
) -> None:
    customers = _customers(demo_db, 6)
    named_list.assign(demo_db, manager, customers[:5], staff["wangfang"], "试点", on=ON)
    named_list.assign(demo_db, manager, customers[5:], staff["lijianguo"], "试点", on=ON)
    lines = {line.name: line for line in named_list.maintainers(demo_db, manager)}
    assert (lines["王芳"].count, lines["王芳"].quota.status) == (5, QuotaStatus.AT)
    assert (lines["李建国"].count, lines["李建国"].quota.status) == (1, QuotaStatus.BELOW)
    assert [line.post for line in named_list.maintainers(demo_db, manager)][:2] == [
        "branch_head",
        "rural_officer",
    ]
    assert [line.name for line in named_list.maintainers(demo_db, officer)] == ["王芳"]
    with pytest.raises(PermissionDenied):
        named_list.listed_customers(demo_db, officer, staff["lijianguo"])


# --------------------------------------------------------------------------- at scale


@pytest.fixture(scope="module")
def big_branch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("named") / "big.db"
    build_demo_database(path, 1100, seed=3, as_of=dt.date(2026, 6, 30))
    return path


@pytest.fixture
def big_db(big_branch: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "big.db"
    target.write_bytes(big_branch.read_bytes())
    db = open_database(target)
    yield db
    db.close()


def test_a_bulk_assignment_of_1000_is_one_decision_with_its_history(big_db: Database) -> None:
    manager = resolve_actor(big_db, "lijianguo")
    wangfang, lijianguo = _user_id(big_db, "wangfang"), _user_id(big_db, "lijianguo")
    named_list.set_post(big_db, manager, wangfang, "rural_officer")
    named_list.set_post(big_db, manager, lijianguo, "branch_head")
    customers = _customers(big_db, 1000)
    assert len(customers) == 1000
    with pytest.raises(ValidationFailed):  # one unknown customer refuses all of it
        named_list.assign(big_db, manager, [*customers[:999], 0], wangfang, "试点", on=ON)
    assert _rows(big_db) == []
    start = time.perf_counter()
    outcome = named_list.assign(big_db, manager, customers, wangfang, "名单制试点", on=ON)
    first_took = time.perf_counter() - start
    assert len(outcome.listed) == 1000
    later = ON + dt.timedelta(days=90)
    moved = named_list.assign(big_db, manager, customers[:600], lijianguo, "调整", on=later)
    assert (len(moved.reassigned), moved.listed, moved.unchanged) == (600, (), ())
    again = named_list.assign(big_db, manager, customers[:700], lijianguo, "调整", on=later)
    assert (len(again.unchanged), len(again.reassigned)) == (600, 100)
    with big_db.read() as session:
        total = session.scalar(select(func.count()).select_from(NamedListAssignment))
        current = {
            maintainer: count
            for maintainer, count in session.execute(
                select(NamedListAssignment.maintainer_id, func.count())
                .where(NamedListAssignment.ended_on.is_(None))
                .group_by(NamedListAssignment.maintainer_id)
            )
        }
    assert total == 1700
    assert current == {lijianguo: 700, wangfang: 300}
    history = named_list.assignment_history(big_db, manager, customers[650])
    assert [(h.maintainer_id, h.ended_on) for h in history] == [
        (wangfang, later),
        (lijianguo, None),
    ]
    print(f"bulk assignment of 1,000: {first_took:.2f} s")


# ------------------------------------------------------------------------------- sync


def test_assignments_posts_and_rules_travel_and_a_change_on_two_devices_is_a_conflict(
    demo_db: Database, manager: Actor, staff: dict[str, int], tmp_path: Path
) -> None:
    first, second = _customers(demo_db, 2)
    named_list.assign(demo_db, manager, [first, second], staff["wangfang"], "试点", on=ON)
    document = read_named_list_rules(demo_db, manager).to_json()
    document["notice_months"] = 2
    save_named_list_rules(demo_db, manager, document)
    export_package(demo_db, manager, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        apply_import(hq, hq_admin, tmp_path / "full.xlsx")
        hq_rules = read_named_list_rules(hq, hq_admin)
        assert (hq_rules.version, hq_rules.notice_months) == (2, 2)
        hq_ids = {name: _user_id(hq, name) for name in staff}
        with hq.read() as session:
            posts = {name: post for name, post in session.execute(select(User.username, User.post))}
        assert posts["wangfang"] == "rural_officer" and posts["lijianguo"] == "branch_head"
        hq_first = _same_customer(demo_db, hq, first)
        hq_second = _same_customer(demo_db, hq, second)
        listed = named_list.listed_customers(hq, hq_admin, hq_ids["wangfang"])
        assert sorted(listed) == sorted([hq_first, hq_second])

        # the same assignment ended on both devices in different ways: a conflict
        later = ON + dt.timedelta(days=10)
        named_list.delist_customer(demo_db, manager, first, "客户销户", on=later)
        named_list.assign(hq, hq_admin, [hq_first], hq_ids["lijianguo"], "调岗", on=later)
        # one side only: taken as an update
        named_list.assign(demo_db, manager, [second], staff["lijianguo"], "调岗", on=later)
        export_package(demo_db, manager, tmp_path / "since.xlsx", since_last=True)
        result = apply_import(hq, hq_admin, tmp_path / "since.xlsx")
        assert result.conflicts == 1
        (conflict,) = list_conflicts(hq, hq_admin)
        assert conflict.entity == "named_list_assignments"
        fields = {f.key: f for f in conflict.fields}
        assert (fields["end_reason"].local, fields["end_reason"].incoming) == ("调岗", "客户销户")
        history = named_list.assignment_history(hq, hq_admin, hq_second)
        assert [(h.maintainer, h.ended_on) for h in history] == [
            ("王芳", later),
            ("李建国", None),
        ]
    finally:
        hq.close()


def test_two_devices_listing_one_customer_are_flagged_and_settled_by_a_withdrawal(
    demo_db: Database, manager: Actor, staff: dict[str, int], tmp_path: Path
) -> None:
    """Two new assignments are two records: no conflict, but two current maintainers.  The
    review says so, assigning refuses, and withdrawing the wrong one settles it."""
    (customer,) = _customers(demo_db, 1)
    export_package(demo_db, manager, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        apply_import(hq, hq_admin, tmp_path / "full.xlsx")
        hq_customer = _same_customer(demo_db, hq, customer)
        named_list.assign(demo_db, manager, [customer], staff["wangfang"], "试点", on=ON)
        named_list.assign(hq, hq_admin, [hq_customer], _user_id(hq, "lijianguo"), "试点", on=ON)
        (ours,) = named_list.assignment_history(hq, hq_admin, hq_customer)
        with pytest.raises(ValidationFailed):  # a sound history is reassigned, not settled
            named_list.withdraw_assignment(hq, hq_admin, ours.id, "重复")
        export_package(demo_db, manager, tmp_path / "since.xlsx", since_last=True)
        assert apply_import(hq, hq_admin, tmp_path / "since.xlsx").conflicts == 0

        assert [f.customer_id for f in named_list.review(hq, hq_admin)] == [hq_customer]
        with pytest.raises(ValidationFailed) as raised:
            named_list.assign(hq, hq_admin, [hq_customer], _user_id(hq, "wangfang"), "x", on=ON)
        assert "contradict" in str(raised.value.errors[0].message)
        with pytest.raises(ValidationFailed):
            named_list.delist_customer(hq, hq_admin, hq_customer, "x", on=ON)
        with pytest.raises(PermissionDenied):
            named_list.withdraw_assignment(hq, resolve_actor(hq, "wangfang"), ours.id, "重复")
        with pytest.raises(ValidationFailed) as raised:
            named_list.withdraw_assignment(hq, hq_admin, ours.id, "  ")
        assert [e.field for e in raised.value.errors] == ["reason"]

        named_list.withdraw_assignment(hq, hq_admin, ours.id, "与笔记本重复指定")
        (kept,) = named_list.assignment_history(hq, hq_admin, hq_customer)
        assert (kept.maintainer, kept.ended_on) == ("王芳", None)
        assert named_list.review(hq, hq_admin) == []
        with hq.read() as session:
            withdrawn = session.get(NamedListAssignment, ours.id)
            assert withdrawn is not None
            assert (withdrawn.deleted, withdrawn.end_reason) == (True, "与笔记本重复指定")
        # the withdrawal travels back like any change
        export_package(hq, hq_admin, tmp_path / "hq.xlsx", since_last=True)
        assert apply_import(demo_db, manager, tmp_path / "hq.xlsx").conflicts == 0
        (back,) = named_list.assignment_history(demo_db, manager, customer)
        assert back.maintainer == "王芳"
    finally:
        hq.close()


def _same_customer(source: Database, target: Database, customer_id: int) -> int:
    with source.read() as session:
        uuid = session.scalar(select(Customer.uuid).where(Customer.id == customer_id))
    with target.read() as session:
        found = session.scalar(select(Customer.id).where(Customer.uuid == uuid))
    assert found is not None
    return found


def test_a_package_with_broken_named_list_rules_is_refused_whole(
    demo_db: Database, manager: Actor, tmp_path: Path
) -> None:
    from agricrm.services.named_list_rules import RULES_KEY
    from agricrm.services.settings import store_setting

    document = read_named_list_rules(demo_db, manager).to_json()
    document["version"] = 5
    document["quotas"]["teller"] = -3
    with demo_db.write(None, Cause.FORM) as session:
        store_setting(session, RULES_KEY, document)
    export_package(demo_db, manager, tmp_path / "bad.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        with pytest.raises(ImportRejected) as raised:
            apply_import(hq, resolve_actor(hq), tmp_path / "bad.xlsx")
        assert "named_list_rules.quotas.teller" in {i.column for i in raised.value.plan.issues}
        assert read_named_list_rules(hq, resolve_actor(hq)).version == 1
    finally:
        hq.close()
