"""How complaint facts read on screen: dates, deadlines, categories, and the timeline."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from agricrm.domain.complaints import (
    OPEN_STATUSES,
    ComplaintAction,
    ComplaintStatus,
    due_day,
)
from agricrm.domain.numbers import format_amount
from agricrm.gui import style
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.services.complaint_data import ComplaintDetail, ComplaintEventView
from agricrm.services.complaint_settings import ComplaintSettings

OVERDUE_COLOR = style.DANGER
NEAR_COLOR = style.WARNING
translate = QCoreApplication.translate


def when_text(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def day_text(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d")


def due_text(due_at: dt.datetime | None) -> str:
    """The last day for the answer (due_at is the instant that day ends)."""
    return "" if due_at is None else due_day(due_at).isoformat()


def category_text(settings: ComplaintSettings, code: str | None) -> str:
    return "" if not code else qt_tr(settings.label(code))


def money_text(value: Decimal | None) -> str:
    return format_amount(value)


def days_left(due_at: dt.datetime, today: dt.date) -> int:
    return (due_day(due_at) - today).days


def deadline_text(
    status: ComplaintStatus,
    due_at: dt.datetime,
    replied_at: dt.datetime | None,
    today: dt.date,
) -> str:
    """'3 days overdue', 'due today', '2 days left'; for answered ones, whether on time."""
    if status in OPEN_STATUSES:
        left = days_left(due_at, today)
        if left < 0:
            return translate("ComplaintTexts", "%n day(s) overdue", None, -left)
        if left == 0:
            return translate("ComplaintTexts", "Due today")
        return translate("ComplaintTexts", "%n day(s) left", None, left)
    if replied_at is None:
        return ""
    if replied_at >= due_at:
        return translate("ComplaintTexts", "Answered late")
    return translate("ComplaintTexts", "Answered on time")


def deadline_color(status: ComplaintStatus, due_at: dt.datetime, today: dt.date, warn: int) -> str:
    if status not in OPEN_STATUSES:
        return ""
    left = days_left(due_at, today)
    if left < 0:
        return OVERDUE_COLOR
    return NEAR_COLOR if left <= warn else ""


def header_html(detail: ComplaintDetail, settings: ComplaintSettings, today: dt.date) -> str:
    parts = [
        f"<b>{html.escape(detail.number)}</b>",
        f"<b>{html.escape(detail.complainant)}</b>",
        html.escape(category_text(settings, detail.category)),
        html.escape(enum_label(detail.status)),
    ]
    due = arg(translate("ComplaintTexts", "answer due %1"), due_text(detail.due_at))
    state = deadline_text(detail.status, detail.due_at, detail.replied_at, today)
    color = deadline_color(detail.status, detail.due_at, today, settings.deadlines.warning_days)
    style = f" style='color:{color}'" if color else ""
    parts.append(f"<span{style}>{html.escape(due)} · {html.escape(state)}</span>")
    if detail.reopen_count:
        reopened = translate("ComplaintTexts", "reopened %n time(s)", None, detail.reopen_count)
        parts.append(html.escape(reopened))
    return " · ".join(parts)


def _labels() -> dict[str, str]:
    return {
        "officer": translate("ComplaintTexts", "Handling officer"),
        "customer": translate("ComplaintTexts", "Customer"),
        "category": translate("ComplaintTexts", "Category"),
        "severity": translate("ComplaintTexts", "Severity"),
        "due": translate("ComplaintTexts", "Answer due"),
        "cause": translate("ComplaintTexts", "Cause"),
        "responsibility": translate("ComplaintTexts", "Responsibility"),
        "findings": translate("ComplaintTexts", "Findings"),
        "measures": translate("ComplaintTexts", "Measures"),
        "compensation": translate("ComplaintTexts", "Compensation (yuan)"),
        "method": translate("ComplaintTexts", "Answered by"),
        "replied_at": translate("ComplaintTexts", "Answered at"),
        "content": translate("ComplaintTexts", "Told the customer"),
        "satisfaction": translate("ComplaintTexts", "Satisfaction"),
        "closed_at": translate("ComplaintTexts", "Closed at"),
        "note": translate("ComplaintTexts", "Note"),
    }


def _rows(pairs: list[tuple[str, str]]) -> str:
    cell = "style='color:#666;padding-right:8px' valign='top'"
    return "".join(
        f"<tr><td {cell}>{html.escape(label)}</td>"
        f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in pairs
        if value
    )


def _event_rows(event: ComplaintEventView, settings: ComplaintSettings) -> str:
    label = _labels()
    return _rows(
        [
            (label["officer"], event.officer_name),
            (label["customer"], event.customer_name),
            (label["category"], category_text(settings, event.category)),
            (label["severity"], enum_label(event.severity)),
            (label["due"], due_text(event.due_at)),
            (label["cause"], enum_label(event.cause)),
            (label["responsibility"], enum_label(event.responsibility)),
            (label["findings"], event.findings),
            (label["measures"], event.measures),
            (label["compensation"], money_text(event.compensation)),
            (label["method"], enum_label(event.reply_method)),
            (label["replied_at"], when_text(event.replied_at)),
            (label["content"], event.reply_content),
            (label["satisfaction"], enum_label(event.satisfaction)),
            (label["note"], event.note),
        ]
    )


def timeline_html(detail: ComplaintDetail, settings: ComplaintSettings) -> str:
    """Every step, oldest first: when, who, what, the status change, the data recorded."""
    entries = []
    for event in detail.events:
        moved = ""
        if event.from_status is not None and event.from_status != event.to_status:
            change = f"{enum_label(event.from_status)} → {enum_label(event.to_status)}"
            moved = f" <span style='color:{style.MUTED}'>({html.escape(change)})</span>"
        color = OVERDUE_COLOR if event.action is ComplaintAction.REOPEN else style.ACCENT
        rows = _event_rows(event, settings)
        table = f"<table style='margin-left:12px'>{rows}</table>" if rows else ""
        entries.append(
            f"<p style='margin:8px 0 0 0'><span style='color:{style.MUTED}'>"
            f"{html.escape(when_text(event.happened_at))}</span> · "
            f"{html.escape(event.actor_name)}<br>"
            f"<b style='color:{color}'>{html.escape(enum_label(event.action))}</b>{moved}</p>"
            f"{table}"
        )
    return "".join(entries)


def handling_html(detail: ComplaintDetail, settings: ComplaintSettings) -> str:
    """The complaint's current handling record, one section per stage."""
    label = _labels()
    missing = html.escape(translate("ComplaintTexts", "Not recorded yet"))

    def section(title: str, pairs: list[tuple[str, str]]) -> str:
        body = _rows(pairs) or f"<tr><td style='color:#888'>{missing}</td></tr>"
        return f"<h4 style='margin:10px 0 2px 0'>{html.escape(title)}</h4><table>{body}</table>"

    return "".join(
        (
            section(
                translate("ComplaintTexts", "Investigation"),
                [
                    (label["cause"], enum_label(detail.cause)),
                    (label["responsibility"], enum_label(detail.responsibility)),
                    (label["findings"], detail.findings),
                ],
            ),
            section(
                translate("ComplaintTexts", "Resolution"),
                [
                    (label["measures"], detail.measures),
                    (label["compensation"], money_text(detail.compensation)),
                ],
            ),
            section(
                translate("ComplaintTexts", "Answer to the customer"),
                [
                    (label["method"], enum_label(detail.reply_method)),
                    (label["replied_at"], when_text(detail.replied_at)),
                    (label["content"], detail.reply_content),
                ],
            ),
            section(
                translate("ComplaintTexts", "Closing"),
                [
                    (label["satisfaction"], enum_label(detail.satisfaction)),
                    (label["closed_at"], when_text(detail.closed_at)),
                ],
            ),
        )
    )
