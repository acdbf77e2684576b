"""The main window: section navigation on the left, the chosen screen on the right.

The window can be shown before the database layer is even imported (`MainWindow()`), so the
user sees it at once; `attach()` then builds the screens over the opened database.  The File
menu opens another database (the application replaces this window, see `gui.app`), a recent
one, or the data folder, and leads to the Sync screen's import and export; the status bar
keeps who is working, on which database, whatever status tips pass through it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from agricrm.gui import preferences
from agricrm.gui.forms.ui_main_window import Ui_MainWindow
from agricrm.gui.geometry import place_main_window
from agricrm.gui.icons import icon
from agricrm.gui.labels import enum_label, person_name
from agricrm.gui.navigation import BadgeDelegate, set_badge
from agricrm.gui.qt_text import arg

if TYPE_CHECKING:
    from agricrm.gui.complaints.section import ComplaintsSection
    from agricrm.gui.context import AppContext
    from agricrm.gui.customers.list_page import CustomerListPage
    from agricrm.gui.segments.page import SegmentsPage
    from agricrm.gui.sync.conflicts_page import ConflictsPage
    from agricrm.gui.sync.sync_page import SyncPage
    from agricrm.gui.visits.list_page import VisitListPage
    from agricrm.gui.visits.today_page import TodayPage
    from agricrm.services.customer_data import CustomerQuery

GEOMETRY_KEY = "main_window"
TODAY_ROW = 0
COMPLAINTS_ROW = 3
SYNC_ROW = 4
CONFLICTS_ROW = 5
SEGMENTS_ROW = 6  # last, so the rows and Ctrl+1 … Ctrl+6 of the older sections stay
SECTION_ICONS = ("today", "customers", "visits", "complaints", "sync", "conflicts", "segments")


class MainWindow(QMainWindow):
    openDatabaseRequested = Signal(object)  # Path: the application opens it in a new window

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self.customer_page: CustomerListPage | None = None
        self.today_page: TodayPage | None = None
        self.visit_page: VisitListPage | None = None
        self.complaints_page: ComplaintsSection | None = None
        self.sync_page: SyncPage | None = None
        self.conflicts_page: ConflictsPage | None = None
        self.segments_page: SegmentsPage | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.navigation.setItemDelegate(BadgeDelegate(self.ui.navigation))
        self.ui.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for action, name in (
            (self.ui.actionOpenDatabase, "database"),
            (self.ui.actionOpenDataFolder, "folder"),
            (self.ui.actionImport, "import"),
            (self.ui.actionExport, "export"),
            (self.ui.actionQuit, "quit"),
            (self.ui.actionPreferences, "settings"),
            (self.ui.actionAbout, "about"),
        ):
            action.setIcon(icon(name))
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
        for row in range(len(SECTION_ICONS)):  # Ctrl+1 … Ctrl+7: a section from anywhere
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self.go_to(row))
        self.ui.navigation.setCurrentRow(0)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionOpenDatabase.triggered.connect(self.choose_database)
        self.ui.actionOpenDataFolder.triggered.connect(self.open_data_folder)
        self.ui.actionImport.triggered.connect(self.import_file)
        self.ui.actionExport.triggered.connect(self.export_package)
        self.ui.recentMenu.aboutToShow.connect(self._fill_recent_menu)
        self.ui.actionPreferences.triggered.connect(self._preferences)
        self.class_rules_action = self.ui.settingsMenu.addAction(self.tr("&Classification rules…"))
        self.class_rules_action.triggered.connect(self.open_class_rules)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self._needs_data = (
            self.ui.actionPreferences,
            self.class_rules_action,
            self.ui.actionOpenDataFolder,
            self.ui.actionImport,
            self.ui.actionExport,
        )
        for action in self._needs_data:
            action.setEnabled(False)
        self.database_label = QLabel(self)
        self.user_label = QLabel(self)
        for label in (self.database_label, self.user_label):
            self.statusBar().addPermanentWidget(label)  # status tips never cover these
        self.reports_menu = QMenu(self.tr("Repor&ts"), self)
        self.reports_menu.setObjectName("reportsMenu")
        self.ui.menuBar.insertMenu(self.ui.settingsMenu.menuAction(), self.reports_menu)
        self.reports_menu.setEnabled(False)
        self.setWindowTitle(self.tr("AgriCRM"))
        place_main_window(self, GEOMETRY_KEY)
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
        for action in self._needs_data:
            action.setEnabled(True)
        populate_reports_menu(self.reports_menu, self, context)
        self.reports_menu.setEnabled(True)
        self._update_title()
        self._show_who_and_where(context)
        self.today_page.refreshed.connect(self.show_waiting)
        self.show_waiting()

    def show_waiting(self) -> None:
        """The badges of the sections: visits planned for today, complaints past their
        deadline (else those due soon), conflicts waiting for a decision."""
        navigation = self.ui.navigation
        today = self.today_page
        if today is not None and today.view is not None:
            planned = len(today.view.planned)
            set_badge(
                navigation.item(TODAY_ROW),
                planned,
                "accent",
                self.tr("%n visit(s) planned for today", "", planned),
            )
            overdue = sum(1 for item in today.complaints if item.overdue)
            due_soon = len(today.complaints) - overdue
            complaints = navigation.item(COMPLAINTS_ROW)
            if overdue:
                text = self.tr("%n complaint(s) past the answer deadline", "", overdue)
                set_badge(complaints, overdue, "danger", text)
            else:
                text = self.tr("%n complaint(s) to answer in the coming days", "", due_soon)
                set_badge(complaints, due_soon, "warning", text)
        if self.conflicts_page is not None:
            waiting = self.conflicts_page.waiting()
            set_badge(
                navigation.item(CONFLICTS_ROW),
                waiting,
                "warning",
                self.tr("%n conflict(s) waiting for a decision", "", waiting),
            )
        navigation.doItemsLayout()
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """The sections' list as wide as its widest name with its badge: never 投诉…"""
        navigation = self.ui.navigation
        frame = navigation.frameWidth() * 2 + navigation.verticalScrollBar().sizeHint().width()
        needed = navigation.sizeHintForColumn(0) + frame + 16  # the style sheet's margins
        navigation.setFixedWidth(max(needed, navigation.minimumWidth(), 150))

    def _show_who_and_where(self, context: AppContext) -> None:
        """Who is working (the name, and the role unless the name is the role, as for the
        built-in 管理员) and on which database, in the status bar's permanent part."""
        actor = context.actor
        role = enum_label(actor.role)
        name = person_name(actor.display_name)
        who = name if name == role else f"{name}（{role}）"
        self.user_label.setText(arg(self.tr("User: %1"), who))
        self.user_label.setToolTip(arg(self.tr("Signed in as %1"), actor.username))
        path = Path(context.db.path)
        self.database_label.setText(arg(self.tr("Database: %1"), path.name))
        self.database_label.setToolTip(str(path))

    def go_to(self, row: int) -> None:
        """Show section `row` and put the keyboard in it."""
        if row < self.ui.navigation.count():
            self.ui.navigation.setCurrentRow(row)
            page = self.ui.pages.currentWidget()
            first = page.nextInFocusChain()
            while first is not page and first is not None:
                if (
                    page.isAncestorOf(first)
                    and first.isVisible()
                    and first.isEnabled()
                    and (first.focusPolicy() & Qt.FocusPolicy.TabFocus)
                ):
                    first.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return
                first = first.nextInFocusChain()

    def _open_section(self, row: int) -> None:
        """The complaint and segments screens are built the first time their section is
        opened."""
        if row == SEGMENTS_ROW:
            self._open_segments()
            return
        if row != COMPLAINTS_ROW or self.complaints_page is not None or self._context is None:
            return
        from agricrm.gui.complaints.section import ComplaintsSection

        self.complaints_page = ComplaintsSection(self._context, self)
        loading = self.ui.pages.widget(COMPLAINTS_ROW)
        self.ui.pages.insertWidget(COMPLAINTS_ROW, self.complaints_page)
        self.ui.pages.removeWidget(loading)
        loading.deleteLater()
        self.ui.pages.setCurrentIndex(COMPLAINTS_ROW)

    def _open_segments(self) -> None:
        """Build the segments screen, or count again (the classes follow every save)."""
        if self.segments_page is not None:
            self.segments_page.refresh()
            return
        if self._context is None:
            return
        from agricrm.gui.segments.page import SegmentsPage

        self.segments_page = SegmentsPage(self._context, self)
        self.segments_page.openRequested.connect(self.show_customers)
        self.segments_page.callListRequested.connect(self._call_list)
        loading = self.ui.pages.widget(SEGMENTS_ROW)
        self.ui.pages.insertWidget(SEGMENTS_ROW, self.segments_page)
        self.ui.pages.removeWidget(loading)
        loading.deleteLater()
        self.ui.pages.setCurrentIndex(SEGMENTS_ROW)

    def show_customers(self, query: CustomerQuery) -> None:
        """The customer list filtered to `query` (a number clicked on the segments screen)."""
        if self.customer_page is None:
            return
        self.ui.navigation.setCurrentRow(1)
        self.customer_page.apply_query(query)

    def _call_list(self, query: CustomerQuery, name: str) -> None:
        from agricrm.gui.segments.call_list_dialog import CallListDialog

        assert self._context is not None
        CallListDialog(self._context, query, name, self).open()

    def _attach_sync(self, context: AppContext) -> None:
        from agricrm.gui.sync.conflicts_page import ConflictsPage
        from agricrm.gui.sync.sync_page import SyncPage

        assert self.customer_page is not None
        self.sync_page = SyncPage(context, self)
        self.conflicts_page = ConflictsPage(context, self)
        self._add_section(self.tr("Sync"), self.sync_page)
        self._add_section(self.tr("Conflicts"), self.conflicts_page)
        loading = QLabel(self.tr("Counting…"), self)
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._add_section(self.tr("Segments"), loading)
        self.sync_page.imported.connect(self.customer_page.refresh)
        if self.today_page is not None:
            self.sync_page.imported.connect(self.today_page.refresh)
        if self.visit_page is not None:
            self.sync_page.imported.connect(self.visit_page.refresh)
        self.sync_page.imported.connect(self.conflicts_page.refresh)
        self.conflicts_page.resolved.connect(self.customer_page.refresh)
        self.conflicts_page.refreshed.connect(self.show_waiting)
        self.conflicts_page.syncRequested.connect(
            lambda: self.ui.navigation.setCurrentRow(SYNC_ROW)
        )

    def _add_section(self, title: str, page: QWidget) -> None:
        row = self.ui.navigation.count()
        self.ui.navigation.addItem(QListWidgetItem(icon(SECTION_ICONS[row]), title))
        self.ui.pages.addWidget(page)
        self._fit_navigation()

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

    def open_class_rules(self) -> QWidget:
        from agricrm.gui.classes.rules_dialog import ClassRulesDialog

        assert self._context is not None
        dialog = ClassRulesDialog(self._context, self)
        if self.customer_page is not None:  # its panel shows the classes: read them again
            dialog.rulesSaved.connect(lambda _rules: self.customer_page.refresh())
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- the File menu

    def database_path(self) -> Path | None:
        return Path(self._context.db.path) if self._context is not None else None

    def choose_database(self) -> None:
        current = self.database_path()
        start = str(current.parent) if current is not None else str(preferences.folder("database"))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database"),
            start,
            self.tr("AgriCRM databases (*.db);;All files (*)"),
        )
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> None:
        """Ask the application to open `path` in place of this database (nothing happens if
        it is this one)."""
        current = self.database_path()
        if current is not None and path.resolve() == current.resolve():
            return
        self.openDatabaseRequested.emit(path)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.recentMenu
        menu.clear()
        current = self.database_path()
        recent = [
            path
            for path in preferences.recent_databases()
            if current is None or path.resolve() != current.resolve()
        ]
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(f"{label}  ({path.parent})")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, path=path: self.open_database(path))
        if not recent:
            menu.addAction(self.tr("No other database opened yet")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear the list")).triggered.connect(
                preferences.forget_recent_databases
            )

    def open_data_folder(self) -> None:
        """The folder holding the database, its backups and its attachments."""
        path = self.database_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def import_file(self) -> None:
        if self.sync_page is not None:
            self.ui.navigation.setCurrentRow(SYNC_ROW)
            self.sync_page.choose_import()

    def export_package(self) -> None:
        if self.sync_page is not None:
            self.ui.navigation.setCurrentRow(SYNC_ROW)
            self.sync_page.choose_and_export()

    def show_about(self) -> QWidget:
        from agricrm.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self.database_path(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences.save_geometry(self, GEOMETRY_KEY)
        if self.customer_page is not None:
            self.customer_page.save_state()
        if self.visit_page is not None:
            self.visit_page.save_state()
        if self.complaints_page is not None:
            self.complaints_page.save_state()
        super().closeEvent(event)
