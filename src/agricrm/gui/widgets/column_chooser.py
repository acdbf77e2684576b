"""Choosing a list's columns: right-click its header for a menu of the columns, each ticked
when shown.

A list of fifteen columns does not fit a 1366×768 laptop beside the summary panel; an officer
hides what they never read (age, tags) rather than scroll sideways.  Which columns are hidden
is part of the header's state, so `preferences.save_header` keeps the choice with the widths.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu


class ColumnChooser(QObject):
    """The header's context menu of columns; the last column shown cannot be hidden."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)

    def menu(self) -> QMenu:
        header = self.header
        model = header.model()
        menu = QMenu(header)
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        for section in range(header.count()):
            title = str(model.headerData(section, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(header.isSectionHidden(section) or len(shown) > 1)
            action.toggled.connect(
                lambda checked, at=section: header.setSectionHidden(at, not checked)
            )
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.triggered.connect(self.show_all)
        return menu

    def show_all(self) -> None:
        for section in range(self.header.count()):
            self.header.setSectionHidden(section, False)

    def _show_menu(self, position: QPoint) -> None:
        menu = self.menu()
        menu.exec(self.header.mapToGlobal(position))
        menu.deleteLater()
