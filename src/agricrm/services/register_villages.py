"""Villages a register names that the branch's list lacks: listed in the preview, added all
at once by a manager, or each sent to a village of the list with its group.

The import refuses a customer in a village the list does not hold (a typo is never kept
silently), so a branch's first register would be refused row by row for its villages alone.
The preview lists each missing (township, village) with its rows, and, when the name is a
village of the list followed by a group ("前屯村一组"), proposes that village and group
(`exchange.registers.places`).  A manager adds the missing villages in one step; anyone
importing may send one to an existing village through `RegisterRequest.places`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.exchange.registers.mapping import Proposal
from agricrm.exchange.registers.places import Key, Place, register_places, split_group
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Village
from agricrm.services.actor import Actor
from agricrm.services.policy import ensure_manager
from agricrm.services.villages import (
    NAME_REQUIRED,
    NAME_TOO_LONG,
    VillageEntry,
    list_villages,
    village_exists,
)

NO_TOWNSHIP = QT_TRANSLATE_NOOP(
    "Villages", "{village} has no township in the register; map the township column first."
)


@dataclass(frozen=True)
class MissingVillage:
    """A (township, village) of the register that the branch's list lacks, the register's
    rows naming it, and the village of the list it may mean, with its group (or None)."""

    township: str
    village: str
    rows: tuple[int, ...]
    proposed: Place | None


def missing_villages(
    db: Database, actor: Actor, proposal: Proposal, places: Mapping[Key, Place] | None = None
) -> list[MissingVillage]:
    """The register's villages missing from the list, in the register's order, leaving out
    those the person already sent somewhere (`places`).  Every user may read the village
    list, so every user may see this."""
    register = proposal.register
    at = {c.target: c.column.index for c in proposal.choices if c.target in ("township", "village")}
    if "village" not in at:
        return []
    township_at = at.get("township", len(register.columns) + 1)  # no column: no township
    listed = list_villages(db, actor)
    known = {(v.township, v.name) for v in listed}
    by_township: dict[str, list[str]] = {}
    for entry in listed:
        by_township.setdefault(entry.township, []).append(entry.name)
    found = []
    for (township, village), rows in register_places(register, township_at, at["village"]).items():
        if (township, village) in known or (township, village) in (places or {}):
            continue
        split = split_group(village, by_township.get(township, []))
        proposed = Place(township, split[0], split[1]) if split else None
        found.append(MissingVillage(township, village, tuple(rows), proposed))
    return found


def may_add_villages(actor: Actor) -> bool:
    """Whether `add_villages` would let the actor add them (the wizard offers it only
    then; the service checks again)."""
    return actor.is_manager


def add_villages(
    db: Database, actor: Actor, villages: Sequence[tuple[str, str]]
) -> list[VillageEntry]:
    """Add the (township, village) pairs to the branch's list in one step, all or none;
    those already listed are passed over.  A branch manager's decision: a register can name
    dozens of villages at once, where the customer form adds the one a person typed."""
    ensure_manager(actor)
    cleaned = [(township.strip(), name.strip()) for township, name in villages]
    for township, name in cleaned:
        if not township:
            raise ValidationFailed([FieldError("township", NO_TOWNSHIP(village=name))])
        if not name:
            raise ValidationFailed([FieldError("village", NAME_REQUIRED)])
        if len(township) > 40 or len(name) > 40:
            raise ValidationFailed([FieldError("village", NAME_TOO_LONG)])
    added = []
    with db.write(actor, Cause.FORM) as session:
        for township, name in dict.fromkeys(cleaned):
            if village_exists(session, township, name):
                continue
            village = Village(township=township, name=name)
            session.add(village)
            session.flush()
            added.append(VillageEntry(village.id, township, name))
    return added
