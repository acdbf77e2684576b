"""Windows sized to the screen they open on, as laptops are: 1366×768, or 1920×1080 at 150 %
(1280×720 to Qt).

A window's first size is what suits its content, but never more than the screen's free area
(a print preview of 820 pixels no longer opens taller than a 768-pixel screen); a remembered
size from a larger screen is shrunk the same way.  The main window opens maximised on a
screen smaller than its usual size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from agricrm.gui import preferences

MAIN_SIZE = QSize(1280, 800)
FRAME_ALLOWANCE = QSize(16, 40)  # a title bar and borders the window system adds


def available_area(widget: QWidget) -> QRect:
    """The free part (without task bars) of the screen the widget is on or will open on."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest_size(widget: QWidget) -> QSize:
    area = available_area(widget)
    return QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())


def keep_on_screen(widget: QWidget) -> None:
    """Shrink the widget to the screen's free area if it is larger, and move it inside."""
    widget.resize(widget.size().boundedTo(largest_size(widget)))
    area = available_area(widget)
    if widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame = widget.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        widget.move(max(x, area.x()), max(y, area.y()))


def fit_to_screen(widget: QWidget, width: int, height: int, key: str | None = None) -> None:
    """The remembered size under `key`, else `width`×`height`; either within the screen."""
    if key is None or not preferences.restore_geometry(widget, key):
        widget.resize(width, height)
    keep_on_screen(widget)
    _OnShow(widget)


class _OnShow(QObject):
    """Once more just after it is first shown: a window's least size is only final once its
    layout has settled (a form wrapped in a scroll area gets smaller then)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._again)  # after the layout requests of the show
        return False

    def _again(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            keep_on_screen(window)
        self.deleteLater()


def place_main_window(window: QWidget, key: str) -> None:
    if preferences.restore_geometry(window, key):
        keep_on_screen(window)
        return
    room = largest_size(window)
    if room.width() < MAIN_SIZE.width() or room.height() < MAIN_SIZE.height():
        window.resize(MAIN_SIZE.boundedTo(room))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(MAIN_SIZE)
