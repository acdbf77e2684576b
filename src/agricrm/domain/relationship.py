"""What the branch knows of its relationship with the customer: since when they cooperate,
their deposits (balance and average daily balance, as read on a day) and their card level —
the facts the classification reads besides the loans (`agricrm.domain.classification`).

Officers type them on the form or headquarters sends them monthly; each is optional, but a
deposit figure is only worth something with the day it was read.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from agricrm.domain.errors import FieldError
from agricrm.i18n import QT_TRANSLATE_NOOP

EARLIEST = dt.date(1949, 10, 1)

IN_FUTURE = QT_TRANSLATE_NOOP("RelationshipRules", "The date cannot be in the future.")
TOO_EARLY = QT_TRANSLATE_NOOP("RelationshipRules", "The date cannot be before {date}.")
READ_ON_NEEDED = QT_TRANSLATE_NOOP(
    "RelationshipRules", "Give the day the deposits were read, so they are not taken as today's."
)
NOTHING_READ = QT_TRANSLATE_NOOP(
    "RelationshipRules", "A reading day without a deposit figure says nothing; clear it."
)


def check_relationship(
    cooperation_since: dt.date | None,
    deposit_balance: Decimal | None,
    deposit_average: Decimal | None,
    deposits_read_on: dt.date | None,
    today: dt.date,
    errors: list[FieldError],
) -> None:
    """Each problem of the dates and the reading day named by its field; nothing is changed
    (the values are typed already).  The amounts are checked as every amount of the file is
    (`customer.normalize_and_check`)."""
    for field, day in (
        ("cooperation_since", cooperation_since),
        ("deposits_read_on", deposits_read_on),
    ):
        if day is None:
            continue
        if day > today:
            errors.append(FieldError(field, IN_FUTURE))
        elif day < EARLIEST:
            errors.append(FieldError(field, TOO_EARLY(date=EARLIEST.isoformat())))
    has_figure = deposit_balance is not None or deposit_average is not None
    if has_figure and deposits_read_on is None:
        errors.append(FieldError("deposits_read_on", READ_ON_NEEDED))
    elif deposits_read_on is not None and not has_figure:
        errors.append(FieldError("deposits_read_on", NOTHING_READ))
