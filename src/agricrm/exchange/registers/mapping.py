"""Which customer field each column of a register fills, and the mappings people save.

A column ends mapped to a field, ignored, or kept in the customer's notes ("原表列 X：value"):
never dropped without a word.  The proposal comes from a saved mapping first, then the synonym
table; what neither knows stays unmapped, and an import refuses unmapped columns unless the
person ignores them.  A mapping is saved as JSON (`mappings/NAME.json` in the user's config
folder) and can be given as any JSON file, so a branch can hand one to another.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.reader import RawSheet, RawWorkbook
from agricrm.exchange.registers.conversions import LANDLINE_LINE, landline
from agricrm.exchange.registers.headings import (
    FIELDS,
    MEMBER_FIELDS,
    Synonyms,
    member_synonyms,
    normalise,
    relation_of,
    synonyms,
)
from agricrm.exchange.registers.places import Key, Place, place_text, with_group
from agricrm.exchange.registers.register import Register, RegisterColumn
from agricrm.exchange.schema import CUSTOMERS, HOUSEHOLD_MEMBERS
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.paths import config_dir

IGNORE = "ignore"
NOTES = "notes+"  # kept in the customer's notes ("notes" is the notes field itself)
NOTE_LINE = "原表列 {heading}：{value}"

TWO_ON_ONE = QT_TRANSLATE_NOOP(
    "Registers",
    "The columns {first} and {second} are both mapped to {field}; map one of them to "
    "another field or ignore it.",
)
NO_LONGER_FITS = QT_TRANSLATE_NOOP(
    "Registers",
    "The mapping {mapping} no longer fits {path}: it maps the column {heading}, which the "
    "sheet {sheet} does not have.",
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Registers", "The mapping {mapping} maps {heading} to {field}, which is no field of this sheet."
)
NO_SUCH_MAPPING = QT_TRANSLATE_NOOP(
    "Registers", "There is no saved mapping called {name} (saved: {names})."
)
NOT_A_MAPPING = QT_TRANSLATE_NOOP("Registers", "{path} is not a column mapping: {reason}")
BAD_NAME = QT_TRANSLATE_NOOP(
    "Registers", "A mapping's name cannot be empty or hold / \\ : * ? \" < > |: {name}"
)
_BAD_NAME = re.compile(r'[/\\:*?"<>|]')


@dataclass(frozen=True)
class ColumnMapping:
    """What a person decided for a source's headings: heading as written → a field key,
    `IGNORE` or `NOTES`.  `sheet` and `heading_row` are remembered with it."""

    name: str
    columns: dict[str, str]
    sheet: str | None = None
    heading_row: int | None = None

    def to_json(self) -> str:
        data = {
            "name": self.name,
            "sheet": self.sheet,
            "heading_row": self.heading_row,
            "columns": self.columns,
        }
        return json.dumps(data, ensure_ascii=False, indent=2)


@dataclass(frozen=True)
class Choice:
    column: RegisterColumn
    target: str | None  # field key, IGNORE, NOTES, or None when nothing knows the heading
    how: str  # "mapping", "synonym", "ignored" (the table's own ignore list), or ""


@dataclass
class Proposal:
    """A choice for every column of the register.  `fields`: what its columns may fill, by
    key — a customer's (`FIELDS`), or on a household register's members sheet a member's
    (`MEMBER_FIELDS`)."""

    register: Register
    choices: list[Choice] = field(default_factory=list)
    fields: Mapping[str, str] = field(default_factory=lambda: FIELDS)

    @property
    def members(self) -> bool:
        """Whether this is a members sheet's proposal."""
        return self.fields is MEMBER_FIELDS

    @property
    def unmapped(self) -> list[RegisterColumn]:
        return [c.column for c in self.choices if c.target is None]

    def target_of(self, heading: str) -> str | None:
        return next((c.target for c in self.choices if c.column.heading == heading), None)

    def decided(self, *, ignore_unmapped: bool) -> Proposal:
        """The proposal with its unmapped columns ignored, when the person said so."""
        if not ignore_unmapped:
            return self
        choices = [
            c if c.target is not None else Choice(c.column, IGNORE, "") for c in self.choices
        ]
        return dataclasses.replace(self, choices=choices)

    def as_mapping(self, name: str) -> ColumnMapping:
        columns = {c.column.heading: c.target for c in self.choices if c.target is not None}
        return ColumnMapping(name, columns, self.register.sheet, self.register.heading_row)


def propose(
    register: Register,
    saved: ColumnMapping | None = None,
    *,
    check: bool = True,
    members: bool = False,
) -> Proposal:
    """A choice for each column: the saved mapping's, else the synonym table's; refused when
    the saved mapping names a heading the register lacks or (`check`) two columns fill one
    field.  The import wizard proposes without `check`, to mark the two columns instead.
    `members`: the register is a household register's members sheet, its columns fill a
    member's fields (`MEMBER_FIELDS`, through the members' synonym table)."""
    fields = MEMBER_FIELDS if members else FIELDS
    table: Synonyms = member_synonyms() if members else synonyms()
    by_heading: dict[str, str] = {}
    if saved is not None:
        present = {normalise(c.heading) for c in register.columns}
        for heading, target in saved.columns.items():
            if target not in fields and target not in (IGNORE, NOTES):
                raise AgriCrmError(UNKNOWN_FIELD(mapping=saved.name, heading=heading, field=target))
            if normalise(heading) not in present:
                raise AgriCrmError(
                    NO_LONGER_FITS(
                        mapping=saved.name,
                        path=register.path.name,
                        heading=heading,
                        sheet=register.sheet,
                    )
                )
            by_heading[_key(heading)] = target
    choices = []
    for column in register.columns:
        target = by_heading.get(_key(column.heading))
        if target is not None:
            choices.append(Choice(column, target, "mapping"))
        elif (key := table.field_of(column.heading)) is not None:
            choices.append(Choice(column, key, "synonym"))
        elif table.is_ignored(column.heading):
            choices.append(Choice(column, IGNORE, "ignored"))
        else:
            choices.append(Choice(column, None, ""))
    proposal = Proposal(register, choices, fields)
    if check:
        check_one_column_per_field(proposal)
    return proposal


def _key(heading: str) -> tuple[str, str]:
    found = normalise(heading)
    return (found.base, found.unit)


def clashes(targets: dict[str, str | None]) -> dict[str, list[str]]:
    """Fields that more than one column fills, each with those columns' headings in order
    (`targets`: heading → field key, `IGNORE`, `NOTES` or None)."""
    by_field: dict[str, list[str]] = {}
    for heading, target in targets.items():
        if target is not None and target not in (IGNORE, NOTES):
            by_field.setdefault(target, []).append(heading)
    return {key: headings for key, headings in by_field.items() if len(headings) > 1}


def check_one_column_per_field(proposal: Proposal) -> None:
    found = clashes({c.column.heading: c.target for c in proposal.choices})
    if found:
        key, headings = next(iter(found.items()))
        raise AgriCrmError(
            TWO_ON_ONE(first=headings[0], second=headings[1], field=proposal.fields[key])
        )


def as_workbook(
    proposal: Proposal,
    places: Mapping[Key, Place] | None = None,
    members: Proposal | None = None,
) -> RawWorkbook:
    """The rows of the register in the shape the sync import plans from: one customer sheet
    whose positions are the mapped columns, notes kept from the columns chosen for them and
    any landline found in the phone column moved to the landline field (`conversions.landline`;
    the phone cell is then left empty, which keeps the stored mobile number; into the notes
    when the register's own landline column holds another).  `places` send a (township, village)
    of the register to a village of the list, its group into the address detail.
    Row numbers stay the register's, so every problem names the row a clerk sees.
    `members`: a household register's members sheet, shaped as the 家庭成员 sheet
    (`members_sheet`)."""
    register = proposal.register
    places = places or {}
    mapped = [(c.target, c.column) for c in proposal.choices if c.target in FIELDS]
    noted = [c.column for c in proposal.choices if c.target == NOTES]
    keys = [key for key, _column in mapped if key is not None]
    phone_at = keys.index("phone") if "phone" in keys else None
    township_at = keys.index("township") if "township" in keys else None
    village_at = keys.index("village") if "village" in keys else None
    if any(place.group for place in places.values()) and "address_detail" not in keys:
        keys.append("address_detail")
    if phone_at is not None and "landline" not in keys:
        keys.append("landline")
    if (noted or phone_at is not None) and "notes" not in keys:
        keys.append("notes")
    positions = {key: at for at, key in enumerate(keys)}
    sheet = RawSheet(
        CUSTOMERS, register.sheet, positions, [FIELDS[k] for k in keys], blank_keeps=True
    )
    notes_at = positions.get("notes")
    landline_at = positions.get("landline")
    detail_at = positions.get("address_detail")
    for number, cells in register.rows:
        row: list[object] = [_cell(cells, column.index) for _key, column in mapped]
        row.extend(None for _extra in range(len(keys) - len(row)))
        lines = [
            NOTE_LINE.format(heading=column.heading, value=cell_text(value))
            for column in noted
            if (value := _cell(cells, column.index)) is not None and cell_text(value).strip()
        ]
        if phone_at is not None and (number_typed := landline(row[phone_at])) is not None:
            row[phone_at] = None
            assert landline_at is not None
            own_landline = row[landline_at]
            if own_landline is None or not cell_text(own_landline).strip():
                row[landline_at] = number_typed
            else:  # the register's landline column has one already: both are kept
                lines.insert(0, LANDLINE_LINE.format(number=number_typed))
        if places and township_at is not None and village_at is not None:
            key = (place_text(row[township_at]), place_text(row[village_at]))
            place = places.get(key)
            if place is not None:
                row[township_at], row[village_at] = place.township, place.village
                if place.group:
                    assert detail_at is not None
                    row[detail_at] = with_group(place.group, row[detail_at])
        if lines:
            assert notes_at is not None
            own = cell_text(row[notes_at]) if row[notes_at] is not None else ""
            row[notes_at] = "\n".join([own, *lines] if own.strip() else lines)
        sheet.rows.append((number, row))
    sheets = {CUSTOMERS.entity: sheet}
    if members is not None:
        sheets[HOUSEHOLD_MEMBERS.entity] = members_sheet(members)
    return RawWorkbook(register.path, sheets, {}, [])


def members_sheet(proposal: Proposal) -> RawSheet:
    """A members sheet's rows shaped as the 家庭成员 sheet the planner reads: no member uuid
    and no customer uuid, the household named by the columns mapped to 档案编号, 户主身份证号
    or 户码 (`HOUSEHOLD_MEMBERS.finders`); relations as people write them (妻子, 儿媳) read
    through the synonym table's words; columns kept in the notes as on the main sheet; an
    empty cell keeps the member's stored value."""
    register = proposal.register
    mapped = [(c.target, c.column) for c in proposal.choices if c.target in MEMBER_FIELDS]
    noted = [c.column for c in proposal.choices if c.target == NOTES]
    keys = [key for key, _column in mapped if key is not None]
    if noted and "notes" not in keys:
        keys.append("notes")
    positions = {key: at for at, key in enumerate(keys)}
    sheet = RawSheet(
        HOUSEHOLD_MEMBERS,
        register.sheet,
        positions,
        [MEMBER_FIELDS[k] for k in keys],
        blank_keeps=True,
    )
    relation_at = positions.get("relation")
    notes_at = positions.get("notes")
    for number, cells in register.rows:
        row: list[object] = [_cell(cells, column.index) for _key, column in mapped]
        row.extend(None for _extra in range(len(keys) - len(row)))
        if relation_at is not None and (relation := relation_of(row[relation_at])) is not None:
            row[relation_at] = relation.value
        lines = [
            NOTE_LINE.format(heading=column.heading, value=cell_text(value))
            for column in noted
            if (value := _cell(cells, column.index)) is not None and cell_text(value).strip()
        ]
        if lines:
            assert notes_at is not None
            own = cell_text(row[notes_at]) if row[notes_at] is not None else ""
            row[notes_at] = "\n".join([own, *lines] if own.strip() else lines)
        sheet.rows.append((number, row))
    return sheet


def corrected(proposal: Proposal, corrections: Mapping[tuple[int, str], str]) -> Proposal:
    """The proposal over a copy of the register with the cells a person corrected in the
    preview (row number, heading → text; an empty text empties the cell).  The register as
    read stays as it was: the person may correct again, or go back and choose otherwise."""
    if not corrections:
        return proposal
    register = proposal.register
    index_of = {c.column.heading: c.column.index for c in proposal.choices}
    fixed: dict[int, list[object]] = {}
    rows = dict(register.rows)
    for (number, heading), text in corrections.items():
        at = index_of.get(heading)
        if at is None or number not in rows:
            continue
        cells = fixed.setdefault(number, list(rows[number]))
        cells.extend(None for _missing in range(at + 1 - len(cells)))
        cells[at] = text if text.strip() else None
    rows_now = [(number, fixed.get(number, cells)) for number, cells in register.rows]
    return dataclasses.replace(proposal, register=dataclasses.replace(register, rows=rows_now))


def _cell(cells: list[object], index: int) -> object:
    return cells[index] if index < len(cells) else None


def cell_text(value: object) -> str:
    """A cell as a person reads it: 12.0 as 12, a date without its midnight."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


# ------------------------------------------------------------------ saved mappings


def mappings_dir() -> Path:
    return config_dir() / "mappings"


def saved_mapping_names() -> list[str]:
    folder = mappings_dir()
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def save_mapping(mapping: ColumnMapping) -> Path:
    if not mapping.name.strip() or _BAD_NAME.search(mapping.name):
        raise AgriCrmError(BAD_NAME(name=mapping.name))
    folder = mappings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{mapping.name}.json"
    path.write_text(mapping.to_json() + "\n", encoding="utf-8")
    return path


def load_mapping(name_or_file: str, *, members: bool = False) -> ColumnMapping:
    """A saved mapping by name, or a mapping file (a path ending in .json); `members`: of a
    members sheet, whose fields may be given by their titles there (成员姓名)."""
    if name_or_file.lower().endswith(".json"):
        path = Path(name_or_file)
        if not path.is_file():
            raise AgriCrmError(NOT_A_MAPPING(path=str(path), reason="no such file"))
    else:
        path = mappings_dir() / f"{name_or_file}.json"
        if _BAD_NAME.search(name_or_file) or not path.is_file():
            names = ", ".join(saved_mapping_names()) or "-"
            raise AgriCrmError(NO_SUCH_MAPPING(name=name_or_file, names=names))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        columns = data["columns"]
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise ValueError("columns must map headings to fields")
        row = data.get("heading_row")
        return ColumnMapping(
            name=str(data.get("name") or path.stem),
            columns={k: _field_key(v, members) for k, v in columns.items()},
            sheet=data.get("sheet"),
            heading_row=int(row) if row is not None else None,
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise AgriCrmError(NOT_A_MAPPING(path=str(path), reason=str(error))) from error


def _field_key(target: str, members: bool = False) -> str:
    """A field by its key or its title in AgriCRM's own sheet (身份证号 as well as id_number)."""
    by_title = {title: key for key, title in (MEMBER_FIELDS if members else FIELDS).items()}
    return by_title.get(target, target)
