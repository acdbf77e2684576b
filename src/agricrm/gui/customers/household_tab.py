"""The customer form's household tab: the household code (户码) and the members of the
household, edited in a table like the production items."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from agricrm.domain.errors import FieldError
from agricrm.domain.household import HouseholdMemberInput, Relation
from agricrm.gui.forms.ui_customer_household_tab import Ui_CustomerHouseholdTab
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_role, set_tone
from agricrm.gui.widgets.row_table import CellSpec, RowDelegate, RowTableModel
from agricrm.services.customer_data import CustomerDetail

PREFIX = "household_members["


class CustomerHouseholdTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerHouseholdTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RowTableModel(
            (
                CellSpec("name", lambda: self.tr("Name"), width=100),
                CellSpec("relation", lambda: self.tr("Relation"), "enum", Relation, 110),
                CellSpec("id_number", lambda: self.tr("ID number"), width=170),
                CellSpec("phone", lambda: self.tr("Mobile phone"), width=120),
                CellSpec("notes", lambda: self.tr("Notes"), width=160),
            ),
            self,
        )
        table = ui.membersTable
        table.setModel(self.model)
        table.setItemDelegate(RowDelegate(self.model.specs, table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, spec in enumerate(self.model.specs):
            table.setColumnWidth(column, spec.width)
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.removeMemberButton.clicked.connect(
            lambda: self.model.remove_row(table.currentIndex().row())
        )
        set_role(ui.membersLabel, "hint")
        set_tone(ui.membersErrors, "error")

    def title(self) -> str:
        return self.tr("Household")

    def load(self, detail: CustomerDetail | None) -> None:
        self.ui.householdCodeEdit.setText(detail.household_code if detail else "")
        members = detail.household_members if detail else ()
        self.model.set_rows(
            [
                {
                    "id": m.id,
                    "name": m.name,
                    "relation": m.relation,
                    "id_number": m.id_number,
                    "phone": m.phone,
                    "notes": m.notes,
                }
                for m in members
            ]
        )

    def add_member(self) -> None:
        row = self.model.add_row({"relation": Relation.SPOUSE if not self.model.rows() else None})
        name = self.model.index(row, self.model.column_of("name"))
        table = self.ui.membersTable
        table.setCurrentIndex(name)  # opens the editor when the table has the focus
        if table.state() != QAbstractItemView.State.EditingState:
            table.edit(name)

    def household_code(self) -> str:
        return self.ui.householdCodeEdit.text()

    def members(self) -> list[HouseholdMemberInput]:
        return [
            HouseholdMemberInput(
                id=row.get("id"),
                name=str(row.get("name") or ""),
                relation=row.get("relation") or Relation.OTHER,
                id_number=str(row.get("id_number") or ""),
                phone=str(row.get("phone") or ""),
                notes=str(row.get("notes") or ""),
            )
            for row in self.model.rows()
        ]

    def show_errors(self, errors: list[FieldError]) -> bool:
        """Mark the members' cells named in `errors`; True when any was this tab's."""
        marked: dict[tuple[int, str], str] = {}
        for error in errors:
            if error.field.startswith(PREFIX):
                row_text, field = error.field[len(PREFIX) :].split("].", 1)
                marked[(int(row_text), field)] = qt_tr(error.message)
        self.model.set_errors(marked)
        lines = [
            arg(
                self.tr("Row %1, %2: %3"),
                str(row + 1),
                self.model.specs[self.model.column_of(field)].header(),
                text,
            )
            for (row, field), text in sorted(marked.items())
        ]
        self.ui.membersErrors.setText("\n".join(lines))
        return bool(marked)
