"""Importing a branch's own register: its rows through a column mapping into the sync import.

The register is read and its columns mapped in `exchange.registers` (no database); the rows
then go through the one planner of `sync_import` (matching by record number, ID number, phone,
name + village; the checks; the problem workbook; all or nothing), so a register and a
registration workbook are matched and checked alike.  Problems name the register's own
headings and row numbers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from agricrm.db.database import Database
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.registers.headings import FIELDS
from agricrm.exchange.registers.mapping import (
    ColumnMapping,
    Proposal,
    as_workbook,
    propose,
)
from agricrm.exchange.registers.register import register_of
from agricrm.exchange.registers.sources import read_source
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.services.actor import Actor
from agricrm.services.progress import Progress
from agricrm.services.sync_import import (
    Action,
    ImportPlan,
    ImportRejected,
    ImportResult,
    apply_import,
    preview_import,
)

UNMAPPED = QT_TRANSLATE_NOOP(
    "Registers",
    "{count} column(s) of {path} are mapped to no field: {headings}. Map each to a field or "
    "ignore it; nothing was imported.",
)


class UnmappedColumns(AgriCrmError):
    """A real import of a register with columns nobody decided about."""

    def __init__(self, path: Path, headings: list[str]) -> None:
        super().__init__(
            UNMAPPED(count=len(headings), path=path.name, headings="、".join(headings))
        )
        self.headings = headings


@dataclass(frozen=True)
class RegisterRequest:
    """What the person chose: the file, and optionally its sheet, heading row and mapping."""

    path: Path
    sheet: str | None = None
    heading_row: int | None = None
    mapping: ColumnMapping | None = None
    ignore_unmapped: bool = False


@dataclass(frozen=True)
class Outcomes:
    """Each row of the register once: new, updated (by the rule that matched it), unchanged,
    waiting for a person's decision (same ID number as someone else), or with a problem."""

    new: int
    updated: dict[str, int]  # matching rule ("uuid", "id_number", "phone", "name+village")
    unchanged: int
    to_decide: int
    problems: int


@dataclass(frozen=True)
class RegisterPreview:
    proposal: Proposal
    plan: ImportPlan

    @property
    def outcomes(self) -> Outcomes:
        return _outcomes(self.plan)


@dataclass(frozen=True)
class RegisterResult:
    proposal: Proposal
    result: ImportResult

    @property
    def outcomes(self) -> Outcomes:
        return _outcomes(self.result.plan)


def _outcomes(plan: ImportPlan) -> Outcomes:
    problem_rows = {issue.row for issue in plan.issues}
    updated: dict[str, int] = {}
    new = unchanged = to_decide = 0
    for row in plan.rows:
        if row.row in problem_rows:
            continue
        if row.action is Action.NEW:
            new += 1
        elif row.action is Action.UPDATE:
            updated[row.matched_by] = updated.get(row.matched_by, 0) + 1
        elif row.action in (Action.CONFLICT, Action.DUPLICATE, Action.WITH_DUPLICATE):
            to_decide += 1
        else:
            unchanged += 1
    return Outcomes(new, updated, unchanged, to_decide, len(problem_rows))


def _proposal(request: RegisterRequest) -> Proposal:
    """The register read as the person asked, else as the saved mapping remembers it: its
    sheet when the file has one of that name, its heading row when none is found (the next
    file from a source is seldom named the same, and may have one title row more)."""
    saved = request.mapping
    source = read_source(request.path)
    sheet = request.sheet
    if sheet is None and saved is not None and saved.sheet and source.sheet(saved.sheet):
        sheet = saved.sheet
    try:
        register = register_of(source, sheet, request.heading_row)
    except AgriCrmError:
        if request.heading_row is not None or saved is None or saved.heading_row is None:
            raise
        register = register_of(source, sheet, saved.heading_row)
    return propose(register, saved).decided(ignore_unmapped=request.ignore_unmapped)


def _own_headings(plan: ImportPlan, proposal: Proposal) -> None:
    """Problems named by the register's headings ("身份证号码"), not AgriCRM's (身份证号)."""
    heading_of = {
        FIELDS[c.target]: c.column.heading for c in proposal.choices if c.target in FIELDS
    }
    plan.issues = [
        dataclasses.replace(issue, column=heading_of.get(issue.column, issue.column))
        for issue in plan.issues
    ]


def preview_register(db: Database, actor: Actor, request: RegisterRequest) -> RegisterPreview:
    """The proposed mapping and what importing the register would do, row by row; unmapped
    columns are left out of the preview and listed by the proposal."""
    proposal = _proposal(request)
    plan = preview_import(db, actor, as_workbook(proposal))
    _own_headings(plan, proposal)
    return RegisterPreview(proposal, plan)


def apply_register(
    db: Database, actor: Actor, request: RegisterRequest, progress: Progress | None = None
) -> RegisterResult:
    """Import the register in one transaction, or nothing: refused while a column is mapped
    to no field (`UnmappedColumns`) and on any problem (`ImportRejected`)."""
    proposal = _proposal(request)
    if proposal.unmapped:
        raise UnmappedColumns(request.path, [c.heading for c in proposal.unmapped])
    try:
        result = apply_import(db, actor, as_workbook(proposal), progress)
    except ImportRejected as rejected:
        _own_headings(rejected.plan, proposal)
        raise
    return RegisterResult(proposal, result)
