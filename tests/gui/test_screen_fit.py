"""Laptops as they are: every window within a 1366×768 screen and a 1920×1080 one at 150 %
(1280×720 to Qt), and no filter, label or column title of the main screens cut short.

The 150 % case runs in a second process (the scale is fixed when Qt starts), with the same
catalogue of windows (`tests.gui.windows`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QSize, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.gui.context import AppContext
from agricrm.gui.style import DEFAULT_TEXT_SIZE, TEXT_SIZES, apply_style
from tests.gui.windows import every_window

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def windows_off_screen(context: AppContext) -> dict[str, str]:
    """Each window, with the normal and the large text, whose frame is not wholly within its
    screen's free area."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = {}
    try:
        for size in TEXT_SIZES:
            apply_style(app, size)
            shown: list[QWidget] = []
            for name, window in every_window(context, shown.append):
                area = window.screen().availableGeometry()
                frame = window.frameGeometry()
                if not area.contains(frame):
                    found[f"{name} ({size} text)"] = (
                        f"{frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}) on "
                        f"{area.width()}×{area.height()}"
                    )
                window.close()
            # the windows of one text size are gone before the style changes again:
            # restyling dozens of closed windows at once crashed the suite twice
            QThreadPool.globalInstance().waitForDone(30_000)
            for window in shown:
                window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            shown.clear()
    finally:
        apply_style(app, DEFAULT_TEXT_SIZE)
    return found


def test_every_window_fits_a_1366_by_768_screen(
    qtbot: QtBot, complaints_context: AppContext
) -> None:
    """The print preview opened 900×820 on a 768-pixel screen; the main window 1280×800."""
    assert QApplication.primaryScreen().availableGeometry().size() == QSize(1366, 768)
    assert windows_off_screen(complaints_context) == {}


def test_every_window_fits_a_1920_by_1080_screen_at_150_percent(
    complaints_db_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    screen = FIXTURES / "offscreen-screen-hd.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.test_screen_fit", str(complaints_db_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "AGRICRM_CONFIG_DIR": str(config),
            "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
            "QT_SCALE_FACTOR": "1.5",
        },
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    measured = json.loads(result.stdout.splitlines()[-1])
    assert measured["screen"] == [1280, 720]
    assert measured["off_screen"] == {}
    assert measured["cut_short"] == {}  # 投诉… : the sections' list was squeezed


# ----------------------------------------------------------------- texts cut short


def _text_room(combo: QComboBox) -> int:
    """The width a combo box needs to show its current text whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    content = QSize(metrics.horizontalAdvance(combo.currentText()), metrics.height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        content += QSize(combo.iconSize().width() + 4, 0)
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo)


def cut_short(page: QWidget) -> list[str]:
    """Combo boxes, labels and column titles on `page` too small for their text."""
    found = []
    for combo in page.findChildren(QComboBox):
        if combo.isVisibleTo(page) and combo.width() < _text_room(combo).width():
            found.append(f"{combo.objectName() or 'combo'}: {combo.currentText()}")
    for label in page.findChildren(QLabel):
        text = label.text()
        if not label.isVisibleTo(page) or not text or not label.pixmap().isNull():
            continue
        if label.wordWrap():  # wrapped: as tall as its lines
            if label.height() < label.heightForWidth(label.width()):
                found.append(f"wrapped label: {text}")
        elif label.width() < label.minimumSizeHint().width():
            found.append(f"label: {text}")
    for header in page.findChildren(QHeaderView):
        if not header.isVisibleTo(page) or header.orientation().value != 1:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            needed = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) < needed:
                title = model.headerData(section, header.orientation())
                found.append(f"column: {title} ({header.sectionSize(section)} < {needed})")
    return found


def sections_cut_short(window: QWidget, wait: Callable[[Callable[[], object]], None]) -> dict:
    """What is cut short in the main window: the sections' names with their badges, and each
    section's filters, labels and column titles (the customer list showing its empty state)."""
    from agricrm.gui.main_window import COMPLAINTS_ROW

    wait(lambda: window.today_page.view is not None)
    window.customer_page.ui.searchEdit.setText("qqqxxz")
    wait(window.customer_page.empty.is_shown)
    found: dict[str, list[str]] = {}
    navigation = window.ui.navigation
    margins = 12  # the style sheet's margin around each section
    if navigation.viewport().width() < navigation.sizeHintForColumn(0) + margins:
        found["navigation"] = [navigation.item(row).text() for row in range(navigation.count())]
    for row in range(navigation.count()):
        navigation.setCurrentRow(row)
        if row == COMPLAINTS_ROW:
            wait(lambda: window.complaints_page is not None)
        QApplication.processEvents()
        problems = cut_short(window.ui.pages.currentWidget())
        if problems:
            found[navigation.item(row).text()] = problems
    return found


def test_no_section_filter_label_or_column_title_is_cut_short_at_1366_by_768(
    qtbot: QtBot, complaints_context: AppContext
) -> None:
    """全部经营模, 全部信用等, 全部客户经: the filters were narrower than their own texts."""
    from agricrm.gui.main_window import MainWindow

    window = MainWindow(complaints_context)
    qtbot.addWidget(window)
    window.show()
    assert window.frameGeometry().width() <= 1366
    assert sections_cut_short(window, lambda ready: qtbot.waitUntil(ready, timeout=10_000)) == {}


def _main(db_path: str) -> None:
    from agricrm.db.database import open_database
    from agricrm.gui.app import create_application
    from agricrm.services.users import resolve_actor

    create_application()
    db: Database = open_database(Path(db_path))
    kept: list[QWidget] = []
    context = AppContext(db, resolve_actor(db))
    off_screen = windows_off_screen(context)
    from agricrm.gui.main_window import MainWindow

    window = MainWindow(context)
    kept.append(window)
    window.show()

    def wait(ready: Callable[[], object]) -> None:
        deadline = time.monotonic() + 10
        while not ready() and time.monotonic() < deadline:
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()

    cut = sections_cut_short(window, wait)
    size = QApplication.primaryScreen().availableGeometry().size()
    print(
        json.dumps(
            {"screen": [size.width(), size.height()], "off_screen": off_screen, "cut_short": cut},
            ensure_ascii=False,
        )
    )
    for widget in kept:
        widget.close()
    db.close()


if __name__ == "__main__":
    _main(sys.argv[1])
