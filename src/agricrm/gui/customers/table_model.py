"""The customer list as a lazy table model (see `gui.widgets.lazy_table`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from agricrm.domain.classification.facts import Dimension, class_member
from agricrm.domain.numbers import format_amount, format_area
from agricrm.gui.labels import enum_label
from agricrm.gui.widgets.lazy_table import LazyColumn, LazyTableModel, RowFetcher
from agricrm.services.customer_data import CustomerRow, CustomerSort


def _age(born: dt.date | None, today: dt.date) -> str:
    if born is None:
        return ""
    return str(today.year - born.year - ((today.month, today.day) < (born.month, born.day)))


def _class(dimension: Dimension, code: str | None) -> str:
    member = class_member(dimension, code)
    return enum_label(member) if member is not None else ""


CLASS_COLUMNS = ("segment", "value")
"""Columns hidden until the user shows them (the header's menu): the list stays as wide."""


class CustomerTableModel(LazyTableModel):
    def __init__(self, fetch_rows: RowFetcher, parent: QObject | None = None) -> None:
        super().__init__(fetch_rows, self._columns(), parent)
        self.headers = {
            "number": self.tr("File no."),
            "name": self.tr("Name"),
            "gender": self.tr("Gender"),
            "age": self.tr("Age"),
            "phone": self.tr("Mobile phone"),
            "id_number": self.tr("ID number"),
            "township": self.tr("Township"),
            "village": self.tr("Village"),
            "business_mode": self.tr("Business mode"),
            "land_area": self.tr("Land (mu)"),
            "credit_grade": self.tr("Credit grade"),
            "loan_balance": self.tr("Loan balance (yuan)"),
            "status": self.tr("Status"),
            "officer": self.tr("Officer"),
            "tags": self.tr("Tags"),
            "updated_at": self.tr("Updated"),
            "segment": enum_label(Dimension.SEGMENT),
            "value": enum_label(Dimension.VALUE),
        }

    def _columns(self) -> tuple[LazyColumn, ...]:
        def land(row: CustomerRow) -> str:
            return format_area(row.land_area_mu)

        return (
            LazyColumn("number", CustomerSort.NUMBER, lambda r: r.number),
            LazyColumn("name", CustomerSort.NAME, lambda r: r.name),
            LazyColumn("gender", CustomerSort.GENDER, lambda r: enum_label(r.gender)),
            LazyColumn(
                "age", CustomerSort.BIRTH_DATE, lambda r: _age(r.birth_date, self.today), True
            ),
            LazyColumn("phone", CustomerSort.PHONE, lambda r: r.phone),
            LazyColumn("id_number", CustomerSort.ID_NUMBER, lambda r: r.id_number),
            LazyColumn("township", CustomerSort.TOWNSHIP, lambda r: r.township),
            LazyColumn("village", CustomerSort.VILLAGE, lambda r: r.village),
            LazyColumn(
                "business_mode", CustomerSort.BUSINESS_MODE, lambda r: enum_label(r.business_mode)
            ),
            LazyColumn("land_area", CustomerSort.LAND_AREA, land, align_right=True),
            LazyColumn(
                "credit_grade", CustomerSort.CREDIT_GRADE, lambda r: enum_label(r.credit_grade)
            ),
            LazyColumn(
                "loan_balance", None, lambda r: format_amount(r.loan_balance), align_right=True
            ),
            LazyColumn("status", CustomerSort.STATUS, lambda r: enum_label(r.status)),
            LazyColumn("officer", CustomerSort.OFFICER, lambda r: r.officer_name),
            LazyColumn("tags", None, lambda r: " ".join(r.tags)),
            LazyColumn(
                "updated_at",
                CustomerSort.UPDATED_AT,
                lambda r: r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            ),
            LazyColumn("segment", None, lambda r: _class(Dimension.SEGMENT, r.segment)),
            LazyColumn("value", None, lambda r: _class(Dimension.VALUE, r.value_tier)),
        )
