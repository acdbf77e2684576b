"""The Sync and Conflicts screens driven as a branch clerk would."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from agricrm.db.database import Database, open_database
from agricrm.gui.context import AppContext
from agricrm.gui.sync.conflicts_page import ConflictsPage
from agricrm.gui.sync.sync_page import EXPORT_FOLDER, SyncPage
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor
from tests.gui.conftest import MessageBoxes


@pytest.fixture
def hq(tmp_path: Path) -> Database:
    db = open_database(tmp_path / "hq.db")
    yield db
    db.close()


def _customers(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


def test_export_then_preview_and_import_on_another_device(
    qtbot: QtBot, context: AppContext, hq: Database, tmp_path: Path
) -> None:
    officer_page = SyncPage(context)
    qtbot.addWidget(officer_page)
    officer_page.show()
    package = tmp_path / "package.xlsx"
    officer_page.ui.exportPathEdit.setText(str(package))
    officer_page.ui.fullRadio.setChecked(True)
    with qtbot.waitSignal(officer_page.finished, timeout=60_000):
        qtbot.mouseClick(officer_page.ui.exportButton, Qt.MouseButton.LeftButton)
    assert package.exists() and "已写入" in officer_page.ui.exportResult.text()

    hq_page = SyncPage(AppContext(hq, resolve_actor(hq)))
    qtbot.addWidget(hq_page)
    hq_page.show()
    hq_page.ui.importPathEdit.setText(str(package))
    with qtbot.waitSignal(hq_page.finished, timeout=60_000):
        qtbot.mouseClick(hq_page.ui.previewButton, Qt.MouseButton.LeftButton)
    assert "新增 " in hq_page.ui.previewSummary.text()
    assert _customers(hq) == 0  # a preview changes nothing
    assert hq_page.ui.importButton.isEnabled()
    with qtbot.waitSignals([hq_page.finished, hq_page.imported], timeout=60_000):
        qtbot.mouseClick(hq_page.ui.importButton, Qt.MouseButton.LeftButton)
    assert _customers(hq) == 400
    assert "已导入" in hq_page.ui.importResult.text()


def test_an_export_is_offered_a_sensible_place_and_name_and_never_overwrites_silently(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    """The export offered the program's working folder; now the folder last exported to
    (Documents at first), named after the officer and the day."""
    from PySide6.QtCore import QStandardPaths

    from agricrm.gui import preferences

    preferences.settings().remove("folders")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected_first = Path(documents) if Path(documents).is_dir() else Path.home()
    assert preferences.folder(EXPORT_FOLDER) == expected_first
    preferences.remember_folder(EXPORT_FOLDER, tmp_path)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()
    stamp = dt.date.today().strftime("%Y%m%d")
    offered = Path(page.ui.exportPathEdit.text())
    assert offered == tmp_path / f"同步包-{context.actor.display_name}-{stamp}.xlsx"
    combo = page.ui.officerCombo
    combo.setCurrentIndex(2)  # a manager exports one officer's customers
    offered = Path(page.ui.exportPathEdit.text())
    assert offered.name == f"同步包-{combo.currentText()}-{stamp}.xlsx"

    chosen: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        chosen.append(start)
        return str(offered), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.choose_and_export()  # File ▸ Export: the save dialog starts at the offered file
    assert chosen == [str(offered)] and offered.exists()
    following = Path(page.ui.exportPathEdit.text())
    assert following.name == f"同步包-{combo.currentText()}-{stamp}-2.xlsx"

    page.ui.exportPathEdit.setText(str(offered))  # typed over an existing package
    before = offered.stat().st_mtime_ns
    message_boxes.answer = QMessageBox.StandardButton.No
    page.export()
    assert message_boxes.shown[-1][0] == "question" and offered.name in message_boxes.shown[-1][1]
    assert offered.stat().st_mtime_ns == before and page.ui.exportButton.isEnabled()


def test_a_bad_workbook_lists_its_problems_and_cannot_be_imported(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["姓名", "乡镇", "村", "身份证号"])
    sheet.append(["甲", "无此镇", "无此村", 371321198003050026])
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()
    page.ui.importPathEdit.setText(str(path))
    with qtbot.waitSignal(page.finished, timeout=30_000):
        qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    table = page.ui.previewTable
    assert table.rowCount() >= 2
    reasons = " ".join(table.item(r, 4).text() for r in range(table.rowCount()))
    assert "末尾几位已经丢失" in reasons and "不在村列表中" in reasons
    assert not page.ui.importButton.isEnabled()


def test_a_conflict_is_resolved_field_by_field(
    qtbot: QtBot, demo_db: Database, admin: Actor, hq: Database, tmp_path: Path
) -> None:
    export_package(demo_db, admin, tmp_path / "p1.xlsx")
    hq_admin = resolve_actor(hq)
    apply_import(hq, hq_admin, tmp_path / "p1.xlsx")
    with demo_db.read() as session:
        uuid = session.scalar(select(Customer.uuid).order_by(Customer.id).limit(1))
    for db, actor, changes in (
        (demo_db, admin, {"notes": "来自客户经理", "land_area_mu": Decimal("66")}),
        (hq, hq_admin, {"notes": "总行更正"}),
    ):
        service = CustomerService(db)
        with db.read() as session:
            customer_id = session.scalar(select(Customer.id).where(Customer.uuid == uuid))
        detail = service.get(actor, customer_id)
        service.update(
            actor,
            customer_id,
            dataclasses.replace(detail.to_input(), **changes),
            detail.row_version,
        )
    export_package(demo_db, admin, tmp_path / "p2.xlsx", since_last=True)
    assert apply_import(hq, hq_admin, tmp_path / "p2.xlsx").conflicts == 1

    page = ConflictsPage(AppContext(hq, hq_admin))
    qtbot.addWidget(page)
    page.show()
    assert page.ui.conflictList.count() == 1
    texts = [page.ui.fieldTable.item(r, 0).text() for r in range(page.ui.fieldTable.rowCount())]
    assert texts[:2] == ["耕地面积(亩)", "备注"] or set(texts[:2]) == {"耕地面积(亩)", "备注"}
    page.choose("land_area_mu", "incoming")
    page.ui.noteEdit.setText("面积以客户经理实地测量为准")
    with qtbot.waitSignal(page.resolved, timeout=5000):
        qtbot.mouseClick(page.ui.resolveButton, Qt.MouseButton.LeftButton)
    assert page.ui.conflictList.count() == 0
    with hq.read() as session:
        record = session.scalars(select(Customer).where(Customer.uuid == uuid)).one()
        assert record.notes == "总行更正" and record.land_area_mu == Decimal("66")
