"""The import wizard's preview page: the summary, every row with its outcome, and the
preview made fixable — problem cells typed again, missing villages decided.

The Rows tab lists each row of the register with its outcome, problems and notes
(`register_preview.OutcomeModel`).  The Problems tab lists each problem with the cell as the
register has it, editable; the Villages tab lists each village of the register the branch's
list lacks with a combo — add it to the list, or the listed village of its township it means
(the one the service proposes, with its group, chosen first).  Nothing here decides what is
valid: "Check again" sends the corrections and choices to the service
(`RegisterRequest.corrections` and `.places`), and the preview it returns says what still is
wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from agricrm.exchange.registers.mapping import cell_text
from agricrm.exchange.registers.places import Key, Place
from agricrm.gui import style
from agricrm.gui.forms.ui_register_wizard import Ui_RegisterWizard
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.gui.sync.register_preview import OutcomeModel, row_names
from agricrm.services.register_import import RegisterPreview, row_outcomes
from agricrm.services.villages import VillageEntry

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # (row, heading) of an editable problem cell
SHOWN_PROBLEMS = 500  # problems listed for correction; all are in the problem workbook
ADD = "add"
# how a row finds its customer, as `services.register_import.Outcomes.updated` counts them
# and how a member's row finds the member on file ("id_number", then "name")
RULES = ("uuid", "number", "id_number", "phone", "name+village", "name")


class PreviewPage(QObject):
    """Fills the preview page of the wizard from a preview the service made."""

    def __init__(self, parent: QObject, ui: Ui_RegisterWizard) -> None:
        super().__init__(parent)
        self.ui = ui
        self.village_combos: list[QComboBox] = []
        self._villages: list[Key] = []
        for table in (ui.problemsTable, ui.villagesTable):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
        ui.previewTable.verticalHeader().setVisible(False)
        ui.previewTable.horizontalHeader().setStretchLastSection(True)

    def show(self, preview: RegisterPreview, listed: list[VillageEntry], may_add: bool) -> None:
        """The whole page: summary, rows, problems, villages (`listed`: the branch's;
        `may_add`: whether the person may add villages to it)."""
        ui = self.ui
        outcomes = preview.outcomes
        lines = [
            arg(
                self.tr("%1 new, %2 updated, %3 unchanged, %4 to be decided, %5 with problems."),
                outcomes.new,
                sum(outcomes.updated.values()),
                outcomes.unchanged,
                outcomes.to_decide,
                outcomes.problems,
            )
        ]
        if preview.notes:
            lines.append(
                arg(
                    self.tr(
                        "%1 cells were read otherwise than typed (see Notes; they refuse nothing)."
                    ),
                    len(preview.notes),
                )
            )
        if outcomes.updated:
            rules = "，".join(
                f"{self.rule_name(rule)} {count}" for rule, count in outcomes.updated.items()
            )
            lines.append(arg(self.tr("Updated customers found by: %1."), rules))
        members = preview.member_outcomes
        if members is not None:
            lines.append(
                arg(
                    self.tr(
                        "Family members: %1 new, %2 updated, %3 unchanged, %4 with problems "
                        "(see Members)."
                    ),
                    members.new,
                    sum(members.updated.values()),
                    members.unchanged,
                    members.problems,
                )
            )
        if preview.plan.issues:
            lines.append(
                self.tr(
                    "Nothing can be imported until these problems are corrected, in the "
                    "Problems tab or in the file."
                )
            )
        set_tone(ui.previewSummary, "error" if preview.plan.issues else None)
        ui.previewSummary.setText(" ".join(lines))
        words = {
            key: self.outcome_text(key) for key in ("new", "unchanged", "to_decide", "problem")
        }
        for rule in RULES:
            words[f"updated:{rule}"] = arg(self.tr("Updated (by %1)"), self.rule_name(rule))
        by_row = row_outcomes(preview.plan, preview.notes, sheet=preview.proposal.register.sheet)
        ui.previewTable.setModel(OutcomeModel(self, by_row, row_names(preview.proposal), words))
        ui.previewTable.resizeColumnsToContents()
        self.fill_members(preview, words)
        self.fill_problems(preview)
        self.fill_villages(preview, listed, may_add)

    def fill_members(self, preview: RegisterPreview, words: dict[str, str]) -> None:
        """The Members tab, shown when the register has a members sheet: each of its rows
        with its outcome (updated: found by ID number or by name), problems and notes."""
        ui = self.ui
        tab = ui.previewTabs.indexOf(ui.membersTab)
        members = preview.members
        ui.previewTabs.setTabVisible(tab, members is not None)
        if members is None:
            return
        by_row = row_outcomes(
            preview.plan, preview.notes, sheet=members.register.sheet, entity="household_members"
        )
        ui.membersTable.setModel(OutcomeModel(self, by_row, row_names(members), words))
        ui.membersTable.resizeColumnsToContents()
        title = arg(self.tr("&Members (%1)"), len(by_row))
        ui.previewTabs.setTabText(tab, title)

    def rule_name(self, rule: str) -> str:
        names = {
            "uuid": self.tr("record number"),
            "number": self.tr("file number"),
            "id_number": self.tr("ID number"),
            "phone": self.tr("phone"),
            "name+village": self.tr("name + village"),
            "name": self.tr("name"),
        }
        return names.get(rule, rule)

    def outcome_text(self, outcome: str) -> str:
        words = {
            "new": self.tr("New"),
            "unchanged": self.tr("Unchanged"),
            "to_decide": self.tr("To be decided"),
            "problem": self.tr("Problem"),
        }
        return words[outcome]

    def fill_problems(self, preview: RegisterPreview) -> None:
        """One line per problem: row, heading, the cell as the register has it (editable
        when the problem is a column's), the reason."""
        ui = self.ui
        table = ui.problemsTable
        issues = preview.plan.issues
        register = preview.proposal.register
        index_of = {c.column.heading: c.column.index for c in preview.proposal.choices}
        rows = dict(register.rows)
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Cell (edit to correct)"),
                self.tr("Reason"),
            ]
        )
        shown = issues[:SHOWN_PROBLEMS]
        table.setRowCount(len(shown))
        for r, issue in enumerate(shown):
            # cells are corrected on the main sheet; a members sheet's are corrected in the file
            at = index_of.get(issue.column) if issue.sheet == register.sheet else None
            cells = rows.get(issue.row)
            editable = at is not None and cells is not None
            typed = cell_text(cells[at]) if editable and at < len(cells) else issue.value  # type: ignore[index,operator]
            for c, text in enumerate((str(issue.row), issue.column, typed, qt_tr(issue.reason))):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if c == 2 and editable:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
                    item.setData(CELL_ROLE, (issue.row, issue.column))
                    item.setBackground(QBrush(QColor(style.ERROR_TINT)))
                else:
                    item.setFlags(flags)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(2, max(table.columnWidth(2), 160))
        table.blockSignals(False)
        title = self.tr("&Problems")
        if issues:
            title = arg(self.tr("&Problems (%1)"), len(issues))
        ui.previewTabs.setTabText(ui.previewTabs.indexOf(ui.problemsTab), title)

    def fill_villages(
        self, preview: RegisterPreview, listed: list[VillageEntry], may_add: bool
    ) -> None:
        """One line per missing village with its combo: the proposed village and group first
        when there is one, else "add to the list" (`may_add`: a branch manager; for anyone
        else "leave it", so their corrections can still be checked); then every listed
        village of its township."""
        ui = self.ui
        table = ui.villagesTable
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Township"),
                self.tr("Village in the register"),
                self.tr("Rows"),
                self.tr("Goes to"),
            ]
        )
        missing = preview.villages
        table.setRowCount(len(missing))
        self.village_combos, self._villages = [], []
        for r, each in enumerate(missing):
            rows = "、".join(str(row) for row in each.rows[:10])
            if len(each.rows) > 10:
                rows += "…"
            for c, text in enumerate((each.township, each.village, rows)):
                table.setItem(r, c, QTableWidgetItem(text))
            combo = QComboBox()
            if each.proposed is not None:
                proposed = each.proposed
                combo.addItem(
                    arg(self.tr("%1, group %2"), proposed.village, proposed.group), proposed
                )
            if may_add:
                combo.addItem(self.tr("Add to the village list"), ADD)
            else:
                combo.addItem(self.tr("Leave it (a branch manager adds villages)"), None)
            for entry in listed:
                if entry.township == each.township:
                    combo.addItem(entry.name, Place(entry.township, entry.name))
            table.setCellWidget(r, 3, combo)
            self.village_combos.append(combo)
            self._villages.append((each.township, each.village))
        table.resizeColumnsToContents()
        title = self.tr("Villa&ges")
        if missing:
            title = arg(self.tr("Villa&ges (%1)"), len(missing))
        ui.previewTabs.setTabText(ui.previewTabs.indexOf(ui.villagesTab), title)

    def village_choices(self) -> tuple[list[Key], dict[Key, Place]]:
        """The villages to add to the list, and where each of the others goes."""
        to_add: list[Key] = []
        places: dict[Key, Place] = {}
        for key, combo in zip(self._villages, self.village_combos, strict=True):
            chosen = combo.currentData()
            if chosen == ADD:
                to_add.append(key)
            elif isinstance(chosen, Place):
                places[key] = chosen
        return to_add, places
