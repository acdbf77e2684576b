"""Filter bars that wrap: each filter as wide as its text, a second line when the window (or
the larger text) leaves no room on one — never a filter cut to 全部经营模.

`FilterBar` lays its widgets out left to right at their size hints and breaks the line where
the next one would not fit; a combo box of filters is sized to its longest entry
(`fit_to_texts`), so the whole of "全部经营模式" always shows.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)


def fit_to_texts(*combos: QComboBox) -> None:
    """Size each combo box to its longest entry (recomputed when entries or the font change)."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of everything."""
        width = sum(item.sizeHint().width() for item in self._visible()) + self._spacing * max(
            len(self._visible()) - 1, 0
        )
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() * 2)

    def minimumSize(self) -> QSize:
        """The widest single item: anything wider wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [
            item
            for item in self._items
            if not (item.widget() is not None and item.widget().isHidden())
        ]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                offset = (line_height - hint.height()) // 2 if line_height > hint.height() else 0
                item.setGeometry(QRect(QPoint(x, y + max(offset, 0)), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class FilterBar(QWidget):
    """A row of filters that wraps onto further lines when there is no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setParent(self)
            self.flow.addItem(QWidgetItem(widget))
            widget.show()

    @classmethod
    def replacing(cls, row: QBoxLayout, parent: QBoxLayout) -> FilterBar:
        """A bar holding the widgets of `row` (a box layout from a .ui form), in its place in
        `parent`; spacers are dropped (the bar keeps its widgets to the left)."""
        bar = cls()
        widgets = []
        while row.count():
            item = row.takeAt(0)
            if item is not None and item.widget() is not None:
                widgets.append(item.widget())
        bar.add(*widgets)
        index = parent.indexOf(row)
        parent.removeItem(row)
        parent.insertWidget(index, bar)
        return bar
