"""The same person registered through the form on two devices: resolving the duplicate at
headquarters brings the rows that came with it (status history, production items) along."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.domain.customer import CustomerInput, ProductionItemInput
from agricrm.domain.enums import Gender, ProductionKind
from agricrm.domain.id_number import with_check_digit
from agricrm.models import Customer, CustomerStatusChange, ProductionItem, SyncAlias
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.sync_conflicts import list_conflicts, resolve_conflict
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor
from agricrm.services.villages import list_villages


def _person(db: Database, actor: Actor, **changes: object) -> CustomerInput:
    village = list_villages(db, actor)[0]
    return CustomerInput(
        name="欧阳秀英",
        gender=Gender.FEMALE,
        birth_date=dt.date(1979, 8, 15),
        id_number=with_check_digit("37132119790815004"),
        phone="13705398888",
        province="山东省",
        city="临沂市",
        county="沂南县",
        township=village.township,
        village=village.name,
        **changes,  # type: ignore[arg-type]
    )


def test_resolving_a_duplicate_that_came_with_its_rows(
    demo_db: Database, officer: Actor, tmp_path: Path
) -> None:
    admin = resolve_actor(demo_db)
    export_package(demo_db, admin, tmp_path / "full.xlsx")
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        apply_import(hq, hq_admin, tmp_path / "full.xlsx")
        ours = CustomerService(hq).create(hq_admin, _person(hq, hq_admin))
        twin = CustomerService(demo_db).create(
            officer,
            _person(
                demo_db,
                officer,
                notes="官员登记",
                production_items=[
                    ProductionItemInput(
                        kind=ProductionKind.LIVESTOCK, name="山羊", quantity=Decimal(20), unit="只"
                    )
                ],
            ),
        )
        export_package(demo_db, admin, tmp_path / "since.xlsx", since_last=True)
        apply_import(hq, hq_admin, tmp_path / "since.xlsx")
        (duplicate,) = [c for c in list_conflicts(hq, hq_admin) if c.kind == "duplicate_person"]

        resolve_conflict(hq, hq_admin, duplicate.id, {"notes": "incoming"})

        with hq.read() as session:
            kept = session.scalars(select(Customer).where(Customer.id_number == ours.id_number))
            assert [(c.id, c.notes) for c in kept] == [(ours.id, "官员登记")]
            items = session.scalars(
                select(ProductionItem.name).where(ProductionItem.customer_id == ours.id)
            ).all()
            assert items == ["山羊"]
            changes = session.scalars(
                select(CustomerStatusChange.uuid).where(CustomerStatusChange.customer_id == ours.id)
            ).all()
            assert len(changes) == 2  # ours and the one registered on the officer's device
            aliases = session.execute(select(SyncAlias.foreign_uuid, SyncAlias.local_uuid)).all()
            assert [tuple(a) for a in aliases] == [(twin.uuid, ours.uuid)]
        assert list_conflicts(hq, hq_admin) == []
    finally:
        hq.close()
