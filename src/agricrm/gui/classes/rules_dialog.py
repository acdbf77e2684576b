"""The classification rules screen (分类规则): a manager edits the branch's thresholds, weights and
service by segment, sees what the change would do, and saves it as the next version.

Why a dialog of its own (Settings ▸ Classification rules…) rather than a tab of the
preferences: the rules are saved by their own button, after a confirmation naming the version
and the customers reclassified, and their effect needs the room of a list of customers beside
the fields; inside the preferences, its OK would either save the rules too (a reclassification
nobody asked for) or not (and surprise whoever pressed it).

Both long operations run off the GUI thread behind a progress bar with Cancel (`gui.tasks`):
the preview (`classes.preview_rules`, saving nothing) and the save (`classes.save_rules`, one
transaction: a cancelled save keeps the previous rules and classes, and the screen says so).
Everyone may open the screen; only managers may change anything (the services refuse others;
the fields here are merely disabled).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.classification.effect import Effect
from agricrm.domain.classification.facts import Product as DefaultProduct
from agricrm.domain.classification.rules import DEFAULT_RULES, ClassificationRules
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.gui import style
from agricrm.gui.classes.effect_view import EffectView
from agricrm.gui.classes.rules_form import RulesForm
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.tasks import BackgroundTask, run_with_progress
from agricrm.gui.widgets.field_errors import FieldErrors, MessagePanel
from agricrm.gui.widgets.record_dialog import RecordDialog
from agricrm.services import classes
from agricrm.services.class_effect import (
    RulesSource,
    check_document,
    classified_count,
    rules_origin,
)
from agricrm.services.products import list_products
from agricrm.services.progress import Cancelled, Progress

GEOMETRY_KEY = "classRulesDialog"


class ClassRulesDialog(RecordDialog):
    rulesSaved = Signal(object)  # ClassificationRules as saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(GEOMETRY_KEY, parent)
        self._context = context
        self.setWindowTitle(self.tr("Classification rules"))
        self.task: BackgroundTask | None = None  # the preview or save under way, if any
        rules = classes.read_rules(context.db, context.actor)
        self.form = RulesForm(_products(context, rules), self)
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.read_only_note = QLabel(
            self.tr("Only a branch manager can change the classification rules."), self
        )
        style.set_role(self.read_only_note, "hint")
        self.effect = EffectView(context, self)
        self.effect.openCustomer.connect(self.open_customer)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.form)
        splitter.addWidget(self.effect)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.messages = MessagePanel(self, lines=3)
        self.errors = FieldErrors(self.form.fields, self.messages, self._recheck, self)
        self.defaults_button = QPushButton(self.tr("Restore defaults"), self)
        self.preview_button = QPushButton(self.tr("Preview the effect"), self)
        self.save_button = QPushButton(self.tr("Save as a new version…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        for button in (self.preview_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.read_only_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.messages)
        layout.addLayout(buttons)
        self.form.edited.connect(self.effect.mark_stale)
        self._load(rules)
        manager = context.actor.is_manager
        self.read_only_note.setVisible(not manager)
        self.effect.setVisible(manager)  # a preview is a manager's: it precedes a change
        self.form.set_editable(manager)
        self._set_busy(False)
        self.place(1300, 740)

    # ----------------------------------------------------------------- showing

    def _load(self, rules: ClassificationRules) -> None:
        self.rules = rules
        self.form.load(rules.to_json())
        self.mark_saved()
        self._show_origin()

    def _show_origin(self) -> None:
        origin = rules_origin(self._context.db, self._context.actor)
        when = "" if origin.stored_at is None else _local(origin.stored_at)
        if origin.source is RulesSource.DEFAULT:
            text = arg(self.tr("Rules version %1: the defaults, never changed."), origin.version)
        elif origin.source is RulesSource.SAVED_HERE:
            text = arg(
                self.tr("Rules version %1, saved on this computer on %2."), origin.version, when
            )
        else:
            text = arg(
                self.tr("Rules version %1, from a sync package received on %2."),
                origin.version,
                when,
            )
        self.origin.setText(text)

    def _set_busy(self, busy: bool) -> None:
        editable = self._context.actor.is_manager and not busy
        for button in (self.defaults_button, self.preview_button, self.save_button):
            button.setEnabled(editable)

    def snapshot(self) -> Any:
        return self.form.document()

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Classification rules"),
            self.tr("The edited rules were not saved. Close and discard the edits?"),
        )

    # ----------------------------------------------------------------- checking

    def _recheck(self) -> list[FieldError]:
        return self._mapped(
            check_document(self._context.db, self._context.actor, self.form.document())
        )

    def _mapped(self, errors: list[FieldError]) -> list[FieldError]:
        """Problems named by their document path, renamed to the fields that show them (a
        band's limits to the cut point); a problem of no field keeps its path."""
        return [FieldError(self.form.field_of(e.field) or e.field, e.message) for e in errors]

    def _refused(self, errors: list[FieldError]) -> None:
        first = self.errors.show(
            self._mapped(errors),
            arg(self.tr("Nothing was saved; the rules stay at version %1."), self.rules.version),
        )
        if first is not None:
            from agricrm.gui.widgets.field_errors import reveal

            reveal(first)

    def _checked(self) -> bool:
        errors = check_document(self._context.db, self._context.actor, self.form.document())
        if errors:
            self._refused(errors)
            return False
        self.errors.clear()
        return True

    # ----------------------------------------------------------------- actions

    def restore_defaults(self) -> None:
        """The default figures in the form, kept at the current version until saved."""
        document = DEFAULT_RULES.to_json()
        document["version"] = self.rules.version
        self.form.load(document)
        self.errors.clear()
        self.effect.mark_stale()
        self.messages.set_message(
            self.tr("The default rules are shown; they are saved only by Save."), "info"
        )

    def preview(self) -> None:
        if self.task is not None or not self._checked():
            return
        context, document = self._context, self.form.document()

        def work(progress: Progress) -> Effect:
            return classes.preview_rules(context.db, context.actor, document, progress)

        def done(effect: Effect) -> None:
            self.task = None
            self._set_busy(False)
            self.effect.show_effect(effect)
            self.messages.set_message("")

        self._run(self.tr("Classifying every customer by the edited rules…"), work, done)

    def save(self) -> None:
        if self.task is not None or not self._checked():
            return
        context, document = self._context, self.form.document()
        version = rules_origin(context.db, context.actor).version + 1  # a package may have come
        count = classified_count(context.db, context.actor)
        question = arg(
            self.tr("Save as version %1 and reclassify %2 customers?"), version, f"{count:,}"
        )
        effect = self.effect.effect
        if effect is not None and not self.effect.stale:
            question += "\n" + arg(
                self.tr("%1 of them change class (see the preview)."), f"{len(effect.changed):,}"
            )
        answer = QMessageBox.question(
            self,
            self.tr("Classification rules"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Progress) -> ClassificationRules:
            return classes.save_rules(context.db, context.actor, document, progress)

        def done(rules: ClassificationRules) -> None:
            self.task = None
            self._set_busy(False)
            self._load(rules)
            self.effect.show_effect(None)
            self.messages.set_message(
                arg(
                    self.tr("Saved as version %1; %2 customers were reclassified."),
                    rules.version,
                    f"{count:,}",
                ),
                "info",
            )
            self.rulesSaved.emit(rules)

        self._run(self.tr("Saving the rules and reclassifying every customer…"), work, done)

    def _run(self, label: str, work: Any, done: Any) -> None:
        def failed(error: Exception) -> None:
            self.task = None
            self._set_busy(False)
            if isinstance(error, ValidationFailed):
                self._refused(list(error.errors))
            elif isinstance(error, Cancelled):
                self.messages.set_message(
                    arg(
                        self.tr("Cancelled: the rules stay at version %1 and no class changed."),
                        self.rules.version,
                    )
                )
            else:
                self.messages.set_message(error_text(error))

        self._set_busy(True)
        self.task = run_with_progress(self, label, work, done, failed)

    def open_customer(self, customer_id: int) -> None:
        from agricrm.gui.customers.detail_dialog import CustomerDialog

        CustomerDialog(self._context, customer_id, self).open()


def _products(context: AppContext, rules: ClassificationRules) -> list[tuple[str, str]]:
    """The products a manager may count: the branch's catalogue (retired ones too, which
    files still hold), and any product the current or the default rules count that the
    catalogue lacks, so that it is shown (and refused by the check, naming it) rather than
    dropped unseen when the rules are saved again."""
    found = [(p.code, p.name) for p in list_products(context.db, context.actor, with_retired=True)]
    labels = {member.value: enum_label(member) for member in DefaultProduct}
    known = {code for code, _name in found}
    for code in (*rules.value.counted_products, *DEFAULT_RULES.value.counted_products):
        if code not in known:
            found.append((code, labels.get(code, code)))
            known.add(code)
    return found


def _local(moment: Any) -> str:
    """A stored UTC time as the computer's local date and time."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
