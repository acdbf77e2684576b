"""The branch's complaint rules: its category list and its answer deadlines.

Kept as one JSON value in ``app_settings`` (so a change is saved whole), with the defaults of
`agricrm.domain.complaints` until a manager changes them.  Built-in categories are stored by
code alone and shown in the user's language; a renamed or added one carries its own text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agricrm.db.database import Database
from agricrm.domain.complaints import (
    BUILTIN_LABELS,
    DEFAULT_CATEGORIES,
    ComplaintCategory,
    ComplaintSeverity,
    Deadlines,
    category_label,
    check_categories,
    check_deadlines,
    custom_label,
)
from agricrm.domain.errors import ValidationFailed
from agricrm.i18n import Text
from agricrm.services.actor import Actor
from agricrm.services.policy import ensure_manager
from agricrm.services.settings import read_setting, write_setting

SETTINGS_KEY = "complaints.settings"


@dataclass(frozen=True)
class ComplaintSettings:
    categories: tuple[ComplaintCategory, ...] = DEFAULT_CATEGORIES
    deadlines: Deadlines = field(default_factory=Deadlines)

    @property
    def active_categories(self) -> tuple[ComplaintCategory, ...]:
        return tuple(category for category in self.categories if category.active)

    def label(self, code: str) -> Text:
        return category_label(self.categories, code)


def _decode(raw: Any) -> ComplaintSettings:
    if not isinstance(raw, dict):
        return ComplaintSettings()
    categories = []
    for entry in raw.get("categories") or ():
        code = str(entry.get("code", ""))
        text = entry.get("label")
        label = custom_label(str(text)) if text else BUILTIN_LABELS.get(code, custom_label(code))
        categories.append(ComplaintCategory(code, label, bool(entry.get("active", True))))
    stored_days = raw.get("deadline_days") or {}
    days = {
        severity: int(stored_days.get(severity.value, Deadlines().for_severity(severity)))
        for severity in ComplaintSeverity
    }
    warning = int(raw.get("warning_days", Deadlines().warning_days))
    return ComplaintSettings(
        tuple(categories) or DEFAULT_CATEGORIES, Deadlines(days=days, warning_days=warning)
    )


def _encode(settings: ComplaintSettings) -> dict[str, Any]:
    return {
        "categories": [
            {
                "code": category.code,
                "label": None
                if category.label == BUILTIN_LABELS.get(category.code)
                else category.label.source.strip(),
                "active": category.active,
            }
            for category in settings.categories
        ],
        "deadline_days": {
            severity.value: settings.deadlines.for_severity(severity)
            for severity in ComplaintSeverity
        },
        "warning_days": settings.deadlines.warning_days,
    }


def complaint_settings(db: Database, actor: Actor) -> ComplaintSettings:
    return _decode(read_setting(db, actor, SETTINGS_KEY))


def save_complaint_settings(db: Database, actor: Actor, settings: ComplaintSettings) -> None:
    """Managers only; categories can be renamed, added and retired, never removed."""
    ensure_manager(actor)
    previous = complaint_settings(db, actor)
    errors = check_categories(settings.categories, previous.categories)
    errors += check_deadlines(settings.deadlines)
    if errors:
        raise ValidationFailed(errors)
    write_setting(db, actor, SETTINGS_KEY, _encode(settings))
