"""Choose the period (month, quarter, year) and the officer of a periodic summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from agricrm.domain.errors import AgriCrmError
from agricrm.domain.period import Period, PeriodKind
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_summary_report_dialog import Ui_SummaryReportDialog
from agricrm.gui.labels import fill_enum_combo, select_data
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.services.summary import OfficerRef
from agricrm.services.users import list_officers

BRANCH = "branch"


class SummaryReportDialog(QDialog):
    """Accepted: `period()` and `officer()` say what to print."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._today = today or dt.date.today()
        self.ui = Ui_SummaryReportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        set_tone(ui.errorLabel, "error")
        fill_enum_combo(ui.periodKindCombo, PeriodKind)
        ui.yearSpin.setRange(2000, self._today.year)
        ui.yearSpin.setValue(self._today.year)
        actor = context.actor
        if actor.is_manager:
            ui.scopeCombo.addItem(self.tr("Whole branch"), BRANCH)
        for officer in list_officers(context.db, actor):
            ui.scopeCombo.addItem(
                officer.display_name, OfficerRef(officer.id, officer.username, officer.display_name)
            )
        ui.scopeCombo.setEnabled(ui.scopeCombo.count() > 1)
        ui.periodKindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.yearSpin.valueChanged.connect(self._update_range)
        ui.numberCombo.currentIndexChanged.connect(self._update_range)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        select_data(ui.periodKindCombo, PeriodKind.QUARTER)
        self._kind_changed()

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = self._kind()
        combo = ui.numberCombo
        combo.blockSignals(True)
        combo.clear()
        if kind is PeriodKind.MONTH:
            for month in range(1, 13):
                combo.addItem(arg(self.tr("Month %1"), month), month)
            combo.setCurrentIndex(self._today.month - 1)
        elif kind is PeriodKind.QUARTER:
            for quarter in range(1, 5):
                combo.addItem(arg(self.tr("Quarter %1"), quarter), quarter)
            combo.setCurrentIndex((self._today.month - 1) // 3)
        combo.blockSignals(False)
        combo.setVisible(kind is not PeriodKind.YEAR)
        self._update_range()

    def _kind(self) -> PeriodKind:
        return PeriodKind(self.ui.periodKindCombo.currentData() or PeriodKind.QUARTER)

    def period(self) -> Period:
        ui = self.ui
        kind = self._kind()
        number = 1 if kind is PeriodKind.YEAR else int(ui.numberCombo.currentData() or 1)
        return Period(kind, ui.yearSpin.value(), number)

    def officer(self) -> OfficerRef | None:
        data = self.ui.scopeCombo.currentData()
        return None if data == BRANCH else data

    def _update_range(self) -> None:
        period = self.period()
        self.ui.rangeLabel.setText(
            arg(self.tr("%1 to %2"), period.first_day.isoformat(), period.last_day.isoformat())
        )
        self.ui.errorLabel.clear()

    def _accept(self) -> None:
        try:
            self.period().check_started(self._today)
        except AgriCrmError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        self.accept()
