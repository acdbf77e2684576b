"""What a classification reads about one customer, and the classes it gives.

`CustomerFacts` is a snapshot the storage layer fills from the customer's file, loans, deposits,
products, needs and contacts.  Every field may be unknown (None): a branch starts with files
that hold a name and a village and little else, and a class is still computed from what is
known, its explanation naming what was missing.  An empty collection means "known to be
none" (no loans), which is not the same as None ("not recorded"): a customer without loans has
a clean credit record, one whose loans were never entered has an unknown one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from agricrm.domain.enums import LoanClassification, Need, ProductionKind
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP


class CardLevel(LabeledEnum):
    """The level of the customer's bank card: the banks' usual proxy for assets (lowest first)."""

    ORDINARY = "ordinary", QT_TRANSLATE_NOOP("CardLevel", "Ordinary card")
    GOLD = "gold", QT_TRANSLATE_NOOP("CardLevel", "Gold card")
    PLATINUM = "platinum", QT_TRANSLATE_NOOP("CardLevel", "Platinum card")
    DIAMOND = "diamond", QT_TRANSLATE_NOOP("CardLevel", "Diamond card")


class Dimension(LabeledEnum):
    """The axes a customer is classified along; the codes are the rules document's keys."""

    SCALE = "scale", QT_TRANSLATE_NOOP("Dimension", "Production scale")
    INDUSTRY = "industry", QT_TRANSLATE_NOOP("Dimension", "Industry")
    CREDIT = "credit", QT_TRANSLATE_NOOP("Dimension", "Credit status")
    VALUE = "value", QT_TRANSLATE_NOOP("Dimension", "Value")
    SEGMENT = "segment", QT_TRANSLATE_NOOP("Dimension", "Segment")
    NEEDS = "needs", QT_TRANSLATE_NOOP("Dimension", "Needs type")
    ACTIVITY = "activity", QT_TRANSLATE_NOOP("Dimension", "Activity")
    RELATIONSHIP = "relationship", QT_TRANSLATE_NOOP("Dimension", "Relationship")


# Ordered classes are declared lowest first: thresholds and monotonicity follow that order.


class Scale(LabeledEnum):
    SMALL = "small", QT_TRANSLATE_NOOP("Scale", "Small farmer")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("Scale", "Medium farmer")
    LARGE = "large", QT_TRANSLATE_NOOP("Scale", "Large farmer")


class Industry(LabeledEnum):
    """Not ordered.  UNRECORDED when no production item is on file: guessing 种植 for every
    empty file would fill the cross-tables with crop farmers nobody recorded."""

    CROP = "crop", QT_TRANSLATE_NOOP("Industry", "Crop farming")
    LIVESTOCK = "livestock", QT_TRANSLATE_NOOP("Industry", "Livestock farming")
    AQUACULTURE = "aquaculture", QT_TRANSLATE_NOOP("Industry", "Aquaculture")
    PROCESSING = "processing", QT_TRANSLATE_NOOP("Industry", "Processing")
    MIXED = "mixed", QT_TRANSLATE_NOOP("Industry", "Mixed")
    UNRECORDED = "unrecorded", QT_TRANSLATE_NOOP("Industry", "Not recorded")


INDUSTRY_OF_KIND = {
    ProductionKind.CROP: Industry.CROP,
    ProductionKind.LIVESTOCK: Industry.LIVESTOCK,
    ProductionKind.AQUACULTURE: Industry.AQUACULTURE,
    ProductionKind.OTHER: Industry.PROCESSING,
}
"""A production item of kind "other" is processing (加工) in the seed documents' terms."""


class CreditStatus(LabeledEnum):
    """Worst first, so that a larger index is a better status like the other ordered classes."""

    POOR = "poor", QT_TRANSLATE_NOOP("CreditStatus", "Poor")
    FAIR = "fair", QT_TRANSLATE_NOOP("CreditStatus", "Fair")
    GOOD = "good", QT_TRANSLATE_NOOP("CreditStatus", "Good")


class ValueTier(LabeledEnum):
    LOW = "low", QT_TRANSLATE_NOOP("ValueTier", "Low value")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("ValueTier", "Medium value")
    HIGH = "high", QT_TRANSLATE_NOOP("ValueTier", "High value")


class Segment(LabeledEnum):
    QUALITY = "quality", QT_TRANSLATE_NOOP("Segment", "Quality customer")
    ORDINARY = "ordinary", QT_TRANSLATE_NOOP("Segment", "Ordinary customer")
    POTENTIAL = "potential", QT_TRANSLATE_NOOP("Segment", "Potential customer")


class NeedsType(LabeledEnum):
    PRODUCT = "product", QT_TRANSLATE_NOOP("NeedsType", "Product needs")
    SERVICE = "service", QT_TRANSLATE_NOOP("NeedsType", "Service needs")
    COMPREHENSIVE = "comprehensive", QT_TRANSLATE_NOOP("NeedsType", "Comprehensive needs")
    UNRECORDED = "unrecorded", QT_TRANSLATE_NOOP("NeedsType", "No needs recorded")


class Activity(LabeledEnum):
    DORMANT = "dormant", QT_TRANSLATE_NOOP("Activity", "Dormant")
    ACTIVE = "active", QT_TRANSLATE_NOOP("Activity", "Active")


class Relationship(LabeledEnum):
    NEW = "new", QT_TRANSLATE_NOOP("Relationship", "New customer")
    GROWING = "growing", QT_TRANSLATE_NOOP("Relationship", "Growing")
    LONG_TERM = "long_term", QT_TRANSLATE_NOOP("Relationship", "Long-standing")


CLASSES_OF: dict[Dimension, type[LabeledEnum]] = {
    Dimension.SCALE: Scale,
    Dimension.INDUSTRY: Industry,
    Dimension.CREDIT: CreditStatus,
    Dimension.VALUE: ValueTier,
    Dimension.SEGMENT: Segment,
    Dimension.NEEDS: NeedsType,
    Dimension.ACTIVITY: Activity,
    Dimension.RELATIONSHIP: Relationship,
}


def class_member(dimension: Dimension, code: str | None) -> LabeledEnum | None:
    """The class a stored code names (None for none, or a code this release does not know:
    a class a newer release added, kept in a table of classes or a class change)."""
    return {member.value: member for member in CLASSES_OF[dimension]}.get(code or "")


class Product(LabeledEnum):
    """The default product catalogue (the branch keeps its own; these are the issue's examples).
    A rules document may only name products of the catalogue it is checked against."""

    ONLINE_BANKING = "online_banking", QT_TRANSLATE_NOOP("Product", "Personal online banking")
    MOBILE_BANKING = "mobile_banking", QT_TRANSLATE_NOOP("Product", "Mobile banking")
    HUINONG_CARD = "huinong_card", QT_TRANSLATE_NOOP("Product", "Huinong card")
    WEALTH = "wealth", QT_TRANSLATE_NOOP("Product", "Wealth management")
    FUND_PLAN = "fund_plan", QT_TRANSLATE_NOOP("Product", "Fund savings plan")
    INSURANCE = "insurance", QT_TRANSLATE_NOOP("Product", "Insurance")
    PAYROLL = "payroll", QT_TRANSLATE_NOOP("Product", "Payroll service")
    SOCIAL_SECURITY_CARD = (
        "social_security_card",
        QT_TRANSLATE_NOOP("Product", "Social security card"),
    )


DEFAULT_CATALOGUE = frozenset(product.value for product in Product)


@dataclass(frozen=True, slots=True)
class LoanFact:
    """One outstanding loan: what the credit status and the value score read of it."""

    balance: Decimal | None = None
    classification: LoanClassification | None = None
    overdue_days: int | None = None  # days overdue today; 0 when current


@dataclass(frozen=True, slots=True)
class ProductHeld:
    code: str
    since: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """Everything a classification reads about one customer; None is "not recorded".

    Livestock is a tuple of (kind code, head count), kinds as the rules document names them
    (``cattle``, ``pig`` …), so a branch can add a kind without a new release.  Overdue history
    is what the branch knows of the past (the look-back is the branch's: typically three
    years): how many times a loan fell overdue and the longest it stayed so."""

    land_mu: Decimal | None = None
    livestock: tuple[tuple[str, int], ...] | None = None
    water_mu: Decimal | None = None
    production_kinds: frozenset[ProductionKind] | None = None
    loans: tuple[LoanFact, ...] | None = None
    overdue_times: int | None = None
    longest_overdue_days: int | None = None
    deposit_balance: Decimal | None = None
    deposit_average: Decimal | None = None
    deposits_read_on: dt.date | None = None
    card_level: CardLevel | None = None
    products: tuple[ProductHeld, ...] | None = None
    cooperation_since: dt.date | None = None
    needs: frozenset[Need] | None = None
    last_visit: dt.date | None = None
    last_care: dt.date | None = None
    last_loan_change: dt.date | None = None
    last_product_change: dt.date | None = None
    previous_loan_balance: Decimal | None = None
    previous_deposit_balance: Decimal | None = None


class Fact(LabeledEnum):
    """Names of the facts, for "missing: …" in an explanation."""

    LAND = "land_mu", QT_TRANSLATE_NOOP("Fact", "cultivated land")
    LIVESTOCK = "livestock", QT_TRANSLATE_NOOP("Fact", "livestock")
    WATER = "water_mu", QT_TRANSLATE_NOOP("Fact", "water area")
    PRODUCTION = "production_kinds", QT_TRANSLATE_NOOP("Fact", "production items")
    LOANS = "loans", QT_TRANSLATE_NOOP("Fact", "loans")
    LOAN_BALANCE = "loan_balance", QT_TRANSLATE_NOOP("Fact", "loan balance")
    LOAN_CLASSIFICATION = (
        "loan_classification",
        QT_TRANSLATE_NOOP("Fact", "five-category classification of a loan"),
    )
    OVERDUE_HISTORY = "overdue_history", QT_TRANSLATE_NOOP("Fact", "overdue history")
    DEPOSITS = "deposits", QT_TRANSLATE_NOOP("Fact", "deposits")
    PRODUCTS = "products", QT_TRANSLATE_NOOP("Fact", "products held")
    COOPERATION = "cooperation_since", QT_TRANSLATE_NOOP("Fact", "date cooperation began")
    GROWTH = "growth", QT_TRANSLATE_NOOP("Fact", "last year's balances")
    NEEDS = "needs", QT_TRANSLATE_NOOP("Fact", "recorded needs")
    CONTACTS = "contacts", QT_TRANSLATE_NOOP("Fact", "visits, care, loan or product changes")
