"""The credit tab's box of what the branch knows of the relationship: cooperating since, card
level, deposits and the day they were read (see `agricrm.domain.relationship`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidgetItem, QWidget

from agricrm.domain.classification.facts import CardLevel
from agricrm.domain.errors import FieldError
from agricrm.domain.numbers import InvalidNumber, format_amount, parse_decimal
from agricrm.domain.products import ProductHeldInput
from agricrm.gui.forms.ui_customer_relationship import Ui_CustomerRelationshipBox
from agricrm.gui.labels import fill_enum_combo, select_data
from agricrm.gui.widgets.date_field import cell_date, typed_problems
from agricrm.services.customer_data import CustomerDetail
from agricrm.services.products import ProductEntry


class CustomerRelationshipBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerRelationshipBox()
        self.ui.setupUi(self)
        fill_enum_combo(self.ui.cardLevelCombo, CardLevel, "—")
        self._catalogue: list[ProductEntry] = []

    def set_catalogue(self, products: Sequence[ProductEntry]) -> None:
        """One row per product of the catalogue (retired ones only where held, see `load`)."""
        self._catalogue = list(products)
        table = self.ui.productsTable
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, 110)

    def _show_products(self, held: dict[int, dt.date | None]) -> None:
        table = self.ui.productsTable
        rows = [p for p in self._catalogue if not p.retired or p.id in held]
        table.setRowCount(len(rows))
        for at, product in enumerate(rows):
            name = QTableWidgetItem(product.name)
            name.setData(Qt.ItemDataRole.UserRole, product.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(
                Qt.CheckState.Checked if product.id in held else Qt.CheckState.Unchecked
            )
            table.setItem(at, 0, name)
            since = held.get(product.id)
            table.setItem(at, 1, QTableWidgetItem(since.isoformat() if since else ""))

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "cooperation_since": ui.cooperationSinceEdit,
            "card_level": ui.cardLevelCombo,
            "deposit_balance": ui.depositBalanceEdit,
            "deposit_average": ui.depositAverageEdit,
            "deposits_read_on": ui.depositsReadOnEdit,
            "products": ui.productsTable,
        }

    def load(self, detail: CustomerDetail | None) -> None:
        ui = self.ui
        ui.cooperationSinceEdit.setDate(detail.cooperation_since if detail else None)
        select_data(ui.cardLevelCombo, detail.card_level if detail else None)
        ui.depositBalanceEdit.setText(format_amount(detail.deposit_balance) if detail else "")
        ui.depositAverageEdit.setText(format_amount(detail.deposit_average) if detail else "")
        ui.depositsReadOnEdit.setDate(detail.deposits_read_on if detail else None)
        self._show_products({p.product_id: p.since for p in detail.products} if detail else {})

    def values(self, errors: list[FieldError]) -> dict[str, Any]:
        """The box's fields as `CustomerInput` keywords; what cannot be read goes in `errors`
        (and in as empty)."""
        ui = self.ui
        errors += typed_problems(
            {
                "cooperation_since": ui.cooperationSinceEdit,
                "deposits_read_on": ui.depositsReadOnEdit,
            }
        )
        since: dt.date | None = ui.cooperationSinceEdit.date()
        read_on: dt.date | None = ui.depositsReadOnEdit.date()
        held: list[ProductHeldInput] = []
        table = ui.productsTable
        for row in range(table.rowCount()):
            name = table.item(row, 0)
            if name.checkState() != Qt.CheckState.Checked:
                continue
            typed = table.item(row, 1).text().strip()
            field = f"products[{len(held)}].since"
            held.append(
                ProductHeldInput(
                    name.data(Qt.ItemDataRole.UserRole), cell_date(typed or None, field, errors)
                )
            )
        return {
            "products": held,
            "cooperation_since": since,
            "card_level": ui.cardLevelCombo.currentData(),
            "deposit_balance": _amount(ui.depositBalanceEdit.text(), "deposit_balance", errors),
            "deposit_average": _amount(ui.depositAverageEdit.text(), "deposit_average", errors),
            "deposits_read_on": read_on,
        }


def _amount(text: str, field: str, errors: list[FieldError]) -> Decimal | None:
    try:
        return parse_decimal(text)
    except InvalidNumber as error:
        errors.append(FieldError(field, error.message))
        return None
