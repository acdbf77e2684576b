"""Preferences: the interface language (this user), branch profile and village list (branch)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from agricrm.domain.errors import AgriCrmError
from agricrm.gui import preferences
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from agricrm.gui.widgets.field_errors import ERROR_STYLE
from agricrm.services.settings import BranchProfile, branch_profile, save_branch_profile
from agricrm.services.villages import add_village, list_villages

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for code, name in LANGUAGES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(preferences.language()), 0))
        self._profile = branch_profile(context.db, context.actor)
        ui.branchNameEdit.setText(self._profile.name)
        ui.provinceEdit.setText(self._profile.province)
        ui.cityEdit.setText(self._profile.city)
        ui.countyEdit.setText(self._profile.county)
        for widget in (ui.branchNameEdit, ui.provinceEdit, ui.cityEdit, ui.countyEdit):
            widget.setReadOnly(not context.actor.is_manager)
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.villageError.setStyleSheet(ERROR_STYLE)
        self._load_villages()
        ui.addVillageButton.clicked.connect(self._add_village)
        ui.newVillageEdit.returnPressed.connect(self._add_village)
        from agricrm.gui.visits.rules_tab import RulesTab

        self.rules_tab = RulesTab(context, self)
        ui.tabs.addTab(self.rules_tab, self.tr("Visits and care"))
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        self.language_changed = False

    def _load_villages(self) -> None:
        tree = self.ui.villageTree
        tree.clear()
        for entry in list_villages(self._context.db, self._context.actor):
            tree.addTopLevelItem(QTreeWidgetItem([entry.township, entry.name]))

    def _add_village(self) -> None:
        ui = self.ui
        try:
            add_village(
                self._context.db,
                self._context.actor,
                ui.newTownshipEdit.text(),
                ui.newVillageEdit.text(),
            )
        except AgriCrmError as error:
            ui.villageError.setText(error_text(error))
            return
        ui.villageError.clear()
        ui.newVillageEdit.clear()
        self._load_villages()

    def _save(self) -> None:
        ui = self.ui
        if not self.rules_tab.save():
            ui.tabs.setCurrentWidget(self.rules_tab)
            return
        profile = BranchProfile(
            name=ui.branchNameEdit.text().strip(),
            province=ui.provinceEdit.text().strip(),
            city=ui.cityEdit.text().strip(),
            county=ui.countyEdit.text().strip(),
        )
        try:
            if profile != self._profile:
                save_branch_profile(self._context.db, self._context.actor, profile)
        except AgriCrmError as error:
            ui.errorLabel.setText(error_text(error))
            return
        language = ui.languageCombo.currentData()
        self.language_changed = language != preferences.language()
        preferences.set_language(language)
        self.accept()
