"""What the rules screen shows beside the rules: where the current rules came from, and who the
customers of an effect preview are.

A preview (`classes.preview_rules`) names customers by id only, since it may move thousands;
the screen's list asks for the number, name and village of the rows it draws, a page at a
time (`customer_briefs`), and only of customers the acting user may see.

Where the rules came from is read, not stored anew: `classes.save_rules` marks the version it
saved on this computer (`classes.SAVED_HERE_KEY`); rules whose version is not that one came in
a sync package (`classes.adopt_rules` stores them without the mark), and no stored rules at all
are the defaults every device starts with.  The time is the stored document's own stamp.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from agricrm.db.database import Database
from agricrm.domain.classification.document import check_rules
from agricrm.domain.classification.facts import DEFAULT_CATALOGUE
from agricrm.domain.errors import FieldError
from agricrm.models import AppSetting, Customer, CustomerClasses, Product
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.classes import RULES_KEY, SAVED_HERE_KEY, rules_on

BRIEF_CHUNK = 500
"""Ids per query: well under SQLite's bound-parameter limit."""


@dataclass(frozen=True)
class CustomerBrief:
    """A customer as a list of changed customers names them."""

    id: int
    number: str
    name: str
    township: str
    village: str


def customer_briefs(db: Database, actor: Actor, ids: Sequence[int]) -> dict[int, CustomerBrief]:
    """The number, name and place of those of `ids` the actor may see (deleted files and
    other officers' customers are left out, so the caller shows them as gone)."""
    found: dict[int, CustomerBrief] = {}
    with db.read() as session:
        for start in range(0, len(ids), BRIEF_CHUNK):
            chunk = list(ids[start : start + BRIEF_CHUNK])
            rows = session.execute(
                select(
                    Customer.id,
                    Customer.number,
                    Customer.name,
                    Customer.township,
                    Customer.village,
                ).where(
                    Customer.id.in_(chunk),
                    Customer.deleted.is_(False),
                    policy.visible_customers(actor),
                )
            )
            found.update({row[0]: CustomerBrief(*row) for row in rows})
    return found


class RulesSource(StrEnum):
    DEFAULT = "default"  # nothing stored: the rules every device starts with
    SAVED_HERE = "saved_here"  # a manager saved them on this computer
    PACKAGE = "package"  # adopted from a sync package


@dataclass(frozen=True)
class RulesOrigin:
    version: int
    source: RulesSource
    stored_at: dt.datetime | None  # when this computer stored them (None for the defaults)


def rules_origin(db: Database, actor: Actor) -> RulesOrigin:
    """The version of the branch's rules, where they came from and when.  Every user may ask
    (every user may read the rules)."""
    with db.read() as session:
        connection = session.connection()
        version = rules_on(connection).version
        stored = session.execute(
            select(AppSetting.key, AppSetting.value_json, AppSetting.updated_at).where(
                AppSetting.key.in_((RULES_KEY, SAVED_HERE_KEY))
            )
        ).all()
    by_key = {key: (value, at) for key, value, at in stored}
    if RULES_KEY not in by_key:
        return RulesOrigin(version, RulesSource.DEFAULT, None)
    at = by_key[RULES_KEY][1]
    mark = json.loads(by_key[SAVED_HERE_KEY][0]) if SAVED_HERE_KEY in by_key else None
    saved_here = isinstance(mark, dict) and mark.get("version") == version
    return RulesOrigin(version, RulesSource.SAVED_HERE if saved_here else RulesSource.PACKAGE, at)


def check_document(db: Database, actor: Actor, document: Mapping[str, Any]) -> list[FieldError]:
    """The problems `classes.save_rules` would refuse `document` for, each named by its path,
    against the branch's product catalogue (the default one until the branch has its own),
    so the screen can say them while the manager edits."""
    with db.read() as session:
        codes = frozenset(session.scalars(select(Product.code).where(Product.deleted.is_(False))))
    return check_rules(document, codes or DEFAULT_CATALOGUE)


def classified_count(db: Database, actor: Actor) -> int:
    """How many customers have classes: those a rules change reclassifies (deleted and
    archived files have none).  A manager's question, asked before saving rules: an
    officer is not told how many customers the branch has."""
    policy.ensure_manager(actor)
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(CustomerClasses)) or 0
