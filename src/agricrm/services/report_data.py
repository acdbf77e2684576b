"""What the profile sheet and the periodic summary are laid out from: frozen, picklable data
fetched by `services.report_sections` before layout (the layout never queries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from agricrm.domain.complaints import ComplaintCategory
from agricrm.services.complaint_data import ComplaintRow
from agricrm.services.customer_data import CustomerDetail

if TYPE_CHECKING:
    from agricrm.services.complaint_stats import ComplaintStatistics
    from agricrm.services.summary import CustomerFigures, SummaryScope


@dataclass(frozen=True)
class CustomerComplaintList:
    """The profile sheet's complaints: the customer's complaints the actor may see, newest
    first, and the branch's categories to name them by."""

    rows: tuple[ComplaintRow, ...]
    categories: tuple[ComplaintCategory, ...]


@dataclass(frozen=True)
class ComplaintSummary:
    """The summary's complaints: the statistics of the period, and the categories."""

    statistics: ComplaintStatistics
    categories: tuple[ComplaintCategory, ...]


@dataclass(frozen=True)
class CustomerSheetData:
    """Everything the profile sheet prints: the file, the day, each section's data by key."""

    customer: CustomerDetail
    today: dt.date
    sections: Mapping[str, object]


@dataclass(frozen=True)
class SummaryData:
    """Everything the periodic summary prints: scope, customer figures, sections' data."""

    scope: SummaryScope
    customers: CustomerFigures
    today: dt.date
    sections: Mapping[str, object]
