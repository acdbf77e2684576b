"""Importing a sync package or a workbook typed by people: preview first, then all or nothing.

Every row is read, typed and checked (`exchange.values`, the domain rules), then matched to a
local record — by uuid, or for rows people typed without one: a customer by ID number, then
phone, then name and village — and classified:

* new, updated (the incoming copy descends from ours), unchanged;
* stale (ours already descends from the incoming copy: nothing to do);
* conflict (both sides changed since their common version): queued for a person, never
  overwritten; a new customer whose ID number belongs to another local customer is queued as
  the same person registered twice.

Descent is decided with content-hash histories (see `agricrm.models.sync`).  With any error
nothing is applied and the caller gets every problem with sheet, row, column, value and reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid as uuid_module
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from agricrm.db.database import Database
from agricrm.db.door import Cause, Writer, writer_of
from agricrm.db.types import utcnow
from agricrm.domain import customer as customer_rules
from agricrm.domain import visits as visit_rules
from agricrm.domain.errors import AgriCrmError
from agricrm.domain.pinyin import NameReadings, name_readings
from agricrm.domain.record_numbers import (
    derived_customer_number,
    derived_visit_number,
    number_prefix,
)
from agricrm.exchange.lineage import Held, current_version
from agricrm.exchange.reader import RawSheet, RawWorkbook
from agricrm.exchange.records import content_hash, record_select, table_of
from agricrm.exchange.schema import (
    BY_ENTITY,
    CUSTOMERS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HISTORY_KEY,
    HOUSEHOLD_MEMBERS,
    IMPORT_ORDER,
    META_SHEET,
    PACKAGE_SCHEMA,
    SHEETS,
    VISITS,
    Kind,
    SheetSpec,
)
from agricrm.exchange.values import CellError, canonical, cell_reader
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.models import (
    Customer,
    SyncAlias,
    SyncConflict,
    SyncHistory,
    SyncImport,
    SyncPeer,
    User,
    Village,
    Visit,
)
from agricrm.services.actor import Actor
from agricrm.services.classes import PACKAGE_KEY, adopt_rules, incoming_rules
from agricrm.services.collector import collector_paused
from agricrm.services.customer_index import (
    IndexSource,
    add_to_index,
    remove_from_index,
    write_index,
)
from agricrm.services.named_list_rules import PACKAGE_KEY as NAMED_LIST_KEY
from agricrm.services.named_list_rules import (
    adopt_named_list_rules,
    incoming_named_list_rules,
)
from agricrm.services.progress import Progress
from agricrm.services.sync_households import check_members, find_households, match_members
from agricrm.services.sync_import_reader import reading
from agricrm.services.sync_plan import QUEUEING
from agricrm.services.sync_plan import Action as Action
from agricrm.services.sync_plan import ImportPlan as ImportPlan
from agricrm.services.sync_plan import ImportRejected as ImportRejected
from agricrm.services.sync_plan import ImportResult as ImportResult
from agricrm.services.sync_plan import Issue as Issue
from agricrm.services.sync_plan import PackageInfo as PackageInfo
from agricrm.services.sync_plan import PlannedRow as PlannedRow
from agricrm.services.sync_products_held import holdings_typed
from agricrm.services.sync_state import DEVICE_ID, get_state

MISSING_COLUMN = QT_TRANSLATE_NOOP("Import", "The required column {column} is missing.")
REQUIRED_VALUE = QT_TRANSLATE_NOOP("Import", "A value is required.")
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP(
    "Import", "No such record in this file or in the database ({value})."
)
UNKNOWN_VILLAGE = QT_TRANSLATE_NOOP(
    "Import", "{village} ({township}) is not in the village list; add it to the 村 sheet."
)
DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP("Import", "The same record appears twice (row {row}).")
UNKNOWN_FILE_NUMBER = QT_TRANSLATE_NOOP(
    "Import",
    "No customer has the file number {value}; a new customer gets its number when it is "
    "saved, so leave this cell empty for a new one.",
)
SAME_ID_IN_FILE = QT_TRANSLATE_NOOP(
    "Import", "Row {row} of this sheet has the same ID number for another person."
)
UNKNOWN_OFFICER = QT_TRANSLATE_NOOP("Import", "There is no officer of that name.")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "Import", "Not a complaint category of this branch (known codes: {allowed})."
)
CALLER_REQUIRED = QT_TRANSLATE_NOOP(
    "Import", "A complaint needs a customer, or a caller's name and phone."
)
NOT_YOUR_CUSTOMER = QT_TRANSLATE_NOOP(
    "Import", "This customer belongs to another officer; only a branch manager can import it."
)
USERS_MANAGER_ONLY = QT_TRANSLATE_NOOP("Import", "Only a branch manager can change users.")
OWN_PACKAGE = QT_TRANSLATE_NOOP(
    "Import", "This package was exported from this database; import it on another device."
)
NOT_A_PACKAGE = QT_TRANSLATE_NOOP("Import", "This workbook is not an AgriCRM sync package.")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Import", "This package comes from a newer AgriCRM (schema {schema}); update AgriCRM first."
)
HELD_BACK = QT_TRANSLATE_NOOP(
    "Import",
    "Package {seq} from {device} builds on package {base}, but the last one imported from that "
    "device is {last}. Import the missing packages first; nothing was changed.",
)
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Import", "The file contains no sheet AgriCRM knows.")
NOT_RECONCILED = QT_TRANSLATE_NOOP(
    "Import", "After importing, {entity} has {found} of the {expected} records of the file."
)


# ------------------------------------------------------------------ reading and checking


def _package_info(workbook: RawWorkbook) -> PackageInfo | None:
    meta = workbook.metadata
    if not meta:
        return None
    if meta.get("format") != FORMAT_NAME:
        raise AgriCrmError(NOT_A_PACKAGE)
    schema = meta.get("schema_version", "")
    if schema > PACKAGE_SCHEMA or _number(meta.get("format_version")) > FORMAT_VERSION:
        raise AgriCrmError(NEWER_SCHEMA(schema=schema))
    try:
        counts = {k: int(v) for k, v in json.loads(meta.get("row_counts", "{}")).items()}
        return PackageInfo(
            device_id=meta["device_id"],
            device_name=meta.get("device_name", ""),
            officer=meta.get("officer", ""),
            exported_at=meta.get("exported_at", ""),
            package_seq=int(float(meta["package_seq"])),
            base_seq=int(float(meta.get("base_seq") or 0)),
            mode=meta.get("mode", "full"),
            checksum=meta.get("content_checksum", ""),
            row_counts=counts,
            rules=meta.get(PACKAGE_KEY, ""),
            named_list_rules=meta.get(NAMED_LIST_KEY, ""),
        )
    except (KeyError, ValueError) as error:
        raise AgriCrmError(NOT_A_PACKAGE) from error


def _number(text: object) -> float:
    """A metadata number as a workbook may hold it ("1", 1, 1.0); 0 when absent or odd."""
    try:
        return float(str(text))
    except ValueError:
        return 0


def _typed_rows(sheet: RawSheet, issues: list[Issue]) -> list[PlannedRow]:
    spec = sheet.spec
    readable = [c for c in spec.columns if not c.export_only and c.key in sheet.positions]
    finders = [c for c in spec.finders if c.key in sheet.positions]
    extras = [c for c in spec.extras if c.key in sheet.positions]
    # a sheet that names its parent as people know it (户码 …) needs no parent uuid
    found_otherwise = {c.key for c in spec.columns if c.kind is Kind.REF} if finders else set()
    # a file of changes people made (headquarters' monthly balances by 档案编号 or 身份证号)
    # needs no name or village: a row it names nobody by is new, and says what it lacks
    updates = (
        spec is CUSTOMERS
        and "uuid" not in sheet.positions
        and bool({"number", "id_number"} & sheet.positions.keys())
    )
    for column in spec.columns:
        if updates and column.key not in sheet.positions:
            continue
        if column.required and column.key not in sheet.positions.keys() | found_otherwise:
            issues.append(
                Issue(sheet.name, 1, column.title, "", MISSING_COLUMN(column=column.title))
            )
    if any(i.sheet == sheet.name and i.row == 1 for i in issues):
        return []
    planned = []
    readers = [
        (
            column.key,
            sheet.positions[column.key],
            cell_reader(column),
            column.required and column.key not in found_otherwise,
            column,
        )
        for column in readable
    ]
    finder_readers = [
        (column.key, sheet.positions[column.key], cell_reader(column), column) for column in finders
    ]
    extra_readers = [
        (column.key, sheet.positions[column.key], cell_reader(column), column) for column in extras
    ]
    span = (
        max(
            (position for _key, position, *_rest in readers + finder_readers + extra_readers),
            default=-1,
        )
        + 1
    )
    padding = [None] * span
    for number, cells in sheet.take_rows():
        values: dict[str, Any] = {}
        if len(cells) < span:  # a short row (CSV, people's workbooks): the rest is empty
            cells = cells + padding[len(cells) :]
        for key, position, read, required, column in readers:
            raw = cells[position]
            try:
                value = read(raw)
            except CellError as error:
                issues.append(Issue(sheet.name, number, column.title, _show(raw), error.message))
                continue
            if required and (value is None or value == ""):
                issues.append(Issue(sheet.name, number, column.title, "", REQUIRED_VALUE))
            values[key] = value
        history = str(values.pop(HISTORY_KEY, "") or "").split()
        row = PlannedRow(spec, number, values)
        for key, position, read, column in finder_readers:
            raw = cells[position]
            try:
                found = read(raw)
            except CellError as error:
                issues.append(Issue(sheet.name, number, column.title, _show(raw), error.message))
                continue
            if found:
                row.finders[key] = found
        for key, position, read, column in extra_readers:
            raw = cells[position]
            try:
                said = read(raw)
            except CellError as error:
                issues.append(Issue(sheet.name, number, column.title, _show(raw), error.message))
                continue
            if said:
                row.extras[key] = said
        row.history = history
        if sheet.blank_keeps:
            row.blank = frozenset(k for k, v in values.items() if v is None or v == "")
        if "officer_name" in sheet.positions and "officer_uuid" not in sheet.positions:
            position = sheet.positions["officer_name"]
            row.officer_name = _show(cells[position] if position < len(cells) else None).strip()
        planned.append(row)
    return planned


def _show(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return "" if raw is None else str(raw)


def _issue(row: PlannedRow, key: str, reason: Text | Message, sheet_name: str) -> Issue:
    column = row.spec.column(key) if any(c.key == key for c in row.spec.columns) else None
    title = column.title if column else key
    return Issue(sheet_name, row.row, title, _show(row.values.get(key)), reason)


# ------------------------------------------------------------------ the planner


# How a row typed without a record number finds its customer, in this order.
_PEOPLE_RULES: dict[str, tuple[Any, ...]] = {
    "number": (Customer.number,),
    "id_number": (Customer.id_number,),
    "phone": (Customer.phone,),
    "name+village": (Customer.name, Customer.village),
}


class _Planner:
    def __init__(
        self,
        connection: Connection,
        actor: Actor,
        workbook: RawWorkbook,
        categories: frozenset[str],
    ) -> None:
        self.connection = connection
        self.actor = actor
        self.workbook = workbook
        self.categories = categories
        self.issues: list[Issue] = []
        self.rows: list[PlannedRow] = []
        self.by_entity: dict[str, list[PlannedRow]] = {}
        self.today = dt.date.today()
        self._empty: dict[str, bool] = {}  # table name → holds no rows (see `_is_empty`)

    def plan(self) -> tuple[list[PlannedRow], list[Issue]]:
        aliases = self._aliases()
        for spec in IMPORT_ORDER:
            sheet = self.workbook.sheets.get(spec.entity)
            if sheet is None:
                continue
            rows = _typed_rows(sheet, self.issues)
            _translate_aliases(spec, rows, aliases)
            self.by_entity[spec.entity] = rows
            self._match(spec, sheet, rows)
            self._check(spec, sheet, rows)
        self._add_typed_holdings()
        for spec in SHEETS:
            self.rows.extend(self.by_entity.get(spec.entity, []))
        self._classify()
        return self.rows, self.issues

    def _add_typed_holdings(self) -> None:
        """The products a customers sheet typed by people says are held (`sync_products_held`),
        as rows of the customer-products sheet."""
        sheet = self.workbook.sheets.get("customers")
        if sheet is None:
            return
        rows, issues = holdings_typed(
            self.connection, self.by_entity.get("customers", []), sheet.name
        )
        self.issues.extend(issues)
        if rows:
            self.by_entity.setdefault("customer_products", []).extend(rows)

    def _aliases(self) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for entity, foreign, local in self.connection.execute(
            select(SyncAlias.entity, SyncAlias.foreign_uuid, SyncAlias.local_uuid)
        ):
            found[entity][foreign] = local
        return found

    # -- matching ---------------------------------------------------

    def _local(self, spec: SheetSpec, uuids: Iterable[str]) -> dict[str, dict[str, Any]]:
        table = table_of(spec)
        found: dict[str, dict[str, Any]] = {}
        if self._is_empty(table):
            return found
        wanted = list(uuids)
        records = record_select(spec).add_columns(table.c.id.label("_id"))
        for start in range(0, len(wanted), 500):
            statement = records.where(table.c.uuid.in_(wanted[start : start + 500]))
            for row in self.connection.execute(statement).mappings():
                found[row["uuid"]] = dict(row)
        return found

    def _is_empty(self, table: Table) -> bool:
        """Whether `table` has no rows at all: a first import into a new database (at
        headquarters, or on a new laptop) then needs no lookup for each of its records.
        The plan is made before anything is written, so the answer holds throughout."""
        if table.name not in self._empty:
            first = self.connection.scalar(select(table.c.id).limit(1))
            self._empty[table.name] = first is None
        return self._empty[table.name]

    def _match(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        seen: dict[str, int] = {}
        for row in rows:
            if row.values.get("uuid"):
                row.uuid = row.values["uuid"]
                row.matched_by = "uuid"
                if row.uuid in seen:
                    self.issues.append(
                        _issue(row, "uuid", DUPLICATE_IN_FILE(row=seen[row.uuid]), sheet.name)
                    )
                seen[row.uuid] = row.row
        local = self._local(spec, [r.uuid for r in rows if r.uuid])
        for row in rows:
            if row.uuid and row.uuid in local:
                row.local = local[row.uuid]
                row.local_id = row.local.pop("_id")
            elif row.uuid:
                row.matched_by = ""
        if spec.entity == "customers":
            self._match_people(sheet, [r for r in rows if not r.uuid])
        if spec.entity == "villages":
            self._match_natural(spec, rows, ("township", "name"))
        if spec.entity == "users":
            self._match_natural(spec, rows, ("username",))
        if spec.entity == "products":  # a product two devices added is one product
            self._match_natural(spec, rows, ("code",))
        if spec.entity == "household_members":
            self._match_members(sheet, rows)
        for row in rows:
            if not row.uuid:
                row.uuid = str(uuid_module.uuid4())
                row.values["uuid"] = row.uuid

    def _match_members(self, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        """Members typed by people: their household found by what the row names
        (`sync_households`), then the member of it they are, if any."""
        customers = self.by_entity.get("customers", [])
        self.issues.extend(find_households(self.connection, customers, rows, sheet.name))
        chosen = match_members(self.connection, rows)
        records = self._local(HOUSEHOLD_MEMBERS, {member for _row, member, _rule in chosen})
        for row, member, rule in chosen:
            self._adopt(row, HOUSEHOLD_MEMBERS, member, rule, dict(records[member]))

    def _adopt(
        self,
        row: PlannedRow,
        spec: SheetSpec,
        local_uuid: str,
        rule: str,
        local: dict[str, Any] | None = None,  # the record, when the caller read it already
    ) -> None:
        if local is None:
            local = self._local(spec, [local_uuid])[local_uuid]
        row.uuid = local_uuid
        row.values["uuid"] = local_uuid
        row.local = local
        row.local_id = local.pop("_id")
        row.matched_by = rule

    def _match_natural(self, spec: SheetSpec, rows: list[PlannedRow], keys: Sequence[str]) -> None:
        table = table_of(spec)
        for row in rows:
            if row.local is not None or any(not row.values.get(k) for k in keys):
                continue
            found = self.connection.scalar(
                select(table.c.uuid).where(
                    *(table.c[k] == row.values[k] for k in keys), table.c.deleted.is_(False)
                )
            )
            if found and found != row.uuid:
                local = self._local(spec, [found])[found]
                row.local_id = local.pop("_id")
                row.local = local
                row.matched_by = "+".join(keys)
                if row.uuid and self._exchanged(spec, found):
                    # known under another record number on both sides: refer to ours
                    row.action = Action.ALIAS
                elif not row.uuid:
                    self._adopt(row, spec, found, row.matched_by)
                else:
                    # ours never left this device (e.g. the local administrator created at
                    # first start): it takes the package's record number and contents
                    row.adopt = True

    def _exchanged(self, spec: SheetSpec, record_uuid: str) -> bool:
        return (
            self.connection.scalar(
                select(SyncHistory.id)
                .where(SyncHistory.entity == spec.entity, SyncHistory.record_uuid == record_uuid)
                .limit(1)
            )
            is not None
        )

    def _match_people(self, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        """Rows typed without a uuid: ID number, then phone, then name + village, each rule
        matching when it finds exactly one customer.  Each rule is one query per 500 rows and
        the matched records are read together: one query per row made a 50,000-row register
        that was already imported take 160 s to preview."""
        for row in rows:  # a file number as people type it: any case, full-width
            if row.values.get("number"):
                row.values["number"] = number_prefix(row.values["number"]) or row.values["number"]
        self._match_people_by_rules(rows)
        for row in rows:
            if row.values.get("number") and not row.uuid:
                # numbers are given by the device that makes a file, never typed for a new one
                self.issues.append(
                    _issue(
                        row, "number", UNKNOWN_FILE_NUMBER(value=row.values["number"]), sheet.name
                    )
                )

    def _match_people_by_rules(self, rows: list[PlannedRow]) -> None:
        if not rows or self._is_empty(table_of(CUSTOMERS)):
            return
        found = {rule: self._people_by(columns, rows) for rule, columns in _PEOPLE_RULES.items()}
        chosen: list[tuple[PlannedRow, str, str]] = []
        for row in rows:
            for rule, columns in _PEOPLE_RULES.items():
                key = tuple(row.values.get(column.key) for column in columns)
                matches = found[rule].get(key, ()) if all(key) else ()
                if len(matches) == 1:
                    chosen.append((row, matches[0], rule))
                    break
        records = self._local(CUSTOMERS, {local_uuid for _row, local_uuid, _rule in chosen})
        for row, local_uuid, rule in chosen:
            self._adopt(row, CUSTOMERS, local_uuid, rule, dict(records[local_uuid]))

    def _people_by(
        self, columns: tuple[Any, ...], rows: list[PlannedRow]
    ) -> dict[tuple[Any, ...], list[str]]:
        """The uuids of the customers (not deleted) whose `columns` hold a row's values."""
        wanted = {
            key
            for row in rows
            if all(key := tuple(row.values.get(column.key) for column in columns))
        }
        first = sorted({key[0] for key in wanted})
        found: dict[tuple[Any, ...], list[str]] = defaultdict(list)
        for start in range(0, len(first), 500):
            statement = select(Customer.uuid, *columns).where(
                columns[0].in_(first[start : start + 500]), Customer.deleted.is_(False)
            )
            for local_uuid, *values in self.connection.execute(statement):
                if tuple(values) in wanted:
                    found[tuple(values)].append(local_uuid)
        return found

    # -- checks -----------------------------------------------------

    def _known_uuids(self, entity: str) -> set[str]:
        return {r.uuid for r in self.by_entity.get(entity, []) if r.uuid}

    def _exists(self, entity: str, uuids: set[str]) -> set[str]:
        table = table_of(BY_ENTITY[entity])
        found: set[str] = set()
        if self._is_empty(table):
            return found
        wanted = list(uuids)
        for start in range(0, len(wanted), 500):
            found |= set(
                self.connection.scalars(
                    select(table.c.uuid).where(table.c.uuid.in_(wanted[start : start + 500]))
                )
            )
        return found

    def _check(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        for column in spec.columns:
            if column.kind is not Kind.REF or column.key not in sheet.positions:
                continue
            assert column.ref is not None
            in_file = self._known_uuids(column.ref)
            wanted = {r.values[column.key] for r in rows if r.values.get(column.key)} - in_file
            known = in_file | self._exists(column.ref, wanted)
            for row in rows:
                value = row.values.get(column.key)
                if value and value not in known:
                    self.issues.append(
                        _issue(row, column.key, UNKNOWN_REFERENCE(value=value), sheet.name)
                    )
        checker: Callable[[SheetSpec, RawSheet, list[PlannedRow]], None] | None = {
            "customers": self._check_customers,
            "loans": self._check_loans,
            "production_items": self._check_items,
            "users": self._check_users,
            "visits": self._check_visits,
            "complaints": self._check_complaints,
            "household_members": self._check_members,
        }.get(spec.entity)
        if checker is not None:
            checker(spec, sheet, rows)
        if not self.actor.is_manager and spec.parent == "customers":
            self._check_owner(sheet, rows)
        if not self.actor.is_manager and spec.parent == "visits":
            self._check_visit_owner(sheet, rows)

    def _resolve_officer_names(self, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        named = [row for row in rows if row.officer_name]
        if not named:
            return
        people = {
            key: uuid
            for uuid, username, display in self.connection.execute(
                select(User.uuid, User.username, User.display_name).where(User.deleted.is_(False))
            )
            for key in (username, display)
        }
        for row in named:
            found = people.get(row.officer_name)
            if found is None:
                self.issues.append(
                    Issue(sheet.name, row.row, "客户经理", row.officer_name, UNKNOWN_OFFICER)
                )
            else:
                row.values["officer_uuid"] = found

    def _check_customers(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        self._resolve_officer_names(sheet, rows)
        places = {
            (t, n)
            for t, n in self.connection.execute(
                select(Village.township, Village.name).where(Village.deleted.is_(False))
            )
        }
        places |= {
            (r.values.get("township"), r.values.get("name"))
            for r in self.by_entity.get("villages", [])
            if not r.values.get("deleted")
        }
        id_rows: dict[str, PlannedRow] = {}
        fields = {f.name for f in dataclasses.fields(customer_rules.CustomerInput)}
        for row in rows:
            merged = {**(row.local or {}), **row.values}
            data = customer_rules.CustomerInput(
                **{
                    key: value
                    for key, value in merged.items()
                    if key in fields
                    and key not in ("officer_id", "production_items", "loans")
                    and value is not None
                }
            )
            _clean, errors = customer_rules.normalize_and_check(data, self.today)
            for error in errors:
                self.issues.append(_issue(row, error.field, error.message, sheet.name))
            township, village = merged.get("township"), merged.get("village")
            if (
                not merged.get("deleted")
                and township
                and village
                and (township, village) not in places
            ):
                self.issues.append(
                    _issue(
                        row,
                        "village",
                        UNKNOWN_VILLAGE(village=village, township=township),
                        sheet.name,
                    )
                )
            number = row.values.get("id_number")
            if number:
                other = id_rows.get(number)
                if other is not None and other.uuid != row.uuid:
                    self.issues.append(
                        _issue(row, "id_number", SAME_ID_IN_FILE(row=other.row), sheet.name)
                    )
                id_rows[number] = row
            if not self.actor.is_manager:
                owner = merged.get("officer_uuid")
                if (
                    row.local is not None
                    and row.local.get("officer_uuid") not in (None, self._actor_uuid())
                ) or owner not in (None, self._actor_uuid()):
                    self.issues.append(_issue(row, "officer_uuid", NOT_YOUR_CUSTOMER, sheet.name))

    def _actor_uuid(self) -> str:
        return str(self.connection.scalar(select(User.uuid).where(User.id == self.actor.user_id)))

    def _check_owner(self, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        mine = self._actor_uuid()
        incoming = {
            r.uuid: r.values.get("officer_uuid") for r in self.by_entity.get("customers", [])
        }
        wanted = {r.values.get("customer_uuid") for r in rows} - incoming.keys() - {None}
        local = dict(
            self.connection.execute(
                select(Customer.uuid, _user_uuid_of(Customer.officer_id)).where(
                    Customer.uuid.in_(list(wanted))
                )
            ).all()
        )
        for row in rows:
            parent = row.values.get("customer_uuid")
            owner = incoming.get(parent, local.get(parent))
            if owner not in (None, mine):
                self.issues.append(_issue(row, "customer_uuid", NOT_YOUR_CUSTOMER, sheet.name))

    def _check_visit_owner(self, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        mine = self._actor_uuid()
        incoming = {r.uuid: r.values.get("customer_uuid") for r in self.by_entity.get("visits", [])}
        customers = {
            r.uuid: r.values.get("officer_uuid") for r in self.by_entity.get("customers", [])
        }
        wanted = {r.values.get("visit_uuid") for r in rows} - incoming.keys() - {None}
        local = dict(
            self.connection.execute(
                select(Visit.uuid, _user_uuid_of(Customer.officer_id))
                .join(Customer, Customer.id == Visit.customer_id)
                .where(Visit.uuid.in_(list(wanted)))
            ).all()
        )
        owners_of_customers = dict(
            self.connection.execute(
                select(Customer.uuid, _user_uuid_of(Customer.officer_id)).where(
                    Customer.uuid.in_([v for v in incoming.values() if v])
                )
            ).all()
        )
        for row in rows:
            visit = row.values.get("visit_uuid")
            if visit in incoming:
                customer = incoming[visit]
                owner = customers.get(customer, owners_of_customers.get(customer))
            else:
                owner = local.get(visit)
            if owner not in (None, mine):
                self.issues.append(_issue(row, "visit_uuid", NOT_YOUR_CUSTOMER, sheet.name))

    def _check_complaints(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        mine = self._actor_uuid()
        customers = {
            r.uuid: r.values.get("officer_uuid") for r in self.by_entity.get("customers", [])
        }
        for row in rows:
            merged = {**(row.local or {}), **row.values}
            if merged.get("category") and merged["category"] not in self.categories:
                self.issues.append(
                    _issue(
                        row,
                        "category",
                        UNKNOWN_CATEGORY(allowed="、".join(sorted(self.categories))),
                        sheet.name,
                    )
                )
            if not merged.get("customer_uuid") and not (
                merged.get("caller_name") and merged.get("caller_phone")
            ):
                self.issues.append(_issue(row, "caller_name", CALLER_REQUIRED, sheet.name))
            if self.actor.is_manager:
                continue
            handler = merged.get("officer_uuid")
            customer = merged.get("customer_uuid")
            owner = (
                customers.get(customer)
                if customer in customers
                else (
                    self.connection.scalar(
                        select(_user_uuid_of(Customer.officer_id)).where(Customer.uuid == customer)
                    )
                    if customer
                    else None
                )
            )
            if mine not in (handler, owner):
                self.issues.append(_issue(row, "officer_uuid", NOT_YOUR_CUSTOMER, sheet.name))

    def _check_visits(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        now = dt.datetime.now()
        fields = {f.name for f in dataclasses.fields(visit_rules.VisitInput)}
        fields -= {"customer_id", "officer_id", "follow_ups"}
        for row in rows:
            merged = row.values if row.local is None else {**row.local, **row.values}
            data = visit_rules.VisitInput(
                customer_id=0,
                officer_id=0,
                **{
                    key: value
                    for key, value in merged.items()
                    if key in fields and value is not None
                },
            )
            # the typed values are what will be stored: checked as they are (see `check`)
            errors = visit_rules.check(data, now, is_new=False)
            for error in errors:
                self.issues.append(_issue(row, error.field, error.message, sheet.name))

    def _check_members(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        customers = self.by_entity.get("customers", [])
        self.issues.extend(check_members(self.connection, customers, rows, sheet.name, self.today))

    def _check_loans(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        for row in rows:
            merged = {**(row.local or {}), **row.values}
            loan = customer_rules.LoanInput(
                **{k: merged.get(k) for k in ("amount", "balance", "start_date", "due_date")}
            )
            errors: list[Any] = []
            customer_rules.normalize_loan(loan, 0, errors)
            for error in errors:
                self.issues.append(
                    _issue(row, error.field.removeprefix("loans[0]."), error.message, sheet.name)
                )

    def _check_items(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        for row in rows:
            merged = {**(row.local or {}), **row.values}
            item = customer_rules.ProductionItemInput(
                name=merged.get("name") or "", quantity=merged.get("quantity")
            )
            errors: list[Any] = []
            customer_rules.normalize_production_item(item, 0, errors)
            for error in errors:
                key = error.field.removeprefix("production_items[0].")
                self.issues.append(_issue(row, key, error.message, sheet.name))

    def _check_users(self, spec: SheetSpec, sheet: RawSheet, rows: list[PlannedRow]) -> None:
        if self.actor.is_manager:
            return
        for row in rows:
            if row.local is not None and content_hash(spec, {**row.local, **row.values}) != (
                content_hash(spec, row.local)
            ):
                self.issues.append(_issue(row, "username", USERS_MANAGER_ONLY, sheet.name))

    # -- classification --------------------------------------------

    def _local_histories(
        self, entity: str, uuids: list[str]
    ) -> dict[str, tuple[set[str], Held | None, dict[str, str]]]:
        """Each record's versions known here, the last one this device held, and the content
        of each version it held."""
        found: dict[str, tuple[set[str], Held | None, dict[str, str]]] = {}
        for start in range(0, len(uuids), 500):
            rows = self.connection.execute(
                select(SyncHistory.record_uuid, SyncHistory.version, SyncHistory.content_hash)
                .where(
                    SyncHistory.entity == entity,
                    SyncHistory.record_uuid.in_(uuids[start : start + 500]),
                )
                .order_by(SyncHistory.id)
            )
            for record_uuid, version, content in rows:
                versions, held, contents = found.get(record_uuid, (set(), None, {}))
                versions.add(version)
                if content:
                    held = Held(version, content)
                    contents[version] = content
                found[record_uuid] = (versions, held, contents)
        return found

    def _classify(self) -> None:
        self._decide()
        for row in self.rows:
            row.incoming_hash = content_hash(row.spec, row.values)
        self._find_waiting()

    def _find_waiting(self) -> None:
        """A row whose version of its record already waits in the conflict queue (the same
        package delivered again, alone or in a merge) is said, not queued a second time: each
        conflict is decided once, however often its package arrives."""
        rows = [row for row in self.rows if row.action in QUEUEING]
        if not rows:
            return
        waiting = {
            (entity, record_uuid, history.rsplit(" ", 1)[-1])
            for entity, record_uuid, history in self.connection.execute(
                select(
                    SyncConflict.entity, SyncConflict.record_uuid, SyncConflict.incoming_history
                ).where(SyncConflict.resolved_at.is_(None))
            )
        }
        for row in rows:
            if (row.spec.entity, row.uuid, row.incoming_version) in waiting:
                row.action = Action.QUEUED

    def _decide(self) -> None:
        duplicates: set[str] = set()
        twins = self._twins()
        for spec in SHEETS:
            rows = self.by_entity.get(spec.entity, [])
            histories = self._local_histories(spec.entity, [r.uuid for r in rows if r.local])
            for row in rows:
                if row.action is Action.ALIAS:
                    continue
                if row.adopt:
                    assert row.local is not None
                    row.values = row.over(row.local)
                    row.action = Action.UPDATE
                    continue
                if row.local is None:
                    row.action = Action.NEW
                    number = row.values.get("id_number") if spec.entity == "customers" else None
                    twin = twins.get(number) if number else None
                    if twin is not None:
                        row.action = Action.DUPLICATE
                        row.local = self._local(spec, [twin])[twin]
                        row.local.pop("_id")
                        duplicates.add(row.uuid)
                    elif (
                        spec.parent == "customers" and row.values.get("customer_uuid") in duplicates
                    ):
                        row.action = Action.WITH_DUPLICATE
                    continue
                merged = row.over(row.local)
                row.values = merged
                local_hash = content_hash(spec, row.local)
                incoming = content_hash(spec, merged)
                versions, held, contents = histories.get(row.uuid, (set(), None, {}))
                row.known = frozenset(versions)
                row.action = _decision(row, versions, held, contents, local_hash, incoming)

    def _twins(self) -> dict[str, str]:
        """Local customers (uuid by ID number) that new rows could be a second registration of."""
        numbers = [
            r.values["id_number"]
            for r in self.by_entity.get("customers", [])
            if r.local is None and r.values.get("id_number")
        ]
        found: dict[str, str] = {}
        for start in range(0, len(numbers), 500):
            found.update(
                self.connection.execute(
                    select(Customer.id_number, Customer.uuid).where(
                        Customer.id_number.in_(numbers[start : start + 500]),
                        Customer.deleted.is_(False),
                    )
                ).all()
            )
        return found


def _translate_aliases(
    spec: SheetSpec, rows: list[PlannedRow], aliases: dict[str, dict[str, str]]
) -> None:
    """Records known here under another number (a resolved duplicate) become ours."""
    own = aliases.get(spec.entity, {})
    references = [c for c in spec.columns if c.kind is Kind.REF and c.ref in aliases]
    for row in rows:
        if row.values.get("uuid") in own:
            row.values["uuid"] = own[row.values["uuid"]]
        for column in references:
            value = row.values.get(column.key)
            if value in aliases[str(column.ref)]:
                row.values[column.key] = aliases[str(column.ref)][value]


def _user_uuid_of(column: Any) -> Any:
    return select(User.uuid).where(User.id == column).scalar_subquery()


# ------------------------------------------------------------------ public API


def _categories(db: Database, actor: Actor) -> frozenset[str]:
    from agricrm.services.complaint_settings import complaint_settings

    return frozenset(category.code for category in complaint_settings(db, actor).categories)


def _plan(
    connection: Connection, actor: Actor, workbook: RawWorkbook, categories: frozenset[str]
) -> ImportPlan:
    package = _package_info(workbook)
    plan = ImportPlan(workbook.path, package)
    if not workbook.sheets:
        raise AgriCrmError(NOTHING_TO_IMPORT)
    if package is not None:
        if package.device_id == get_state(connection, DEVICE_ID):
            raise AgriCrmError(OWN_PACKAGE)
        last = (
            connection.scalar(
                select(SyncPeer.last_seq).where(SyncPeer.device_id == package.device_id)
            )
            or 0
        )
        if package.base_seq > last:
            plan.held_back = HELD_BACK(
                seq=package.package_seq,
                device=package.device_name or package.device_id,
                base=package.base_seq,
                last=last,
            )
        plan.already_imported = package.package_seq <= last
        if package.rules:
            _rules, errors = incoming_rules(connection, package.rules)
            plan.issues += [
                Issue(META_SHEET, 0, error.field, "", error.message) for error in errors
            ]
        if package.named_list_rules:
            _named, errors = incoming_named_list_rules(connection, package.named_list_rules)
            plan.issues += [
                Issue(META_SHEET, 0, f"{NAMED_LIST_KEY}.{error.field}", "", error.message)
                for error in errors
            ]
    plan.rows, issues = _Planner(connection, actor, workbook, categories).plan()
    # one message per cell: typing and the domain rules may both find a missing value
    issues = plan.issues + issues
    plan.issues = list({(i.sheet, i.row, i.column): i for i in reversed(issues)}.values())[::-1]
    plan.issues.sort(key=lambda issue: (issue.sheet, issue.row))
    return plan


def preview_import(db: Database, actor: Actor, source: Path | RawWorkbook) -> ImportPlan:
    """What importing `source` would do, without changing anything.  `source`: a file, or
    rows already read (a register through its column mapping, `services.register_import`)."""
    with collector_paused():
        categories = _categories(db, actor)
        with db.read() as session, _reading(source) as workbook:
            return _plan(session.connection(), actor, workbook, categories)


def apply_import(
    db: Database,
    actor: Actor,
    source: Path | RawWorkbook,
    progress: Progress | None = None,
    *,
    cause: Cause = Cause.IMPORT,
) -> ImportResult:
    """Apply the whole file in one transaction, or nothing (raises `ImportRejected`).
    `cause`: an import a person started, or one package of a merge."""
    progress = progress or Progress()
    with collector_paused():
        categories = _categories(db, actor)
        with db.write(actor, cause, bulk=True) as session:
            writer = writer_of(session)
            connection = writer.connection
            with _reading(source) as workbook:
                plan = _plan(connection, actor, workbook, categories)
            if plan.held_back is not None:
                raise AgriCrmError(plan.held_back)
            if plan.issues:
                raise ImportRejected(plan)
            applied = _apply(writer, plan, progress)
            if sum(applied.values()) >= STATISTICS_AFTER:
                writer.refresh_statistics()
            _refresh_schedules(writer, plan)
            if plan.package is not None and plan.package.rules:
                newer, _errors = incoming_rules(connection, plan.package.rules)
                if newer is not None:
                    adopt_rules(session, newer)
            if plan.package is not None and plan.package.named_list_rules:
                named, _errors = incoming_named_list_rules(
                    connection, plan.package.named_list_rules
                )
                if named is not None:
                    adopt_named_list_rules(session, named)
            conflicts = _queue_conflicts(writer, plan)
            settled = _settle_conflicts(writer, plan)
            _remember(writer, actor, plan, applied)
        _reconcile(db, plan)
    return ImportResult(plan, applied, conflicts, settled)


def _reading(source: Path | RawWorkbook) -> AbstractContextManager[RawWorkbook]:
    return nullcontext(source) if isinstance(source, RawWorkbook) else reading(source)


def _decision(
    row: PlannedRow,
    versions: set[str],
    held: Held | None,
    contents: dict[str, str],
    local: str,
    incoming: str,
) -> Action:
    """What to do with a row whose record we have (`exchange.lineage`): the same content is
    unchanged; a row typed by a person, or one whose lineage holds our version, is taken; one
    whose version we passed through is stale.  Otherwise both sides went on from their last
    common version — the newest of the row's lineage that we held — and a side that came back
    to that version's content changed nothing: the other side's copy stands (an archive and a
    restore on a laptop leave headquarters' edits alone).  Anything else is a conflict."""
    if incoming == local:
        return Action.UNCHANGED
    if not row.history or current_version(held, local) in row.history:
        return Action.UPDATE
    if row.history[-1] in versions:
        return Action.STALE
    common = next((contents[v] for v in reversed(row.history) if v in contents), None)
    if common == incoming:
        return Action.STALE
    if common == local:
        return Action.UPDATE
    return Action.CONFLICT


def _ids_by_uuid(connection: Connection, spec: SheetSpec, uuids: Iterable[str]) -> dict[str, int]:
    table = table_of(spec)
    wanted = list(set(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        found.update(
            connection.execute(
                select(table.c.uuid, table.c.id).where(
                    table.c.uuid.in_(wanted[start : start + 500])
                )
            ).all()
        )
    return found


@dataclass(frozen=True)
class _StoredLayout:
    """Where each stored column's value goes, sorted by what must happen to it: most are
    copied as they are, references become local ids, and an empty code becomes "" where the
    column allows no NULL.  Worked out once per sheet; an import stores millions of values."""

    copied: tuple[tuple[str, str], ...]  # (column key, model attribute)
    references: tuple[tuple[str, str, str], ...]  # (key, attribute, referenced entity)
    empty_codes: tuple[tuple[str, str], ...]  # (key, attribute) of NOT NULL codes


@cache
def _stored_layout(spec: SheetSpec) -> _StoredLayout:
    table = table_of(spec)
    columns = spec.stored_columns
    return _StoredLayout(
        copied=tuple((c.key, c.model_attr) for c in columns if c.kind is not Kind.REF),
        references=tuple((c.key, c.model_attr, str(c.ref)) for c in columns if c.kind is Kind.REF),
        empty_codes=tuple(
            (c.key, c.model_attr)
            for c in columns
            if c.kind is Kind.CODE and not table.c[c.model_attr].nullable
        ),
    )


def _storage_values(row: PlannedRow, refs: dict[str, dict[str, int]]) -> dict[str, Any]:
    layout = _stored_layout(row.spec)
    values = row.values
    stored = {attribute: values[key] for key, attribute in layout.copied if key in values}
    for key, attribute, ref in layout.references:
        if key in values:
            value = values[key]
            stored[attribute] = refs[ref].get(value) if value else None
    for key, attribute in layout.empty_codes:
        if key in values and values[key] is None:
            stored[attribute] = ""  # where NULL is allowed (an ID number), it stays NULL
    return stored


def _number_as_made_before_numbers(spec: SheetSpec, values: dict[str, Any]) -> None:
    """A record from another device that comes without a readable number was made before
    numbers existed (a package of an older release): it gets the number its own device's
    upgrade gives it, derived from its uuid, not one of ours."""
    if spec is CUSTOMERS:
        values["number"] = derived_customer_number(values["uuid"])
    elif spec is VISITS:
        values["number"] = derived_visit_number(values["uuid"], values["created_at"])


def _apply(writer: Writer, plan: ImportPlan, progress: Progress) -> dict[str, int]:
    connection = writer.connection
    applied: dict[str, int] = {}
    changing: dict[str, list[PlannedRow]] = defaultdict(list)
    aliases: dict[str, list[PlannedRow]] = defaultdict(list)
    for row in plan.rows:  # sorted out once: a branch's package is a million rows
        if row.action is Action.NEW or row.action is Action.UPDATE:
            changing[row.spec.entity].append(row)
        elif row.action is Action.ALIAS:
            aliases[row.spec.entity].append(row)
    total = sum(len(rows) for rows in changing.values())
    refs: dict[str, dict[str, int]] = defaultdict(dict)
    # each name's pinyin once, for the sort key and the search index alike: a branch has
    # more names than `name_readings` itself caches
    readings = cache(name_readings)
    now = utcnow()
    done = 0
    for spec in SHEETS:
        rows = changing.get(spec.entity, [])
        for column in spec.columns:
            if column.kind is Kind.REF and column.ref is not None:
                # each record's id is looked up once, however many sheets refer to it
                wanted = {r.values.get(column.key) for r in rows} - {None} - refs[column.ref].keys()
                refs[column.ref].update(_ids_by_uuid(connection, BY_ENTITY[column.ref], wanted))
        for alias in aliases.get(spec.entity, []):
            assert alias.local_id is not None
            refs[spec.entity][alias.uuid] = alias.local_id
        table = table_of(spec)
        inserts, updates = [], []
        for row in rows:
            values = _storage_values(row, refs)
            if row.action is Action.NEW:
                values.setdefault("created_at", now)
                values.setdefault("updated_at", now)
                if row.uuid and not values.get("number"):
                    _number_as_made_before_numbers(spec, values)
                if spec.entity == "customers":
                    values["name_pinyin"] = readings(values["name"]).sort_key
                inserts.append(values)
            else:
                values.pop("number", None)  # given once, where the record was made
                values["id"] = row.local_id
                values.setdefault("updated_at", now)
                if spec.entity == "customers" and "name" in values:
                    values["name_pinyin"] = readings(values["name"]).sort_key
                updates.append(values)
        writer.insert(table, inserts, defer_indexes=True)
        writer.update(table, updates)
        if spec.entity == "customers" and rows:
            added = [r.uuid for r in rows if r.action is Action.NEW]
            updated = [r.uuid for r in rows if r.action is Action.UPDATE]
            reindex_customers(writer, updated, readings=readings)
            reindex_customers(writer, added, new=True, readings=readings)
        applied[spec.entity] = len(rows)
        done += len(rows)
        progress.report(done, total)
    return applied


SCHEDULE_REBUILD_AT = 5000
STATISTICS_AFTER = 5000  # records written, before the planner's statistics are refreshed


def _refresh_schedules(writer: Writer, plan: ImportPlan) -> None:
    """Classes read the file, loans, production items, products held, visits and care, and
    due dates read the classes (the cadence is their strategy) besides the file, loans and
    visits: the customers any of them touched are reclassified, then rescheduled; everyone
    when that is most of them."""
    from agricrm.services.classes import Reason, rebuild_classes_on, refresh_classes
    from agricrm.services.schedule import rebuild_schedule_on, refresh_schedule

    touched: set[str] = set()
    for row in plan.rows:
        if row.action not in (Action.NEW, Action.UPDATE):
            continue
        if row.spec.entity == "customers":
            touched.add(row.uuid)
        elif row.spec.entity in CLASS_FACTS:
            touched.add(row.values.get("customer_uuid") or "")
    touched.discard("")
    if len(touched) > SCHEDULE_REBUILD_AT:
        rebuild_classes_on(writer, reason=Reason.FACTS)
        rebuild_schedule_on(writer)
    elif touched:
        ids = _ids_by_uuid(writer.connection, CUSTOMERS, touched).values()
        refresh_classes(writer, ids)
        refresh_schedule(writer, ids)


CLASS_FACTS = frozenset({"loans", "visits", "production_items", "care_events", "customer_products"})
"""The entities whose rows feed a customer's classes (and so their due dates) besides the
file itself."""


def reindex_customers(
    writer: Writer,
    uuids: list[str],
    *,
    new: bool = False,
    readings: Callable[[str], NameReadings] = name_readings,
) -> None:
    """Bring these customers' search entries up to date.  `new`: they were inserted by this
    transaction and have no entries yet, so there is nothing to remove first (removing is
    most of the work for a package of new customers).  `readings`: a name's pinyin, when the
    caller keeps them (see `_apply`)."""
    for start in range(0, len(uuids), 2000):
        rows = writer.connection.execute(
            select(
                Customer.id,
                Customer.name,
                Customer.phone,
                Customer.id_number,
                Customer.address_detail,
                Customer.deleted,
            ).where(Customer.uuid.in_(uuids[start : start + 2000]))
        ).all()
        sources = [IndexSource(*r[:5], readings=readings(r.name)) for r in rows if not r.deleted]
        if new:
            add_to_index(writer, sources)
            continue
        write_index(writer, sources)
        remove_from_index(writer, [r.id for r in rows if r.deleted])


def _snapshot(row: PlannedRow, values: dict[str, Any] | None) -> str:
    if values is None:
        return "{}"
    return json.dumps(
        {c.key: canonical(c, values.get(c.key)) for c in row.spec.stored_columns},
        ensure_ascii=False,
    )


def _queue_conflicts(writer: Writer, plan: ImportPlan) -> int:
    package = plan.package
    rows = [
        r
        for r in plan.rows
        if r.action in (Action.CONFLICT, Action.DUPLICATE, Action.WITH_DUPLICATE)
    ]
    if not rows:
        return 0
    writer.insert_local(
        SyncConflict.__table__,
        [
            {
                "entity": r.spec.entity,
                "record_uuid": r.uuid,
                "kind": "changed_on_both_sides"
                if r.action is Action.CONFLICT
                else "duplicate_person"
                if r.action is Action.DUPLICATE
                else "belongs_to_duplicate",
                "local_json": _snapshot(r, r.local),
                "incoming_json": _snapshot(r, r.values),
                "incoming_history": " ".join(dict.fromkeys([*r.history, r.incoming_version])),
                "device_id": package.device_id if package else "",
                "package_seq": package.package_seq if package else 0,
                "created_at": utcnow(),
            }
            for r in rows
        ],
    )
    return sum(1 for r in rows if r.action is not Action.WITH_DUPLICATE)


_LEARNT_FROM = (Action.NEW, Action.UPDATE, Action.UNCHANGED, Action.STALE)


def _learnt(row: PlannedRow) -> Iterator[dict[str, str]]:
    """The history entries a row teaches this device: the versions of its lineage not known
    here yet, and, when this device now holds the row's version (it took the row, or already
    said the same), that version with its content.  A row typed by a person has no lineage:
    what it changed is a local edit, a new version the next export names."""
    if row.action not in _LEARNT_FROM or not row.history:
        return
    entity, record_uuid = row.spec.entity, row.uuid
    *earlier, version = row.history
    for ancestor in dict.fromkeys(earlier):
        if ancestor not in row.known and ancestor != version:
            yield _entry(entity, record_uuid, ancestor, "")
    if row.action is Action.STALE:
        if version not in row.known:
            yield _entry(entity, record_uuid, version, "")
    else:
        yield _entry(entity, record_uuid, version, row.incoming_hash)


def _entry(entity: str, record_uuid: str, version: str, content: str) -> dict[str, str]:
    return {
        "entity": entity,
        "record_uuid": record_uuid,
        "version": version,
        "content_hash": content,
    }


def _settle_conflicts(writer: Writer, plan: ImportPlan) -> int:
    """Close the open conflicts a taken row settles: its lineage holds the conflict's incoming
    version, and (taken as built on ours, or saying what ours says) it has ours too — the
    other side's decision came back, say a conflict on a laptop that headquarters resolved.
    Officers cannot resolve conflicts, so without this a laptop would list such a conflict
    for good."""
    waiting = writer.connection.execute(
        select(
            SyncConflict.id,
            SyncConflict.entity,
            SyncConflict.record_uuid,
            SyncConflict.incoming_history,
        ).where(SyncConflict.resolved_at.is_(None), SyncConflict.kind == "changed_on_both_sides")
    ).all()
    if not waiting:
        return 0
    lineages = {
        (row.spec.entity, row.uuid): set(row.history)
        for row in plan.rows
        if row.action in (Action.UPDATE, Action.UNCHANGED) and row.history
    }
    settled = [
        conflict_id
        for conflict_id, entity, record_uuid, history in waiting
        if history.split()[-1] in lineages.get((entity, record_uuid), ())
    ]
    if settled:
        writer.execute_local(
            update(SyncConflict).where(SyncConflict.id.in_(settled)).values(resolved_at=utcnow())
        )
    return len(settled)


def _remember(writer: Writer, actor: Actor, plan: ImportPlan, applied: dict[str, int]) -> None:
    connection = writer.connection
    history = [entry for row in plan.rows for entry in _learnt(row)]
    with writer.deferred_indexes(SyncHistory.__table__, len(history)):
        writer.insert_local(SyncHistory.__table__, history)
    package = plan.package
    if package is not None:
        peer = connection.execute(
            select(SyncPeer.last_seq).where(SyncPeer.device_id == package.device_id)
        ).first()
        values = {
            "device_name": package.device_name,
            "last_seq": max(package.package_seq, peer[0] if peer else 0),
            "last_imported_at": utcnow(),
        }
        if peer is None:
            writer.execute_local(insert(SyncPeer).values(device_id=package.device_id, **values))
        else:
            writer.execute_local(
                update(SyncPeer).where(SyncPeer.device_id == package.device_id).values(**values)
            )
    writer.execute_local(
        insert(SyncImport).values(
            device_id=package.device_id if package else "",
            package_seq=package.package_seq if package else 0,
            file_name=plan.path.name[:260],
            checksum=package.checksum if package else "",
            imported_by_id=actor.user_id,
            imported_at=utcnow(),
            summary_json=json.dumps({"counts": plan.counts(), "applied": applied}),
        )
    )


RECONCILE_SCAN_AT = 20000


def _count_present(connection: Connection, table: Table, uuids: set[str]) -> int:
    """How many of `uuids` the table holds.  Many are checked against one pass over the uuid
    index (a whole branch: 1,000,000 lookups in batches take seconds); a few by lookup."""
    if len(uuids) >= RECONCILE_SCAN_AT:
        return sum(
            1 for (record_uuid,) in connection.execute(select(table.c.uuid)) if record_uuid in uuids
        )
    found = 0
    wanted = list(uuids)
    for start in range(0, len(wanted), 500):
        found += (
            connection.scalar(
                select(func.count())
                .select_from(table)
                .where(table.c.uuid.in_(wanted[start : start + 500]))
            )
            or 0
        )
    return found


def _reconcile(db: Database, plan: ImportPlan) -> None:
    """Read back: every record of the file that was not queued as a conflict is present."""
    expected: dict[str, set[str]] = defaultdict(set)
    queued = (Action.CONFLICT, Action.DUPLICATE, Action.WITH_DUPLICATE, Action.ALIAS)
    for row in plan.rows:
        if row.action not in queued:
            expected[row.spec.entity].add(row.uuid)
    with db.read() as session:
        connection = session.connection()
        for spec in SHEETS:
            uuids = expected.get(spec.entity)
            if not uuids:
                continue
            found = _count_present(connection, table_of(spec), uuids)
            if found != len(uuids):
                raise AgriCrmError(
                    NOT_RECONCILED(entity=spec.title, found=found, expected=len(uuids))
                )
