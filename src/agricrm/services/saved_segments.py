"""Saved segments: a customer-list filter kept under a name ("三镇优质客户"), to open the list
on it again or to print its call list.

A segment is the filter, not the customers: opened later it lists whoever matches then, and
each user sees only the customers they may see (an officer's copy of a manager's segment
lists the officer's own).  The segments are one branch setting (`SETTING_KEY`), a list of
``{"name", "owner", "query"}``: no table and no migration for a handful of names.  Every
user may save a segment; its owner or a branch manager may rename or delete it.  The
officer and the list's order are not kept: the same segment serves every user.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.classification.facts import Dimension
from agricrm.domain.enums import BusinessMode, CreditGrade, CustomerStatus
from agricrm.domain.errors import FieldError, NotFound, PermissionDenied, ValidationFailed
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import AppSetting
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.settings import read_setting, store_setting

SETTING_KEY = "customer_list.segments"
NAME_LENGTH = 40

NAME_MISSING = QT_TRANSLATE_NOOP("Segments", "Give the segment a name")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Segments", "A segment's name has at most 40 characters")
NAME_TAKEN = QT_TRANSLATE_NOOP("Segments", "A segment of this name exists already")
NO_SUCH_SEGMENT = QT_TRANSLATE_NOOP("Segments", "This segment no longer exists")
NOT_YOUR_SEGMENT = QT_TRANSLATE_NOOP(
    "Segments", "Only the officer who saved this segment or a branch manager can change it"
)


@dataclass(frozen=True)
class SavedSegment:
    name: str
    owner_id: int
    query: CustomerQuery


def query_to_json(query: CustomerQuery) -> dict[str, Any]:
    """The filter part of a query (text, places, status, modes, classes, archived)."""
    return {
        "text": query.text,
        "township": query.township,
        "village": query.village,
        "business_mode": query.business_mode,
        "credit_grade": query.credit_grade,
        "status": query.status,
        "include_archived": query.include_archived,
        "classes": {dimension.value: code for dimension, code in query.classes},
    }


def _member(kind: Any, value: Any) -> Any:
    """The enum member a stored value names; None for none or a value this release does not
    know (a newer release's): the filter is then wider, never empty by mistake."""
    try:
        return kind(value) if value is not None else None
    except ValueError:
        return None


def query_from_json(raw: Mapping[str, Any]) -> CustomerQuery:
    query = CustomerQuery(
        text=str(raw.get("text") or ""),
        township=raw.get("township") or None,
        village=raw.get("village") or None,
        business_mode=_member(BusinessMode, raw.get("business_mode")),
        credit_grade=_member(CreditGrade, raw.get("credit_grade")),
        status=_member(CustomerStatus, raw.get("status")),
        include_archived=bool(raw.get("include_archived")),
    )
    classes = raw.get("classes") or {}
    for code in Dimension:
        if isinstance(classes, dict) and classes.get(code.value):
            query = query.with_class(code, str(classes[code.value]))
    return query


def _read(db: Database, actor: Actor) -> list[dict[str, Any]]:
    stored = read_setting(db, actor, SETTING_KEY)
    return [entry for entry in stored or [] if isinstance(entry, dict) and entry.get("name")]


def saved_segments(db: Database, actor: Actor) -> list[SavedSegment]:
    """The branch's saved segments by name (every user may open every segment)."""
    return sorted(
        (
            SavedSegment(
                str(entry["name"]),
                int(entry.get("owner") or 0),
                query_from_json(entry["query"] if isinstance(entry.get("query"), dict) else {}),
            )
            for entry in _read(db, actor)
        ),
        key=lambda segment: segment.name,
    )


def _checked_name(name: str, taken: list[str]) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationFailed([FieldError("name", NAME_MISSING)])
    if len(cleaned) > NAME_LENGTH:
        raise ValidationFailed([FieldError("name", NAME_TOO_LONG)])
    if cleaned.casefold() in {other.casefold() for other in taken}:
        raise ValidationFailed([FieldError("name", NAME_TAKEN)])
    return cleaned


def _change(db: Database, actor: Actor, change: Callable[[list[dict[str, Any]]], Any]) -> Any:
    """Read the list, let `change` edit it, store it: in one write, so two saves at once
    cannot lose one another."""
    with db.write(actor, Cause.FORM) as session:
        setting = session.get(AppSetting, SETTING_KEY)
        stored = json.loads(setting.value_json) if setting is not None else []
        entries = [e for e in stored if isinstance(e, dict) and e.get("name")]
        result = change(entries)
        store_setting(session, SETTING_KEY, entries)
        return result


def save_segment(db: Database, actor: Actor, name: str, query: CustomerQuery) -> SavedSegment:
    """Keep `query`'s filter under a new name."""

    def add(entries: list[dict[str, Any]]) -> SavedSegment:
        cleaned = _checked_name(name, [str(entry["name"]) for entry in entries])
        entries.append({"name": cleaned, "owner": actor.user_id, "query": query_to_json(query)})
        return SavedSegment(cleaned, actor.user_id, query_from_json(query_to_json(query)))

    result: SavedSegment = _change(db, actor, add)
    return result


def _find(entries: list[dict[str, Any]], actor: Actor, name: str) -> dict[str, Any]:
    entry = next((e for e in entries if e["name"] == name), None)
    if entry is None:
        raise NotFound(NO_SUCH_SEGMENT)
    if not actor.is_manager and int(entry.get("owner") or 0) != actor.user_id:
        raise PermissionDenied(NOT_YOUR_SEGMENT)
    return entry


def rename_segment(db: Database, actor: Actor, name: str, new_name: str) -> None:
    def rename(entries: list[dict[str, Any]]) -> None:
        entry = _find(entries, actor, name)
        others = [str(e["name"]) for e in entries if e is not entry]
        entry["name"] = _checked_name(new_name, others)

    _change(db, actor, rename)


def delete_segment(db: Database, actor: Actor, name: str) -> None:
    def remove(entries: list[dict[str, Any]]) -> None:
        entries.remove(_find(entries, actor, name))

    _change(db, actor, remove)
