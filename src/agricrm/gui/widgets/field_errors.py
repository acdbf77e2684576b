"""Validation messages that never move a field.

An error line inserted under its field pushed every field below it down, so a click aimed at
the next field landed on the one before it; and it stayed there after the value was fixed.
Now a field with a problem is tinted (the colour of a bad cell in an editable table) and
carries its message as a tooltip, and the form's message panel, of a fixed height above its
buttons, lists every problem as "Field: message", the field's name a link that brings the
field into view.  When a field with a problem changes, the form is checked again (by the
same service check that saving runs) and its message is updated or taken away.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from agricrm.domain.errors import FieldError
from agricrm.gui import style
from agricrm.gui.qt_text import qt_tr

ERROR_COLOUR = style.DANGER
INFO_COLOUR = style.SUCCESS
TINT = QColor(style.ERROR_TINT)
FIELD_LINK = "field:"
RECHECK_DELAY_MS = 250
_TAGS = re.compile(r"<[^>]+>")


def tint(widget: QWidget, on: bool) -> None:
    """Tint a field's background to mark a problem, keeping the style's own look otherwise."""
    if on:
        palette = widget.palette()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, TINT)
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())
    widget.setProperty("fieldError", on)


def plain(text: str) -> str:
    return html.unescape(_TAGS.sub("", text))


class MessagePanel(QScrollArea):
    """The form's message area: one message (a problem, or a confirmation after saving) and
    the list of field problems.  Its height is fixed, so messages coming and going move
    nothing; a longer list scrolls."""

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._label.linkActivated.connect(self.linkActivated)
        self.setWidget(self._label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self._label.setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._message = ""
        self._colour = ERROR_COLOUR
        self._lines: list[str] = []
        self.set_visible_lines(lines)

    def set_visible_lines(self, lines: int) -> None:
        self._visible_lines = lines
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 4)

    def changeEvent(self, event: QEvent) -> None:
        """The larger text applies at once: the panel keeps showing as many lines."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.set_visible_lines(self._visible_lines)

    def set_message(self, text: str, kind: str = "error") -> None:
        """One message above the list: "error" in red, "info" (a confirmation) in green."""
        self._message = text
        self._colour = INFO_COLOUR if kind == "info" else ERROR_COLOUR
        self._render()

    def setText(self, text: str) -> None:
        self.set_message(text)

    def set_lines(self, lines: Sequence[str]) -> None:
        """The field problems, as rich text lines."""
        self._lines = list(lines)
        self._render()

    def clear(self) -> None:
        self._message = ""
        self._lines = []
        self._render()

    def message(self) -> str:
        return self._message

    def text(self) -> str:
        """Everything shown, as plain text."""
        return "\n".join(plain(part) for part in (self._message, *self._lines) if part)

    def _render(self) -> None:
        parts = []
        if self._message:
            parts.append(f"<div style='color:{self._colour}'>{self._message}</div>")
        parts.extend(f"<div style='color:{ERROR_COLOUR}'>• {line}</div>" for line in self._lines)
        self._label.setText("".join(parts))
        self.verticalScrollBar().setValue(0)


def _form_label(widget: QWidget) -> str:
    """The text of the label that names `widget`, without its mnemonic: the label whose buddy
    it is (two fields on one row of a form each have their own), else the label a form layout
    shows on its row."""
    parent = widget.parentWidget()
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget:
                return _without_mnemonic(label.text())
    pending = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while pending:
        layout = pending.pop()
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(widget)
            if row < 0:
                for index in range(layout.count()):
                    item = layout.itemAt(index)
                    if item.layout() is not None and _holds(item.layout(), widget):
                        row, _role = layout.getLayoutPosition(item.layout())
                        break
            if row >= 0:
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel | QAbstractButton):
                    return _without_mnemonic(label.text())
        for index in range(layout.count()):
            child = layout.itemAt(index).layout()
            if child is not None:
                pending.append(child)
    return widget.accessibleName()


def _holds(layout: object, widget: QWidget) -> bool:
    for index in range(layout.count()):  # type: ignore[attr-defined]
        item = layout.itemAt(index)  # type: ignore[attr-defined]
        if item.widget() is widget or (item.layout() is not None and _holds(item.layout(), widget)):
            return True
    return False


def _without_mnemonic(text: str) -> str:
    text = re.sub(r"[(（]&\w[)）]", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":：")


Recheck = Callable[[], Iterable[FieldError]]


class FieldErrors(QObject):
    """The problems of a form's fields, shown on the fields and in its message panel.

    `recheck` returns the form's problems as saving would find them now; with it, a field
    showing a problem is checked again shortly after it changes, so a fixed value loses its
    message at once and a still-wrong one gets the current reason.  Without it, a change
    simply takes the field's message away."""

    linkActivated = Signal(str)  # a link in a message other than a field's name

    def __init__(
        self,
        fields: Mapping[str, QWidget],
        panel: MessagePanel,
        recheck: Recheck | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or panel)
        self._widgets = dict(fields)
        self._names = {name: _form_label(widget) for name, widget in self._widgets.items()}
        self._texts: dict[str, str] = {}
        self._panel = panel
        self._recheck = recheck
        self._header = ""
        self._timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        panel.linkActivated.connect(self._link)
        for name, widget in self._widgets.items():
            for signal in _change_signals(widget):
                signal.connect(lambda *_args, name=name: self._edited(name))

    # ----------------------------------------------------------------- showing

    def set(self, name: str, text: str | None) -> None:
        """Show `text` (rich text) as the problem of field `name`, or take its problem away."""
        widget = self._widgets[name]
        if text:
            self._texts[name] = text
        else:
            self._texts.pop(name, None)
        tint(widget, bool(text))
        widget.setToolTip(plain(text) if text else "")
        self._render()

    def show(self, errors: Iterable[FieldError], header: str) -> QWidget | None:
        """Show these problems in place of the earlier ones; return the widget of the first
        field with a problem, in the form's order.  `header` goes above the list (what
        happened: nothing was saved); problems of no field of this form are added to it."""
        self.clear()
        others = []
        for error in errors:
            text = qt_tr(error.message)
            if error.field in self._widgets:
                if error.field not in self._texts:
                    self.set(error.field, text)
            else:
                others.append(html.escape(text))
        if self._texts or others:
            self._header = " ".join([*others, header] if others else [header])
            self._panel.set_message(self._header)
        return next((w for name, w in self._widgets.items() if name in self._texts), None)

    def clear(self) -> None:
        for name in list(self._texts):
            self.set(name, None)
        self._timer.stop()
        if self._header and self._panel.message() == self._header:
            self._panel.set_message("")
        self._header = ""

    def text(self, name: str) -> str:
        """The problem shown for field `name`, as plain text ("" when none)."""
        return plain(self._texts.get(name, ""))

    def shown(self) -> dict[str, str]:
        return {name: plain(text) for name, text in self._texts.items()}

    def label(self, name: str) -> str:
        """The field's name as its form shows it (used in the panel)."""
        return self._names[name]

    def widget(self, name: str) -> QWidget | None:
        return self._widgets.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._widgets

    def _render(self) -> None:
        lines = []
        for name in self._widgets:  # in the form's order
            if name in self._texts:
                label = html.escape(self._names[name] or name)
                lines.append(f"<a href='{FIELD_LINK}{name}'>{label}</a>：{self._texts[name]}")
        self._panel.set_lines(lines)
        if not self._texts and self._header and self._panel.message() == self._header:
            self._panel.set_message("")
            self._header = ""

    # ----------------------------------------------------------------- changing

    def _edited(self, name: str) -> None:
        if name not in self._texts:
            return
        if self._recheck is None:
            self.set(name, None)
        else:
            self._timer.start()

    def recheck(self) -> None:
        """Check the form again and update the problems it shows (none are added)."""
        self._timer.stop()
        if self._recheck is None or not self._texts:
            return
        found: dict[str, str] = {}
        for error in self._recheck():
            found.setdefault(error.field, qt_tr(error.message))
        for name in list(self._texts):
            now = found.get(name)
            if now is None:
                self.set(name, None)
            elif plain(now) != plain(self._texts[name]):
                self.set(name, now)

    def _link(self, link: str) -> None:
        if link.startswith(FIELD_LINK):
            widget = self._widgets.get(link[len(FIELD_LINK) :])
            if widget is not None:
                reveal(widget)
        else:
            self.linkActivated.emit(link)


def _change_signals(widget: QWidget) -> list[object]:
    """The signals by which a field's value changes, whatever kind of field it is."""
    if hasattr(widget, "changed"):
        return [widget.changed]  # e.g. DateTimeField
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        signals: list[object] = [widget.currentIndexChanged]
        if widget.isEditable():
            signals.append(widget.editTextChanged)
        return signals
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.editingFinished]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    return []


def reveal(widget: QWidget) -> None:
    """Switch every enclosing tab to the one holding `widget`, then focus it."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        stack_owner = parent.parentWidget() if parent is not None else None
        if isinstance(stack_owner, QTabWidget):
            index = stack_owner.indexOf(child)
            if index >= 0:
                stack_owner.setCurrentIndex(index)
        child = parent
    child = widget.parentWidget()
    while child is not None:  # a long form scrolls to the field (see widgets.scrolling)
        if isinstance(child, QScrollArea):
            child.ensureWidgetVisible(widget)
        child = child.parentWidget()
    widget.setFocus()
