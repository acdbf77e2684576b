"""The conflict queue: both versions field by field, and a person's choice applied.

A resolution writes the chosen values onto our record (as a local change, so it travels in the
next export together with its history), remembers both versions' hashes so neither side sees
the other's copy as a new conflict, and keeps a `ConflictResolution` record of who chose what.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Select, bindparam, select, update
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.types import utcnow
from agricrm.domain.errors import AgriCrmError, NotFound
from agricrm.domain.numbers import format_amount
from agricrm.exchange.records import record_select, snapshot_hash, table_of
from agricrm.exchange.schema import BY_ENTITY, Column, Kind, SheetSpec
from agricrm.exchange.values import canonical, from_cell, to_cell
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import (
    Complaint,
    ConflictResolution,
    Customer,
    SyncAlias,
    SyncConflict,
    SyncHistory,
    Visit,
)
from agricrm.services.actor import Actor
from agricrm.services.complaints import visible_complaints
from agricrm.services.policy import ensure_manager, visible_customers

Side = Literal["local", "incoming"]

CONFLICT_NOT_FOUND = QT_TRANSLATE_NOOP("Conflicts", "This conflict was already resolved.")
RECORD_GONE = QT_TRANSLATE_NOOP(
    "Conflicts", "Our copy of this record no longer exists; nothing was changed."
)


@dataclass(frozen=True)
class FieldChoice:
    key: str
    title: str
    local: str
    incoming: str

    @property
    def differs(self) -> bool:
        return self.local != self.incoming


@dataclass(frozen=True)
class ConflictView:
    id: int
    entity: str
    entity_title: str
    record_uuid: str
    kind: str
    label: str
    fields: tuple[FieldChoice, ...]
    device_id: str
    package_seq: int


def _display(column: Column, canonical_value: str) -> str:
    if canonical_value == "":
        return ""
    value = from_cell(column, canonical_value)
    if column.money and value is not None:
        return format_amount(value)
    shown = to_cell(column, value)
    return "" if shown is None else str(shown)


def _ours(connection: Connection, conflict: SyncConflict) -> dict[str, str]:
    """Our side of a conflict: our record as it is now (a later edit or package may have
    changed it since the conflict was queued), spelled like the snapshot taken then."""
    snapshot: dict[str, str] = json.loads(conflict.local_json)
    spec = BY_ENTITY[conflict.entity]
    table = table_of(spec)
    target = snapshot.get("uuid") or conflict.record_uuid
    row = connection.execute(record_select(spec).where(table.c.uuid == target)).mappings().first()
    if row is None:
        return snapshot
    return {column.key: canonical(column, row[column.key]) for column in spec.stored_columns}


def _view(conflict: SyncConflict, local: dict[str, str]) -> ConflictView:
    spec = BY_ENTITY[conflict.entity]
    incoming = json.loads(conflict.incoming_json)
    fields = tuple(
        FieldChoice(
            column.key,
            column.title,
            _display(column, local.get(column.key, "")),
            _display(column, incoming.get(column.key, "")),
        )
        for column in spec.stored_columns
        if column.key not in ("uuid", "created_at", "updated_at", "row_version")
    )
    label = incoming.get("name") or local.get("name") or conflict.record_uuid
    return ConflictView(
        conflict.id,
        conflict.entity,
        spec.title,
        conflict.record_uuid,
        conflict.kind,
        label,
        fields,
        conflict.device_id,
        conflict.package_seq,
    )


def list_conflicts(db: Database, actor: Actor) -> list[ConflictView]:
    """Open conflicts a person must decide (rows riding along with a duplicate are not).

    A manager sees them all.  An officer sees those about their own customers: a customer's
    own conflicts and those of the records that belong to a customer (production items,
    loans, status changes, visits and their follow-ups, care events), and those of the
    complaints they may see; never a village's or a user's.  "Their own" is decided by our
    copy of the record as this database holds it now, the rule every other read applies:
    the incoming version is another device's claim nobody has accepted yet, so trusting its
    officer would let a package (a reassignment at headquarters, or a file made by hand) show
    an officer the fields of a colleague's customer."""
    with db.read() as session:
        conflicts = list(
            session.scalars(
                select(SyncConflict)
                .where(
                    SyncConflict.resolved_at.is_(None),
                    SyncConflict.kind != "belongs_to_duplicate",
                )
                .order_by(SyncConflict.id)
            )
        )
        if not actor.is_manager:
            conflicts = _officers_own(session, actor, conflicts)
        return [_view(conflict, _ours(session.connection(), conflict)) for conflict in conflicts]


def _local_uuid(conflict: SyncConflict) -> str:
    """Our record's uuid: a duplicate person's conflict is filed under the incoming uuid."""
    return str(json.loads(conflict.local_json).get("uuid") or conflict.record_uuid)


def _officers_own(
    session: Session, actor: Actor, conflicts: Sequence[SyncConflict]
) -> list[SyncConflict]:
    """The conflicts whose record, as we hold it, belongs to the officer (one query per kind
    of record; conflicts are few)."""
    by_entity: dict[str, set[str]] = defaultdict(set)
    for conflict in conflicts:
        by_entity[conflict.entity].add(_local_uuid(conflict))
    own: set[tuple[str, str]] = set()
    for entity, uuids in by_entity.items():
        statement = _owned_by(BY_ENTITY[entity], actor)
        if statement is None:
            continue
        model: Any = BY_ENTITY[entity].model
        wanted = sorted(uuids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            own.update(
                (entity, uuid) for uuid in session.scalars(statement.where(model.uuid.in_(chunk)))
            )
    return [c for c in conflicts if (c.entity, _local_uuid(c)) in own]


def _owned_by(spec: SheetSpec, actor: Actor) -> Select[tuple[str]] | None:
    """The uuids of `spec`'s records the officer may see, or None for records that are no
    customer's (villages, users, resolutions): those conflicts are the managers'."""
    model: Any = spec.model
    statement = select(model.uuid)
    if model is Customer:
        return statement.where(visible_customers(actor))
    if spec.parent == "customers":
        return statement.join(Customer, Customer.id == model.customer_id).where(
            visible_customers(actor)
        )
    if spec.parent == "visits":
        return (
            statement.join(Visit, Visit.id == model.visit_id)
            .join(Customer, Customer.id == Visit.customer_id)
            .where(visible_customers(actor))
        )
    if model is Complaint:
        return statement.where(visible_complaints(actor))
    if spec.parent == "complaints":
        return statement.join(Complaint, Complaint.id == model.complaint_id).where(
            visible_complaints(actor)
        )
    return None


def _typed(spec: SheetSpec, snapshot: dict[str, str]) -> dict[str, Any]:
    """The snapshot's values as stored; an empty code is "" where its column allows no NULL
    (a landline, a member's ID number), as the import stores it."""
    table = table_of(spec)
    typed: dict[str, Any] = {}
    for column in spec.stored_columns:
        if column.key in snapshot:
            value = from_cell(column, snapshot.get(column.key, ""))
            if value is None and column.kind is Kind.CODE:
                value = None if table.c[column.model_attr].nullable else ""
            typed[column.key] = value
    return typed


def _ref_ids(connection: Connection, spec: SheetSpec, values: dict[str, Any]) -> dict[str, Any]:
    stored: dict[str, Any] = {}
    for column in spec.stored_columns:
        if column.key not in values:
            continue
        value = values[column.key]
        if column.kind is Kind.REF and value:
            target = table_of(BY_ENTITY[str(column.ref)])
            value = connection.scalar(select(target.c.id).where(target.c.uuid == value))
        stored[column.model_attr] = value
    return stored


def resolve_conflict(
    db: Database,
    actor: Actor,
    conflict_id: int,
    choices: dict[str, Side],
    note: str = "",
) -> None:
    """Keep, per field, our value or the incoming one (unlisted fields keep ours)."""
    ensure_manager(actor)
    with db.write(actor, Cause.CONFLICT_RESOLUTION) as session:
        writer = writer_of(session)
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFound(CONFLICT_NOT_FOUND)
        spec = BY_ENTITY[conflict.entity]
        connection = session.connection()
        local = _ours(connection, conflict)
        incoming = json.loads(conflict.incoming_json)
        chosen = {
            key: incoming.get(key, "") if choices.get(key) == "incoming" else local.get(key, "")
            for key in local
        }
        target_uuid = local.get("uuid") or conflict.record_uuid
        chosen["uuid"] = target_uuid
        table = table_of(spec)
        current = connection.execute(select(table.c.id).where(table.c.uuid == target_uuid)).first()
        if current is None:
            raise AgriCrmError(RECORD_GONE)
        values = _ref_ids(connection, spec, _typed(spec, chosen))
        values.pop("uuid", None)
        values.pop("row_version", None)
        writer.update(table, [{**values, "id": current.id, "updated_at": utcnow()}])
        _learn_incoming(writer, spec, target_uuid, conflict)
        if conflict.kind == "duplicate_person":
            _attach_duplicate(writer, conflict, target_uuid)
        if spec.entity == "customers":
            from agricrm.services.classes import refresh_classes
            from agricrm.services.schedule import refresh_schedule
            from agricrm.services.sync_import import reindex_customers

            reindex_customers(writer, [target_uuid])
            refresh_classes(writer, [current.id])
            refresh_schedule(writer, [current.id])
        session.add(
            ConflictResolution(
                entity=spec.entity,
                record_uuid=target_uuid,
                choices_json=json.dumps(
                    {
                        "kind": conflict.kind,
                        "incoming_uuid": conflict.record_uuid,
                        "choices": {k: choices.get(k, "local") for k in local},
                    },
                    ensure_ascii=False,
                ),
                resolved_by_id=actor.user_id,
                resolved_by_name=actor.display_name,
                resolved_at=utcnow(),
                note=note.strip(),
            )
        )
        conflict.resolved_at = utcnow()


def _learn_incoming(
    writer: Writer, spec: SheetSpec, target_uuid: str, conflict: SyncConflict
) -> None:
    """Our record now descends from the incoming version: it is remembered as held (with its
    content), and what was chosen is a local edit on top of it (`exchange.lineage`), so the
    device that sent it takes the resolution as a plain update, and so does every device that
    had our earlier version, which our history names too."""
    *earlier, version = conflict.incoming_history.split()
    known = set(
        writer.connection.scalars(
            select(SyncHistory.version).where(
                SyncHistory.entity == spec.entity, SyncHistory.record_uuid == target_uuid
            )
        )
    )
    incoming_content = snapshot_hash(spec, json.loads(conflict.incoming_json))
    entries = [(v, "") for v in dict.fromkeys(earlier) if v not in known and v != version]
    entries.append((version, incoming_content))
    writer.insert_local(
        SyncHistory.__table__,
        [
            {"entity": spec.entity, "record_uuid": target_uuid, "version": v, "content_hash": c}
            for v, c in entries
        ],
    )


def _attach_duplicate(writer: Writer, conflict: SyncConflict, local_uuid: str) -> None:
    """The same person registered twice: later rows from that device about the incoming
    record apply to ours, and the rows that came with it now join our record."""
    connection = writer.connection
    writer.insert_local(
        SyncAlias.__table__,
        [
            {
                "entity": conflict.entity,
                "foreign_uuid": conflict.record_uuid,
                "local_uuid": local_uuid,
            }
        ],
    )
    riders = connection.execute(
        select(SyncConflict).where(
            SyncConflict.kind == "belongs_to_duplicate",
            SyncConflict.device_id == conflict.device_id,
            SyncConflict.package_seq == conflict.package_seq,
            SyncConflict.resolved_at.is_(None),
        )
    ).all()  # rows through Core: `.scalars()` would give their first column, the id
    for rider in riders:
        incoming = json.loads(rider.incoming_json)
        if incoming.get("customer_uuid") != conflict.record_uuid:
            continue
        incoming["customer_uuid"] = local_uuid
        spec = BY_ENTITY[rider.entity]
        values = _ref_ids(connection, spec, _typed(spec, incoming))
        writer.insert(table_of(spec), [values])
        writer.execute_local(
            update(SyncConflict)
            .where(SyncConflict.id == bindparam("rider_id"))
            .values(resolved_at=utcnow()),
            [{"rider_id": rider.id}],
        )
