"""The import wizard's tables of columns: one row per column of a sheet with its heading,
sample values and a combo of what it fills, and the marks on undecided columns and on
columns that fill one field twice.  Used for the main sheet and for a members sheet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from agricrm.exchange.registers.mapping import IGNORE, NOTES, Proposal, cell_text, clashes
from agricrm.gui import style
from agricrm.gui.qt_text import arg

SAMPLES = 3  # values shown under each column's heading


@dataclass(frozen=True)
class ColumnWords:
    """The words of a columns table in the interface's language (the wizard translates
    them, so they are translated once for both tables)."""

    column: str
    samples: str
    fills: str
    choose: str
    notes: str
    ignore: str
    hidden: str  # "%1 (hidden)"


def fill_columns(
    table: QTableWidget, proposal: Proposal, fields: Mapping[str, str], words: ColumnWords
) -> list[QComboBox]:
    """One row per column of `proposal` with its combo (`fields`: key → title offered), set
    to the proposal's choice; the combos in the columns' order."""
    table.clear()
    table.setColumnCount(3)
    table.setHorizontalHeaderLabels([words.column, words.samples, words.fills])
    table.setRowCount(len(proposal.choices))
    combos: list[QComboBox] = []
    rows = proposal.register.rows
    for r, choice in enumerate(proposal.choices):
        column = choice.column
        heading = column.heading
        if column.hidden:
            heading = arg(words.hidden, heading)
        table.setItem(r, 0, QTableWidgetItem(heading))
        samples = [
            cell_text(cells[column.index])
            for _number, cells in rows
            if column.index < len(cells) and cells[column.index] not in (None, "")
        ][:SAMPLES]
        table.setItem(r, 1, QTableWidgetItem("，".join(samples)))
        combo = QComboBox()
        combo.addItem(words.choose, None)
        for key, title in fields.items():
            if key != "officer_uuid":  # the officer is chosen by name (officer_name)
                combo.addItem(title, key)
        combo.addItem(words.notes, NOTES)
        combo.addItem(words.ignore, IGNORE)
        combo.setCurrentIndex(max(0, combo.findData(choice.target)))
        table.setCellWidget(r, 2, combo)
        combos.append(combo)
    table.resizeColumnsToContents()
    table.setColumnWidth(1, min(table.columnWidth(1), 320))
    return combos


def mark_columns(
    table: QTableWidget, chosen: dict[str, str | None]
) -> tuple[dict[str, list[str]], list[str]]:
    """Tint the undecided columns and every column of a field two columns fill; return the
    clashes (field → headings) and the undecided headings."""
    clashing = clashes(chosen)
    twice = {heading for headings in clashing.values() for heading in headings}
    undecided = [heading for heading, target in chosen.items() if target is None]
    for r, heading in enumerate(chosen):
        tint = (
            style.ERROR_TINT
            if heading in twice
            else style.DIFFERENCE_TINT
            if heading in undecided
            else None
        )
        for c in (0, 1):
            item = table.item(r, c)
            if item is not None:
                item.setBackground(QBrush(QColor(tint)) if tint else QBrush())
    return clashing, undecided
