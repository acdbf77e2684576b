"""The customer file as entered in a form or a workbook, and the rules it must satisfy."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from agricrm.domain import id_number as id_numbers
from agricrm.domain import phone as phones
from agricrm.domain.classification.facts import CardLevel
from agricrm.domain.enums import (
    BusinessMode,
    CreditGrade,
    CustomerStatus,
    Education,
    Ethnicity,
    Gender,
    GuaranteeType,
    LoanClassification,
    Need,
    ProductionKind,
)
from agricrm.domain.errors import FieldError
from agricrm.domain.household import HouseholdMemberInput, normalize_household
from agricrm.domain.products import ProductHeldInput, check_holdings
from agricrm.domain.relationship import check_relationship
from agricrm.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 40
TAG_MAX = 20
MONEY_MAX = Decimal("10000000000")  # ten billion yuan: anything above is a typing slip
LAND_MAX = Decimal("1000000")
HOUSEHOLD_MAX = 50

REQUIRED = QT_TRANSLATE_NOOP("CustomerRules", "This field is required.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("CustomerRules", "A name has at most {max} characters.")
BIRTH_IN_FUTURE = QT_TRANSLATE_NOOP("CustomerRules", "The birth date cannot be in the future.")
BIRTH_TOO_EARLY = QT_TRANSLATE_NOOP("CustomerRules", "The birth date cannot be before 1900.")
BIRTH_DIFFERS = QT_TRANSLATE_NOOP(
    "CustomerRules", "The birth date differs from the one in the ID number ({date})."
)
GENDER_DIFFERS = QT_TRANSLATE_NOOP(
    "CustomerRules", "The gender differs from the one in the ID number ({gender})."
)
NEGATIVE = QT_TRANSLATE_NOOP("CustomerRules", "The value cannot be negative.")
TOO_LARGE = QT_TRANSLATE_NOOP("CustomerRules", "The value is larger than {max}.")
TOO_PRECISE = QT_TRANSLATE_NOOP("CustomerRules", "Use at most two decimal places.")
HOUSEHOLD_RANGE = QT_TRANSLATE_NOOP(
    "CustomerRules", "The household size must be between 1 and {max}."
)
TAG_INVALID = QT_TRANSLATE_NOOP(
    "CustomerRules", "A tag has at most {max} characters and no commas."
)
LOAN_AMOUNT_POSITIVE = QT_TRANSLATE_NOOP("CustomerRules", "The loan amount must be above zero.")
BALANCE_ABOVE_AMOUNT = QT_TRANSLATE_NOOP(
    "CustomerRules", "The balance ({balance}) cannot be above the loan amount ({amount})."
)
DUE_BEFORE_START = QT_TRANSLATE_NOOP(
    "CustomerRules", "The due date cannot be before the start date."
)
ID_REQUIRED_FOR_STATUS = QT_TRANSLATE_NOOP(
    "CustomerRules", "A customer needs a valid ID number to be {status}."
)


@dataclass
class ProductionItemInput:
    id: int | None = None
    kind: ProductionKind = ProductionKind.CROP
    name: str = ""
    quantity: Decimal | None = None
    unit: str = ""
    cycle: str = ""
    notes: str = ""


@dataclass
class LoanInput:
    id: int | None = None
    lender: str = ""
    product: str = ""
    amount: Decimal | None = None
    balance: Decimal | None = None
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    classification: LoanClassification = LoanClassification.NORMAL
    guarantee_type: GuaranteeType = GuaranteeType.UNSECURED
    notes: str = ""


@dataclass
class CustomerInput:
    name: str = ""
    gender: Gender | None = None
    birth_date: dt.date | None = None
    keeps_lunar_birthday: bool = False
    id_number: str = ""
    phone: str = ""
    landline: str = ""
    ethnicity: Ethnicity | None = Ethnicity.HAN
    education: Education | None = None
    household_size: int | None = None
    province: str = ""
    city: str = ""
    county: str = ""
    township: str = ""
    village: str = ""
    address_detail: str = ""
    business_mode: BusinessMode | None = None
    land_area_mu: Decimal | None = None
    annual_income: Decimal | None = None
    technology_notes: str = ""
    credit_grade: CreditGrade | None = None
    credit_notes: str = ""
    cooperation_since: dt.date | None = None  # the relationship: see domain.relationship
    deposit_balance: Decimal | None = None
    deposit_average: Decimal | None = None
    deposits_read_on: dt.date | None = None
    card_level: CardLevel | None = None
    products: list[ProductHeldInput] = field(default_factory=list)
    needs: frozenset[Need] = frozenset()
    needs_notes: str = ""
    notes: str = ""
    officer_id: int | None = None
    tags: tuple[str, ...] = ()
    production_items: list[ProductionItemInput] = field(default_factory=list)
    loans: list[LoanInput] = field(default_factory=list)
    household_code: str = ""  # 户码 of the county's household register
    household_members: list[HouseholdMemberInput] = field(default_factory=list)


def _check_amount(
    errors: list[FieldError], name: str, value: Decimal | None, maximum: Decimal
) -> None:
    if value is None:
        return
    if value < 0:
        errors.append(FieldError(name, NEGATIVE))
    elif value > maximum:
        errors.append(FieldError(name, TOO_LARGE(max=f"{maximum:,}")))
    elif value != value.quantize(Decimal("0.01")):
        errors.append(FieldError(name, TOO_PRECISE))


def normalize_and_check(
    data: CustomerInput, today: dt.date
) -> tuple[CustomerInput, list[FieldError]]:
    """The input with typing variants folded (ID case, phone separators, derived birth date and
    gender) and every rule that needs no database.  Fields are checked independently, so the
    form can mark every problem at once."""
    errors: list[FieldError] = []
    name = " ".join(data.name.split())
    if not name:
        errors.append(FieldError("name", REQUIRED))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", NAME_TOO_LONG(max=NAME_MAX)))

    id_number = id_numbers.normalize(data.id_number) if data.id_number.strip() else ""
    birth_date, gender = data.birth_date, data.gender
    if id_number:
        try:
            facts = id_numbers.parse(id_number, today)
        except id_numbers.InvalidIdNumber as error:
            errors.append(FieldError("id_number", error.message))
        else:
            if birth_date is not None and birth_date != facts.birth_date:
                errors.append(
                    FieldError("birth_date", BIRTH_DIFFERS(date=facts.birth_date.isoformat()))
                )
            if gender is not None and gender != facts.gender:
                errors.append(FieldError("gender", GENDER_DIFFERS(gender=facts.gender.label)))
            birth_date, gender = facts.birth_date, facts.gender
    if birth_date is not None:
        if birth_date > today:
            errors.append(FieldError("birth_date", BIRTH_IN_FUTURE))
        elif birth_date.year < 1900:
            errors.append(FieldError("birth_date", BIRTH_TOO_EARLY))

    phone = phones.normalize(data.phone) if data.phone.strip() else ""
    if phone and not phones.is_valid_mobile(phone):
        errors.append(FieldError("phone", phones.INVALID_MOBILE))
    landline = ""
    if data.landline.strip():
        landline = phones.normalize_landline(data.landline) or data.landline.strip()
        if phones.normalize_landline(data.landline) is None:
            errors.append(FieldError("landline", phones.INVALID_LANDLINE))

    if data.household_size is not None and not 1 <= data.household_size <= HOUSEHOLD_MAX:
        errors.append(FieldError("household_size", HOUSEHOLD_RANGE(max=HOUSEHOLD_MAX)))
    for required in ("township", "village"):
        if not getattr(data, required).strip():
            errors.append(FieldError(required, REQUIRED))
    _check_amount(errors, "land_area_mu", data.land_area_mu, LAND_MAX)
    _check_amount(errors, "annual_income", data.annual_income, MONEY_MAX)
    _check_amount(errors, "deposit_balance", data.deposit_balance, MONEY_MAX)
    _check_amount(errors, "deposit_average", data.deposit_average, MONEY_MAX)
    tags = tuple(dict.fromkeys(tag.strip() for tag in data.tags if tag.strip()))
    if any(len(tag) > TAG_MAX or "," in tag for tag in tags):
        errors.append(FieldError("tags", TAG_INVALID(max=TAG_MAX)))

    items = [
        normalize_production_item(item, index, errors)
        for index, item in enumerate(data.production_items)
    ]
    loans = [normalize_loan(loan, index, errors) for index, loan in enumerate(data.loans)]
    check_relationship(
        data.cooperation_since,
        data.deposit_balance,
        data.deposit_average,
        data.deposits_read_on,
        today,
        errors,
    )
    check_holdings(data.products, today, errors)
    household_code, members = normalize_household(
        data.household_code, data.household_members, id_number, today, errors
    )
    normalized = dataclasses.replace(
        data,
        name=name,
        id_number=id_number,
        birth_date=birth_date,
        gender=gender,
        phone=phone,
        landline=landline,
        township=data.township.strip(),
        village=data.village.strip(),
        tags=tags,
        production_items=items,
        loans=loans,
        household_code=household_code,
        household_members=members,
    )
    return normalized, errors


def normalize_production_item(
    item: ProductionItemInput, index: int, errors: list[FieldError]
) -> ProductionItemInput:
    prefix = f"production_items[{index}]."
    name = item.name.strip()
    if not name:
        errors.append(FieldError(prefix + "name", REQUIRED))
    _check_amount(errors, prefix + "quantity", item.quantity, MONEY_MAX)
    return dataclasses.replace(item, name=name, unit=item.unit.strip(), cycle=item.cycle.strip())


def normalize_loan(loan: LoanInput, index: int, errors: list[FieldError]) -> LoanInput:
    prefix = f"loans[{index}]."
    if loan.amount is None:
        errors.append(FieldError(prefix + "amount", REQUIRED))
    elif loan.amount <= 0:
        errors.append(FieldError(prefix + "amount", LOAN_AMOUNT_POSITIVE))
    else:
        _check_amount(errors, prefix + "amount", loan.amount, MONEY_MAX)
    balance = loan.balance if loan.balance is not None else loan.amount
    _check_amount(errors, prefix + "balance", balance, MONEY_MAX)
    if balance is not None and loan.amount is not None and balance > loan.amount:
        errors.append(
            FieldError(
                prefix + "balance",
                BALANCE_ABOVE_AMOUNT(balance=f"{balance:,}", amount=f"{loan.amount:,}"),
            )
        )
    if loan.start_date is None:
        errors.append(FieldError(prefix + "start_date", REQUIRED))
    if loan.due_date is None:
        errors.append(FieldError(prefix + "due_date", REQUIRED))
    elif loan.start_date is not None and loan.due_date < loan.start_date:
        errors.append(FieldError(prefix + "due_date", DUE_BEFORE_START))
    return dataclasses.replace(
        loan, lender=loan.lender.strip(), product=loan.product.strip(), balance=balance
    )


def needs_valid_id(status: CustomerStatus) -> bool:
    return status in (CustomerStatus.UNDER_REVIEW, CustomerStatus.ACTIVE)
