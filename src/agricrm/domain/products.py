"""The branch's product catalogue and the products a customer holds, as entered.

The catalogue is the branch's own (codes and names; the default one is
`classification.facts.Product`); a product is retired, never deleted, so the holdings and rules
that name it keep their meaning.  A holding names a product of the catalogue by its local id
and may say since when.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from agricrm.domain.errors import FieldError
from agricrm.i18n import QT_TRANSLATE_NOOP

CODE_MAX = 40
NAME_MAX = 60
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")

BAD_CODE = QT_TRANSLATE_NOOP(
    "ProductRules",
    "A product code is lower-case letters, digits and _ (such as fund_plan), starting with a "
    "letter, at most {max} characters: rules and workbooks name the product by it.",
)
NAME_REQUIRED = QT_TRANSLATE_NOOP("ProductRules", "Give the product's name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("ProductRules", "A name has at most {max} characters.")
HELD_TWICE = QT_TRANSLATE_NOOP("ProductRules", "This product is listed twice.")
SINCE_IN_FUTURE = QT_TRANSLATE_NOOP("ProductRules", "The date cannot be in the future.")


@dataclass(frozen=True)
class ProductHeldInput:
    product_id: int
    since: dt.date | None = None


def check_product(code: str, name: str) -> tuple[str, str, list[FieldError]]:
    """The code and name as stored, and their problems."""
    code, name = code.strip(), " ".join(name.split())
    errors: list[FieldError] = []
    if not _CODE.match(code) or len(code) > CODE_MAX:
        errors.append(FieldError("code", BAD_CODE(max=CODE_MAX)))
    if not name:
        errors.append(FieldError("name", NAME_REQUIRED))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", NAME_TOO_LONG(max=NAME_MAX)))
    return code, name, errors


def check_holdings(held: list[ProductHeldInput], today: dt.date, errors: list[FieldError]) -> None:
    """Each problem named by its row (``products[1].since``)."""
    seen: set[int] = set()
    for index, entry in enumerate(held):
        if entry.product_id in seen:
            errors.append(FieldError(f"products[{index}].product_id", HELD_TWICE))
        seen.add(entry.product_id)
        if entry.since is not None and entry.since > today:
            errors.append(FieldError(f"products[{index}].since", SINCE_IN_FUTURE))
