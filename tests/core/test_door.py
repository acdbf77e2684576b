"""The one write path: stamps, the guard around it, and the listeners' view of every change."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text, update

from agricrm.db.database import Database, open_database
from agricrm.db.door import (
    Cause,
    ChangeKind,
    NotSynced,
    RecordChange,
    WriteOutsideDoor,
    Writer,
    writer_of,
)
from agricrm.db.location import Location, UnsupportedLocation
from agricrm.models import Customer, SyncCounter, SyncState, Village
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.sync_conflicts import list_conflicts, resolve_conflict
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor
from tests.core.helpers import valid_input


class Heard:
    """Every change a database's listeners are told of, with who and why."""

    def __init__(self, db: Database) -> None:
        self.changes: list[tuple[Cause, int | None, RecordChange]] = []
        db.listen(self)

    def __call__(self, writer: Writer, changes: Sequence[RecordChange]) -> None:
        self.changes.extend((writer.context.cause, writer.context.user_id, c) for c in changes)

    def of(self, table: str, kind: ChangeKind | None = None) -> list[RecordChange]:
        return [
            c for _, _, c in self.changes if c.table == table and (kind is None or c.kind is kind)
        ]


def _counter(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(SyncCounter.value)) or 0


def _customer_row(db: Database, customer_id: int) -> Any:
    with db.read() as session:
        return session.execute(select(Customer.__table__).where(Customer.id == customer_id)).one()


def test_a_write_around_the_door_is_refused_and_changes_nothing(
    demo_db: Database, officer: Actor
) -> None:
    customer_id = (
        CustomerService(demo_db)
        .create(officer, valid_input(demo_db, officer_id=officer.user_id))
        .id
    )
    before = _customer_row(demo_db, customer_id)
    with pytest.raises(WriteOutsideDoor), demo_db.write(officer, Cause.FORM) as session:
        session.connection().execute(
            update(Customer.__table__).where(Customer.id == customer_id).values(notes="暗改")
        )
    with pytest.raises(WriteOutsideDoor), demo_db.write(officer, Cause.FORM) as session:
        session.execute(text("DELETE FROM sync_state"))
    with pytest.raises(WriteOutsideDoor), demo_db.read() as session:
        session.get_one(Customer, customer_id).notes = "读取时改"
        session.flush()
    after = _customer_row(demo_db, customer_id)
    assert (after.notes, after.row_version, after.change_seq) == (
        before.notes,
        before.row_version,
        before.change_seq,
    )


def test_synced_records_are_never_deleted_outright(demo_db: Database, manager: Actor) -> None:
    refused = pytest.raises(WriteOutsideDoor, match="soft_delete")
    with refused, demo_db.write(manager, Cause.FORM) as session:
        session.delete(session.scalars(select(Village).limit(1)).one())
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Village)) > 0


def test_a_form_save_is_stamped_numbered_and_versioned(demo_db: Database, officer: Actor) -> None:
    service = CustomerService(demo_db)
    first = _counter(demo_db)
    created = service.create(officer, valid_input(demo_db, officer_id=officer.user_id))
    row = _customer_row(demo_db, created.id)
    assert row.uuid and row.created_at == row.updated_at and row.row_version == 1
    assert row.change_seq > first
    updated = service.update(
        officer,
        created.id,
        valid_input(demo_db, notes="复查", officer_id=officer.user_id),
        created.row_version,
    )
    again = _customer_row(demo_db, created.id)
    assert updated.row_version == again.row_version == 2
    assert again.change_seq > row.change_seq and again.updated_at > row.updated_at
    assert again.created_at == row.created_at and again.uuid == row.uuid


def test_bulk_writes_are_stamped_like_form_saves(demo_db: Database, manager: Actor) -> None:
    table = Village.__table__
    first = _counter(demo_db)
    with demo_db.write(manager, Cause.IMPORT) as session:
        door = writer_of(session)
        door.insert(
            table, [{"township": "新镇", "name": "甲村"}, {"township": "新镇", "name": "乙村"}]
        )
        ids = list(session.scalars(select(Village.id).where(Village.township == "新镇")))
        door.update(table, [{"id": ids[0], "name": "丙村"}])
        door.soft_delete(table, [ids[1]])
    with demo_db.read() as session:
        rows = session.execute(select(Village.__table__).where(Village.id.in_(ids)).order_by("id"))
        renamed, gone = rows.all()
    assert (renamed.name, renamed.row_version, renamed.deleted) == ("丙村", 2, False)
    assert (gone.row_version, gone.deleted) == (2, True)
    assert renamed.uuid and gone.uuid and renamed.uuid != gone.uuid
    assert first < renamed.change_seq < gone.change_seq == _counter(demo_db)
    assert renamed.updated_at >= renamed.created_at


def test_local_and_synced_tables_are_written_each_their_own_way(
    demo_db: Database, manager: Actor
) -> None:
    with demo_db.write(manager, Cause.FORM) as session:
        door = writer_of(session)
        with pytest.raises(NotSynced):
            door.execute_local(update(Customer.__table__).values(notes=""))
        with pytest.raises(NotSynced):
            door.execute_local(text("UPDATE customers SET notes = ''"))
        with pytest.raises(NotSynced):
            door.insert(SyncState.__table__, [{"key": "k", "value": "v"}])
        with pytest.raises(NotSynced):
            door.set_derived(Customer.__table__, "notes", {1: ""})
        door.insert_local(SyncState.__table__, [{"key": "k", "value": "v"}])
    with demo_db.read() as session:
        assert session.scalar(select(SyncState.value).where(SyncState.key == "k")) == "v"


def test_listeners_hear_every_field_before_and_after_of_a_form_save(
    demo_db: Database, officer: Actor
) -> None:
    heard = Heard(demo_db)
    service = CustomerService(demo_db)
    created = service.create(
        officer, valid_input(demo_db, phone="13900001111", officer_id=officer.user_id)
    )
    (made,) = heard.of("customers", ChangeKind.CREATED)
    assert made.record_uuid == created.uuid and made.fields["phone"] == (None, "13900001111")
    assert {c.table for c in heard.of("loans") + heard.of("production_items")} == {
        "loans",
        "production_items",
    }
    heard.changes.clear()
    service.update(
        officer,
        created.id,
        valid_input(demo_db, phone="13900002222", officer_id=officer.user_id),
        created.row_version,
    )
    (changed,) = heard.of("customers", ChangeKind.UPDATED)
    assert changed.fields["phone"] == ("13900001111", "13900002222")
    assert "row_version" not in changed.fields and "change_seq" not in changed.fields
    assert {(cause, user) for cause, user, _ in heard.changes} == {(Cause.FORM, officer.user_id)}
    heard.changes.clear()
    service.delete(resolve_actor(demo_db, "lijianguo"), created.id, 2)
    (deleted,) = heard.of("customers")
    assert deleted.kind is ChangeKind.DELETED and deleted.fields["deleted"] == (False, True)


def test_listeners_hear_an_import_and_a_conflict_resolution(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        package = tmp_path / "full.xlsx"
        counts = export_package(demo_db, admin, package).row_counts
        heard = Heard(hq)
        apply_import(hq, hq_admin, package)
        assert len(heard.of("customers", ChangeKind.CREATED)) == counts["customers"]
        assert len(heard.of("visits")) == counts["visits"]
        assert {cause for cause, _, _ in heard.changes} == {Cause.IMPORT}

        # both sides change one customer's phone: the import queues it, a manager resolves it
        uuid = heard.of("customers")[0].record_uuid
        with demo_db.read() as session:
            ours = session.scalar(select(Customer.id).where(Customer.uuid == uuid))
        with hq.read() as session:
            theirs = session.scalar(select(Customer.id).where(Customer.uuid == uuid))
        for db, actor, customer_id, phone in (
            (demo_db, admin, ours, "13711112222"),
            (hq, hq_admin, theirs, "13733334444"),
        ):
            service = CustomerService(db)
            detail = service.get(actor, customer_id)
            edited = dataclasses.replace(detail.to_input(), phone=phone)
            service.update(actor, customer_id, edited, detail.row_version)
        export_package(demo_db, admin, tmp_path / "second.xlsx", since_last=True)
        heard.changes.clear()
        apply_import(hq, hq_admin, tmp_path / "second.xlsx")
        assert heard.of("customers") == []  # queued, not applied
        (conflict,) = list_conflicts(hq, hq_admin)
        resolve_conflict(hq, hq_admin, conflict.id, {"phone": "incoming"})
        (resolved,) = heard.of("customers")
        assert resolved.fields["phone"] == ("13733334444", "13711112222")
        assert heard.changes[0][:2] == (Cause.CONFLICT_RESOLUTION, hq_admin.user_id)
    finally:
        hq.close()


def test_a_location_is_a_path_or_a_sqlite_url_and_nothing_else_yet(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    assert Location.of(path) == Location.of(str(path)) == Location.of(f"sqlite:///{path}")
    assert Location.of(path).path == path.resolve()
    with pytest.raises(UnsupportedLocation) as refused:
        Location.of("postgresql://li:secret@server/branch")
    assert "secret" not in str(refused.value) and "li:***@server" in str(refused.value)


def test_the_command_line_refuses_a_server_url_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "agricrm",
            "export",
            "--db",
            "postgresql://li:pw@h/b",
            "--out",
            str(tmp_path / "p.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "pw" not in result.stderr


def test_a_merge_is_heard_as_a_merge(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    from agricrm.services.sync_merge import merge_packages

    package = tmp_path / "full.xlsx"
    export_package(demo_db, admin, package)
    hq = open_database(tmp_path / "hq.db")
    try:
        hq_admin = resolve_actor(hq)
        heard = Heard(hq)
        assert merge_packages(hq, hq_admin, [package]).ok
        assert heard.changes and {cause for cause, _, _ in heard.changes} == {Cause.MERGE}
    finally:
        hq.close()


def test_many_threads_read_at_once_each_on_a_connection_of_its_own(demo_db: Database) -> None:
    """Searches and the Today view read on worker threads.  An engine pooled per thread (what
    SQLAlchemy gives a URL without a file) closed the connections of earlier threads once more
    than five had one: a worker then read through a closed connection and crashed the app."""
    import threading

    threads = 8
    together = threading.Barrier(threads)
    counts: list[int] = []
    failures: list[BaseException] = []

    def read() -> None:
        try:
            with demo_db.read() as session:
                session.scalar(select(func.count()).select_from(Customer))
                together.wait(timeout=30)  # every thread holds its connection here
                counts.append(session.scalar(select(func.count()).select_from(Customer)) or 0)
        except BaseException as error:  # reported below, in the test's own thread
            failures.append(error)

    workers = [threading.Thread(target=read) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert failures == [] and counts == [400] * threads
