"""The saved segments on the segments screen: open one in the customer list, rename it,
delete it, or make its call list.  What a segment keeps is `services.saved_segments`'s."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.icons import icon
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.saved_segments import (
    SavedSegment,
    delete_segment,
    rename_segment,
    saved_segments,
)

SEGMENT = Qt.ItemDataRole.UserRole + 1


def describe(query: CustomerQuery) -> str:
    """A filter in words for a tooltip: "张庄镇 · 客户分层：优质客户 · “wang”"."""
    from agricrm.domain.classification.facts import class_member

    parts = [place for place in (query.township, query.village) if place]
    parts += [
        enum_label(value)
        for value in (query.business_mode, query.credit_grade, query.status)
        if value is not None
    ]
    for dimension, code in query.classes:
        member = class_member(dimension, code)
        parts.append(f"{enum_label(dimension)}：{enum_label(member) if member else code}")
    if query.text:
        parts.append(f"“{query.text}”")
    return " · ".join(parts) or "—"


class SavedSegmentsPanel(QWidget):
    openRequested = Signal(object)  # CustomerQuery
    callListRequested = Signal(object, str)  # CustomerQuery, name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        title = QLabel(self.tr("Saved segments"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("savedSegments")
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(
            self.tr("None yet: filter the customer list and choose Segments ▸ Save the filter."),
            self,
        )
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(icon("open"), self.tr("Open"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(icon("remove"), self.tr("Delete"), self)
        self.call_button = QPushButton(icon("call-list"), self.tr("Call list…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.call_button.clicked.connect(self.call_list_of_selected)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.call_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            segments = saved_segments(self._context.db, self._context.actor)
        except Exception as error:
            show_error(self, error)
            return
        current = self.selected()
        self.list.clear()
        for segment in segments:
            item = QListWidgetItem(icon("segments"), segment.name)
            item.setData(SEGMENT, segment)
            item.setToolTip(describe(segment.query))
            self.list.addItem(item)
            if current is not None and segment.name == current.name:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not segments)
        self._enable()

    def selected(self) -> SavedSegment | None:
        item = self.list.currentItem()
        segment = item.data(SEGMENT) if item is not None else None
        return segment if isinstance(segment, SavedSegment) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.open_button, self.rename_button, self.delete_button, self.call_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        segment = self.selected()
        if segment is not None:
            self.openRequested.emit(segment.query)

    def call_list_of_selected(self) -> None:
        segment = self.selected()
        if segment is not None:
            self.callListRequested.emit(segment.query, segment.name)

    def rename_selected(self) -> None:
        segment = self.selected()
        if segment is None:
            return
        name, accepted = QInputDialog.getText(
            self,
            self.tr("Rename segment"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            segment.name,
        )
        if not accepted:
            return
        try:
            rename_segment(self._context.db, self._context.actor, segment.name, name)
        except Exception as error:
            show_error(self, error)
        self.refresh()

    def delete_selected(self) -> None:
        segment = self.selected()
        if segment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete segment"),
            arg(self.tr("Delete the segment “%1”? The customers stay as they are."), segment.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_segment(self._context.db, self._context.actor, segment.name)
        except Exception as error:
            show_error(self, error)
        self.refresh()
