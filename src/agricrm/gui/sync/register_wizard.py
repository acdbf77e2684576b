"""The Sync screen's "Import a list…": a branch's own register brought in step by step.

Four pages over `services.register_import`, which holds every rule: the file; the sheet and
its heading row (the top rows shown, those above the heading greyed, a click on a row makes
it the heading row); one row per column with a combo (a field, kept in notes, or ignored),
proposed by the synonym table or a saved mapping; the preview, row by row, and the import.
Next stays disabled while a column is undecided or two columns fill one field (both marked),
so the service's refusals of those are never what the person meets.  The preview and the
import run off the GUI thread behind a progress bar with Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.registers.headings import FIELDS, MEMBER_FIELDS
from agricrm.exchange.registers.mapping import (
    ColumnMapping,
    clashes,
    load_mapping,
    save_mapping,
    saved_mapping_names,
)
from agricrm.exchange.registers.places import Key, Place
from agricrm.exchange.report import report_path, write_issue_report
from agricrm.gui import geometry, preferences
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_register_wizard import Ui_RegisterWizard
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.gui.sync.register_columns import ColumnWords, fill_columns, mark_columns
from agricrm.gui.sync.register_members import MembersPart
from agricrm.gui.sync.register_preview_page import CELL_ROLE, PreviewPage
from agricrm.gui.sync.register_sheet_page import SheetPage
from agricrm.gui.tasks import run_with_progress
from agricrm.services.progress import Cancelled, Progress
from agricrm.services.register_import import (
    RegisterLayout,
    RegisterPreview,
    RegisterRejected,
    RegisterRequest,
    RegisterResult,
    apply_register,
    preview_register,
    read_register_file,
    register_layout,
)
from agricrm.services.register_villages import add_villages, may_add_villages
from agricrm.services.sync_import import ImportRejected
from agricrm.services.villages import list_villages

if TYPE_CHECKING:
    from agricrm.exchange.registers.sources import Source

REGISTER_FOLDER = "register"
FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE = range(4)


class RegisterWizard(QWizard):
    imported = Signal()  # customers were created or updated: lists refresh
    finished_work = Signal()  # a preview or an import ended, however (for tests)
    # the background work's results, delivered on the GUI thread
    _preview_ready = Signal(object)
    _import_done = Signal(object)
    _task_failed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_RegisterWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.layout_: RegisterLayout | None = None
        self.mapping_name = ""  # the saved mapping the choices came from, if any
        self.combos: list[QComboBox] = []
        self.preview: RegisterPreview | None = None
        self._previewed_request: RegisterRequest | None = None
        self.outcome: RegisterResult | None = None  # not `result`: QDialog.result() is Qt's
        self._source: Source | None = None  # the chosen file as read, for its sheet and heading
        self._source_path: Path | None = None
        self._busy = False
        ui.fileEdit.textChanged.connect(self._check_pages)
        self._preview_ready.connect(self._previewed)
        self._import_done.connect(self._imported)
        self._task_failed.connect(self._failed)
        self._pending: RegisterRequest | None = None
        # decided on the preview page: where missing villages go, cells corrected
        self.places: dict[Key, Place] = {}
        self.corrections: dict[tuple[int, str], str] = {}
        self.page = PreviewPage(self, ui)
        self.sheet_page = SheetPage(self, ui)
        self.members = MembersPart(self, ui, self.read_members)
        ui.recheckButton.clicked.connect(self.recheck)
        ui.problemsTable.itemChanged.connect(self._cell_corrected)
        ui.fileBrowseButton.clicked.connect(self.choose_file)
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        ui.headingRowSpin.valueChanged.connect(self._heading_row_chosen)
        ui.rowsTable.cellClicked.connect(lambda row, _column: ui.headingRowSpin.setValue(row + 1))
        ui.savedCombo.activated.connect(self._saved_chosen)
        ui.saveMappingButton.clicked.connect(self.save_mapping_as)
        for table in (ui.rowsTable, ui.mappingTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.mappingTable.verticalHeader().setVisible(False)
        ui.mappingTable.horizontalHeader().setStretchLastSection(True)
        self._check_pages()
        geometry.fit_to_screen(self, 980, 640, "register-wizard")

    def _check_pages(self) -> None:
        """Each page's Next (Finish on the last) enabled while the page may be left: a file
        that exists; a sheet read from its heading row; every column decided and no field
        filled twice; a preview without problems and no import running."""
        ui = self.ui
        layout = self.layout_
        preview = self.preview
        ui.filePage.set_ready(self._path().is_file())
        ui.sheetPage.set_ready(
            layout is not None and layout.proposal is not None and self.members.ready()
        )
        ui.mappingPage.set_ready(self._mapping_complete())
        ui.previewPage.set_ready(not self._busy and preview is not None and not preview.plan.issues)

    def done(self, result: int) -> None:
        preferences.save_geometry(self, "register-wizard")
        super().done(result)

    # ------------------------------------------------------------------ the file

    def choose_file(self) -> None:
        start = self.ui.fileEdit.text().strip() or str(preferences.folder(REGISTER_FOLDER))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a register"),
            start,
            self.tr("Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"),
        )
        if path:
            self.ui.fileEdit.setText(path)

    def _path(self) -> Path:
        return Path(self.ui.fileEdit.text().strip())

    def _read(self, sheet: str | None, heading_row: int | None) -> bool:
        """The layout of the register as chosen so far; a file that cannot be read says why
        on the file page and keeps the previous layout.  The file is read once per choice of
        file: choosing another sheet or heading row only looks at it again."""
        mapping = self._saved() if self.mapping_name else None
        path = self._path()
        request = RegisterRequest(
            path, sheet, heading_row, mapping, members_sheet=self.members.sheet
        )
        try:
            if self._source is None or self._source_path != path:
                self._source = read_register_file(self._context.actor, path)
                self._source_path = path
            self.layout_ = register_layout(self._context.actor, request, self._source)
        except AgriCrmError as error:
            set_tone(self.ui.fileProblem, "error")
            self.ui.fileProblem.setText(error_text(error))
            return False
        self.ui.fileProblem.clear()
        return True

    def _read_source(self) -> Source:
        assert self._source is not None
        return self._source

    def read_members(self, sheet: str | None, heading_row: int | None) -> None:
        """A members sheet and heading row the person picked (none: `sheet` None)."""
        self.members.read(self._context.actor, self._path(), sheet, heading_row)
        self._check_pages()

    def _saved(self) -> ColumnMapping | None:
        try:
            return load_mapping(self.mapping_name)
        except AgriCrmError:
            return None

    # ------------------------------------------------------------------ pages

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == FILE_PAGE:
            self.mapping_name = ""
            self._source = None  # the file may have changed since it was read
            self.places, self.corrections = {}, {}
            self.members.layout_ = None
            if not self._read(None, None):
                return False
            preferences.remember_folder(REGISTER_FOLDER, self._path().parent)
            return True
        if page == MAPPING_PAGE:
            request = self.request()
            if self.preview is not None and self._previewed_request == request:
                return True
            self._start_preview(request)
            return False
        if page == PREVIEW_PAGE:
            if self.outcome is not None:
                return True
            self._start_import()
            return False
        return True

    def initializePage(self, page: int) -> None:
        if page == SHEET_PAGE:
            self._show_sheet()
        elif page == MAPPING_PAGE:
            self._show_mapping()
        elif page == PREVIEW_PAGE:
            self._show_preview()

    # ------------------------------------------------------------------ the sheet

    def _show_sheet(self) -> None:
        ui = self.ui
        layout = self.layout_
        assert layout is not None
        ui.sheetCombo.clear()
        for name, rows in layout.sheets:
            ui.sheetCombo.addItem(arg(self.tr("%1 (%2 rows)"), name, rows), name)
        ui.sheetCombo.setCurrentIndex(ui.sheetCombo.findData(layout.sheet))
        proposal = layout.proposal
        ui.headingRowSpin.blockSignals(True)
        ui.headingRowSpin.setMaximum(max(1, len(layout.top)))
        if proposal is not None:
            ui.headingRowSpin.setValue(proposal.register.heading_row)
        ui.headingRowSpin.blockSignals(False)
        self.sheet_page.fill(layout)
        if self.members.sheet == layout.sheet:  # the main sheet now: members need another
            self.members.layout_ = None
        self.members.offer(list(layout.sheets), layout.sheet, self._read_source)
        self._check_pages()

    def _sheet_chosen(self) -> None:
        if self._read(self.ui.sheetCombo.currentData(), None):
            self._show_sheet()

    def _heading_row_chosen(self, row: int) -> None:
        if self._read(self.ui.sheetCombo.currentData(), row):
            self._show_sheet()

    # ------------------------------------------------------------------ the columns

    def _show_mapping(self) -> None:
        ui = self.ui
        layout = self.layout_
        assert layout is not None and layout.proposal is not None
        proposal = layout.proposal
        ui.savedCombo.blockSignals(True)
        ui.savedCombo.clear()
        ui.savedCombo.addItem(self.tr("Proposed from the headings"), "")
        for name in saved_mapping_names():
            ui.savedCombo.addItem(name, name)
        ui.savedCombo.setCurrentIndex(max(0, ui.savedCombo.findData(self.mapping_name)))
        ui.savedCombo.blockSignals(False)
        self.combos = fill_columns(ui.mappingTable, proposal, FIELDS, self._column_words())
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._mapping_changed)
        self.members.show_columns(self._column_words(), self._mapping_changed)
        self._mapping_changed()

    def _column_words(self) -> ColumnWords:
        return ColumnWords(
            column=self.tr("Column"),
            samples=self.tr("Sample values"),
            fills=self.tr("Fills"),
            choose=self.tr("— choose —"),
            notes=self.tr("Keep in the notes"),
            ignore=self.tr("Ignore"),
            hidden=self.tr("%1 (hidden)"),
        )

    def choices(self) -> dict[str, str | None]:
        """Heading → what the person chose (a field key, NOTES, IGNORE or None)."""
        layout = self.layout_
        assert layout is not None and layout.proposal is not None
        return {
            choice.column.heading: combo.currentData()
            for choice, combo in zip(layout.proposal.choices, self.combos, strict=True)
        }

    def _mapping_complete(self) -> bool:
        if self.layout_ is None or self.layout_.proposal is None or not self.combos:
            return False
        chosen = self.choices()
        return None not in chosen.values() and not clashes(chosen) and self.members.complete()

    def _mapping_changed(self) -> None:
        """Mark the undecided columns and every column of a field two columns fill, on the
        main sheet and on the members sheet."""
        ui = self.ui
        clashing, undecided = mark_columns(ui.mappingTable, self.choices())
        member_clashes, member_undecided = self.members.mark()
        lines = []
        for titles, found in ((FIELDS, clashing), (MEMBER_FIELDS, member_clashes)):
            for key, headings in found.items():
                lines.append(
                    arg(
                        self.tr(
                            "%1 are all mapped to %2; map all but one elsewhere or ignore them."
                        ),
                        "、".join(headings),
                        titles[key],
                    )
                )
        if undecided or member_undecided:
            lines.append(
                arg(
                    self.tr("Choose what these columns fill, or ignore them: %1."),
                    "、".join(undecided + member_undecided),
                )
            )
        set_tone(ui.mappingStatus, "error" if clashing or member_clashes else None)
        ui.mappingStatus.setText(" ".join(lines))
        self._check_pages()

    def _saved_chosen(self) -> None:
        """The columns as a saved mapping decides them (the synonyms for the rest); one that
        no longer fits the file says why and leaves the choices as they were."""
        ui = self.ui
        previous = self.mapping_name
        self.mapping_name = ui.savedCombo.currentData() or ""
        layout = self.layout_
        assert layout is not None and layout.proposal is not None
        register = layout.proposal.register
        if self.mapping_name:
            try:
                load_mapping(self.mapping_name)
            except AgriCrmError as error:
                self._refuse_saved(previous, error)
                return
        kept = self.layout_
        self._read(register.sheet, register.heading_row)
        if self.layout_ is None or self.layout_.proposal is None:
            problem = self.layout_.problem if self.layout_ else None
            self.layout_ = kept
            self._refuse_saved(previous, problem)
            return
        self._show_mapping()

    def _refuse_saved(self, previous: str, problem: AgriCrmError | None) -> None:
        self.mapping_name = previous
        ui = self.ui
        ui.savedCombo.blockSignals(True)
        ui.savedCombo.setCurrentIndex(max(0, ui.savedCombo.findData(previous)))
        ui.savedCombo.blockSignals(False)
        set_tone(ui.mappingStatus, "error")
        ui.mappingStatus.setText(error_text(problem) if problem else "")

    def save_mapping_as(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save the mapping"), self.tr("Name (for example the source's name):")
        )
        if not ok or not name.strip():
            return
        try:
            save_mapping(self._mapping(name.strip()))
        except AgriCrmError as error:
            set_tone(self.ui.mappingStatus, "error")
            self.ui.mappingStatus.setText(error_text(error))
            return
        self.mapping_name = name.strip()
        self._show_mapping()
        self.ui.mappingStatus.setText(arg(self.tr("Mapping saved as %1."), self.mapping_name))

    def _mapping(self, name: str) -> ColumnMapping:
        layout = self.layout_
        assert layout is not None and layout.proposal is not None
        register = layout.proposal.register
        columns = {heading: target for heading, target in self.choices().items() if target}
        return ColumnMapping(name, columns, register.sheet, register.heading_row)

    def request(self) -> RegisterRequest:
        """The import as decided on the pages: sheet, heading row and every column."""
        mapping = self._mapping(self.mapping_name or self.tr("this import"))
        members = self.members.mapping(self.tr("this import"))
        return RegisterRequest(
            self._path(),
            mapping.sheet,
            mapping.heading_row,
            mapping,
            places=dict(self.places),
            corrections=dict(self.corrections),
            members_sheet=members.sheet if members else None,
            members_heading_row=members.heading_row if members else None,
            members_mapping=members,
        )

    # ------------------------------------------------------------------ preview and import

    def _start_preview(self, request: RegisterRequest) -> None:
        """The preview off the GUI thread, and its problem workbook with it when it has
        problems or notes (a register of 50,000 rows can have tens of thousands of notes)."""
        context = self._context

        def work(_progress: Progress) -> tuple[RegisterPreview, Path | None]:
            preview = preview_register(context.db, context.actor, request)
            issues, notes = preview.plan.issues, preview.notes
            if not (issues or notes):
                return preview, None
            path = report_path(preview.plan.path)
            return preview, write_issue_report(path, issues, qt_tr, notes)

        self._busy = True
        self._pending = request
        self._check_pages()
        run_with_progress(
            self.ui.previewPage if self.currentId() == PREVIEW_PAGE else self.ui.mappingPage,
            self.tr("Reading the rows…"),
            work,
            self._preview_ready.emit,
            self._task_failed.emit,
        )

    def _previewed(self, done: tuple[RegisterPreview, Path | None]) -> None:
        preview, report = done
        self.preview, self._previewed_request = preview, self._pending
        self._busy = False
        if self.currentId() == PREVIEW_PAGE:  # checked again after corrections
            self._show_preview()
        else:
            self.next()
        if report is not None:
            issues = preview.plan.issues
            set_tone(self.ui.importResult, "error" if issues else None)
            self.ui.importResult.setText(
                arg(self.tr("The problems are listed in %1"), report)
                if issues
                else arg(self.tr("The notes are listed in %1"), report)
            )
        self.finished_work.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        status = self.ui.importResult if self.currentId() == PREVIEW_PAGE else self.ui.mappingStatus
        set_tone(status, "error")
        if isinstance(error, ImportRejected):
            assert self.preview is not None
            notes = error.notes if isinstance(error, RegisterRejected) else ()
            self.preview = RegisterPreview(
                self.preview.proposal, error.plan, notes, members=self.preview.members
            )
            self._show_preview()
            report = write_issue_report(
                report_path(error.plan.path), error.plan.issues, qt_tr, notes
            )
            status.setText(
                arg(self.tr("Nothing was imported. The problems are listed in %1"), report)
            )
        elif isinstance(error, Cancelled):
            status.setText(self.tr("Cancelled; nothing was imported."))
        else:
            status.setText(error_text(error))
        self._check_pages()
        self.finished_work.emit()

    def _show_preview(self) -> None:
        assert self.preview is not None
        actor = self._context.actor
        listed = list_villages(self._context.db, actor)
        self.page.show(self.preview, listed, may_add_villages(actor))
        self.ui.importResult.clear()
        self.ui.recheckStatus.clear()
        self._check_pages()

    # ------------------------------------------------------------------ corrections

    def _cell_corrected(self, item: QTableWidgetItem) -> None:
        """A problem cell typed again: kept for the next check (not yet checked)."""
        where = item.data(CELL_ROLE)
        if where is not None:
            row, heading = where
            self.corrections[(int(row), str(heading))] = item.text()

    def recheck(self) -> None:
        """Check the rows again with the cells corrected and the villages decided: villages
        to add are added first (a branch manager's decision; refused for anyone else, and
        nothing is checked then), villages sent to a listed one go there with their group."""
        ui = self.ui
        to_add, places = self.page.village_choices()
        if to_add:
            try:
                add_villages(self._context.db, self._context.actor, to_add)
            except AgriCrmError as error:
                set_tone(ui.recheckStatus, "error")
                ui.recheckStatus.setText(error_text(error))
                return
        self.places.update(places)
        self._start_preview(self.request())

    def _start_import(self) -> None:
        context = self._context
        request = self.request()

        def work(progress: Progress) -> RegisterResult:
            return apply_register(context.db, context.actor, request, progress)

        self._busy = True
        self._check_pages()
        self.ui.importResult.clear()
        run_with_progress(
            self.ui.previewPage,
            self.tr("Importing…"),
            work,
            self._import_done.emit,
            self._task_failed.emit,
        )

    def _imported(self, result: RegisterResult) -> None:
        self._busy = False
        self.outcome = result
        outcomes = result.outcomes
        text = arg(
            self.tr("%1 customers created and %2 updated from %3."),
            outcomes.new,
            sum(outcomes.updated.values()),
            result.proposal.register.path.name,
        )
        members = result.member_outcomes
        if members is not None:
            text += " " + arg(
                self.tr("%1 family members added and %2 updated."),
                members.new,
                sum(members.updated.values()),
            )
        if outcomes.to_decide:
            text += " " + arg(
                self.tr("%1 rows wait for a decision in the Conflicts screen."),
                outcomes.to_decide,
            )
        self.imported.emit()
        self.finished_work.emit()
        QMessageBox.information(self, self.tr("Imported"), text)
        self.accept()
