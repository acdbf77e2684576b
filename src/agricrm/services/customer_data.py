"""What the customer services hand out: plain, immutable snapshots of the customer file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from agricrm.domain.classification.facts import CardLevel, Dimension
from agricrm.domain.customer import CustomerInput, LoanInput, ProductionItemInput
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
from agricrm.domain.household import HouseholdMemberInput, Relation
from agricrm.domain.products import ProductHeldInput


class CustomerSort(StrEnum):
    NUMBER = "number"
    NAME = "name"
    GENDER = "gender"
    BIRTH_DATE = "birth_date"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    TOWNSHIP = "township"
    VILLAGE = "village"
    BUSINESS_MODE = "business_mode"
    LAND_AREA = "land_area"
    CREDIT_GRADE = "credit_grade"
    STATUS = "status"
    OFFICER = "officer"
    UPDATED_AT = "updated_at"


@dataclass(frozen=True)
class CustomerQuery:
    """A search of the customer list: free text plus filters, and the order wanted."""

    text: str = ""
    township: str | None = None
    village: str | None = None
    business_mode: BusinessMode | None = None
    credit_grade: CreditGrade | None = None
    status: CustomerStatus | None = None
    officer_id: int | None = None
    include_archived: bool = False
    classes: tuple[tuple[Dimension, str], ...] = ()
    """Class filters: (dimension, class code) pairs, at most one per dimension, in the order
    of `Dimension` (see `with_class`), so two equal filters compare equal."""
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False

    def class_code(self, dimension: Dimension) -> str | None:
        """The class this query keeps of `dimension`, if it filters by one."""
        return dict(self.classes).get(dimension)

    def with_class(self, dimension: Dimension, code: str | None) -> CustomerQuery:
        """This query keeping only class `code` of `dimension` (any class when None)."""
        chosen = dict(self.classes)
        chosen.pop(dimension, None)
        if code is not None:
            chosen[dimension] = code
        ordered = tuple((one, chosen[one]) for one in Dimension if one in chosen)
        return replace(self, classes=ordered)


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    number: str
    name: str
    gender: Gender | None
    birth_date: dt.date | None
    phone: str
    id_number: str
    township: str
    village: str
    business_mode: BusinessMode | None
    land_area_mu: Decimal | None
    credit_grade: CreditGrade | None
    status: CustomerStatus
    officer_name: str
    tags: tuple[str, ...]
    updated_at: dt.datetime
    loan_balance: Decimal | None  # the balances of the customer's loans; None without loans
    archived: bool
    segment: str | None = None  # class codes from the table of classes (None: no classes)
    value_tier: str | None = None


@dataclass(frozen=True)
class ProductionItemView:
    id: int
    kind: ProductionKind
    name: str
    quantity: Decimal | None
    unit: str
    cycle: str
    notes: str


@dataclass(frozen=True)
class HouseholdMemberView:
    id: int
    name: str
    relation: Relation
    id_number: str
    phone: str
    notes: str


@dataclass(frozen=True)
class ProductHeldView:
    product_id: int
    code: str
    name: str
    since: dt.date | None


@dataclass(frozen=True)
class LoanView:
    id: int
    lender: str
    product: str
    amount: Decimal
    balance: Decimal
    start_date: dt.date
    due_date: dt.date
    classification: LoanClassification
    guarantee_type: GuaranteeType
    notes: str


@dataclass(frozen=True)
class StatusChangeView:
    from_status: CustomerStatus | None
    to_status: CustomerStatus
    changed_by: str
    changed_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    uuid: str
    number: str  # the file number people quote (KH-BFK-00123)
    row_version: int
    name: str
    gender: Gender | None
    birth_date: dt.date | None
    keeps_lunar_birthday: bool
    id_number: str
    phone: str
    landline: str
    ethnicity: Ethnicity | None
    education: Education | None
    household_size: int | None
    household_code: str
    province: str
    city: str
    county: str
    township: str
    village: str
    address_detail: str
    business_mode: BusinessMode | None
    land_area_mu: Decimal | None
    annual_income: Decimal | None
    technology_notes: str
    credit_grade: CreditGrade | None
    credit_notes: str
    cooperation_since: dt.date | None
    deposit_balance: Decimal | None
    deposit_average: Decimal | None
    deposits_read_on: dt.date | None
    card_level: CardLevel | None
    needs: frozenset[Need]
    needs_notes: str
    notes: str
    status: CustomerStatus
    officer_id: int | None
    officer_name: str
    tags: tuple[str, ...]
    archived_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    production_items: tuple[ProductionItemView, ...] = ()
    loans: tuple[LoanView, ...] = ()
    household_members: tuple[HouseholdMemberView, ...] = ()
    products: tuple[ProductHeldView, ...] = ()
    status_history: tuple[StatusChangeView, ...] = field(default=())

    def to_input(self) -> CustomerInput:
        """The detail as form input, for editing."""
        return CustomerInput(
            name=self.name,
            gender=self.gender,
            birth_date=self.birth_date,
            keeps_lunar_birthday=self.keeps_lunar_birthday,
            id_number=self.id_number,
            phone=self.phone,
            landline=self.landline,
            ethnicity=self.ethnicity,
            education=self.education,
            household_size=self.household_size,
            household_code=self.household_code,
            household_members=[
                HouseholdMemberInput(m.id, m.name, m.relation, m.id_number, m.phone, m.notes)
                for m in self.household_members
            ],
            province=self.province,
            city=self.city,
            county=self.county,
            township=self.township,
            village=self.village,
            address_detail=self.address_detail,
            business_mode=self.business_mode,
            land_area_mu=self.land_area_mu,
            annual_income=self.annual_income,
            technology_notes=self.technology_notes,
            credit_grade=self.credit_grade,
            credit_notes=self.credit_notes,
            cooperation_since=self.cooperation_since,
            deposit_balance=self.deposit_balance,
            deposit_average=self.deposit_average,
            deposits_read_on=self.deposits_read_on,
            card_level=self.card_level,
            products=[ProductHeldInput(p.product_id, p.since) for p in self.products],
            needs=self.needs,
            needs_notes=self.needs_notes,
            notes=self.notes,
            officer_id=self.officer_id,
            tags=self.tags,
            production_items=[
                ProductionItemInput(
                    item.id, item.kind, item.name, item.quantity, item.unit, item.cycle, item.notes
                )
                for item in self.production_items
            ],
            loans=[
                LoanInput(
                    loan.id,
                    loan.lender,
                    loan.product,
                    loan.amount,
                    loan.balance,
                    loan.start_date,
                    loan.due_date,
                    loan.classification,
                    loan.guarantee_type,
                    loan.notes,
                )
                for loan in self.loans
            ],
        )


@dataclass(frozen=True)
class FilterOptions:
    townships: tuple[str, ...]
    villages: dict[str, tuple[str, ...]]
    officers: tuple[tuple[int, str], ...]
