"""Users of this database and the acting user of a session.

Until local login lands, the app acts as a named user (``--user``) or as the first active
administrator, created on first use of a new database.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.enums import Role
from agricrm.domain.errors import NotFound
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import User
from agricrm.services.actor import Actor

LOCAL_ADMIN_USERNAME = "admin"
LOCAL_ADMIN_NAME = QT_TRANSLATE_NOOP("Users", "Administrator")
UNKNOWN_USER = QT_TRANSLATE_NOOP("Users", "There is no active user named {username}.")


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    display_name: str
    role: Role


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)


def resolve_actor(db: Database, username: str | None = None) -> Actor:
    with db.write(None, Cause.FORM) as session:  # the program itself makes the first admin
        if username:
            user = session.scalar(
                select(User).where(User.username == username, User.active, ~User.deleted)
            )
            if user is None:
                raise NotFound(UNKNOWN_USER(username=username))
            return _actor(user)
        user = session.scalar(
            select(User)
            .where(User.role == Role.ADMIN, User.active, ~User.deleted)
            .order_by(User.id)
        )
        if user is None:
            user = User(
                username=LOCAL_ADMIN_USERNAME,
                display_name=LOCAL_ADMIN_NAME.source,
                role=Role.ADMIN,
            )
            session.add(user)
            session.flush()
        return _actor(user)


UNKNOWN_OFFICER = QT_TRANSLATE_NOOP("Users", "There is no officer named {name}.")


def find_officer(db: Database, actor: Actor, name: str) -> UserSummary:
    """A user by login name or display name (what people type on a command line)."""
    for user in list_officers(db, actor):
        if name in (user.username, user.display_name):
            return user
    raise NotFound(UNKNOWN_OFFICER(name=name))


def list_officers(db: Database, actor: Actor) -> list[UserSummary]:
    """The people customers can be assigned to, as the actor may see them."""
    with db.read() as session:
        query = select(User).where(User.active, ~User.deleted).order_by(User.display_name)
        if not actor.is_manager:
            query = query.where(User.id == actor.user_id)
        return [
            UserSummary(u.id, u.username, u.display_name, u.role) for u in session.scalars(query)
        ]
