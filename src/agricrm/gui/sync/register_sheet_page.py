"""The import wizard's sheet page: the chosen sheet's top rows as typed, and what the
register read from it says (heading row, rows of people, total rows, hidden columns).

The rows above the heading row are greyed (left out), the heading row is bold, and hidden
columns are named in their column title.  The wizard decides which sheet and row; this only
shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem

from agricrm.exchange.registers.mapping import cell_text
from agricrm.exchange.registers.register import column_letter
from agricrm.gui import style
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_register_wizard import Ui_RegisterWizard
from agricrm.gui.qt_text import arg
from agricrm.gui.style import set_tone
from agricrm.services.register_import import RegisterLayout


class SheetPage(QObject):
    """Fills the sheet page of the wizard from the layout the service read."""

    def __init__(self, parent: QObject, ui: Ui_RegisterWizard) -> None:
        super().__init__(parent)
        self.ui = ui

    def fill(self, layout: RegisterLayout) -> None:
        """The sheet's top rows as typed: those above the heading row greyed (left out), the
        heading row bold, hidden columns named in their column title."""
        ui = self.ui
        table = ui.rowsTable
        table.clear()
        width = max((len(row) for row in layout.top), default=0)
        table.setRowCount(len(layout.top))
        table.setColumnCount(width)
        proposal = layout.proposal
        heading_row = proposal.register.heading_row if proposal is not None else 0
        hidden = {c.index for c in proposal.register.hidden_columns} if proposal else set()
        titles = [
            arg(self.tr("%1 (hidden)"), column_letter(i)) if i in hidden else column_letter(i)
            for i in range(width)
        ]
        table.setHorizontalHeaderLabels(titles)
        table.setVerticalHeaderLabels([str(n) for n in range(1, len(layout.top) + 1)])
        muted = QBrush(QColor(style.MUTED))
        above = QBrush(QColor(style.WINDOW))
        for r, cells in enumerate(layout.top, start=1):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(cell_text(value))
                if r < heading_row:
                    item.setForeground(muted)
                    item.setBackground(above)
                elif r == heading_row:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r - 1, c, item)
        table.resizeColumnsToContents()
        for c in range(width):
            table.setColumnWidth(c, min(table.columnWidth(c), 220))
        if heading_row:
            table.scrollToItem(table.item(heading_row - 1, 0) or QTableWidgetItem())
        self._notes(layout)

    def _notes(self, layout: RegisterLayout) -> None:
        ui = self.ui
        if layout.proposal is None:
            set_tone(ui.sheetNotes, "error")
            ui.sheetNotes.setText(error_text(layout.problem) if layout.problem else "")
            return
        set_tone(ui.sheetNotes, None)
        register = layout.proposal.register
        lines = [
            arg(
                self.tr("Heading row %1; %2 rows of people under it."),
                register.heading_row,
                len(register.rows),
            )
        ]
        if register.totals:
            rows = "、".join(str(row) for row in register.totals)
            lines.append(arg(self.tr("Total rows left out: %1."), rows))
        if not register.hidden_known:
            lines.append(self.tr("This kind of file does not say which columns are hidden."))
        elif register.hidden_columns:
            names = "、".join(c.heading for c in register.hidden_columns)
            lines.append(arg(self.tr("Hidden columns (listed with the others): %1."), names))
        ui.sheetNotes.setText(" ".join(lines))
