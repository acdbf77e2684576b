"""Complaint sections of other reports: the profile sheet's complaints, and the periodic
summary's complaints by category and status with the time to close.

They fill the ``complaints`` slots of `CUSTOMER_SHEET` and `SUMMARY`, and lay out what
`services.report_sections` fetched for those keys before layout: the figures of
`services.complaint_stats.complaint_statistics` (SQL aggregation), the customer's list of
`services.complaint_search.customer_complaints`, and the branch's categories.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from agricrm.domain.complaints import ComplaintStatus, due_day
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.reports.charts import grouped_bar_chart
from agricrm.reports.complaint_form import days_between
from agricrm.reports.kit import CONTENT_WIDTH, MM, Column, ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.domain.complaints import ComplaintCategory
    from agricrm.reports.customer_sheet import CustomerSheetContext
    from agricrm.reports.summary import SummaryContext
    from agricrm.services.complaint_stats import ComplaintStatistics

COMPLAINTS = QT_TRANSLATE_NOOP("Reports", "Complaints")
NO_COMPLAINTS = QT_TRANSLATE_NOOP("Reports", "No complaint recorded.")
NUMBER = QT_TRANSLATE_NOOP("Reports", "Complaint no.")
RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
CATEGORY = QT_TRANSLATE_NOOP("Reports", "Category")
SEVERITY = QT_TRANSLATE_NOOP("Reports", "Severity")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
ANSWER_DUE = QT_TRANSLATE_NOOP("Reports", "Answer due")
CLOSED = QT_TRANSLATE_NOOP("Reports", "Closed")
DAYS_TO_CLOSE = QT_TRANSLATE_NOOP("Reports", "Days to close")
LATE_MARK = QT_TRANSLATE_NOOP("Reports", "{date} (late)")

SUMMARY_HEADING = QT_TRANSLATE_NOOP("Reports", "Complaints by category and status")
NONE_IN_PERIOD = QT_TRANSLATE_NOOP("Reports", "No complaint was received in this period.")
RECEIVED_COUNT = QT_TRANSLATE_NOOP("Reports", "Received in the period")
CLOSED_COUNT = QT_TRANSLATE_NOOP("Reports", "Closed")
OPEN_COUNT = QT_TRANSLATE_NOOP("Reports", "Still open")
OVERDUE_COUNT = QT_TRANSLATE_NOOP("Reports", "Overdue")
REOPENED_COUNT = QT_TRANSLATE_NOOP("Reports", "Reopened")
AVERAGE_DAYS = QT_TRANSLATE_NOOP("Reports", "Average days to close")
P90_DAYS = QT_TRANSLATE_NOOP("Reports", "90th percentile days to close")
COMPENSATION = QT_TRANSLATE_NOOP("Reports", "Compensation paid (yuan)")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
BY_CATEGORY_CHART = QT_TRANSLATE_NOOP("Reports", "Complaints received and closed by category")
RECEIVED_SERIES = QT_TRANSLATE_NOOP("Reports", "Complaints received")
CLOSED_SERIES = QT_TRANSLATE_NOOP("Reports", "Closed")
BY_MONTH = QT_TRANSLATE_NOOP("Reports", "Month by month")
MONTH = QT_TRANSLATE_NOOP("Reports", "Month")
DEFINITIONS = QT_TRANSLATE_NOOP(
    "Reports",
    "Complaints: those received from {first} to {last}{scope}, with their status as at "
    "{as_of}. Time to close runs from receipt to the (last) closing, reopenings included; "
    "the 90th percentile is the nearest rank. Overdue: answered after the deadline, or still "
    "unanswered once it passed.",
)
OFFICER_SCOPE = QT_TRANSLATE_NOOP(
    "Reports", " that {officer} handles or that concern {officer}'s customers"
)


def _category_labels(kit: ReportKit, categories: Iterable[ComplaintCategory]) -> dict[str, str]:
    return {category.code: kit.t(category.label) for category in categories}


def _category(labels: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    return labels.get(code, code)


# ---------------------------------------------------------------------------- profile sheet


def customer_complaints(context: CustomerSheetContext) -> list[Flowable]:
    """The customer's complaints (those the actor may see), newest first."""
    from agricrm.services.report_data import CustomerComplaintList

    kit = context.kit
    found = context.data("complaints", CustomerComplaintList)
    labels = _category_labels(kit, found.categories)
    table_rows = []
    for row in found.rows:
        closed = kit.date(row.closed_at.astimezone().date()) if row.closed_at else None
        due = due_day(row.due_at).isoformat()
        table_rows.append(
            (
                row.number,
                kit.date(row.received_at.astimezone().date()),
                _category(labels, row.category),
                row.severity,
                row.status,
                kit.t(LATE_MARK(date=due)) if row.overdue else due,
                closed,
                days_between(row.received_at, row.closed_at) if row.closed_at else None,
            )
        )
    return [
        *kit.heading(COMPLAINTS),
        kit.table(
            [
                Column(kit.t(NUMBER), 1.15),
                Column(kit.t(RECEIVED), 0.95),
                Column(kit.t(CATEGORY), 1.0),
                Column(kit.t(SEVERITY), 0.75),
                Column(kit.t(STATUS), 0.65),
                Column(kit.t(ANSWER_DUE), 1.05),
                Column(kit.t(CLOSED), 0.95),
                Column(kit.t(DAYS_TO_CLOSE), 0.7, "right"),
            ],
            table_rows,
            empty=NO_COMPLAINTS,
        ),
    ]


# ---------------------------------------------------------------------------- summary


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def summary_complaints(context: SummaryContext) -> list[Flowable]:
    """Complaints received in the period by category and status, time to close, by month."""
    from agricrm.services.report_data import ComplaintSummary

    kit, scope = context.kit, context.scope
    found = context.data("complaints", ComplaintSummary)
    stats = found.statistics
    who = "" if scope.officer is None else kit.t(OFFICER_SCOPE(officer=scope.officer.display_name))
    definitions = kit.note(
        DEFINITIONS(
            first=scope.period.first_day.isoformat(),
            last=scope.as_of.isoformat(),
            scope=who,
            as_of=context.today.isoformat(),
        )
    )
    blocks: list[Flowable] = list(kit.heading(SUMMARY_HEADING))
    if not stats.received:
        return [*blocks, kit.para(NONE_IN_PERIOD, "small"), definitions]
    labels = _category_labels(kit, found.categories)
    blocks += [
        kit.fields(
            [
                (RECEIVED_COUNT, kit.number(stats.received)),
                (CLOSED_COUNT, kit.number(stats.closed)),
                (OPEN_COUNT, kit.number(stats.open)),
                (OVERDUE_COUNT, kit.number(stats.overdue)),
                (AVERAGE_DAYS, _days(stats.average_days_to_close)),
                (P90_DAYS, _days(stats.p90_days_to_close)),
                (REOPENED_COUNT, kit.number(stats.reopened)),
                (COMPENSATION, kit.money(stats.compensation_total)),
            ]
        ),
        kit.spacer(3),
        _category_table(kit, stats, labels),
        kit.spacer(3),
    ]
    categories = list(stats.categories)
    blocks.append(
        kit.keep_together(
            [
                grouped_bar_chart(
                    kit,
                    kit.t(BY_CATEGORY_CHART),
                    [_category(labels, code) for code in categories],
                    [
                        (kit.t(RECEIVED_SERIES), [stats.count(code) for code in categories]),
                        (
                            kit.t(CLOSED_SERIES),
                            [stats.count(code, ComplaintStatus.CLOSED) for code in categories],
                        ),
                    ],
                    CONTENT_WIDTH,
                    54 * MM,
                )
            ]
        )
    )
    blocks += [
        kit.spacer(2),
        kit.keep_together(
            [
                kit.para(BY_MONTH, "small"),
                kit.table(
                    [
                        Column(kit.t(MONTH), 1.0),
                        Column(kit.t(RECEIVED_SERIES), 0.9, "right"),
                        Column(kit.t(CLOSED_SERIES), 0.9, "right"),
                        Column(kit.t(OVERDUE_COUNT), 0.9, "right"),
                        Column(kit.t(AVERAGE_DAYS), 1.2, "right"),
                        Column(kit.t(P90_DAYS), 1.4, "right"),
                    ],
                    [
                        (
                            f"{month.month:%Y-%m}",
                            kit.number(month.received),
                            kit.number(month.closed),
                            kit.number(month.overdue),
                            _days(month.average_days_to_close),
                            _days(month.p90_days_to_close),
                        )
                        for month in stats.monthly
                    ],
                ),
            ]
        ),
        kit.spacer(2),
        definitions,
    ]
    return blocks


def _category_table(kit: ReportKit, stats: ComplaintStatistics, labels: dict[str, str]) -> Flowable:
    statuses = list(ComplaintStatus)
    rows = [
        (
            _category(labels, code),
            *(kit.number(stats.count(code, status)) for status in statuses),
            kit.number(stats.count(code)),
        )
        for code in stats.categories
    ]
    totals = (
        kit.t(TOTAL),
        *(kit.number(stats.count(None, status)) for status in statuses),
        kit.number(stats.received),
    )
    return kit.table(
        [
            Column(kit.t(CATEGORY), 1.6),
            *(Column(kit.label(status), 0.8, "right") for status in statuses),
            Column(kit.t(TOTAL), 0.8, "right"),
        ],
        rows,
        totals=totals,
    )
