"""The Complaints tab of the preferences: answer deadlines and the category list (managers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from agricrm.domain.complaints import (
    BUILTIN_LABELS,
    ComplaintCategory,
    ComplaintSeverity,
    Deadlines,
    custom_label,
    next_custom_code,
)
from agricrm.domain.errors import ValidationFailed
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.forms.ui_complaint_settings_tab import Ui_ComplaintSettingsTab
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.services.complaint_settings import (
    ComplaintSettings,
    complaint_settings,
    save_complaint_settings,
)

CODE_ROLE = Qt.ItemDataRole.UserRole


class ComplaintSettingsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_ComplaintSettingsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.original = complaint_settings(context.db, context.actor)
        self._spins = {
            ComplaintSeverity.GENERAL: (ui.generalDaysLabel, ui.generalDaysSpin),
            ComplaintSeverity.SERIOUS: (ui.seriousDaysLabel, ui.seriousDaysSpin),
            ComplaintSeverity.MAJOR: (ui.majorDaysLabel, ui.majorDaysSpin),
        }
        for severity, (label, spin) in self._spins.items():
            label.setText(arg(self.tr("%1 complaints"), enum_label(severity)))
            spin.setSuffix(self.tr(" days"))
            spin.setValue(self.original.deadlines.for_severity(severity))
        ui.warningDaysSpin.setSuffix(self.tr(" days"))
        ui.warningDaysSpin.setValue(self.original.deadlines.warning_days)
        table = ui.categoryTable
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        style.fit_rows(table)
        for category in self.original.categories:
            self._add_row(category.code, qt_tr(category.label), category.active)
        set_tone(ui.errorLabel, "error")
        ui.addCategoryButton.clicked.connect(self.add_category)
        ui.newCategoryEdit.returnPressed.connect(self.add_category)
        manager = context.actor.is_manager
        for widget in (ui.deadlineGroup, ui.addCategoryButton, ui.newCategoryEdit):
            widget.setEnabled(manager)
        table.setEnabled(manager)

    def title(self) -> str:
        return self.tr("Complaints")

    def _add_row(self, code: str, label: str, active: bool) -> None:
        table = self.ui.categoryTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(label)
        name.setData(CODE_ROLE, code)
        name.setToolTip(code)
        in_use = QTableWidgetItem()
        in_use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        in_use.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
        table.setItem(row, 0, name)
        table.setItem(row, 1, in_use)

    def add_category(self) -> None:
        text = self.ui.newCategoryEdit.text().strip()
        if not text:
            return
        code = next_custom_code(self._categories())
        self._add_row(code, text, True)
        self.ui.newCategoryEdit.clear()

    def _categories(self) -> tuple[ComplaintCategory, ...]:
        table = self.ui.categoryTable
        categories = []
        for row in range(table.rowCount()):
            name = table.item(row, 0)
            code = str(name.data(CODE_ROLE))
            text = name.text().strip()
            builtin = BUILTIN_LABELS.get(code)
            label = (
                builtin if builtin is not None and qt_tr(builtin) == text else custom_label(text)
            )
            active = table.item(row, 1).checkState() == Qt.CheckState.Checked
            categories.append(ComplaintCategory(code, label, active))
        return tuple(categories)

    def current(self) -> ComplaintSettings:
        return ComplaintSettings(
            categories=self._categories(),
            deadlines=Deadlines(
                days={severity: spin.value() for severity, (_l, spin) in self._spins.items()},
                warning_days=self.ui.warningDaysSpin.value(),
            ),
        )

    def save(self) -> bool:
        """Save when changed (managers only); False, with the reasons shown, if refused."""
        wanted = self.current()
        if wanted == self.original:
            return True
        try:
            save_complaint_settings(self._context.db, self._context.actor, wanted)
        except ValidationFailed as failure:
            self.ui.errorLabel.setText("\n".join(qt_tr(e.message) for e in failure.errors))
            raise
        self.original = wanted
        self.ui.errorLabel.clear()
        return True
