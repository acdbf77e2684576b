"""Find shortcut letters (mnemonics: 客户(&U), Alt+U) that clash within a window.

Two mnemonics clash when they have the same letter and can be on screen at the same time: in
the same window, and not on different pages of one tab widget or stacked widget.  Labels
count when they have a buddy (the field the letter jumps to), buttons, check boxes, group
boxes and tab titles always; widgets hidden on purpose (a button a record's state does not
offer) are left out.  Each menu is its own scope, with the menu bar's titles in the window's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)

Pages = tuple[tuple[int, int], ...]  # (id of a stacked widget, page index) from the top down


@dataclass(frozen=True)
class Holder:
    letter: str
    text: str
    pages: Pages


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) >= 0:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        letter = text[index + 1 : index + 2]
        return letter.lower() if letter.strip() else None
    return None


def _place(widget: QWidget, window: QWidget) -> Pages | None:
    """The pages the widget sits on, or None when it is hidden on purpose."""
    pages: list[tuple[int, int]] = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        if isinstance(parent, QStackedWidget):
            pages.append((id(parent), parent.indexOf(current)))
        elif current.isHidden():
            return None
        current = parent
    return tuple(reversed(pages))


def _text(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return None


def holders(window: QWidget) -> list[Holder]:
    found: list[Holder] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # a dialog of its own
        place = _place(widget, window)
        if place is None:
            continue
        texts = [_text(widget)]
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text or "")
            if letter:
                found.append(Holder(letter, text or "", place))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                found.append(Holder(letter, action.text(), ()))
    return found


def _together(first: Pages, second: Pages) -> bool:
    """Whether two places can be on screen at once: the same page of every shared stack."""
    pages = dict(first)
    return all(pages.get(stack, index) == index for stack, index in second)


def clashes(found: Iterable[Holder]) -> list[tuple[str, str, str]]:
    """(letter, text, text) for every pair that clashes."""
    listed = list(found)
    pairs = []
    for position, first in enumerate(listed):
        for second in listed[position + 1 :]:
            if first.letter == second.letter and _together(first.pages, second.pages):
                pairs.append((first.letter.upper(), first.text, second.text))
    return pairs


def menu_clashes(window: QWidget) -> list[tuple[str, str, str]]:
    """Clashes among the items of each menu the window holds (menus are scopes of their own)."""
    pairs = []
    menus = set(window.findChildren(QMenu))
    if isinstance(window, QMainWindow):
        menus |= {a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    for menu in menus:
        items = [
            Holder(letter, action.text(), ())
            for action in menu.actions()
            if action.isVisible() and (letter := mnemonic(action.text()))
        ]
        pairs.extend(clashes(items))
    return pairs
