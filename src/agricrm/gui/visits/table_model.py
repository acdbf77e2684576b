"""The visit list as a lazy table model (see `gui.widgets.lazy_table`)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from agricrm.gui.labels import enum_label
from agricrm.gui.widgets.lazy_table import LazyColumn, LazyTableModel, RowFetcher
from agricrm.services.visit_data import VisitSort

COLUMNS: tuple[LazyColumn, ...] = (
    LazyColumn("date", VisitSort.DATE, lambda r: r.visit_date.isoformat()),
    LazyColumn("number", VisitSort.NUMBER, lambda r: r.number),
    LazyColumn("customer", VisitSort.CUSTOMER, lambda r: r.customer_name),
    LazyColumn("type", VisitSort.TYPE, lambda r: enum_label(r.visit_type)),
    LazyColumn("status", VisitSort.STATUS, lambda r: enum_label(r.status)),
    LazyColumn("mode", VisitSort.MODE, lambda r: enum_label(r.mode)),
    LazyColumn("village", VisitSort.VILLAGE, lambda r: f"{r.township}{r.village}"),
    LazyColumn("officer", VisitSort.OFFICER, lambda r: r.officer_name),
    LazyColumn(
        "satisfaction",
        VisitSort.SATISFACTION,
        lambda r: "" if r.satisfaction is None else "★" * r.satisfaction,
    ),
    LazyColumn("purpose", None, lambda r: r.purpose),
    LazyColumn("findings", None, lambda r: r.production_condition.replace("\n", " ")),
)


class VisitTableModel(LazyTableModel):
    def __init__(self, fetch_rows: RowFetcher, parent: QObject | None = None) -> None:
        super().__init__(fetch_rows, COLUMNS, parent)
        self.headers = {
            "date": self.tr("Date"),
            "number": self.tr("Visit no."),
            "customer": self.tr("Customer"),
            "type": self.tr("Type"),
            "status": self.tr("Status"),
            "mode": self.tr("Mode"),
            "village": self.tr("Place"),
            "officer": self.tr("Officer"),
            "satisfaction": self.tr("Satisfaction"),
            "purpose": self.tr("Purpose"),
            "findings": self.tr("Production condition"),
        }
