"""What an import plans: each row's action, the rows as typed, the problems found, the plan
and the result of applying it.

Split out of `sync_import` (the planner and the writer) so the plan's shape is read in one
place; `sync_import` re-exports every name, so callers import them from there as before.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.schema import SheetSpec
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

REJECTED = QT_TRANSLATE_NOOP("Import", "{count} problem(s) found in {path}; nothing was imported.")


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    STALE = "stale"
    CONFLICT = "conflict"
    ALIAS = "alias"  # the same user or village already here under another record number
    DUPLICATE = "duplicate"  # same ID number as another local customer: a person decides
    WITH_DUPLICATE = "with_duplicate"  # belongs to a customer waiting as a duplicate
    QUEUED = "queued"  # this very version already waits in the conflict queue: not queued again


QUEUEING = (Action.CONFLICT, Action.DUPLICATE, Action.WITH_DUPLICATE)


@dataclass(frozen=True)
class Issue:
    sheet: str
    row: int
    column: str
    value: str
    reason: Text | Message


@dataclass(slots=True)
class PlannedRow:
    spec: SheetSpec
    row: int
    values: dict[str, Any]
    action: Action = Action.NEW
    uuid: str = ""
    matched_by: str = ""
    local_id: int | None = None
    local: dict[str, Any] | None = None
    history: list[str] = field(default_factory=list)  # the row's lineage: version ids
    adopt: bool = False
    officer_name: str = ""  # typed by a person instead of the officer's record number
    incoming_hash: str = ""  # the content hash, set when classified
    known: frozenset[str] = frozenset()  # the versions of the record known here
    blank: frozenset[str] = frozenset()  # empty cells that keep the stored value (registers)
    # how a row typed by people names its parent instead of its uuid (`SheetSpec.finders`)
    finders: dict[str, Any] = field(default_factory=dict)
    # what a row typed by people says that becomes other records (`SheetSpec.extras`)
    extras: dict[str, Any] = field(default_factory=dict)

    def over(self, local: dict[str, Any]) -> dict[str, Any]:
        """The stored record with the row's values over it."""
        return {**local, **{k: v for k, v in self.values.items() if k not in self.blank}}

    @property
    def incoming_version(self) -> str:
        """The version the row is (`exchange.lineage`): the last of its lineage; a row typed
        by a person has none, and counts as a version of its content."""
        return self.history[-1] if self.history else self.incoming_hash


@dataclass(frozen=True)
class PackageInfo:
    device_id: str
    device_name: str
    officer: str
    exported_at: str
    package_seq: int
    base_seq: int
    mode: str
    checksum: str
    row_counts: dict[str, int]
    rules: str = ""  # the classification rules document (JSON) the sending device uses
    named_list_rules: str = ""  # its named-list rules document (JSON), if it saved any


@dataclass
class ImportPlan:
    path: Path
    package: PackageInfo | None
    issues: list[Issue] = field(default_factory=list)
    rows: list[PlannedRow] = field(default_factory=list)
    held_back: Message | None = None
    already_imported: bool = False

    def counts(self) -> dict[str, dict[str, int]]:
        table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.rows:
            table[row.spec.entity][row.action.value] += 1
        return {entity: dict(actions) for entity, actions in table.items()}

    def total(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def matched_by(self) -> dict[str, int]:
        found: dict[str, int] = defaultdict(int)
        for row in self.rows:
            if row.matched_by:
                found[row.matched_by] += 1
        return dict(found)


class ImportRejected(AgriCrmError):
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__(REJECTED(count=len(plan.issues), path=plan.path.name))
        self.plan = plan


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    applied: dict[str, int]
    conflicts: int
    settled: int = 0  # earlier conflicts the package's newer versions settled
