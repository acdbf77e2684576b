"""The import wizard's household members: a second sheet of the register chosen as the
family members' (家庭成员), its heading row, and its columns decided like the main sheet's.

The sheet page offers every other sheet of the file (none at first) and the members sheet's
heading row, said found or wrong under it; the mapping page shows a second table of columns
whose combos offer a member's fields (成员姓名, 与户主关系, 身份证号, 手机号码, 备注) and what
names the household (档案编号, 户主身份证号, 户码).  The service proposes and decides
(`services.register_import.members_layout`, the members' synonym table); this only shows the
choices and carries them into the request.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QHeaderView

from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.registers.headings import MEMBER_FIELDS
from agricrm.exchange.registers.mapping import ColumnMapping, clashes
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_register_wizard import Ui_RegisterWizard
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.gui.sync.register_columns import ColumnWords, fill_columns, mark_columns
from agricrm.services.actor import Actor
from agricrm.services.register_import import RegisterLayout, RegisterRequest, members_layout

if TYPE_CHECKING:
    from agricrm.exchange.registers.sources import Source


class MembersPart(QObject):
    """The members sheet's choice (sheet page) and columns (mapping page)."""

    def __init__(
        self,
        parent: QObject,
        ui: Ui_RegisterWizard,
        choose: Callable[[str | None, int | None], None],
    ) -> None:
        """`choose`: the wizard's reading of a members sheet and heading row the person
        picked (it calls `read`, then checks its pages)."""
        super().__init__(parent)
        self.ui = ui
        self._choose = choose
        self._source: Callable[[], Source] | None = None
        self.layout_: RegisterLayout | None = None
        self.combos: list[QComboBox] = []
        ui.membersSheetCombo.activated.connect(self._sheet_chosen)
        ui.membersHeadingSpin.valueChanged.connect(self._heading_row_chosen)
        table = ui.membersMappingTable
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)

    # ------------------------------------------------------------------ the sheet

    def offer(self, sheets: list[tuple[str, int]], main: str, read: Callable[[], Source]) -> None:
        """The sheets that may hold the members (every one but the main sheet), the choice
        kept while it still stands; `read`: the file as the wizard read it."""
        ui = self.ui
        chosen = self.sheet
        combo = ui.membersSheetCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("none"), None)
        for name, rows in sheets:
            if name != main:
                combo.addItem(arg(self.tr("%1 (%2 rows)"), name, rows), name)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self._source = read
        if combo.currentData() != chosen:
            self.layout_ = None
        self._show()

    @property
    def sheet(self) -> str | None:
        """The members sheet chosen, if any."""
        layout = self.layout_
        return layout.sheet if layout is not None else None

    def ready(self) -> bool:
        """No members sheet, or one read from a heading row that holds headings."""
        return self.layout_ is None or self.layout_.proposal is not None

    def read(self, actor: Actor, path: Path, sheet: str | None, heading_row: int | None) -> None:
        """The members sheet as chosen (none: `sheet` None), from the file as read."""
        if sheet is None or self._source is None:
            self.layout_ = None
        else:
            request = RegisterRequest(path, members_sheet=sheet, members_heading_row=heading_row)
            try:
                self.layout_ = members_layout(actor, request, self._source())
            except AgriCrmError as error:
                set_tone(self.ui.membersNotes, "error")
                self.ui.membersNotes.setText(error_text(error))
                return
        self._show()

    def _sheet_chosen(self) -> None:
        self._choose(self.ui.membersSheetCombo.currentData(), None)

    def _heading_row_chosen(self, row: int) -> None:
        if self.layout_ is not None:
            self._choose(self.layout_.sheet, row)

    def _show(self) -> None:
        ui = self.ui
        layout = self.layout_
        ui.membersHeadingSpin.setEnabled(layout is not None)
        notes = ui.membersNotes
        if layout is None:
            set_tone(notes, None)
            notes.setText(
                self.tr(
                    "A household register lists each household's members on a sheet of "
                    "their own: choose it to bring them in with the customers."
                )
            )
            return
        ui.membersHeadingSpin.blockSignals(True)
        ui.membersHeadingSpin.setMaximum(max(1, len(layout.top)))
        if layout.proposal is not None:
            ui.membersHeadingSpin.setValue(layout.proposal.register.heading_row)
        ui.membersHeadingSpin.blockSignals(False)
        if layout.proposal is None:
            set_tone(notes, "error")
            notes.setText(error_text(layout.problem) if layout.problem else "")
            return
        set_tone(notes, None)
        register = layout.proposal.register
        notes.setText(
            arg(
                self.tr("Members: heading row %1; %2 members under it."),
                register.heading_row,
                len(register.rows),
            )
        )

    # ------------------------------------------------------------------ the columns

    def show_columns(self, words: ColumnWords, on_change: Callable[[], None]) -> None:
        """The members sheet's columns with their combos, or nothing without one."""
        ui = self.ui
        layout = self.layout_
        shown = layout is not None and layout.proposal is not None
        ui.membersMappingTable.setVisible(shown)
        ui.membersMappingLabel.setVisible(shown)
        self.combos = []
        if layout is None or layout.proposal is None:
            return
        ui.membersMappingLabel.setText(
            arg(self.tr("Columns of the family members' sheet %1"), layout.sheet)
        )
        self.combos = fill_columns(ui.membersMappingTable, layout.proposal, MEMBER_FIELDS, words)
        for combo in self.combos:
            combo.currentIndexChanged.connect(on_change)

    def choices(self) -> dict[str, str | None]:
        """Heading → what the person chose for the members sheet's columns."""
        layout = self.layout_
        if layout is None or layout.proposal is None:
            return {}
        return {
            choice.column.heading: combo.currentData()
            for choice, combo in zip(layout.proposal.choices, self.combos, strict=True)
        }

    def complete(self) -> bool:
        chosen = self.choices()
        return None not in chosen.values() and not clashes(chosen)

    def mark(self) -> tuple[dict[str, list[str]], list[str]]:
        """The members' columns marked like the main sheet's: (clashes, undecided)."""
        return mark_columns(self.ui.membersMappingTable, self.choices())

    def mapping(self, name: str) -> ColumnMapping | None:
        layout = self.layout_
        if layout is None or layout.proposal is None:
            return None
        register = layout.proposal.register
        columns = {heading: target for heading, target in self.choices().items() if target}
        return ColumnMapping(name, columns, register.sheet, register.heading_row)
