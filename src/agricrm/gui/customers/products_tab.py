"""The Products tab of the preferences: the branch's product catalogue (managers keep it; a
product is retired, never deleted).  Changes are saved at once, like the village list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from agricrm.domain.errors import AgriCrmError, ValidationFailed
from agricrm.gui import style
from agricrm.gui.context import AppContext
from agricrm.gui.errors import error_text
from agricrm.gui.forms.ui_products_tab import Ui_ProductsTab
from agricrm.gui.qt_text import qt_tr, qt_translate
from agricrm.gui.style import set_tone
from agricrm.services.products import (
    add_product,
    add_usual_products,
    list_products,
    set_retired,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class ProductsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_ProductsTab()
        self.ui.setupUi(self)
        ui = self.ui
        table = ui.productTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # a code is read whole (social_security_card)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        style.fit_rows(table)
        style.set_role(ui.introLabel, "hint")
        set_tone(ui.errorLabel, "error")
        manager = context.actor.is_manager
        for widget in (
            ui.newNameEdit,
            ui.newCodeEdit,
            ui.addProductButton,
            ui.retireButton,
            ui.usualButton,
        ):
            widget.setEnabled(manager)
        ui.addProductButton.clicked.connect(self.add)
        ui.newCodeEdit.returnPressed.connect(self.add)
        ui.retireButton.clicked.connect(self.toggle_retired)
        ui.usualButton.clicked.connect(self.add_usual)
        self.refresh()

    def title(self) -> str:
        return self.tr("Products")

    def refresh(self) -> None:
        table = self.ui.productTable
        found = list_products(self._context.db, self._context.actor, with_retired=True)
        table.setRowCount(len(found))
        for row, product in enumerate(found):
            name = QTableWidgetItem(product.name)
            name.setData(ID_ROLE, product.id)
            name.setData(ID_ROLE + 1, product.retired)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(product.code))
            state = self.tr("Retired") if product.retired else self.tr("Offered")
            table.setItem(row, 2, QTableWidgetItem(state))
        self.ui.usualButton.setVisible(len(found) < 8)

    def add(self) -> None:
        ui = self.ui
        try:
            add_product(
                self._context.db, self._context.actor, ui.newCodeEdit.text(), ui.newNameEdit.text()
            )
        except ValidationFailed as failure:
            ui.errorLabel.setText("\n".join(qt_tr(e.message) for e in failure.errors))
            return
        except AgriCrmError as error:
            ui.errorLabel.setText(error_text(error))
            return
        ui.errorLabel.clear()
        ui.newCodeEdit.clear()
        ui.newNameEdit.clear()
        self.refresh()

    def toggle_retired(self) -> None:
        table = self.ui.productTable
        row = table.currentRow()
        if row < 0:
            return
        item = table.item(row, 0)
        try:
            set_retired(
                self._context.db,
                self._context.actor,
                item.data(ID_ROLE),
                not item.data(ID_ROLE + 1),
            )
        except AgriCrmError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        self.refresh()
        table.selectRow(row)

    def add_usual(self) -> None:
        try:
            add_usual_products(self._context.db, self._context.actor, qt_translate)
        except AgriCrmError as error:
            self.ui.errorLabel.setText(error_text(error))
            return
        self.refresh()
