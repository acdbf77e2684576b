"""Reading and checking a named-list rules document (JSON as kept and as synced).

One walk over the document collects every problem as a `FieldError` named by its path
(``posts[2].code``, ``quotas.teller``, ``eligibility.segments[0]``, ``targets.growth_percent``),
so the rules screen can mark the entry and a sync import can name it; nothing is guessed or
replaced by a default.  The same walk builds the typed `NamedListRules` when there is no
problem, so what was checked is what is used.

Bounds that are not obvious: a quota is a whole number from 0 to 10,000 (below zero is named as
such); a yearly growth target from 0 to 100 % (beyond that the gold customers would more than
double every year); a share from 0 to 100 %; an average per member of staff from 0 to 1,000;
the notice interval from 1 to 12 months (a yearly notice is the least a "regular" notice means).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

from agricrm.domain.classification.facts import DEFAULT_CATALOGUE, CardLevel, Segment
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.named_list.rules import (
    SCHEMA,
    Eligibility,
    NamedListRules,
    Post,
    Targets,
)
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

MISSING = QT_TRANSLATE_NOOP("NamedList", "This entry is missing.")
NOT_A_SECTION = QT_TRANSLATE_NOOP("NamedList", "Expected a group of entries here.")
NOT_A_LIST = QT_TRANSLATE_NOOP("NamedList", "Expected a list here.")
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("NamedList", 'Unknown entry "{key}".')
NOT_A_NUMBER = QT_TRANSLATE_NOOP("NamedList", 'Enter a number here ("{value}" is not a number).')
NOT_WHOLE = QT_TRANSLATE_NOOP("NamedList", "Enter a whole number.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("NamedList", "Enter a number from {low} to {high}.")
QUOTA_NEGATIVE = QT_TRANSLATE_NOOP("NamedList", "A quota cannot be below zero.")
NOT_A_CODE = QT_TRANSLATE_NOOP(
    "NamedList",
    "A post code is lower-case letters, digits and _ (such as lobby_manager), starting with a "
    "letter, at most {max} characters.",
)
NAME_REQUIRED = QT_TRANSLATE_NOOP("NamedList", "Give the post's name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("NamedList", "A name has at most {max} characters.")
POST_TWICE = QT_TRANSLATE_NOOP("NamedList", 'The post "{code}" is listed twice.')
POST_NAME_TWICE = QT_TRANSLATE_NOOP("NamedList", 'Two posts are named "{name}".')
NO_POSTS = QT_TRANSLATE_NOOP("NamedList", "List at least one post.")
UNKNOWN_POST = QT_TRANSLATE_NOOP(
    "NamedList", 'A quota for "{code}", which is not in the list of posts.'
)
UNKNOWN_CODE = QT_TRANSLATE_NOOP("NamedList", 'Unknown code "{code}".')
UNKNOWN_PRODUCT = QT_TRANSLATE_NOOP("NamedList", '"{code}" is not in the product catalogue.')
LISTED_TWICE = QT_TRANSLATE_NOOP("NamedList", '"{code}" is listed twice.')
NO_CONDITION = QT_TRANSLATE_NOOP(
    "NamedList", "Give at least one condition: a segment or a lowest card level."
)
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "NamedList",
    "These rules were written by a newer AgriCRM (schema {schema}); update AgriCRM to use them.",
)
UNKNOWN_SCHEMA = QT_TRANSLATE_NOOP("NamedList", "Unknown rules schema {schema}.")

CODE_MAX = 40
NAME_MAX = 60
QUOTA_MAX = 10_000
_CODE = re.compile(r"[a-z][a-z0-9_]*")
_TOP = (
    "schema",
    "version",
    "posts",
    "quotas",
    "eligibility",
    "required_products",
    "targets",
    "notice_months",
)
_TARGET_BOUNDS = {
    "growth_percent": (Decimal(0), Decimal(100)),
    "share_percent": (Decimal(0), Decimal(100)),
    "per_staff": (Decimal(0), Decimal(1000)),
}
_SEGMENTS = tuple(segment.value for segment in Segment)
_CARD_LEVELS = tuple(level.value for level in CardLevel)
_ABSENT = object()


def check_named_list_rules(
    document: NamedListRules | Mapping[str, Any],
    catalogue: Collection[str] = DEFAULT_CATALOGUE,
) -> list[FieldError]:
    """Every problem of a named-list rules document (typed or as JSON), each named by its
    entry's path.  `catalogue` is the branch's product codes: only those may be required."""
    if isinstance(document, NamedListRules):
        document = document.to_json()
    reader = _Reader(catalogue)
    reader.document(document)
    return reader.errors


def named_list_rules_from_json(
    document: Mapping[str, Any], catalogue: Collection[str] = DEFAULT_CATALOGUE
) -> NamedListRules:
    """The typed rules of a valid document; raises `ValidationFailed` listing every problem."""
    reader = _Reader(catalogue)
    rules = reader.document(document)
    if reader.errors or rules is None:
        raise ValidationFailed(reader.errors)
    return rules


class _Reader:
    """One walk over a document: typed parts where an entry is valid, errors where not.  A part
    with a problem is None, and whatever depends on it is not built."""

    def __init__(self, catalogue: Collection[str]) -> None:
        self.catalogue = catalogue
        self.errors: list[FieldError] = []
        self.post_codes: dict[str, None] | None = None  # the codes of the posts read, even if some
        # other post is bad, so a quota for a post nobody listed is still named

    def fail(self, path: str, message: Text | Message) -> None:
        self.errors.append(FieldError(path, message))

    def section(
        self, value: Any, path: str, keys: Sequence[str], optional: Sequence[str] = ()
    ) -> Mapping[str, Any] | None:
        if value is _ABSENT:
            return None
        if not isinstance(value, Mapping):
            self.fail(path, NOT_A_SECTION)
            return None
        for key in value:
            if key not in keys and key not in optional:
                self.fail(_join(path, str(key)), UNKNOWN_ENTRY(key=key))
        for key in keys:
            if key not in value:
                self.fail(_join(path, key), MISSING)
        return value

    def number(self, value: Any, path: str, low: Decimal, high: Decimal) -> Decimal | None:
        if value is _ABSENT:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            self.fail(path, NOT_A_NUMBER(value=value))
            return None
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            self.fail(path, NOT_A_NUMBER(value=value))
            return None
        if number < low or number > high:
            self.fail(path, OUT_OF_RANGE(low=_show(low), high=_show(high)))
            return None
        return number

    def whole(self, value: Any, path: str, low: int, high: int) -> int | None:
        number = self.number(value, path, Decimal(low), Decimal(high))
        if number is None:
            return None
        if number != number.to_integral_value():
            self.fail(path, NOT_WHOLE)
            return None
        return int(number)

    def code(self, value: Any, path: str, allowed: Collection[str]) -> str | None:
        if value is _ABSENT:
            return None
        if not isinstance(value, str) or value not in allowed:
            self.fail(path, UNKNOWN_CODE(code=value))
            return None
        return value

    def codes(
        self, value: Any, path: str, allowed: Collection[str], unknown: Text
    ) -> tuple[str, ...] | None:
        if value is _ABSENT:
            return None
        if not isinstance(value, list | tuple):
            self.fail(path, NOT_A_LIST)
            return None
        good = True
        seen: list[str] = []
        for index, code in enumerate(value):
            item = f"{path}[{index}]"
            if not isinstance(code, str) or code not in allowed:
                self.fail(item, unknown(code=code))
                good = False
            elif code in seen:
                self.fail(item, LISTED_TWICE(code=code))
                good = False
            else:
                seen.append(code)
        return tuple(seen) if good else None

    # ------------------------------------------------------------------ the document

    def document(self, value: Any) -> NamedListRules | None:
        doc = self.section(value, "", _TOP)
        if doc is None:
            return None
        schema = doc.get("schema", _ABSENT)
        if schema is not _ABSENT:
            if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA:
                self.fail("schema", NEWER_SCHEMA(schema=schema))
                return None
            if schema != SCHEMA or isinstance(schema, bool):
                self.fail("schema", UNKNOWN_SCHEMA(schema=schema))
                return None
        version = self.whole(doc.get("version", _ABSENT), "version", 1, 1_000_000)
        posts = self.posts(doc.get("posts", _ABSENT))
        quotas = self.quotas(doc.get("quotas", _ABSENT))
        eligibility = self.eligibility(doc.get("eligibility", _ABSENT))
        required = self.codes(
            doc.get("required_products", _ABSENT),
            "required_products",
            self.catalogue,
            UNKNOWN_PRODUCT,
        )
        targets = self.targets(doc.get("targets", _ABSENT))
        notice = self.whole(doc.get("notice_months", _ABSENT), "notice_months", 1, 12)
        if (
            self.errors
            or version is None
            or posts is None
            or quotas is None
            or eligibility is None
            or required is None
            or targets is None
            or notice is None
        ):
            return None
        typed = tuple(Post(code, name, quotas[code]) for code, name in posts)
        return NamedListRules(version, typed, eligibility, required, targets, notice)

    def posts(self, value: Any) -> list[tuple[str, str]] | None:
        """(code, name) in the branch's order; a code or a name used twice is named where it
        is used the second time."""
        if value is _ABSENT:
            return None
        if not isinstance(value, list | tuple):
            self.fail("posts", NOT_A_LIST)
            return None
        if not value:
            self.fail("posts", NO_POSTS)
            return None
        read: list[tuple[str, str]] = []
        codes: dict[str, None] = {}  # ordered like the posts
        self.post_codes = codes
        names: set[str] = set()
        good = True
        for index, entry in enumerate(value):
            path = f"posts[{index}]"
            doc = self.section(entry, path, ("code", "name"))
            if doc is None:
                good = False
                continue
            code, name = doc.get("code", _ABSENT), doc.get("name", _ABSENT)
            if code is not _ABSENT:
                if not isinstance(code, str) or not _CODE.fullmatch(code) or len(code) > CODE_MAX:
                    self.fail(f"{path}.code", NOT_A_CODE(max=CODE_MAX))
                    code = _ABSENT
                elif code in codes:
                    self.fail(f"{path}.code", POST_TWICE(code=code))
                    code = _ABSENT
                else:
                    codes[code] = None
            if name is not _ABSENT:
                text = " ".join(name.split()) if isinstance(name, str) else ""
                if not text:
                    self.fail(f"{path}.name", NAME_REQUIRED)
                    name = _ABSENT
                elif len(text) > NAME_MAX:
                    self.fail(f"{path}.name", NAME_TOO_LONG(max=NAME_MAX))
                    name = _ABSENT
                elif text in names:
                    self.fail(f"{path}.name", POST_NAME_TWICE(name=text))
                    name = _ABSENT
                else:
                    names.add(text)
                    name = text
            if code is _ABSENT or name is _ABSENT:
                good = False
            else:
                read.append((code, name))
        return read if good else None

    def quotas(self, value: Any) -> dict[str, int] | None:
        """Each post's minimum; a quota for a post not in the list is named, not ignored."""
        if value is _ABSENT:
            return None
        if not isinstance(value, Mapping):
            self.fail("quotas", NOT_A_SECTION)
            return None
        known = self.post_codes
        read: dict[str, int] = {}
        for code, quota in value.items():
            path = _join("quotas", str(code))
            if known is not None and code not in known:
                self.fail(path, UNKNOWN_POST(code=code))
                continue
            if (
                isinstance(quota, int | float | Decimal)
                and not isinstance(quota, bool)
                and quota < 0
            ):
                self.fail(path, QUOTA_NEGATIVE)
                continue
            whole = self.whole(quota, path, 0, QUOTA_MAX)
            if whole is not None:
                read[str(code)] = whole
        if known is None:
            return None
        for code in [code for code in known if code not in value]:
            self.fail(_join("quotas", code), MISSING)
        return read if len(read) == len(known) else None

    def eligibility(self, value: Any) -> Eligibility | None:
        doc = self.section(value, "eligibility", ("segments",), ("min_card_level",))
        if doc is None:
            return None
        segments = self.codes(
            doc.get("segments", _ABSENT), "eligibility.segments", _SEGMENTS, UNKNOWN_CODE
        )
        level = doc.get("min_card_level", _ABSENT)
        card = self.code(level, "eligibility.min_card_level", _CARD_LEVELS)
        if segments is None or (level is not _ABSENT and card is None):
            return None
        if not segments and card is None:
            self.fail("eligibility", NO_CONDITION)
            return None
        return Eligibility(segments, card)

    def targets(self, value: Any) -> Targets | None:
        doc = self.section(value, "targets", ("card_level", *_TARGET_BOUNDS))
        if doc is None:
            return None
        card = self.code(doc.get("card_level", _ABSENT), "targets.card_level", _CARD_LEVELS)
        figures = {
            key: self.number(doc.get(key, _ABSENT), f"targets.{key}", low, high)
            for key, (low, high) in _TARGET_BOUNDS.items()
        }
        growth, share, per_staff = figures.values()
        if card is None or growth is None or share is None or per_staff is None:
            return None
        return Targets(card, growth, share, per_staff)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _show(value: Decimal) -> str:
    """A bound as people write it: 100, 0.5 (never 1E+2)."""
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
