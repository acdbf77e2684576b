"""Exporting a sync package: ``agricrm export`` and the Sync screen.

The whole package is read in one transaction (a consistent snapshot even while the officer
keeps working) and written to a temporary file that is renamed only when complete, so a
cancelled or failed export never leaves a half workbook behind.  Only then does this device
record what it published: the package number, the change watermark for ``--since-last`` and
each exported record's content hash (see `agricrm.models.sync`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from agricrm import __version__
from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.types import utcnow
from agricrm.domain.errors import AgriCrmError, PermissionDenied
from agricrm.exchange.lineage import Held, current_version
from agricrm.exchange.records import FETCH_BATCH, record_select, table_of
from agricrm.exchange.schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    HISTORY_KEY,
    PACKAGE_SCHEMA,
    SHEETS,
    Kind,
    SheetSpec,
)
from agricrm.exchange.values import (
    canonical_function,
    cell_function,
    stored_timestamp_text,
    timestamp_text,
)
from agricrm.exchange.writer import PackageWriter
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import SyncHistory
from agricrm.services.actor import Actor
from agricrm.services.classes import PACKAGE_KEY, stored_document
from agricrm.services.named_list_rules import PACKAGE_KEY as NAMED_LIST_KEY
from agricrm.services.named_list_rules import stored_named_list_document
from agricrm.services.progress import Progress
from agricrm.services.sync_export_worker import rows_from_worker, worth_a_worker
from agricrm.services.sync_state import (
    EXPORT_WATERMARK,
    PACKAGE_SEQ,
    current_change_seq,
    device_identity,
    get_state,
    int_state,
    set_state,
)
from agricrm.services.sync_workers import WorkerFailed

log = logging.getLogger(__name__)

_FIRST = 24  # bytes a published first version takes: record uuid, content hash (its id)
_LATER = 32  # and a later one: record uuid, version id, content hash

# kinds whose stored value is already the cell (see `cell_function`)
_SAME_IN_CELL = frozenset({Kind.UUID, Kind.REF, Kind.INT, Kind.DECIMAL, Kind.DATE})

CANNOT_WRITE = QT_TRANSLATE_NOOP("Sync", "Cannot write {path}: {reason}")
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Sync", "A package is an .xlsx workbook; choose a file name ending in .xlsx."
)
OWN_PACKAGE_ONLY = QT_TRANSLATE_NOOP(
    "Sync", "An officer exports their own customers only; ask your branch manager."
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    device_id: str
    package_seq: int
    base_seq: int
    since_last: bool
    row_counts: dict[str, int]
    checksum: str


class Published:
    """The (record, version, content) an export publishes, packed tightly: a full export of a
    branch publishes a million of them.  A record's first version is its content hash
    (`exchange.lineage`), so a first version is packed without repeating it: 24 bytes (record
    uuid, content hash) rather than the 32 of a later one (and its version id) — a first
    export, nearly all first versions, then holds no more than before lineages (24 MB)."""

    def __init__(
        self,
        entities: list[tuple[str, int, int]] | None = None,
        firsts: bytes | None = None,
        later: bytes | None = None,
    ) -> None:
        self.entities = entities or []  # (entity, end of its firsts, end of its later ones)
        self.firsts = bytearray() if firsts is None else firsts
        self.later = bytearray() if later is None else later

    def start(self, entity: str) -> None:
        self.entities.append((entity, 0, 0))

    def add(self, record_uuid: str, version: str, content: str) -> None:
        if version == content:
            self.firsts += bytes.fromhex(record_uuid.replace("-", "") + content)
        else:
            self.later += bytes.fromhex(record_uuid.replace("-", "") + version + content)

    def end(self) -> None:
        self.entities[-1] = (self.entities[-1][0], len(self.firsts), len(self.later))

    def __len__(self) -> int:
        return len(self.firsts) // _FIRST + len(self.later) // _LATER

    def rows(self) -> Iterator[dict[str, str]]:
        first_at = later_at = 0
        for entity, firsts_end, later_end in self.entities:
            while first_at < firsts_end:
                text = self.firsts[first_at : first_at + _FIRST].hex()
                first_at += _FIRST
                yield _history_row(entity, text[:32], text[32:], text[32:])
            while later_at < later_end:
                text = self.later[later_at : later_at + _LATER].hex()
                later_at += _LATER
                yield _history_row(entity, text[:32], text[32:48], text[48:])


def _history_row(entity: str, uuid_hex: str, version: str, content: str) -> dict[str, str]:
    record_uuid = (
        f"{uuid_hex[:8]}-{uuid_hex[8:12]}-{uuid_hex[12:16]}-{uuid_hex[16:20]}-{uuid_hex[20:]}"
    )
    return {
        "entity": entity,
        "record_uuid": record_uuid,
        "version": version,
        "content_hash": content,
    }


def _ever_exchanged(connection: Connection, entity: str) -> bool:
    """Whether any record of `entity` was ever exported or imported here: before a device's
    first exchange there is no history to look up for each of its records."""
    found = select(SyncHistory.id).where(SyncHistory.entity == entity).limit(1)
    return connection.scalar(found) is not None


def _histories(
    connection: Connection, entity: str, uuids: list[str]
) -> dict[str, list[tuple[str, str]]]:
    """Each record's known versions with their contents (empty where only heard of), in the
    order this device learnt them."""
    rows = connection.execute(
        select(SyncHistory.record_uuid, SyncHistory.version, SyncHistory.content_hash)
        .where(SyncHistory.entity == entity, SyncHistory.record_uuid.in_(uuids))
        .order_by(SyncHistory.id)
    )
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record_uuid, version, content in rows:
        found[record_uuid].append((version, content))
    return found


class _SheetRows:
    """One sheet's rows as cells, hashing and checksumming each on the way through.

    Everything per column (converters, positions) is worked out once: a full export converts
    millions of cells."""

    def __init__(self, spec: SheetSpec, published: Published, digest: Any) -> None:
        self.spec = spec
        self.published = published
        self.digest = digest
        keys = [c.key for c in spec.columns if c.key != HISTORY_KEY]
        self.uuid_at = keys.index("uuid")
        self.history_at = [c.key for c in spec.columns].index(HISTORY_KEY)
        # what the package says, not how each device counted its own edits
        summed = [c for c in spec.stored_columns if c.key != "row_version"]
        self.summed = [
            (
                keys.index(c.key),
                stored_timestamp_text if c.kind is Kind.TIMESTAMP else canonical_function(c),
            )
            for c in summed
        ]
        # the content hash reads the same canonical texts as the checksum (content columns
        # are a subset of them, in the same order), so each value is spelled out once
        self.content_at = [summed.index(c) for c in spec.content_columns]
        # a time stamp's cell is its canonical text: reuse it instead of spelling it twice
        from_canonical = {
            keys.index(c.key): at for at, c in enumerate(summed) if c.kind is Kind.TIMESTAMP
        }
        self.reused = list(from_canonical.items())
        self.converted = [
            (at, cell_function(c))
            for at, c in enumerate(c for c in spec.columns if c.key != HISTORY_KEY)
            if at not in from_canonical and c.kind not in _SAME_IN_CELL
        ]

    def batches(
        self, connection: Connection, watermark: int | None, officer_id: int | None
    ) -> Iterator[list[list[object]]]:
        table = table_of(self.spec)
        statement = record_select(self.spec, officer_id, stored_timestamps=True)
        if watermark is not None:
            statement = statement.where(table.c.change_seq > watermark)
        self.digest.update(f"\x1e{self.spec.entity}\x1e".encode())
        self.published.start(self.spec.entity)
        exchanged = _ever_exchanged(connection, self.spec.entity)
        result = connection.execution_options(yield_per=FETCH_BATCH).execute(
            statement.order_by(table.c.uuid)
        )
        for partition in result.partitions():
            uuids = [row[self.uuid_at] for row in partition]
            histories = _histories(connection, self.spec.entity, uuids) if exchanged else {}
            yield [self._cells(row, histories.get(row[self.uuid_at])) for row in partition]
        self.published.end()

    def _cells(self, row: Sequence[Any], known: list[tuple[str, str]] | None) -> list[object]:
        canonical = [spell(row[at]) for at, spell in self.summed]
        self.digest.update(("\x1f".join(canonical) + "\n").encode())
        text = "\x1f".join([canonical[at] for at in self.content_at])
        content = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
        # every version this record went through, ending with this one (`exchange.lineage`):
        # a receiver whose copy is any of them may take this row as a plain update
        if known:
            held = next((Held(v, c) for v, c in reversed(known) if c), None)
            current = current_version(held, content)
            earlier = dict.fromkeys(v for v, _ in known if v != current)
            lineage = " ".join([*earlier, current])
            if held is None or held.version != current:
                self.published.add(row[self.uuid_at], current, content)
        else:  # never exchanged (most rows of a first export): its first version
            current = lineage = current_version(None, content)
            self.published.add(row[self.uuid_at], current, content)
        values = list(row)
        for at, convert in self.converted:
            values[at] = convert(values[at])
        for at, spelled in self.reused:
            values[at] = canonical[spelled] or None
        values.insert(self.history_at, lineage)
        return values


@dataclass
class Summary:
    """What a package's rows add up to, known once the last one is read."""

    snapshot: int = 0  # the change number the rows were read at
    checksum: str = ""
    published: Published = field(default_factory=Published)


Batch = list[list[object]] | None  # rows of the sheet being read; None ends it (sheets in order)


def package_batches(
    connection: Connection, watermark: int | None, officer_id: int | None, summary: Summary
) -> Iterator[Batch]:
    """Every sheet's rows as cells, read in the caller's one transaction (a consistent
    snapshot), hashed and checksummed on the way; `summary` is complete after the last."""
    digest = hashlib.sha256()
    summary.snapshot = current_change_seq(connection)
    for spec in SHEETS:
        yield from _SheetRows(spec, summary.published, digest).batches(
            connection, watermark, officer_id
        )
        yield None
    summary.checksum = digest.hexdigest()


def _write_sheets(
    writer: PackageWriter, batches: Iterator[Batch], progress: Progress
) -> dict[str, int]:
    counts: dict[str, int] = {}
    done = 0

    def rows() -> Iterator[list[object]]:
        nonlocal done
        for batch in batches:
            if batch is None:
                return
            progress.report(done, 0)
            done += len(batch)
            yield from batch

    try:
        for spec in SHEETS:
            counts[spec.entity] = writer.add_sheet(spec, rows())
        next(batches, None)  # one step past the last sheet: the reading ends, its summary complete
    except BaseException:  # cancelled, or the reading failed: nothing of it is kept
        writer.discard()
        raise
    return counts


def _written(
    db: Database, watermark: int | None, officer_id: int | None, progress: Progress
) -> tuple[PackageWriter, Summary, dict[str, int]]:
    """The workbook with every sheet written (not yet saved), read here or, for a big
    package, by a second process (`sync_export_worker`)."""
    with db.read() as session:
        elsewhere = worth_a_worker(session.connection())
    if elsewhere:
        writer = PackageWriter()
        try:
            with rows_from_worker(db.location, watermark, officer_id) as received:
                counts = _write_sheets(writer, iter(received), progress)
                return writer, received.summary(), counts
        except WorkerFailed as error:  # read them here instead: slower, but the export is made
            log.warning("The export worker failed (%s); reading the rows here.", error)
    writer, summary = PackageWriter(), Summary()
    with db.read() as session:
        batches = package_batches(session.connection(), watermark, officer_id, summary)
        counts = _write_sheets(writer, batches, progress)
    return writer, summary, counts


def export_package(
    db: Database,
    actor: Actor,
    out: Path,
    *,
    since_last: bool = False,
    officer_id: int | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write every synced record the actor may see (or only changes since the last export).

    A package for one officer (`officer_id`, managers only) is always complete for that officer:
    packages form one numbered sequence per device, and a "since last" package for one officer
    would build on packages that officer never received."""
    progress = progress or Progress()
    if officer_id not in (None, actor.user_id) and not actor.is_manager:
        raise PermissionDenied(OWN_PACKAGE_ONLY)
    if out.suffix.lower() != ".xlsx":
        raise AgriCrmError(NOT_XLSX)
    scope = officer_id if actor.is_manager else actor.user_id
    partial = out.with_name(f".{out.name}.partial")
    with db.write(actor, Cause.EXPORT) as session:
        connection = session.connection()
        device_id, device_name = device_identity(writer_of(session))
        last_seq = int_state(connection, PACKAGE_SEQ)
        exported_before = get_state(connection, EXPORT_WATERMARK) is not None
        incremental = since_last and exported_before and not (officer_id and actor.is_manager)
        watermark = int_state(connection, EXPORT_WATERMARK) if incremental else None
        rules = stored_document(connection)
        named_list_rules = stored_named_list_document(connection)
    writer, summary, counts = _written(db, watermark, scope, progress)
    package_seq = last_seq + 1
    base_seq = last_seq if incremental else 0
    checksum = summary.checksum
    writer.set_metadata(
        _metadata(
            device_id, device_name, actor, package_seq, base_seq, incremental, counts, checksum
        )
        + ([("分类规则", PACKAGE_KEY, rules)] if rules else [])
        + ([("名单制管理规则", NAMED_LIST_KEY, named_list_rules)] if named_list_rules else [])
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        writer.save(partial)
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise AgriCrmError(
            CANNOT_WRITE(path=str(out), reason=error.strerror or str(error))
        ) from None
    with db.write(actor, Cause.EXPORT) as session:
        door = writer_of(session)
        set_state(door, PACKAGE_SEQ, package_seq)
        if officer_id is None or not actor.is_manager:
            set_state(door, EXPORT_WATERMARK, summary.snapshot)
        _record_published(door, summary.published)
    return ExportResult(out, device_id, package_seq, base_seq, incremental, counts, checksum)


def _record_published(door: Writer, published: Published) -> None:
    """What this package published, in the history: everything, for a first export (the
    history's indexes are then built after its rows)."""
    table = SyncHistory.__table__
    with door.deferred_indexes(table, len(published)):
        batch: list[dict[str, str]] = []
        for row in published.rows():
            batch.append(row)
            if len(batch) == 20000:
                door.insert_local(table, batch)
                batch = []
        door.insert_local(table, batch)


def _metadata(
    device_id: str,
    device_name: str,
    actor: Actor,
    package_seq: int,
    base_seq: int,
    since_last: bool,
    counts: dict[str, int],
    checksum: str,
) -> list[tuple[str, str, object]]:
    rows: list[tuple[str, str, object]] = [
        ("格式", "format", FORMAT_NAME),
        ("格式版本", "format_version", FORMAT_VERSION),
        ("设备编号", "device_id", device_id),
        ("设备名称", "device_name", device_name),
        ("导出人", "officer", actor.display_name),
        ("导出人登录名", "officer_username", actor.username),
        ("导出时间(UTC)", "exported_at", timestamp_text(utcnow())),
        ("软件版本", "app_version", __version__),
        ("数据结构版本", "schema_version", PACKAGE_SCHEMA),
        ("包序号", "package_seq", package_seq),
        ("基于包序号", "base_seq", base_seq),
        ("导出方式", "mode", "since_last" if since_last else "full"),
        ("行数", "row_counts", json.dumps(counts, ensure_ascii=False)),
        ("内容校验码", "content_checksum", checksum),
    ]
    rows += [(f"行数：{spec.title}", f"rows.{spec.entity}", counts[spec.entity]) for spec in SHEETS]
    return rows
