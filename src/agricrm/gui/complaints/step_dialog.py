"""One workflow step of a complaint: the form for the data that step records.

The service decides whether the step is allowed and whether its data is complete; this dialog
collects the data, marks each field with a problem and lists the problems above its buttons,
and stays open until the step saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from agricrm.domain.complaints import (
    CloseStep,
    ComplaintAction,
    ComplaintCause,
    InvestigateStep,
    ReopenStep,
    ReplyMethod,
    ReplyStep,
    ResolveStep,
    Responsibility,
    Satisfaction,
    Step,
)
from agricrm.domain.errors import AgriCrmError, FieldError, ValidationFailed
from agricrm.domain.numbers import InvalidNumber, parse_decimal
from agricrm.gui.complaints.combos import enum_data
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_complaint_step_dialog import Ui_ComplaintStepDialog
from agricrm.gui.labels import fill_enum_combo, select_data
from agricrm.gui.widgets.date_field import local_moment, typed_problems, utc_moment
from agricrm.gui.widgets.field_errors import FieldErrors, reveal
from agricrm.services.complaint_data import ComplaintDetail

Apply = Callable[[Step], None]


class StepDialog(QDialog):
    def __init__(
        self, action: ComplaintAction, detail: ComplaintDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.ui = Ui_ComplaintStepDialog()
        self.ui.setupUi(self)
        ui = self.ui
        empty = "—"
        fill_enum_combo(ui.causeCombo, ComplaintCause, empty)
        fill_enum_combo(ui.responsibilityCombo, Responsibility, empty)
        fill_enum_combo(ui.replyMethodCombo, ReplyMethod, empty)
        fill_enum_combo(ui.satisfactionCombo, Satisfaction, empty)
        # a new investigation starts from what the last one found
        select_data(ui.causeCombo, detail.cause)
        select_data(ui.responsibilityCombo, detail.responsibility)
        ui.findingsEdit.setPlainText(detail.findings)
        ui.measuresEdit.setPlainText(detail.measures)
        if detail.compensation is not None:
            ui.compensationEdit.setText(f"{detail.compensation:f}")
        ui.repliedAtEdit.setDateTime(local_moment(dt.datetime.now(dt.UTC)))
        pages, titles, buttons = self._pages()
        page, fields = pages[action]
        ui.pages.setCurrentWidget(page)
        self.errors = FieldErrors(fields, ui.errorLabel)
        self.setWindowTitle(titles[action])
        ui.headerLabel.setText(f"<b>{titles[action]}</b> · {detail.number} · {detail.complainant}")
        ui.errorLabel.set_visible_lines(2)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(buttons[action])
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._apply: Apply | None = None
        first = next(iter(fields.values()))
        first.setFocus()

    def _pages(
        self,
    ) -> tuple[
        dict[ComplaintAction, tuple[QWidget, dict[str, QWidget]]],
        dict[ComplaintAction, str],
        dict[ComplaintAction, str],
    ]:
        ui = self.ui
        pages: dict[ComplaintAction, tuple[QWidget, dict[str, QWidget]]] = {
            ComplaintAction.INVESTIGATE: (ui.investigatePage, {"note": ui.investigateNoteEdit}),
            ComplaintAction.RESOLVE: (
                ui.resolvePage,
                {
                    "cause": ui.causeCombo,
                    "responsibility": ui.responsibilityCombo,
                    "findings": ui.findingsEdit,
                    "note": ui.resolveNoteEdit,
                },
            ),
            ComplaintAction.REPLY: (
                ui.replyPage,
                {
                    "measures": ui.measuresEdit,
                    "compensation": ui.compensationEdit,
                    "reply_method": ui.replyMethodCombo,
                    "replied_at": ui.repliedAtEdit,
                    "reply_content": ui.replyContentEdit,
                    "note": ui.replyNoteEdit,
                },
            ),
            ComplaintAction.CLOSE: (
                ui.closePage,
                {"satisfaction": ui.satisfactionCombo, "note": ui.closeNoteEdit},
            ),
            ComplaintAction.REOPEN: (ui.reopenPage, {"reason": ui.reopenReasonEdit}),
        }
        titles = {
            ComplaintAction.INVESTIGATE: self.tr("Start the investigation"),
            ComplaintAction.RESOLVE: self.tr("Conclude the investigation"),
            ComplaintAction.REPLY: self.tr("Answer the customer"),
            ComplaintAction.CLOSE: self.tr("Close the complaint"),
            ComplaintAction.REOPEN: self.tr("Reopen the complaint"),
        }
        buttons = {
            ComplaintAction.INVESTIGATE: self.tr("Start"),
            ComplaintAction.RESOLVE: self.tr("Conclude"),
            ComplaintAction.REPLY: self.tr("Record the answer"),
            ComplaintAction.CLOSE: self.tr("Close complaint"),
            ComplaintAction.REOPEN: self.tr("Reopen"),
        }
        return pages, titles, buttons

    def set_apply(self, apply: Apply) -> None:
        """The service call to run on OK; its error keeps the dialog open and is shown."""
        self._apply = apply

    def collect(self) -> tuple[Step, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []

        def text(edit: QPlainTextEdit) -> str:
            return edit.toPlainText()

        if self.action is ComplaintAction.INVESTIGATE:
            return InvestigateStep(text(ui.investigateNoteEdit)), errors
        if self.action is ComplaintAction.RESOLVE:
            return (
                ResolveStep(
                    enum_data(ui.causeCombo, ComplaintCause),
                    enum_data(ui.responsibilityCombo, Responsibility),
                    text(ui.findingsEdit),
                    text(ui.resolveNoteEdit),
                ),
                errors,
            )
        if self.action is ComplaintAction.REPLY:
            try:
                compensation = parse_decimal(ui.compensationEdit.text())
            except InvalidNumber as error:
                errors.append(FieldError("compensation", error.message))
                compensation = None
            errors.extend(typed_problems({"replied_at": ui.repliedAtEdit}))
            return (
                ReplyStep(
                    text(ui.measuresEdit),
                    compensation,
                    enum_data(ui.replyMethodCombo, ReplyMethod),
                    utc_moment(ui.repliedAtEdit.dateTime()),
                    text(ui.replyContentEdit),
                    text(ui.replyNoteEdit),
                ),
                errors,
            )
        if self.action is ComplaintAction.CLOSE:
            return CloseStep(
                enum_data(ui.satisfactionCombo, Satisfaction), text(ui.closeNoteEdit)
            ), errors
        return ReopenStep(text(ui.reopenReasonEdit)), errors

    def _accept(self) -> None:
        step, errors = self.collect()
        if errors:
            self.show_errors(errors)
            return
        if self._apply is not None:
            try:
                self._apply(step)
            except ValidationFailed as failure:
                self.show_errors(list(failure.errors))
                return
            except AgriCrmError as error:
                self.errors.clear()
                self.ui.errorLabel.set_message(error_text(error))
                return
        self.accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.ui.errorLabel.clear()
        first = self.errors.show(
            errors, self.tr("Please correct the marked fields; nothing was saved.")
        )
        if first is not None:
            reveal(first)
