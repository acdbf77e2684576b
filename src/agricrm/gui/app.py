"""Start-up, in the order a user feels it.

1. The database file is checked (and migrated, after a backup) before any window opens; for an
   up-to-date file this needs only the driver (`db.connect`).
2. Fonts and translations are installed and the main window is painted at once.
3. The data layer (SQLAlchemy, the models, the services) is imported and the customer list
   filled in; that import is most of start-up, so it happens behind a visible window.
   Derived data (search index, schedule) that is missing or was built by other rules is
   rebuilt first, behind a progress dialog whose Cancel quits with the file as it was; when
   nothing is stale this costs one small query.

File ▸ Open another database replaces the window and its database (`AppSession.switch`): the
other file is checked and migrated like at start-up, and a file that cannot be opened leaves
the current one open, with a message saying why.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from agricrm.db.location import Location
from agricrm.db.migrate import prepare_database
from agricrm.diagnostics import peak_memory_kib
from agricrm.domain.errors import AgriCrmError
from agricrm.gui import preferences
from agricrm.gui.errors import error_text
from agricrm.gui.fonts import register_fonts
from agricrm.gui.garbage import collect_on_gui_thread
from agricrm.gui.main_window import MainWindow
from agricrm.gui.qt_text import qt_tr
from agricrm.gui.style import apply_style
from agricrm.i18n import render_for_cli
from agricrm.resources import resource_path

if TYPE_CHECKING:
    from agricrm.db.database import Database


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """AgriCRM's catalogue plus Qt's own (standard buttons, dialogs); English needs none."""
    if language == "en":
        return []
    installed = []
    for name, folder in (
        (f"agricrm_{language}", str(resource_path("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("AgriCRM")
    app.setOrganizationName("AgriCRM")
    collect_on_gui_thread(app)
    apply_style(app, preferences.text_size(), register_fonts())
    language = preferences.language()
    if language != "en":  # the calendar's month and day names, like the rest of the interface
        QLocale.setDefault(QLocale(language))
    install_translators(app, language)
    preferences.mark_interface_language(app, language)
    return app


def _report(error: AgriCrmError, show_dialog: bool) -> None:
    print(f"agricrm: {render_for_cli(error.message)}", file=sys.stderr)
    if show_dialog:
        title = QCoreApplication.translate("Errors", "AgriCRM")
        QMessageBox.critical(None, title, qt_tr(error.message))


class _PaintProbe(QObject):
    """For ``--quit-after-paint``: when the window first painted, when the home screen (the
    Today view) painted with its lists filled, then quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._window_painted: float | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if watched is self._window and self._window_painted is None:
            self._window_painted = time.time()
        page = self._window.today_page  # the home screen, ready once its lists are filled
        if watched is not self._window and page is not None and page.view is not None:
            watched.removeEventFilter(self)
            peak_kib = peak_memory_kib()
            print(
                f"first_paint_epoch={self._window_painted:.6f} "
                f"list_paint_epoch={time.time():.6f} peak_rss_kib={peak_kib}",
                flush=True,
            )
            QTimer.singleShot(0, QApplication.quit)
        return False

    def watch_list(self) -> None:
        page = self._window.today_page
        if page is not None:
            page.overdueTree.viewport().installEventFilter(self)


DAY_CHECK_MS = 60_000
"""How often an open database checks whether the day has changed (classes that depend on it)."""
DUE_WITHOUT_DIALOG = 5000
"""Customers whose classes time changed that start-up reclassifies without a progress dialog
(well under a second); more (a laptop unused for months) get the dialog and its Cancel."""


def bring_derived_data_up_to_date(
    parent: QWidget,
    db: Database,
    on_ready: Callable[[], None],
    on_stopped: Callable[[Exception], None],
) -> None:
    """`on_ready` at once when the derived data is current; otherwise after rebuilding it on a
    worker thread behind a progress dialog.  Cancel or a failure ends in `on_stopped` (with
    `Cancelled` or the error), the data and its stamps as they were."""
    from agricrm.gui.tasks import run_with_progress
    from agricrm.services.derived import KINDS, bring_up_to_date, classes_due, stale_kinds

    if not stale_kinds(db, KINDS):
        if classes_due(db) <= DUE_WITHOUT_DIALOG:  # the usual start: a day's few customers
            bring_up_to_date(db, None, KINDS)
        if not classes_due(db):
            on_ready()
            return
    run_with_progress(
        parent,
        QCoreApplication.translate(
            "Startup", "Preparing this database: rebuilding the customer search and due visits…"
        ),
        lambda progress: bring_up_to_date(db, progress, KINDS),
        lambda _rebuilt: on_ready(),
        on_stopped,
    )


class AppSession(QObject):
    """The open database and the window over it, as the user (`username`) works on it."""

    def __init__(self, username: str | None) -> None:
        super().__init__()
        self.username = username
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.day = dt.date.today()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(lambda: self.check_day())
        self._day_timer.start()

    def check_day(self, today: dt.date | None = None) -> int:
        """When the day has changed since the last check, reclassify the customers whose
        classes the new day changes (a day's few: `derived.bring_up_to_date`); how many were
        due (0 on the same day or without a database)."""
        from agricrm.services.derived import bring_up_to_date, classes_due

        today = today or dt.date.today()
        if self.db is None or today == self.day:
            return 0
        self.day = today
        due = classes_due(self.db, today)
        if due:
            bring_up_to_date(self.db, today=today)
        return due

    def open(
        self,
        window: MainWindow,
        location: Location,
        on_stopped: Callable[[Exception], None],
        on_opened: Callable[[], None] = lambda: None,
    ) -> None:
        """Open the (already prepared) database at `location` under `window`, once its derived
        data is current (rebuilt first behind a progress dialog when it is not).  A cancelled
        rebuild, a failure or a user unknown there ends in `on_stopped`, nothing left open."""
        from agricrm.db.database import Database

        db = Database(location)

        def ready() -> None:
            from agricrm.gui.context import AppContext
            from agricrm.services.users import resolve_actor

            try:
                actor = resolve_actor(db, self.username)
            except AgriCrmError as error:
                stopped(error)
                return
            window.attach(AppContext(db, actor))
            window.openDatabaseRequested.connect(self.switch)
            self.window, self.db = window, db
            preferences.remember_database(location.path)
            on_opened()

        def stopped(error: Exception) -> None:
            db.close()
            on_stopped(error)

        bring_derived_data_up_to_date(window, db, ready, stopped)

    def switch(self, db_path: Path) -> bool:
        """Open another database in a new window and close this one; on any problem say why
        and keep working on the current one.  False when it was refused at once."""
        from agricrm.services.progress import Cancelled

        old_window, old_db = self.window, self.db
        location = Location.of(db_path)
        window = MainWindow()
        refused: list[Exception] = []

        def opened() -> None:
            window.show()
            if old_window is not None:
                old_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                old_window.close()
            if old_db is not None:
                QThreadPool.globalInstance().waitForDone(10_000)  # searches still reading it
                old_db.close()

        def stopped(error: Exception) -> None:
            refused.append(error)
            window.deleteLater()
            if not isinstance(error, Cancelled):
                title = QCoreApplication.translate("Errors", "AgriCRM")
                QMessageBox.warning(old_window, title, error_text(error))

        try:
            prepare_database(location)
        except AgriCrmError as error:
            stopped(error)
            return False
        self.open(window, location, stopped, opened)
        return not refused

    def close(self) -> None:
        if self.db is not None:
            QThreadPool.globalInstance().waitForDone(10_000)
            self.db.close()
            self.db = None


def run_app(location: Location, username: str | None, quit_after_paint: bool = False) -> int:
    app = create_application()
    try:
        prepare_database(location)
    except AgriCrmError as error:
        _report(error, show_dialog=not quit_after_paint)
        return 1
    window = MainWindow()
    probe = _PaintProbe(window) if quit_after_paint else None
    session = AppSession(username)

    def open_data() -> None:
        session.open(window, location, stopped, probe.watch_list if probe else lambda: None)

    def stopped(error: Exception) -> None:
        from agricrm.services.progress import Cancelled

        if isinstance(error, Cancelled):
            app.exit(0)  # the user chose to quit; the file is as it was
            return
        if isinstance(error, AgriCrmError):  # a user unknown in this database
            _report(error, show_dialog=not quit_after_paint)
            app.exit(1)
            return
        text = error_text(error)  # logs the details of an unexpected error
        print(f"agricrm: {text}", file=sys.stderr)
        if not quit_after_paint:
            QMessageBox.critical(window, QCoreApplication.translate("Errors", "AgriCRM"), text)
        app.exit(1)

    window.show()
    app.processEvents()  # expose and paint the window before the slow imports below
    QTimer.singleShot(0, open_data)
    try:
        return app.exec()
    finally:
        session.close()
