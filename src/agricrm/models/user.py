"""People who use AgriCRM: officers, branch managers, administrators."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from agricrm.db.types import enum_column
from agricrm.domain.enums import Role
from agricrm.models.base import Base, SyncMixin


class User(SyncMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    active: Mapped[bool] = mapped_column(default=True)
    # the post held besides the permission role (网点负责人 …): a code of the named-list rules'
    # posts, None when none was given
    post: Mapped[str | None] = mapped_column(String(40))
