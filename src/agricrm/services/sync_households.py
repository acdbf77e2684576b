"""Household members typed by people, for the planner of `sync_import`: which customer each
row belongs to, which member of that household it is, and the household's rules.

A package names a member's customer by uuid; a household register's members sheet names the
household as people know it — the customer's file number (档案编号), the head's ID number
(户主身份证号) or the household code (户码) — in `HOUSEHOLD_MEMBERS.finders`.  The customer is
found after the customers sheet is planned, so a customer new in the same workbook counts,
and its values there (a household code the register changes) count before the stored ones.
A row then matches a member of that household by ID number, else by name, so importing the
same register twice changes nothing; otherwise it is a new member.  The household's members,
those on file and those of the sheet together, are checked by `domain.household`'s rules,
each problem named by the sheet's row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from agricrm.domain import id_number as id_numbers
from agricrm.domain.errors import FieldError
from agricrm.domain.household import (
    SAME_ID_TWICE,
    HouseholdMemberInput,
    Relation,
    normalize_household,
)
from agricrm.domain.record_numbers import number_prefix
from agricrm.exchange.schema import HOUSEHOLD_MEMBERS
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.models import Customer, HouseholdMember
from agricrm.services.sync_plan import Issue, PlannedRow

HOUSEHOLD_NOT_NAMED = QT_TRANSLATE_NOOP(
    "Import",
    "Say whose household this member belongs to: the customer's file number (档案编号), the "
    "head's ID number (户主身份证号) or the household code (户码).",
)
NO_SUCH_HOUSEHOLD = QT_TRANSLATE_NOOP(
    "Import", "No customer of this file or of the database has {value} as {column}."
)
SEVERAL_HOUSEHOLDS = QT_TRANSLATE_NOOP(
    "Import",
    "{count} customers have {value} as {column}; name the household by the file number or "
    "the head's ID number instead.",
)
HOUSEHOLDS_DISAGREE = QT_TRANSLATE_NOOP(
    "Import", "This names the household of {name}, but {column} names the household of {other}."
)
SAME_ID_IN_SHEET = QT_TRANSLATE_NOOP(
    "Import", "Row {row} of this sheet gives this ID number for another member of the household."
)
SAME_ID_ON_FILE = QT_TRANSLATE_NOOP(
    "Import", "{name}, a member of this household on file, has this ID number."
)

# each finder and the customer column it is compared with, in the order they are tried
_FINDS: tuple[tuple[str, Any], ...] = (
    ("customer_number", Customer.number),
    ("head_id_number", Customer.id_number),
    ("household_code", Customer.household_code),
)
_CUSTOMER_KEY = {"customer_number": "number", "head_id_number": "id_number"}


@dataclass(frozen=True)
class _Customer:
    uuid: str
    name: str
    id_number: str


def _folded(key: str, value: object) -> str:
    """A finder's value as the customer column holds it."""
    text = str(value or "")
    if key == "customer_number":
        return number_prefix(text) or text.strip()
    if key == "head_id_number":
        return id_numbers.normalize(text)
    return " ".join(text.split())


def _effective(row: PlannedRow) -> dict[str, Any]:
    """A customer row as it will be stored: the stored record under what the row says."""
    return row.over(row.local) if row.local is not None else row.values


def find_households(
    connection: Connection, customers: list[PlannedRow], rows: list[PlannedRow], sheet: str
) -> list[Issue]:
    """Give each member row without a customer uuid the customer its finders name (in this
    workbook first, then in the database); problems for rows that name none, or name no
    customer, several, or two different ones."""
    named = [row for row in rows if not row.values.get("customer_uuid")]
    if not named:
        return []
    titles = {column.key: column.title for column in HOUSEHOLD_MEMBERS.finders}
    issues: list[Issue] = []
    in_file: dict[str, dict[str, set[str]]] = {key: defaultdict(set) for key, _c in _FINDS}
    people: dict[str, str] = {}  # uuid → name, of every customer a finder found
    for row in customers:
        values = _effective(row)
        if values.get("deleted") or not row.uuid:
            continue
        people[row.uuid] = str(values.get("name") or "")
        for key, _column in _FINDS:
            value = values.get(_CUSTOMER_KEY.get(key, key))
            if value:
                in_file[key][_folded(key, value)].add(row.uuid)
    file_uuids = {row.uuid for row in customers}
    stored = _stored_customers(connection, named, file_uuids, people)
    for row in named:
        chosen: tuple[str, str] | None = None  # (finder key, customer uuid)
        for key, _column in _FINDS:
            if key not in row.finders:
                continue
            value = _folded(key, row.finders[key])
            found = in_file[key].get(value, set()) | stored[key].get(value, set())
            if not found:
                issues.append(
                    Issue(
                        sheet,
                        row.row,
                        titles[key],
                        value,
                        NO_SUCH_HOUSEHOLD(value=value, column=titles[key]),
                    )
                )
            elif len(found) > 1:
                reason = SEVERAL_HOUSEHOLDS(count=len(found), value=value, column=titles[key])
                issues.append(Issue(sheet, row.row, titles[key], value, reason))
            elif chosen is None:
                chosen = (key, next(iter(found)))
            elif chosen[1] not in found:
                reason = HOUSEHOLDS_DISAGREE(
                    name=people[next(iter(found))],
                    column=titles[chosen[0]],
                    other=people[chosen[1]],
                )
                issues.append(Issue(sheet, row.row, titles[key], value, reason))
        if chosen is not None:
            row.values["customer_uuid"] = chosen[1]
        elif not row.finders:
            first = next(c.title for c in HOUSEHOLD_MEMBERS.finders)
            issues.append(Issue(sheet, row.row, first, "", HOUSEHOLD_NOT_NAMED))
    return issues


def _stored_customers(
    connection: Connection,
    rows: list[PlannedRow],
    file_uuids: set[str],
    people: dict[str, str],
) -> dict[str, dict[str, set[str]]]:
    """Stored customers (not deleted, not in the workbook: their rows there count) by what
    each finder of `rows` names, one query per finder and 500 values."""
    found: dict[str, dict[str, set[str]]] = {key: defaultdict(set) for key, _c in _FINDS}
    for key, column in _FINDS:
        wanted = sorted({_folded(key, row.finders[key]) for row in rows if key in row.finders})
        for start in range(0, len(wanted), 500):
            statement = select(Customer.uuid, Customer.name, column).where(
                column.in_(wanted[start : start + 500]), Customer.deleted.is_(False)
            )
            for customer_uuid, name, value in connection.execute(statement):
                if customer_uuid not in file_uuids:
                    found[key][value].add(customer_uuid)
                    people[customer_uuid] = name
    return found


@dataclass(frozen=True)
class _Member:
    uuid: str
    customer_uuid: str
    name: str
    relation: Relation
    id_number: str
    phone: str


def _stored_members(connection: Connection, customer_uuids: Iterable[str]) -> list[_Member]:
    wanted = sorted(set(customer_uuids))
    found: list[_Member] = []
    for start in range(0, len(wanted), 500):
        statement = (
            select(
                HouseholdMember.uuid,
                Customer.uuid,
                HouseholdMember.name,
                HouseholdMember.relation,
                HouseholdMember.id_number,
                HouseholdMember.phone,
            )
            .join(Customer, Customer.id == HouseholdMember.customer_id)
            .where(
                Customer.uuid.in_(wanted[start : start + 500]),
                HouseholdMember.deleted.is_(False),
            )
            .order_by(HouseholdMember.id)
        )
        found.extend(_Member(*each) for each in connection.execute(statement))
    return found


def match_members(
    connection: Connection, rows: list[PlannedRow]
) -> list[tuple[PlannedRow, str, str]]:
    """(row, member uuid, rule) for each row without a uuid that is a member of its
    customer's household on file: by ID number, else by name; each member found once."""
    typed = [row for row in rows if not row.uuid and row.values.get("customer_uuid")]
    if not typed:
        return []
    by_customer: dict[str, list[_Member]] = defaultdict(list)
    for member in _stored_members(connection, (row.values["customer_uuid"] for row in typed)):
        by_customer[member.customer_uuid].append(member)
    taken: set[str] = set()
    done: set[int] = set()  # rows matched already, by identity
    chosen: list[tuple[PlannedRow, str, str]] = []
    for rule in ("id_number", "name"):
        for row in typed:
            if id(row) in done:
                continue
            value = _member_key(rule, row.values.get(rule))
            if not value:
                continue
            matches = [
                member.uuid
                for member in by_customer.get(row.values["customer_uuid"], [])
                if member.uuid not in taken and _member_key(rule, getattr(member, rule)) == value
            ]
            if len(matches) == 1:
                taken.add(matches[0])
                done.add(id(row))
                chosen.append((row, matches[0], rule))
    return chosen


def _member_key(rule: str, value: object) -> str:
    text = str(value or "")
    return id_numbers.normalize(text) if rule == "id_number" else " ".join(text.split())


def check_members(
    connection: Connection,
    customers: list[PlannedRow],
    rows: list[PlannedRow],
    sheet: str,
    today: dt.date,
) -> list[Issue]:
    """Each household of the rows typed by people checked as the form checks it
    (`normalize_household`): its members on file and the sheet's rows together, every problem
    named by a row of the sheet; the rows take the folded values (full-width digits, +86)
    the form would store."""
    households: dict[str, list[PlannedRow]] = defaultdict(list)
    for row in rows:
        # a package's rows (with a lineage) were checked where they were made: a household
        # edited on two devices must still sync, and the Conflicts screen settles it
        if row.history or row.values.get("deleted"):
            continue
        if row.values.get("customer_uuid"):
            households[row.values["customer_uuid"]].append(row)
    if not households:
        return []
    own_ids = _own_id_numbers(connection, customers, households.keys())
    others: dict[str, list[_Member]] = defaultdict(list)
    in_sheet = {row.uuid for row in rows}
    for member in _stored_members(connection, households.keys()):
        if member.uuid not in in_sheet:
            others[member.customer_uuid].append(member)
    titles = {column.key: column.title for column in HOUSEHOLD_MEMBERS.columns}
    issues: list[Issue] = []
    for customer_uuid, members in households.items():
        shown = [_effective(row) for row in members]
        stored = others.get(customer_uuid, [])
        household = [
            HouseholdMemberInput(
                name=str(values.get("name") or ""),
                relation=values.get("relation") or Relation.OTHER,
                id_number=str(values.get("id_number") or ""),
                phone=str(values.get("phone") or ""),
            )
            for values in shown
        ] + [
            HouseholdMemberInput(
                name=m.name, relation=m.relation, id_number=m.id_number, phone=m.phone
            )
            for m in stored
        ]
        errors: list[FieldError] = []
        _code, cleaned = normalize_household(
            "", household, own_ids.get(customer_uuid, ""), today, errors
        )
        for error in errors:
            issue = _issue_of(error, members, stored, sheet, titles)
            if issue is not None:
                issues.append(issue)
        for row, clean in zip(members, cleaned, strict=False):
            for key in ("name", "id_number", "phone"):
                if row.values.get(key):
                    row.values[key] = getattr(clean, key)
    return issues


def _issue_of(
    error: FieldError,
    members: list[PlannedRow],
    stored: list[_Member],
    sheet: str,
    titles: dict[str, str],
) -> Issue | None:
    """The household rule's problem at the sheet's row it concerns.  The rules number the
    household's members; here the rows of the sheet come first, then those on file."""
    if error.field == "household_members":  # too many members: said at the household's first row
        first = members[0]
        return Issue(sheet, first.row, titles["name"], "", error.message)
    at, _dot, key = error.field.removeprefix("household_members[").partition("].")
    index = int(at)
    reason: Text | Message = error.message
    if isinstance(reason, Message) and reason.text == SAME_ID_TWICE:
        other = int(str(reason.params["row"])) - 1
        if index >= len(members):  # a member on file repeats a row's ID number: said there
            if other >= len(members):
                return None  # two members on file: the form's business, not this sheet's
            row = members[other]
            return Issue(
                sheet,
                row.row,
                titles[key],
                str(row.values.get(key) or ""),
                SAME_ID_ON_FILE(name=stored[index - len(members)].name),
            )
        reason = SAME_ID_IN_SHEET(row=members[other].row)
    if index >= len(members):
        return None  # a member on file, not changed by this sheet
    row = members[index]
    return Issue(sheet, row.row, titles[key], str(row.values.get(key) or ""), reason)


def _own_id_numbers(
    connection: Connection, customers: list[PlannedRow], uuids: Iterable[str]
) -> dict[str, str]:
    """Each customer's own ID number, as this workbook leaves it."""
    found: dict[str, str] = {}
    in_file = {row.uuid: row for row in customers}
    wanted = []
    for customer_uuid in uuids:
        row = in_file.get(customer_uuid)
        if row is not None:
            found[customer_uuid] = str(_effective(row).get("id_number") or "")
        else:
            wanted.append(customer_uuid)
    for start in range(0, len(wanted), 500):
        found.update(
            (customer_uuid, number or "")
            for customer_uuid, number in connection.execute(
                select(Customer.uuid, Customer.id_number).where(
                    Customer.uuid.in_(wanted[start : start + 500])
                )
            )
        )
    return found
