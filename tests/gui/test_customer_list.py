"""Driving the customer list as an officer would: type, filter, sort, open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database
from agricrm.domain.enums import CustomerStatus
from agricrm.gui.context import AppContext
from agricrm.gui.customers.list_page import CustomerListPage
from agricrm.gui.customers.table_model import CustomerTableModel
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_rows, search_customer_ids
from tests.conftest import DEMO_CUSTOMERS


def _names(page: CustomerListPage) -> list[str]:
    model = page.model
    return [
        model.data(model.index(row, model.column_of("name"))) for row in range(model.rowCount())
    ]


def test_list_shows_every_customer_with_a_count(list_page: CustomerListPage) -> None:
    assert list_page.model.rowCount() == DEMO_CUSTOMERS
    assert list_page.ui.countLabel.text() == f"共 {DEMO_CUSTOMERS} 位客户"
    assert list_page.model.headerData(0, Qt.Orientation.Horizontal) == "档案编号"
    name = list_page.model.column_of("name")
    assert list_page.model.headerData(name, Qt.Orientation.Horizontal) == "姓名"
    assert list_page.ui.table.horizontalHeader().sortIndicatorSection() == name


def test_typing_in_the_search_box_filters_rows(
    qtbot: QtBot, list_page: CustomerListPage, demo_db: Database, admin: Actor
) -> None:
    expected = search_customer_ids(demo_db, admin, CustomerQuery(text="wang"))
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        qtbot.keyClicks(list_page.ui.searchEdit, "wang")
    assert 0 < list_page.model.rowCount() == len(expected) < DEMO_CUSTOMERS
    names = _names(list_page)
    qtbot.waitUntil(lambda: all(_names(list_page)))
    names = _names(list_page)
    assert all(name[0] in "王汪" for name in names), names
    assert list_page.ui.countLabel.text() == f"共 {len(expected)} 位客户"

    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        list_page.ui.searchEdit.clear()
    assert list_page.model.rowCount() == DEMO_CUSTOMERS


def test_status_filter_and_header_sort(
    qtbot: QtBot, list_page: CustomerListPage, demo_db: Database, admin: Actor
) -> None:
    combo = list_page.ui.statusFilter
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        combo.setCurrentIndex(combo.findData(CustomerStatus.PROSPECT))
    ids = [list_page.model.record_id(r) for r in range(list_page.model.rowCount())]
    rows = customer_rows(demo_db, admin, ids)
    assert ids and all(rows[i].status is CustomerStatus.PROSPECT for i in ids)

    land = next(i for i, c in enumerate(list_page.model.columns) if c.key == "land_area")
    header = list_page.ui.table.horizontalHeader()
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        header.setSortIndicator(land, Qt.SortOrder.DescendingOrder)
    ids = [list_page.model.record_id(r) for r in range(list_page.model.rowCount())]
    rows = customer_rows(demo_db, admin, ids)
    areas = [rows[i].land_area_mu for i in ids]
    assert areas == sorted(areas, reverse=True)


def test_keyboard_ctrl_f_then_down_reaches_the_table(
    qtbot: QtBot, list_page: CustomerListPage
) -> None:
    list_page.activateWindow()
    qtbot.keyClick(list_page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert list_page.ui.searchEdit.hasFocus()
    qtbot.keyClick(list_page.ui.searchEdit, Qt.Key.Key_Down)
    assert list_page.ui.table.hasFocus()
    assert list_page.selected_customer_id() == list_page.model.record_id(0)


def test_model_fetches_only_the_pages_it_shows(
    qtbot: QtBot, demo_db: Database, admin: Actor
) -> None:
    requested: list[int] = []

    def fetch(ids: list[int]) -> dict:
        requested.extend(ids)
        return customer_rows(demo_db, admin, ids)

    model = CustomerTableModel(fetch)
    ids = search_customer_ids(demo_db, admin, CustomerQuery())
    model.set_ids(ids)
    assert len(requested) == 200  # the first page, fetched before the first paint
    assert model.data(model.index(len(ids) - 1, 0)) is None  # not fetched yet: drawn blank
    qtbot.waitUntil(lambda: model.data(model.index(len(ids) - 1, 0)) is not None)
    assert len(requested) == 400 and len(set(requested)) == 400


def test_columns_hidden_from_the_header_menu_stay_hidden_next_time(
    qtbot: QtBot, list_page: CustomerListPage, context: AppContext
) -> None:
    header = list_page.ui.table.horizontalHeader()
    age = list_page.model.column_of("age")
    menu = list_page.column_chooser.menu()
    titles = [action.text() for action in menu.actions() if action.isCheckable()]
    assert titles[:3] == ["档案编号", "姓名", "性别"]
    menu.actions()[age].trigger()
    assert header.isSectionHidden(age)
    list_page.save_state()

    again = CustomerListPage(context)
    qtbot.addWidget(again)
    assert again.ui.table.horizontalHeader().isSectionHidden(age)
    again.column_chooser.show_all()
    assert not again.ui.table.horizontalHeader().isSectionHidden(age)
    again.save_state()


def test_the_last_column_shown_cannot_be_hidden(list_page: CustomerListPage) -> None:
    header = list_page.ui.table.horizontalHeader()
    for section in range(1, header.count()):
        header.setSectionHidden(section, True)
    menu = list_page.column_chooser.menu()
    assert not menu.actions()[0].isEnabled()
    assert all(action.isEnabled() for action in menu.actions()[1 : header.count()])
    list_page.column_chooser.show_all()


def test_a_class_filter_lists_that_class_and_clearing_brings_everyone_back(
    qtbot: QtBot, list_page: CustomerListPage, demo_db: Database, admin: Actor
) -> None:
    from agricrm.domain.classification.facts import Dimension

    combo = list_page.class_filters.combos[Dimension.SEGMENT]
    assert combo.itemText(0) == "客户分层：全部"
    expected = search_customer_ids(
        demo_db, admin, CustomerQuery().with_class(Dimension.SEGMENT, "potential")
    )
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        combo.setCurrentIndex(combo.findData("potential"))
    assert 0 < list_page.model.rowCount() == len(expected) < DEMO_CUSTOMERS
    assert list_page.current_query().classes == ((Dimension.SEGMENT, "potential"),)
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        list_page.clear_filters()
    assert combo.currentData() is None
    assert list_page.model.rowCount() == DEMO_CUSTOMERS


def test_apply_query_sets_every_box(
    qtbot: QtBot, list_page: CustomerListPage, demo_db: Database, admin: Actor
) -> None:
    from agricrm.domain.classification.facts import Dimension

    township = list_page.ui.townshipFilter.itemData(1)
    query = (
        CustomerQuery(township=township, status=CustomerStatus.ACTIVE)
        .with_class(Dimension.ACTIVITY, "active")
        .with_class(Dimension.SCALE, "small")
    )
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        list_page.apply_query(query)
    assert list_page.ui.townshipFilter.currentData() == township
    assert list_page.ui.statusFilter.currentData() == CustomerStatus.ACTIVE
    assert list_page.class_filters.combos[Dimension.SCALE].currentData() == "small"
    assert list_page.current_query() == query
    expected = search_customer_ids(demo_db, admin, query)
    assert 0 < list_page.model.rowCount() == len(expected)


def test_segment_and_value_columns_are_offered_hidden_and_show_each_customer_s_class(
    qtbot: QtBot, list_page: CustomerListPage, demo_db: Database, admin: Actor
) -> None:
    from agricrm.domain.classification.facts import Dimension

    model, table = list_page.model, list_page.ui.table
    segment, value = model.column_of("segment"), model.column_of("value")
    list_page._default_column_widths()  # the layout of a first start (no saved one)
    assert table.isColumnHidden(segment) and table.isColumnHidden(value)
    offered = [action.text() for action in list_page.column_chooser.menu().actions()]
    assert "客户分层" in offered and "客户价值" in offered
    assert model.headerData(segment, Qt.Orientation.Horizontal) == "客户分层"
    quality = CustomerQuery().with_class(Dimension.SEGMENT, "potential")
    with qtbot.waitSignal(list_page.searchFinished, timeout=10_000):
        list_page.apply_query(quality.with_class(Dimension.VALUE, "low"))
    assert model.rowCount() > 0
    qtbot.waitUntil(lambda: bool(model.data(model.index(0, segment))), timeout=10_000)
    texts = {
        (model.data(model.index(row, segment)), model.data(model.index(row, value)))
        for row in range(model.rowCount())
    }
    assert texts == {("潜力客户", "低价值")}
