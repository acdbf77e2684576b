"""Blocks shared by several reports.

`customer_summary` is the customer part of the visit report, the complaint handling form and
the village day sheet: name, masked ID number, village, business mode, land and loans in brief.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from agricrm.domain.enums import LoanClassification
from agricrm.domain.masking import mask_id_number, mask_phone
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.reports.kit import ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.services.customer_data import CustomerDetail

CUSTOMER = QT_TRANSLATE_NOOP("Reports", "Customer")
ID_NUMBER = QT_TRANSLATE_NOOP("Reports", "ID number")
PHONE = QT_TRANSLATE_NOOP("Reports", "Mobile")
VILLAGE = QT_TRANSLATE_NOOP("Reports", "Village")
BUSINESS_MODE = QT_TRANSLATE_NOOP("Reports", "Business mode")
LAND_AREA = QT_TRANSLATE_NOOP("Reports", "Cultivated land (mu)")
CREDIT_GRADE = QT_TRANSLATE_NOOP("Reports", "Credit grade")
OFFICER = QT_TRANSLATE_NOOP("Reports", "Officer")
LOANS = QT_TRANSLATE_NOOP("Reports", "Loans")
NO_LOANS = QT_TRANSLATE_NOOP("Reports", "No loans recorded.")
LOANS_BRIEF = QT_TRANSLATE_NOOP(
    "Reports", "{count} with a balance, {balance} yuan in all ({classes}); next due {due}"
)
LOANS_REPAID = QT_TRANSLATE_NOOP("Reports", "{count} recorded, all repaid")


def loans_in_brief(kit: ReportKit, customer: CustomerDetail) -> str:
    """ "2 笔有余额，合计 150,000.00 元（正常 1、关注 1）；最近到期 2027-03-01"."""
    if not customer.loans:
        return kit.t(NO_LOANS)
    open_loans = [loan for loan in customer.loans if loan.balance > 0]
    if not open_loans:
        return kit.t(LOANS_REPAID(count=len(customer.loans)))
    classes = Counter(loan.classification for loan in open_loans)
    separator = kit.t(QT_TRANSLATE_NOOP("Reports", ", "))
    return kit.t(
        LOANS_BRIEF(
            count=len(open_loans),
            balance=kit.money(sum((loan.balance for loan in open_loans), Decimal(0))),
            classes=separator.join(
                f"{kit.label(member)} {classes[member]}"
                for member in LoanClassification
                if classes[member]
            ),
            due=kit.date(min(loan.due_date for loan in open_loans)),
        )
    )


def customer_summary(kit: ReportKit, customer: CustomerDetail) -> list[Flowable]:
    """The customer in a few lines, ID and mobile numbers masked."""
    place = "".join(part for part in (customer.township, customer.village) if part)
    return [
        kit.fields(
            [
                (CUSTOMER, customer.name),
                (ID_NUMBER, mask_id_number(customer.id_number)),
                (VILLAGE, place),
                (PHONE, mask_phone(customer.phone)),
                (BUSINESS_MODE, customer.business_mode),
                (LAND_AREA, kit.quantity(customer.land_area_mu)),
                (CREDIT_GRADE, customer.credit_grade),
                (OFFICER, customer.officer_name),
            ]
        ),
        kit.wide_field(LOANS, loans_in_brief(kit, customer)),
    ]
