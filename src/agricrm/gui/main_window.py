"""The main window: section navigation on the left, the chosen screen on the right.

The window can be shown before the database layer is even imported (`MainWindow()`), so the
user sees it at once; `attach()` then builds the screens over the opened database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from agricrm import __version__
from agricrm.gui import preferences
from agricrm.gui.forms.ui_main_window import Ui_MainWindow
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg

if TYPE_CHECKING:
    from agricrm.gui.complaints.section import ComplaintsSection
    from agricrm.gui.context import AppContext
    from agricrm.gui.customers.list_page import CustomerListPage
    from agricrm.gui.sync.conflicts_page import ConflictsPage
    from agricrm.gui.sync.sync_page import SyncPage
    from agricrm.gui.visits.list_page import VisitListPage
    from agricrm.gui.visits.today_page import TodayPage

GEOMETRY_KEY = "main_window"
COMPLAINTS_ROW = 3


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self.customer_page: CustomerListPage | None = None
        self.today_page: TodayPage | None = None
        self.visit_page: VisitListPage | None = None
        self.complaints_page: ComplaintsSection | None = None
        self.sync_page: SyncPage | None = None
        self.conflicts_page: ConflictsPage | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        for title in (
            self.tr("Today"),
            self.tr("Customer files"),
            self.tr("Visit log"),
            self.tr("Complaints"),
        ):
            loading = QLabel(self.tr("Opening the database…"), self)
            loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._add_section(title, loading)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionPreferences.triggered.connect(self._preferences)
        self.ui.actionPreferences.setEnabled(False)
        self.ui.actionAbout.triggered.connect(self._about)
        self.reports_menu = QMenu(self.tr("&Reports"), self)
        self.reports_menu.setObjectName("reportsMenu")
        self.ui.menuBar.insertMenu(self.ui.settingsMenu.menuAction(), self.reports_menu)
        self.reports_menu.setEnabled(False)
        self.setWindowTitle(self.tr("AgriCRM"))
        if not preferences.restore_geometry(self, GEOMETRY_KEY):
            self.resize(1280, 800)
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Build the screens over an opened database, in place of the loading page."""
        from agricrm.gui.customers.list_page import CustomerListPage
        from agricrm.gui.reports.actions import populate_reports_menu
        from agricrm.gui.visits.list_page import VisitListPage
        from agricrm.gui.visits.today_page import TodayPage

        self._context = context
        self.today_page = TodayPage(context, self)
        self.customer_page = CustomerListPage(context, self)
        self.visit_page = VisitListPage(context, self)
        for index, page in enumerate((self.today_page, self.customer_page, self.visit_page)):
            loading = self.ui.pages.widget(index)
            self.ui.pages.insertWidget(index, page)
            self.ui.pages.removeWidget(loading)
            loading.deleteLater()
        self.today_page.visitsChanged.connect(self.visit_page.refresh)
        self.visit_page.visitsChanged.connect(self.today_page.refresh)
        self.ui.pages.setCurrentIndex(self.ui.navigation.currentRow())
        self.ui.navigation.currentRowChanged.connect(self._open_section)
        self._open_section(self.ui.navigation.currentRow())
        self._attach_sync(context)
        self.ui.actionPreferences.setEnabled(True)
        populate_reports_menu(self.reports_menu, self, context)
        self.reports_menu.setEnabled(True)
        self._update_title()
        actor = context.actor
        self.statusBar().showMessage(
            arg(
                self.tr("Database: %1 · User: %2 (%3)"),
                context.db.path,
                actor.display_name,
                enum_label(actor.role),
            )
        )

    def _open_section(self, row: int) -> None:
        """The complaint screens are built the first time their section is opened."""
        if row != COMPLAINTS_ROW or self.complaints_page is not None or self._context is None:
            return
        from agricrm.gui.complaints.section import ComplaintsSection

        self.complaints_page = ComplaintsSection(self._context, self)
        loading = self.ui.pages.widget(COMPLAINTS_ROW)
        self.ui.pages.insertWidget(COMPLAINTS_ROW, self.complaints_page)
        self.ui.pages.removeWidget(loading)
        loading.deleteLater()
        self.ui.pages.setCurrentIndex(COMPLAINTS_ROW)

    def _attach_sync(self, context: AppContext) -> None:
        from agricrm.gui.sync.conflicts_page import ConflictsPage
        from agricrm.gui.sync.sync_page import SyncPage

        assert self.customer_page is not None
        self.sync_page = SyncPage(context, self)
        self.conflicts_page = ConflictsPage(context, self)
        self._add_section(self.tr("Sync"), self.sync_page)
        self._add_section(self.tr("Conflicts"), self.conflicts_page)
        self.sync_page.imported.connect(self.customer_page.refresh)
        if self.today_page is not None:
            self.sync_page.imported.connect(self.today_page.refresh)
        if self.visit_page is not None:
            self.sync_page.imported.connect(self.visit_page.refresh)
        self.sync_page.imported.connect(self.conflicts_page.refresh)
        self.conflicts_page.resolved.connect(self.customer_page.refresh)

    def _add_section(self, title: str, page: QWidget) -> None:
        self.ui.navigation.addItem(QListWidgetItem(title))
        self.ui.pages.addWidget(page)

    def _update_title(self) -> None:
        from agricrm.services.settings import branch_profile

        assert self._context is not None
        branch = branch_profile(self._context.db, self._context.actor).name
        title = self.tr("AgriCRM")
        self.setWindowTitle(f"{title} — {branch}" if branch else title)

    def _preferences(self) -> None:
        from agricrm.gui.settings_dialog import SettingsDialog

        assert self._context is not None
        dialog = SettingsDialog(self._context, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self._update_title()
            if dialog.language_changed:
                QMessageBox.information(
                    self,
                    self.tr("Language"),
                    self.tr("The new language takes effect when AgriCRM is restarted."),
                )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AgriCRM"),
            arg(
                self.tr("AgriCRM %1\nCustomer files, visits and complaints for rural lending."),
                __version__,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences.save_geometry(self, GEOMETRY_KEY)
        if self.customer_page is not None:
            self.customer_page.save_state()
        if self.visit_page is not None:
            self.visit_page.save_state()
        if self.complaints_page is not None:
            self.complaints_page.save_state()
        super().closeEvent(event)
