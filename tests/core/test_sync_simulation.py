"""Sync proven by simulation: headquarters and three officers' laptops, random work, random post.

A hypothesis state machine drives four real database files through what a branch does between
two visits to headquarters — customers created (with a production item and a loan now and
then), fields edited, loans and items added, changed and dropped, files archived and restored,
soft deleted and reassigned by the manager — and through what the post does to packages:
officers export ``--full`` or ``--since-last`` for headquarters, headquarters exports each
officer's package (always full, `export_package(officer_id=…)`), and any package is delivered
at any time: late, twice, out of order, alone or in a ``merge`` of several.  The manager
resolves conflicts at headquarters, choosing per field.  Everything goes through the services
the app and the command line call; the test never writes to a database itself.

**A model that knows who wrote what.** Beside the databases the test keeps, for every record on
every device, which edit last wrote each field and every edit the copy has seen (`Version`).
Local work is observed, not predicted: after each service call the device's records are read
back and each changed field is credited to a new edit. Imports are predicted: for each record of
a package, a field that differs is *newer on the incoming side* when the incoming copy has seen
the edit that wrote ours, *newer here* the other way round, and otherwise the two edits are
concurrent. Two rules of `exchange.lineage` come on top, because versions are states, not edits:
a copy whose content is again that of the version its device last held *is* that version,
whoever wrote its fields in between (an archive and a restore between two exchanges change
nothing); and when neither copy descends from the other (our version is not in the row's
lineage, nor the row's version among those we know), the import decides on the whole record
against the last version both held — a side still saying what it said changed nothing, else the
record is a conflict, even where the fields alone would have merged, as the fields of that
version are not kept (counted). So the import must take the incoming copy when every difference
is newer there, keep ours when every difference is newer here, and queue a conflict otherwise —
and after every step each device must hold exactly the records the model says, with exactly the
open conflicts it says. That is the property "no edit is lost without a recorded conflict" (an
overwritten or ignored edit shows as a record that differs from the model) and "every concurrent
edit surfaced as exactly one open conflict" (one open conflict per record and incoming version,
however often the package arrives). A resolution must keep, per field, our *current* value or
the incoming one, and nothing else. Nothing is excused: a record set back to content it had
before (reassigned A → B → A, archived and restored) and a copy many versions behind are judged
like any other (`exchange.lineage`; both were found here when lineages were contents, and kept
at most eight of them).

**The end: everything delivered, everything settled.**  When a sequence ends, every package not
yet delivered is delivered, then rounds of exchange run — each officer's since-last package to
headquarters, the manager resolves every open conflict, each officer's package back — until a
round moves nothing.  Then:

* headquarters has no open conflict;
* "the same data" means, per officer: every record of that officer's scope at headquarters —
  users, villages, conflict resolutions, the customers headquarters assigns to the officer and
  their loans, items and status history, as `record_select(spec, officer_id)` selects them for
  the officer's package — is on the officer's laptop with the same content (compared by
  `content_hash`: what a record says, not when or on which device it was saved, nor its local
  `row_version`);
* a record on an officer's laptop outside that scope (a customer reassigned to someone else,
  and its children) is one headquarters holds too, and headquarters has seen the laptop's copy
  of it (the laptop's version is among those headquarters knows): nothing the officer did to it
  was dropped on the way, though the laptop's copy is no longer brought up to date;
* every conflict resolution made anywhere is on every device (it travelled);
* no conflict is open on an officer's laptop (officers cannot resolve them) about a record of
  the officer's scope: headquarters' settled version closed it when it arrived.  One about a
  record reassigned away stays open for good, like the laptop's copy of that record (counted,
  not failed: see the README).

`make test` runs the short profile (derandomised, so the same sequences every run); `make soak`
sets ``AGRICRM_SOAK=1`` for the long one (random sequences; ``AGRICRM_SOAK_EXAMPLES`` sets how
many).  Hypothesis keeps no example database in the repository (``database=None``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import os
import shutil
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from sqlalchemy import func, select

from agricrm.db.database import Database, open_database
from agricrm.demo.generator import build_demo_database
from agricrm.domain.customer import CustomerInput, LoanInput, ProductionItemInput
from agricrm.domain.enums import ProductionKind, Role
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.lineage import Held, current_version
from agricrm.exchange.reader import read_package
from agricrm.exchange.records import record_select, snapshot_hash
from agricrm.exchange.schema import BY_ENTITY, HISTORY_KEY, SHEETS, SheetSpec
from agricrm.exchange.values import canonical_function
from agricrm.models import Customer, SyncConflict, SyncHistory, SyncPeer, User
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.customers import CustomerService
from agricrm.services.sync_conflicts import list_conflicts, resolve_conflict
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import ImportRejected, apply_import
from agricrm.services.sync_merge import merge_packages
from agricrm.services.users import resolve_actor
from agricrm.services.villages import list_villages

SEEN: Counter[str] = Counter()  # what the runs went through, printed at the end


def event(what: str) -> None:
    SEEN[what] += 1


SOAK = os.environ.get("AGRICRM_SOAK", "") not in ("", "0")
settings.register_profile(
    "sync-short",
    max_examples=15,
    stateful_step_count=24,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "sync-soak",
    max_examples=int(os.environ.get("AGRICRM_SOAK_EXAMPLES", "1000")),
    stateful_step_count=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("sync-soak" if SOAK else "sync-short")

OFFICERS = 3  # laptops beside headquarters
DEMO_CUSTOMERS = 12
SETTLE_ROUNDS = 6
GENESIS = 0  # the edit every record of the starting branch was written by

Key = tuple[str, str]  # (entity, record uuid)


@dataclass(frozen=True)
class Version:
    """One device's copy of a record, as the model sees it."""

    values: Mapping[str, str]  # content column key → canonical text
    writers: Mapping[str, int]  # content column key → the edit that wrote that value
    knows: frozenset[int]  # every edit this copy has seen
    seen: frozenset[str]  # the content hash of every copy it descends from, its own included

    def grown(
        self,
        values: Mapping[str, str],
        writers: Mapping[str, int],
        *others: Version,
        edit: int | None = None,
    ) -> Version:
        """A copy that descends from this one (and `others`), saying `values`."""
        knows = self.knows.union(*(o.knows for o in others))
        seen = self.seen.union(*(o.seen for o in others))
        if edit is not None:
            knows |= {edit}
        return Version(values, writers, knows, seen | {digest(values)})


@dataclass(frozen=True)
class OpenConflict:
    local: Version  # our copy when the conflict was queued
    incoming: Version


@dataclass
class Device:
    name: str
    db: Database
    actor: Actor  # who works here: the manager at headquarters, an officer on a laptop
    model: dict[Key, Version]
    conflicts: dict[tuple[Key, str], OpenConflict] = field(default_factory=dict)
    last_seq: dict[str, int] = field(default_factory=dict)  # device id → last package imported
    learnt: dict[Key, list[tuple[str, str]]] = field(default_factory=dict)  # see `_history`
    # each record's copy when this device last held a version of it (exported it, took it
    # from a package, or resolved a conflict over it): a copy saying that again *is* it
    held: dict[Key, Version] = field(default_factory=dict)


@dataclass
class Package:
    path: Path
    source: str
    target: str
    device_id: str
    seq: int
    base: int
    rows: dict[Key, Version]
    lineages: dict[Key, tuple[str, ...]]  # each row's lineage, as the package names it
    delivered: int = 0


# ------------------------------------------------------------------ reading a device


def _spell(spec: SheetSpec) -> list[tuple[str, Callable[[object], str]]]:
    return [(c.key, canonical_function(c)) for c in spec.content_columns]


SPELLING = {spec.entity: _spell(spec) for spec in SHEETS}


def digest(values: Mapping[str, str]) -> str:
    """The content hash of canonical values in column order (`exchange.records.content_hash`)."""
    text = "\x1f".join(values.values())
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def dump(db: Database, officer_id: int | None = None) -> dict[Key, dict[str, str]]:
    """Every synced record's content, in canonical text (of one officer's scope if given)."""
    found: dict[Key, dict[str, str]] = {}
    with db.read() as session:
        connection = session.connection()
        for spec in SHEETS:
            spelling = SPELLING[spec.entity]
            for row in connection.execute(record_select(spec, officer_id)).mappings():
                found[(spec.entity, row["uuid"])] = {
                    key: spell(row[key]) for key, spell in spelling
                }
    return found


def _incoming_content(entity: str, incoming_json: str) -> str:
    return snapshot_hash(BY_ENTITY[entity], json.loads(incoming_json))


def open_conflicts(db: Database) -> Counter[tuple[Key, str]]:
    """Open conflicts by record and incoming content hash (riders of a duplicate included)."""
    with db.read() as session:
        rows = session.execute(
            select(SyncConflict.entity, SyncConflict.record_uuid, SyncConflict.incoming_json).where(
                SyncConflict.resolved_at.is_(None)
            )
        ).all()
    return Counter(
        ((entity, uuid), _incoming_content(entity, incoming)) for entity, uuid, incoming in rows
    )


def versions_of(db: Database, key: Key) -> list[tuple[str, str]]:
    """The versions of a record `db` knows, with their contents where it held them."""
    with db.read() as session:
        return [
            (version, content)
            for version, content in session.execute(
                select(SyncHistory.version, SyncHistory.content_hash)
                .where(SyncHistory.entity == key[0], SyncHistory.record_uuid == key[1])
                .order_by(SyncHistory.id)
            )
        ]


def version_of(db: Database, key: Key, values: Mapping[str, str]) -> str:
    """The version `db`'s copy saying `values` is (`exchange.lineage`)."""
    held = [Held(v, c) for v, c in versions_of(db, key) if c]
    return current_version(held[-1] if held else None, digest(values))


def package_lineages(path: Path) -> dict[Key, tuple[str, ...]]:
    """Each record of a package with the lineage its row names (`exchange.lineage`)."""
    workbook = read_package(path)
    lineages = {}
    for entity, sheet in workbook.sheets.items():
        at, history_at = sheet.positions["uuid"], sheet.positions[HISTORY_KEY]
        for _number, cells in sheet.rows:
            lineages[(entity, str(cells[at]))] = tuple(str(cells[history_at] or "").split())
    return lineages


def differences(a: Mapping[str, str], b: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    return {key: (a[key], b[key]) for key in a if a[key] != b[key]}


# ------------------------------------------------------------------ the starting branch


@dataclass(frozen=True)
class Templates:
    folder: Path
    officers: tuple[str, ...]  # usernames, one laptop each


def build_templates(folder: Path) -> Templates:
    """Headquarters (a small demo branch) and three laptops that each received their
    officer's full package once, as on the day the laptops were handed out."""
    folder.mkdir(parents=True, exist_ok=True)
    build_demo_database(
        folder / "hq.db", DEMO_CUSTOMERS, seed=3, as_of=dt.date(2026, 6, 30), visits=0
    )
    hq = open_database(folder / "hq.db")
    try:
        manager = resolve_actor(hq, "lijianguo")
        with hq.read() as session:
            busiest = session.execute(
                select(User.id, User.username)
                .join(Customer, Customer.officer_id == User.id)
                .where(User.role == Role.OFFICER)
                .group_by(User.id)
                .order_by(func.count().desc(), User.id)
                .limit(OFFICERS)
            ).all()
        for number, (user_id, _username) in enumerate(busiest):
            package = folder / f"start-{number}.xlsx"
            export_package(hq, manager, package, officer_id=user_id)
            laptop = open_database(folder / f"officer{number}.db")
            try:
                apply_import(laptop, resolve_actor(laptop), package)
            finally:
                laptop.close()
            package.unlink()
    finally:
        hq.close()
    return Templates(folder, tuple(username for _id, username in busiest))


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return build_templates(tmp_path_factory.mktemp("sync-sim-template"))


# ------------------------------------------------------------------ the state machine

NAMES = ("张三", "李四", "王五", "赵六", "陈伯", "欧阳娜")
EDITABLE = ("notes", "phone", "household_size", "land_area_mu", "name", "technology_notes")


class SyncSimulation(RuleBasedStateMachine):
    def __init__(self, templates: Templates, folder: Path) -> None:
        super().__init__()
        shutil.copytree(templates.folder, folder)
        self.folder = folder
        self.counter = itertools.count(1)
        self.edits = itertools.count(GENESIS + 1)
        self.packages: list[Package] = []
        hq_db = open_database(folder / "hq.db")
        self.hq = Device("hq", hq_db, resolve_actor(hq_db, "lijianguo"), {})
        self.officers: list[Device] = []
        for number, username in enumerate(templates.officers):
            db = open_database(folder / f"officer{number}.db")
            self.officers.append(Device(f"officer{number}", db, resolve_actor(db, username), {}))
        self.devices = [self.hq, *self.officers]
        with hq_db.read() as session:
            self.hq_ids = dict(session.execute(select(User.username, User.id)).all())
        for device in self.devices:
            device.model = {
                key: Version(
                    values,
                    dict.fromkeys(values, GENESIS),
                    frozenset({GENESIS}),
                    frozenset({digest(values)}),
                )
                for key, values in dump(device.db).items()
            }
            device.held = dict(device.model)
            with device.db.read() as session:
                device.last_seq = dict(
                    session.execute(select(SyncPeer.device_id, SyncPeer.last_seq)).all()
                )
        hq_records = self.hq.model
        for officer in self.officers:
            for key, version in officer.model.items():
                assert hq_records[key].values == version.values, (officer.name, key)
        self.villages = [(v.township, v.name) for v in list_villages(hq_db, self.hq.actor)][:12]

    def teardown(self) -> None:
        try:
            if sys.exc_info()[0] is None:  # not after a failed step: its error is the news
                self.settle()
                event("sequences settled")
        finally:
            for device in self.devices:
                device.db.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- local work, observed -----------------------------------------

    def _local(self, device: Device, work: Callable[[], object]) -> None:
        """Do `work` on `device` and credit every field it changed to one new edit."""
        work()
        self._observe(device)

    def _observe(self, device: Device, expected: Mapping[Key, Version] | None = None) -> None:
        edit = next(self.edits)
        after = dump(device.db)
        assert device.model.keys() <= after.keys(), f"{device.name}: records vanished"
        for key, values in after.items():
            old = device.model.get(key)
            if expected and key in expected:
                want = expected[key]
                assert values == want.values, (
                    f"{device.name} {key}: a resolution kept a value of neither side: "
                    f"{differences(values, dict(want.values))}"
                )
                writers = dict(want.writers)
                if values == device.held[key].values:
                    writers = dict(device.held[key].writers)  # every field as it came
                device.model[key] = want.grown(values, writers, edit=edit)
            elif old is None:
                device.model[key] = Version(
                    values,
                    dict.fromkeys(values, edit),
                    frozenset({edit}),
                    frozenset({digest(values)}),
                )
            elif old.values != values:
                writers = {
                    k: (edit if values[k] != old.values[k] else w) for k, w in old.writers.items()
                }
                base = device.held.get(key)
                if base is not None and base.values == values:
                    # an edit undone before the next exchange: the copy is again the version
                    # it was (`exchange.lineage`), whoever wrote its fields then
                    event("edits undone")
                    writers = dict(base.writers)
                device.model[key] = old.grown(values, writers, edit=edit)

    def _customers(self, device: Device) -> list[int]:
        """The customers one can work on here; at headquarters those of the laptops' officers
        (the rest of the branch never travels, so work on it proves nothing)."""
        if device is not self.hq:
            return sorted(
                search_customer_ids(device.db, device.actor, CustomerQuery(include_archived=True))
            )
        return sorted(
            customer_id
            for officer in self.officers
            for customer_id in search_customer_ids(
                device.db,
                device.actor,
                CustomerQuery(
                    officer_id=self.hq_ids[officer.actor.username], include_archived=True
                ),
            )
        )

    def _pick(self, device: Device, index: int) -> int | None:
        ids = self._customers(device)
        return ids[index % len(ids)] if ids else None

    @rule(
        at=st.integers(0, OFFICERS),
        village=st.integers(0, 11),
        name=st.sampled_from(NAMES),
        with_children=st.booleans(),
        owner=st.integers(0, OFFICERS - 1),
    )
    def create_customer(
        self, at: int, village: int, name: str, with_children: bool, owner: int
    ) -> None:
        device = self.devices[at]
        township, village_name = self.villages[village]
        n = next(self.counter)
        officer_id = self.hq_ids[self.officers[owner].actor.username] if device is self.hq else None
        data = CustomerInput(
            name=name,
            phone=f"137{n:08d}",
            township=township,
            village=village_name,
            notes=f"{device.name} 新建 {n}",
            officer_id=officer_id,
            production_items=[
                ProductionItemInput(None, ProductionKind.CROP, "玉米", Decimal(5), "亩")
            ]
            if with_children
            else [],
            loans=[_loan(Decimal(20000))] if with_children else [],
        )
        self._local(device, lambda: CustomerService(device.db).create(device.actor, data))

    @rule(
        at=st.integers(0, OFFICERS),
        pick=st.integers(0, 10**6),
        key=st.sampled_from(EDITABLE),
        n=st.integers(0, 9),
    )
    def edit_field(self, at: int, pick: int, key: str, n: int) -> None:
        device = self.devices[at]
        customer_id = self._pick(device, pick)
        if customer_id is not None:
            self._edit(device, customer_id, key, n)

    def _edit(self, device: Device, customer_id: int, key: str, n: int) -> None:
        service = CustomerService(device.db)
        detail = service.get(device.actor, customer_id)
        if detail.archived_at is not None:
            return
        unique = next(self.counter)
        value: object = {
            "notes": f"{device.name} 备注 {unique}",
            "technology_notes": f"{device.name} 技术 {unique}",
            "phone": f"139{unique:08d}",
            "household_size": n + 1,  # few values: two devices may well agree
            "land_area_mu": Decimal(n * 10),
            "name": NAMES[n % len(NAMES)],
        }[key]
        data = dataclasses.replace(detail.to_input(), **{key: value})
        self._local(
            device, lambda: service.update(device.actor, customer_id, data, detail.row_version)
        )

    @rule(
        officer=st.integers(0, OFFICERS - 1),
        pick=st.integers(0, 10**6),
        here=st.sampled_from(EDITABLE),
        there=st.sampled_from(EDITABLE),
        n=st.integers(0, 9),
    )
    def edit_on_both_sides(self, officer: int, pick: int, here: str, there: str, n: int) -> None:
        """The officer and headquarters edit one customer between two exchanges (the same
        field or two): what conflicts are made of."""
        laptop = self.officers[officer]
        customer_id = self._pick(laptop, pick)
        if customer_id is None:
            return
        uuid = CustomerService(laptop.db).get(laptop.actor, customer_id).uuid
        with self.hq.db.read() as session:
            at_hq = session.scalar(
                select(Customer.id).where(Customer.uuid == uuid, Customer.deleted.is_(False))
            )
        self._edit(laptop, customer_id, here, n)
        if at_hq is not None:
            self._edit(self.hq, at_hq, there, 9 - n)

    @rule(which=st.integers(0, 10**6), key=st.sampled_from(EDITABLE), n=st.integers(0, 9))
    def edit_while_in_conflict(self, which: int, key: str, n: int) -> None:
        """The manager keeps working on a customer whose conflict waits to be decided."""
        waiting = sorted({c[0][1] for c in self.hq.conflicts if c[0][0] == "customers"})
        if not waiting:
            return
        with self.hq.db.read() as session:
            customer_id = session.scalar(
                select(Customer.id).where(
                    Customer.uuid == waiting[which % len(waiting)], Customer.deleted.is_(False)
                )
            )
        if customer_id is not None:
            self._edit(self.hq, customer_id, key, n)

    @rule(
        at=st.integers(0, OFFICERS),
        pick=st.integers(0, 10**6),
        change=st.sampled_from(("add_loan", "repay", "drop_loan", "add_item", "drop_item")),
        n=st.integers(1, 9),
    )
    def edit_children(self, at: int, pick: int, change: str, n: int) -> None:
        device = self.devices[at]
        customer_id = self._pick(device, pick)
        if customer_id is None:
            return
        service = CustomerService(device.db)
        detail = service.get(device.actor, customer_id)
        if detail.archived_at is not None:
            return
        data = detail.to_input()
        loans, items = list(data.loans), list(data.production_items)
        if change == "add_loan":
            loans.append(_loan(Decimal(n * 10000)))
        elif change == "repay" and loans:
            loans[0] = dataclasses.replace(loans[0], balance=Decimal(n * 100))
        elif change == "drop_loan" and loans:
            loans.pop(0)
        elif change == "add_item":
            items.append(
                ProductionItemInput(None, ProductionKind.LIVESTOCK, "生猪", Decimal(n), "头")
            )
        elif change == "drop_item" and items:
            items.pop(0)
        else:
            return
        data = dataclasses.replace(data, loans=loans, production_items=items)
        self._local(
            device, lambda: service.update(device.actor, customer_id, data, detail.row_version)
        )

    @rule(at=st.integers(0, OFFICERS), pick=st.integers(0, 10**6))
    def archive_or_restore(self, at: int, pick: int) -> None:
        device = self.devices[at]
        customer_id = self._pick(device, pick)
        if customer_id is None:
            return
        service = CustomerService(device.db)
        detail = service.get(device.actor, customer_id)
        toggle = service.archive if detail.archived_at is None else service.restore
        self._local(device, lambda: toggle(device.actor, customer_id, detail.row_version))

    @rule(pick=st.integers(0, 10**6))
    def delete_customer(self, pick: int) -> None:
        customer_id = self._pick(self.hq, pick)
        if customer_id is None:
            return
        service = CustomerService(self.hq.db)
        detail = service.get(self.hq.actor, customer_id)
        self._local(self.hq, lambda: service.delete(self.hq.actor, customer_id, detail.row_version))

    @rule(pick=st.integers(0, 10**6), to=st.integers(0, OFFICERS - 1))
    def reassign(self, pick: int, to: int) -> None:
        customer_id = self._pick(self.hq, pick)
        if customer_id is None:
            return
        service = CustomerService(self.hq.db)
        detail = service.get(self.hq.actor, customer_id)
        officer_id = self.hq_ids[self.officers[to].actor.username]
        if detail.archived_at is not None or detail.officer_id == officer_id:
            return
        data = dataclasses.replace(detail.to_input(), officer_id=officer_id)
        self._local(
            self.hq, lambda: service.update(self.hq.actor, customer_id, data, detail.row_version)
        )

    # -- the post ---------------------------------------------------------

    def _export(self, device: Device, target: Device, *, since_last: bool) -> Package:
        path = self.folder / f"p{len(self.packages):03d}-{device.name}-to-{target.name}.xlsx"
        officer_id = self.hq_ids[target.actor.username] if device is self.hq else None
        result = export_package(
            device.db, device.actor, path, since_last=since_last, officer_id=officer_id
        )
        lineages = package_lineages(path)
        rows = {key: device.model[key] for key in lineages}
        device.held.update(rows)
        package = Package(
            path,
            device.name,
            target.name,
            result.device_id,
            result.package_seq,
            result.base_seq,
            rows,
            lineages,
        )
        self.packages.append(package)
        return package

    @rule(officer=st.integers(0, OFFICERS - 1), since_last=st.booleans())
    def officer_exports(self, officer: int, since_last: bool) -> None:
        self._export(self.officers[officer], self.hq, since_last=since_last)

    @rule(officer=st.integers(0, OFFICERS - 1))
    def hq_exports_for_officer(self, officer: int) -> None:
        self._export(self.hq, self.officers[officer], since_last=False)

    def _device(self, name: str) -> Device:
        return next(d for d in self.devices if d.name == name)

    def _predict(self, device: Device, package: Package) -> bool:
        """Fold `package` into the model of `device`; False when it must be held back."""
        last = device.last_seq.get(package.device_id, 0)
        if package.base > last:
            return False
        device.last_seq[package.device_id] = max(last, package.seq)
        for key, incoming in package.rows.items():
            local = device.model.get(key)
            if local is None:
                device.model[key] = device.held[key] = incoming
                self._learn(device, key, package.lineages[key], digest(incoming.values))
                continue
            differ = [k for k in local.values if local.values[k] != incoming.values[k]]
            newer_there = {k for k in differ if local.writers[k] in incoming.knows}
            newer_here = {k for k in differ if incoming.writers[k] in local.knows}
            common = self._common(device, key, package.lineages[key], local) if differ else None
            if common is not None:
                # neither copy descends from the other: the import decides three-way on the
                # whole record, as the fields of their last common version are not kept
                if digest(incoming.values) == common:
                    event("three-way: the incoming side changed nothing")
                    newer_there, newer_here = set(), set(differ)
                elif digest(local.values) == common:
                    event("three-way: our side changed nothing")
                    newer_there, newer_here = set(differ), set()
                else:
                    if len(newer_there) == len(differ) or len(newer_here) == len(differ):
                        event("three-way: a conflict the fields alone would not make")
                    newer_there = newer_here = set()
            if len(newer_there) == len(differ) and differ:
                device.model[key] = device.held[key] = local.grown(
                    incoming.values, incoming.writers, incoming
                )
                self._settle(device, key, incoming)
                self._learn(device, key, package.lineages[key], digest(incoming.values))
            elif len(newer_here) == len(differ):
                device.model[key] = local.grown(local.values, local.writers, incoming)
                if not differ:
                    device.held[key] = device.model[key]
                    self._settle(device, key, incoming)
                    self._learn(device, key, package.lineages[key], digest(incoming.values))
                else:
                    self._learn(device, key, package.lineages[key], None)
            else:
                conflict = (key, digest(incoming.values))
                event("conflict arrives again" if conflict in device.conflicts else "conflict")
                device.conflicts.setdefault(conflict, OpenConflict(local, incoming))
        return True

    def _history(self, device: Device, key: Key) -> list[tuple[str, str]]:
        """The versions of a record `device` knows (with the content of those it held), as
        recorded, plus what the packages predicted so far in this step taught it (a merge
        applies several before the test reads the database again)."""
        return versions_of(device.db, key) + device.learnt.get(key, [])

    def _common(
        self, device: Device, key: Key, lineage: Sequence[str], local: Version
    ) -> str | None:
        """When neither copy descends from the other (our version is not in the row's
        lineage, nor the row's version among those we know): the content hash of the last
        version both held, the newest of the lineage that `device` held ("" if none).  None
        otherwise: then who wrote what decides.  An edit and its undoing between two exports
        leave a copy at the version it was (`exchange.lineage`)."""
        history = self._history(device, key)
        held = [Held(version, content) for version, content in history if content]
        ours = current_version(held[-1] if held else None, digest(local.values))
        if not lineage or ours in lineage or lineage[-1] in {v for v, _ in history}:
            return None
        contents = {version: content for version, content in history if content}
        return next((contents[v] for v in reversed(lineage) if v in contents), "")

    @staticmethod
    def _learn(device: Device, key: Key, lineage: Sequence[str], content: str | None) -> None:
        """What an import records of a row it took (`content`: it holds the row's version
        now) or kept ours against (None), for the predictions after it in one merge."""
        if lineage:
            entries = [(v, "") for v in lineage[:-1]]
            entries.append((lineage[-1], content or ""))
            device.learnt.setdefault(key, []).extend(entries)

    @staticmethod
    def _settle(device: Device, key: Key, taken: Version) -> None:
        """A copy taken (or saying what ours says) that has seen a waiting conflict's incoming
        side settles that conflict: the other side's decision came back."""
        for conflict in [c for c in device.conflicts if c[0] == key]:
            if device.conflicts[conflict].incoming.knows <= taken.knows:
                event("conflict settled by a newer version")
                del device.conflicts[conflict]

    def _check(self, device: Device, what: str) -> None:
        """The device holds exactly what the model says, with exactly its open conflicts."""
        device.learnt.clear()  # the database records it now
        actual = dump(device.db)
        assert actual.keys() == device.model.keys(), (
            f"{device.name} after {what}: records {sorted(actual.keys() ^ device.model.keys())}"
        )
        wrong = {
            key: differences(device.model[key].values, values)
            for key, values in actual.items()
            if values != device.model[key].values
        }
        assert not wrong, f"{device.name} after {what}: (expected, found) {wrong}"
        found = open_conflicts(device.db)
        expected = Counter(device.conflicts.keys())
        assert found == expected, (
            f"{device.name} after {what}: open conflicts {dict(found)}, expected {dict(expected)}"
        )

    def _deliver(self, package: Package) -> None:
        target = self._device(package.target)
        actor = target.actor
        held = not self._predict(target, package)
        try:
            apply_import(target.db, actor, package.path)
        except ImportRejected as rejected:
            raise AssertionError(f"{package.path.name} rejected: {rejected.plan.issues}") from None
        except AgriCrmError as error:
            event("held back")
            assert held and "missing packages" in str(error), str(error)
        else:
            assert not held, f"{package.path.name} applied though it builds on a missing package"
            package.delivered += 1
            if package.delivered > 1:
                event("delivered again")
        self._check(target, f"importing {package.path.name}")

    @rule()
    def deliver_next(self) -> None:
        """The post as it usually is: the oldest package not yet delivered."""
        waiting = [p for p in self.packages if not p.delivered]
        if waiting:
            self._deliver(waiting[0])

    @rule(which=st.integers(0, 10**6))
    def deliver(self, which: int) -> None:
        """Any package, at any time: late, again, or before the one it builds on."""
        if self.packages:
            self._deliver(self.packages[which % len(self.packages)])

    @rule(which=st.lists(st.integers(0, 10**6), min_size=2, max_size=4))
    def merge(self, which: list[int]) -> None:
        inbound = [p for p in self.packages if p.target == "hq"]
        if not inbound:
            return
        chosen = [inbound[i % len(inbound)] for i in which]
        # the order `merge` applies them in: per device, by package number
        for package in sorted(chosen, key=lambda p: (p.device_id, p.seq, str(p.path))):
            if self._predict(self.hq, package):
                package.delivered += 1
        merge_packages(self.hq.db, self.hq.actor, [p.path for p in chosen])
        self._check(self.hq, f"merging {[p.path.name for p in chosen]}")

    # -- conflicts ---------------------------------------------------------

    def _resolve(
        self,
        device: Device,
        conflict_id: int,
        choose: Callable[[str], bool],
        manager: Actor | None = None,
    ) -> None:
        manager = manager or device.actor
        view = next(c for c in list_conflicts(device.db, manager) if c.id == conflict_id)
        key = (view.entity, view.record_uuid)
        with device.db.read() as session:
            incoming_json = session.scalar(
                select(SyncConflict.incoming_json).where(SyncConflict.id == conflict_id)
            )
        open_key = (key, _incoming_content(key[0], incoming_json))
        incoming = device.conflicts.pop(open_key).incoming
        current = device.model[key]
        choices = {f.key: "incoming" for f in view.fields if choose(f.key)}
        values = {
            k: incoming.values[k] if choices.get(k) else current.values[k] for k in current.values
        }
        writers = {
            k: incoming.writers[k] if choices.get(k) else current.writers[k] for k in current.values
        }
        # keeping our value against a differing incoming one is a decision made after seeing
        # it: that field is now newer than the incoming edit
        decision = next(self.edits)
        for k in current.values:
            if not choices.get(k) and current.values[k] != incoming.values[k]:
                writers[k] = decision
        merged = current.grown(values, writers, incoming, edit=decision)
        event("resolved")
        resolve_conflict(device.db, manager, conflict_id, choices, note="sim")  # type: ignore[arg-type]
        device.held[key] = incoming  # our record descends from it now, as from a copy taken
        self._observe(device, {key: merged})
        self._check(device, f"resolving conflict {conflict_id} on {key}")

    @rule(which=st.integers(0, 10**6), mask=st.integers(0, 2**16 - 1))
    def resolve(self, which: int, mask: int) -> None:
        views = list_conflicts(self.hq.db, self.hq.actor)
        if views:
            chosen = views[which % len(views)]
            self._resolve(self.hq, chosen.id, lambda key: _picked(mask, key))

    # -- the end -------------------------------------------------------------

    def settle(self) -> None:
        for package in sorted(
            (p for p in self.packages if not p.delivered), key=lambda p: (p.device_id, p.seq)
        ):
            self._deliver(package)
        for round_ in range(SETTLE_ROUNDS):
            before = dump(self.hq.db), open_conflicts(self.hq.db)
            for officer in self.officers:
                self._deliver(self._export(officer, self.hq, since_last=True))
            if round_ and (dump(self.hq.db), open_conflicts(self.hq.db)) == before:
                break  # the laptops had nothing headquarters did not have: nothing moves
            for view in list_conflicts(self.hq.db, self.hq.actor):
                self._resolve(self.hq, view.id, lambda key, c=view.id: _picked(c, key))
            for officer in self.officers:
                self._deliver(self._export(self.hq, officer, since_last=False))
        else:
            raise AssertionError(f"still moving after {SETTLE_ROUNDS} rounds of exchange")
        self._final_checks()

    def _final_checks(self) -> None:
        assert not open_conflicts(self.hq.db), "headquarters still has open conflicts"
        everything = dump(self.hq.db)
        resolutions = {k for k in everything if k[0] == "conflict_resolutions"}
        for officer in self.officers:
            scope = dump(self.hq.db, self.hq_ids[officer.actor.username])
            held = dump(officer.db)
            missing = scope.keys() - held.keys()
            assert not missing, f"{officer.name} lacks {sorted(missing)}"
            wrong = {k: differences(scope[k], held[k]) for k in scope if scope[k] != held[k]}
            assert not wrong, f"{officer.name} differs from headquarters: {wrong}"
            assert resolutions <= held.keys()
            for key in held.keys() - scope.keys():
                assert key in everything, f"{officer.name}: {key} never reached headquarters"
                known = {v for v, _ in versions_of(self.hq.db, key)}
                assert version_of(officer.db, key, held[key]) in known | {
                    version_of(self.hq.db, key, everything[key])
                }, f"{officer.name}: headquarters never saw its copy of {key}"
            for key, _incoming in officer.conflicts:
                # headquarters' settled version closes a laptop's conflict when it arrives
                assert key not in scope, f"{officer.name}: the open conflict on {key} stays"
                event("conflict left open on a record reassigned away")


def _picked(mask: int, key: str) -> bool:
    """Whether a resolution drawn as `mask` takes the incoming value of field `key`."""
    return bool(mask >> (zlib.crc32(key.encode()) % 16) & 1)


def _loan(amount: Decimal) -> LoanInput:
    return LoanInput(
        None, "农商行", "小额信用贷", amount, amount, dt.date(2026, 1, 5), dt.date(2027, 1, 5)
    )


def test_sync_simulation(templates: Templates, tmp_path: Path) -> None:
    """Random work and random post on four devices; see the module's docstring."""
    runs = itertools.count()

    def machine() -> SyncSimulation:
        return SyncSimulation(templates, tmp_path / f"run{next(runs)}")

    started = time.perf_counter()
    run_state_machine_as_test(machine, settings=PROFILE)
    seconds = time.perf_counter() - started
    print(
        f"\nsync simulation: {seconds:.0f} s;",
        ", ".join(f"{k} {v}" for k, v in sorted(SEEN.items())),
    )
