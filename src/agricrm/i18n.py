"""Translatable text for code that must not import Qt.

Domain rules and services describe errors and labels as `Text` (a Qt translation context plus
the English source), marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects them
into the same catalogue as the GUI's ``tr()`` strings.  The GUI renders them through
``QCoreApplication.translate``; the command line through `Catalog`, which reads the same ``.ts``
file without Qt, so a clerk sees the same Chinese wording in a dialog and in a terminal.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

from agricrm.resources import resource_path

Translate = Callable[[str, str], str]

DEFAULT_LANGUAGE = "zh_CN"
SUPPORTED_LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Text:
    """A user-visible string before translation."""

    context: str
    source: str

    def __call__(self, **params: object) -> Message:
        return Message(self, params)

    def render(self, translate: Translate) -> str:
        return translate(self.context, self.source)

    def __str__(self) -> str:
        return self.source


@dataclass(frozen=True)
class Message:
    """A `Text` with the values for its ``{placeholders}``; values may be texts themselves."""

    text: Text
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate) -> str:
        values = {
            key: value.render(translate) if isinstance(value, Text | Message) else value
            for key, value in self.params.items()
        }
        return self.text.render(translate).format(**values)

    def __str__(self) -> str:
        return self.render(untranslated)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    return Text(context, source)


def untranslated(_context: str, source: str) -> str:
    return source


class Catalog:
    """The zh_CN (or another) catalogue read straight from the Qt Linguist ``.ts`` file."""

    def __init__(self, entries: Mapping[tuple[str, str], str]) -> None:
        self._entries = dict(entries)

    @classmethod
    def from_ts(cls, path: os.PathLike[str] | str) -> Catalog:
        entries: dict[tuple[str, str], str] = {}
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                forms = translation.findall("numerusform")
                text = forms[0].text if forms else translation.text
                entries[(name, message.findtext("source", ""))] = text or ""
        return cls(entries)

    def translate(self, context: str, source: str) -> str:
        return self._entries.get((context, source)) or source

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._entries


@cache
def catalog(language: str) -> Catalog | None:
    """The catalogue for `language`, or None for English (the source language)."""
    if language == "en":
        return None
    try:
        return Catalog.from_ts(resource_path("translations", f"agricrm_{language}.ts"))
    except (OSError, ET.ParseError):
        return None  # messages still reach the user, in English


def cli_language() -> str:
    language = os.environ.get("AGRICRM_LANG", DEFAULT_LANGUAGE)
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def render_for_cli(text: Text | Message) -> str:
    found = catalog(cli_language())
    return text.render(found.translate if found else untranslated)
