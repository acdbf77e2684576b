"""Render the services' translatable texts with Qt's installed translators."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from agricrm.i18n import Message, Text


def qt_translate(context: str, source: str) -> str:
    """The installed translators' text: an `agricrm.i18n.Translate` for services that name
    things in the branch's language (the usual products)."""
    return QCoreApplication.translate(context, source)


def qt_tr(text: Text | Message) -> str:
    return text.render(qt_translate)


_PLACEHOLDER = re.compile(r"%(\d)")


def arg(template: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` placeholders in one pass (a value may contain "%2")."""
    return _PLACEHOLDER.sub(lambda match: str(values[int(match.group(1)) - 1]), template)
