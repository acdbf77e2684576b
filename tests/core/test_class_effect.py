"""What the rules screen reads beside the rules: the customers of an effect (only those the
user may see) and where the current rules came from (defaults, saved here, a package)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.classification.rules import DEFAULT_RULES
from agricrm.models import Customer
from agricrm.services import classes
from agricrm.services.actor import Actor
from agricrm.services.class_effect import (
    RulesSource,
    check_document,
    classified_count,
    customer_briefs,
    rules_origin,
)
from agricrm.services.customers import CustomerService
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor


def _stricter() -> dict:
    document = DEFAULT_RULES.to_json()
    document["activity"]["months"] = 2
    return document


def test_briefs_name_only_the_customers_the_user_may_see(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    with demo_db.read() as session:
        rows = session.execute(select(Customer.id, Customer.officer_id, Customer.name)).all()
    ids = [row[0] for row in rows]
    own = {row[0] for row in rows if row[1] == officer.user_id}
    assert own and len(own) < len(ids)

    everyone = customer_briefs(demo_db, manager, ids)
    assert set(everyone) == set(ids)
    assert {cid: brief.name for cid, brief in everyone.items()} == {r[0]: r[2] for r in rows}
    assert all(brief.number.startswith("KH-") and brief.village for brief in everyone.values())
    assert set(customer_briefs(demo_db, officer, ids)) == own

    gone = ids[0]
    service = CustomerService(demo_db)
    service.delete(manager, gone, service.get(manager, gone).row_version)
    assert gone not in customer_briefs(demo_db, manager, ids)


def test_the_origin_of_the_rules_defaults_saved_here_then_from_a_package(
    demo_db: Database, manager: Actor, officer: Actor, tmp_path: Path
) -> None:
    origin = rules_origin(demo_db, officer)  # everyone may read where the rules came from
    assert (origin.version, origin.source, origin.stored_at) == (1, RulesSource.DEFAULT, None)

    classes.save_rules(demo_db, manager, _stricter())
    origin = rules_origin(demo_db, manager)
    assert (origin.version, origin.source) == (2, RulesSource.SAVED_HERE)
    assert origin.stored_at is not None

    laptop = open_database(tmp_path / "laptop.db")
    try:
        laptop_admin = resolve_actor(laptop)
        classes.save_rules(laptop, laptop_admin, DEFAULT_RULES)  # version 2 saved there
        assert rules_origin(laptop, laptop_admin).source is RulesSource.SAVED_HERE
        newer = _stricter()
        classes.save_rules(demo_db, manager, newer)  # version 3 at the branch
        export_package(demo_db, manager, tmp_path / "p.xlsx")
        apply_import(laptop, laptop_admin, tmp_path / "p.xlsx")
        origin = rules_origin(laptop, laptop_admin)
        assert (origin.version, origin.source) == (3, RulesSource.PACKAGE)
        assert origin.stored_at is not None
    finally:
        laptop.close()


def test_the_check_is_the_one_saving_runs_and_the_count_is_who_is_reclassified(
    demo_db: Database, manager: Actor
) -> None:
    document = DEFAULT_RULES.to_json()
    assert check_document(demo_db, manager, document) == []
    document["value"]["counted_products"] = ["lottery"]
    assert [e.field for e in check_document(demo_db, manager, document)] == [
        "value.counted_products[0]"
    ]
    with demo_db.read() as session:
        active = session.scalar(
            select(Customer.id).where(Customer.deleted.is_(False)).order_by(Customer.id).limit(1)
        )
    before = classified_count(demo_db, manager)
    assert before > 0
    service = CustomerService(demo_db)
    service.delete(manager, active, service.get(manager, active).row_version)
    assert classified_count(demo_db, manager) == before - 1
