"""`agricrm import` of a branch's own register: the proposed mapping, the preview, the import.

A dry run says it is a preview in its first words, lists every sheet, the heading row, what
each column fills (or that it is ignored, kept in notes, or mapped to nothing), the hidden
columns and the total rows left out, then the outcome row by row: new, updated by which rule,
unchanged, to be decided, with problems.  A real import with unmapped columns is refused
naming them unless `--ignore-unmapped`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text, render_for_cli

PREVIEW_HEAD = QT_TRANSLATE_NOOP(
    "Cli",
    "Preview only, nothing was imported: sheet {sheet} of {path}, heading row {row}, "
    "{rows} row(s) of people.",
)
IMPORT_HEAD = QT_TRANSLATE_NOOP(
    "Cli", "Imported sheet {sheet} of {path} (heading row {row}, {rows} row(s) of people)."
)
SHEETS = QT_TRANSLATE_NOOP("Cli", "Sheets in the file: {sheets}")
SHEET_ROWS = QT_TRANSLATE_NOOP("Cli", "{sheet} ({rows} rows)")
COLUMNS = QT_TRANSLATE_NOOP("Cli", "Columns:")
TO_FIELD = QT_TRANSLATE_NOOP("Cli", "  {heading} → {field}")
TO_IGNORED = QT_TRANSLATE_NOOP("Cli", "  {heading} → ignored")
TO_NOTES = QT_TRANSLATE_NOOP("Cli", "  {heading} → kept in the customer's notes")
TO_NOTHING = QT_TRANSLATE_NOOP("Cli", "  {heading} → not mapped")
TO_MEMBER_NOTES = QT_TRANSLATE_NOOP("Cli", "  {heading} → kept in the member's notes")
HIDDEN = QT_TRANSLATE_NOOP("Cli", "Hidden columns: {headings}")
HIDDEN_UNKNOWN = QT_TRANSLATE_NOOP(
    "Cli", "Hidden columns: this kind of file does not say which columns are hidden."
)
TOTAL_ROW = QT_TRANSLATE_NOOP("Cli", "Row {row} is a total row; it is left out.")
WOULD_REFUSE = QT_TRANSLATE_NOOP(
    "Cli",
    "Not mapped, so a real import would refuse them (or ignore them with --ignore-unmapped): "
    "{headings}",
)
MEMBERS_HEAD = QT_TRANSLATE_NOOP(
    "Cli", "Members sheet {sheet}, heading row {row}, {rows} member(s):"
)
PREVIEW_MEMBERS = QT_TRANSLATE_NOOP(
    "Cli",
    "Members: {new} new, {updated} updated{rules}, {unchanged} unchanged, {problems} row(s) "
    "with problems.",
)
IMPORT_MEMBERS = QT_TRANSLATE_NOOP(
    "Cli", "Members: {new} new, {updated} updated{rules}, {unchanged} unchanged."
)
PREVIEW_OUTCOMES = QT_TRANSLATE_NOOP(
    "Cli",
    "Would import: {new} new, {updated} updated{rules}, {unchanged} unchanged, "
    "{to_decide} to be decided by a person, {problems} row(s) with problems.",
)
IMPORT_OUTCOMES = QT_TRANSLATE_NOOP(
    "Cli",
    "{new} new, {updated} updated{rules}, {unchanged} unchanged, {to_decide} waiting for a "
    "person's decision.",
)
if TYPE_CHECKING:
    from agricrm.db.database import Database
    from agricrm.exchange.registers.conversions import Note
    from agricrm.exchange.registers.mapping import Proposal
    from agricrm.services.actor import Actor
    from agricrm.services.register_import import RegisterRequest
    from agricrm.services.register_villages import MissingVillage

RULES = QT_TRANSLATE_NOOP("Cli", " (by {rules})")
RULE_COUNT = QT_TRANSLATE_NOOP("Cli", "{rule} {count}")
RULE_NAMES: dict[str, Text] = {
    "uuid": QT_TRANSLATE_NOOP("Cli", "record number"),
    "number": QT_TRANSLATE_NOOP("Cli", "file number"),
    "id_number": QT_TRANSLATE_NOOP("Cli", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Cli", "phone"),
    "name+village": QT_TRANSLATE_NOOP("Cli", "name + village"),
    "name": QT_TRANSLATE_NOOP("Cli", "name"),
}
PREVIEW_PROBLEMS = QT_TRANSLATE_NOOP(
    "Cli",
    "Preview: {count} problem(s), the first at sheet {sheet} row {row} column {column}: "
    "{reason} Full report: {report}",
)
MAPPING_SAVED = QT_TRANSLATE_NOOP("Cli", "Mapping saved as {name} ({path}).")
NOTES_HEAD = QT_TRANSLATE_NOOP(
    "Cli", "{count} cell(s) read otherwise than typed (notes, not problems; nothing refused):"
)
NOTE_LINE = QT_TRANSLATE_NOOP("Cli", "  row {row}, {column}: {value} — {reason}")
SHEET_NOTE_LINE = QT_TRANSLATE_NOOP(
    "Cli", "  sheet {sheet} row {row}, {column}: {value} — {reason}"
)
NOTES_MORE = QT_TRANSLATE_NOOP("Cli", "  … and {count} more, listed in {report}")
NOTES_REPORT = QT_TRANSLATE_NOOP("Cli", "Every note is listed in {report}")
SHOWN_NOTES = 10  # notes printed; the rest are in the workbook
VILLAGES_MISSING = QT_TRANSLATE_NOOP(
    "Cli", "{count} village(s) of the register are not in the branch's village list:"
)
VILLAGE_LINE = QT_TRANSLATE_NOOP("Cli", "  {township} {village} (rows {rows})")
VILLAGE_PROPOSED = QT_TRANSLATE_NOOP(
    "Cli", "  {township} {village} (rows {rows}) → {listed}, group {group}"
)
VILLAGES_HOW = QT_TRANSLATE_NOOP(
    "Cli",
    "--add-villages adds them (a branch manager), sending a listed village with a group to "
    "that village and group.",
)
VILLAGES_ADDED = QT_TRANSLATE_NOOP(
    "Cli", "Added {count} village(s) to the branch's list: {villages}"
)
SHOWN_ROWS = 8  # rows named per missing village
UNMAPPED_REFUSED = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing imported: {count} column(s) are mapped to no field: {headings}. Map them in a "
    "mapping file (--mapping FILE.json) or leave them out with --ignore-unmapped.",
)


def wants_register(args: argparse.Namespace, path: Path) -> bool:
    """Register options, or a file that is not in AgriCRM's own format."""
    from agricrm.exchange.registers.sources import is_agricrm_file

    chosen = (
        args.sheet,
        args.heading_row,
        args.mapping,
        args.save_mapping,
        args.members_sheet,
        args.members_heading_row,
        args.members_mapping,
        args.save_members_mapping,
    )
    return (
        any(option is not None for option in chosen)
        or args.ignore_unmapped
        or args.add_villages
        or (not is_agricrm_file(path))
    )


def run_register_import(args: argparse.Namespace, path: Path, db: Database, actor: Actor) -> int:
    """The register at `path` previewed or imported; the caller opened and closes `db`."""
    from agricrm.exchange.registers.mapping import load_mapping
    from agricrm.services.register_import import RegisterRequest

    mapping = load_mapping(args.mapping) if args.mapping else None
    members = args.members_mapping
    request = RegisterRequest(
        path,
        sheet=args.sheet,
        heading_row=args.heading_row,
        mapping=mapping,
        ignore_unmapped=args.ignore_unmapped,
        members_sheet=args.members_sheet,
        members_heading_row=args.members_heading_row,
        members_mapping=load_mapping(members, members=True) if members else None,
    )
    if args.add_villages:
        request = _villages_added(db, actor, request, write=not args.dry_run)
    saving = (args.save_mapping, args.save_members_mapping)
    if args.dry_run:
        return _preview(db, actor, request, saving)
    return _apply(db, actor, request, saving)


def _villages_added(
    db: Database, actor: Actor, request: RegisterRequest, *, write: bool
) -> RegisterRequest:
    """The request with each missing village that is a listed village and a group sent
    there; the other missing villages added to the list (`write`; a dry run adds nothing,
    and its preview still names their rows).  Added before the import, and said so: they
    stay in the list if the import is then refused."""
    import dataclasses

    from agricrm.services.register_import import preview_register
    from agricrm.services.register_villages import add_villages

    missing = preview_register(db, actor, request).villages
    places = {(m.township, m.village): m.proposed for m in missing if m.proposed is not None}
    new = [(m.township, m.village) for m in missing if m.proposed is None]
    if write and new:
        added = add_villages(db, actor, new)
        if added:
            names = "、".join(f"{v.township} {v.name}" for v in added)
            _say(VILLAGES_ADDED(count=len(added), villages=names))
    return dataclasses.replace(request, places={**request.places, **places})


def _say(message: Text | Message) -> None:
    print(render_for_cli(message))


def _preview(
    db: Database, actor: Actor, request: RegisterRequest, save_as: tuple[str | None, str | None]
) -> int:
    from agricrm.exchange.report import report_path, write_issue_report
    from agricrm.services.register_import import preview_register

    preview = preview_register(db, actor, request)
    register = preview.proposal.register
    _say(
        PREVIEW_HEAD(
            sheet=register.sheet,
            path=register.path.name,
            row=register.heading_row,
            rows=len(register.rows),
        )
    )
    _describe(preview.proposal)
    _describe_members(preview.members)
    _say_villages(preview.villages)
    unmapped = [c.heading for c in preview.proposal.unmapped]
    if preview.members is not None:
        sheet = preview.members.register.sheet
        unmapped += [f"{sheet}：{c.heading}" for c in preview.members.unmapped]
    if unmapped:
        _say(WOULD_REFUSE(headings="、".join(unmapped)))
    outcomes = preview.outcomes
    _say(
        PREVIEW_OUTCOMES(
            new=outcomes.new,
            updated=sum(outcomes.updated.values()),
            rules=_rules(outcomes.updated),
            unchanged=outcomes.unchanged,
            to_decide=outcomes.to_decide,
            problems=outcomes.problems,
        )
    )
    members = preview.member_outcomes
    if members is not None:
        _say(
            PREVIEW_MEMBERS(
                new=members.new,
                updated=sum(members.updated.values()),
                rules=_rules(members.updated),
                unchanged=members.unchanged,
                problems=members.problems,
            )
        )
    _save(preview.proposal, save_as[0])
    _save(preview.members, save_as[1])
    issues = preview.plan.issues
    report = None
    if issues or preview.notes:
        report = write_issue_report(
            report_path(register.path), issues, render_for_cli, preview.notes
        )
        _say_notes(preview.notes, report, register.sheet)
    if issues:
        assert report is not None
        first = issues[0]
        raise AgriCrmError(
            PREVIEW_PROBLEMS(
                count=len(issues),
                sheet=first.sheet,
                row=first.row,
                column=first.column,
                reason=first.reason,
                report=str(report),
            )
        )
    return 0


def _apply(
    db: Database, actor: Actor, request: RegisterRequest, save_as: tuple[str | None, str | None]
) -> int:
    from agricrm.cli.main import IMPORT_REFUSED
    from agricrm.exchange.report import report_path, write_issue_report
    from agricrm.services.register_import import (
        RegisterRejected,
        UnmappedColumns,
        apply_register,
    )
    from agricrm.services.sync_import import ImportRejected

    try:
        done = apply_register(db, actor, request)
    except UnmappedColumns as unmapped:
        raise AgriCrmError(
            UNMAPPED_REFUSED(count=len(unmapped.headings), headings="、".join(unmapped.headings))
        ) from None
    except ImportRejected as rejected:
        issues = rejected.plan.issues
        notes = rejected.notes if isinstance(rejected, RegisterRejected) else ()
        report = write_issue_report(report_path(rejected.plan.path), issues, render_for_cli, notes)
        first = issues[0]
        raise AgriCrmError(
            IMPORT_REFUSED(
                count=len(issues),
                sheet=first.sheet,
                row=first.row,
                column=first.column,
                reason=first.reason,
                report=str(report),
            )
        ) from None
    register = done.proposal.register
    _say(
        IMPORT_HEAD(
            sheet=register.sheet,
            path=register.path.name,
            row=register.heading_row,
            rows=len(register.rows),
        )
    )
    _describe(done.proposal)
    _describe_members(done.members)
    outcomes = done.outcomes
    _say(
        IMPORT_OUTCOMES(
            new=outcomes.new,
            updated=sum(outcomes.updated.values()),
            rules=_rules(outcomes.updated),
            unchanged=outcomes.unchanged,
            to_decide=outcomes.to_decide,
        )
    )
    members = done.member_outcomes
    if members is not None:
        _say(
            IMPORT_MEMBERS(
                new=members.new,
                updated=sum(members.updated.values()),
                rules=_rules(members.updated),
                unchanged=members.unchanged,
            )
        )
    _save(done.proposal, save_as[0])
    _save(done.members, save_as[1])
    if done.notes:
        report = write_issue_report(report_path(register.path), [], render_for_cli, done.notes)
        _say_notes(done.notes, report, register.sheet)
    return 0


def _say_villages(missing: tuple[MissingVillage, ...]) -> None:
    if not missing:
        return
    _say(VILLAGES_MISSING(count=len(missing)))
    for each in missing:
        rows = "、".join(str(row) for row in each.rows[:SHOWN_ROWS])
        if len(each.rows) > SHOWN_ROWS:
            rows += "…"
        if each.proposed is None:
            _say(VILLAGE_LINE(township=each.township, village=each.village, rows=rows))
        else:
            _say(
                VILLAGE_PROPOSED(
                    township=each.township,
                    village=each.village,
                    rows=rows,
                    listed=each.proposed.village,
                    group=each.proposed.group,
                )
            )
    _say(VILLAGES_HOW)


def _say_notes(notes: tuple[Note, ...], report: Path | None, main: str) -> None:
    """The notes, the first few in full, a members sheet's named with its sheet (`main`: the
    register's own sheet); the rest are in the workbook (`report`)."""
    if not notes:
        return
    _say(NOTES_HEAD(count=len(notes)))
    for note in notes[:SHOWN_NOTES]:
        where = dict(row=note.row, column=note.column, value=note.value, reason=note.reason)
        if note.sheet == main:
            _say(NOTE_LINE(**where))
        else:
            _say(SHEET_NOTE_LINE(sheet=note.sheet, **where))
    if report is not None:
        if len(notes) > SHOWN_NOTES:
            _say(NOTES_MORE(count=len(notes) - SHOWN_NOTES, report=str(report)))
        else:
            _say(NOTES_REPORT(report=str(report)))


def _describe(proposal: Proposal) -> None:
    from agricrm.exchange.registers.headings import FIELDS
    from agricrm.exchange.registers.mapping import IGNORE, NOTES

    register = proposal.register
    sheets = [SHEET_ROWS(sheet=name, rows=rows) for name, rows in register.sheets]
    _say(SHEETS(sheets="，".join(render_for_cli(s) for s in sheets)))
    _say(COLUMNS)
    for choice in proposal.choices:
        heading = choice.column.heading
        if choice.target is None:
            _say(TO_NOTHING(heading=heading))
        elif choice.target == IGNORE:
            _say(TO_IGNORED(heading=heading))
        elif choice.target == NOTES:
            _say(TO_NOTES(heading=heading))
        else:
            _say(TO_FIELD(heading=heading, field=FIELDS[choice.target]))
    if not register.hidden_known:
        _say(HIDDEN_UNKNOWN)
    elif register.hidden_columns:
        _say(HIDDEN(headings="、".join(c.heading for c in register.hidden_columns)))
    for row in register.totals:
        _say(TOTAL_ROW(row=row))


def _describe_members(proposal: Proposal | None) -> None:
    """The members sheet: its heading row and what each column fills."""
    from agricrm.exchange.registers.mapping import IGNORE, NOTES

    if proposal is None:
        return
    register = proposal.register
    _say(MEMBERS_HEAD(sheet=register.sheet, row=register.heading_row, rows=len(register.rows)))
    for choice in proposal.choices:
        heading = choice.column.heading
        if choice.target is None:
            _say(TO_NOTHING(heading=heading))
        elif choice.target == IGNORE:
            _say(TO_IGNORED(heading=heading))
        elif choice.target == NOTES:
            _say(TO_MEMBER_NOTES(heading=heading))
        else:
            _say(TO_FIELD(heading=heading, field=proposal.fields[choice.target]))


def _rules(updated: dict[str, int]) -> Message | str:
    if not updated:
        return ""
    parts = [
        render_for_cli(RULE_COUNT(rule=RULE_NAMES.get(rule, rule), count=count))
        for rule, count in updated.items()
    ]
    return RULES(rules="，".join(parts))


def _save(proposal: Proposal | None, name: str | None) -> None:
    from agricrm.exchange.registers.mapping import save_mapping

    if name is None or proposal is None:
        return
    path = save_mapping(proposal.as_mapping(name))
    _say(MAPPING_SAVED(name=name, path=str(path)))
