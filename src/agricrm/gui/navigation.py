"""The main window's sections, each with its icon and a badge of what waits there.

A badge is a number in a small pill at the right of the section's name (今日 8: visits planned
for today; 投诉处理 1 in red: a complaint past its deadline; 同步冲突 2: conflicts to decide).
It is item data (`BADGE`, `BADGE_TONE`), so the list stays a plain QListWidget that the
keyboard and screen readers handle as before; the tooltip says the same in words.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from agricrm.gui import style

BADGE = Qt.ItemDataRole.UserRole + 1  # the number shown, or None
BADGE_TONE = Qt.ItemDataRole.UserRole + 2  # "accent", "warning" or "danger"
TITLE = Qt.ItemDataRole.UserRole + 3  # the section's name without its count

Index = QModelIndex | QPersistentModelIndex


def set_badge(item: QListWidgetItem, count: int, tone: str, explanation: str) -> None:
    """Show `count` (nothing when 0) in `tone`, and say what it counts in the tooltip and the
    accessible text (screen readers do not see the pill)."""
    title = item.data(TITLE) or item.text()
    item.setData(TITLE, title)
    item.setData(BADGE, count if count > 0 else None)
    item.setData(BADGE_TONE, tone)
    item.setToolTip(explanation if count > 0 else "")
    item.setData(
        Qt.ItemDataRole.AccessibleTextRole, f"{title}, {explanation}" if count > 0 else title
    )


def badge(item: QListWidgetItem) -> int | None:
    value = item.data(BADGE)
    return int(value) if value is not None else None


class BadgeDelegate(QStyledItemDelegate):
    """Paints the section as usual, then its badge at the right."""

    def _badge_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(option.font.pointSizeF() * 0.85, 7.0))
        font.setBold(True)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(BADGE)
        if count is None:
            super().paint(painter, option, index)
            return
        text = str(count)
        font = self._badge_font(option)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(metrics.horizontalAdvance(text) + height * 0.8, height)
        rect = option.rect
        pill = QRectF(rect.right() - width - 8, rect.center().y() - height / 2 + 1, width, height)
        painter.restore()
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = option.rect.adjusted(0, 0, -int(width) - 10, 0)
        super().paint(painter, shrunk, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color(index.data(BADGE_TONE) or "accent"))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        count = index.data(BADGE)
        if count is not None:
            metrics = QFontMetrics(self._badge_font(option))
            size.setWidth(size.width() + metrics.horizontalAdvance(str(count)) + 28)
        return size
