"""The Sync screen's "Import a list…" wizard, driven as a clerk would: from a register of
`tests/fixtures/registers` to customers in a real database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QInputDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agricrm.db.database import Database, open_database
from agricrm.exchange.registers.mapping import IGNORE, NOTES, mappings_dir
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.sync.register_wizard import MAPPING_PAGE, PREVIEW_PAGE, SHEET_PAGE, RegisterWizard
from agricrm.gui.sync.sync_page import SyncPage
from agricrm.models import Customer
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village
from tests.gui.conftest import MessageBoxes

CORPUS = Path(__file__).parents[1] / "fixtures" / "registers"
VILLAGES = (("城关镇", "前屯村"), ("城关镇", "后屯村"), ("河口乡", "杨柳村"))


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[AppContext]:
    """An empty branch with the corpus's villages, its administrator acting."""
    db = open_database(tmp_path / "branch.db")
    actor = resolve_actor(db)
    for township, village in VILLAGES:
        add_village(db, actor, township, village)
    yield AppContext(db, actor)
    db.close()


@pytest.fixture(autouse=True)
def no_saved_mappings() -> None:
    for saved in mappings_dir().glob("*.json"):
        saved.unlink()


def _customers(db: Database) -> dict[str, Customer]:
    with db.read() as session:
        rows = session.scalars(select(Customer)).all()
        session.expunge_all()
    return {row.name: row for row in rows}


def _wizard(qtbot: QtBot, context: AppContext, name: str) -> RegisterWizard:
    wizard = RegisterWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no file yet
    wizard.ui.fileEdit.setText(str(CORPUS / name))
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == SHEET_PAGE
    return wizard


def _combo(wizard: RegisterWizard, heading: str) -> QComboBox:
    return wizard.combos[list(wizard.choices()).index(heading)]


def _choose(wizard: RegisterWizard, heading: str, target: str) -> None:
    combo = _combo(wizard, heading)
    combo.setCurrentIndex(combo.findData(target))


def _next(qtbot: QtBot, wizard: RegisterWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _preview(qtbot: QtBot, wizard: RegisterWizard) -> None:
    with qtbot.waitSignal(wizard.finished_work, timeout=60_000):
        _next(qtbot, wizard)
    assert wizard.currentId() == PREVIEW_PAGE


def test_a_titled_register_from_file_to_customers(
    qtbot: QtBot, branch: AppContext, message_boxes: MessageBoxes
) -> None:
    wizard = _wizard(qtbot, branch, "titled.xlsx")
    ui = wizard.ui
    assert [ui.sheetCombo.itemData(i) for i in range(ui.sheetCombo.count())] == [
        "农户信息",
        "填表说明",
    ]
    assert "10" in ui.sheetCombo.itemText(0)  # each sheet with its row count
    assert ui.headingRowSpin.value() == 4
    title = ui.rowsTable.item(0, 0)
    assert title.foreground().color() == QColor(style.MUTED)  # above the heading: greyed
    assert ui.rowsTable.item(3, 1).font().bold() and ui.rowsTable.item(3, 1).text() == "户主姓名"
    assert "11" in ui.sheetNotes.text()  # the total row, left out

    ui.sheetCombo.setCurrentIndex(1)  # the instructions sheet holds no headings
    ui.sheetCombo.activated.emit(1)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "填表说明" in ui.sheetNotes.text()
    ui.sheetCombo.setCurrentIndex(0)
    ui.sheetCombo.activated.emit(0)
    ui.headingRowSpin.setValue(3)  # a wrong row, then the right one by clicking it
    assert wizard.layout_ is not None and wizard.layout_.proposal is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    ui.rowsTable.cellClicked.emit(3, 0)
    assert ui.headingRowSpin.value() == 4
    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING_PAGE

    _choose(wizard, "主要种养品种", NOTES)  # one mapping changed
    _choose(wizard, "备注", IGNORE)  # one column ignored
    _preview(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.outcomes.new == 6
    assert "6" in ui.previewSummary.text()
    model = ui.previewTable.model()
    assert model.rowCount() == 6
    assert [model.index(0, c).data() for c in range(3)] == ["5", "赵德胜", "新增"]
    assert _customers(branch.db) == {}  # a preview changes nothing

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    with qtbot.waitSignals([wizard.imported, wizard.finished_work], timeout=60_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    customers = _customers(branch.db)
    assert len(customers) == 6
    zhao = customers["赵德胜"]
    assert zhao.technology_notes in (None, "")
    assert "原表列 主要种养品种：小麦、玉米" in zhao.notes
    assert "贫困户" not in customers["钱秀英"].notes  # 备注 was ignored
    assert message_boxes.shown[-1][0] == "information"
    assert "6" in message_boxes.shown[-1][1] and "titled.xlsx" in message_boxes.shown[-1][1]
    assert not wizard.isVisible()


def test_next_waits_for_every_column_and_refuses_two_on_one_field(
    qtbot: QtBot, branch: AppContext
) -> None:
    wizard = _wizard(qtbot, branch, "sheet1.xlsx")
    _next(qtbot, wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.choices()["信贷员走访记录"] is None
    assert not next_button.isEnabled()
    assert "信贷员走访记录" in wizard.ui.mappingStatus.text()
    _choose(wizard, "信贷员走访记录", IGNORE)
    assert next_button.isEnabled()

    _choose(wizard, "证件号码", "phone")  # now two columns fill the phone
    assert not next_button.isEnabled()
    status = wizard.ui.mappingStatus.text()
    assert "证件号码" in status and "手机" in status
    rows = list(wizard.choices())
    for heading in ("证件号码", "手机"):
        item = wizard.ui.mappingTable.item(rows.index(heading), 0)
        assert item.background().color() == QColor(style.ERROR_TINT)
    untouched = wizard.ui.mappingTable.item(rows.index("姓名"), 0)
    assert untouched.background().color() != QColor(style.ERROR_TINT)
    _choose(wizard, "证件号码", "id_number")
    assert next_button.isEnabled()


def test_a_register_whose_headings_clash_opens_with_both_columns_marked(
    qtbot: QtBot, branch: AppContext
) -> None:
    wizard = _wizard(qtbot, branch, "two_on_one.xlsx")
    _next(qtbot, wizard)  # the service refuses this file; the wizard shows it to be fixed
    assert wizard.currentId() == MAPPING_PAGE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _choose(wizard, "手机", IGNORE)
    _preview(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.outcomes.new == 1


def test_a_saved_mapping_is_reused_and_one_that_does_not_fit_is_refused(
    qtbot: QtBot, branch: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("后屯村登记表", True))
    first = _wizard(qtbot, branch, "sheet1.xlsx")
    _next(qtbot, first)
    _choose(first, "信贷员走访记录", NOTES)
    qtbot.mouseClick(first.ui.saveMappingButton, Qt.MouseButton.LeftButton)
    assert (mappings_dir() / "后屯村登记表.json").is_file()
    assert "后屯村登记表" in first.ui.mappingStatus.text()
    first.close()

    again = _wizard(qtbot, branch, "sheet1.xlsx")
    _next(qtbot, again)
    saved = again.ui.savedCombo
    assert again.choices()["信贷员走访记录"] is None  # the synonyms do not know it
    saved.setCurrentIndex(saved.findData("后屯村登记表"))
    saved.activated.emit(saved.currentIndex())
    assert again.choices()["信贷员走访记录"] == NOTES
    _preview(qtbot, again)
    assert again.preview is not None and again.preview.outcomes.new == 4

    other = _wizard(qtbot, branch, "titled.xlsx")
    _next(qtbot, other)
    before = other.choices()
    saved = other.ui.savedCombo
    saved.setCurrentIndex(saved.findData("后屯村登记表"))
    saved.activated.emit(saved.currentIndex())
    assert "后屯村登记表" in other.ui.mappingStatus.text()  # no longer fits: said, not applied
    assert other.choices() == before and saved.currentData() == ""


def test_the_sync_screen_opens_the_wizard_and_refreshes_after_its_import(
    qtbot: QtBot, branch: AppContext
) -> None:
    page = SyncPage(branch)
    qtbot.addWidget(page)
    page.show()
    wizard = page.open_register_wizard()
    assert wizard.isVisible()
    with qtbot.waitSignal(page.imported, timeout=1_000):
        wizard.imported.emit()


def test_rows_found_by_file_number_are_counted_under_that_rule(
    qtbot: QtBot, branch: AppContext, tmp_path: Path
) -> None:
    """The first matching rule, 档案编号, has its own words in the preview (it used to show
    the raw key "updated:number" and count under it)."""
    from openpyxl import Workbook

    from agricrm.services.register_import import RegisterRequest, apply_register

    first = tmp_path / "first.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["户主姓名", "乡镇", "村"])
    sheet.append(["孙立平", "河口乡", "杨柳村"])
    book.save(first)
    apply_register(branch.db, branch.actor, RegisterRequest(first))
    number = _customers(branch.db)["孙立平"].number
    follow_up = tmp_path / "follow_up.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["档案编号", "户主姓名", "乡镇", "村", "备注"])
    sheet.append([number, "孙立平", "河口乡", "杨柳村", "已走访"])
    book.save(follow_up)
    wizard = RegisterWizard(branch)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.fileEdit.setText(str(follow_up))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING_PAGE
    assert wizard.choices()["档案编号"] == "number"
    _preview(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.outcomes.updated == {"number": 1}
    model = wizard.ui.previewTable.model()
    assert model.index(0, 2).data() == "更新（按档案编号）"
    assert "档案编号 1" in wizard.ui.previewSummary.text()


def test_a_household_register_from_file_to_imported_members(
    qtbot: QtBot, branch: AppContext, message_boxes: MessageBoxes, tmp_path: Path
) -> None:
    """The sheet page offers the other sheets for the family members; the mapping page
    shows the members sheet's columns as the synonym table proposes them; the preview
    counts and lists the members; the import brings them into their households."""
    import shutil

    from agricrm.models import HouseholdMember

    copy = tmp_path / "household.xlsx"  # its notes' workbook is written beside it
    shutil.copy(CORPUS / "household.xlsx", copy)
    wizard = RegisterWizard(branch)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.fileEdit.setText(str(copy))
    _next(qtbot, wizard)
    ui = wizard.ui
    assert ui.sheetCombo.currentData() == "户主"
    combo = ui.membersSheetCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "家庭成员"]
    assert not ui.membersHeadingSpin.isEnabled()
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert ui.membersHeadingSpin.value() == 2 and "8" in ui.membersNotes.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    ui.membersHeadingSpin.setValue(1)  # another heading row is read at once
    assert wizard.members.layout_ is not None and wizard.members.layout_.proposal is not None
    assert wizard.members.layout_.proposal.register.heading_row == 1
    ui.membersHeadingSpin.setValue(2)
    assert next_button.isEnabled()
    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING_PAGE
    assert ui.membersMappingTable.isVisibleTo(wizard)
    assert wizard.members.choices() == {
        "序号": IGNORE,
        "户号": "household_code",
        "户主姓名": IGNORE,
        "成员姓名": "name",
        "与户主关系": "relation",
        "成员身份证号": "id_number",
        "联系电话": "phone",
        "备注": "notes",
    }
    members_combo = wizard.members.combos[3]  # 成员姓名: undecided, Next waits
    members_combo.setCurrentIndex(0)
    assert not next_button.isEnabled() and "成员姓名" in ui.mappingStatus.text()
    members_combo.setCurrentIndex(members_combo.findData("name"))
    assert next_button.isEnabled()
    _preview(qtbot, wizard)
    assert "家庭成员：新增 8" in ui.previewSummary.text()
    tabs = ui.previewTabs
    assert tabs.isTabVisible(tabs.indexOf(ui.membersTab))
    model = ui.membersTable.model()
    assert model.rowCount() == 8
    assert [model.index(0, c).data() for c in range(3)] == ["3", "孙桂芝", "新增"]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignals([wizard.imported, wizard.finished_work], timeout=60_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    with branch.db.read() as session:
        stored = dict(
            session.execute(
                select(HouseholdMember.name, Customer.name).join(
                    Customer, Customer.id == HouseholdMember.customer_id
                )
            ).all()
        )
    assert len(stored) == 8 and stored["孙桂芝"] == "赵德胜" and stored["李国富"] == "钱秀英"
    assert "新增家庭成员 8 位" in message_boxes.shown[-1][1]
