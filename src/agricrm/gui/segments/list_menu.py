"""The customer list's Segments button: save the list's filter as a named segment, open a
saved segment in the list, make the call list of what the list shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QPushButton

from agricrm.gui.errors import show_error
from agricrm.gui.icons import icon
from agricrm.gui.notices import announce
from agricrm.gui.qt_text import arg
from agricrm.gui.segments.saved_panel import describe
from agricrm.services.saved_segments import save_segment, saved_segments

if TYPE_CHECKING:
    from agricrm.gui.context import AppContext
    from agricrm.gui.customers.list_page import CustomerListPage


class SegmentsMenu(QMenu):
    """Rebuilt each time it opens, so segments saved elsewhere (the segments screen, another
    user) are listed."""

    def __init__(self, page: CustomerListPage, context: AppContext) -> None:
        super().__init__(page)
        self._page = page
        self._context = context
        self.button = QPushButton(icon("segments"), self.tr("Se&gments"), page)
        self.button.setObjectName("segmentsButton")
        self.button.setToolTip(
            self.tr("Save the filter as a named segment, open a saved one, make a call list")
        )
        self.button.setMenu(self)
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.clear()
        self.addAction(icon("save"), self.tr("Save the filter as a segment…"), self.save_filter)
        self.addAction(
            icon("call-list"), self.tr("Call list of this list…"), self.call_list_of_filter
        )
        try:
            segments = saved_segments(self._context.db, self._context.actor)
        except Exception as error:
            show_error(self._page, error)
            return
        if segments:
            self.addSection(self.tr("Saved segments"))
        for segment in segments:
            action = self.addAction(icon("segments"), segment.name)
            action.setToolTip(describe(segment.query))
            action.triggered.connect(
                lambda _checked=False, query=segment.query: self._page.apply_query(query)
            )
        self.setToolTipsVisible(True)

    def save_filter(self) -> str | None:
        """Ask for a name and save the list's filter under it; the name saved, if any."""
        query = self._page.current_query()
        name, accepted = QInputDialog.getText(
            self._page,
            self.tr("Save segment"),
            arg(self.tr("Name of the segment (%1):"), describe(query)),
            QLineEdit.EchoMode.Normal,
        )
        if not accepted:
            return None
        return self.save_as(name)

    def save_as(self, name: str) -> str | None:
        try:
            saved = save_segment(
                self._context.db, self._context.actor, name, self._page.current_query()
            )
        except Exception as error:
            show_error(self._page, error)
            return None
        announce(self._page, arg(self.tr("Segment “%1” saved"), saved.name))
        return saved.name

    def call_list_of_filter(self) -> None:
        from agricrm.gui.segments.call_list_dialog import CallListDialog

        dialog = CallListDialog(self._context, self._page.current_query(), "", self._page)
        dialog.open()
