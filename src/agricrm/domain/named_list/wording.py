"""The words of the named list's decisions: message templates kept apart from the rules that
choose them, and the figures' formatting.

Figures are cut, not rounded, to two places (`classification.wording.Figure`), so an actual
of 14.999 % never reads "15 % ≥ 15 %"; a shortfall is rounded *up* (`Shortfall`), so a target
missed by 0.001 never reads "0 short"."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from agricrm.domain.classification.wording import Figure
from agricrm.i18n import QT_TRANSLATE_NOOP

_CENT = Decimal("0.01")

ELIGIBLE_BY_SEGMENT = QT_TRANSLATE_NOOP(
    "NamedList", "Eligible: {segment} (the named list takes {segments})"
)
ELIGIBLE_BY_CARD = QT_TRANSLATE_NOOP("NamedList", "Eligible: {card}, at or above {level}")
NOT_BY_SEGMENT = QT_TRANSLATE_NOOP(
    "NamedList", "Not eligible by segment: {segment} (the named list takes {segments})"
)
SEGMENT_UNKNOWN = QT_TRANSLATE_NOOP(
    "NamedList", "Not eligible by segment: not classified (the named list takes {segments})"
)
NOT_BY_CARD = QT_TRANSLATE_NOOP("NamedList", "Not eligible by card: {card} is below {level}")
CARD_UNKNOWN = QT_TRANSLATE_NOOP(
    "NamedList", "Not eligible by card: no card level recorded ({level} or above needed)"
)
NO_LONGER_ELIGIBLE = QT_TRANSLATE_NOOP(
    "NamedList", "No longer eligible for the named list: review the listing"
)
NOT_CLASSIFIED_ANY_MORE = QT_TRANSLATE_NOOP(
    "NamedList",
    "Listed, but no longer among the classified customers (archived or deleted?): "
    "review the listing",
)

QUOTA_BELOW = QT_TRANSLATE_NOOP(
    "NamedList", "{count} listed customers: {short} below the quota of {quota} for {post}"
)
QUOTA_AT = QT_TRANSLATE_NOOP(
    "NamedList", "{count} listed customers: exactly the quota of {quota} for {post}"
)
QUOTA_ABOVE = QT_TRANSLATE_NOOP(
    "NamedList", "{count} listed customers: {extra} above the quota of {quota} for {post}"
)
QUOTA_NO_POST = QT_TRANSLATE_NOOP(
    "NamedList",
    '{count} listed customers: the post "{post}" is not in the named-list rules, so it has '
    "no quota",
)

OFFER_PRODUCT = QT_TRANSLATE_NOOP(
    "NamedList", "Offer {product}: a basic product every listed customer should hold"
)
PRODUCTS_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "NamedList", "The products held are not recorded: every basic product counts as missing"
)

NOTICE_DUE = QT_TRANSLATE_NOOP(
    "NamedList", "Notice due on {date} (every {months} months since {since})"
)
NOTICE_OVERDUE = QT_TRANSLATE_NOOP(
    "NamedList",
    "Notice overdue by {days} days: due on {date} (every {months} months since {since})",
)

GROWTH_MET = QT_TRANSLATE_NOOP(
    "NamedList",
    "Growth of customers at {level} or above in {period}: {start} → {end}, {actual} % "
    "(target {target} %, {yearly} % a year): met",
)
GROWTH_SHORT = QT_TRANSLATE_NOOP(
    "NamedList",
    "Growth of customers at {level} or above in {period}: {start} → {end}, {actual} % "
    "(target {target} %, {yearly} % a year): {short} percentage points short",
)
GROWTH_NO_BASE = QT_TRANSLATE_NOOP(
    "NamedList",
    "Growth of customers at {level} or above in {period}: none at the start of the period, "
    "so no growth rate ({end} at the end)",
)
SHARE_MET = QT_TRANSLATE_NOOP(
    "NamedList",
    "Customers at {level} or above: {count} of {customers}, {actual} % (target {target} %): met",
)
SHARE_SHORT = QT_TRANSLATE_NOOP(
    "NamedList",
    "Customers at {level} or above: {count} of {customers}, {actual} % (target {target} %): "
    "{short} percentage points short",
)
SHARE_NO_BASE = QT_TRANSLATE_NOOP(
    "NamedList", "Customers at {level} or above: the branch has no customers, so no share"
)
PER_STAFF_MET = QT_TRANSLATE_NOOP(
    "NamedList",
    "Customers at {level} or above per member of staff: {count} for {staff} staff, {actual} "
    "(target {target}): met",
)
PER_STAFF_SHORT = QT_TRANSLATE_NOOP(
    "NamedList",
    "Customers at {level} or above per member of staff: {count} for {staff} staff, {actual} "
    "(target {target}): {short} short",
)
PER_STAFF_NO_BASE = QT_TRANSLATE_NOOP(
    "NamedList",
    "Customers at {level} or above per member of staff: no staff counted, so no average",
)


class Shortfall(Figure):
    """How far below a target: two places rounded up, so any shortfall shows as one."""

    __slots__ = ()

    def __init__(self, value: Decimal) -> None:
        super().__init__(value.quantize(_CENT, ROUND_CEILING))
