"""Branch-wide settings kept in the database, declared once with their defaults.

Window layout and language are per-user preferences and live in the GUI's QSettings instead;
what is here travels with the branch's data.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.errors import ValidationFailed
from agricrm.domain.logo import check_logo, image_type
from agricrm.models import AppSetting
from agricrm.services.actor import Actor
from agricrm.services.policy import ensure_manager


@dataclass(frozen=True)
class BranchProfile:
    name: str = ""
    province: str = ""
    city: str = ""
    county: str = ""


BRANCH_KEY = "branch.profile"
LOGO_KEY = "branch.logo"  # {"type": "image/png", "data": base64}: travels with the branch


def read_setting(db: Database, actor: Actor, key: str) -> Any:
    """The decoded JSON value of a branch setting, or None when it was never saved.  Every
    user of the branch may read its settings: they head every printout and drive the Today
    view of officers and managers alike."""
    with db.read() as session:
        raw = session.scalar(select(AppSetting.value_json).where(AppSetting.key == key))
    return None if raw is None else json.loads(raw)


def write_setting(db: Database, actor: Actor, key: str, value: Any) -> None:
    """Store a branch setting: a branch manager's decision, as every setting here is."""
    ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        store_setting(session, key, value)


def store_setting(session: Session, key: str, value: Any) -> None:
    """Store a setting inside the caller's transaction, so a setting and what follows from it
    (new visit rules and the due dates computed from them) are saved together; the caller has
    checked its actor."""
    setting = session.get(AppSetting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if setting is None:
        session.add(AppSetting(key=key, value_json=encoded))
    else:
        setting.value_json = encoded


def branch_profile(db: Database, actor: Actor) -> BranchProfile:
    stored = read_setting(db, actor, BRANCH_KEY) or {}
    return BranchProfile(**{key: str(stored.get(key, "")) for key in BranchProfile.__annotations__})


def save_branch_profile(db: Database, actor: Actor, profile: BranchProfile) -> None:
    ensure_manager(actor)
    write_setting(db, actor, BRANCH_KEY, profile.__dict__)


def branch_logo(db: Database, actor: Actor) -> bytes | None:
    """The letterhead logo, or None when there is none (or the stored value is unusable)."""
    stored = read_setting(db, actor, LOGO_KEY)
    if not isinstance(stored, dict) or not stored.get("data"):
        return None
    try:
        data = base64.b64decode(stored["data"], validate=True)
    except (binascii.Error, TypeError, ValueError):
        return None
    return data if image_type(data) else None


def save_branch_logo(db: Database, actor: Actor, data: bytes | None) -> None:
    """Store (or with None, remove) the letterhead logo; managers only, images checked."""
    ensure_manager(actor)
    if data is None:
        write_setting(db, actor, LOGO_KEY, None)
        return
    errors = check_logo(data)
    if errors:
        raise ValidationFailed(errors)
    write_setting(
        db,
        actor,
        LOGO_KEY,
        {"type": image_type(data), "data": base64.b64encode(data).decode("ascii")},
    )
