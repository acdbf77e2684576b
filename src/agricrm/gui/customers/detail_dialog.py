"""The customer file form: create, edit, archive and move through admission.

All rules live in `CustomerService`; this form turns widgets into a `CustomerInput`, shows the
service's field errors next to their fields, and never saves half a file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain import id_number as id_numbers
from agricrm.domain.customer import CustomerInput, LoanInput, ProductionItemInput
from agricrm.domain.enums import (
    BusinessMode,
    CreditGrade,
    Education,
    Ethnicity,
    Gender,
    GuaranteeType,
    LoanClassification,
    Need,
    ProductionKind,
)
from agricrm.domain.errors import AgriCrmError, FieldError, ValidationFailed
from agricrm.domain.lifecycle import allowed_targets
from agricrm.domain.numbers import InvalidNumber, format_amount, parse_decimal
from agricrm.gui.context import AppContext
from agricrm.gui.customers.credit_status import CreditStatusLine
from agricrm.gui.customers.household_tab import PREFIX as HOUSEHOLD_PREFIX
from agricrm.gui.customers.household_tab import CustomerHouseholdTab
from agricrm.gui.customers.relationship_box import CustomerRelationshipBox
from agricrm.gui.customers.status_dialog import StatusChangeDialog
from agricrm.gui.errors import error_text, show_error
from agricrm.gui.forms.ui_customer_dialog import Ui_CustomerDialog
from agricrm.gui.labels import enum_label, fill_enum_combo, select_data
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.gui.style import set_tone
from agricrm.gui.widgets.date_field import cell_date, typed_problems
from agricrm.gui.widgets.field_errors import FieldErrors, reveal
from agricrm.gui.widgets.record_dialog import RecordDialog
from agricrm.gui.widgets.row_table import CellSpec, RowDelegate, RowTableModel
from agricrm.gui.widgets.scrolling import scroll_tab_pages, too_tall
from agricrm.services.customer_data import CustomerDetail
from agricrm.services.customer_search import filter_options
from agricrm.services.customers import ADD_VILLAGE_ACTION
from agricrm.services.products import list_products
from agricrm.services.settings import branch_profile
from agricrm.services.users import list_officers
from agricrm.services.villages import add_village

GEOMETRY_KEY = "customer_dialog"
_NEED_CHECKS = {
    Need.FUNDING: "needFundingCheck",
    Need.TRAINING: "needTrainingCheck",
    Need.MARKET_INFO: "needMarketInfoCheck",
    Need.INSURANCE: "needInsuranceCheck",
    Need.OTHER: "needOtherCheck",
}


class CustomerDialog(RecordDialog):
    saved = Signal(object)  # CustomerDetail

    def __init__(
        self, context: AppContext, customer_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(GEOMETRY_KEY, parent)
        self._context = context
        self.ui = Ui_CustomerDialog()
        self.ui.setupUi(self)
        self.detail: CustomerDetail | None = None
        self._setup_widgets()
        self.household_tab = CustomerHouseholdTab(self)  # beside the basic information
        self.ui.tabs.insertTab(1, self.household_tab, self.household_tab.title())
        self.relationship_box = CustomerRelationshipBox(self)  # between credit and loans
        self.relationship_box.set_catalogue(
            list_products(context.db, context.actor, with_retired=True)
        )
        # a tab of its own after credit and loans: inside that tab it squeezed the loans table
        # to a single row at 1366×768
        self.relationship_box.setTitle("")
        relationship_page = QWidget(self)
        QVBoxLayout(relationship_page).addWidget(self.relationship_box, 1)
        self.ui.tabs.insertTab(
            self.ui.tabs.indexOf(self.ui.creditTab) + 1, relationship_page, self.tr("Relationship")
        )
        self.credit_status = CreditStatusLine(context, self)  # computed and kept, above grade
        self.ui.creditForm.insertRow(0, self.tr("Credit status"), self.credit_status)
        self.credit_status.saved.connect(self._credit_status_kept)
        self._add_visits_tab()
        self.errors = FieldErrors(self._field_widgets(), self.ui.formMessage, self._recheck)
        set_tone(self.ui.itemsErrors, "error")
        set_tone(self.ui.loansErrors, "error")
        self.errors.linkActivated.connect(self._link_activated)
        if customer_id is None:
            self._load_new()
        else:
            self._load(context.customers.get(context.actor, customer_id))
            from agricrm.gui.complaints.customer_tab import CustomerComplaintsTab

            self.complaints_tab = CustomerComplaintsTab(context, customer_id, self)
            ui_tabs = self.ui.tabs  # before the last tab (status), which stays usable
            ui_tabs.insertTab(ui_tabs.count() - 1, self.complaints_tab, self.complaints_tab.title())
        self.mark_saved()
        ui = self.ui
        if too_tall(self):
            scroll_tab_pages(
                ui.tabs, ui.basicTab, ui.productionTab, ui.creditTab, ui.needsTab, ui.statusTab
            )
        self.place(900, 680)

    # ----------------------------------------------------------------- setup

    def _setup_widgets(self) -> None:
        ui = self.ui
        empty = "—"
        fill_enum_combo(ui.genderCombo, Gender, empty)
        fill_enum_combo(ui.ethnicityCombo, Ethnicity, empty)
        fill_enum_combo(ui.educationCombo, Education, empty)
        fill_enum_combo(ui.businessModeCombo, BusinessMode, empty)
        fill_enum_combo(ui.creditGradeCombo, CreditGrade, empty)
        ui.householdSpin.setSpecialValueText(empty)
        for officer in list_officers(self._context.db, self._context.actor):
            ui.officerCombo.addItem(officer.display_name, officer.id)
        ui.officerCombo.setEnabled(self._context.actor.is_manager)

        options = filter_options(self._context.db, self._context.actor)
        self._villages = options.villages
        ui.townshipCombo.addItems(list(options.townships))
        ui.townshipCombo.currentTextChanged.connect(self._township_changed)
        ui.idNumberEdit.textChanged.connect(self._id_number_changed)

        self.items_model = RowTableModel(
            (
                CellSpec("kind", lambda: self.tr("Kind"), "enum", ProductionKind, 90),
                CellSpec("name", lambda: self.tr("Name"), width=120),
                CellSpec("quantity", lambda: self.tr("Quantity"), "decimal", width=80),
                CellSpec("unit", lambda: self.tr("Unit"), width=60),
                CellSpec("cycle", lambda: self.tr("Cycle"), width=100),
                CellSpec("notes", lambda: self.tr("Notes"), width=160),
            ),
            self,
        )
        self.loans_model = RowTableModel(
            (
                CellSpec("lender", lambda: self.tr("Lender"), width=110),
                CellSpec("product", lambda: self.tr("Product"), width=130),
                CellSpec("amount", lambda: self.tr("Amount (yuan)"), "amount", width=100),
                CellSpec("balance", lambda: self.tr("Balance (yuan)"), "amount", width=100),
                CellSpec("start_date", lambda: self.tr("Start"), "date", width=95),
                CellSpec("due_date", lambda: self.tr("Due"), "date", width=95),
                CellSpec(
                    "classification",
                    lambda: self.tr("Classification"),
                    "enum",
                    LoanClassification,
                    90,
                ),
                CellSpec("guarantee_type", lambda: self.tr("Guarantee"), "enum", GuaranteeType, 90),
                CellSpec("notes", lambda: self.tr("Notes"), width=120),
            ),
            self,
        )
        for table, model in ((ui.itemsTable, self.items_model), (ui.loansTable, self.loans_model)):
            table.setModel(model)
            table.setItemDelegate(RowDelegate(model.specs, table))
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            for column, spec in enumerate(model.specs):
                table.setColumnWidth(column, spec.width)
        ui.itemsAddButton.clicked.connect(self._add_item)
        ui.loansAddButton.clicked.connect(self._add_loan)
        ui.itemsRemoveButton.clicked.connect(
            lambda: self.items_model.remove_row(ui.itemsTable.currentIndex().row())
        )
        ui.loansRemoveButton.clicked.connect(
            lambda: self.loans_model.remove_row(ui.loansTable.currentIndex().row())
        )
        ui.historyTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.archiveButton.clicked.connect(self._archive)
        ui.restoreButton.clicked.connect(self._restore)
        ui.changeStatusButton.clicked.connect(self._change_status)
        self.print_button = ui.buttonBox.addButton(
            self.tr("Print file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setToolTip(self.tr("Preview and print the customer profile sheet"))
        self.print_button.clicked.connect(self.print_file)

    def _add_visits_tab(self) -> None:
        from agricrm.gui.visits.customer_tab import CustomerVisitsTab

        self.visits_tab = CustomerVisitsTab(self._context, self)
        self.visits_tab.customerChanged.connect(self._visits_changed)
        tabs = self.ui.tabs
        tabs.insertTab(tabs.count() - 1, self.visits_tab, self.tr("Visits and care"))

    def _visits_changed(self) -> None:
        """A visit saved from the file may have added needs to it: take the new version."""
        if self.detail is not None:
            self._after_change(self._context.customers.get(self._context.actor, self.detail.id))

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.nameEdit,
            "id_number": ui.idNumberEdit,
            "gender": ui.genderCombo,
            "birth_date": ui.birthDateEdit,
            "phone": ui.phoneEdit,
            "landline": ui.landlineEdit,
            "ethnicity": ui.ethnicityCombo,
            "education": ui.educationCombo,
            "household_size": ui.householdSpin,
            "household_code": self.household_tab.ui.householdCodeEdit,
            "household_members": self.household_tab.ui.membersTable,
            **self.relationship_box.field_widgets(),
            "province": ui.provinceEdit,
            "city": ui.cityEdit,
            "county": ui.countyEdit,
            "township": ui.townshipCombo,
            "village": ui.villageCombo,
            "address_detail": ui.addressEdit,
            "business_mode": ui.businessModeCombo,
            "land_area_mu": ui.landAreaEdit,
            "annual_income": ui.annualIncomeEdit,
            "technology_notes": ui.technologyNotesEdit,
            "credit_grade": ui.creditGradeCombo,
            "credit_notes": ui.creditNotesEdit,
            "needs_notes": ui.needsNotesEdit,
            "notes": ui.notesEdit,
            "tags": ui.tagsEdit,
            "officer_id": ui.officerCombo,
        }

    def _township_changed(self, township: str) -> None:
        combo = self.ui.villageCombo
        current = combo.currentText()
        combo.clear()
        combo.addItems(list(self._villages.get(township, ())))
        combo.setCurrentText(current if current in self._villages.get(township, ()) else "")

    def _id_number_changed(self, text: str) -> None:
        """Birth date and gender follow a valid ID number and cannot contradict it."""
        ui = self.ui
        facts = None
        if len(id_numbers.normalize(text)) >= 18:
            try:
                facts = id_numbers.parse(text)
            except id_numbers.InvalidIdNumber as error:
                self.errors.set("id_number", qt_tr(error.message))
            else:
                self.errors.set("id_number", None)
        else:
            self.errors.set("id_number", None)
        if facts is not None:
            select_data(ui.genderCombo, facts.gender)
            ui.birthDateEdit.setDate(facts.birth_date)
        ui.genderCombo.setEnabled(facts is None)
        ui.birthDateEdit.setEnabled(facts is None)

    # ----------------------------------------------------------------- loading

    def _load_new(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New customer file"))
        title = self.tr("New customer file")
        ui.headerLabel.setText(f"<b>{title}</b>")
        profile = branch_profile(self._context.db, self._context.actor)
        ui.provinceEdit.setText(profile.province)
        ui.cityEdit.setText(profile.city)
        ui.countyEdit.setText(profile.county)
        select_data(ui.ethnicityCombo, Ethnicity.HAN)
        select_data(ui.officerCombo, self._context.actor.user_id)
        ui.townshipCombo.setCurrentIndex(-1)
        ui.birthDateEdit.setDate(None)
        self.household_tab.load(None)
        self.relationship_box.load(None)
        self.credit_status.load(None)
        ui.statusValue.setText(self.tr("A new file starts as a prospect."))
        ui.changeStatusButton.setEnabled(False)
        ui.archiveButton.setVisible(False)
        ui.restoreButton.setVisible(False)
        self.print_button.setEnabled(False)

    def _load(self, detail: CustomerDetail) -> None:
        self.detail = detail
        ui = self.ui
        self.setWindowTitle(arg(self.tr("Customer file: %1"), detail.name))
        ui.headerLabel.setText(self._header_html(detail))
        ui.nameEdit.setText(detail.name)
        ui.idNumberEdit.setText(detail.id_number)
        select_data(ui.genderCombo, detail.gender)
        ui.birthDateEdit.setDate(detail.birth_date)
        ui.lunarBirthdayCheck.setChecked(detail.keeps_lunar_birthday)
        ui.phoneEdit.setText(detail.phone)
        ui.landlineEdit.setText(detail.landline)
        select_data(ui.ethnicityCombo, detail.ethnicity)
        select_data(ui.educationCombo, detail.education)
        ui.householdSpin.setValue(detail.household_size or 0)
        ui.provinceEdit.setText(detail.province)
        ui.cityEdit.setText(detail.city)
        ui.countyEdit.setText(detail.county)
        ui.townshipCombo.setCurrentText(detail.township)
        ui.villageCombo.setCurrentText(detail.village)
        ui.addressEdit.setText(detail.address_detail)
        select_data(ui.businessModeCombo, detail.business_mode)
        ui.landAreaEdit.setText(_decimal_text(detail.land_area_mu))
        ui.annualIncomeEdit.setText(format_amount(detail.annual_income))
        ui.technologyNotesEdit.setPlainText(detail.technology_notes)
        select_data(ui.creditGradeCombo, detail.credit_grade)
        ui.creditNotesEdit.setPlainText(detail.credit_notes)
        for need, name in _NEED_CHECKS.items():
            getattr(ui, name).setChecked(need in detail.needs)
        ui.needsNotesEdit.setPlainText(detail.needs_notes)
        ui.notesEdit.setPlainText(detail.notes)
        ui.tagsEdit.setText(" ".join(detail.tags))
        select_data(ui.officerCombo, detail.officer_id)
        if ui.officerCombo.findData(detail.officer_id) < 0 and detail.officer_id is not None:
            ui.officerCombo.addItem(detail.officer_name, detail.officer_id)
            select_data(ui.officerCombo, detail.officer_id)
        self.items_model.set_rows([item.__dict__ for item in detail.production_items])
        self.loans_model.set_rows([loan.__dict__ for loan in detail.loans])
        self.household_tab.load(detail)
        self.relationship_box.load(detail)
        self.credit_status.load(detail)
        self._load_status(detail)
        self.visits_tab.set_customer(detail.id, detail.name)
        read_only = detail.archived_at is not None
        for index in range(ui.tabs.count() - 1):
            ui.tabs.widget(index).setEnabled(not read_only)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not read_only)
        ui.archiveButton.setVisible(not read_only)
        ui.restoreButton.setVisible(read_only)
        ui.changeStatusButton.setEnabled(not read_only and bool(allowed_targets(detail.status)))
        self.print_button.setEnabled(True)
        ui.formMessage.setText(
            self.tr("This file is archived; restore it to edit.") if read_only else ""
        )

    def _header_html(self, detail: CustomerDetail) -> str:
        parts = [
            f"<b>{html.escape(detail.name)}</b>",
            html.escape(arg(self.tr("File no. %1"), detail.number)),
            html.escape(enum_label(detail.status)),
        ]
        if detail.archived_at:
            archived = self.tr("Archived")
            parts.append(f"<span style='color:#a60'>{archived}</span>")
        return " · ".join(parts)

    def _load_status(self, detail: CustomerDetail) -> None:
        ui = self.ui
        ui.statusValue.setText(enum_label(detail.status))
        ui.historyTree.clear()
        for change in reversed(detail.status_history):
            step = (
                f"{enum_label(change.from_status)} → {enum_label(change.to_status)}"
                if change.from_status
                else arg(self.tr("File created as %1"), enum_label(change.to_status))
            )
            when = change.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            ui.historyTree.addTopLevelItem(
                QTreeWidgetItem([when, step, change.changed_by, change.reason])
            )

    # ----------------------------------------------------------------- reading the form

    def _decimal(self, text: str, field: str, errors: list[FieldError]) -> Decimal | None:
        try:
            return parse_decimal(text)
        except InvalidNumber as error:
            errors.append(FieldError(field, error.message))
            return None

    def collect(self) -> tuple[CustomerInput, list[FieldError]]:
        """The form as service input, plus the numbers and dates that could not even be read
        (those fields go in as empty)."""
        ui = self.ui
        errors: list[FieldError] = typed_problems({"birth_date": ui.birthDateEdit})
        items = []
        for index, row in enumerate(self.items_model.rows()):
            items.append(
                ProductionItemInput(
                    id=row.get("id"),
                    kind=row.get("kind") or ProductionKind.CROP,
                    name=str(row.get("name") or ""),
                    quantity=self._decimal(
                        str(row.get("quantity") or ""),
                        f"production_items[{index}].quantity",
                        errors,
                    ),
                    unit=str(row.get("unit") or ""),
                    cycle=str(row.get("cycle") or ""),
                    notes=str(row.get("notes") or ""),
                )
            )
        loans = []
        for index, row in enumerate(self.loans_model.rows()):
            prefix = f"loans[{index}]."
            loans.append(
                LoanInput(
                    id=row.get("id"),
                    lender=str(row.get("lender") or ""),
                    product=str(row.get("product") or ""),
                    amount=self._decimal(str(row.get("amount") or ""), prefix + "amount", errors),
                    balance=self._decimal(
                        str(row.get("balance") or ""), prefix + "balance", errors
                    ),
                    start_date=cell_date(row.get("start_date"), prefix + "start_date", errors),
                    due_date=cell_date(row.get("due_date"), prefix + "due_date", errors),
                    classification=row.get("classification") or LoanClassification.NORMAL,
                    guarantee_type=row.get("guarantee_type") or GuaranteeType.UNSECURED,
                    notes=str(row.get("notes") or ""),
                )
            )
        data = CustomerInput(
            name=ui.nameEdit.text(),
            gender=ui.genderCombo.currentData(),
            birth_date=ui.birthDateEdit.date(),
            keeps_lunar_birthday=ui.lunarBirthdayCheck.isChecked(),
            id_number=ui.idNumberEdit.text(),
            phone=ui.phoneEdit.text(),
            landline=ui.landlineEdit.text(),
            ethnicity=ui.ethnicityCombo.currentData(),
            education=ui.educationCombo.currentData(),
            household_size=ui.householdSpin.value() or None,
            province=ui.provinceEdit.text().strip(),
            city=ui.cityEdit.text().strip(),
            county=ui.countyEdit.text().strip(),
            township=ui.townshipCombo.currentText(),
            village=ui.villageCombo.currentText(),
            address_detail=ui.addressEdit.text().strip(),
            business_mode=ui.businessModeCombo.currentData(),
            land_area_mu=self._decimal(ui.landAreaEdit.text(), "land_area_mu", errors),
            annual_income=self._decimal(ui.annualIncomeEdit.text(), "annual_income", errors),
            technology_notes=ui.technologyNotesEdit.toPlainText().strip(),
            credit_grade=ui.creditGradeCombo.currentData(),
            credit_notes=ui.creditNotesEdit.toPlainText().strip(),
            needs=frozenset(
                need for need, name in _NEED_CHECKS.items() if getattr(ui, name).isChecked()
            ),
            needs_notes=ui.needsNotesEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            officer_id=ui.officerCombo.currentData(),
            tags=tuple(ui.tagsEdit.text().replace("，", " ").replace(",", " ").split()),
            production_items=items,
            loans=loans,
            **self.relationship_box.values(errors),
            household_code=self.household_tab.household_code(),
            household_members=self.household_tab.members(),
        )
        return data, errors

    def snapshot(self) -> Any:
        data, errors = self.collect()
        return (data, [(e.field, str(e.message)) for e in errors])

    def _check(self, data: CustomerInput, problems: list[FieldError]) -> list[FieldError]:
        """The problems of reading the form, then what the service finds in other fields."""
        customer_id = self.detail.id if self.detail else None
        found = self._context.customers.check(self._context.actor, data, customer_id)
        fields = {problem.field for problem in problems}
        return problems + [error for error in found if error.field not in fields]

    def _recheck(self) -> list[FieldError]:
        data, problems = self.collect()
        try:
            return self._check(data, problems)
        except AgriCrmError:  # saving will say what is wrong
            return problems

    # ----------------------------------------------------------------- saving

    def save(self) -> bool:
        data, parse_errors = self.collect()
        service = self._context.customers
        actor = self._context.actor
        if parse_errors:
            self.show_errors(self._check(data, parse_errors))
            return False
        try:
            if self.detail is None:
                detail = service.create(actor, data)
            else:
                detail = service.update(actor, self.detail.id, data, self.detail.row_version)
        except ValidationFailed as failure:
            self.show_errors(list(failure.errors))
            return False
        except AgriCrmError as error:
            self.show_errors([])
            self.ui.formMessage.set_message(error_text(error))
            return False
        self.detail = detail
        self.mark_saved()
        self.saved.emit(detail)
        self.accept()
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        self.ui.formMessage.set_message("")
        item_errors: dict[tuple[int, str], str] = {}
        loan_errors: dict[tuple[int, str], str] = {}
        fields: list[FieldError] = []
        first_table: QWidget | None = None
        for error in errors:
            if error.field.startswith(("production_items[", "loans[")):
                table, rest = error.field.split("[", 1)
                row_text, field = rest.split("].", 1)
                target = item_errors if table == "production_items" else loan_errors
                target[(int(row_text), field)] = qt_tr(error.message)
                widget = self.ui.itemsTable if table == "production_items" else self.ui.loansTable
                first_table = first_table or widget
            elif error.field.startswith("products["):  # a product's date: at the table
                fields.append(dataclasses.replace(error, field="products"))
            elif not error.field.startswith(HOUSEHOLD_PREFIX):
                fields.append(error)
        if self.household_tab.show_errors(errors):
            first_table = first_table or self.household_tab.ui.membersTable
        header = self.tr("Please correct the marked fields; nothing was saved.")
        first = self.errors.show(fields, header)
        for error in fields:
            if error.action == ADD_VILLAGE_ACTION and error.field in self.errors:
                link = self.tr("Add it to the village list")
                text = html.escape(qt_tr(error.message))
                self.errors.set(error.field, f"{text} <a href='{ADD_VILLAGE_ACTION}'>{link}</a>")
        self.items_model.set_errors(item_errors)
        self.loans_model.set_errors(loan_errors)
        self.ui.itemsErrors.setText(self._row_messages(item_errors, self.items_model))
        self.ui.loansErrors.setText(self._row_messages(loan_errors, self.loans_model))
        if first_table is not None and not self.ui.formMessage.message():
            self.ui.formMessage.set_message(header)
        first = first or first_table
        if first is not None:
            reveal(first)

    def _row_messages(self, errors: dict[tuple[int, str], str], model: RowTableModel) -> str:
        lines = []
        for (row, field), text in sorted(errors.items()):
            header = model.specs[model.column_of(field)].header()
            lines.append(arg(self.tr("Row %1, %2: %3"), str(row + 1), header, text))
        return "\n".join(lines)

    def _link_activated(self, link: str) -> None:
        if link != ADD_VILLAGE_ACTION:
            return
        township = self.ui.townshipCombo.currentText().strip()
        village = self.ui.villageCombo.currentText().strip()
        answer = QMessageBox.question(
            self,
            self.tr("Add village"),
            arg(self.tr("Add %1 (%2) to the branch's village list?"), village, township),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            add_village(self._context.db, self._context.actor, township, village)
        except AgriCrmError as error:
            show_error(self, error)
            return
        self._villages = {**self._villages, township: (*self._villages.get(township, ()), village)}
        self.errors.set("village", None)
        self.save()

    # ----------------------------------------------------------------- archive and status

    def _archive(self) -> None:
        assert self.detail is not None
        answer = QMessageBox.question(
            self,
            self.tr("Archive customer file"),
            arg(
                self.tr("Archive the file of %1? It is kept and can be restored."), self.detail.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(
                lambda d: self._context.customers.archive(self._context.actor, d.id, d.row_version)
            )

    def _restore(self) -> None:
        self._apply(
            lambda d: self._context.customers.restore(self._context.actor, d.id, d.row_version)
        )

    def _change_status(self) -> None:
        assert self.detail is not None
        detail = self.detail
        dialog = StatusChangeDialog(detail.status, allowed_targets(detail.status), self)

        def apply(target: Any, reason: str) -> None:
            current = self.detail
            assert current is not None
            self._after_change(
                self._context.customers.change_status(
                    self._context.actor, current.id, target, reason, current.row_version
                )
            )

        dialog.set_apply(apply)
        dialog.open()

    def _credit_status_kept(self) -> None:
        assert self.detail is not None
        self._after_change(self._context.customers.get(self._context.actor, self.detail.id))
        self.credit_status.load(self.detail)

    def _apply(self, action: Any) -> None:
        assert self.detail is not None
        try:
            updated = action(self.detail)
        except AgriCrmError as error:
            show_error(self, error)
            return
        self._after_change(updated)

    def _after_change(self, detail: CustomerDetail) -> None:
        """A status or archive change saved on its own: keep the user's unsaved edits."""
        unsaved = self.has_unsaved_changes()
        if unsaved:
            self.detail = detail
            self._load_status(detail)
            self.ui.headerLabel.setText(self._header_html(detail))
        else:
            self._load(detail)
            self.mark_saved()
        self.saved.emit(detail)

    # ----------------------------------------------------------------- printing

    def print_file(self) -> None:
        """Preview the profile sheet of the file as saved (asks first if there are edits)."""
        from agricrm.gui.reports.actions import start_customer_sheet

        if self.detail is None:
            return
        if self.may_print_saved_version(
            self.tr("Print file"),
            self.tr(
                "The printout shows the file as last saved; your unsaved changes are not "
                "in it. Print anyway?"
            ),
        ):
            start_customer_sheet(self, self._context, self.detail.id)

    # ----------------------------------------------------------------- closing

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes"), self.tr("Close without saving your changes?")

    def _add_item(self) -> None:
        row = self.items_model.add_row(
            {"id": None, "kind": ProductionKind.CROP, "unit": self.tr("mu")}
        )
        self.ui.itemsTable.setCurrentIndex(self.items_model.index(row, 1))
        self.ui.itemsTable.edit(self.items_model.index(row, 1))

    def _add_loan(self) -> None:
        today = dt.date.today()
        row = self.loans_model.add_row(
            {
                "id": None,
                "lender": self.tr("This bank"),
                "start_date": today,
                "due_date": today.replace(year=today.year + 1)
                if (today.month, today.day) != (2, 29)
                else today + dt.timedelta(days=365),
                "classification": LoanClassification.NORMAL,
                "guarantee_type": GuaranteeType.UNSECURED,
            }
        )
        self.ui.loansTable.setCurrentIndex(self.loans_model.index(row, 1))
        self.ui.loansTable.edit(self.loans_model.index(row, 1))


def _decimal_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"
