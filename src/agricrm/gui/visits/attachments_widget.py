"""Thumbnails of the photos and documents attached to a customer or a visit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.errors import AgriCrmError
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import show_error
from agricrm.gui.qt_text import arg
from agricrm.services.attachments import (
    add_attachment,
    list_attachments,
    remove_attachment,
    sniff_media_type,
)

THUMB = QSize(120, 90)


def thumbnail(path: Path, fallback: QIcon) -> QIcon:
    reader = QImageReader(str(path))
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        return fallback
    reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return fallback if image.isNull() else QIcon(QPixmap.fromImage(image))


class ImageViewer(QDialog):
    """A photo at full size, scrollable, scaled down only to fit the screen."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(self)
        pixmap = QPixmap(str(path))
        label.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(label)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(min(pixmap.width() + 40, 1200), min(pixmap.height() + 40, 800))


class AttachmentsWidget(QWidget):
    """Attachments of one owner; before the owner exists, chosen files wait in a queue and
    are attached by `attach_pending()` once it was saved."""

    def __init__(
        self,
        context: AppContext,
        *,
        customer_id: int | None = None,
        visit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._customer_id = customer_id
        self._visit_id = visit_id
        self.pending: list[Path] = []
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMinimumHeight(THUMB.height() + 50)
        self.list.itemActivated.connect(self._open_item)
        self.addButton = QPushButton(self.tr("Add photo or document…"), self)
        self.openButton = QPushButton(self.tr("Open"), self)
        self.removeButton = QPushButton(self.tr("Remove"), self)
        self.hint = QLabel(self.tr("JPEG or PNG photos and PDF scans, up to 10 MB each."), self)
        style.set_role(self.hint, "hint")
        buttons = QHBoxLayout()
        for button in (self.addButton, self.openButton, self.removeButton):
            buttons.addWidget(button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.addButton.clicked.connect(self.choose_files)
        self.openButton.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.removeButton.clicked.connect(self._remove)
        self._file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.reload()

    @property
    def has_owner(self) -> bool:
        return self._customer_id is not None or self._visit_id is not None

    def set_owner(self, *, customer_id: int | None = None, visit_id: int | None = None) -> None:
        self._customer_id, self._visit_id = customer_id, visit_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.has_owner:
            try:
                found = list_attachments(
                    self._context.db,
                    self._context.actor,
                    customer_id=self._customer_id,
                    visit_id=self._visit_id,
                )
            except AgriCrmError as error:
                show_error(self, error)
                found = []
            for view in found:
                item = QListWidgetItem(thumbnail(view.path, self._file_icon), view.original_name)
                item.setData(Qt.ItemDataRole.UserRole, ("stored", view.id, view.path, view))
                item.setToolTip(
                    arg(self.tr("%1 · %2 KB"), view.original_name, view.size_bytes // 1024)
                )
                self.list.addItem(item)
        for path in self.pending:
            item = QListWidgetItem(thumbnail(path, self._file_icon), path.name)
            item.setData(Qt.ItemDataRole.UserRole, ("pending", None, path, None))
            item.setToolTip(self.tr("Attached when the visit is saved"))
            self.list.addItem(item)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos or documents"),
            "",
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"),
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                if self.has_owner:
                    add_attachment(
                        self._context.db,
                        self._context.actor,
                        path,
                        customer_id=self._customer_id,
                        visit_id=self._visit_id,
                    )
                else:
                    self._check_pending(path)
                    self.pending.append(path)
            except AgriCrmError as error:
                show_error(self, error)
        self.reload()

    def _check_pending(self, path: Path) -> None:
        from agricrm.services.attachments import FILE_TYPE_REFUSED

        with path.open("rb") as handle:
            head = handle.read(16)
        if sniff_media_type(head) is None:
            raise AgriCrmError(FILE_TYPE_REFUSED(name=path.name))

    def attach_pending(
        self, *, customer_id: int | None = None, visit_id: int | None = None
    ) -> None:
        waiting, self.pending = self.pending, []
        self._customer_id, self._visit_id = customer_id, visit_id
        self.add_files(waiting)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        kind, attachment_id, path, _view = item.data(Qt.ItemDataRole.UserRole)
        if kind == "pending":
            self.pending.remove(path)
        else:
            try:
                remove_attachment(self._context.db, self._context.actor, attachment_id)
            except AgriCrmError as error:
                show_error(self, error)
        self.reload()

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        _kind, _id, path, _view = item.data(Qt.ItemDataRole.UserRole)
        self.open_path(Path(path), item.text())

    def open_path(self, path: Path, title: str) -> None:
        if path.suffix.lower() in (".jpg", ".jpeg", ".png"):
            ImageViewer(path, title, self).open()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
