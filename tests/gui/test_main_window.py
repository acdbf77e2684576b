"""The main window: sections, honest placeholders, and layout remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from agricrm.gui.context import AppContext
from agricrm.gui.main_window import MainWindow


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
    ]
    assert window.ui.pages.currentWidget() is window.today_page  # the home screen
    nav.setCurrentRow(3)
    assert window.ui.pages.currentWidget() is window.complaints_page  # built when first opened
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
