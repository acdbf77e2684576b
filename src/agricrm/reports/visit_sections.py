"""Visit sections of other reports: the profile sheet's last visits, and the periodic
summary's visits planned against done and customers overdue for a visit.

They fill the slots `CUSTOMER_SHEET` ``last_visits`` and `SUMMARY` ``visits`` and
``overdue_visits``, and lay out the figures `services.report_sections` fetched for those keys
(from `services.visit_summary`) before layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.reports.charts import ChartSeries, grouped_bar_chart
from agricrm.reports.kit import CONTENT_WIDTH, MM, Column, ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.reports.customer_sheet import CustomerSheetContext
    from agricrm.reports.summary import SummaryContext
    from agricrm.services.visit_summary import OverdueBand, PlanCounts

BRIEF_LENGTH = 120

LAST_VISITS = QT_TRANSLATE_NOOP("Reports", "Last visits")
VISITS_RECORDED = QT_TRANSLATE_NOOP(
    "Reports", "{count} visit(s) recorded up to {today}; the last {shown} are listed."
)
NO_VISITS_RECORDED = QT_TRANSLATE_NOOP("Reports", "No visit recorded up to {today}.")
NEXT_DUE = QT_TRANSLATE_NOOP("Reports", "Next visit due {date} ({reason}).")
PLANNED_VISIT = QT_TRANSLATE_NOOP("Reports", "Planned: {date} {type} ({officer})")
DATE = QT_TRANSLATE_NOOP("Reports", "Date")
TYPE = QT_TRANSLATE_NOOP("Reports", "Type")
MODE = QT_TRANSLATE_NOOP("Reports", "Mode")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
OFFICER = QT_TRANSLATE_NOOP("Reports", "Officer")
FINDINGS = QT_TRANSLATE_NOOP("Reports", "Purpose and findings")
SATISFACTION = QT_TRANSLATE_NOOP("Reports", "Satisfaction")
NEXT_VISIT = QT_TRANSLATE_NOOP("Reports", "Next visit")

PLANNED_AGAINST_DONE = QT_TRANSLATE_NOOP("Reports", "Visits planned against done")
PLANNED = QT_TRANSLATE_NOOP("Reports", "Planned")
PLANNED_DONE = QT_TRANSLATE_NOOP("Reports", "Done as planned")
MISSED = QT_TRANSLATE_NOOP("Reports", "Missed")
CANCELLED = QT_TRANSLATE_NOOP("Reports", "Cancelled")
STILL_OPEN = QT_TRANSLATE_NOOP("Reports", "Still open")
COMPLETION = QT_TRANSLATE_NOOP("Reports", "Completion")
DONE = QT_TRANSLATE_NOOP("Reports", "Visits done")
UNPLANNED = QT_TRANSLATE_NOOP("Reports", "of which unplanned")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")
NO_OFFICER = QT_TRANSLATE_NOOP("Reports", "(no officer)")
BY_OFFICER_CHART = QT_TRANSLATE_NOOP("Reports", "Visits planned and done by officer")
BY_MONTH_CHART = QT_TRANSLATE_NOOP("Reports", "Visits planned and done by month")
ALL_DONE = QT_TRANSLATE_NOOP("Reports", "All visits done")
BY_TYPE = QT_TRANSLATE_NOOP("Reports", "Visits done by type")
VISITS = QT_TRANSLATE_NOOP("Reports", "Visits")
SHARE = QT_TRANSLATE_NOOP("Reports", "Share")
NO_VISITS_IN_PERIOD = QT_TRANSLATE_NOOP(
    "Reports", "No visit was planned for or done in this period."
)
VISIT_DEFINITIONS = QT_TRANSLATE_NOOP(
    "Reports",
    "Visits: a visit counts as planned in the period when the day it was planned for falls in "
    "the period (up to {as_of}), whenever it then took place; it is done, missed, cancelled or "
    "still open (planned, its day passed). Completion = done as planned ÷ planned. Visits done "
    "are all visits that took place in the period, planned or not; unplanned ones were "
    "recorded without a plan. Visits count for the officer who made or was to make them.",
)

OVERDUE = QT_TRANSLATE_NOOP("Reports", "Customers overdue for a visit (as at {date})")
IN_LIST = QT_TRANSLATE_NOOP("Reports", "Customers with a visit schedule")
OVERDUE_COUNT = QT_TRANSLATE_NOOP("Reports", "Overdue for a visit")
OVERDUE_SHARE = QT_TRANSLATE_NOOP("Reports", "Overdue share")
CUSTOMERS = QT_TRANSLATE_NOOP("Reports", "Customers")
OVERDUE_COLUMN = QT_TRANSLATE_NOOP("Reports", "Overdue")
BAND = QT_TRANSLATE_NOOP("Reports", "{low}–{high} days")
BAND_OPEN = QT_TRANSLATE_NOOP("Reports", "over {low} days")
BY_BAND_CHART = QT_TRANSLATE_NOOP("Reports", "Overdue customers by days overdue")
REASON = QT_TRANSLATE_NOOP("Reports", "Reason due")
NO_REASON = QT_TRANSLATE_NOOP("Reports", "(none)")
MOST_OVERDUE = QT_TRANSLATE_NOOP("Reports", "The most overdue customers")
CUSTOMER = QT_TRANSLATE_NOOP("Reports", "Customer")
PLACE = QT_TRANSLATE_NOOP("Reports", "Village")
VISIT_DUE = QT_TRANSLATE_NOOP("Reports", "Visit due")
DAYS_OVERDUE = QT_TRANSLATE_NOOP("Reports", "Days overdue")
LAST_VISIT = QT_TRANSLATE_NOOP("Reports", "Last visit")
NO_OVERDUE = QT_TRANSLATE_NOOP("Reports", "No customer is overdue for a visit.")
OVERDUE_DEFINITIONS = QT_TRANSLATE_NOOP(
    "Reports",
    "Overdue visits: a customer is overdue when the next visit due under the branch's visit "
    "rules (by customer class, the officer's next-visit date, post-loan checks and overdue "
    "loans) lies before {as_of}, the day this summary was printed; the schedule keeps no "
    "history, so these figures are as at printing whatever the period. Customers are counted "
    "for their officer; archived customers have no schedule.",
)


# ---------------------------------------------------------------------------- profile sheet


def last_visits(context: CustomerSheetContext) -> list[Flowable]:
    """The customer's last visits (done or missed), the visits planned, the next due date."""
    from agricrm.services.visit_summary import CustomerVisitRecord

    kit = context.kit
    record = context.data("last_visits", CustomerVisitRecord)
    today = context.today.isoformat()
    blocks: list[Flowable] = list(kit.heading(LAST_VISITS))
    if record.recorded:
        summary = kit.t(VISITS_RECORDED(count=record.recorded, today=today, shown=len(record.last)))
    else:
        summary = kit.t(NO_VISITS_RECORDED(today=today))
    if record.due_date is not None:
        summary += " " + kit.t(
            NEXT_DUE(date=record.due_date.isoformat(), reason=kit.label(record.due_reason))
        )
    blocks.append(kit.para(summary, "small"))
    if record.last:
        blocks.append(kit.spacer(1.5))
        blocks.append(
            kit.table(
                [
                    Column(kit.t(DATE), 0.95),
                    Column(kit.t(TYPE), 0.9),
                    Column(kit.t(MODE), 0.8),
                    Column(kit.t(STATUS), 0.6),
                    Column(kit.t(OFFICER), 0.8),
                    Column(kit.t(FINDINGS), 2.45),
                    Column(kit.t(SATISFACTION), 0.6, "right"),
                    Column(kit.t(NEXT_VISIT), 0.95),
                ],
                [
                    (
                        row.visit_date,
                        row.visit_type,
                        row.mode,
                        row.status,
                        row.officer_name,
                        _brief("；".join(p for p in (row.purpose, row.production_condition) if p)),
                        row.satisfaction,
                        row.next_visit_date,
                    )
                    for row in record.last
                ],
            )
        )
    for row in record.planned:
        blocks.append(
            kit.para(
                PLANNED_VISIT(
                    date=row.visit_date.isoformat(),
                    type=row.visit_type.label,
                    officer=row.officer_name or "—",
                ),
                "small",
            )
        )
    return blocks


def _brief(text: str) -> str:
    """At most `BRIEF_LENGTH` characters: the full findings are on the visit report."""
    return text if len(text) <= BRIEF_LENGTH else text[: BRIEF_LENGTH - 1] + "…"


# ---------------------------------------------------------------------------- summary


def _officer(kit: ReportKit, name: str) -> str:
    return name or kit.t(NO_OFFICER)


def _plan_cells(kit: ReportKit, counts: PlanCounts) -> tuple[str, ...]:
    return (
        kit.number(counts.planned),
        kit.number(counts.planned_done),
        kit.number(counts.planned_missed),
        kit.number(counts.planned_cancelled),
        kit.number(counts.planned_open),
        kit.percent(counts.planned_done, counts.planned),
        kit.number(counts.done),
        kit.number(counts.done_unplanned),
    )


def visits(context: SummaryContext) -> list[Flowable]:
    """Visits planned against done per officer (and per month), visits done by type."""
    from agricrm.services.visit_summary import VisitFigures

    kit, scope = context.kit, context.scope
    figures = context.data("visits", VisitFigures)
    blocks: list[Flowable] = list(kit.heading(PLANNED_AGAINST_DONE))
    total = figures.total
    if total.planned == 0 and total.done == 0:
        blocks += [
            kit.para(NO_VISITS_IN_PERIOD, "small"),
            kit.note(VISIT_DEFINITIONS(as_of=scope.as_of.isoformat())),
        ]
        return blocks
    columns = [
        Column(kit.t(OFFICER), 1.3),
        Column(kit.t(PLANNED), 0.8, "right"),
        Column(kit.t(PLANNED_DONE), 1.0, "right"),
        Column(kit.t(MISSED), 0.7, "right"),
        Column(kit.t(CANCELLED), 0.7, "right"),
        Column(kit.t(STILL_OPEN), 0.75, "right"),
        Column(kit.t(COMPLETION), 0.8, "right"),
        Column(kit.t(DONE), 0.85, "right"),
        Column(kit.t(UNPLANNED), 1.0, "right"),
    ]
    rows = [
        (_officer(kit, row.officer), *_plan_cells(kit, row.counts)) for row in figures.by_officer
    ]
    blocks.append(
        kit.table(
            columns,
            rows,
            totals=(kit.t(TOTAL), *_plan_cells(kit, total)) if len(rows) > 1 else None,
        )
    )
    blocks.append(kit.spacer(3))
    planned_name, done_name, all_name = kit.t(PLANNED), kit.t(PLANNED_DONE), kit.t(ALL_DONE)
    if scope.officer is None and len(figures.by_officer) > 1:
        chart = grouped_bar_chart(
            kit,
            kit.t(BY_OFFICER_CHART),
            [_officer(kit, row.officer) for row in figures.by_officer],
            [
                (planned_name, [row.counts.planned for row in figures.by_officer]),
                (done_name, [row.counts.planned_done for row in figures.by_officer]),
                (all_name, [row.counts.done for row in figures.by_officer]),
            ],
            CONTENT_WIDTH,
            62 * MM,
        )
    else:
        months = figures.by_month
        chart = grouped_bar_chart(
            kit,
            kit.t(BY_MONTH_CHART),
            [row.month for row in months],
            [(planned_name, [r.planned for r in months]), (all_name, [r.done for r in months])],
            CONTENT_WIDTH,
            58 * MM,
        )
    blocks.append(kit.keep_together([chart]))
    blocks += _by_type(context, figures.done_by_type)
    blocks += [kit.spacer(2), kit.note(VISIT_DEFINITIONS(as_of=scope.as_of.isoformat()))]
    return blocks


def _by_type(
    context: SummaryContext, done_by_type: tuple[tuple[object, int], ...]
) -> list[Flowable]:
    kit = context.kit
    total = sum(count for _, count in done_by_type)
    if not total:
        return []
    table_width = CONTENT_WIDTH * 0.46
    table = kit.table(
        [
            Column(kit.t(TYPE), 1.6),
            Column(kit.t(VISITS), 0.9, "right"),
            Column(kit.t(SHARE), 0.8, "right"),
        ],
        [
            (kit.value(member), kit.number(count), kit.percent(count, total))
            for member, count in done_by_type
        ],
        totals=(kit.t(TOTAL), kit.number(total), kit.percent(total, total)),
        width=table_width,
    )
    series = ChartSeries(
        kit.t(BY_TYPE),
        [kit.value(member) for member, _ in done_by_type],
        [count for _, count in done_by_type],
    )
    chart = kit.pie_chart(series, CONTENT_WIDTH - table_width - 8 * MM, 44 * MM)
    return [
        kit.spacer(2),
        kit.keep_together([kit.para(BY_TYPE, "small"), kit.side_by_side(table, chart, 0.5)]),
    ]


def _band_label(kit: ReportKit, band: OverdueBand) -> str:
    if band.high is None:
        return kit.t(BAND_OPEN(low=band.low - 1))
    return kit.t(BAND(low=band.low, high=band.high))


def overdue_visits(context: SummaryContext) -> list[Flowable]:
    """Customers overdue for a visit as at the day of printing, by officer and days overdue."""
    from agricrm.services.visit_summary import OverdueFigures

    kit, scope = context.kit, context.scope
    figures = context.data("overdue_visits", OverdueFigures)
    as_of = figures.as_of.isoformat()
    blocks: list[Flowable] = [
        *kit.heading(OVERDUE(date=as_of)),
        kit.fields(
            [
                (IN_LIST, kit.number(figures.customers)),
                (OVERDUE_COUNT, kit.number(figures.overdue)),
                (OVERDUE_SHARE, kit.percent(figures.overdue, figures.customers)),
            ],
            columns=3,
            label_weight=0.9,
        ),
        kit.spacer(3),
    ]
    if not figures.overdue:
        blocks += [
            kit.para(NO_OVERDUE, "small"),
            kit.note(OVERDUE_DEFINITIONS(as_of=as_of)),
        ]
        return blocks
    band_headers = [_band_label(kit, band) for band in figures.bands]
    if scope.officer is None and len(figures.by_officer) > 1:
        rows = [
            (
                _officer(kit, row.officer),
                kit.number(row.customers),
                kit.number(row.overdue),
                kit.percent(row.overdue, row.customers),
                *(kit.number(count) for count in row.bands),
            )
            for row in figures.by_officer
        ]
        blocks.append(
            kit.table(
                [
                    Column(kit.t(OFFICER), 1.3),
                    Column(kit.t(CUSTOMERS), 0.9, "right"),
                    Column(kit.t(OVERDUE_COLUMN), 0.9, "right"),
                    Column(kit.t(SHARE), 0.8, "right"),
                    *(Column(header, 0.9, "right") for header in band_headers),
                ],
                rows,
                totals=(
                    kit.t(TOTAL),
                    kit.number(figures.customers),
                    kit.number(figures.overdue),
                    kit.percent(figures.overdue, figures.customers),
                    *(kit.number(band.count) for band in figures.bands),
                ),
            )
        )
        blocks.append(kit.spacer(3))
    table_width = CONTENT_WIDTH * 0.46
    reasons = kit.table(
        [Column(kit.t(REASON), 1.6), Column(kit.t(CUSTOMERS), 0.9, "right")],
        [
            (kit.label(reason) if reason is not None else kit.t(NO_REASON), kit.number(count))
            for reason, count in figures.by_reason
        ],
        totals=(kit.t(TOTAL), kit.number(figures.overdue)),
        width=table_width,
    )
    chart = kit.bar_chart(
        ChartSeries(kit.t(BY_BAND_CHART), band_headers, [band.count for band in figures.bands]),
        CONTENT_WIDTH - table_width - 8 * MM,
        48 * MM,
    )
    blocks.append(kit.keep_together([kit.side_by_side(reasons, chart, 0.5)]))
    if figures.most_overdue:
        blocks += [
            kit.spacer(3),
            kit.para(MOST_OVERDUE, "small"),
            kit.table(
                [
                    Column(kit.t(CUSTOMER), 1.0),
                    Column(kit.t(PLACE), 1.4),
                    Column(kit.t(VISIT_DUE), 0.9),
                    Column(kit.t(DAYS_OVERDUE), 0.8, "right"),
                    Column(kit.t(REASON), 1.1),
                    Column(kit.t(LAST_VISIT), 0.9),
                ],
                [
                    (
                        row.name,
                        row.place,
                        row.due_date,
                        kit.number(row.days_overdue),
                        row.reason,
                        row.last_visit_date,
                    )
                    for row in figures.most_overdue
                ],
            ),
        ]
    blocks += [kit.spacer(2), kit.note(OVERDUE_DEFINITIONS(as_of=as_of))]
    return blocks


__all__ = ["Message", "Text", "last_visits", "overdue_visits", "visits"]
