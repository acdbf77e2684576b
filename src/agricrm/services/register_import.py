"""Importing a branch's own register: its rows through a column mapping into the sync import.

The register is read and its columns mapped in `exchange.registers` (no database); the rows
then go through the one planner of `sync_import` (matching by record number, ID number, phone,
name + village; the checks; the problem workbook; all or nothing), so a register and a
registration workbook are matched and checked alike.  Problems name the register's own
headings and row numbers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from agricrm.db.database import Database
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.registers.conversions import LANDLINE, Note, register_notes
from agricrm.exchange.registers.headings import member_synonyms
from agricrm.exchange.registers.mapping import (
    ColumnMapping,
    Proposal,
    as_workbook,
    corrected,
    propose,
)
from agricrm.exchange.registers.places import Key, Place
from agricrm.exchange.registers.register import HEADING_SEARCH_ROWS, Register, register_of
from agricrm.exchange.registers.sources import Source, read_source
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.services.actor import Actor
from agricrm.services.progress import Progress
from agricrm.services.register_villages import MissingVillage, missing_villages
from agricrm.services.sync_import import (
    UNKNOWN_VILLAGE,
    Action,
    ImportPlan,
    ImportRejected,
    ImportResult,
    Issue,
    apply_import,
    preview_import,
)

TOP_AFTER_HEADING = 5  # rows of people shown under the heading row when choosing it

UNMAPPED = QT_TRANSLATE_NOOP(
    "Registers",
    "{count} column(s) of {path} are mapped to no field: {headings}. Map each to a field or "
    "ignore it; nothing was imported.",
)


MEMBERS_ON_MAIN_SHEET = QT_TRANSLATE_NOOP(
    "Registers",
    "The sheet {sheet} holds the households' heads; choose another sheet for their members.",
)

VILLAGE_NOT_LISTED = QT_TRANSLATE_NOOP(
    "Registers",
    "{village} ({township}) is not in the branch's village list; a branch manager adds the "
    "register's villages in the preview (Villages) or with --add-villages, or send it to a "
    "listed village.",
)


class UnmappedColumns(AgriCrmError):
    """A real import of a register with columns nobody decided about."""

    def __init__(self, path: Path, headings: list[str]) -> None:
        super().__init__(
            UNMAPPED(count=len(headings), path=path.name, headings="、".join(headings))
        )
        self.headings = headings


class RegisterRejected(ImportRejected):
    """A register refused for its problems, with its notes for the problem workbook."""

    def __init__(self, plan: ImportPlan, notes: tuple[Note, ...]) -> None:
        super().__init__(plan)
        self.notes = notes


@dataclass(frozen=True)
class RegisterRequest:
    """What the person chose: the file, and optionally its sheet, heading row and mapping;
    where villages missing from the list go (`places`, see `register_villages`), and cells
    corrected in the preview (`corrections`: row number and heading → text)."""

    path: Path
    sheet: str | None = None
    heading_row: int | None = None
    mapping: ColumnMapping | None = None
    ignore_unmapped: bool = False
    places: Mapping[Key, Place] = field(default_factory=dict)
    corrections: Mapping[tuple[int, str], str] = field(default_factory=dict)
    # a household register's members on a sheet of their own (家庭成员): the sheet, and its
    # heading row and mapping as for the main sheet
    members_sheet: str | None = None
    members_heading_row: int | None = None
    members_mapping: ColumnMapping | None = None


@dataclass(frozen=True)
class Outcomes:
    """Each row of the register once: new, updated (by the rule that matched it), unchanged,
    waiting for a person's decision (same ID number as someone else), or with a problem."""

    new: int
    # matching rule ("uuid", "number", "id_number", "phone", "name+village")
    updated: dict[str, int]
    unchanged: int
    to_decide: int
    problems: int


@dataclass(frozen=True)
class RowOutcome:
    """What importing does with one row of the register: `outcome` is "new", "updated"
    (`rule` says which matching rule found the customer), "unchanged", "to_decide" or
    "problem" (`problems` says which cells and why)."""

    row: int
    outcome: str
    rule: str = ""
    problems: tuple[Issue, ...] = ()
    notes: tuple[Note, ...] = ()  # cells read otherwise than typed: shown, never refused


def row_outcomes(
    plan: ImportPlan,
    notes: list[Note] | tuple[Note, ...] = (),
    *,
    sheet: str | None = None,
    entity: str = "customers",
) -> list[RowOutcome]:
    """Every row of one sheet of the register once, in the register's order, with its notes:
    the customers, or (`entity` "household_members") the members sheet's rows; `sheet`: the
    sheet's name, to tell its problems and notes from the other sheet's (rows of two sheets
    share numbers)."""
    problems: dict[int, list[Issue]] = {}
    for issue in plan.issues:
        if sheet is None or issue.sheet == sheet:
            problems.setdefault(issue.row, []).append(issue)
    found: dict[int, RowOutcome] = {
        row: RowOutcome(row, "problem", problems=tuple(issues)) for row, issues in problems.items()
    }
    for planned in plan.rows:
        if planned.row in found or planned.spec.entity != entity:
            continue
        if planned.action is Action.NEW:
            found[planned.row] = RowOutcome(planned.row, "new")
        elif planned.action is Action.UPDATE:
            found[planned.row] = RowOutcome(planned.row, "updated", planned.matched_by)
        elif planned.action in (Action.CONFLICT, Action.DUPLICATE, Action.WITH_DUPLICATE):
            found[planned.row] = RowOutcome(planned.row, "to_decide")
        else:
            found[planned.row] = RowOutcome(planned.row, "unchanged")
    by_row: dict[int, list[Note]] = {}
    for note in notes:
        if sheet is None or note.sheet == sheet:
            by_row.setdefault(note.row, []).append(note)
    for row, kept in by_row.items():
        if row in found:
            found[row] = dataclasses.replace(found[row], notes=tuple(kept))
    return [found[row] for row in sorted(found)]


def _outcomes(plan: ImportPlan, proposal: Proposal) -> Outcomes:
    entity = "household_members" if proposal.members else "customers"
    counts: dict[str, int] = {"new": 0, "unchanged": 0, "to_decide": 0, "problem": 0}
    updated: dict[str, int] = {}
    for each in row_outcomes(plan, sheet=proposal.register.sheet, entity=entity):
        if each.outcome == "updated":
            updated[each.rule] = updated.get(each.rule, 0) + 1
        else:
            counts[each.outcome] += 1
    return Outcomes(
        counts["new"], updated, counts["unchanged"], counts["to_decide"], counts["problem"]
    )


@dataclass(frozen=True)
class RegisterPreview:
    """The plan, and the notes: cells read otherwise than typed (`conversions`), which the
    preview shows but which refuse nothing.  `members`: the members sheet's proposal, when
    the register has one."""

    proposal: Proposal
    plan: ImportPlan
    notes: tuple[Note, ...] = ()
    villages: tuple[MissingVillage, ...] = ()  # of the register, missing from the list
    members: Proposal | None = None

    @property
    def outcomes(self) -> Outcomes:
        return _outcomes(self.plan, self.proposal)

    @property
    def member_outcomes(self) -> Outcomes | None:
        """The members sheet's rows: new, updated (by "id_number" or "name"), unchanged, to
        be decided (their customer waits as a duplicate), with problems."""
        return None if self.members is None else _outcomes(self.plan, self.members)


@dataclass(frozen=True)
class RegisterResult:
    proposal: Proposal
    result: ImportResult
    notes: tuple[Note, ...] = ()
    members: Proposal | None = None

    @property
    def outcomes(self) -> Outcomes:
        return _outcomes(self.result.plan, self.proposal)

    @property
    def member_outcomes(self) -> Outcomes | None:
        return None if self.members is None else _outcomes(self.result.plan, self.members)


@dataclass(frozen=True)
class RegisterLayout:
    """What the import wizard shows before any row is planned: every sheet with its row
    count, the sheet read and its top rows as typed (title rows, the heading row, the first
    people), and the register with its proposed mapping, in which two columns may still
    fill one field (the wizard marks them).  When the sheet cannot be read from the heading
    row found or chosen, `proposal` is None and `problem` says why, so the person can pick
    another row among `top`."""

    sheets: tuple[tuple[str, int], ...]
    sheet: str
    top: list[list[object]]
    proposal: Proposal | None
    problem: AgriCrmError | None


def read_register_file(actor: Actor, path: Path) -> Source:
    """Every sheet of the file at `path`, read once while a person chooses its sheet, heading
    row and mapping (`register_layout`): a 50,000-row register takes a second to read.  Only
    the file is read: what the actor may import is checked when its rows are planned."""
    return read_source(path)


def register_layout(
    actor: Actor, request: RegisterRequest, source: Source | None = None
) -> RegisterLayout:
    """The register as the person chose it so far, from `source` when the file was read
    already (`read_register_file`).  What the actor may import is checked when its rows are
    planned (`preview_register`, `apply_register`)."""
    if source is None:
        source = read_register_file(actor, request.path)
    return _layout(
        source,
        request.sheet,
        request.heading_row,
        request.mapping,
        besides=request.members_sheet,
    )


def members_layout(
    actor: Actor, request: RegisterRequest, source: Source | None = None
) -> RegisterLayout | None:
    """The members sheet as the person chose it so far (its heading row, its columns
    proposed through the members' synonym table), or None when no members sheet is chosen."""
    if request.members_sheet is None:
        return None
    if source is None:
        source = read_register_file(actor, request.path)
    return _layout(
        source,
        request.members_sheet,
        request.members_heading_row,
        request.members_mapping,
        members=True,
    )


def _layout(
    source: Source,
    sheet_name: str | None,
    heading_row: int | None,
    mapping: ColumnMapping | None,
    *,
    besides: str | None = None,
    members: bool = False,
) -> RegisterLayout:
    sheets = tuple((s.name, s.row_count) for s in source.sheets)
    table = member_synonyms() if members else None
    try:
        register = register_of(source, sheet_name, heading_row, table=table, besides=besides)
        proposal = propose(register, mapping, check=False, members=members)
    except AgriCrmError as problem:
        named = source.sheet(sheet_name) if sheet_name is not None else None
        sheet = named or source.sheets[0]
        return RegisterLayout(sheets, sheet.name, sheet.table[:HEADING_SEARCH_ROWS], None, problem)
    sheet = source.sheet(register.sheet)
    assert sheet is not None
    shown = max(HEADING_SEARCH_ROWS, register.heading_row + TOP_AFTER_HEADING)
    return RegisterLayout(sheets, sheet.name, sheet.table[:shown], proposal, None)


def _proposal(request: RegisterRequest) -> tuple[Proposal, Proposal | None]:
    """The register read as the person asked, else as the saved mapping remembers it: its
    sheet when the file has one of that name, its heading row when none is found (the next
    file from a source is seldom named the same, and may have one title row more); and its
    members sheet, when the person named one."""
    saved = request.mapping
    source = read_source(request.path)
    sheet = request.sheet
    if sheet is None and saved is not None and saved.sheet and source.sheet(saved.sheet):
        sheet = saved.sheet
    register = _register(source, sheet, request.heading_row, saved, besides=request.members_sheet)
    proposal = propose(register, saved).decided(ignore_unmapped=request.ignore_unmapped)
    members = None
    if request.members_sheet is not None:
        if request.members_sheet == register.sheet:
            raise AgriCrmError(MEMBERS_ON_MAIN_SHEET(sheet=register.sheet))
        found = _register(
            source,
            request.members_sheet,
            request.members_heading_row,
            request.members_mapping,
            members=True,
        )
        members = propose(found, request.members_mapping, members=True).decided(
            ignore_unmapped=request.ignore_unmapped
        )
    return corrected(proposal, request.corrections), members


def _register(
    source: Source,
    sheet: str | None,
    heading_row: int | None,
    saved: ColumnMapping | None,
    *,
    besides: str | None = None,
    members: bool = False,
) -> Register:
    """A sheet read from the heading row asked for, else found, else the saved one's."""
    table = member_synonyms() if members else None
    try:
        return register_of(source, sheet, heading_row, table=table, besides=besides)
    except AgriCrmError:
        if heading_row is not None or saved is None or saved.heading_row is None:
            raise
        return register_of(source, sheet, saved.heading_row, table=table, besides=besides)


def _own_headings(plan: ImportPlan, proposal: Proposal, members: Proposal | None) -> None:
    """Problems named by the register's headings ("身份证号码"), not AgriCRM's (身份证号), on
    each sheet, and a village missing from the list told how a register's villages are added
    (a package's message points to its 村 sheet, which a register has not)."""
    heading_of = {
        each.register.sheet: {
            each.fields[c.target]: c.column.heading for c in each.choices if c.target in each.fields
        }
        for each in (proposal, members)
        if each is not None
    }
    plan.issues = [
        dataclasses.replace(
            issue,
            column=heading_of.get(issue.sheet, {}).get(issue.column, issue.column),
            reason=_register_reason(issue.reason),
        )
        for issue in plan.issues
    ]


def _register_reason(reason: Text | Message) -> Text | Message:
    if isinstance(reason, Message) and reason.text == UNKNOWN_VILLAGE:
        return VILLAGE_NOT_LISTED(**reason.params)
    return reason


# the members sheet's columns read for notes, by the customer column read alike
_MEMBER_NOTED = {"id_number": "id_number", "head_id_number": "id_number", "phone": "phone"}


def _notes(proposal: Proposal, members: Proposal | None = None) -> tuple[Note, ...]:
    """The notes of the main sheet, then of the members sheet: there only folded ID numbers
    and phones (a member has no notes to move a landline to: it is a problem instead)."""
    mapped = [
        (c.target, c.column.index, c.column.heading)
        for c in proposal.choices
        if c.target is not None and c.target in proposal.fields
    ]
    found = register_notes(proposal.register, mapped)
    if members is not None:
        noted = [
            (_MEMBER_NOTED[c.target], c.column.index, c.column.heading)
            for c in members.choices
            if c.target in _MEMBER_NOTED
        ]
        found += [
            note
            for note in register_notes(members.register, noted)
            if not (isinstance(note.reason, Message) and note.reason.text == LANDLINE)
        ]
    return tuple(found)


def _unmapped(proposal: Proposal, members: Proposal | None) -> list[str]:
    """The headings no field takes, a members sheet's named with its sheet."""
    headings = [c.heading for c in proposal.unmapped]
    if members is not None:
        headings += [f"{members.register.sheet}：{c.heading}" for c in members.unmapped]
    return headings


def preview_register(db: Database, actor: Actor, request: RegisterRequest) -> RegisterPreview:
    """The proposed mapping and what importing the register would do, row by row, with the
    notes on cells read otherwise than typed and the register's villages missing from the
    list; unmapped columns are left out of the preview and listed by the proposal."""
    proposal, members = _proposal(request)
    plan = preview_import(db, actor, as_workbook(proposal, request.places, members))
    _own_headings(plan, proposal, members)
    missing = missing_villages(db, actor, proposal, request.places)
    notes = _notes(proposal, members)
    return RegisterPreview(proposal, plan, notes, tuple(missing), members)


def apply_register(
    db: Database, actor: Actor, request: RegisterRequest, progress: Progress | None = None
) -> RegisterResult:
    """Import the register in one transaction, or nothing: refused while a column is mapped
    to no field (`UnmappedColumns`) and on any problem (`RegisterRejected`, an
    `ImportRejected` that carries the notes too).  The members sheet's rows are imported in
    the same transaction as the customers."""
    proposal, members = _proposal(request)
    unmapped = _unmapped(proposal, members)
    if unmapped:
        raise UnmappedColumns(request.path, unmapped)
    try:
        result = apply_import(db, actor, as_workbook(proposal, request.places, members), progress)
    except ImportRejected as rejected:
        _own_headings(rejected.plan, proposal, members)
        raise RegisterRejected(rejected.plan, _notes(proposal, members)) from None
    return RegisterResult(proposal, result, _notes(proposal, members), members)
