"""The visit form: plan a visit or record one, with findings, follow-ups and photos.

Made for an officer back from a village with ten visits to enter: Enter saves, Ctrl+Enter
saves and starts the next visit keeping the date, place, type and status, and the customer
box finds people by name, pinyin initials or phone as you type.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QWidget,
)

from agricrm.domain.enums import Need
from agricrm.domain.errors import AgriCrmError, FieldError, ValidationFailed
from agricrm.domain.visits import (
    FollowUpInput,
    Problem,
    ServiceOffered,
    VisitInput,
    VisitMode,
    VisitStatus,
    VisitType,
)
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_visit_dialog import Ui_VisitDialog
from agricrm.gui.labels import enum_label, fill_enum_combo, select_data
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.gui.visits.attachments_widget import AttachmentsWidget
from agricrm.gui.widgets.date_field import cell_date, typed_problems
from agricrm.gui.widgets.field_errors import FieldErrors, reveal
from agricrm.gui.widgets.record_dialog import RecordDialog
from agricrm.gui.widgets.row_table import CellSpec, RowDelegate, RowTableModel
from agricrm.gui.widgets.scrolling import scroll_layout, too_tall
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_rows, filter_options, search_customer_ids
from agricrm.services.users import list_officers
from agricrm.services.visit_data import VisitDetail

GEOMETRY_KEY = "visit_dialog"
CUSTOMER_CHOICES = 20
_PROBLEM_CHECKS = {
    Problem.FUNDING_SHORTAGE: "problemFundingShortageCheck",
    Problem.TECHNOLOGY: "problemTechnologyCheck",
    Problem.MARKET_ACCESS: "problemMarketAccessCheck",
    Problem.DISASTER: "problemDisasterCheck",
    Problem.FAMILY: "problemFamilyCheck",
}
_NEED_CHECKS = {
    Need.FUNDING: "needFundingCheck",
    Need.TRAINING: "needTrainingCheck",
    Need.MARKET_INFO: "needMarketInfoCheck",
    Need.INSURANCE: "needInsuranceCheck",
    Need.OTHER: "needOtherCheck",
}
_SERVICE_CHECKS = {
    ServiceOffered.LOAN: "serviceLoanCheck",
    ServiceOffered.TRAINING: "serviceTrainingCheck",
    ServiceOffered.MARKET_INFO: "serviceMarketInfoCheck",
    ServiceOffered.INSURANCE: "serviceInsuranceCheck",
}


class VisitDialog(RecordDialog):
    saved = Signal(object)  # VisitDetail

    def __init__(
        self,
        context: AppContext,
        visit_id: int | None = None,
        *,
        customer_id: int | None = None,
        defaults: VisitInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(GEOMETRY_KEY, parent)
        self._context = context
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.detail: VisitDetail | None = None
        self.saved_count = 0
        self._officer_chosen = False  # by the user: then it no longer follows the customer
        self._setup_widgets()
        # beside the buttons, two lines (more scroll): the form is as tall as a laptop allows
        self.ui.formMessage.set_visible_lines(2)
        self.errors = FieldErrors(self._field_widgets(), self.ui.formMessage, self._recheck)
        set_tone(self.ui.followUpsErrors, "error")
        if visit_id is not None:
            self._load(context.visits.get(context.actor, visit_id))
        else:
            data = defaults or context.visits.new_input(context.actor, customer_id)
            self._load_new(data)
        if too_tall(self):
            scroll_layout(self.ui.dialogLayout, self.ui.columnsLayout, self.ui.tabs)
        self.place(1000, 700)

    # ----------------------------------------------------------------- setup

    def _setup_widgets(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.statusCombo, VisitStatus)
        fill_enum_combo(ui.typeCombo, VisitType)
        fill_enum_combo(ui.modeCombo, VisitMode)
        ui.satisfactionCombo.addItem("—", None)
        for score in range(1, 6):
            ui.satisfactionCombo.addItem(arg(self.tr("%1 – %2"), score, "★" * score), score)
        for officer in list_officers(self._context.db, self._context.actor):
            ui.officerCombo.addItem(officer.display_name, officer.id)
        ui.officerCombo.setEnabled(self._context.actor.is_manager)
        ui.officerCombo.activated.connect(self._officer_picked)
        options = filter_options(self._context.db, self._context.actor)
        self._villages = options.villages
        ui.townshipCombo.addItems(list(options.townships))
        ui.townshipCombo.currentTextChanged.connect(self._township_changed)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)

        customer = ui.customerCombo
        customer.setInsertPolicy(customer.InsertPolicy.NoInsert)
        customer.lineEdit().setPlaceholderText(self.tr("Name, pinyin initials or phone"))
        # The suggestions are a completer's popup, not the combo box's own list: that list
        # took the keyboard (letters typed after it opened were lost) and opened with its
        # first row current, so ↓ Enter picked the second customer.
        self.customer_matches = QStandardItemModel(self)
        self.customer_completer = QCompleter(self.customer_matches, self)
        self.customer_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.customer_completer.setMaxVisibleItems(12)
        customer.lineEdit().setCompleter(self.customer_completer)
        self.customer_completer.activated[QModelIndex].connect(self._customer_chosen)
        self._customer_timer = QTimer(self, singleShot=True, interval=150)
        self._customer_timer.timeout.connect(self._search_customers)
        customer.lineEdit().textEdited.connect(lambda _text: self._customer_timer.start())

        self.follow_ups_model = RowTableModel(
            (
                CellSpec("description", lambda: self.tr("What is to be done"), width=420),
                CellSpec("due_date", lambda: self.tr("Due"), "date", width=110),
                CellSpec("done", lambda: self.tr("Done"), width=60),
            ),
            self,
        )
        table = ui.followUpsTable
        table.setModel(self.follow_ups_model)
        table.setItemDelegate(RowDelegate(self.follow_ups_model.specs, table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, spec in enumerate(self.follow_ups_model.specs):
            table.setColumnWidth(column, spec.width)
        ui.followUpAddButton.clicked.connect(self._add_follow_up)
        ui.followUpRemoveButton.clicked.connect(
            lambda: self.follow_ups_model.remove_row(ui.followUpsTable.currentIndex().row())
        )
        self.attachments = AttachmentsWidget(self._context, parent=ui.attachmentsTab)
        ui.attachmentsLayout.addWidget(self.attachments)

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.save_new_button = QPushButton(self.tr("Save and &new"), self)
        self.save_new_button.setToolTip(self.tr("Ctrl+Enter: save, then record the next visit"))
        ui.buttonBox.addButton(self.save_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_new_button.clicked.connect(self.save_and_new)
        self.print_button = QPushButton(self.tr("Print &report…"), self)
        self.print_button.setToolTip(
            self.tr("Preview and print the visit report for the paper file and signatures")
        )
        self.print_button.setAutoDefault(False)
        ui.buttonBox.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_report)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_and_new)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "customer_id": ui.customerCombo,
            "status": ui.statusCombo,
            "visit_type": ui.typeCombo,
            "mode": ui.modeCombo,
            "visit_date": ui.dateEdit,
            "visit_time": ui.timeEdit,
            "township": ui.townshipCombo,
            "village": ui.villageCombo,
            "attendees": ui.attendeesEdit,
            "purpose": ui.purposeEdit,
            "next_visit_date": ui.nextVisitEdit,
            "satisfaction": ui.satisfactionCombo,
            "officer_id": ui.officerCombo,
            "production_condition": ui.conditionEdit,
            "notes": ui.notesEdit,
        }

    def _township_changed(self, township: str) -> None:
        combo = self.ui.villageCombo
        current = combo.currentText()
        combo.clear()
        names = self._villages.get(township, ())
        combo.addItems(list(names))
        combo.setCurrentText(current if current in names else "")

    def _status_changed(self) -> None:
        done = self.ui.statusCombo.currentData() == VisitStatus.DONE
        self.ui.timeEdit.setEnabled(done)
        if not done:
            self.ui.timeEdit.setTime(None)

    def _officer_picked(self) -> None:
        self._officer_chosen = True

    # ----------------------------------------------------------------- the customer box

    def _search_customers(self) -> None:
        """Suggest the customers matching the text, none highlighted: ↓ goes to the first."""
        self._customer_timer.stop()
        text = self.ui.customerCombo.lineEdit().text().strip()
        if not text:
            return
        ids = search_customer_ids(self._context.db, self._context.actor, CustomerQuery(text=text))[
            :CUSTOMER_CHOICES
        ]
        rows = customer_rows(self._context.db, self._context.actor, ids)
        self.customer_matches.clear()
        for customer_id in ids:
            row = rows.get(customer_id)
            if row is not None:
                item = QStandardItem(f"{row.name}（{row.township}{row.village}）")
                item.setData(customer_id, Qt.ItemDataRole.UserRole)
                self.customer_matches.appendRow(item)
        completer = self.customer_completer
        if self.customer_matches.rowCount():
            completer.setCompletionPrefix("")
            completer.complete()
            completer.popup().setCurrentIndex(QModelIndex())
        else:
            completer.popup().hide()

    def _customer_chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        customer_id = index.data(Qt.ItemDataRole.UserRole)
        if customer_id is None:
            return
        self._customer_timer.stop()
        self._set_customer(customer_id)

    def _set_customer(self, customer_id: int) -> None:
        brief = self._context.visits.customer_brief(self._context.actor, customer_id)
        combo = self.ui.customerCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(f"{brief.name}（{brief.township}{brief.village}）", customer_id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        if self.ui.modeCombo.currentData() != VisitMode.AT_BRANCH:
            self.ui.townshipCombo.setCurrentText(brief.township)
            self.ui.villageCombo.setCurrentText(brief.village)
        if self.detail is None and not self._officer_chosen and brief.officer_id is not None:
            # a visit is the customer's officer's unless someone picks another officer
            if self.ui.officerCombo.findData(brief.officer_id) < 0:
                self.ui.officerCombo.addItem(brief.officer_name, brief.officer_id)
            select_data(self.ui.officerCombo, brief.officer_id)
        self.errors.set("customer_id", None)

    def customer_id(self) -> int | None:
        combo = self.ui.customerCombo
        index = combo.currentIndex()
        if index < 0 or combo.currentText() != combo.itemText(index):
            return None
        return combo.itemData(index)

    # ----------------------------------------------------------------- loading

    def _fill(self, data: VisitInput) -> None:
        ui = self.ui
        select_data(ui.statusCombo, data.status)
        select_data(ui.typeCombo, data.visit_type)
        select_data(ui.modeCombo, data.mode)
        ui.dateEdit.setDate(data.visit_date)
        self._status_changed()
        ui.timeEdit.setTime(data.visit_time)
        ui.townshipCombo.setCurrentText(data.township)
        ui.villageCombo.setCurrentText(data.village)
        ui.attendeesEdit.setText(data.attendees)
        ui.purposeEdit.setText(data.purpose)
        ui.conditionEdit.setPlainText(data.production_condition)
        ui.notesEdit.setPlainText(data.notes)
        for checks, chosen in (
            (_PROBLEM_CHECKS, data.problems),
            (_NEED_CHECKS, data.needs),
            (_SERVICE_CHECKS, data.services_offered),
        ):
            for member, name in checks.items():
                box: QCheckBox = getattr(ui, name)
                box.setChecked(member in chosen)
        ui.nextVisitEdit.setDate(data.next_visit_date)
        select_data(ui.satisfactionCombo, data.satisfaction)
        select_data(ui.officerCombo, data.officer_id)
        self.follow_ups_model.set_rows(
            [
                {
                    "id": f.id,
                    "description": f.description,
                    "due_date": f.due_date,
                    "done": self.tr("Yes") if f.done else "",
                }
                for f in data.follow_ups
            ]
        )

    def _load_new(self, data: VisitInput) -> None:
        self.detail = None
        self.setWindowTitle(self.tr("New visit"))
        title = self.tr("New visit")
        self.ui.headerLabel.setText(f"<b>{title}</b>")
        self.ui.customerCombo.setEnabled(True)
        self.ui.customerCombo.clear()
        self._fill(data)
        if data.customer_id is not None:
            self._set_customer(data.customer_id)
        self.attachments.set_owner()
        self.print_button.setEnabled(False)
        self.mark_saved()

    def _load(self, detail: VisitDetail) -> None:
        self.detail = detail
        self.setWindowTitle(arg(self.tr("Visit: %1"), detail.customer_name))
        when = detail.visit_date.isoformat()
        self.ui.headerLabel.setText(
            f"<b>{html.escape(detail.customer_name)}</b> · {html.escape(detail.number)}"
            f" · {enum_label(detail.visit_type)} · {when} · {enum_label(detail.status)}"
        )
        combo = self.ui.customerCombo
        combo.clear()
        combo.addItem(detail.customer_name, detail.customer_id)
        combo.setEnabled(False)
        data = detail.to_input()
        self._fill(data)
        if self.ui.officerCombo.findData(detail.officer_id) < 0:
            self.ui.officerCombo.addItem(detail.officer_name, detail.officer_id)
            select_data(self.ui.officerCombo, detail.officer_id)
        self.attachments.set_owner(visit_id=detail.id)
        self.print_button.setEnabled(True)
        self.mark_saved()

    # ----------------------------------------------------------------- reading the form

    def collect(self, problems: list[FieldError] | None = None) -> VisitInput:
        """The form as service input; `problems` receives the dates and times that are not
        dates and times (those fields go in as empty)."""
        ui = self.ui
        problems = [] if problems is None else problems
        problems.extend(
            typed_problems(
                {
                    "visit_date": ui.dateEdit,
                    "visit_time": ui.timeEdit,
                    "next_visit_date": ui.nextVisitEdit,
                }
            )
        )
        follow_ups = [
            FollowUpInput(
                id=row.get("id"),
                description=str(row.get("description") or ""),
                due_date=cell_date(row.get("due_date"), f"follow_ups[{index}].due_date", problems),
                done=bool(str(row.get("done") or "").strip()),
            )
            for index, row in enumerate(self.follow_ups_model.rows())
        ]
        return VisitInput(
            customer_id=self.customer_id(),
            officer_id=ui.officerCombo.currentData(),
            status=ui.statusCombo.currentData(),
            visit_type=ui.typeCombo.currentData(),
            mode=ui.modeCombo.currentData(),
            visit_date=ui.dateEdit.date(),
            visit_time=ui.timeEdit.time() if ui.timeEdit.isEnabled() else None,
            township=ui.townshipCombo.currentText(),
            village=ui.villageCombo.currentText(),
            attendees=ui.attendeesEdit.text(),
            purpose=ui.purposeEdit.text(),
            production_condition=ui.conditionEdit.toPlainText(),
            problems=frozenset(m for m, n in _PROBLEM_CHECKS.items() if getattr(ui, n).isChecked()),
            needs=frozenset(m for m, n in _NEED_CHECKS.items() if getattr(ui, n).isChecked()),
            services_offered=frozenset(
                m for m, n in _SERVICE_CHECKS.items() if getattr(ui, n).isChecked()
            ),
            notes=ui.notesEdit.toPlainText(),
            next_visit_date=ui.nextVisitEdit.date(),
            satisfaction=ui.satisfactionCombo.currentData(),
            follow_ups=follow_ups,
        )

    def snapshot(self) -> Any:
        problems: list[FieldError] = []
        data = self.collect(problems)
        typed = [(problem.field, str(problem.message)) for problem in problems]
        return (data, typed, list(self.attachments.pending))

    # ----------------------------------------------------------------- saving

    def save(self) -> bool:
        if not self._save():
            return False
        self.accept()
        return True

    def save_and_new(self) -> bool:
        """Save, then start the next visit with the same date, place, type and status."""
        previous = self.collect()
        if not self._save():
            return False
        kept: dict[str, object] = {}
        if self._officer_chosen:  # otherwise the officer follows the next customer
            kept["officer_id"] = previous.officer_id
        data = self._context.visits.new_input(
            self._context.actor,
            None,
            status=previous.status,
            visit_type=previous.visit_type,
            mode=previous.mode,
            visit_date=previous.visit_date,
            township=previous.township,
            village=previous.village,
            **kept,
        )
        self._load_new(data)
        self.ui.formMessage.set_message(
            arg(self.tr("Saved %1 visit(s). Next visit:"), self.saved_count), "info"
        )
        self.ui.customerCombo.setFocus()
        return True

    def _check(self, data: VisitInput, problems: list[FieldError]) -> list[FieldError]:
        """The typed problems, then what the service finds in the other fields."""
        visit_id = self.detail.id if self.detail is not None else None
        found = self._context.visits.check(self._context.actor, data, visit_id)
        fields = {problem.field for problem in problems}
        return problems + [error for error in found if error.field not in fields]

    def _recheck(self) -> list[FieldError]:
        problems: list[FieldError] = []
        data = self.collect(problems)
        try:
            return self._check(data, problems)
        except AgriCrmError:  # e.g. a customer one may not see: saving will say so
            return problems

    def _save(self) -> bool:
        problems: list[FieldError] = []
        data = self.collect(problems)
        service = self._context.visits
        actor = self._context.actor
        try:
            if problems:
                self.show_errors(self._check(data, problems))
                return False
            if self.detail is None:
                detail = service.create(actor, data)
            else:
                detail = service.update(actor, self.detail.id, data, self.detail.row_version)
        except ValidationFailed as failure:
            self.show_errors(list(failure.errors))
            return False
        except AgriCrmError as error:
            self.show_errors([])
            self.ui.formMessage.set_message(error_text(error))
            return False
        if self.attachments.pending:
            self.attachments.attach_pending(visit_id=detail.id)
        self.detail = detail
        self.print_button.setEnabled(True)
        self.saved_count += 1
        self.errors.clear()
        self.ui.formMessage.set_message("")
        self.follow_ups_model.set_errors({})
        self.ui.followUpsErrors.clear()
        self.mark_saved()
        self.saved.emit(detail)
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        self.ui.formMessage.set_message("")
        row_errors: dict[tuple[int, str], str] = {}
        fields: list[FieldError] = []
        for error in errors:
            if error.field.startswith("follow_ups["):
                row_text, field = error.field[len("follow_ups[") :].split("].", 1)
                row_errors[(int(row_text), field)] = qt_tr(error.message)
            else:
                fields.append(error)
        first = self.errors.show(
            fields, self.tr("Please correct the marked fields; nothing was saved.")
        )
        self.follow_ups_model.set_errors(row_errors)
        lines = []
        for (row, field), text in sorted(row_errors.items()):
            header = self.follow_ups_model.specs[self.follow_ups_model.column_of(field)].header()
            lines.append(arg(self.tr("Row %1, %2: %3"), row + 1, header, text))
        self.ui.followUpsErrors.setText("\n".join(lines))
        if row_errors and not self.ui.formMessage.message():
            self.ui.formMessage.set_message(
                self.tr("Please correct the marked fields; nothing was saved.")
            )
        if first is None and row_errors:
            first = self.ui.followUpsTable
        if first is not None:
            reveal(first)

    def _add_follow_up(self) -> None:
        day = self.ui.dateEdit.date() or dt.date.today()
        row = self.follow_ups_model.add_row(
            {"id": None, "description": "", "due_date": day + dt.timedelta(days=7), "done": ""}
        )
        index = self.follow_ups_model.index(row, 0)
        self.ui.tabs.setCurrentWidget(self.ui.followUpsTab)
        self.ui.followUpsTable.setCurrentIndex(index)
        self.ui.followUpsTable.edit(index)

    # ----------------------------------------------------------------- printing

    def print_report(self) -> None:
        """Preview the visit report of the visit as saved (asks first if there are edits)."""
        from agricrm.gui.reports.actions import start_visit_report

        if self.detail is None:
            return
        if self.may_print_saved_version(
            self.tr("Print report"),
            self.tr(
                "The report shows the visit as last saved; your unsaved changes are not "
                "in it. Print anyway?"
            ),
        ):
            start_visit_report(self, self._context, self.detail.id)

    # ----------------------------------------------------------------- closing

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes"), self.tr("Close without saving this visit?")

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the customer box looks customers up rather than saving half a visit.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.ui.customerCombo.hasFocus()
            and self.customer_id() is None
        ):
            self._search_customers()
            return
        super().keyPressEvent(event)
