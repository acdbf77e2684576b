"""Sync packages between devices: round trips, since-last, conflicts, ordering, formulas."""

from __future__ import annotations

import dataclasses
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select

from agricrm.db.database import Database, open_database
from agricrm.db.door import Writer
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.records import content_hash, record_select, table_of
from agricrm.exchange.schema import BY_ENTITY, SHEETS
from agricrm.models import Customer, Loan
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.customers import CustomerService
from agricrm.services.sync_conflicts import list_conflicts, resolve_conflict
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import Action, ImportRejected, apply_import, preview_import
from agricrm.services.sync_merge import merge_packages
from agricrm.services.users import resolve_actor


@pytest.fixture
def hq(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "hq.db")
    yield db
    db.close()


def _records(db: Database) -> dict[str, dict[str, dict[str, object]]]:
    with db.read() as session:
        connection = session.connection()
        return {
            spec.entity: {
                row["uuid"]: dict(row) for row in connection.execute(record_select(spec)).mappings()
            }
            for spec in SHEETS
        }


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            spec.entity: session.scalar(select(func.count()).select_from(table_of(spec))) or 0
            for spec in SHEETS
        }


def test_round_trip_keeps_every_field_of_every_record(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    from agricrm.demo.complaints import add_complaints_to_file
    from tests.conftest import DEMO_AS_OF

    add_complaints_to_file(demo_db.path, 60, 7, DEMO_AS_OF)
    package = tmp_path / "full.xlsx"
    first = export_package(demo_db, admin, package)
    assert first.row_counts["customers"] == 400
    assert first.row_counts["visits"] > 1000 and first.row_counts["complaints"] == 60
    assert first.row_counts["complaint_events"] > 60
    result = apply_import(hq, resolve_actor(hq), package)
    assert result.conflicts == 0
    source, copy = _records(demo_db), _records(hq)
    for spec in SHEETS:
        assert copy[spec.entity].keys() == source[spec.entity].keys(), spec.entity
        for uuid, record in source[spec.entity].items():
            other = copy[spec.entity][uuid]
            assert content_hash(spec, other) == content_hash(spec, record), (spec.entity, uuid)
            for key in ("created_at", "updated_at"):
                assert other[key] == record[key]
    again = export_package(hq, resolve_actor(hq), tmp_path / "again.xlsx")
    assert again.checksum == first.checksum
    # the copy is searchable like the original
    assert search_customer_ids(hq, resolve_actor(hq), CustomerQuery(text="王"))


def test_importing_the_same_package_twice_changes_nothing(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    package = tmp_path / "full.xlsx"
    export_package(demo_db, admin, package)
    apply_import(hq, resolve_actor(hq), package)
    before = _records(hq), _counts(hq)
    second = apply_import(hq, resolve_actor(hq), package)
    assert second.plan.total(Action.NEW) == second.plan.total(Action.UPDATE) == 0
    assert (_records(hq), _counts(hq)) == before


def test_new_and_updated_customers_are_found_by_search_and_the_cache_is_restored(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    from agricrm.db.database import CACHE_KIB

    def cache_sizes(db: Database) -> set[int]:
        sizes = set()
        for _ in range(3):  # whichever pooled connection a session gets
            with db.read() as session:
                sizes.add(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())
        return sizes

    hq_admin = resolve_actor(hq)
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    _edit(demo_db, admin, x, name="欧阳新名")
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    result = apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
    assert result.plan.total(Action.UPDATE) >= 1
    with hq.read() as session:
        from agricrm.models import Customer

        x_id = session.scalar(select(Customer.id).where(Customer.uuid == x))
    assert search_customer_ids(hq, hq_admin, CustomerQuery(text="欧阳新名")) == [x_id]
    assert search_customer_ids(hq, hq_admin, CustomerQuery(text="王"))  # the new ones
    assert cache_sizes(hq) == {-CACHE_KIB}
    from openpyxl import Workbook

    typed = Workbook()
    typed.active.title = "客户"
    typed.active.append(["姓名", "乡镇", "村"])
    typed.active.append(["甲", "无此镇", "无此村"])
    typed.save(tmp_path / "typed.xlsx")
    with pytest.raises(ImportRejected):
        apply_import(hq, hq_admin, tmp_path / "typed.xlsx")
    assert cache_sizes(hq) == {-CACHE_KIB}


def _edit(db: Database, actor: Actor, customer_uuid: str, **changes: object) -> None:
    service = CustomerService(db)
    with db.read() as session:
        from agricrm.models import Customer

        customer_id = session.scalar(select(Customer.id).where(Customer.uuid == customer_uuid))
    detail = service.get(actor, customer_id)
    data = dataclasses.replace(detail.to_input(), **changes)
    service.update(actor, customer_id, data, detail.row_version)


def _uuids(db: Database, actor: Actor, count: int) -> list[str]:
    with db.read() as session:
        from agricrm.models import Customer

        return list(session.scalars(select(Customer.uuid).order_by(Customer.id).limit(count)))


def test_since_last_carries_edits_and_deletes_both_ways(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    export_package(hq, hq_admin, tmp_path / "hq-base.xlsx")  # HQ's first package: full
    assert apply_import(demo_db, admin, tmp_path / "hq-base.xlsx").plan.total(Action.NEW) == 0
    x, y = _uuids(demo_db, admin, 2)
    _edit(demo_db, admin, x, notes="officer's note")
    with demo_db.read() as session:
        borrower = session.scalar(
            select(Loan.customer_id)
            .join(Customer, Customer.id == Loan.customer_id)
            .where(~Loan.deleted, Customer.uuid.not_in([x, y]))
            .order_by(Loan.customer_id)
            .limit(1)
        )
        assert borrower is not None
        dropped = set(
            session.scalars(select(Loan.uuid).where(Loan.customer_id == borrower, ~Loan.deleted))
        )
    detail = CustomerService(demo_db).get(admin, borrower)
    CustomerService(demo_db).update(
        admin, borrower, dataclasses.replace(detail.to_input(), loans=[]), detail.row_version
    )
    _edit(hq, hq_admin, y, notes="HQ correction")

    officer_package = export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    assert officer_package.base_seq == 1
    assert officer_package.row_counts["customers"] == 2  # x, and the borrower who lost loans
    assert officer_package.row_counts["loans"] == len(dropped)
    applied = apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
    assert applied.conflicts == 0
    hq_records = _records(hq)
    assert hq_records["customers"][x]["notes"] == "officer's note"
    assert {uuid for uuid in dropped if hq_records["loans"][uuid]["deleted"] is True} == dropped

    hq_package = export_package(hq, hq_admin, tmp_path / "hq2.xlsx", since_last=True)
    assert hq_package.row_counts["customers"] >= 1
    back = apply_import(demo_db, admin, tmp_path / "hq2.xlsx")
    assert back.conflicts == 0
    assert _records(demo_db)["customers"][y]["notes"] == "HQ correction"
    assert _records(demo_db)["customers"][x]["notes"] == "officer's note"


def test_a_record_changed_on_both_sides_waits_in_the_queue_and_is_resolved_per_field(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    _edit(demo_db, admin, x, notes="officer", land_area_mu=Decimal("88"))
    _edit(hq, hq_admin, x, notes="HQ", household_size=9)
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    before = _records(hq)["customers"][x]
    result = apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
    assert result.conflicts == 1
    assert _records(hq)["customers"][x] == before  # never overwritten silently

    (conflict,) = list_conflicts(hq, hq_admin)
    fields = {f.key: f for f in conflict.fields}
    assert (fields["notes"].local, fields["notes"].incoming) == ("HQ", "officer")
    assert fields["land_area_mu"].differs and fields["household_size"].differs
    resolve_conflict(hq, hq_admin, conflict.id, {"land_area_mu": "incoming"}, note="核实后")
    merged = _records(hq)["customers"][x]
    assert merged["notes"] == "HQ" and merged["household_size"] == 9
    assert merged["land_area_mu"] == Decimal("88")
    assert list_conflicts(hq, hq_admin) == []

    # the resolution travels; the officer's device takes the merged record as an update
    hq_package = export_package(hq, hq_admin, tmp_path / "hq.xlsx", since_last=True)
    assert hq_package.row_counts["conflict_resolutions"] == 1
    back = apply_import(demo_db, admin, tmp_path / "hq.xlsx")
    assert back.conflicts == 0
    assert _records(demo_db)["customers"][x]["notes"] == "HQ"
    assert len(_records(demo_db)["conflict_resolutions"]) == 1


def test_a_package_imported_twice_queues_its_conflict_once(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """Issue 21: an officer and headquarters both changed 陈伯's phone; the officer's package
    imported twice at headquarters listed 陈伯 twice in the Conflicts screen."""
    (x,) = _uuids(demo_db, admin, 1)
    _edit(demo_db, admin, x, name="陈伯")
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    _edit(demo_db, admin, x, phone="13800000001")
    _edit(hq, hq_admin, x, phone="13900000002")
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 1
    again = apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
    assert again.conflicts == 0
    assert again.plan.total(Action.QUEUED) == 1  # already waiting: said, not queued again
    (conflict,) = list_conflicts(hq, hq_admin)
    assert conflict.label == "陈伯"
    # a merge that brings the package a third time does not queue it either
    merge_packages(hq, hq_admin, [tmp_path / "p1.xlsx", tmp_path / "p2.xlsx"])
    assert [c.id for c in list_conflicts(hq, hq_admin)] == [conflict.id]
    resolve_conflict(hq, hq_admin, conflict.id, {"phone": "incoming"})
    assert _records(hq)["customers"][x]["phone"] == "13800000001"
    assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 0  # now stale
    assert list_conflicts(hq, hq_admin) == []


def test_a_resolution_keeps_what_changed_here_after_the_conflict_was_queued(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """Keeping "ours" means our record as it is when the person decides, not the copy taken when
    the conflict was queued: a later edit here (or a later package) must not be undone."""
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    _edit(demo_db, admin, x, notes="officer")
    _edit(hq, hq_admin, x, household_size=9)
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 1
    _edit(hq, hq_admin, x, credit_notes="checked after the package came")
    (conflict,) = list_conflicts(hq, hq_admin)
    shown = {f.key: f for f in conflict.fields}
    assert shown["credit_notes"].local == "checked after the package came"
    resolve_conflict(hq, hq_admin, conflict.id, {"notes": "incoming"})
    merged = _records(hq)["customers"][x]
    assert merged["notes"] == "officer" and merged["household_size"] == 9
    assert merged["credit_notes"] == "checked after the package came"


def test_a_record_set_back_to_earlier_content_is_not_taken_for_that_version(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """Headquarters changes a note, sends it out, and sets it back; meanwhile the laptop,
    which received the change, edits another field.  The laptop's copy passed through the
    content headquarters has now, but not through the version: when lineages were contents
    it was taken as built on it and headquarters' setting back was lost without a conflict (a
    customer reassigned A → B → A, or archived and restored, went the same way; found by the
    sync simulation)."""
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    original = _records(hq)["customers"][x]["notes"]
    _edit(hq, hq_admin, x, notes="temporary")
    export_package(hq, hq_admin, tmp_path / "hq1.xlsx")
    apply_import(demo_db, admin, tmp_path / "hq1.xlsx")
    _edit(hq, hq_admin, x, notes=original)
    _edit(demo_db, admin, x, household_size=9)
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    result = apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
    kept = _records(hq)["customers"][x]["notes"] == original
    assert kept or result.conflicts == 1, "headquarters' change was lost without a conflict"


def test_a_copy_many_versions_behind_takes_the_newer_one_without_a_conflict(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """Headquarters changes a customer and sends it out nine times while one laptop (say its
    officer was away, or the customer belonged to someone else meanwhile) keeps the first
    version.  A package row names every version of its record: when it named the last eight
    only, the laptop queued a conflict for nothing, which an officer cannot resolve, and
    never caught up (found by the sync simulation)."""
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    for n in range(9):
        _edit(hq, hq_admin, x, notes=f"headquarters {n}")
        export_package(hq, hq_admin, tmp_path / f"hq{n}.xlsx")
    result = apply_import(demo_db, admin, tmp_path / "hq8.xlsx")
    assert result.conflicts == 0
    assert _records(demo_db)["customers"][x]["notes"] == "headquarters 8"


def test_a_conflict_on_both_devices_closes_on_the_other_when_one_resolves_it(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """Both sides change one phone and each imports the other's package: each queues the
    conflict.  Headquarters resolves it; its next package closes the laptop's conflict, as
    the version it brings holds both sides (an officer cannot resolve, so it stayed for good)."""
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    _edit(demo_db, admin, x, phone="13700000001")
    _edit(hq, hq_admin, x, phone="13700000002")
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    export_package(hq, hq_admin, tmp_path / "hq1.xlsx", since_last=True)
    assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 1
    assert apply_import(demo_db, admin, tmp_path / "hq1.xlsx").conflicts == 1
    (at_hq,) = list_conflicts(hq, hq_admin)
    resolve_conflict(hq, hq_admin, at_hq.id, {"phone": "incoming"}, "以客户经理为准")
    export_package(hq, hq_admin, tmp_path / "hq2.xlsx", since_last=True)
    result = apply_import(demo_db, admin, tmp_path / "hq2.xlsx")
    assert (result.settled, result.conflicts) == (1, 0)
    assert list_conflicts(demo_db, admin) == []
    assert _records(demo_db)["customers"][x]["phone"] == "13700000001"
    spec = BY_ENTITY["customers"]
    assert content_hash(spec, _records(demo_db)["customers"][x]) == content_hash(
        spec, _records(hq)["customers"][x]
    )


def test_an_edit_undone_on_one_side_leaves_the_other_sides_edit_alone(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """The laptop sets a note and sets it back (an archive and a restore go the same way)
    while headquarters changes the phone: the laptop's copy says what both last had in common,
    so headquarters keeps its phone without a conflict, and the laptop then takes it (found by
    the sync simulation, once lineages were versions)."""
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    original = _records(demo_db)["customers"][x]["notes"]
    _edit(demo_db, admin, x, notes="for a moment")
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    _edit(demo_db, admin, x, notes=original)
    export_package(demo_db, admin, tmp_path / "p3.xlsx")  # full: p2 was lost in the post
    _edit(hq, hq_admin, x, phone="13700000003")
    export_package(hq, hq_admin, tmp_path / "hq1.xlsx", since_last=True)
    assert apply_import(hq, hq_admin, tmp_path / "p3.xlsx").conflicts == 0
    assert _records(hq)["customers"][x]["phone"] == "13700000003"
    assert apply_import(demo_db, admin, tmp_path / "hq1.xlsx").conflicts == 0
    assert _records(demo_db)["customers"][x]["phone"] == "13700000003"


def _toggle_archive(db: Database, actor: Actor, customer_uuid: str) -> None:
    service = CustomerService(db)
    with db.read() as session:
        from agricrm.models import Customer

        customer_id = session.scalar(select(Customer.id).where(Customer.uuid == customer_uuid))
    detail = service.get(actor, customer_id)
    toggle = service.archive if detail.archived_at is None else service.restore
    toggle(actor, customer_id, detail.row_version)


def test_an_archive_undone_before_the_export_leaves_headquarters_archive_alone(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """The laptop archives a customer and restores it before its next export, while
    headquarters archives the same customer: the same field changed on both sides, but the
    laptop's copy is again the version both held, so headquarters keeps its archive without a
    conflict and the laptop takes it (the simulation's model learnt this three-way rule when
    the soak found it predicting a conflict here)."""
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    (x,) = _uuids(demo_db, admin, 1)
    _toggle_archive(demo_db, admin, x)
    _toggle_archive(demo_db, admin, x)
    _toggle_archive(hq, hq_admin, x)
    archived = _records(hq)["customers"][x]["archived_at"]
    assert archived is not None
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    export_package(hq, hq_admin, tmp_path / "hq1.xlsx", since_last=True)
    assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 0
    assert _records(hq)["customers"][x]["archived_at"] == archived
    assert apply_import(demo_db, admin, tmp_path / "hq1.xlsx").conflicts == 0
    assert _records(demo_db)["customers"][x]["archived_at"] == archived


def test_packages_out_of_order_are_held_back(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    a, b = _uuids(demo_db, admin, 2)
    _edit(demo_db, admin, a, notes="second")
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    _edit(demo_db, admin, b, notes="third")
    export_package(demo_db, admin, tmp_path / "p3.xlsx", since_last=True)
    before = _records(hq)
    plan = preview_import(hq, hq_admin, tmp_path / "p3.xlsx")
    assert plan.held_back is not None and "2" in str(plan.held_back)
    with pytest.raises(AgriCrmError, match="Import the missing packages first"):
        apply_import(hq, hq_admin, tmp_path / "p3.xlsx")
    assert _records(hq) == before
    apply_import(hq, hq_admin, tmp_path / "p2.xlsx")
    apply_import(hq, hq_admin, tmp_path / "p3.xlsx")
    assert _records(hq)["customers"][b]["notes"] == "third"


def test_text_that_looks_like_a_formula_is_never_a_formula(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    (x,) = _uuids(demo_db, admin, 1)
    dangerous = '=HYPERLINK("http://evil","点我")'
    _edit(demo_db, admin, x, notes=dangerous, technology_notes="+1-2", credit_notes="@SUM(A1)")
    package = tmp_path / "p.xlsx"
    export_package(demo_db, admin, package)
    with zipfile.ZipFile(package) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any("<f>" in archive.read(n).decode() for n in sheets)
    apply_import(hq, resolve_actor(hq), package)
    record = _records(hq)["customers"][x]
    assert (record["notes"], record["technology_notes"], record["credit_notes"]) == (
        dangerous,
        "+1-2",
        "@SUM(A1)",
    )


def test_own_package_is_refused(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    export_package(demo_db, admin, tmp_path / "p.xlsx")
    with pytest.raises(AgriCrmError, match="exported from this database"):
        preview_import(demo_db, admin, tmp_path / "p.xlsx")


def test_officer_exports_only_their_customers(
    demo_db: Database, officer: Actor, admin: Actor, tmp_path: Path
) -> None:
    result = export_package(demo_db, officer, tmp_path / "mine.xlsx")
    mine = search_customer_ids(demo_db, officer, CustomerQuery(include_archived=True))
    assert result.row_counts["customers"] == len(mine) < 400


@pytest.mark.parametrize("scan_at", [1, 10**9], ids=["one-pass", "lookups"])
def test_the_read_back_notices_a_record_that_was_not_written(
    demo_db: Database,
    admin: Actor,
    hq: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scan_at: int,
) -> None:
    from agricrm.services import sync_import

    package = tmp_path / "full.xlsx"
    expected = export_package(demo_db, admin, package).row_counts["visits"]
    monkeypatch.setattr(sync_import, "RECONCILE_SCAN_AT", scan_at)
    written = Writer.insert

    def losing_the_last_visit(writer, table, rows, **options):  # type: ignore[no-untyped-def]
        written(writer, table, rows[:-1] if table.name == "visits" else rows, **options)

    monkeypatch.setattr(Writer, "insert", losing_the_last_visit)
    with pytest.raises(AgriCrmError) as failure:
        apply_import(hq, resolve_actor(hq), package)
    assert f"{expected - 1} of the {expected}" in str(failure.value)
    monkeypatch.setattr(Writer, "insert", written)
    again = open_database(tmp_path / "second.db")
    try:
        assert apply_import(again, resolve_actor(again), package).applied["visits"] == expected
    finally:
        again.close()


def test_a_database_filled_by_an_import_plans_the_due_date_rebuild_by_customer(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without statistics, SQLite read every finished visit for each block of customers: a
    rebuild after importing a whole branch took 25 s instead of 10 s."""
    from agricrm.services import schedule, sync_import

    package = tmp_path / "full.xlsx"
    export_package(demo_db, admin, package)
    monkeypatch.setattr(sync_import, "STATISTICS_AFTER", 1000)
    apply_import(hq, resolve_actor(hq), package)
    query = schedule._LAST_VISITS.format(only="")
    with hq.read() as session:
        plan = session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {query}", {"low": 1, "high": 100}
        )
        steps = " / ".join(str(row[-1]) for row in plan)
    assert "ix_visits_customer_date" in steps, steps


def _index_sql(db: Database) -> set[tuple[str, str]]:
    with db.read() as session:
        return set(
            session.connection()
            .exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
            .all()
        )


def test_indexes_built_after_a_first_import_are_the_same_and_a_failed_import_keeps_them(
    demo_db: Database,
    admin: Actor,
    hq: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from agricrm.db import door
    from agricrm.services import sync_import

    package = tmp_path / "full.xlsx"
    export_package(demo_db, admin, package)
    monkeypatch.setattr(door, "DEFER_INDEXES_AT", 100)
    before = _index_sql(hq)
    dropped: list[str] = []
    executed = Connection.exec_driver_sql

    def watching(self, statement, *args, **kwargs):  # type: ignore[no-untyped-def]
        if statement.startswith("DROP INDEX"):
            dropped.append(statement)
        return executed(self, statement, *args, **kwargs)

    monkeypatch.setattr(Connection, "exec_driver_sql", watching)

    def failing(*_args: object) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(sync_import, "_refresh_schedules", failing)
    with pytest.raises(RuntimeError):
        apply_import(hq, resolve_actor(hq), package)
    assert any("ix_visits_customer_date" in statement for statement in dropped)
    assert _index_sql(hq) == before
    assert _counts(hq)["visits"] == 0
    monkeypatch.undo()
    monkeypatch.setattr(door, "DEFER_INDEXES_AT", 100)
    apply_import(hq, resolve_actor(hq), package)
    assert _index_sql(hq) == before
    assert _records(hq)["visits"].keys() == _records(demo_db)["visits"].keys()


def test_visits_breaking_the_domain_rules_are_refused_row_by_row(
    demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    """The import checks the typed rows with the visit rules themselves (no cleaned copy)."""
    import datetime as dt

    from openpyxl import load_workbook

    from agricrm.domain.visits import VisitStatus
    from agricrm.exchange.schema import VISITS
    from agricrm.exchange.values import zh_label

    package = tmp_path / "full.xlsx"
    export_package(demo_db, admin, package)
    workbook = load_workbook(package)
    sheet = workbook[VISITS.title]
    at = {key: index for index, key in enumerate(next(sheet.iter_rows(2, 2, values_only=True)))}
    done = [
        row
        for row in sheet.iter_rows(3)
        if row[at["status"]].value == zh_label(VisitStatus.DONE)
        and row[at["next_visit_date"]].value is None
    ][:3]
    future, unhappy, backwards = done
    future[at["visit_date"]].value = dt.date.today() + dt.timedelta(days=30)
    unhappy[at["satisfaction"]].value = 9
    backwards[at["next_visit_date"]].value = dt.date(2001, 1, 1)
    workbook.save(package)
    hq_admin = resolve_actor(hq)
    before = _counts(hq)
    with pytest.raises(ImportRejected) as rejected:
        apply_import(hq, hq_admin, package)
    found = {(i.row, i.column): str(i.reason) for i in rejected.value.plan.issues}
    assert "future" in found[(future[0].row, "走访日期")]
    assert "from 1 to 5" in found[(unhappy[0].row, "满意度")]
    assert "cannot be before" in found[(backwards[0].row, "下次走访日期")]
    assert len(found) == 3
    assert _counts(hq) == before
