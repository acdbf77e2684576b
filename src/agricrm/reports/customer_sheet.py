"""The customer profile sheet (客户信息档案表): the whole customer file on paper.

Sections print in the order of `CUSTOMER_SHEET`; each is a provider that lays out what its
`CustomerSheetContext` holds and never queries.  The file itself is `context.customer`; a
section that needs more (``last_visits``, ``complaints``) finds it in `context.sections`,
fetched before layout by a fetcher of `agricrm.services.report_sections.CUSTOMER_SHEET_DATA`
under the same key:

    def last_visits(context: CustomerSheetContext) -> list[Flowable]:
        record = context.data("last_visits", CustomerVisitRecord)
        kit = context.kit
        return [*kit.heading(LAST_VISITS), kit.table(COLUMNS, [...])]

named in the slot table (``"agricrm.reports.visit_sections:last_visits"``) or registered with
``CUSTOMER_SHEET.register("last_visits", last_visits)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from agricrm.domain.masking import mask_id_number, mask_phone
from agricrm.i18n import QT_TRANSLATE_NOOP, Text
from agricrm.reports.kit import Column, ReportKit
from agricrm.reports.sections import SectionRegistry, Slot, section_data
from agricrm.services.customer_data import CustomerDetail

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

DataT = TypeVar("DataT")

TITLE = QT_TRANSLATE_NOOP("Reports", "Customer profile sheet")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Customer profile sheet · {name}")
SUBTITLE = QT_TRANSLATE_NOOP(
    "Reports", "File no. {number} · status {status} · officer {officer} · updated {updated}"
)
ARCHIVED_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "This file was archived on {date}; it is printed as it was kept."
)
MASKING_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "ID and mobile numbers are masked on printouts; the full numbers are in the customer file.",
)

BASIC = QT_TRANSLATE_NOOP("Reports", "Basic information")
NAME = QT_TRANSLATE_NOOP("Reports", "Name")
GENDER = QT_TRANSLATE_NOOP("Reports", "Gender")
BIRTH_DATE = QT_TRANSLATE_NOOP("Reports", "Date of birth")
ID_NUMBER = QT_TRANSLATE_NOOP("Reports", "ID number")
PHONE = QT_TRANSLATE_NOOP("Reports", "Mobile")
ETHNICITY = QT_TRANSLATE_NOOP("Reports", "Ethnicity")
EDUCATION = QT_TRANSLATE_NOOP("Reports", "Education")
HOUSEHOLD = QT_TRANSLATE_NOOP("Reports", "Household members")
LANDLINE = QT_TRANSLATE_NOOP("Reports", "Landline")
REGION = QT_TRANSLATE_NOOP("Reports", "Province / city / county")
TOWNSHIP = QT_TRANSLATE_NOOP("Reports", "Township")
VILLAGE = QT_TRANSLATE_NOOP("Reports", "Village")
ADDRESS = QT_TRANSLATE_NOOP("Reports", "Address")
TAGS = QT_TRANSLATE_NOOP("Reports", "Tags")
CREATED = QT_TRANSLATE_NOOP("Reports", "File created")

MEMBERS = QT_TRANSLATE_NOOP("Reports", "Household")
HOUSEHOLD_CODE = QT_TRANSLATE_NOOP("Reports", "Household code")
MEMBER_NAME = QT_TRANSLATE_NOOP("Reports", "Name")
RELATION = QT_TRANSLATE_NOOP("Reports", "Relation")
NO_MEMBERS = QT_TRANSLATE_NOOP("Reports", "No household members recorded.")

PRODUCTION = QT_TRANSLATE_NOOP("Reports", "Production and operation")
BUSINESS_MODE = QT_TRANSLATE_NOOP("Reports", "Business mode")
LAND_AREA = QT_TRANSLATE_NOOP("Reports", "Cultivated land (mu)")
ANNUAL_INCOME = QT_TRANSLATE_NOOP("Reports", "Household annual income (yuan)")
TECHNOLOGY = QT_TRANSLATE_NOOP("Reports", "Technology and skills")
ITEMS = QT_TRANSLATE_NOOP("Reports", "Production items")
KIND = QT_TRANSLATE_NOOP("Reports", "Kind")
ITEM_NAME = QT_TRANSLATE_NOOP("Reports", "Item")
QUANTITY = QT_TRANSLATE_NOOP("Reports", "Quantity")
UNIT = QT_TRANSLATE_NOOP("Reports", "Unit")
CYCLE = QT_TRANSLATE_NOOP("Reports", "Cycle")
NOTES = QT_TRANSLATE_NOOP("Reports", "Notes")

CREDIT = QT_TRANSLATE_NOOP("Reports", "Credit and loans")
CREDIT_GRADE = QT_TRANSLATE_NOOP("Reports", "Credit grade")
CREDIT_NOTES = QT_TRANSLATE_NOOP("Reports", "Credit notes")
CARD_LEVEL = QT_TRANSLATE_NOOP("Reports", "Card level")
COOPERATION_SINCE = QT_TRANSLATE_NOOP("Reports", "Cooperating since")
DEPOSITS = QT_TRANSLATE_NOOP("Reports", "Deposits (yuan)")
DEPOSIT_AVERAGE = QT_TRANSLATE_NOOP("Reports", "Average daily deposits (yuan)")
DEPOSITS_READ_ON = QT_TRANSLATE_NOOP("Reports", "Deposits as of")
PRODUCTS_HELD = QT_TRANSLATE_NOOP("Reports", "Products held")
LOANS = QT_TRANSLATE_NOOP("Reports", "Loans")
LENDER = QT_TRANSLATE_NOOP("Reports", "Lender")
PRODUCT = QT_TRANSLATE_NOOP("Reports", "Product")
AMOUNT = QT_TRANSLATE_NOOP("Reports", "Amount (yuan)")
BALANCE = QT_TRANSLATE_NOOP("Reports", "Balance (yuan)")
START = QT_TRANSLATE_NOOP("Reports", "Start")
DUE = QT_TRANSLATE_NOOP("Reports", "Due")
CLASSIFICATION = QT_TRANSLATE_NOOP("Reports", "Classification")
GUARANTEE = QT_TRANSLATE_NOOP("Reports", "Guarantee")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
NO_LOANS = QT_TRANSLATE_NOOP("Reports", "No loans recorded.")
NO_ITEMS = QT_TRANSLATE_NOOP("Reports", "No production items recorded.")

NEEDS = QT_TRANSLATE_NOOP("Reports", "Needs and notes")
NEEDS_FIELD = QT_TRANSLATE_NOOP("Reports", "Needs")
NEEDS_NOTES = QT_TRANSLATE_NOOP("Reports", "Needs in detail")
GENERAL_NOTES = QT_TRANSLATE_NOOP("Reports", "Notes")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Reports", ", ")

HISTORY = QT_TRANSLATE_NOOP("Reports", "Status history")
WHEN = QT_TRANSLATE_NOOP("Reports", "When")
CHANGE = QT_TRANSLATE_NOOP("Reports", "Change")
BY = QT_TRANSLATE_NOOP("Reports", "By")
REASON = QT_TRANSLATE_NOOP("Reports", "Reason")
CREATED_AS = QT_TRANSLATE_NOOP("Reports", "File created as {status}")

OFFICER_ROLE = QT_TRANSLATE_NOOP("Reports", "Loan officer")
REVIEWER_ROLE = QT_TRANSLATE_NOOP("Reports", "Reviewer")
CUSTOMER_ROLE = QT_TRANSLATE_NOOP("Reports", "Customer")


@dataclass(frozen=True)
class CustomerSheetContext:
    """What a section of the profile sheet gets: the kit, the file, the day of printing and
    the data fetched for the sections, by slot key."""

    kit: ReportKit
    customer: CustomerDetail
    today: dt.date
    sections: Mapping[str, object] = field(default_factory=dict)

    def data(self, key: str, kind: type[DataT]) -> DataT:
        return section_data(CUSTOMER_SHEET.name, self.sections, key, kind)


def _title(context: CustomerSheetContext) -> list[Flowable]:
    kit, customer = context.kit, context.customer
    subtitle = kit.t(
        SUBTITLE(
            number=customer.number,
            status=customer.status.label,
            officer=customer.officer_name or "—",
            updated=kit.datetime(customer.updated_at),
        )
    )
    blocks = kit.title(TITLE, subtitle)
    if customer.archived_at is not None:
        blocks.append(kit.note(ARCHIVED_NOTE(date=kit.date(customer.archived_at.date()))))
    return blocks


def _basic(context: CustomerSheetContext) -> list[Flowable]:
    kit, c = context.kit, context.customer
    region = " ".join(part for part in (c.province, c.city, c.county) if part)
    # a landline only when there is one: most farmers have none, and the line would push a
    # nearly empty file's signatures onto a second page
    landline = [(LANDLINE, mask_phone(c.landline))] if c.landline else []
    return [
        *kit.heading(BASIC),
        kit.fields(
            [
                (NAME, c.name),
                (GENDER, c.gender),
                (ID_NUMBER, mask_id_number(c.id_number)),
                (BIRTH_DATE, c.birth_date),
                (PHONE, mask_phone(c.phone)),
                *landline,
                (ETHNICITY, c.ethnicity),
                (EDUCATION, c.education),
                (HOUSEHOLD, c.household_size),
                (REGION, region),
                (TOWNSHIP, c.township),
                (VILLAGE, c.village),
                (ADDRESS, c.address_detail),
                (TAGS, " ".join(c.tags)),
                (CREATED, c.created_at),
            ]
        ),
    ]


def _household(context: CustomerSheetContext) -> list[Flowable]:
    """The household's members; left out for a file that records neither members nor a
    household code (the basic section gives the household's size)."""
    kit, c = context.kit, context.customer
    if not c.household_members and not c.household_code:
        return []
    blocks: list[Flowable] = [*kit.heading(MEMBERS)]
    if c.household_code:
        blocks.append(kit.fields([(HOUSEHOLD_CODE, c.household_code)]))
    blocks.append(
        kit.table(
            [
                Column(kit.t(MEMBER_NAME), 1.0),
                Column(kit.t(RELATION), 0.9),
                Column(kit.t(ID_NUMBER), 1.6),
                Column(kit.t(PHONE), 1.1),
                Column(kit.t(NOTES), 1.8),
            ],
            [
                (m.name, m.relation, mask_id_number(m.id_number), mask_phone(m.phone), m.notes)
                for m in c.household_members
            ],
            empty=NO_MEMBERS,
        )
    )
    return blocks


def _production(context: CustomerSheetContext) -> list[Flowable]:
    kit, c = context.kit, context.customer
    blocks: list[Flowable] = [
        *kit.heading(PRODUCTION),
        kit.fields(
            [
                (BUSINESS_MODE, c.business_mode),
                (LAND_AREA, kit.quantity(c.land_area_mu)),
                (ANNUAL_INCOME, kit.money(c.annual_income)),
            ]
        ),
    ]
    if c.technology_notes:
        blocks.append(kit.wide_field(TECHNOLOGY, c.technology_notes))
    blocks.append(kit.spacer(2))
    if c.production_items:  # else the table's one line says there are none
        blocks.append(kit.para(ITEMS, "small"))
    blocks.append(
        kit.table(
            [
                Column(kit.t(KIND), 0.8),
                Column(kit.t(ITEM_NAME), 1.2),
                Column(kit.t(QUANTITY), 0.8, "right"),
                Column(kit.t(UNIT), 0.5),
                Column(kit.t(CYCLE), 1.0),
                Column(kit.t(NOTES), 2.2),
            ],
            [
                (
                    item.kind,
                    item.name,
                    kit.quantity(item.quantity),
                    item.unit,
                    item.cycle,
                    item.notes,
                )
                for item in c.production_items
            ],
            empty=NO_ITEMS,
        )
    )
    return blocks


def _credit(context: CustomerSheetContext) -> list[Flowable]:
    kit, c = context.kit, context.customer
    fields: list[tuple[Text, object]] = [(CREDIT_GRADE, c.credit_grade)]
    relationship = (
        c.card_level,
        c.cooperation_since,
        c.deposit_balance,
        c.deposit_average,
        c.deposits_read_on,
    )
    if any(value is not None for value in relationship):  # else the file says nothing of it
        fields += [
            (CARD_LEVEL, c.card_level),
            (COOPERATION_SINCE, c.cooperation_since),
            (DEPOSITS, kit.money(c.deposit_balance)),
            (DEPOSIT_AVERAGE, kit.money(c.deposit_average)),
            (DEPOSITS_READ_ON, c.deposits_read_on),
        ]
    if c.products:
        held = "、".join(
            f"{p.name}（{p.since.isoformat()}）" if p.since else p.name for p in c.products
        )
        fields.append((PRODUCTS_HELD, held))
    blocks: list[Flowable] = [*kit.heading(CREDIT), kit.fields(fields)]
    if c.credit_notes:
        blocks.append(kit.wide_field(CREDIT_NOTES, c.credit_notes))
    blocks.append(kit.spacer(2))
    if c.loans:
        blocks.append(kit.para(LOANS, "small"))
    loans = sorted(c.loans, key=lambda loan: (loan.start_date, loan.id))
    totals = None
    if len(loans) > 1:
        totals = (
            kit.t(TOTAL),
            "",
            kit.money(sum((loan.amount for loan in loans), Decimal(0))),
            kit.money(sum((loan.balance for loan in loans), Decimal(0))),
            "",
            "",
            "",
            "",
            "",
        )
    blocks.append(
        kit.table(
            [
                Column(kit.t(LENDER), 1.1),
                Column(kit.t(PRODUCT), 1.3),
                Column(kit.t(AMOUNT), 1.05, "right"),
                Column(kit.t(BALANCE), 1.05, "right"),
                Column(kit.t(START), 0.95),
                Column(kit.t(DUE), 0.95),
                Column(kit.t(CLASSIFICATION), 0.75),
                Column(kit.t(GUARANTEE), 0.8),
                Column(kit.t(NOTES), 1.2),
            ],
            [
                (
                    loan.lender,
                    loan.product,
                    kit.money(loan.amount),
                    kit.money(loan.balance),
                    loan.start_date,
                    loan.due_date,
                    loan.classification,
                    loan.guarantee_type,
                    loan.notes,
                )
                for loan in loans
            ],
            totals=totals,
            empty=NO_LOANS,
        )
    )
    return blocks


def _needs(context: CustomerSheetContext) -> list[Flowable]:
    kit, c = context.kit, context.customer
    return [
        *kit.heading(NEEDS),
        kit.wide_field(NEEDS_FIELD, _needs_text(kit, c)),
        kit.wide_field(NEEDS_NOTES, c.needs_notes),
        kit.wide_field(GENERAL_NOTES, c.notes),
    ]


def _needs_text(kit: ReportKit, customer: CustomerDetail) -> str:
    from agricrm.domain.enums import Need

    return kit.t(LIST_SEPARATOR).join(kit.label(need) for need in Need if need in customer.needs)


def _history(context: CustomerSheetContext) -> list[Flowable]:
    kit, c = context.kit, context.customer
    rows = []
    for change in c.status_history:
        if change.from_status is None:
            step = kit.t(CREATED_AS(status=change.to_status.label))
        else:
            step = f"{kit.label(change.from_status)} → {kit.label(change.to_status)}"
        rows.append((change.changed_at, step, change.changed_by, change.reason))
    return [
        *kit.heading(HISTORY),
        kit.table(
            [
                Column(kit.t(WHEN), 1.1),
                Column(kit.t(CHANGE), 1.6),
                Column(kit.t(BY), 0.8),
                Column(kit.t(REASON), 2.5),
            ],
            rows,
        ),
    ]


def _signatures(context: CustomerSheetContext) -> list[Flowable]:
    kit = context.kit
    return [
        kit.spacer(6),
        kit.keep_together(
            [
                kit.signature_lines([OFFICER_ROLE, REVIEWER_ROLE, CUSTOMER_ROLE]),
                kit.spacer(2),
                kit.note(MASKING_NOTE),
            ]
        ),
    ]


CUSTOMER_SHEET: SectionRegistry[CustomerSheetContext] = SectionRegistry(
    "customer sheet",
    [
        Slot("title", _title),
        Slot("basic", _basic),
        Slot("household", _household),
        Slot("production", _production),
        Slot("credit", _credit),
        Slot("needs", _needs),
        Slot(
            "classes",
            "agricrm.reports.class_sections:customer_classes",
            "the customer's classes with their reasons, by the branch's rules: classification",
        ),
        Slot("status_history", _history),
        Slot(
            "class_changes",
            "agricrm.reports.class_sections:class_changes",
            "the customer's class changes (when, from → to, rules version): classification",
        ),
        Slot(
            "last_visits",
            "agricrm.reports.visit_sections:last_visits",
            "the customer's last visits (date, type, officer, findings, next visit): visit log",
        ),
        Slot(
            "complaints",
            "agricrm.reports.complaint_sections:customer_complaints",
            "the customer's complaints (received, category, status, closed): complaints",
        ),
        Slot("signatures", _signatures, keep_with_previous=True),
    ],
)


def customer_sheet(context: CustomerSheetContext) -> list[Flowable]:
    return CUSTOMER_SHEET.render(context)


def subject(kit: ReportKit, customer: CustomerDetail) -> str:
    return kit.t(SUBJECT(name=customer.name))
