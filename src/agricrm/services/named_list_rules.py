"""The named-list rules (posts and quotas, eligibility, required products, targets) as a
branch setting, and in sync packages.

Kept like the classification rules (`services.classes`): the setting `named_list.rules` holds
the document with its version (`DEFAULT_NAMED_LIST_RULES` while none was saved); everyone
reads them (a maintainer's own list shows their quota), managers save them, each save checked
against the branch's product catalogue and given the next version.  A package carries the
saved document in its metadata sheet (key `named_list_rules`), and an import adopts it only
when its version is higher than the device's: the version is a counter, not a clock.
Nothing is derived from these rules and stored, so adopting them recomputes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.classification.facts import DEFAULT_CATALOGUE
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.named_list.document import (
    check_named_list_rules,
    named_list_rules_from_json,
)
from agricrm.domain.named_list.rules import DEFAULT_NAMED_LIST_RULES, NamedListRules
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import AppSetting, Product
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.settings import store_setting

RULES_KEY = "named_list.rules"
PACKAGE_KEY = "named_list_rules"
"""The key of the rules document in a sync package's metadata sheet."""
NOT_JSON = QT_TRANSLATE_NOOP("NamedList", "The named-list rules in this package are unreadable")


def _catalogue(connection: Connection) -> frozenset[str]:
    """The branch's product codes (retired ones too: a rule may still name them); the default
    catalogue until the branch has its own."""
    codes = frozenset(connection.scalars(select(Product.code).where(Product.deleted.is_(False))))
    return codes or DEFAULT_CATALOGUE


def named_list_rules_on(connection: Connection) -> NamedListRules:
    """The rules stored in the branch's settings (the defaults when none were saved), inside
    the caller's transaction."""
    raw = connection.scalar(select(AppSetting.value_json).where(AppSetting.key == RULES_KEY))
    if raw is None:
        return DEFAULT_NAMED_LIST_RULES
    return named_list_rules_from_json(json.loads(raw), _catalogue(connection) | DEFAULT_CATALOGUE)


def read_named_list_rules(db: Database, actor: Actor) -> NamedListRules:
    """The branch's named-list rules; every user may read them (every maintainer sees their
    quota and their customers' required products)."""
    with db.read() as session:
        return named_list_rules_on(session.connection())


def save_named_list_rules(
    db: Database, actor: Actor, document: NamedListRules | Mapping[str, Any]
) -> NamedListRules:
    """Check and store new rules as the next version (a manager's decision); raises
    `ValidationFailed` with every problem named by its path (``quotas.teller``) and stores
    nothing then.  Returns the rules as saved."""
    policy.ensure_manager(actor)
    with db.write(actor, Cause.FORM) as session:
        connection = session.connection()
        catalogue = _catalogue(connection)
        errors = check_named_list_rules(document, catalogue)
        if errors:
            raise ValidationFailed(errors)
        raw = document.to_json() if isinstance(document, NamedListRules) else dict(document)
        raw["version"] = named_list_rules_on(connection).version + 1
        rules = named_list_rules_from_json(raw, catalogue)
        store_setting(session, RULES_KEY, rules.to_json())
        return rules


def stored_named_list_document(connection: Connection) -> str | None:
    """The branch's saved rules as JSON text, for a sync package (None while the branch uses
    the defaults: every device has those already)."""
    return connection.scalar(select(AppSetting.value_json).where(AppSetting.key == RULES_KEY))


def incoming_named_list_rules(
    connection: Connection, document: str
) -> tuple[NamedListRules | None, list[FieldError]]:
    """Rules a package brings: the typed rules when newer than this device's (a higher
    version), None when not, and every problem of a document that cannot be used, named by
    its path in the document."""
    try:
        raw = json.loads(document)
    except ValueError:
        return None, [FieldError(PACKAGE_KEY, NOT_JSON)]
    if not isinstance(raw, dict):
        return None, [FieldError(PACKAGE_KEY, NOT_JSON)]
    catalogue = _catalogue(connection) | DEFAULT_CATALOGUE
    errors = check_named_list_rules(raw, catalogue)
    if errors:
        return None, errors
    rules = named_list_rules_from_json(raw, catalogue)
    return (rules if rules.version > named_list_rules_on(connection).version else None), []


def adopt_named_list_rules(session: Session, rules: NamedListRules) -> None:
    """Store rules that arrived in a package, inside the import's transaction (an import that
    fails keeps the previous rules)."""
    store_setting(session, RULES_KEY, rules.to_json())
