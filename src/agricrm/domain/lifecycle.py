"""The admission lifecycle (准入): which status changes exist and who may make them."""

from __future__ import annotations

from agricrm.domain.enums import CustomerStatus, Role

_ALLOWED: dict[CustomerStatus, tuple[CustomerStatus, ...]] = {
    CustomerStatus.PROSPECT: (CustomerStatus.UNDER_REVIEW, CustomerStatus.ENDED),
    CustomerStatus.UNDER_REVIEW: (
        CustomerStatus.ACTIVE,
        CustomerStatus.PROSPECT,
        CustomerStatus.ENDED,
    ),
    CustomerStatus.ACTIVE: (CustomerStatus.ENDED,),
    CustomerStatus.ENDED: (CustomerStatus.PROSPECT,),
}

INITIAL_STATUS = CustomerStatus.PROSPECT


def allowed_targets(current: CustomerStatus) -> tuple[CustomerStatus, ...]:
    return _ALLOWED[current]


def is_approval(current: CustomerStatus, target: CustomerStatus) -> bool:
    """Passing the admission review is the branch manager's decision, not the officer's."""
    return current is CustomerStatus.UNDER_REVIEW and target is CustomerStatus.ACTIVE


def may_change(role: Role, current: CustomerStatus, target: CustomerStatus) -> bool:
    if target not in _ALLOWED[current]:
        return False
    return not is_approval(current, target) or role in (Role.MANAGER, Role.ADMIN)
