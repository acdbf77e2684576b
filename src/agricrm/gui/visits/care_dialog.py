"""Logging a care greeting (call, text message, gift) for one customer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.care import CareInput, CareKind, CareOccasion, Festival
from agricrm.domain.errors import AgriCrmError, ValidationFailed
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.labels import fill_enum_combo, select_data
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.services.care import log_care


class CareDialog(QDialog):
    saved = Signal(object)  # CareEventView

    def __init__(
        self,
        context: AppContext,
        customer_id: int,
        customer_name: str,
        *,
        occasion: CareOccasion = CareOccasion.BIRTHDAY,
        festival: Festival | None = None,
        occasion_date: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._customer_id = customer_id
        self._occasion_date = occasion_date
        self.setWindowTitle(arg(self.tr("Care for %1"), customer_name))
        self.kindCombo = QComboBox(self)
        fill_enum_combo(self.kindCombo, CareKind)
        self.occasionCombo = QComboBox(self)
        fill_enum_combo(self.occasionCombo, CareOccasion)
        select_data(self.occasionCombo, occasion)
        self.festivalCombo = QComboBox(self)
        fill_enum_combo(self.festivalCombo, Festival, "—")
        select_data(self.festivalCombo, festival)
        self.notesEdit = QLineEdit(self)
        self.notesEdit.setPlaceholderText(self.tr("e.g. wished a happy birthday, sent a moon cake"))
        self.message = QLabel(self)
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&How"), self.kindCombo)
        form.addRow(self.tr("&Occasion"), self.occasionCombo)
        form.addRow(self.tr("&Festival"), self.festivalCombo)
        form.addRow(self.tr("&Notes"), self.notesEdit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.occasionCombo.currentIndexChanged.connect(self._occasion_changed)
        self._occasion_changed()

    def _occasion_changed(self) -> None:
        festival = self.occasionCombo.currentData() == CareOccasion.FESTIVAL
        self.festivalCombo.setEnabled(festival)
        if not festival:
            self.festivalCombo.setCurrentIndex(0)

    def save(self) -> bool:
        festival = self.festivalCombo.currentData()
        data = CareInput(
            customer_id=self._customer_id,
            kind=CareKind(self.kindCombo.currentData()),
            occasion=CareOccasion(self.occasionCombo.currentData()),
            festival=None if festival is None else Festival(festival),
            occasion_date=self._occasion_date,
            notes=self.notesEdit.text(),
        )
        try:
            event = log_care(self._context.db, self._context.actor, data)
        except ValidationFailed as failure:
            self.message.setText("\n".join(qt_tr(e.message) for e in failure.errors))
            return False
        except AgriCrmError as error:
            self.message.setText(error_text(error))
            return False
        self.saved.emit(event)
        self.accept()
        return True
