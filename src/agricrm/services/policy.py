"""Who may see and change what, enforced in services rather than by hiding buttons.

An officer sees and edits the customers assigned to them; a branch manager and an
administrator see the whole branch (one database is one branch until multi-branch sync lands).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from agricrm.domain.errors import PermissionDenied
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Customer
from agricrm.services.actor import Actor

NOT_YOUR_CUSTOMER = QT_TRANSLATE_NOOP(
    "Policy", "This customer is assigned to another officer; ask your branch manager."
)
ASSIGN_ONLY_SELF = QT_TRANSLATE_NOOP(
    "Policy", "Only a branch manager can assign customers to another officer."
)
MANAGER_ONLY = QT_TRANSLATE_NOOP("Policy", "Only a branch manager can do this.")


def visible_customers(actor: Actor) -> ColumnElement[bool]:
    if actor.is_manager:
        return true()
    return Customer.officer_id == actor.user_id


def ensure_can_see_customer(actor: Actor, officer_id: int | None) -> None:
    if not actor.is_manager and officer_id != actor.user_id:
        raise PermissionDenied(NOT_YOUR_CUSTOMER)


def can_edit_customer(actor: Actor, officer_id: int | None) -> bool:
    return actor.is_manager or officer_id == actor.user_id


def ensure_can_edit_customer(actor: Actor, officer_id: int | None) -> None:
    if not can_edit_customer(actor, officer_id):
        raise PermissionDenied(NOT_YOUR_CUSTOMER)


def ensure_can_assign(actor: Actor, officer_id: int | None) -> None:
    if not actor.is_manager and officer_id != actor.user_id:
        raise PermissionDenied(ASSIGN_ONLY_SELF)


def ensure_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(MANAGER_ONLY)
