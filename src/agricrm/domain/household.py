"""The customer's household (家庭): the household code of the county's register (户码) and the
members who live with the customer, as a household survey lists them.

A loan officer judges a farmer with the family: who else earns, who guarantees, who will
inherit the debt.  Members are part of the customer's file (shown on the form and printed on
the profile sheet), not customers of their own; a member who becomes a customer gets a file
of their own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from agricrm.domain import id_number as id_numbers
from agricrm.domain import phone as phones
from agricrm.domain.errors import FieldError
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP

MEMBER_NAME_MAX = 40
HOUSEHOLD_CODE_MAX = 30
MEMBERS_MAX = 30

MEMBER_NAME_REQUIRED = QT_TRANSLATE_NOOP("HouseholdRules", "Enter the member's name.")
MEMBER_NAME_TOO_LONG = QT_TRANSLATE_NOOP("HouseholdRules", "A name has at most {max} characters.")
CODE_TOO_LONG = QT_TRANSLATE_NOOP(
    "HouseholdRules", "A household code has at most {max} characters."
)
TOO_MANY_MEMBERS = QT_TRANSLATE_NOOP(
    "HouseholdRules", "A household lists at most {max} members besides the customer."
)
SAME_ID_TWICE = QT_TRANSLATE_NOOP(
    "HouseholdRules", "This ID number is given for another member too (row {row})."
)
CUSTOMERS_OWN_ID = QT_TRANSLATE_NOOP(
    "HouseholdRules", "This is the customer's own ID number, not a member's."
)


class Relation(LabeledEnum):
    """A member's relation to the customer (与户主关系), as household registers word it."""

    SPOUSE = "spouse", QT_TRANSLATE_NOOP("Relation", "Spouse")
    CHILD = "child", QT_TRANSLATE_NOOP("Relation", "Child")
    CHILD_IN_LAW = "child_in_law", QT_TRANSLATE_NOOP("Relation", "Child's spouse")
    GRANDCHILD = "grandchild", QT_TRANSLATE_NOOP("Relation", "Grandchild")
    PARENT = "parent", QT_TRANSLATE_NOOP("Relation", "Parent")
    GRANDPARENT = "grandparent", QT_TRANSLATE_NOOP("Relation", "Grandparent")
    SIBLING = "sibling", QT_TRANSLATE_NOOP("Relation", "Brother or sister")
    OTHER = "other", QT_TRANSLATE_NOOP("Relation", "Other")


@dataclass
class HouseholdMemberInput:
    id: int | None = None
    name: str = ""
    relation: Relation = Relation.OTHER
    id_number: str = ""
    phone: str = ""
    notes: str = ""


def normalize_household(
    code: str,
    members: list[HouseholdMemberInput],
    customer_id_number: str,
    today: dt.date,
    errors: list[FieldError],
) -> tuple[str, list[HouseholdMemberInput]]:
    """The household code and members with typing variants folded (as the customer's own
    ID number and phone are), each problem named by its row (``household_members[2].phone``)."""
    code = " ".join(code.split())
    if len(code) > HOUSEHOLD_CODE_MAX:
        errors.append(FieldError("household_code", CODE_TOO_LONG(max=HOUSEHOLD_CODE_MAX)))
    if len(members) > MEMBERS_MAX:
        errors.append(FieldError("household_members", TOO_MANY_MEMBERS(max=MEMBERS_MAX)))
    cleaned: list[HouseholdMemberInput] = []
    seen: dict[str, int] = {}
    for index, member in enumerate(members):
        prefix = f"household_members[{index}]."
        name = " ".join(member.name.split())
        if not name:
            errors.append(FieldError(prefix + "name", MEMBER_NAME_REQUIRED))
        elif len(name) > MEMBER_NAME_MAX:
            errors.append(FieldError(prefix + "name", MEMBER_NAME_TOO_LONG(max=MEMBER_NAME_MAX)))
        number = id_numbers.normalize(member.id_number) if member.id_number.strip() else ""
        if number:
            try:
                id_numbers.parse(number, today)
            except id_numbers.InvalidIdNumber as error:
                errors.append(FieldError(prefix + "id_number", error.message))
            else:
                if number == customer_id_number:
                    errors.append(FieldError(prefix + "id_number", CUSTOMERS_OWN_ID))
                elif number in seen:
                    errors.append(
                        FieldError(prefix + "id_number", SAME_ID_TWICE(row=seen[number] + 1))
                    )
                seen.setdefault(number, index)
        phone = phones.normalize(member.phone) if member.phone.strip() else ""
        if phone and not phones.is_valid_mobile(phone):
            errors.append(FieldError(prefix + "phone", phones.INVALID_MOBILE))
        cleaned.append(
            dataclasses.replace(
                member, name=name, id_number=number, phone=phone, notes=member.notes.strip()
            )
        )
    return code, cleaned
