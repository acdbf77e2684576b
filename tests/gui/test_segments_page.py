"""The segments screen as a user meets it: counts and cross-tables, a click opening the
customers behind a number, saved segments and call lists from the list and the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from agricrm.db.database import Database
from agricrm.domain.classification.facts import Dimension
from agricrm.gui.context import AppContext
from agricrm.gui.main_window import SEGMENTS_ROW, MainWindow
from agricrm.gui.segments.call_list_dialog import CallListDialog
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.saved_segments import saved_segments
from agricrm.services.segments import segments_view


def _listed(window: MainWindow) -> list[int]:
    page = window.customer_page
    assert page is not None
    return [page.model.record_id(row) for row in range(page.model.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.customer_page is not None
    qtbot.waitUntil(lambda: window.customer_page.model.rowCount() > 0, timeout=10_000)
    window.ui.navigation.setCurrentRow(SEGMENTS_ROW)
    assert window.segments_page is not None
    qtbot.waitUntil(lambda: window.segments_page.view is not None, timeout=10_000)
    return window


def test_the_screen_shows_every_dimension_and_three_cross_tables(
    window: MainWindow, demo_db: Database, admin: Actor
) -> None:
    page = window.segments_page
    assert page is not None and page.view is not None
    assert page.view == segments_view(demo_db, admin)
    assert window.ui.navigation.item(SEGMENTS_ROW).text() == "客户分层"
    assert page.counts.topLevelItemCount() == len(Dimension)
    assert page.counts.topLevelItem(4).text(0) == "客户分层"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "客户分层 × 乡镇",
        "客户价值 × 信用状况",
        "产业类型 × 生产规模",
    ]
    value_credit = page.tables[1]
    total = value_credit.item(value_credit.rowCount() - 1, value_credit.columnCount() - 1)
    assert total.text() == f"{page.view.total:,}"


def test_clicking_a_cell_opens_the_list_filtered_to_that_number(
    qtbot: QtBot, window: MainWindow, demo_db: Database, admin: Actor
) -> None:
    page = window.segments_page
    assert page is not None and page.view is not None
    table = page.view.tables[1]  # value × credit
    row = table.row_keys.index("low")
    column = table.column_keys.index("good")
    grid = page.tables[1]
    list_page = window.customer_page
    assert list_page is not None
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        grid.cellClicked.emit(row, column)
    assert window.ui.navigation.currentRow() == 1
    expected = search_customer_ids(
        demo_db,
        admin,
        CustomerQuery().with_class(Dimension.VALUE, "low").with_class(Dimension.CREDIT, "good"),
    )
    assert len(_listed(window)) == table.count("low", "good") == len(expected) > 0
    assert set(_listed(window)) == set(expected)
    assert list_page.class_filters.combos[Dimension.VALUE].currentText() == "客户价值：低价值"
    assert list_page.class_filters.combos[Dimension.CREDIT].currentText() == "信用状况：良好"


def test_a_township_cell_filters_by_township_and_segment(
    qtbot: QtBot, window: MainWindow, demo_db: Database, admin: Actor
) -> None:
    page = window.segments_page
    assert page is not None and page.view is not None
    table = page.view.tables[0]
    township = table.column_keys[0]
    column = table.row_keys.index("potential")  # shown turned: a township per line
    grid = page.tables[0]
    assert grid.verticalHeaderItem(0).text() == township
    assert grid.horizontalHeaderItem(column).text() == "潜力客户"
    list_page = window.customer_page
    assert list_page is not None
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        grid.cellClicked.emit(0, column)
    assert list_page.ui.townshipFilter.currentData() == township
    assert len(_listed(window)) == table.count("potential", township) > 0


def test_a_filter_saved_on_the_list_is_listed_on_the_screen_and_reopens(
    qtbot: QtBot, window: MainWindow, demo_db: Database, admin: Actor
) -> None:
    list_page = window.customer_page
    page = window.segments_page
    assert list_page is not None and page is not None
    query = CustomerQuery().with_class(Dimension.SEGMENT, "potential")
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        list_page.apply_query(query)
    assert list_page.segments_menu.save_as("潜力客户") == "潜力客户"
    [saved] = saved_segments(demo_db, admin)
    assert saved.query == query
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        list_page.show_all()
    page.refresh()
    assert page.saved.list.count() == 1 and page.saved.list.item(0).text() == "潜力客户"
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        page.saved.open_selected()
    assert set(_listed(window)) == set(search_customer_ids(demo_db, admin, query))
    list_page.segments_menu.rebuild()
    names = [action.text() for action in list_page.segments_menu.actions()]
    assert "潜力客户" in names


def test_the_call_list_dialog_writes_the_workbook_in_the_background(
    qtbot: QtBot, context: AppContext, demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    query = CustomerQuery().with_class(Dimension.ACTIVITY, "dormant")
    dialog = CallListDialog(context, query, "沉睡客户", None)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "calls"
    dialog.write_workbook(target)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.waitUntil(lambda: (tmp_path / "calls.xlsx").exists(), timeout=10_000)
    rows = CalamineWorkbook.from_path(str(tmp_path / "calls.xlsx")).get_sheet_by_index(0)
    body = [row for row in rows.to_python()[4:] if any(row)]
    assert len(body) == len(search_customer_ids(demo_db, admin, query))


def test_an_officer_s_screen_counts_their_customers_only(
    qtbot: QtBot, demo_db: Database, officer: Actor
) -> None:
    from agricrm.gui.segments.page import SegmentsPage

    page = SegmentsPage(AppContext(demo_db, officer))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        pass
    assert page.view is not None
    assert page.view.total == len(search_customer_ids(demo_db, officer, CustomerQuery()))
    assert "您名下的客户" in page.total_label.text()
