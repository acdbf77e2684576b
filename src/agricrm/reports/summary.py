"""The periodic summary (定期汇总): month, quarter or year; the branch or one officer.

This part prints the customer and loan figures.  The slots ``visits`` (visits planned against
done, per officer), ``overdue_visits`` and ``complaints`` (by category and status, time to
close) are filled by `reports.visit_sections` and `reports.complaint_sections`.  A provider
gets a `SummaryContext` — its `scope` says which period and officer, `customers` holds the
customer figures — and lays out what it holds; a section that needs more finds it in
`context.sections`, fetched before layout by a fetcher of
`agricrm.services.report_sections.SUMMARY_DATA` under the same key, e.g.

    def complaints(context: SummaryContext) -> list[Flowable]:
        figures = context.data("complaints", ComplaintSummary)
        kit = context.kit
        return [*kit.heading(COMPLAINTS), kit.side_by_side(kit.table(...), kit.bar_chart(...))]

registered with ``SUMMARY.register("complaints", "agricrm.reports.complaint_sections:...")``
or by writing the dotted path into the slot table below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from agricrm.i18n import QT_TRANSLATE_NOOP, Message
from agricrm.reports.charts import ChartSeries
from agricrm.reports.kit import CONTENT_WIDTH, MM, Column, ReportKit
from agricrm.reports.sections import SectionRegistry, Slot, section_data
from agricrm.services.summary import NON_PERFORMING, CustomerFigures, SummaryScope

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

DataT = TypeVar("DataT")

TITLE = QT_TRANSLATE_NOOP("Reports", "Periodic summary")
TITLE_PERIOD = QT_TRANSLATE_NOOP("Reports", "Periodic summary · {period}")
SUBJECT_BRANCH = QT_TRANSLATE_NOOP("Reports", "Periodic summary · {period} · whole branch")
SUBJECT_OFFICER = QT_TRANSLATE_NOOP("Reports", "Periodic summary · {period} · officer {officer}")
SCOPE_LINE = QT_TRANSLATE_NOOP("Reports", "{first} to {last} · {who} · stock figures as at {as_of}")
WHOLE_BRANCH = QT_TRANSLATE_NOOP("Reports", "whole branch")
OFFICER_SCOPE = QT_TRANSLATE_NOOP("Reports", "customers of officer {officer}")
RUNNING = QT_TRANSLATE_NOOP("Reports", "The period is still running; figures are as at {as_of}.")

OVERVIEW = QT_TRANSLATE_NOOP("Reports", "Overview")
CUSTOMERS = QT_TRANSLATE_NOOP("Reports", "Customers on file")
ACTIVE = QT_TRANSLATE_NOOP("Reports", "of which active")
NEW_CUSTOMERS = QT_TRANSLATE_NOOP("Reports", "New files in the period")
ADMITTED = QT_TRANSLATE_NOOP("Reports", "Admitted in the period")
ENDED = QT_TRANSLATE_NOOP("Reports", "Cooperation ended in the period")
BORROWERS = QT_TRANSLATE_NOOP("Reports", "Borrowers with a balance")
LOANS_OUTSTANDING = QT_TRANSLATE_NOOP("Reports", "Loans outstanding")
BALANCE_TOTAL = QT_TRANSLATE_NOOP("Reports", "Loan balance (yuan)")
NPL = QT_TRANSLATE_NOOP("Reports", "Non-performing balance (yuan)")
NPL_RATIO = QT_TRANSLATE_NOOP("Reports", "Non-performing ratio")
GRANTED = QT_TRANSLATE_NOOP("Reports", "Loans granted in the period")
GRANTED_AMOUNT = QT_TRANSLATE_NOOP("Reports", "Amount granted (yuan)")
EMPTY_SCOPE = QT_TRANSLATE_NOOP(
    "Reports", "No customer was on file by the end of this period, so every figure is zero."
)

CLASSES = QT_TRANSLATE_NOOP("Reports", "Customers by class")
CLASS = QT_TRANSLATE_NOOP("Reports", "Class")
COUNT = QT_TRANSLATE_NOOP("Reports", "Customers")
SHARE = QT_TRANSLATE_NOOP("Reports", "Share")
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")

BY_OFFICER = QT_TRANSLATE_NOOP("Reports", "Customers and loans by officer")
OFFICER = QT_TRANSLATE_NOOP("Reports", "Officer")
NO_OFFICER = QT_TRANSLATE_NOOP("Reports", "(no officer)")
ACTIVE_COLUMN = QT_TRANSLATE_NOOP("Reports", "Active")
BORROWERS_COLUMN = QT_TRANSLATE_NOOP("Reports", "Borrowers")
BALANCE_COLUMN = QT_TRANSLATE_NOOP("Reports", "Balance (yuan)")

LOAN_QUALITY = QT_TRANSLATE_NOOP("Reports", "Loans by five-category classification")
CLASSIFICATION = QT_TRANSLATE_NOOP("Reports", "Classification")
LOANS_COLUMN = QT_TRANSLATE_NOOP("Reports", "Loans")
BALANCE_CHART = QT_TRANSLATE_NOOP("Reports", "Balance by classification (10,000 yuan)")
DEFINITIONS = QT_TRANSLATE_NOOP(
    "Reports",
    "Definitions: customers on file are those filed by the end of the period and not archived "
    "by then; their admission status is taken from the status history, their business mode "
    "and credit grade as the file holds them now. Loans outstanding are loans started by the "
    "end of the period with a balance, at their current balance and classification. "
    "Non-performing: substandard, doubtful and loss.",
)


@dataclass(frozen=True)
class SummaryContext:
    """What a section of the summary gets: the kit, its scope, the customer figures, the day
    of printing and the data fetched for the sections, by slot key."""

    kit: ReportKit
    scope: SummaryScope
    customers: CustomerFigures
    today: dt.date
    sections: Mapping[str, object] = field(default_factory=dict)

    def data(self, key: str, kind: type[DataT]) -> DataT:
        return section_data(SUMMARY.name, self.sections, key, kind)


def period_text(kit: ReportKit, scope: SummaryScope) -> str:
    return kit.t(scope.period.label())


def subject(kit: ReportKit, scope: SummaryScope) -> str:
    period = period_text(kit, scope)
    if scope.officer is None:
        return kit.t(SUBJECT_BRANCH(period=period))
    return kit.t(SUBJECT_OFFICER(period=period, officer=scope.officer.display_name))


def _title(context: SummaryContext) -> list[Flowable]:
    kit, scope = context.kit, context.scope
    who: Message | object = (
        WHOLE_BRANCH if scope.officer is None else OFFICER_SCOPE(officer=scope.officer.display_name)
    )
    line = kit.t(
        SCOPE_LINE(
            first=scope.period.first_day.isoformat(),
            last=scope.period.last_day.isoformat(),
            who=who,
            as_of=scope.as_of.isoformat(),
        )
    )
    blocks = kit.title(TITLE_PERIOD(period=period_text(kit, scope)), line)
    if scope.running:
        blocks.append(kit.note(RUNNING(as_of=scope.as_of.isoformat())))
    return blocks


def _overview(context: SummaryContext) -> list[Flowable]:
    kit, figures = context.kit, context.customers
    balance = figures.balance
    npl = figures.non_performing_balance
    blocks: list[Flowable] = [
        *kit.heading(OVERVIEW),
        kit.fields(
            [
                (CUSTOMERS, kit.number(figures.customers)),
                (ACTIVE, kit.number(figures.active)),
                (NEW_CUSTOMERS, kit.number(figures.new_customers)),
                (ADMITTED, kit.number(figures.admitted)),
                (ENDED, kit.number(figures.ended)),
                (BORROWERS, kit.number(figures.borrowers)),
                (LOANS_OUTSTANDING, kit.number(figures.loans)),
                (BALANCE_TOTAL, kit.money(balance)),
                (NPL, kit.money(npl)),
                (NPL_RATIO, kit.percent(npl, balance)),
                (GRANTED, kit.number(figures.granted_loans)),
                (GRANTED_AMOUNT, kit.money(figures.granted_amount)),
            ]
        ),
    ]
    if figures.customers == 0:
        blocks.append(kit.spacer(1))
        blocks.append(kit.para(EMPTY_SCOPE, "small"))
    return blocks


def _classes(context: SummaryContext) -> list[Flowable]:
    kit, figures = context.kit, context.customers
    blocks: list[Flowable] = list(kit.heading(CLASSES))
    table_width = CONTENT_WIDTH * 0.46
    for breakdown in figures.breakdowns:
        total = breakdown.total
        table = kit.table(
            [
                Column(kit.t(CLASS), 1.6),
                Column(kit.t(COUNT), 0.9, "right"),
                Column(kit.t(SHARE), 0.8, "right"),
            ],
            [
                (kit.t(row.label), kit.number(row.count), kit.percent(row.count, total))
                for row in breakdown.rows
            ],
            totals=(kit.t(TOTAL), kit.number(total), kit.percent(total, total)),
            width=table_width,
        )
        series = ChartSeries(
            kit.t(breakdown.title),
            [kit.t(row.label) for row in breakdown.rows],
            [row.count for row in breakdown.rows],
        )
        chart_width = CONTENT_WIDTH - table_width - 8 * MM
        chart = (
            kit.pie_chart(series, chart_width, 44 * MM)
            if breakdown.chart == "pie"
            else kit.bar_chart(series, chart_width, 48 * MM)
        )
        blocks.append(
            kit.keep_together(
                [
                    kit.para(breakdown.title, "small"),
                    kit.side_by_side(table, chart, 0.5),
                    kit.spacer(3),
                ]
            )
        )
    return blocks


def _by_officer(context: SummaryContext) -> list[Flowable]:
    kit, figures = context.kit, context.customers
    if context.scope.officer is not None:
        return []
    rows = [
        (
            row.officer or kit.t(NO_OFFICER),
            kit.number(row.customers),
            kit.number(row.active),
            kit.number(row.borrowers),
            kit.money(row.balance),
        )
        for row in figures.by_officer
    ]
    totals = (
        kit.t(TOTAL),
        kit.number(sum(row.customers for row in figures.by_officer)),
        kit.number(sum(row.active for row in figures.by_officer)),
        kit.number(sum(row.borrowers for row in figures.by_officer)),
        kit.money(sum((row.balance for row in figures.by_officer), Decimal(0))),
    )
    return [
        *kit.heading(BY_OFFICER),
        kit.table(
            [
                Column(kit.t(OFFICER), 1.4),
                Column(kit.t(COUNT), 1, "right"),
                Column(kit.t(ACTIVE_COLUMN), 1, "right"),
                Column(kit.t(BORROWERS_COLUMN), 1, "right"),
                Column(kit.t(BALANCE_COLUMN), 1.6, "right"),
            ],
            rows,
            totals=totals if rows else None,
        ),
    ]


def _loans(context: SummaryContext) -> list[Flowable]:
    kit, figures = context.kit, context.customers
    balance = figures.balance
    table_width = CONTENT_WIDTH * 0.55
    table = kit.table(
        [
            Column(kit.t(CLASSIFICATION), 1.1),
            Column(kit.t(LOANS_COLUMN), 0.7, "right"),
            Column(kit.t(BORROWERS_COLUMN), 0.8, "right"),
            Column(kit.t(BALANCE_COLUMN), 1.5, "right"),
            Column(kit.t(SHARE), 0.8, "right"),
        ],
        [
            (
                row.classification,
                kit.number(row.loans),
                kit.number(row.borrowers),
                kit.money(row.balance),
                kit.percent(row.balance, balance),
            )
            for row in figures.loans_by_class
        ],
        totals=(
            kit.t(TOTAL),
            kit.number(figures.loans),
            kit.number(figures.borrowers),
            kit.money(balance),
            kit.percent(balance, balance),
        ),
        width=table_width,
    )
    series = ChartSeries(
        kit.t(BALANCE_CHART),
        [kit.label(row.classification) for row in figures.loans_by_class],
        [row.balance / 10_000 for row in figures.loans_by_class],
        "{:,.1f}",
    )
    chart = kit.bar_chart(series, CONTENT_WIDTH - table_width - 6 * MM, 52 * MM)
    return [
        *kit.heading(LOAN_QUALITY),
        kit.keep_together([kit.side_by_side(table, chart, 0.57)]),
    ]


def _definitions(context: SummaryContext) -> list[Flowable]:
    return [context.kit.spacer(4), context.kit.note(DEFINITIONS)]


SUMMARY: SectionRegistry[SummaryContext] = SectionRegistry(
    "periodic summary",
    [
        Slot("title", _title),
        Slot("overview", _overview),
        Slot("customer_classes", _classes),
        Slot("by_officer", _by_officer),
        Slot("loan_quality", _loans),
        Slot(
            "visits",
            "agricrm.reports.visit_sections:visits",
            "visits planned against done per officer: visit log",
        ),
        Slot(
            "overdue_visits",
            "agricrm.reports.visit_sections:overdue_visits",
            "customers overdue for a visit, per officer: visit log",
        ),
        Slot(
            "complaints",
            "agricrm.reports.complaint_sections:summary_complaints",
            "complaints by category and status, average and 90th-percentile time to close",
        ),
        Slot("definitions", _definitions),
    ],
)


def periodic_summary(context: SummaryContext) -> list[Flowable]:
    return SUMMARY.render(context)


__all__ = ["NON_PERFORMING", "SUMMARY", "SummaryContext", "periodic_summary", "subject"]
