"""The credit tab's credit status line: an officer keeps another status with a reason, sees
both the computed and the kept status, and a missing reason is named without saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.gui.context import AppContext
from agricrm.gui.customers.credit_status import CreditOverrideDialog
from agricrm.gui.customers.detail_dialog import CustomerDialog
from agricrm.models import CustomerClasses


def _good_customer(db: Database) -> int:
    with db.read() as session:
        found = session.scalar(
            select(CustomerClasses.customer_id)
            .where(CustomerClasses.credit == "good", CustomerClasses.credit_computed == "good")
            .order_by(CustomerClasses.customer_id)
            .limit(1)
        )
    assert found is not None
    return found


def _override_dialog(qtbot: QtBot, dialog: CustomerDialog) -> CreditOverrideDialog:
    qtbot.mouseClick(dialog.credit_status.button, Qt.MouseButton.LeftButton)
    found = dialog.credit_status.findChild(CreditOverrideDialog)
    assert found is not None and found.isVisible()
    return found


def _ok(qtbot: QtBot, override: CreditOverrideDialog) -> None:
    ok = override.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _stored_credit(db: Database, customer_id: int) -> str:
    with db.read() as session:
        return session.scalar(
            select(CustomerClasses.credit).where(CustomerClasses.customer_id == customer_id)
        )


def test_an_officer_keeps_a_credit_status_with_a_reason_and_sees_both(
    qtbot: QtBot, context: AppContext, demo_db: Database
) -> None:
    customer_id = _good_customer(demo_db)
    dialog = CustomerDialog(context, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.credit_status.text.text() == "计算：良好"

    override = _override_dialog(qtbot, dialog)
    override.ui.targetCombo.setCurrentIndex(override.ui.targetCombo.findText("较差"))
    _ok(qtbot, override)
    assert override.isVisible()  # no reason: named, nothing kept
    assert "理由" in override.ui.errorLabel.text()
    assert _stored_credit(demo_db, customer_id) == "good"

    override.ui.reasonEdit.insertPlainText("担保人失联")
    _ok(qtbot, override)
    assert not override.isVisible()
    assert dialog.credit_status.text.text() == "计算：良好 · 认定：较差（担保人失联）"
    assert _stored_credit(demo_db, customer_id) == "poor"

    # the form took the file's new version: saving it again is not refused as stale
    dialog.ui.notesEdit.setPlainText("复核后保存")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    reopened = CustomerDialog(context, customer_id)
    qtbot.addWidget(reopened)
    reopened.show()
    clear = _override_dialog(qtbot, reopened)
    assert clear.ui.reasonEdit.toPlainText() == "担保人失联"
    clear.ui.targetCombo.setCurrentIndex(clear.ui.targetCombo.count() - 1)
    _ok(qtbot, clear)
    assert reopened.credit_status.text.text() == "计算：良好"
    assert _stored_credit(demo_db, customer_id) == "good"


def test_a_new_file_has_no_credit_status_to_keep(qtbot: QtBot, context: AppContext) -> None:
    dialog = CustomerDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.credit_status.button.isEnabled()
