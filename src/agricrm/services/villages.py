"""The branch's list of townships and villages, which customer addresses must come from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.errors import AgriCrmError, FieldError, NotFound, ValidationFailed
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Village
from agricrm.services.actor import Actor

NAME_REQUIRED = QT_TRANSLATE_NOOP("Villages", "Enter both the township and the village.")
ALREADY_LISTED = QT_TRANSLATE_NOOP("Villages", "{village} in {township} is already in the list.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Villages", "Names have at most 40 characters.")


@dataclass(frozen=True)
class VillageEntry:
    id: int
    township: str
    name: str


def list_villages(db: Database, actor: Actor) -> list[VillageEntry]:
    with db.read() as session:
        rows = session.execute(
            select(Village.id, Village.township, Village.name)
            .where(~Village.deleted)
            .order_by(Village.township, Village.name)
        )
        return [VillageEntry(*row) for row in rows]


def add_village(db: Database, actor: Actor, township: str, name: str) -> VillageEntry:
    township, name = township.strip(), name.strip()
    if not township or not name:
        raise ValidationFailed([FieldError("village", NAME_REQUIRED)])
    if len(township) > 40 or len(name) > 40:
        raise ValidationFailed([FieldError("village", NAME_TOO_LONG)])
    with db.write(actor, Cause.FORM) as session:
        if village_exists(session, township, name):
            raise ValidationFailed(
                [FieldError("village", ALREADY_LISTED(village=name, township=township))]
            )
        village = Village(township=township, name=name)
        session.add(village)
        session.flush()
        return VillageEntry(village.id, township, name)


def village_exists(session: Session, township: str, name: str) -> bool:
    return (
        session.scalar(
            select(Village.id).where(
                Village.township == township, Village.name == name, ~Village.deleted
            )
        )
        is not None
    )


VILLAGE_SEPARATORS = ("/", "／", "\\")
UNKNOWN_VILLAGE = QT_TRANSLATE_NOOP(
    "Villages", "There is no village named {name} in the branch's village list."
)
UNKNOWN_TOWNSHIP_VILLAGE = QT_TRANSLATE_NOOP(
    "Villages", "{township} has no village named {village} in the branch's village list."
)
AMBIGUOUS_VILLAGE = QT_TRANSLATE_NOOP(
    "Villages",
    "There is a village named {name} in more than one township ({townships}); "
    "write township/village, e.g. {example}.",
)


def resolve_village(db: Database, actor: Actor, text: str) -> VillageEntry:
    """The village a user means: ``township/village``, or a village name found in one township
    only.  A name that several townships share is refused with the choices.  Every user may
    read the branch's village list."""
    cleaned = text.strip()
    township = ""
    for separator in VILLAGE_SEPARATORS:
        if separator in cleaned:
            township, _, cleaned = cleaned.partition(separator)
            township, cleaned = township.strip(), cleaned.strip()
            break
    if not cleaned:
        raise NotFound(UNKNOWN_VILLAGE(name=text.strip()))
    with db.read() as session:
        statement = select(Village.id, Village.township, Village.name).where(
            Village.name == cleaned, ~Village.deleted
        )
        if township:
            statement = statement.where(Village.township == township)
        found = [
            VillageEntry(*row) for row in session.execute(statement.order_by(Village.township))
        ]
    if not found:
        if township:
            raise NotFound(UNKNOWN_TOWNSHIP_VILLAGE(township=township, village=cleaned))
        raise NotFound(UNKNOWN_VILLAGE(name=cleaned))
    if len(found) > 1:
        raise AgriCrmError(
            AMBIGUOUS_VILLAGE(
                name=cleaned,
                townships="、".join(entry.township for entry in found),
                example=f"{found[0].township}/{cleaned}",
            )
        )
    return found[0]
