"""The Complaints section of the main window: the list, and the statistics (built, with Qt
Charts, the first time their tab is opened)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from agricrm.gui.complaints.list_page import ComplaintListPage
from agricrm.gui.context import AppContext


class ComplaintsSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.list_page = ComplaintListPage(context, self)
        self.tabs.addTab(self.list_page, self.tr("Complaints"))
        self._statistics_holder = QWidget(self)
        QVBoxLayout(self._statistics_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._statistics_holder, self.tr("Statistics"))
        self.statistics_page: QWidget | None = None
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.show_statistics()

    def show_statistics(self) -> QWidget:
        if self.statistics_page is None:
            from agricrm.gui.complaints.statistics_page import ComplaintStatisticsPage

            self.statistics_page = ComplaintStatisticsPage(self._context, self._statistics_holder)
            self._statistics_holder.layout().addWidget(self.statistics_page)
        self.tabs.setCurrentIndex(1)
        return self.statistics_page

    def save_state(self) -> None:
        self.list_page.save_state()
