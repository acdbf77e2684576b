"""The complaint form: intake, then the workflow with its timeline.

A new complaint is received here (a customer of the branch, or an unregistered caller); the
form then stays open on the received complaint and offers only the steps its status allows.
Every rule lives in the services; this form collects input and shows their messages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QPushButton,
    QWidget,
)

from agricrm.domain.complaints import (
    ComplaintAction,
    ComplaintChannel,
    ComplaintInput,
    ComplaintSeverity,
    ComplaintStatus,
)
from agricrm.domain.errors import AgriCrmError, FieldError, ValidationFailed
from agricrm.gui.complaints.combos import enum_data
from agricrm.gui.complaints.customer_picker import CustomerPickerDialog
from agricrm.gui.complaints.step_dialog import StepDialog
from agricrm.gui.complaints.texts import (
    category_text,
    due_text,
    handling_html,
    header_html,
    timeline_html,
)
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text, show_error
from agricrm.gui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from agricrm.gui.labels import fill_enum_combo, select_data
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.widgets.date_field import local_moment, typed_problems, utc_moment
from agricrm.gui.widgets.field_errors import FieldErrors, reveal
from agricrm.gui.widgets.record_dialog import RecordDialog
from agricrm.services.complaint_data import ComplaintDetail
from agricrm.services.complaint_settings import complaint_settings
from agricrm.services.complaints import (
    assign_complaint,
    get_complaint,
    link_customer,
    perform_step,
    receive_complaint,
    update_complaint,
)
from agricrm.services.customer_data import CustomerRow
from agricrm.services.users import list_officers

GEOMETRY_KEY = "complaint_dialog"


class ComplaintDialog(RecordDialog):
    saved = Signal(object)  # ComplaintDetail

    def __init__(
        self,
        context: AppContext,
        complaint_id: int | None,
        parent: QWidget | None = None,
        customer: CustomerRow | None = None,
    ) -> None:
        super().__init__(GEOMETRY_KEY, parent)
        self._context = context
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.settings = complaint_settings(context.db, context.actor)
        self.detail: ComplaintDetail | None = None
        self._customer: CustomerRow | None = customer
        self.step_dialog: StepDialog | None = None
        self.picker: CustomerPickerDialog | None = None
        self.assign_dialog: QInputDialog | None = None
        self._setup_widgets()
        self.errors = FieldErrors(
            {
                "caller_name": self.ui.callerNameEdit,
                "caller_phone": self.ui.callerPhoneEdit,
                "channel": self.ui.channelCombo,
                "category": self.ui.categoryCombo,
                "received_at": self.ui.receivedEdit,
                "officer_id": self.ui.officerCombo,
                "description": self.ui.descriptionEdit,
            },
            self.ui.formMessage,
        )
        if complaint_id is None:
            self._load_new()
        else:
            self._load(get_complaint(context.db, context.actor, complaint_id))
        self.mark_saved()
        self.place(1040, 680)
        self.ui.splitter.setSizes([620, 400])

    # ----------------------------------------------------------------- setup

    def _setup_widgets(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.channelCombo, ComplaintChannel)
        fill_enum_combo(ui.severityCombo, ComplaintSeverity)
        self._fill_categories(None)
        for officer in list_officers(self._context.db, self._context.actor):
            ui.officerCombo.addItem(officer.display_name, officer.id)
        ui.severityCombo.currentIndexChanged.connect(self._update_deadline_hint)
        ui.customerRadio.toggled.connect(self._complainant_mode_changed)
        ui.chooseCustomerButton.clicked.connect(self._choose_customer)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.print_button = QPushButton(self.tr("Print &form…"), self)
        self.print_button.setToolTip(
            self.tr("Preview and print the complaint handling form with its full history")
        )
        self.print_button.setAutoDefault(False)
        ui.buttonBox.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_form)
        steps = {
            ui.investigateButton: ComplaintAction.INVESTIGATE,
            ui.resolveButton: ComplaintAction.RESOLVE,
            ui.replyButton: ComplaintAction.REPLY,
            ui.closeButton: ComplaintAction.CLOSE,
            ui.reopenButton: ComplaintAction.REOPEN,
        }
        self._step_buttons = {action: button for button, action in steps.items()}
        for button, action in steps.items():
            button.clicked.connect(lambda _checked=False, a=action: self.start_step(a))
        ui.linkButton.clicked.connect(self._choose_customer)
        ui.assignButton.clicked.connect(self._reassign)

    def _fill_categories(self, current: str | None) -> None:
        combo = self.ui.categoryCombo
        combo.clear()
        for category in self.settings.categories:
            if category.active or category.code == current:
                combo.addItem(qt_tr(category.label), category.code)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(category_text(self.settings, current), current)

    def _update_deadline_hint(self) -> None:
        severity = enum_data(self.ui.severityCombo, ComplaintSeverity)
        if severity is None:
            self.ui.deadlineHint.clear()
            return
        days = self.settings.deadlines.for_severity(severity)
        self.ui.deadlineHint.setText(self.tr("answer within %n day(s)", "", days))

    def _complainant_mode_changed(self) -> None:
        """A new complaint shows the customer row or the caller rows; an existing one its
        customer link and whatever the caller said."""
        ui = self.ui
        is_customer = ui.customerRadio.isChecked()
        detail = self.detail
        if detail is None:
            show_customer, show_caller = is_customer, not is_customer
            if not is_customer:
                self._set_customer(None)
        else:
            show_customer = True
            show_caller = bool(detail.caller_name or detail.caller_phone)
        ui.intakeForm.setRowVisible(ui.customerLayout, show_customer)
        ui.intakeForm.setRowVisible(ui.callerNameEdit, show_caller)
        ui.intakeForm.setRowVisible(ui.callerPhoneEdit, show_caller)
        # an existing complaint is linked with "Link to customer…" instead
        ui.chooseCustomerButton.setVisible(detail is None and show_customer)
        for widget in (ui.callerNameEdit, ui.callerPhoneEdit):
            widget.setReadOnly(not self._may_edit())

    def _may_edit(self) -> bool:
        detail = self.detail
        return detail is None or (detail.may_act and detail.status is not ComplaintStatus.CLOSED)

    # ----------------------------------------------------------------- loading

    def _load_new(self) -> None:
        ui = self.ui
        title = self.tr("Receive a complaint")
        self.setWindowTitle(title)
        ui.headerLabel.setText(f"<b>{title}</b>")
        ui.receivedEdit.setDateTime(dt.datetime.now().replace(second=0, microsecond=0))
        select_data(ui.officerCombo, self._context.actor.user_id)
        ui.officerCombo.setEnabled(self._context.actor.is_manager)
        ui.customerRadio.setChecked(self._customer is not None)
        ui.callerRadio.setChecked(self._customer is None)
        self._set_customer(self._customer)
        self._complainant_mode_changed()
        self._update_deadline_hint()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Recei&ve"))
        ui.tabs.setTabEnabled(1, False)
        ui.historyGroup.setVisible(False)
        self.print_button.setEnabled(False)
        for button in (*self._step_buttons.values(), ui.linkButton, ui.assignButton):
            button.setVisible(False)

    def _load(self, detail: ComplaintDetail) -> None:
        self.detail = detail
        ui = self.ui
        self.setWindowTitle(arg(self.tr("Complaint %1 – %2"), detail.number, detail.complainant))
        ui.customerRadio.setChecked(detail.customer_id is not None)
        ui.callerRadio.setChecked(detail.customer_id is None)
        ui.customerRadio.setEnabled(False)
        ui.callerRadio.setEnabled(False)
        ui.customerValue.setText(self._customer_text(detail))
        ui.callerNameEdit.setText(detail.caller_name)
        ui.callerPhoneEdit.setText(detail.caller_phone)
        select_data(ui.channelCombo, detail.channel)
        self._fill_categories(detail.category)
        select_data(ui.categoryCombo, detail.category)
        select_data(ui.severityCombo, detail.severity)
        ui.receivedEdit.setDateTime(local_moment(detail.received_at))
        if ui.officerCombo.findData(detail.officer_id) < 0:
            ui.officerCombo.addItem(detail.officer_name, detail.officer_id)
        select_data(ui.officerCombo, detail.officer_id)
        ui.officerCombo.setEnabled(False)
        ui.descriptionEdit.setPlainText(detail.description)
        editable = self._may_edit()
        for widget in (ui.channelCombo, ui.categoryCombo, ui.severityCombo):
            widget.setEnabled(editable)
        ui.receivedEdit.setReadOnly(not editable)
        ui.descriptionEdit.setReadOnly(not editable)
        self._complainant_mode_changed()
        self._update_deadline_hint()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save changes"))
        save.setVisible(editable)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        ui.tabs.setTabEnabled(1, True)
        ui.historyGroup.setVisible(True)
        self.print_button.setEnabled(True)
        self._show_workflow(detail)

    def _show_workflow(self, detail: ComplaintDetail) -> None:
        """Header, timeline, handling record and the buttons of the allowed steps."""
        ui = self.ui
        today = dt.date.today()
        ui.headerLabel.setText(header_html(detail, self.settings, today))
        ui.timelineView.setHtml(timeline_html(detail, self.settings))
        ui.handlingView.setHtml(handling_html(detail, self.settings))
        scroll = ui.timelineView.verticalScrollBar()
        scroll.setValue(scroll.maximum())
        allowed = detail.allowed_actions
        for action, button in self._step_buttons.items():
            button.setVisible(action in allowed)
        ui.linkButton.setVisible(detail.may_act)
        ui.linkButton.setText(
            self.tr("Change &linked customer…")
            if detail.customer_id
            else self.tr("&Link to customer…")
        )
        ui.assignButton.setVisible(
            self._context.actor.is_manager and detail.status is not ComplaintStatus.CLOSED
        )
        if not detail.may_act:
            ui.formMessage.setText(
                arg(
                    self.tr("Handled by %1; you can read it but not change it."),
                    detail.officer_name,
                )
            )

    def _customer_text(self, detail: ComplaintDetail) -> str:
        if detail.customer_id is None:
            return self.tr("— (not linked to a customer file)")
        parts = [detail.customer_name, detail.customer_address, detail.customer_phone]
        return " · ".join(part for part in parts if part)

    def _set_customer(self, customer: CustomerRow | None) -> None:
        self._customer = customer
        if customer is None:
            self.ui.customerValue.setText(self.tr("No customer chosen"))
            return
        place = f"{customer.township}{customer.village}"
        self.ui.customerValue.setText(
            " · ".join(part for part in (customer.name, place, customer.phone) if part)
        )
        if self._context.actor.is_manager:
            # the complaint goes to the customer's officer unless the manager chooses another
            officer = self._customer_officer(customer)
            if officer is not None:
                select_data(self.ui.officerCombo, officer)

    # ----------------------------------------------------------------- reading the form

    def collect(self) -> ComplaintInput:
        ui = self.ui
        is_customer = ui.customerRadio.isChecked()
        customer_id = self._customer.id if is_customer and self._customer else None
        received_at = utc_moment(ui.receivedEdit.dateTime())
        if self.detail is not None:
            customer_id = self.detail.customer_id
            if ui.receivedEdit.dateTime() == local_moment(self.detail.received_at):
                received_at = self.detail.received_at  # to the second, as it was received
        return ComplaintInput(
            customer_id=customer_id,
            caller_name="" if is_customer and self.detail is None else ui.callerNameEdit.text(),
            caller_phone="" if is_customer and self.detail is None else ui.callerPhoneEdit.text(),
            channel=enum_data(ui.channelCombo, ComplaintChannel),
            category=ui.categoryCombo.currentData() or "",
            severity=enum_data(ui.severityCombo, ComplaintSeverity),
            description=ui.descriptionEdit.toPlainText(),
            received_at=received_at,
            officer_id=ui.officerCombo.currentData() if self.detail is None else None,
        )

    def snapshot(self) -> Any:
        return dataclasses.astuple(self.collect()), self.ui.receivedEdit.problem()

    # ----------------------------------------------------------------- saving

    def save(self) -> bool:
        data = self.collect()
        context = self._context
        typed = typed_problems({"received_at": self.ui.receivedEdit})
        try:
            if typed:
                raise ValidationFailed(typed)
            if self.detail is None:
                if self.ui.customerRadio.isChecked() and self._customer is None:
                    self.show_errors([])
                    self.ui.formMessage.set_message(self.tr("Choose the customer who complains."))
                    return False
                detail = receive_complaint(context.db, context.actor, data)
                message = arg(
                    self.tr("Complaint %1 received; it must be answered by %2."),
                    detail.number,
                    due_text(detail.due_at),
                )
            else:
                detail = update_complaint(
                    context.db, context.actor, self.detail.id, data, self.detail.row_version
                )
                message = self.tr("Changes saved.")
        except ValidationFailed as failure:
            self.show_errors(list(failure.errors))
            return False
        except AgriCrmError as error:
            self.show_errors([])
            self.ui.formMessage.set_message(error_text(error))
            return False
        self.errors.clear()
        self._load(detail)
        self.mark_saved()
        self.ui.formMessage.set_message(message, "info")
        self.saved.emit(detail)
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        self.ui.formMessage.clear()
        first = self.errors.show(
            errors, self.tr("Please correct the marked fields; nothing was saved.")
        )
        if first is not None:
            reveal(first)

    # ----------------------------------------------------------------- printing

    def print_form(self) -> None:
        """Preview the handling form of the complaint as saved (asks first if there are
        unsaved corrections)."""
        from agricrm.gui.reports.actions import start_complaint_form

        if self.detail is None:
            return
        if self.may_print_saved_version(
            self.tr("Print form"),
            self.tr(
                "The form shows the complaint as last saved; your unsaved changes are not "
                "in it. Print anyway?"
            ),
        ):
            start_complaint_form(self, self._context, self.detail.id)

    # ----------------------------------------------------------------- workflow

    def start_step(self, action: ComplaintAction) -> StepDialog:
        assert self.detail is not None
        dialog = StepDialog(action, self.detail, self)

        def apply(step: Any) -> None:
            current = self.detail
            assert current is not None
            self._after_change(
                perform_step(
                    self._context.db, self._context.actor, current.id, step, current.row_version
                )
            )

        dialog.set_apply(apply)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _after_change(self, detail: ComplaintDetail) -> None:
        """A step saved on its own: keep any unsaved corrections of the intake fields."""
        self.ui.formMessage.clear()
        if self.has_unsaved_changes():
            self.detail = detail
            self._show_workflow(detail)
        else:
            self._load(detail)
            self.mark_saved()
        self.saved.emit(detail)

    def _choose_customer(self) -> None:
        picker = CustomerPickerDialog(self._context, self)
        self.picker = picker

        def chosen() -> None:
            customer = picker.chosen
            if customer is None:
                return
            if self.detail is None:
                self._set_customer(customer)
                return
            try:
                detail = link_customer(
                    self._context.db,
                    self._context.actor,
                    self.detail.id,
                    customer.id,
                    self.detail.row_version,
                )
            except AgriCrmError as error:
                show_error(self, error)
                return
            self._after_change(detail)

        picker.accepted.connect(chosen)
        picker.open()

    def _customer_officer(self, customer: CustomerRow) -> int | None:
        detail = self._context.customers.get(self._context.actor, customer.id)
        return detail.officer_id

    def _reassign(self) -> None:
        assert self.detail is not None
        officers = [
            (o.display_name, o.id)
            for o in list_officers(self._context.db, self._context.actor)
            if o.id != self.detail.officer_id
        ]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Reassign the complaint"))
        dialog.setLabelText(self.tr("Hand the complaint to:"))
        dialog.setComboBoxItems([name for name, _ in officers])
        dialog.setComboBoxEditable(False)

        def chosen(name: str) -> None:
            assert self.detail is not None
            officer_id = dict(officers)[name]
            try:
                detail = assign_complaint(
                    self._context.db,
                    self._context.actor,
                    self.detail.id,
                    officer_id,
                    self.detail.row_version,
                )
            except AgriCrmError as error:
                show_error(self, error)
                return
            self._after_change(detail)

        dialog.textValueSelected.connect(chosen)
        self.assign_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- closing

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes"), self.tr("Close without saving your changes?")
