"""The main window: sections, honest placeholders, layout remembered between sessions, the
status bar, the File menu (another database, recent ones, the data folder, import and
export) and the About box."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStatusTipEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from agricrm.db.database import Database
from agricrm.gui.context import AppContext
from agricrm.gui.main_window import MainWindow
from agricrm.resources import resource_path
from agricrm.services.actor import Actor
from tests.gui.conftest import MessageBoxes


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.customer_page.searchFinished, timeout=10_000):
        window.show()
    return window


def test_sections_open_their_screens(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "今日",
        "客户档案",
        "走访记录",
        "投诉处理",
        "数据同步",
        "同步冲突",
        "客户分层",
    ]
    assert window.ui.pages.currentWidget() is window.today_page  # the home screen
    nav.setCurrentRow(3)
    assert window.ui.pages.currentWidget() is window.complaints_page  # built when first opened
    assert window.segments_page is None
    nav.setCurrentRow(6)
    assert window.ui.pages.currentWidget() is window.segments_page  # likewise
    qtbot.waitUntil(lambda: window.segments_page.view is not None, timeout=10_000)
    assert "沂南" in window.windowTitle()


def test_window_size_splitter_and_column_widths_are_remembered(
    qtbot: QtBot, context: AppContext
) -> None:
    first = _window(qtbot, context)
    first.resize(1111, 700)
    assert first.minimumSizeHint().width() <= 1024  # fits a 1024-wide netbook
    table = first.customer_page.ui.table
    table.setColumnWidth(0, 233)
    first.customer_page.ui.splitter.setSizes([700, 400])
    sizes = first.customer_page.ui.splitter.sizes()
    first.close()

    second = _window(qtbot, context)
    assert second.size() == QSize(1111, 700)
    assert second.customer_page.ui.table.columnWidth(0) == 233
    assert second.customer_page.ui.splitter.sizes() == sizes


def test_language_choice_is_saved_for_the_next_start(qtbot: QtBot, context: AppContext) -> None:
    from agricrm.gui import preferences
    from agricrm.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData("en"))
    dialog.ui.buttonBox.accepted.emit()
    try:
        assert dialog.language_changed and preferences.language() == "en"
    finally:
        preferences.set_language("zh_CN")


def test_branch_profile_is_saved_by_a_manager(qtbot: QtBot, context: AppContext) -> None:
    from agricrm.gui.settings_dialog import SettingsDialog
    from agricrm.services.settings import branch_profile

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.branchNameEdit.setText("岸堤支行")
    dialog.ui.buttonBox.accepted.emit()
    assert branch_profile(context.db, context.actor).name == "岸堤支行"


def test_the_number_series_is_checked_then_saved(qtbot: QtBot, context: AppContext) -> None:
    from agricrm.gui.settings_dialog import SettingsDialog
    from agricrm.services.record_series import numbering_series

    before = numbering_series(context.db, context.actor)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.ui.seriesEdit.text() == before
    assert f"KH-{before}-00001" in dialog.ui.seriesNote.text()
    dialog.ui.seriesEdit.clear()
    qtbot.keyClicks(dialog.ui.seriesEdit, "AB1")
    dialog.ui.buttonBox.accepted.emit()
    assert "大写字母" in dialog.ui.seriesError.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert numbering_series(context.db, context.actor) == before
    dialog.ui.seriesEdit.clear()
    qtbot.keyClicks(dialog.ui.seriesEdit, "kmn")
    dialog.ui.buttonBox.accepted.emit()
    assert numbering_series(context.db, context.actor) == "KMN"


def _status_texts(window: MainWindow) -> list[str]:
    """What the status bar shows: its message and its visible labels."""
    bar = window.statusBar()
    labels = [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
    return [text for text in (bar.currentMessage(), *labels) if text]


def test_the_status_bar_keeps_who_is_working_whatever_menus_show(
    qtbot: QtBot, context: AppContext, demo_db: Database, officer: Actor
) -> None:
    """ "当前用户：管理员（管理员）" doubled the name and vanished for good once a menu's status
    tip passed through the status bar."""
    window = _window(qtbot, context)
    assert "当前用户：管理员" in _status_texts(window)  # the name once: it is the role's name
    assert "当前用户：管理员（管理员）" not in " ".join(_status_texts(window))
    window.ui.actionOpenDatabase.showStatusText(window)  # hovering a menu item
    assert any("打开另一个" in text for text in _status_texts(window))
    QApplication.sendEvent(window, QStatusTipEvent(""))  # the pointer leaves the menu
    assert "当前用户：管理员" in _status_texts(window)
    assert f"数据库：{demo_db.path.name}" in _status_texts(window)

    other = _window(qtbot, AppContext(demo_db, officer))
    assert f"当前用户：{officer.display_name}（客户经理）" in _status_texts(other)


def test_the_file_menu_opens_the_data_folder_and_leads_to_import_and_export(
    qtbot: QtBot, context: AppContext, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, context)
    texts = [action.text() for action in window.ui.fileMenu.actions() if action.text()]
    assert texts == [
        "打开其他数据库(&O)…",
        "最近打开的数据库(&R)",
        "打开数据文件夹(&D)",
        "导入同步包或工作簿(&I)…",
        "导出同步包(&E)…",
        "退出(&Q)",
    ]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.ui.actionOpenDataFolder.trigger()
    assert [url.toLocalFile() for url in opened] == [str(demo_db.path.parent)]

    asked: list[str] = []

    def file_dialog(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)
    window.ui.actionImport.trigger()
    assert window.ui.pages.currentWidget() is window.sync_page
    window.ui.navigation.setCurrentRow(0)
    window.ui.actionExport.trigger()
    assert window.ui.pages.currentWidget() is window.sync_page
    assert asked == ["选择同步包或工作簿", "同步包保存为"]


def test_another_database_opens_in_place_of_this_one_and_is_remembered(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    from agricrm.db.location import Location
    from agricrm.gui import preferences
    from agricrm.gui.app import AppSession

    preferences.forget_recent_databases()
    first, second = tmp_path / "东岸支行.db", tmp_path / "西岭支行.db"
    for path in (first, second):
        shutil.copyfile(demo_template, path)
    session = AppSession(None)
    # not given to qtbot: the switch deletes this window (WA_DeleteOnClose), and qtbot closing
    # a window whose wrapper outlived it failed the teardown now and then
    window = MainWindow()
    failures: list[Exception] = []
    session.open(window, Location.of(first), failures.append)
    assert failures == [] and session.window is window
    try:
        window.show()
        window.open_database(second)
        assert session.window is not window and session.window is not None
        qtbot.addWidget(session.window)
        assert session.window.database_path() == second
        qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible(), timeout=5000)
        assert preferences.recent_databases() == [second.resolve(), first.resolve()]
        session.window.ui.recentMenu.aboutToShow.emit()
        recent = [a.text() for a in session.window.ui.recentMenu.actions() if a.text()]
        assert recent[0].startswith("&1 东岸支行.db") and "清除列表" in recent[-1]

        junk = tmp_path / "notes.db"
        junk.write_text("not a database", "utf-8")
        current = session.window
        assert not session.switch(junk)
        assert session.window is current and current.isVisible()
        assert message_boxes.shown[-1][0] == "warning" and "AgriCRM" in message_boxes.shown[-1][1]
    finally:
        if isValid(window):
            window.close()
            window.deleteLater()
        session.close()


def test_the_about_box_names_the_version_the_database_and_the_font_licences(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    from agricrm import __version__
    from agricrm.gui.about_dialog import FONTS, AboutDialog

    window = _window(qtbot, context)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.windowTitle() == "关于 AgriCRM"
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in shown and str(demo_db.path) in shown
    licences = dialog.licences.toPlainText()
    for font in FONTS:
        assert font.family in licences
    assert "Apache License" in licences and "Hanazono" in licences  # the licence texts
    assert "许可证" in licences and "界面和打印" in licences  # and the table, in Chinese
    bundled = {path.name for path in (resource_path("fonts")).glob("*.ttf")}
    assert bundled == {font.file for font in FONTS}, "a bundled font needs its licence shown"
    dialog.close()


def test_a_manager_adds_and_retires_a_product_in_the_settings(
    qtbot: QtBot, context: AppContext
) -> None:
    from agricrm.gui.settings_dialog import SettingsDialog
    from agricrm.services.products import list_products

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.products_tab
    dialog.ui.tabs.setCurrentWidget(tab)
    before = tab.ui.productTable.rowCount()
    qtbot.keyClicks(tab.ui.newCodeEdit, "Green Loan")
    tab.ui.newNameEdit.insert("绿色贷款")
    qtbot.mouseClick(tab.ui.addProductButton, Qt.MouseButton.LeftButton)
    assert "产品代码" in tab.ui.errorLabel.text()  # refused: upper case and a space
    tab.ui.newCodeEdit.clear()
    qtbot.keyClicks(tab.ui.newCodeEdit, "green_loan")
    qtbot.mouseClick(tab.ui.addProductButton, Qt.MouseButton.LeftButton)
    assert tab.ui.productTable.rowCount() == before + 1
    tab.ui.productTable.selectRow(before)
    qtbot.mouseClick(tab.ui.retireButton, Qt.MouseButton.LeftButton)
    assert tab.ui.productTable.item(before, 2).text() == "已停用"
    offered = {p.code for p in list_products(context.db, context.actor)}
    assert "green_loan" not in offered
