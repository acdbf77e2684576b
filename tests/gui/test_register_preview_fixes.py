"""A preview you can fix (issue 13, items 4 and 5): in the import wizard a problem cell is
typed again and the rows checked again, and the register's villages missing from the list
are added or sent to a listed village with their group — then imported, the problem
workbook written for what stays wrong meanwhile."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWizard
from pytestqt.qtbot import QtBot

from agricrm.exchange.registers.places import Place
from agricrm.exchange.report import report_path
from agricrm.gui.context import AppContext
from agricrm.gui.sync.register_preview_page import ADD
from agricrm.gui.sync.register_wizard import RegisterWizard
from agricrm.services.villages import list_villages
from tests.gui.conftest import MessageBoxes
from tests.gui.test_register_wizard import _customers, _next, _preview, _wizard, branch

__all__ = ["branch"]  # the fixture, shared with the wizard's other tests


def _register(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["前屯村农户登记表"])
    sheet.append(["户主姓名", "联系电话", "乡镇", "村", "详细地址"])
    sheet.append(["赵甲", "13803710001", "城关镇", "前屯村一组", "12号"])
    sheet.append(["钱乙", "1380371", "城关镇", "后屯村", None])  # a phone digits short
    sheet.append(["孙丙", "０５３１－８８７７６６５５", "河口乡", "新庄村", None])  # a landline
    workbook.save(path)
    return path


def _phone_cell(wizard: RegisterWizard) -> QTableWidgetItem:
    problems = wizard.ui.problemsTable
    return next(
        problems.item(r, 2)
        for r in range(problems.rowCount())
        if problems.item(r, 1).text() == "联系电话"
    )


def _recheck(qtbot: QtBot, wizard: RegisterWizard) -> None:
    with qtbot.waitSignal(wizard.finished_work, timeout=60_000):
        qtbot.mouseClick(wizard.ui.recheckButton, Qt.MouseButton.LeftButton)


def test_a_problem_cell_corrected_and_villages_decided_in_the_preview(
    qtbot: QtBot, branch: AppContext, message_boxes: MessageBoxes, tmp_path: Path
) -> None:
    register = _register(tmp_path / "前屯村.xlsx")
    wizard = _wizard(qtbot, branch, str(register))
    _next(qtbot, wizard)
    _preview(qtbot, wizard)
    ui = wizard.ui
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    preview = wizard.preview
    assert preview is not None and preview.outcomes.problems == 3
    assert "(3)" in ui.previewTabs.tabText(ui.previewTabs.indexOf(ui.problemsTab)).replace(
        "（", "("
    ).replace("）", ")")
    assert "1" in ui.previewSummary.text()  # the landline's note is counted
    notes_column = ui.previewTable.model().index(2, 4).data()
    assert "0531-88776655" in notes_column

    villages = ui.villagesTable
    assert villages.rowCount() == 2
    first, second = wizard.page.village_combos
    assert villages.item(0, 1).text() == "前屯村一组"
    assert first.currentData() == Place("城关镇", "前屯村", "一组")  # proposed first
    assert villages.item(1, 1).text() == "新庄村" and second.currentData() == ADD

    phone = _phone_cell(wizard)
    assert phone.text() == "1380371" and phone.flags() & Qt.ItemFlag.ItemIsEditable
    phone.setText("138037")  # still wrong
    _recheck(qtbot, wizard)
    preview = wizard.preview
    assert preview is not None and [(i.row, i.column) for i in preview.plan.issues] == [
        (4, "联系电话")
    ]
    assert preview.villages == ()  # 新庄村 added, 前屯村一组 sent to 前屯村
    assert ("河口乡", "新庄村") in {
        (v.township, v.name) for v in list_villages(branch.db, branch.actor)
    }
    report = load_workbook(report_path(register), read_only=True)["问题"]
    assert [row[1:3] for row in report.iter_rows(min_row=2, values_only=True)] == [
        (4, "联系电话")
    ]  # what stays wrong, in the problem workbook
    assert not finish.isEnabled()
    assert _customers(branch.db) == {}  # checking imports nothing

    problems = ui.problemsTable
    problems.item(0, 2).setText("13803710002")
    _recheck(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.plan.issues == []
    assert finish.isEnabled()
    with qtbot.waitSignals([wizard.imported, wizard.finished_work], timeout=60_000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    customers = _customers(branch.db)
    assert (customers["赵甲"].village, customers["赵甲"].address_detail) == ("前屯村", "一组12号")
    assert customers["钱乙"].phone == "13803710002"
    assert customers["孙丙"].village == "新庄村" and customers["孙丙"].landline
    assert message_boxes.shown[-1][0] == "information"


def test_an_officer_corrects_cells_and_leaves_new_villages_to_a_manager(
    qtbot: QtBot, branch: AppContext, tmp_path: Path
) -> None:
    """Adding villages is a manager's: an officer is not offered it, and checking again
    with a correction leaves the villages missing (and listed) instead of being refused."""
    from agricrm.db.door import Cause
    from agricrm.domain.enums import Role
    from agricrm.models import User
    from agricrm.services.actor import Actor

    with branch.db.write(branch.actor, Cause.FORM) as session:
        user = User(username="wangfang", display_name="王芳", role=Role.OFFICER)
        session.add(user)
        session.flush()
        officer = Actor(user.id, user.username, user.display_name, user.role)
    context = AppContext(branch.db, officer)
    wizard = _wizard(qtbot, context, str(_register(tmp_path / "前屯村.xlsx")))
    _next(qtbot, wizard)
    _preview(qtbot, wizard)
    combos = wizard.page.village_combos
    assert [combo.findData(ADD) for combo in combos] == [-1, -1]
    assert combos[1].currentData() is None  # 新庄村 left as it is
    _phone_cell(wizard).setText("13803710002")
    _recheck(qtbot, wizard)
    preview = wizard.preview
    assert preview is not None
    assert [(m.township, m.village) for m in preview.villages] == [("河口乡", "新庄村")]
    assert "联系电话" not in {i.column for i in preview.plan.issues}
    assert ("河口乡", "新庄村") not in {
        (v.township, v.name) for v in list_villages(branch.db, officer)
    }
