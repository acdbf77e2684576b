"""Moving a customer through admission, with the reason every change must carry."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from agricrm.domain.enums import CustomerStatus
from agricrm.domain.errors import AgriCrmError
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_status_change_dialog import Ui_StatusChangeDialog
from agricrm.gui.labels import enum_label
from agricrm.gui.style import set_tone

Apply = Callable[[CustomerStatus, str], None]


class StatusChangeDialog(QDialog):
    def __init__(
        self,
        current: CustomerStatus,
        targets: Sequence[CustomerStatus],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusChangeDialog()
        self.ui.setupUi(self)
        self.ui.currentValue.setText(enum_label(current))
        for target in targets:
            self.ui.targetCombo.addItem(enum_label(target), target)
        set_tone(self.ui.errorLabel, "error")
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self._apply: Apply | None = None

    def set_apply(self, apply: Apply) -> None:
        """The service call to run on OK; its error keeps the dialog open and is shown."""
        self._apply = apply

    def _accept(self) -> None:
        target = self.ui.targetCombo.currentData()
        reason = self.ui.reasonEdit.toPlainText()
        if self._apply is not None:
            try:
                self._apply(target, reason)
            except AgriCrmError as error:
                self.ui.errorLabel.setText(error_text(error))
                return
        self.accept()
