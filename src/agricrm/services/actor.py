"""The acting user, passed to every service call so permissions live in one layer."""

from __future__ import annotations

from dataclasses import dataclass

from agricrm.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)
