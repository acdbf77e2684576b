"""Date and time fields that keep what was typed, or say why they cannot.

Qt's QDateEdit edits one section (year, month, day) at a time: with the whole text selected,
typing ``2027-01-10`` over ``2026-07-02`` is refused digit by digit in the year and lands in
the month and day only, so the field shows and saves 2026-01-10 without a word; a maximum date
clamps a typed date the same way.  These fields are line edits instead: the text is the value.
A text that is a date (2027-01-10, 2027/1/10, 2027.1.10, 2027年1月10日, 20270110, full-width
digits too) is taken as that date; any other text stays as typed, is marked, and `problem()`
says why, so the form reports it on the field like any other error.  No range is enforced
here: whether a date may lie in the future is a rule of the domain, which says so in words.

Keys: ↑/↓ a day earlier/later, Page Up/Page Down a month, Alt+↓ or F4 opens the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.errors import FieldError
from agricrm.gui.qt_text import qt_tr
from agricrm.gui.widgets.field_errors import tint
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "DateField", "“{text}” is not a date; write it as year-month-day, e.g. 2026-07-02."
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP("DateField", "There is no such day as {text}.")
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "DateField", "“{text}” is not a time; write it as hour:minute, e.g. 14:30."
)
NO_SUCH_TIME = QT_TRANSLATE_NOOP("DateField", "There is no such time as {text}.")
DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("DateField", "yyyy-mm-dd")
TIME_PLACEHOLDER = QT_TRANSLATE_NOOP("DateField", "hh:mm")
OPEN_CALENDAR = QT_TRANSLATE_NOOP("DateField", "Choose from a calendar (Alt+↓)")

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_TIME_PATTERNS = (
    re.compile(r"^(\d{1,2})\s*[:.时点]\s*(\d{1,2})\s*分?$"),
    re.compile(r"^(\d{1,2})(\d{2})$"),
    re.compile(r"^(\d{1,2})\s*[时点]\s*(?:整)?()$"),
)

Problem = Text | Message
Parsed = tuple[Any, Problem | None]


def _folded(text: str) -> str:
    """Full-width digits and punctuation as ASCII (an IME often types them), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> tuple[dt.date | None, Problem | None]:
    """(date, None) for a date, (None, None) for an empty text, (None, why) otherwise."""
    folded = _folded(text)
    if not folded:
        return None, None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(folded)
        if match:
            try:
                return dt.date(*(int(part) for part in match.groups())), None
            except ValueError:
                return None, NO_SUCH_DAY(text=text.strip())
    return None, NOT_A_DATE(text=text.strip())


def parse_time(text: str) -> tuple[dt.time | None, Problem | None]:
    """(time, None) for a time of day, (None, None) for an empty text, (None, why) otherwise."""
    folded = _folded(text)
    if not folded:
        return None, None
    for pattern in _TIME_PATTERNS:
        match = pattern.match(folded)
        if match:
            hour, minute = match.group(1), match.group(2) or "0"
            try:
                return dt.time(int(hour), int(minute)), None
            except ValueError:
                return None, NO_SUCH_TIME(text=text.strip())
    return None, NOT_A_TIME(text=text.strip())


def _calendar_icon(colour: QColor) -> QIcon:
    """A small calendar drawn in the text colour (no icon set is bundled yet)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.drawRect(1, 3, 13, 11)
    painter.fillRect(1, 3, 14, 3, colour)
    painter.drawLine(4, 1, 4, 4)
    painter.drawLine(11, 1, 11, 4)
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(column, row, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)


class _TypedField(QLineEdit):
    """A line edit whose text is its value: parsed on every edit, never rewritten unasked."""

    valueChanged = Signal(object)  # the new value (None when empty); not sent for bad text

    def __init__(self, parser: Callable[[str], Parsed], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parser = parser
        self._value: Any = None
        self._problem: Problem | None = None
        self._marked = False
        # as wide as a date needs, like the spin box it replaced, not as wide as a free text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self._finished)

    def value(self) -> Any:
        """The typed value; None when the field is empty or its text is not a value."""
        return self._value

    def problem(self) -> Problem | None:
        """Why the text is not a value, or None (an empty field has no problem here)."""
        return self._problem

    def problem_text(self) -> str | None:
        return None if self._problem is None else qt_tr(self._problem)

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else self._format(value))
        self._text_changed(self.text())  # also while the caller blocks signals

    def _text_changed(self, text: str) -> None:
        value, problem = self._parser(text)
        self._problem = problem
        if problem is None:
            self._mark(False)
            if value != self._value:
                self._value = value
                self.valueChanged.emit(value)
        else:
            self._value = None

    def _finished(self) -> None:
        """Leaving the field: a value is shown in its usual spelling, a bad text is marked."""
        if self._problem is None and self._value is not None:
            spelled = self._format(self._value)
            if spelled != self.text():
                self.setText(spelled)
        self._mark(self._problem is not None)

    def _mark(self, marked: bool) -> None:
        if marked == self._marked:
            return
        self._marked = marked
        self.setToolTip((self.problem_text() or "") if marked else "")
        tint(self, marked)

    def is_marked(self) -> bool:
        """True while the field shows that its text is not a value (after leaving it)."""
        return self._marked

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._problem is not None:
            self._mark(True)


class DateField(_TypedField):
    """A date typed as text, with a calendar to pick from.  ``date()`` is None when empty."""

    dateChanged = Signal(object)  # dt.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parse_date, parent)
        self.setPlaceholderText(qt_tr(DATE_PLACEHOLDER))
        self.valueChanged.connect(self.dateChanged)
        self._calendar_action = QAction(
            _calendar_icon(self.palette().text().color()), qt_tr(OPEN_CALENDAR), self
        )
        self._calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: _CalendarPopup | None = None

    def date(self) -> dt.date | None:
        return self._value

    def setDate(self, day: dt.date | None) -> None:
        self.set_value(day)

    def _format(self, value: Any) -> str:
        return value.isoformat()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self._calendar_action.setVisible(not read_only)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("2026-12-31") + 56
        return QSize(max(hint.width(), wide), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.sizeHint().width()), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        if key in steps and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            if self._problem is None:
                days, months = steps[key]
                start = QDate.currentDate() if self._value is None else _qdate(self._value)
                self.setDate(start.addDays(days).addMonths(months).toPython())
                self.selectAll()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        popup = self._popup = _CalendarPopup(self)
        day = self._value or dt.date.today()
        popup.calendar.setSelectedDate(_qdate(day))
        popup.calendar.clicked.connect(self._picked)
        popup.calendar.activated.connect(self._picked)
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.close()
            self._popup = None
        self.setDate(day.toPython())
        self.setFocus()
        self.editingFinished.emit()


class _CalendarPopup(QWidget):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)


class TimeField(_TypedField):
    """A time of day typed as text (14:30, 1430, 14点30); ``time()`` is None when empty."""

    timeChanged = Signal(object)  # dt.time | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parse_time, parent)
        self.setPlaceholderText(qt_tr(TIME_PLACEHOLDER))
        self.valueChanged.connect(self.timeChanged)

    def time(self) -> dt.time | None:
        return self._value

    def setTime(self, value: dt.time | None) -> None:
        self.set_value(value)

    def _format(self, value: Any) -> str:
        return f"{value.hour:02d}:{value.minute:02d}"

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("00:00") + 28, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class DateTimeField(QWidget):
    """A local date and time as two fields side by side; focus goes to the date."""

    changed = Signal()  # either part's text changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_field = DateField(self)
        self.time_field = TimeField(self)
        for field in (self.date_field, self.time_field):
            field.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_field)
        layout.addWidget(self.time_field)
        layout.addStretch(1)
        self.setFocusProxy(self.date_field)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def dateTime(self) -> dt.datetime | None:
        """The local wall-clock moment (naive); None unless both parts are filled in right."""
        day, time = self.date_field.date(), self.time_field.time()
        if day is None or time is None or self.problem() is not None:
            return None
        return dt.datetime.combine(day, time)

    def setDateTime(self, moment: dt.datetime | None) -> None:
        self.date_field.setDate(None if moment is None else moment.date())
        self.time_field.setTime(None if moment is None else moment.time())

    def problem(self) -> Problem | None:
        return self.date_field.problem() or self.time_field.problem()

    def problem_text(self) -> str | None:
        return self.date_field.problem_text() or self.time_field.problem_text()

    def setReadOnly(self, read_only: bool) -> None:
        self.date_field.setReadOnly(read_only)
        self.time_field.setReadOnly(read_only)

    def isReadOnly(self) -> bool:
        return self.date_field.isReadOnly()


TypedField = _TypedField | DateTimeField


def typed_problems(fields: Mapping[str, TypedField]) -> list[FieldError]:
    """A field error for each field whose text is not a value, named as the form's fields."""
    return [
        FieldError(name, problem)
        for name, field in fields.items()
        if (problem := field.problem()) is not None
    ]


def cell_date(value: object, field: str, errors: list[FieldError]) -> dt.date | None:
    """A date from an editable table's cell, which keeps a text that is not a date as typed
    (`RowDelegate`): that text becomes a field error here instead of a date."""
    if value is None or isinstance(value, dt.date):
        return value
    day, problem = parse_date(str(value))
    if problem is not None:
        errors.append(FieldError(field, problem))
    return day


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def local_moment(moment: dt.datetime) -> dt.datetime:
    """A stored (aware) moment as the local wall-clock minute a `DateTimeField` shows."""
    return moment.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def utc_moment(local: dt.datetime | None) -> dt.datetime | None:
    """A `DateTimeField`'s local wall-clock time as the UTC moment services store."""
    return None if local is None else local.astimezone(dt.UTC)


def filter_bound(field: DateField, previous: dt.date | None) -> dt.date | None:
    """A date filter's bound: the field's date (None when empty), or the bound in force
    while the field's text is not a date (the field is marked and says why), so a list is
    never filtered by a date other than one typed."""
    return previous if field.problem() is not None else field.date()
