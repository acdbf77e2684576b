"""The credit tab's line of credit status: the computed status, the one kept by an officer's
override with its reason (人工认定), and the dialog that sets or clears the override."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from agricrm.domain.classification.facts import CreditStatus
from agricrm.domain.errors import AgriCrmError, NotFound
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_status_change_dialog import Ui_StatusChangeDialog
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.services.credit_override import (
    CreditStatusView,
    credit_status,
    set_credit_override,
)
from agricrm.services.customer_data import CustomerDetail

Apply = Callable[[CreditStatus | None, str], None]


class CreditOverrideDialog(QDialog):
    """Keep a credit status other than the computed one, with the reason; or clear it.  The
    status change dialog's form, worded for credit."""

    def __init__(self, view: CreditStatusView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusChangeDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Keep a credit status"))
        self.ui.currentLabel.setText(self.tr("Computed status"))
        self.ui.currentValue.setText(enum_label(view.computed))
        self.ui.targetLabel.setText(self.tr("&Kept status"))
        for status in CreditStatus:
            self.ui.targetCombo.addItem(enum_label(status), status)
        if view.override_reason is not None:
            self.ui.targetCombo.addItem(self.tr("As computed (clear the override)"), None)
            self.ui.targetCombo.setCurrentIndex(self.ui.targetCombo.findData(view.kept))
            self.ui.reasonEdit.setPlainText(view.override_reason)
        set_tone(self.ui.errorLabel, "error")
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep"))
        self._apply: Apply | None = None

    def set_apply(self, apply: Apply) -> None:
        """The service call to run on OK; its error keeps the dialog open and is shown."""
        self._apply = apply

    def _accept(self) -> None:
        if self._apply is not None:
            try:
                self._apply(self.ui.targetCombo.currentData(), self.ui.reasonEdit.toPlainText())
            except AgriCrmError as error:
                self.ui.errorLabel.setText(error_text(error))
                return
        self.accept()


class CreditStatusLine(QWidget):
    """ "计算：一般 · 认定：较差（担保人失联）  [人工认定…]"; emits `saved` after an override was
    set or cleared (the file's row version moved: the form must read it again)."""

    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._detail: CustomerDetail | None = None
        self._view: CreditStatusView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Keep a status…"), self)
        self.button.setToolTip(
            self.tr("Keep a credit status other than the computed one, with the reason")
        )
        self.button.clicked.connect(self._open)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)

    def load(self, detail: CustomerDetail | None) -> None:
        """Show the status of the saved file (nothing for a new or archived one)."""
        self._detail, self._view = detail, None
        if detail is not None and detail.archived_at is None:
            try:
                self._view = credit_status(self._context.db, self._context.actor, detail.id)
            except NotFound:
                self._view = None
        self.button.setEnabled(self._view is not None)
        self.text.setText(self._wording(self._view))

    def _wording(self, view: CreditStatusView | None) -> str:
        if view is None:
            return self.tr("Computed once the file is saved")
        text = arg(self.tr("Computed: %1"), enum_label(view.computed))
        if view.override_reason is not None:
            text += " · " + arg(
                self.tr("kept: %1 (%2)"), enum_label(view.kept), view.override_reason
            )
        elif view.lapsed is not None:
            text += " · " + arg(
                self.tr("the kept status %1 (%2) lapsed when the loans changed"),
                enum_label(view.lapsed[0]),
                view.lapsed[1],
            )
        return text

    def _open(self) -> None:
        if self._view is None or self._detail is None:
            return
        dialog = CreditOverrideDialog(self._view, self)

        def apply(status: CreditStatus | None, reason: str) -> None:
            assert self._detail is not None
            set_credit_override(
                self._context.db,
                self._context.actor,
                self._detail.id,
                status,
                reason,
                self._detail.row_version,
            )
            self.saved.emit()

        dialog.set_apply(apply)
        dialog.open()
