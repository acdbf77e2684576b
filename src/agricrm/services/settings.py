"""Branch-wide settings kept in the database, declared once with their defaults.

Window layout and language are per-user preferences and live in the GUI's QSettings instead;
what is here travels with the branch's data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from agricrm.db.database import Database
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


def read_setting(db: Database, key: str) -> Any:
    """The decoded JSON value of a branch setting, or None when it was never saved."""
    with db.read() as session:
        raw = session.scalar(select(AppSetting.value_json).where(AppSetting.key == key))
    return None if raw is None else json.loads(raw)


def write_setting(db: Database, key: str, value: Any) -> None:
    with db.write() as session:
        setting = session.get(AppSetting, key)
        encoded = json.dumps(value, ensure_ascii=False)
        if setting is None:
            session.add(AppSetting(key=key, value_json=encoded))
        else:
            setting.value_json = encoded


def branch_profile(db: Database, actor: Actor) -> BranchProfile:
    stored = read_setting(db, BRANCH_KEY) or {}
    return BranchProfile(**{key: str(stored.get(key, "")) for key in BranchProfile.__annotations__})


def save_branch_profile(db: Database, actor: Actor, profile: BranchProfile) -> None:
    ensure_manager(actor)
    write_setting(db, BRANCH_KEY, profile.__dict__)
