"""The customer file (涉农个人客户档案) and what hangs off it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agricrm.db.types import CodeSet, FixedDecimal, TextList, UtcDateTime, enum_column
from agricrm.domain.classification.facts import CardLevel, CreditStatus
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
from agricrm.domain.household import Relation
from agricrm.models.base import Base, SyncMixin
from agricrm.models.user import User

if TYPE_CHECKING:
    from agricrm.models.classes import CustomerProduct

LISTED = "deleted = 0 AND archived_at IS NULL"
LISTED_PG = "deleted = false AND archived_at IS NULL"


class Customer(SyncMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        Index(
            "uq_customers_id_number",
            "id_number",
            unique=True,
            sqlite_where=text("deleted = 0 AND id_number IS NOT NULL"),
            postgresql_where=text("deleted = false AND id_number IS NOT NULL"),
        ),
        # The list's default order, for the branch and for one officer: covering, so opening
        # 100,000 customers reads one index instead of every row.
        Index(
            "ix_customers_list_by_name",
            "name_pinyin",
            "name",
            sqlite_where=text(LISTED),
            postgresql_where=text(LISTED_PG),
        ),
        Index(
            "ix_customers_officer_list_by_name",
            "officer_id",
            "name_pinyin",
            "name",
            sqlite_where=text(LISTED),
            postgresql_where=text(LISTED_PG),
        ),
        Index("ix_customers_township_village", "township", "village"),
        Index("ix_customers_village", "village"),
        Index("ix_customers_phone", "phone"),
        Index("ix_customers_officer_id", "officer_id"),
        Index("ix_customers_status", "status"),
        Index("ix_customers_updated_at", "updated_at"),
        Index("ix_customers_number", "number"),
    )

    # KH-BFK-00123: given once by the door, see `agricrm.domain.record_numbers`
    number: Mapped[str] = mapped_column(String(24), default="")
    name: Mapped[str] = mapped_column(String(40))
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    keeps_lunar_birthday: Mapped[bool] = mapped_column(default=False)
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str | None] = mapped_column(String(20))
    landline: Mapped[str] = mapped_column(String(20), default="")  # 0531-88776655
    ethnicity: Mapped[Ethnicity | None] = mapped_column(enum_column(Ethnicity))
    education: Mapped[Education | None] = mapped_column(enum_column(Education))
    household_size: Mapped[int | None]
    household_code: Mapped[str] = mapped_column(String(30), default="")  # 户码

    province: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(40), default="")
    county: Mapped[str] = mapped_column(String(40), default="")
    township: Mapped[str] = mapped_column(String(40), default="")
    village: Mapped[str] = mapped_column(String(40), default="")
    address_detail: Mapped[str] = mapped_column(String(200), default="")

    business_mode: Mapped[BusinessMode | None] = mapped_column(enum_column(BusinessMode))
    land_area_mu: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    annual_income: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    technology_notes: Mapped[str] = mapped_column(Text, default="")

    credit_grade: Mapped[CreditGrade | None] = mapped_column(enum_column(CreditGrade))
    credit_notes: Mapped[str] = mapped_column(Text, default="")
    # the relationship with the branch (see agricrm.domain.relationship)
    cooperation_since: Mapped[dt.date | None] = mapped_column(Date)
    deposit_balance: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    deposit_average: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    deposits_read_on: Mapped[dt.date | None] = mapped_column(Date)
    card_level: Mapped[CardLevel | None] = mapped_column(enum_column(CardLevel))
    # the officer's credit status over the computed one, why, and the fingerprint of the
    # credit facts it was set on (see agricrm.domain.classification)
    credit_override: Mapped[CreditStatus | None] = mapped_column(enum_column(CreditStatus))
    credit_override_reason: Mapped[str] = mapped_column(Text, default="")
    credit_override_facts: Mapped[str] = mapped_column(String(40), default="")
    # the VIP mark on the customer's card (名单制: every listed customer's card carries it):
    # when and by whom it was recorded, None while unmarked
    vip_marked_on: Mapped[dt.date | None] = mapped_column(Date)
    vip_marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    needs: Mapped[frozenset[Need]] = mapped_column(CodeSet(Need), default=frozenset)
    needs_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    status: Mapped[CustomerStatus] = mapped_column(
        enum_column(CustomerStatus), default=CustomerStatus.PROSPECT
    )
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    tags: Mapped[tuple[str, ...]] = mapped_column(TextList(200), default=tuple)
    archived_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    officer: Mapped[User | None] = relationship(foreign_keys=[officer_id])
    production_items: Mapped[list[ProductionItem]] = relationship(
        back_populates="customer", order_by="ProductionItem.id"
    )
    loans: Mapped[list[Loan]] = relationship(back_populates="customer", order_by="Loan.id")
    household_members: Mapped[list[HouseholdMember]] = relationship(
        back_populates="customer", order_by="HouseholdMember.id"
    )
    products: Mapped[list[CustomerProduct]] = relationship(
        back_populates="customer", order_by="CustomerProduct.id"
    )
    status_changes: Mapped[list[CustomerStatusChange]] = relationship(
        back_populates="customer", order_by="CustomerStatusChange.changed_at"
    )


class ProductionItem(SyncMixin, Base):
    """One line of production: a crop, a herd, a pond."""

    __tablename__ = "production_items"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[ProductionKind] = mapped_column(enum_column(ProductionKind))
    name: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[Decimal | None] = mapped_column(FixedDecimal(2))
    unit: Mapped[str] = mapped_column(String(10), default="")
    cycle: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="production_items")


class HouseholdMember(SyncMixin, Base):
    """Someone living in the customer's household (see `agricrm.domain.household`)."""

    __tablename__ = "household_members"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    relation: Mapped[Relation] = mapped_column(enum_column(Relation))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="household_members")


class Loan(SyncMixin, Base):
    __tablename__ = "loans"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    lender: Mapped[str] = mapped_column(String(60), default="")
    product: Mapped[str] = mapped_column(String(60), default="")
    amount: Mapped[Decimal] = mapped_column(FixedDecimal(2))
    balance: Mapped[Decimal] = mapped_column(FixedDecimal(2))
    start_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    classification: Mapped[LoanClassification] = mapped_column(enum_column(LoanClassification))
    guarantee_type: Mapped[GuaranteeType] = mapped_column(enum_column(GuaranteeType))
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="loans")


class CustomerStatusChange(SyncMixin, Base):
    """Who moved a customer through admission, when and why (kept forever)."""

    __tablename__ = "customer_status_changes"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    from_status: Mapped[CustomerStatus | None] = mapped_column(enum_column(CustomerStatus))
    to_status: Mapped[CustomerStatus] = mapped_column(enum_column(CustomerStatus))
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="status_changes")
    changed_by: Mapped[User] = relationship()
