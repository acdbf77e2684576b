"""The customer's classes on screen: the summary panel beside the list (each class with its
reasons) and the class changes in the timeline of the file's Visits and care tab."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from pytestqt.qtbot import QtBot

from agricrm.gui.context import AppContext
from agricrm.gui.customers.class_summary import classes_html
from agricrm.gui.customers.list_page import CustomerListPage
from agricrm.gui.visits.customer_tab import CustomerVisitsTab
from agricrm.services.strategy import strategy_section
from tests.core.helpers import valid_input


def _moved_to_a_large_farm(context: AppContext) -> int:
    """A new file of 120 mu (medium), then 320 mu (large): one class change."""
    service = context.customers
    made = service.create(context.actor, valid_input(context.db, land_area_mu=Decimal(120)))
    data = valid_input(context.db, land_area_mu=Decimal(320))
    data.loans = [dataclasses.replace(data.loans[0], id=made.loans[0].id)]
    data.production_items = [
        dataclasses.replace(data.production_items[0], id=made.production_items[0].id)
    ]
    service.update(context.actor, made.id, data, made.row_version)
    return made.id


def test_the_timeline_lists_the_class_changes(qtbot: QtBot, context: AppContext) -> None:
    customer_id = _moved_to_a_large_farm(context)
    tab = CustomerVisitsTab(context)
    qtbot.addWidget(tab)
    tab.set_customer(customer_id, "测试客户")
    rows = [
        [tab.timeline.topLevelItem(i).text(column) for column in range(5)]
        for i in range(tab.timeline.topLevelItemCount())
    ]
    assert [row[1:] for row in rows] == [
        ["分类：生产规模 中型农户 → 大型农户", "", "", "规则第 1 版 · 档案变化"]
    ]


def test_the_summary_panel_shows_each_class_with_its_reasons(
    list_page: CustomerListPage, context: AppContext
) -> None:
    customer_id = _moved_to_a_large_farm(context)
    html = classes_html(strategy_section(context.db, context.actor, customer_id))
    list_page.ui.summary.setHtml(html)
    text = list_page.ui.summary.toPlainText()
    assert "大型农户" in text and "耕地 320 亩 ≥ 200 亩" in text  # the class and its reason
    assert (
        "生产规模：中型农户 → 大型农户" in text and "规则第 1 版（档案变化）" in text
    )  # the change
    # the strategy the classes call for: a large farm with fair credit is a potential customer
    assert "服务策略：潜力客户 · 每 2 个月走访 · 生日、节日问候 · 今日优先级 3" in text
