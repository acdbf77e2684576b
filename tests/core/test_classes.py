"""Customers' classes kept in step: facts read from the database, the table refreshed with
every change that feeds it (equal to a rebuild), rules saved with the reclassification as one
operation, the effect previewed, the officer's override kept until its facts change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, text

from agricrm.db.database import Database, open_database
from agricrm.db.door import Cause, inside, writer_of
from agricrm.domain.care import CareInput
from agricrm.domain.classification.classify import credit_fingerprint
from agricrm.domain.classification.facts import CreditStatus, Dimension, LoanFact
from agricrm.domain.customer import ProductionItemInput
from agricrm.domain.enums import LoanClassification, ProductionKind
from agricrm.domain.errors import PermissionDenied, StaleRecord, ValidationFailed
from agricrm.exchange.schema import META_SHEET
from agricrm.models import Customer
from agricrm.services import care, classes, reports
from agricrm.services.actor import Actor
from agricrm.services.class_facts import facts_between
from agricrm.services.credit_override import credit_status, set_credit_override
from agricrm.services.customers import CustomerService
from agricrm.services.progress import Cancelled, Progress
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import ImportRejected, apply_import, preview_import
from agricrm.services.users import resolve_actor

from .helpers import valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS

COLUMNS = (
    "customer_id, rules_version, scale, industry, credit, value, segment, needs, activity, "
    "relationship, credit_computed, value_score, reasons_json"
)


def _rows(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def _table(db: Database) -> list[tuple[Any, ...]]:
    return _rows(db, f"SELECT {COLUMNS} FROM customer_classes ORDER BY customer_id")


def _one(db: Database, customer_id: int) -> dict[str, Any]:
    with db.read() as session:
        row = session.execute(
            text("SELECT * FROM customer_classes WHERE customer_id = :id"), {"id": customer_id}
        ).one()
        return dict(row._mapping)


def _changes(db: Database, customer_id: int) -> list[tuple[str, str, str, int]]:
    return [
        tuple(row)  # type: ignore[misc]
        for row in _rows(
            db,
            "SELECT dimension, from_class, to_class, rules_version FROM class_changes "
            "WHERE customer_id = :id ORDER BY id",
            id=customer_id,
        )
    ]


def _facts(db: Database, customer_id: int) -> Any:
    with db.read() as session:
        found, _gone = facts_between(session.connection(), customer_id, customer_id)
    return found[customer_id]


def test_facts_are_read_from_the_file_its_items_and_loans(demo_db: Database, admin: Actor) -> None:
    service = CustomerService(demo_db)
    made = service.create(
        admin,
        valid_input(
            demo_db,
            land_area_mu=Decimal("12"),
            production_items=[
                ProductionItemInput(
                    kind=ProductionKind.LIVESTOCK, name="生猪", quantity=Decimal(200), unit="头"
                ),
                ProductionItemInput(
                    kind=ProductionKind.LIVESTOCK, name="肉鸭", quantity=Decimal(50), unit="羽"
                ),
                ProductionItemInput(
                    kind=ProductionKind.AQUACULTURE,
                    name="鱼塘",
                    quantity=Decimal("30.5"),
                    unit="亩",
                ),
                ProductionItemInput(
                    kind=ProductionKind.AQUACULTURE, name="小龙虾", quantity=Decimal(10), unit="亩"
                ),
            ],
        ),
    )
    facts, override = _facts(demo_db, made.id)
    assert facts.land_mu == Decimal(12)
    assert set(facts.livestock) == {("pig", 200), ("肉鸭", 50)}  # an unknown kind as written
    assert facts.water_mu == Decimal("40.5")
    assert facts.production_kinds == {ProductionKind.LIVESTOCK, ProductionKind.AQUACULTURE}
    assert facts.loans == (LoanFact(Decimal(150000), LoanClassification.NORMAL),)
    assert facts.overdue_times is None and facts.longest_overdue_days is None  # not recorded
    assert facts.products is None and facts.needs is None and facts.last_visit is None
    assert facts.last_loan_change == dt.date.today()
    assert override is None

    bare = service.create(admin, valid_input(demo_db, loans=[], production_items=[]))
    facts, _ = _facts(demo_db, bare.id)
    assert facts.loans is None and facts.production_kinds is None  # never entered: unknown
    repaid = dataclasses.replace(valid_input(demo_db).loans[0], balance=Decimal(0))
    paid = service.create(admin, valid_input(demo_db, loans=[repaid]))
    assert _facts(demo_db, paid.id)[0].loans == ()  # known to be none outstanding


def test_each_change_that_feeds_the_classes_refreshes_them(demo_db: Database, admin: Actor) -> None:
    service = CustomerService(demo_db)
    made = service.create(admin, valid_input(demo_db, land_area_mu=Decimal(120)))
    first = _one(demo_db, made.id)
    assert (first["scale"], first["rules_version"]) == ("medium", 1)
    assert _changes(demo_db, made.id) == []  # classified for the first time: nothing moved

    data = valid_input(demo_db, land_area_mu=Decimal(250))
    data.loans = [dataclasses.replace(made_loan, id=made.loans[0].id) for made_loan in data.loans]
    data.production_items = [
        dataclasses.replace(item, id=made.production_items[0].id) for item in data.production_items
    ]
    updated = service.update(admin, made.id, data, made.row_version)
    assert _one(demo_db, made.id)["scale"] == "large"
    assert _changes(demo_db, made.id) == [("scale", "medium", "large", 1)]

    data.loans = [dataclasses.replace(data.loans[0], classification=LoanClassification.SUBSTANDARD)]
    service.update(admin, made.id, data, updated.row_version)
    assert _one(demo_db, made.id)["credit"] == "poor"

    with demo_db.write(None, Cause.REBUILD) as session, inside():  # dormant, on purpose
        session.execute(
            text("UPDATE customer_classes SET activity = 'dormant' WHERE customer_id = :id"),
            {"id": made.id},
        )
    care.log_care(demo_db, admin, CareInput(customer_id=made.id, notes="电话问候"))
    assert _one(demo_db, made.id)["activity"] == "active"  # the care was a contact
    assert _changes(demo_db, made.id)[-1] == ("activity", "dormant", "active", 1)

    service.archive(admin, made.id, service.get(admin, made.id).row_version)
    assert (
        _rows(demo_db, "SELECT 1 FROM customer_classes WHERE customer_id = :id", id=made.id) == []
    )


def test_a_refresh_of_everyone_equals_a_rebuild(demo_db: Database) -> None:
    built = _table(demo_db)
    assert built  # the demo classified everyone it made
    ids = [row[0] for row in built]
    with demo_db.write(None, Cause.REBUILD) as session:
        writer = writer_of(session)
        writer.execute_local(text("DELETE FROM customer_classes"))
        classes.refresh_classes(writer, ids)
    assert _table(demo_db) == built
    with demo_db.write(None, Cause.REBUILD) as session:
        classes.rebuild_classes_on(writer_of(session))
    assert _table(demo_db) == built
    assert _rows(demo_db, "SELECT count(*) FROM class_changes") == [(0,)]


def _stricter(db: Database, admin: Actor) -> dict[str, Any]:
    """The branch's rules with the medium value tier from a score of 30 instead of 40."""
    document = classes.read_rules(db, admin).to_json()
    document["value"]["tiers"]["low"]["below"] = 30
    document["value"]["tiers"]["medium"]["from"] = 30
    return document


def test_a_rules_change_reclassifies_exactly_the_affected_customers(
    demo_db: Database, manager: Actor
) -> None:
    before = {row[0]: row for row in _table(demo_db)}
    affected = {
        cid
        for cid, score in _rows(demo_db, "SELECT customer_id, value_score FROM customer_classes")
        if 300 <= score < 400
    }
    assert affected  # the demo has customers scoring 30 to 40

    effect = classes.preview_rules(demo_db, manager, _stricter(demo_db, manager))
    assert set(effect.changed) == affected
    assert all(
        [(c.dimension, c.before, c.after) for c in moves] == [(Dimension.VALUE, "low", "medium")]
        for moves in effect.changed.values()
    )
    low_before, low_after = effect.counts[Dimension.VALUE]["low"]
    assert low_before - low_after == len(affected)
    assert _table(demo_db) == list(before.values())  # a preview saves nothing

    saved = classes.save_rules(demo_db, manager, _stricter(demo_db, manager))
    assert saved.version == 2 == classes.read_rules(demo_db, manager).version
    after = {row[0]: row for row in _table(demo_db)}
    moved = {cid for cid in after if after[cid][2:] != before[cid][2:]}  # all but the version
    assert moved == affected
    assert {row[1] for row in after.values()} == {2}
    recorded = _rows(demo_db, "SELECT customer_id, dimension, rules_version FROM class_changes")
    assert sorted(recorded) == sorted((cid, "value", 2) for cid in affected)
    shown = classes.class_changes(demo_db, manager, min(affected))
    assert [(c.dimension, c.reason) for c in shown] == [(Dimension.VALUE, classes.Reason.RULES)]


def test_a_cancelled_or_refused_rules_change_keeps_the_previous_rules_and_classes(
    demo_db: Database, manager: Actor
) -> None:
    before = _table(demo_db)
    progress = Progress(lambda done, total: progress.cancel())
    with pytest.raises(Cancelled):
        classes.save_rules(demo_db, manager, _stricter(demo_db, manager), progress)
    assert classes.read_rules(demo_db, manager).version == 1
    assert _table(demo_db) == before
    assert _rows(demo_db, "SELECT count(*) FROM class_changes") == [(0,)]

    wrong = _stricter(demo_db, manager)
    wrong["value"]["weights"]["growth"] = -5
    with pytest.raises(ValidationFailed) as refused:
        classes.save_rules(demo_db, manager, wrong)
    assert [error.field for error in refused.value.errors] == ["value.weights.growth"]
    assert classes.read_rules(demo_db, manager).version == 1
    assert _table(demo_db) == before


def test_an_override_is_kept_across_a_reclassification_until_its_facts_change(
    demo_db: Database, manager: Actor
) -> None:
    service = CustomerService(demo_db)
    made = service.create(manager, valid_input(demo_db))
    assert _one(demo_db, made.id)["credit"] == "good"
    facts, _ = _facts(demo_db, made.id)
    set_credit_override(
        demo_db, manager, made.id, CreditStatus.POOR, " 担保人失联 ", made.row_version
    )
    with demo_db.read() as session:
        stored = session.execute(
            select(Customer.credit_override_reason, Customer.credit_override_facts).where(
                Customer.id == made.id
            )
        ).one()
    assert tuple(stored) == ("担保人失联", credit_fingerprint(facts))
    kept = _one(demo_db, made.id)
    assert (kept["credit"], kept["credit_computed"], kept["reasons_json"]) == ("poor", "good", "{}")
    shown = credit_status(demo_db, manager, made.id)
    assert (shown.computed, shown.kept, shown.override_reason, shown.lapsed) == (
        CreditStatus.GOOD,
        CreditStatus.POOR,
        "担保人失联",
        None,
    )

    classes.save_rules(demo_db, manager, _stricter(demo_db, manager))
    assert _one(demo_db, made.id)["credit"] == "poor"  # a rules change keeps it
    reasons = classes.explain_customer(demo_db, manager, made.id)
    assert reasons.override is not None and reasons.override.reason == "担保人失联"

    detail = service.get(manager, made.id)
    data = valid_input(demo_db, land_area_mu=detail.land_area_mu)
    data.production_items = [
        dataclasses.replace(item, id=detail.production_items[0].id)
        for item in data.production_items
    ]
    data.loans = [  # a repayment: the fingerprint reads no balance, the override holds
        dataclasses.replace(data.loans[0], id=detail.loans[0].id, balance=Decimal(100000))
    ]
    detail = service.update(manager, made.id, data, detail.row_version)
    assert _one(demo_db, made.id)["credit"] == "poor"

    data.loans = [
        dataclasses.replace(data.loans[0], classification=LoanClassification.SPECIAL_MENTION)
    ]
    service.update(manager, made.id, data, detail.row_version)
    lapsed = _one(demo_db, made.id)
    assert (lapsed["credit"], lapsed["credit_computed"]) == ("fair", "fair")
    assert lapsed["reasons_json"] == '{"override_lapsed": true}'
    with demo_db.read() as session:
        assert session.scalar(select(Customer.credit_override).where(Customer.id == made.id))
    shown = credit_status(demo_db, manager, made.id)
    assert (shown.computed, shown.kept, shown.override_reason, shown.lapsed) == (
        CreditStatus.FAIR,
        CreditStatus.FAIR,
        None,
        (CreditStatus.POOR, "担保人失联"),
    )


def test_an_override_needs_a_reason_and_can_be_cleared(demo_db: Database, manager: Actor) -> None:
    made = CustomerService(demo_db).create(manager, valid_input(demo_db))
    before = _one(demo_db, made.id)
    for reason in ("", "  ", "长" * 201):
        with pytest.raises(ValidationFailed) as refused:
            set_credit_override(demo_db, manager, made.id, CreditStatus.FAIR, reason, 1)
        assert [error.field for error in refused.value.errors] == ["reason"]
    assert _one(demo_db, made.id) == before

    version = set_credit_override(demo_db, manager, made.id, CreditStatus.FAIR, "口碑差", 1)
    assert _one(demo_db, made.id)["credit"] == "fair"
    with pytest.raises(StaleRecord):
        set_credit_override(demo_db, manager, made.id, None, "", 1)
    set_credit_override(demo_db, manager, made.id, None, "ignored", version)
    assert _one(demo_db, made.id)["credit"] == "good"
    with demo_db.read() as session:
        stored = session.execute(
            select(
                Customer.credit_override,
                Customer.credit_override_reason,
                Customer.credit_override_facts,
            ).where(Customer.id == made.id)
        ).one()
    assert tuple(stored) == (None, "", "")
    changes = classes.class_changes(demo_db, manager, made.id)
    assert [(c.from_class, c.to_class) for c in changes if c.dimension is Dimension.CREDIT] == [
        ("fair", "good"),
        ("good", "fair"),
    ]


def test_only_who_may_edit_the_file_keeps_a_credit_status(
    demo_db: Database, officer: Actor, other_officer: Actor
) -> None:
    with demo_db.read() as session:
        theirs, version = session.execute(
            select(Customer.id, Customer.row_version)
            .where(Customer.officer_id == other_officer.user_id, Customer.archived_at.is_(None))
            .limit(1)
        ).one()
    with pytest.raises(PermissionDenied):
        set_credit_override(demo_db, officer, theirs, CreditStatus.POOR, "听说", version)
    with pytest.raises(PermissionDenied):
        credit_status(demo_db, officer, theirs)
    set_credit_override(demo_db, other_officer, theirs, CreditStatus.POOR, "听说", version)
    assert credit_status(demo_db, other_officer, theirs).kept is CreditStatus.POOR


def test_explained_classes_equal_the_stored_ones(demo_db: Database, manager: Actor) -> None:
    for row in _table(demo_db)[:40]:
        explained = classes.explain_customer(demo_db, manager, row[0])
        codes = explained.codes()
        assert tuple(codes[dimension] for dimension in Dimension) == row[2:10]
        assert all(verdict.reasons for verdict in explained.verdicts())


def _by_uuid(db: Database) -> dict[str, tuple[Any, ...]]:
    rows = _rows(
        db,
        f"SELECT c.uuid, k.reclassify_on, k.{COLUMNS.replace(', ', ', k.')} "
        "FROM customer_classes k JOIN customers c ON c.id = k.customer_id",
    )
    return {row[0]: row[1:2] + row[3:] for row in rows}  # not the local id, nor when classified


def test_rules_travel_in_packages_and_a_newer_version_wins(
    demo_db: Database, manager: Actor, tmp_path: Path
) -> None:
    classes.save_rules(demo_db, manager, _stricter(demo_db, manager))  # version 2
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        export_package(demo_db, manager, tmp_path / "p1.xlsx")
        apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
        assert classes.read_rules(hq, hq_admin) == classes.read_rules(demo_db, manager)
        assert _by_uuid(hq) == _by_uuid(demo_db)  # every laptop classifies alike

        mine = classes.read_rules(hq, hq_admin).to_json()
        mine["activity"]["months"] = 3
        assert classes.save_rules(hq, hq_admin, mine).version == 3
        export_package(demo_db, manager, tmp_path / "p2.xlsx", since_last=True)
        apply_import(hq, hq_admin, tmp_path / "p2.xlsx")  # still brings version 2
        assert classes.read_rules(hq, hq_admin).version == 3  # kept until a newer arrives
        assert classes.read_rules(hq, hq_admin).activity.months == 3
    finally:
        hq.close()


def test_unusable_rules_in_a_package_are_named_and_refuse_the_import(
    demo_db: Database, manager: Actor, tmp_path: Path
) -> None:
    classes.save_rules(demo_db, manager, _stricter(demo_db, manager))
    export_package(demo_db, manager, tmp_path / "p.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "p.xlsx")
    sheet = workbook[META_SHEET]
    (cell,) = [row[2] for row in sheet.iter_rows() if row[1].value == classes.PACKAGE_KEY]
    document = json.loads(cell.value)
    document["value"]["weights"]["growth"] = -5
    cell.value = json.dumps(document)
    workbook.save(tmp_path / "p.xlsx")

    hq = open_database(tmp_path / "hq.db")
    try:
        plan = preview_import(hq, resolve_actor(hq), tmp_path / "p.xlsx")
        assert [(i.sheet, i.column) for i in plan.issues] == [(META_SHEET, "value.weights.growth")]
        with pytest.raises(ImportRejected):
            apply_import(hq, resolve_actor(hq), tmp_path / "p.xlsx")
        assert classes.read_rules(hq, resolve_actor(hq)).version == 1
    finally:
        hq.close()


def test_the_profile_sheet_prints_the_classes_their_reasons_and_changes(
    demo_db: Database, admin: Actor
) -> None:
    service = CustomerService(demo_db)
    made = service.create(admin, valid_input(demo_db, land_area_mu=Decimal(120)))
    data = valid_input(demo_db, land_area_mu=Decimal(320))
    data.loans = [dataclasses.replace(data.loans[0], id=made.loans[0].id)]
    data.production_items = [
        dataclasses.replace(data.production_items[0], id=made.production_items[0].id)
    ]
    service.update(admin, made.id, data, made.row_version)

    text = all_text(reports.customer_sheet(demo_db, admin, made.id, OPTIONS).pdf)
    compact = "".join(text.split())
    assert "客户分类（规则第1版）" in compact and "生产规模大型农户" in compact
    assert "大型农户：耕地320亩≥200亩" in compact  # the reason
    assert "分类变化" in compact and "中型农户→大型农户" in compact


def test_a_preview_reports_progress_and_stops_when_cancelled(
    demo_db: Database, manager: Actor
) -> None:
    reports: list[tuple[int, int]] = []
    classes.preview_rules(
        demo_db, manager, _stricter(demo_db, manager), Progress(lambda d, t: reports.append((d, t)))
    )
    assert reports[-1][0] == reports[-1][1] > 0

    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        classes.preview_rules(demo_db, manager, _stricter(demo_db, manager), progress)
