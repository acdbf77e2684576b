"""The customer form as a user fills it: messages beside fields, saves that survive a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from agricrm.db.database import Database, open_database
from agricrm.domain.enums import CustomerStatus
from agricrm.gui.context import AppContext
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_rows, search_customer_ids
from agricrm.services.users import resolve_actor
from tests.core.helpers import a_village, new_id_number, row_counts
from tests.gui.conftest import MessageBoxes


def _new_dialog(qtbot: QtBot, context: AppContext) -> CustomerDialog:
    dialog = CustomerDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_basic(qtbot: QtBot, dialog: CustomerDialog, db: Database, id_number: str) -> None:
    ui = dialog.ui
    township, village = a_village(db)
    ui.nameEdit.insert("李秀英")  # what an input method commits; QTest types ASCII only
    qtbot.keyClicks(ui.idNumberEdit, id_number)
    qtbot.keyClicks(ui.phoneEdit, "139 1234 5678")
    ui.townshipCombo.setCurrentText(township)
    ui.villageCombo.setCurrentText(village)
    ui.landAreaEdit.insert("１２.５")  # full-width digits, as an IME types them


def _save(qtbot: QtBot, dialog: CustomerDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_bad_id_number_is_explained_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    dialog = _new_dialog(qtbot, context)
    before = row_counts(demo_db)
    good = new_id_number("19850203")
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    _fill_basic(qtbot, dialog, demo_db, bad)
    assert f"校验位应为 {good[-1]}" in dialog.errors.text("id_number")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "未保存" in dialog.ui.formMessage.text()
    assert f"身份证号：校验位应为 {good[-1]}" in dialog.ui.formMessage.text()
    assert row_counts(demo_db) == before
    dialog.ui.idNumberEdit.setText(good)
    assert not dialog.errors.text("id_number")
    assert not dialog.ui.genderCombo.isEnabled()  # derived from the ID number now


def test_negative_land_and_text_in_number_fields_are_marked(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    dialog = _new_dialog(qtbot, context)
    _fill_basic(qtbot, dialog, demo_db, new_id_number())
    dialog.ui.landAreaEdit.setText("-3")
    dialog.ui.annualIncomeEdit.setText("三万")
    _save(qtbot, dialog)
    assert "负数" in dialog.errors.text("land_area_mu")
    assert "数字" in dialog.errors.text("annual_income")
    assert dialog.ui.productionTab.isVisibleTo(dialog)  # its tab brought forward


def test_saved_customer_is_found_after_reopening_the_database(
    qtbot: QtBot, demo_path: Path, demo_db: Database, context: AppContext
) -> None:
    dialog = _new_dialog(qtbot, context)
    id_number = new_id_number("19700812")
    _fill_basic(qtbot, dialog, demo_db, id_number)
    qtbot.mouseClick(dialog.ui.loansAddButton, Qt.MouseButton.LeftButton)
    loans = dialog.loans_model
    loans.setData(loans.index(0, loans.column_of("amount")), "50,000")
    loans.setData(loans.index(0, loans.column_of("balance")), "20000")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _save(qtbot, dialog)
    assert not dialog.isVisible()
    demo_db.close()

    reopened = open_database(demo_path)
    try:
        admin = resolve_actor(reopened)
        ids = search_customer_ids(reopened, admin, CustomerQuery(text="lxy"))
        rows = customer_rows(reopened, admin, ids)
        match = [r for r in rows.values() if r.id_number == id_number]
        assert len(match) == 1
        assert match[0].name == "李秀英" and match[0].phone == "13912345678"
        assert str(match[0].land_area_mu) == "12.50"
        assert match[0].status is CustomerStatus.PROSPECT
    finally:
        reopened.close()


def test_unknown_village_can_be_added_from_the_message(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    dialog = _new_dialog(qtbot, context)
    _fill_basic(qtbot, dialog, demo_db, new_id_number())
    dialog.ui.villageCombo.setCurrentText("新建村")
    _save(qtbot, dialog)
    assert "新建村" in dialog.errors.text("village")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ui.formMessage.linkActivated.emit("add_village")
    assert dialog.detail is not None and dialog.detail.village == "新建村"


def test_duplicate_id_number_names_the_existing_customer(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    ids = search_customer_ids(demo_db, context.actor, CustomerQuery())
    existing = customer_rows(demo_db, context.actor, ids[:1])[ids[0]]
    dialog = _new_dialog(qtbot, context)
    _fill_basic(qtbot, dialog, demo_db, existing.id_number)
    _save(qtbot, dialog)
    assert existing.name in dialog.errors.text("id_number")


def test_editing_sub_tables_and_archiving(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    ids = search_customer_ids(demo_db, context.actor, CustomerQuery())
    dialog = CustomerDialog(context, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    items = dialog.items_model
    before = items.rowCount()
    qtbot.mouseClick(dialog.ui.itemsAddButton, Qt.MouseButton.LeftButton)
    items.setData(items.index(before, items.column_of("name")), "花椒")
    items.setData(items.index(before, items.column_of("quantity")), "abc")
    _save(qtbot, dialog)
    assert f"第 {before + 1} 行" in dialog.ui.itemsErrors.text()
    items.setData(items.index(before, items.column_of("quantity")), "3.5")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _save(qtbot, dialog)
    detail = context.customers.get(context.actor, ids[0])
    assert "花椒" in [item.name for item in detail.production_items]

    reopened = CustomerDialog(context, ids[0])
    qtbot.addWidget(reopened)
    reopened.show()
    with qtbot.waitSignal(reopened.saved, timeout=5000):
        qtbot.mouseClick(reopened.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert reopened.ui.restoreButton.isVisible()
    assert ids[0] not in search_customer_ids(demo_db, context.actor, CustomerQuery())


def test_escape_over_unsaved_edits_asks_before_closing(
    qtbot: QtBot, context: AppContext, demo_db: Database, message_boxes: MessageBoxes
) -> None:
    ids = search_customer_ids(demo_db, context.actor, CustomerQuery())
    saved_address = context.customers.get(context.actor, ids[0]).address_detail
    dialog = CustomerDialog(context, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing edited: closes without a question
    assert not dialog.isVisible() and not message_boxes.shown

    dialog.show()
    qtbot.keyClicks(dialog.ui.addressEdit, " 3")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert message_boxes.shown == [("question", "不保存修改就关闭？")]
    assert dialog.ui.addressEdit.text() == f"{saved_address} 3"  # the edit is still there

    message_boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert context.customers.get(context.actor, ids[0]).address_detail == saved_address


def test_household_members_are_added_checked_and_saved_on_their_tab(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    ids = search_customer_ids(demo_db, context.actor, CustomerQuery())
    customer = context.customers.get(context.actor, ids[0])
    dialog = CustomerDialog(context, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.household_tab
    assert dialog.ui.tabs.tabText(1) == "家庭成员"
    dialog.ui.tabs.setCurrentWidget(tab)
    members = tab.model
    before = members.rowCount()
    qtbot.keyClicks(tab.ui.householdCodeEdit, "371321-0042")
    qtbot.mouseClick(tab.ui.addMemberButton, Qt.MouseButton.LeftButton)
    members.setData(members.index(before, members.column_of("name")), "王桂兰")
    members.setData(members.index(before, members.column_of("id_number")), customer.id_number)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert f"第 {before + 1} 行" in tab.ui.membersErrors.text()
    assert "客户本人的身份证号" in tab.ui.membersErrors.text()

    spouse_id = new_id_number("19620315")
    members.setData(members.index(before, members.column_of("id_number")), spouse_id.lower())
    members.setData(members.index(before, members.column_of("phone")), "+86 139-1234-0000")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _save(qtbot, dialog)
    saved = context.customers.get(context.actor, ids[0])
    assert saved.household_code == "371321-0042"
    added = saved.household_members[-1]
    assert (added.name, added.id_number, added.phone) == ("王桂兰", spouse_id, "13912340000")
    assert added.relation.value == ("spouse" if before == 0 else "other")
    assert len(saved.household_members) == before + 1


def test_the_relationship_box_reads_amounts_as_people_type_them(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    ids = search_customer_ids(demo_db, context.actor, CustomerQuery())
    dialog = CustomerDialog(context, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.relationship_box.ui
    box.depositBalanceEdit.clear()
    box.depositBalanceEdit.insert("2.5万")
    box.depositAverageEdit.clear()
    box.depositsReadOnEdit.clear()
    _save(qtbot, dialog)
    assert dialog.isVisible()  # a balance with no day it was read
    assert "数据日期" in dialog.ui.formMessage.text()
    qtbot.keyClicks(box.depositsReadOnEdit, "2026-11-30")
    box.cardLevelCombo.setCurrentIndex(box.cardLevelCombo.findText("金卡"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _save(qtbot, dialog)
    saved = context.customers.get(context.actor, ids[0])
    assert (str(saved.deposit_balance), saved.card_level.value) == ("25000.00", "gold")


def test_a_second_field_on_a_row_is_named_by_its_own_label(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    """The landline shares the mobile's row: its problem said 手机号码 before."""
    dialog = _new_dialog(qtbot, context)
    qtbot.keyClicks(dialog.ui.landlineEdit, "0531-12")
    _save(qtbot, dialog)
    assert "固定电话：" in dialog.ui.formMessage.text()
    assert "手机号码：" not in dialog.ui.formMessage.text()


def test_products_held_are_ticked_with_their_date_on_the_credit_tab(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    ids = search_customer_ids(demo_db, context.actor, CustomerQuery())
    dialog = CustomerDialog(context, ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.relationship_box.ui.productsTable
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    wealth = names.index("理财")
    for row in range(table.rowCount()):
        table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    table.item(wealth, 0).setCheckState(Qt.CheckState.Checked)
    table.item(wealth, 1).setText("2024/5/6")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        _save(qtbot, dialog)
    saved = context.customers.get(context.actor, ids[0])
    assert [(p.name, p.since.isoformat() if p.since else "") for p in saved.products] == [
        ("理财", "2024-05-06")
    ]
