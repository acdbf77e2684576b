"""The effect of edited rules before they are saved: the summary lines and the customers who
change class, listed lazily (a branch-wide change may move thousands) and opened with a
double click."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from agricrm.domain.classification.effect import Change, Effect
from agricrm.domain.classification.facts import class_member
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import qt_tr
from agricrm.gui.widgets.lazy_table import LazyColumn, LazyTableModel
from agricrm.services.class_effect import CustomerBrief, customer_briefs


@dataclass(frozen=True)
class ChangedCustomer:
    brief: CustomerBrief
    changes: tuple[Change, ...]


def change_text(changes: Sequence[Change]) -> str:
    """ "客户分层 普通客户 → 优质客户；价值 中价值 → 高价值"."""
    return "；".join(
        f"{qt_tr(change.dimension.label)} "
        f"{enum_label(class_member(change.dimension, change.before)) or change.before} → "
        f"{enum_label(class_member(change.dimension, change.after)) or change.after}"
        for change in changes
    )


def _place(row: ChangedCustomer) -> str:
    return " ".join(part for part in (row.brief.township, row.brief.village) if part)


class ChangedCustomersModel(LazyTableModel):
    """The customers of an effect, a page of names fetched as it is drawn."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self._context = context
        self._changes: dict[int, tuple[Change, ...]] = {}
        super().__init__(
            self._fetch,
            (
                LazyColumn("number", None, lambda row: row.brief.number),
                LazyColumn("name", None, lambda row: row.brief.name),
                LazyColumn("village", None, _place),
                LazyColumn("changes", None, lambda row: change_text(row.changes)),
            ),
            parent,
        )
        self.headers = {
            "number": self.tr("File number"),
            "name": self.tr("Name"),
            "village": self.tr("Village"),
            "changes": self.tr("Classes before → after"),
        }

    def show_effect(self, effect: Effect | None) -> None:
        self._changes = (
            {}
            if effect is None
            else {key: moves for key, moves in effect.changed.items() if isinstance(key, int)}
        )
        self.set_ids(sorted(self._changes))

    def _fetch(self, ids: Sequence[int]) -> dict[int, ChangedCustomer]:
        briefs = customer_briefs(self._context.db, self._context.actor, ids)
        return {cid: ChangedCustomer(brief, self._changes[cid]) for cid, brief in briefs.items()}


class EffectView(QWidget):
    """The summary of an effect above the list of customers it moves."""

    openCustomer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Effect of the edited rules"), self)
        style.set_role(self.heading, "heading")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ChangedCustomersModel(context, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        style.fit_rows(self.table)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.hint = QLabel(self)
        style.set_role(self.hint, "hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.effect: Effect | None = None
        self.stale = False  # the rules were edited after the effect shown was computed
        self.show_effect(None)

    def show_effect(self, effect: Effect | None) -> None:
        """Show an effect, or (None) say how to get one."""
        self.effect = effect
        self.stale = False
        style.set_tone(self.hint, None)
        self.model.show_effect(effect)
        if effect is None:
            self.summary.setText(
                self.tr("Press Preview to see which customers the edited rules would move.")
            )
            self.hint.clear()
        else:
            self.summary.setText("<br>".join(qt_tr(line) for line in effect.summary()))
            self.hint.setText(
                self.tr("Double-click a customer to open the file.") if effect.changed else ""
            )
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)

    def mark_stale(self) -> None:
        """The rules were edited after the preview: its figures are no longer theirs."""
        if self.effect is not None and not self.stale:
            self.stale = True
            self.hint.setText(self.tr("The rules were edited after this preview: preview again."))
            style.set_tone(self.hint, "warning")

    def _open(self, index: object) -> None:
        row = getattr(index, "row", None)
        customer_id = self.model.record_id(row()) if callable(row) else None
        if customer_id is not None:
            self.openCustomer.emit(customer_id)
