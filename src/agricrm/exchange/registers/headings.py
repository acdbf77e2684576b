"""Headings as clerks write them, compared the way a person reads them.

"承包耕地面积（亩）", "承包耕地面积(亩)" and "承包耕地面积 (亩)" are one heading: widths are made
one (NFKC turns full-width letters, digits and brackets into their usual forms), 【】[] become
(), spaces go, and a unit in brackets at the end is set apart.  The synonym table
(`resources/registers/synonyms.json`) says which field each heading fills; a unit is accepted
only when it is one of the field's own, so "年收入(万元)" is never read as yuan.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from agricrm.domain.household import Relation
from agricrm.exchange.schema import CUSTOMERS, HISTORY_KEY, HOUSEHOLD_MEMBERS
from agricrm.resources import resource_path

_BRACKETS = str.maketrans({"【": "(", "】": ")", "[": "(", "]": ")", "〔": "(", "〕": ")"})
_SPACES = re.compile(r"\s+")
_UNIT = re.compile(r"^(?P<base>.+?)\((?:单位[:：]?)?(?P<unit>[^()]*)\)$")

# Columns a person never types: kept by sync packages only.
_NOT_TYPED = {"created_at", "updated_at", "row_version", "deleted", HISTORY_KEY}

# The customer fields a register column may fill, by key: every column of the customer sheet
# but the sync bookkeeping; "officer_name" is the officer typed by name; "products_held" the
# products held, by their names in the catalogue.
FIELDS: dict[str, str] = {
    **{
        column.key: column.title
        for column in CUSTOMERS.columns
        if column.key not in _NOT_TYPED and (not column.export_only or column.key == "officer_name")
    },
    **{column.key: column.title for column in CUSTOMERS.extras},  # products held, by name
}

# What a column of a household register's members sheet may fill: the member's own fields,
# and what names the member's household (`HOUSEHOLD_MEMBERS.finders`: 档案编号, 户主身份证号,
# 户码), in the order the form shows them.
MEMBER_FIELDS: dict[str, str] = {
    **{
        column.key: column.title
        for column in HOUSEHOLD_MEMBERS.columns
        if column.key in ("name", "relation", "id_number", "phone", "notes")
    },
    **{column.key: column.title for column in HOUSEHOLD_MEMBERS.finders},
}


@dataclass(frozen=True)
class Heading:
    """A heading made comparable: `base` without widths, spaces or its unit."""

    base: str
    unit: str


def normalise(text: object) -> Heading:
    """The comparable form of a heading cell (None and numbers as their text)."""
    raw = "" if text is None else str(text)
    flat = unicodedata.normalize("NFKC", raw).translate(_BRACKETS)
    flat = _SPACES.sub("", flat)
    match = _UNIT.match(flat)
    if match is None:
        return Heading(flat, "")
    return Heading(match["base"], match["unit"])


@dataclass(frozen=True)
class Synonyms:
    """The synonym table: comparable heading → field key, each field's units, ignored ones."""

    fields: dict[str, str]
    units: dict[str, frozenset[str]]
    ignored: frozenset[str]

    def field_of(self, heading: object) -> str | None:
        """The field a heading fills, or None; a unit that is not the field's own fills none."""
        found = normalise(heading)
        if not found.unit:
            return self.fields.get(found.base)
        whole = self.fields.get(f"{found.base}({found.unit})")  # 市(州), 归档时间(UTC)
        if whole is not None:
            return whole
        key = self.fields.get(found.base)
        return key if key is not None and found.unit in self.units.get(key, ()) else None

    def is_ignored(self, heading: object) -> bool:
        found = normalise(heading)
        return not found.unit and found.base in self.ignored

    def knows(self, heading: object) -> bool:
        return self.field_of(heading) is not None or self.is_ignored(heading)


def synonyms_from(data: dict[str, object], known: dict[str, str] | None = None) -> Synonyms:
    """The table from its JSON form; a heading listed under two fields is refused, since a
    column must fill one field only.  `known`: the fields a column may fill (the customer's,
    unless a members sheet's table is read)."""
    known = FIELDS if known is None else known
    fields: dict[str, str] = {}
    table = data.get("fields", {})
    assert isinstance(table, dict)
    for key, headings in table.items():
        if key not in known:
            raise ValueError(f"synonyms: {key} is no field of this table")
        for heading in [known[key], *headings]:
            found = normalise(heading)
            comparable = found.base if not found.unit else f"{found.base}({found.unit})"
            if fields.get(comparable, key) != key:
                raise ValueError(
                    f"synonyms: {heading} is listed for {fields[comparable]} and {key}"
                )
            fields[comparable] = key
    units_data = data.get("units", {})
    assert isinstance(units_data, dict)
    units = {key: frozenset(values) for key, values in units_data.items()}
    ignored_data = data.get("ignore", [])
    assert isinstance(ignored_data, list)
    ignored = frozenset(normalise(h).base for h in ignored_data)
    return Synonyms(fields, units, ignored)


@cache
def _bundled() -> dict[str, object]:
    path = resource_path("registers", "synonyms.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def synonyms() -> Synonyms:
    """The bundled synonym table."""
    return synonyms_from(_bundled())


@cache
def member_synonyms() -> Synonyms:
    """The bundled table of a members sheet's headings ("members" in the same file): on
    that sheet 姓名 is the member's name and 户主身份证号 names the household."""
    members = _bundled().get("members", {})
    assert isinstance(members, dict)
    return synonyms_from(members, MEMBER_FIELDS)


def relations_from(data: dict[str, object]) -> dict[str, Relation]:
    """Relations as people write them (妻子, 儿媳, 孙女 …), made comparable like headings."""
    found: dict[str, Relation] = {}
    table = data.get("relations", {})
    assert isinstance(table, dict)
    for code, words in table.items():
        relation = Relation(code)  # a code that is no relation is refused here
        for word in words:
            base = normalise(word).base
            if found.get(base, relation) is not relation:
                raise ValueError(f"synonyms: {word} is listed for {found[base]} and {relation}")
            found[base] = relation
    return found


@cache
def relations() -> dict[str, Relation]:
    """The bundled words for each relation."""
    return relations_from(_bundled())


def relation_of(raw: object) -> Relation | None:
    """The relation a cell of the members sheet says, by the table's words; None when the
    table does not know it (the import then reads it as a label or a code, or says why)."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    return relations().get(normalise(raw).base)


_TOTAL_WORDS = ("合计", "小计", "总计", "共计")


def is_total(cells: list[object]) -> bool:
    """A total or subtotal row: a short text cell saying so ("合计", "合 计", "本页小计",
    "全村总计").  Such a row sums the others; it is no person."""
    for cell in cells:
        if isinstance(cell, str) and cell.strip():
            text = normalise(cell).base
            if len(text) <= 8 and text.endswith(_TOTAL_WORDS):
                return True
    return False
