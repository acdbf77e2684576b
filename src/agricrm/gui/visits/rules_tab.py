"""The "Visits and care" tab of the preferences: the branch's loan-related visit and reminder
rules.  How often each customer is visited is their segment's service strategy, part of the
classification rules (分类规则 → 服务策略); the tab says so where the VIP and class intervals
used to be.

Managers edit them; saving stores them and rebuilds every customer's due date on a worker
thread behind a progress bar, as one service call and one transaction: a cancelled or failed
rebuild keeps the previous rules and due dates, and the dialog stays open to say so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.cadence import CadenceRules
from agricrm.domain.care import Festival
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.labels import enum_label
from agricrm.gui.style import set_tone
from agricrm.gui.tasks import BackgroundTask, run_with_progress
from agricrm.services.progress import Progress
from agricrm.services.schedule import read_rules, save_rules


def _spin(parent: QWidget, low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class RulesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.rules = read_rules(context.db, context.actor)
        self.task: BackgroundTask | None = None  # the save under way, if any
        days = " " + self.tr("day(s)")
        self.postLoanDays = _spin(self, 1, 365, days)
        self.overdueLoanDays = _spin(self, 1, 365, days)
        self.birthdayDays = _spin(self, 1, 365, days)
        self.festivalDays = _spin(self, 1, 365, days)
        self.followUpDays = _spin(self, 1, 365, days)
        self.festivalChecks = {f: QCheckBox(enum_label(f), self) for f in Festival}
        self.cadenceNote = QLabel(
            self.tr(
                "How often each customer is visited comes from their segment's service "
                "strategy: Classification rules → Service strategy (quality, potential and "
                "ordinary customers' visit intervals, dormant customers' reactivation visit)."
            ),
            self,
        )
        self.cadenceNote.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.cadenceNote)
        form.addRow(self.tr("Post-loan check within"), self.postLoanDays)
        form.addRow(self.tr("Visit after a loan turns overdue within"), self.overdueLoanDays)
        form.addRow(self.tr("Remind of birthdays"), self.birthdayDays)
        form.addRow(self.tr("Remind of festivals"), self.festivalDays)
        form.addRow(self.tr("Show follow-up actions due within"), self.followUpDays)
        festivals = QGridLayout()
        for index, check in enumerate(self.festivalChecks.values()):
            festivals.addWidget(check, index // 4, index % 4)
        form.addRow(self.tr("Festivals to greet"), festivals)
        self.note = QLabel(self.tr("Saving recomputes every customer's next due visit."), self)
        self.note.setWordWrap(True)
        self.errorLabel = QLabel(self)
        set_tone(self.errorLabel, "error")
        self.errorLabel.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.errorLabel)
        layout.addStretch(1)
        self._show(self.rules)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QSpinBox | QCheckBox):
                widget.setEnabled(context.actor.is_manager)

    def _show(self, rules: CadenceRules) -> None:
        self.postLoanDays.setValue(rules.post_loan_days)
        self.overdueLoanDays.setValue(rules.overdue_loan_days)
        self.birthdayDays.setValue(rules.birthday_days_ahead)
        self.festivalDays.setValue(rules.festival_days_ahead)
        self.followUpDays.setValue(rules.follow_up_days_ahead)
        for festival, check in self.festivalChecks.items():
            check.setChecked(festival.value in rules.festivals)

    def edited(self) -> CadenceRules:
        return CadenceRules(
            post_loan_days=self.postLoanDays.value(),
            overdue_loan_days=self.overdueLoanDays.value(),
            birthday_days_ahead=self.birthdayDays.value(),
            festival_days_ahead=self.festivalDays.value(),
            follow_up_days_ahead=self.followUpDays.value(),
            festivals=tuple(
                f.value for f, check in self.festivalChecks.items() if check.isChecked()
            ),
        )

    def save(self, on_saved: Callable[[], None], on_refused: Callable[[], None]) -> None:
        """Store changed rules with their rebuilt due dates, then call `on_saved`; on refusal,
        cancellation or failure show why here and call `on_refused` (nothing was changed)."""
        rules = self.edited()
        if rules == self.rules:
            on_saved()
            return
        context = self._context

        def work(progress: Progress) -> int:
            return save_rules(context.db, context.actor, rules, progress)

        def saved(_count: int) -> None:
            self.task = None
            self.rules = rules
            self.errorLabel.clear()
            on_saved()

        def refused(error: Exception) -> None:
            self.task = None
            self.errorLabel.setText(error_text(error))
            on_refused()

        self.task = run_with_progress(
            self, self.tr("Recomputing every customer's next due visit…"), work, saved, refused
        )
