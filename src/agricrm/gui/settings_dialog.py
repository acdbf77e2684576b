"""Preferences: the interface language (this user), branch profile, letterhead logo and village
list (branch), and the series this computer numbers records in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTreeWidgetItem, QWidget

from agricrm.domain.errors import AgriCrmError, ValidationFailed
from agricrm.domain.logo import check_logo
from agricrm.gui import preferences, style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from agricrm.gui.labels import select_data
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.services.record_series import change_numbering_series, numbering_series
from agricrm.services.settings import (
    BranchProfile,
    branch_logo,
    branch_profile,
    save_branch_logo,
    save_branch_profile,
)
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
        ui.textSizeCombo.addItem(self.tr("Normal"), "normal")
        ui.textSizeCombo.addItem(self.tr("Large (120 %)"), "large")
        select_data(ui.textSizeCombo, preferences.text_size())
        style.set_role(ui.languageNote, "hint")
        style.set_role(ui.textSizeNote, "hint")
        self._profile = branch_profile(context.db, context.actor)
        ui.branchNameEdit.setText(self._profile.name)
        ui.provinceEdit.setText(self._profile.province)
        ui.cityEdit.setText(self._profile.city)
        ui.countyEdit.setText(self._profile.county)
        for widget in (ui.branchNameEdit, ui.provinceEdit, ui.cityEdit, ui.countyEdit):
            widget.setReadOnly(not context.actor.is_manager)
        self._series = numbering_series(context.db, context.actor)
        ui.seriesEdit.setText(self._series)
        ui.seriesEdit.setReadOnly(not context.actor.is_manager)
        ui.seriesNote.setText(
            arg(
                self.tr(
                    "This computer numbers new customer files %1 and visits %2 in this series. "
                    "Give each computer of the branch its own, so numbers given offline do not "
                    "meet; numbers already given stay."
                ),
                f"KH-{self._series}-00001",
                f"ZF{dt.date.today():%Y%m%d}-{self._series}-001",
            )
        )
        style.set_role(ui.seriesNote, "hint")
        set_tone(ui.seriesError, "error")
        self._saved_logo = branch_logo(context.db, context.actor)
        self.logo = self._saved_logo
        self._show_logo()
        ui.chooseLogoButton.clicked.connect(self.choose_logo)
        ui.removeLogoButton.clicked.connect(self.remove_logo)
        ui.chooseLogoButton.setEnabled(context.actor.is_manager)
        set_tone(ui.errorLabel, "error")
        set_tone(ui.logoError, "error")
        set_tone(ui.villageError, "error")
        self._load_villages()
        ui.addVillageButton.clicked.connect(self._add_village)
        ui.newVillageEdit.returnPressed.connect(self._add_village)
        from agricrm.gui.visits.rules_tab import RulesTab

        self.rules_tab = RulesTab(context, self)
        ui.tabs.addTab(self.rules_tab, self.tr("Visits and care"))
        from agricrm.gui.complaints.settings_tab import ComplaintSettingsTab

        self.complaint_settings = ComplaintSettingsTab(context, self)
        ui.tabs.addTab(self.complaint_settings, self.complaint_settings.title())
        from agricrm.gui.customers.products_tab import ProductsTab

        self.products_tab = ProductsTab(context, self)
        ui.tabs.addTab(self.products_tab, self.products_tab.title())
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

    def _show_logo(self) -> None:
        ui = self.ui
        pixmap = QPixmap()
        if self.logo is not None and pixmap.loadFromData(self.logo):
            ui.logoPreview.setPixmap(
                pixmap.scaled(
                    ui.logoPreview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            ui.logoPreview.clear()
            ui.logoPreview.setText(self.tr("No logo"))
        ui.removeLogoButton.setEnabled(self._context.actor.is_manager and self.logo is not None)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the letterhead logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        """Take the image at `path` as the logo (saved with the dialog) if it is usable."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self.ui.logoError.setText(
                arg(self.tr("%1 cannot be read: %2"), path, error.strerror or str(error))
            )
            return False
        errors = check_logo(data)
        if errors:
            self.ui.logoError.setText(qt_tr(errors[0].message))
            return False
        self.ui.logoError.clear()
        self.logo = data
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self.ui.logoError.clear()
        self._show_logo()

    def _save(self) -> None:
        """The visit rules first (their rebuild runs behind a progress bar), then the rest."""
        self.rules_tab.save(self._save_the_rest, self._show_rules_tab)

    def _show_rules_tab(self) -> None:
        self.ui.tabs.setCurrentWidget(self.rules_tab)

    def _save_the_rest(self) -> None:
        ui = self.ui
        profile = BranchProfile(
            name=ui.branchNameEdit.text().strip(),
            province=ui.provinceEdit.text().strip(),
            city=ui.cityEdit.text().strip(),
            county=ui.countyEdit.text().strip(),
        )
        try:
            if profile != self._profile:
                save_branch_profile(self._context.db, self._context.actor, profile)
            if self.logo != self._saved_logo:
                save_branch_logo(self._context.db, self._context.actor, self.logo)
        except ValidationFailed as failure:
            ui.logoError.setText(qt_tr(failure.errors[0].message))
            return
        except AgriCrmError as error:
            ui.errorLabel.setText(error_text(error))
            return
        series = ui.seriesEdit.text().strip().upper()
        try:
            if series != self._series:
                change_numbering_series(self._context.db, self._context.actor, series)
        except ValidationFailed as failure:
            ui.tabs.setCurrentWidget(ui.branchTab)
            ui.seriesError.setText(qt_tr(failure.errors[0].message))
            ui.seriesEdit.setFocus()
            return
        except AgriCrmError as error:
            ui.errorLabel.setText(error_text(error))
            return
        try:
            self.complaint_settings.save()
        except AgriCrmError as error:
            ui.tabs.setCurrentWidget(self.complaint_settings)
            ui.errorLabel.setText(error_text(error))
            return
        language = ui.languageCombo.currentData()
        self.language_changed = language != preferences.language()
        preferences.set_language(language)
        text_size = ui.textSizeCombo.currentData()
        if text_size != preferences.text_size():
            preferences.set_text_size(text_size)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                style.apply_style(app, text_size)
        self.accept()
