"""Empty states: a blank area says what belongs there and how to get it.

`EmptyState` is an icon, a heading, a sentence and, where there is one, the button that fills
the area (新建客户, 清除筛选).  `EmptyOverlay` lays one over a list or table while its model
has no rows, so an empty search, an empty Today list or the import preview before a file is
chosen explain themselves instead of showing a white box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agricrm.gui import style
from agricrm.gui.icons import icon

ICON_SIZE = QSize(40, 40)


class EmptyState(QWidget):
    def __init__(
        self,
        icon_name: str | None,
        title: str,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel(self)
        if icon_name is not None:
            self.picture.setPixmap(icon(icon_name).pixmap(ICON_SIZE))
        self.picture.setVisible(icon_name is not None)
        self.title = QLabel(title, self)
        style.set_role(self.title, "heading")
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        style.set_role(self.text, "hint")
        self.button = QPushButton(self)
        self.button.hide()
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._act)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.picture, self.title):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.text.setSizePolicy(policy)
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        middle = QHBoxLayout()  # a wrapped line as wide as it may be, centred
        middle.addStretch(1)
        middle.addWidget(self.text, 100)
        middle.addStretch(1)
        layout.addLayout(middle)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(
        self, title: str, text: str = "", action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        """What the area is waiting for, and the button that fills it (or none)."""
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self._action = action[1] if action else None
        if action:
            self.button.setText(action[0])
        self.button.setVisible(action is not None)

    def _act(self) -> None:
        if self._action is not None:
            self._action()


class EmptyOverlay(QObject):
    """Shows an empty state over `view`'s viewport while the view's model has no rows.  The
    view's owner calls `say` (or `update`) whenever it has filled the view: before the first
    call the list is still loading and shows nothing.  The state is built the first time it is
    shown, so a full list never pays for it (nor for watching the model's signals, whose first
    connections cost start-up tens of milliseconds)."""

    def __init__(self, view: QAbstractItemView, icon_name: str | None) -> None:
        super().__init__(view)
        self._view = view
        self._icon_name = icon_name
        self._said: tuple[str, str, tuple[str, Callable[[], None]] | None] = ("", "", None)
        self._state: EmptyState | None = None
        self._told = False
        self._pending = False

    @property
    def state(self) -> EmptyState:
        if self._state is None:
            viewport = self._view.viewport()  # touched only now: its first call is slow
            self._state = EmptyState(self._icon_name, "", parent=viewport)
            self._state.say(*self._said)
            viewport.installEventFilter(self)
            self._state.setGeometry(self._view.viewport().rect())
        return self._state

    def say(
        self, title: str, text: str = "", action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        self._said = (title, text, action)
        self._told = True
        if self._state is not None:
            self._state.say(title, text, action)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._state is not None and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._state.setGeometry(self._view.viewport().rect())
        return False

    def update(self) -> None:
        """Show or hide the state for the view's rows, once its changes have settled."""
        if self._told and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._update_now)

    def _update_now(self) -> None:
        self._pending = False
        if not isValid(self._view):  # the view's model reports its rows gone as it is deleted
            return
        if self._view.model().rowCount() == 0:
            self.state.setGeometry(self._view.viewport().rect())
            self.state.show()
        elif self._state is not None:
            self._state.hide()

    def is_shown(self) -> bool:
        return self._state is not None and not self._state.isHidden()


def narrowed(query: object) -> bool:
    """Whether a list's query (a dataclass of filters) leaves anything out, its order aside."""
    blank = type(query)()
    ordering = {
        name: getattr(blank, name) for name in ("sort", "descending") if hasattr(blank, name)
    }
    return replace(query, **ordering) != blank  # type: ignore[type-var]
