"""Export and import sync packages, with a preview before anything changes.

An export goes by default to the folder last exported to (else the user's Documents), named
after the officer and the day (同步包-王芳-20260702.xlsx); a file already there is replaced only
after asking.  Both run behind a progress bar with Cancel.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from agricrm.exchange.report import report_path, write_issue_report
from agricrm.exchange.schema import BY_ENTITY
from agricrm.gui import preferences, style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_sync_page import Ui_SyncPage
from agricrm.gui.labels import person_name
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.gui.sync.register_wizard import RegisterWizard
from agricrm.gui.tasks import run_with_progress
from agricrm.gui.widgets.empty_state import EmptyOverlay
from agricrm.services.progress import Progress
from agricrm.services.sync_export import ExportResult, export_package
from agricrm.services.sync_import import (
    Action,
    ImportPlan,
    ImportRejected,
    ImportResult,
    apply_import,
    preview_import,
)
from agricrm.services.users import list_officers

EXPORT_FOLDER = "export"
IMPORT_FOLDER = "import"
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


class SyncPage(QWidget):
    imported = Signal()  # data changed: other screens refresh
    finished = Signal()  # any export, preview or import ended (for tests and the status bar)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.plan: ImportPlan | None = None
        ui.officerCombo.addItem(self.tr("All my customers"), None)
        if context.actor.is_manager:
            for officer in list_officers(context.db, context.actor):
                ui.officerCombo.addItem(officer.display_name, officer.id)
        ui.officerCombo.setEnabled(context.actor.is_manager)
        self._default_export = self.default_export_path()
        ui.exportPathEdit.setText(str(self._default_export))
        ui.officerCombo.currentIndexChanged.connect(self._officer_changed)
        ui.exportBrowseButton.clicked.connect(self._choose_export_path)
        ui.importBrowseButton.clicked.connect(self.choose_import)
        ui.exportButton.clicked.connect(self.export)
        ui.previewButton.clicked.connect(self.preview)
        ui.importButton.clicked.connect(self.apply)
        ui.registerButton.clicked.connect(self.open_register_wizard)
        ui.importPathEdit.textChanged.connect(self._forget_preview)
        ui.importButton.setEnabled(False)
        ui.previewTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.previewTable.horizontalHeader().setStretchLastSection(True)
        ui.previewTable.horizontalHeader().setMinimumSectionSize(90)
        ui.previewTable.verticalHeader().setVisible(False)
        self.empty = EmptyOverlay(ui.previewTable, "workbook")
        self.empty.say(
            self.tr("No file chosen yet"),
            self.tr(
                "Choose a package (.xlsx) from headquarters or another device, a filled-in "
                "registration workbook or a CSV list of customers. Preview shows what would be "
                "added and updated, and every problem with its sheet, row and column; nothing "
                "changes until you press Import."
            ),
            (self.tr("Choose a file…"), self.choose_import),
        )

    # ----------------------------------------------------------------- export

    def default_export_path(self) -> Path:
        """In the folder last exported to (else Documents), named after the officer whose
        customers it carries and the day, with -2, -3… if that file exists already."""
        combo = self.ui.officerCombo
        officer = combo.currentText() if combo.currentData() is not None else None
        who = _NOT_IN_FILE_NAMES.sub("_", officer or person_name(self._context.actor.display_name))
        stem = arg(self.tr("package-%1-%2"), who, dt.date.today().strftime("%Y%m%d"))
        folder = preferences.folder(EXPORT_FOLDER)
        path, number = folder / f"{stem}.xlsx", 1
        while path.exists():
            number += 1
            path = folder / f"{stem}-{number}.xlsx"
        return path

    def _officer_changed(self) -> None:
        if Path(self.ui.exportPathEdit.text().strip()) == self._default_export:
            self._default_export = self.default_export_path()
            self.ui.exportPathEdit.setText(str(self._default_export))

    def _choose_export_path(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save package as"), self.ui.exportPathEdit.text(), "Excel (*.xlsx)"
        )
        if path:
            self.ui.exportPathEdit.setText(path if path.endswith(".xlsx") else f"{path}.xlsx")
        return bool(path)

    def choose_and_export(self) -> None:
        """File ▸ Export: choose where (the default offered), then export."""
        if self._choose_export_path():
            self.export(confirmed=True)

    def export(self, confirmed: bool = False) -> None:
        """Export to the chosen file; one already there is replaced only after asking (the
        save dialog asks by itself, so `confirmed` skips the question)."""
        context = self._context
        out = Path(self.ui.exportPathEdit.text().strip())
        if not confirmed and out.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Replace file"),
                arg(self.tr("%1 exists already. Replace it with the new package?"), out),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        since_last = self.ui.sinceLastRadio.isChecked()
        officer_id = self.ui.officerCombo.currentData()

        def work(progress: Progress) -> ExportResult:
            return export_package(
                context.db,
                context.actor,
                out,
                since_last=since_last,
                officer_id=officer_id,
                progress=progress,
            )

        set_tone(self.ui.exportResult, None)
        self.ui.exportButton.setEnabled(False)
        run_with_progress(self, self.tr("Exporting…"), work, self._exported, self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self.ui.exportButton.setEnabled(True)
        preferences.remember_folder(EXPORT_FOLDER, result.path.parent)
        if Path(self.ui.exportPathEdit.text().strip()) in (self._default_export, result.path):
            self._default_export = self.default_export_path()  # the next one: a new name
            self.ui.exportPathEdit.setText(str(self._default_export))
        rows = sum(result.row_counts.values())
        if result.since_last:
            kind = arg(self.tr("changes since package %1"), result.base_seq)
        else:
            kind = self.tr("everything")
        self.ui.exportResult.setText(
            arg(
                self.tr("Package %1 (%2): %3 rows written to %4"),
                result.package_seq,
                kind,
                rows,
                result.path,
            )
        )
        self.finished.emit()

    def _export_failed(self, error: Exception) -> None:
        self.ui.exportButton.setEnabled(True)
        set_tone(self.ui.exportResult, "error")
        self.ui.exportResult.setText(error_text(error))
        self.finished.emit()

    # ----------------------------------------------------------------- import

    def choose_import(self) -> None:
        """Choose a file to import (starting where the last one was) and preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a package or workbook"),
            self.ui.importPathEdit.text() or str(preferences.folder(IMPORT_FOLDER)),
            self.tr("Workbooks (*.xlsx *.csv)"),
        )
        if path:
            preferences.remember_folder(IMPORT_FOLDER, Path(path).parent)
            self.ui.importPathEdit.setText(path)
            self.preview()

    def open_register_wizard(self) -> RegisterWizard:
        """Import a list: a branch's own register through the wizard (not modal, so the
        customer list can be looked at meanwhile); the lists refresh after its import."""
        wizard = RegisterWizard(self._context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.imported)
        wizard.show()
        return wizard

    def _forget_preview(self) -> None:
        self.plan = None
        self.ui.importButton.setEnabled(False)

    def preview(self) -> None:
        context = self._context
        path = Path(self.ui.importPathEdit.text().strip())

        def work(_progress: Progress) -> ImportPlan:
            return preview_import(context.db, context.actor, path)

        self.ui.importResult.clear()
        set_tone(self.ui.importResult, None)
        run_with_progress(
            self, self.tr("Reading the file…"), work, self._previewed, self._import_failed
        )

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        ui = self.ui
        lines = []
        package = plan.package
        if package is not None:
            lines.append(
                arg(
                    self.tr("Package %1 from %2 (%3), exported %4 by %5."),
                    package.package_seq,
                    package.device_name or package.device_id,
                    self.tr("changes only")
                    if package.mode == "since_last"
                    else self.tr("complete"),
                    package.exported_at.replace("T", " ")[:16],
                    package.officer,
                )
            )
        else:
            lines.append(
                self.tr(
                    "A workbook made by people: customers are matched by ID, phone, name + village."
                )
            )
        lines.append(
            arg(
                self.tr("%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 problems."),
                plan.total(Action.NEW),
                plan.total(Action.UPDATE),
                plan.total(Action.UNCHANGED)
                + plan.total(Action.STALE)
                + plan.total(Action.ALIAS)
                + plan.total(Action.QUEUED),
                plan.total(Action.CONFLICT) + plan.total(Action.DUPLICATE),
                len(plan.issues),
            )
        )
        if plan.matched_by and package is None:
            rules = "、".join(f"{rule} {count}" for rule, count in plan.matched_by.items())
            lines.append(arg(self.tr("Matched existing customers by: %1."), rules))
        if plan.already_imported:
            lines.append(
                self.tr("This package was imported before; importing it again changes nothing.")
            )
        if plan.held_back is not None:
            lines.append(f"<span style='color:{style.DANGER}'>{qt_tr(plan.held_back)}</span>")
        elif plan.issues:
            lines.append(f"<span style='color:{style.DANGER}'>{self._issues_message()}</span>")
        ui.previewSummary.setText("<br>".join(lines))
        self._fill_table(plan)
        ui.importButton.setEnabled(plan.held_back is None and not plan.issues)
        self.finished.emit()

    def _issues_message(self) -> str:
        return self.tr("Nothing can be imported until these problems are corrected in the file.")

    def _fill_table(self, plan: ImportPlan) -> None:
        table = self.ui.previewTable
        table.clear()
        if plan.issues:
            headers = [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Problem"),
            ]
            rows = [[i.sheet, str(i.row), i.column, i.value, qt_tr(i.reason)] for i in plan.issues]
        else:
            headers = [
                self.tr("Data"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
            ]
            rows = []
            for entity, counts in plan.counts().items():
                rows.append(
                    [
                        BY_ENTITY[entity].title,
                        str(counts.get("new", 0)),
                        str(counts.get("update", 0)),
                        str(
                            counts.get("unchanged", 0)
                            + counts.get("stale", 0)
                            + counts.get("alias", 0)
                        ),
                        str(counts.get("conflict", 0) + counts.get("duplicate", 0)),
                    ]
                )
        if not rows:
            self.empty.say(
                self.tr("Nothing to import"), self.tr("The file holds no rows AgriCRM can read.")
            )
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not plan.issues and c > 0:  # counts, right-aligned like every number
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        self.empty.update()

    def apply(self) -> None:
        context = self._context
        path = Path(self.ui.importPathEdit.text().strip())

        def work(progress: Progress) -> ImportResult:
            return apply_import(context.db, context.actor, path, progress)

        self.ui.importButton.setEnabled(False)
        run_with_progress(self, self.tr("Importing…"), work, self._imported, self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        plan = result.plan
        set_tone(self.ui.importResult, None)
        self.ui.importResult.setText(
            arg(
                self.tr("Imported: %1 new, %2 updated; %3 conflicts wait in the Conflicts screen."),
                plan.total(Action.NEW),
                plan.total(Action.UPDATE),
                result.conflicts,
            )
        )
        self.imported.emit()
        self.finished.emit()

    def _import_failed(self, error: Exception) -> None:
        if isinstance(error, ImportRejected):
            self._previewed(error.plan)
            report = write_issue_report(report_path(error.plan.path), error.plan.issues, qt_tr)
            self.ui.importResult.setText(arg(self.tr("Problem report saved to %1"), report))
        else:
            self.ui.importResult.setText(error_text(error))
        set_tone(self.ui.importResult, "error")
        self.finished.emit()
