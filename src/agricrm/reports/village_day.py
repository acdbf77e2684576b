"""The village day sheet (村走访清单): whom to see in one village on one day, on paper.

What the officer carries when there is no laptop battery left: the customers of the village
who are due or overdue for a visit that day (or have one planned), most overdue first, each
with their open follow-up actions as boxes to tick, boxes for the outcome and ruled lines for
notes; then lines for customers met who are not on the list, and the officer's signature.
Built on `services.today.village_day_list()`, the same list the app shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agricrm.domain.masking import mask_phone
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.reports.kit import CONTENT_WIDTH, HEADER_FILL, RULE, ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.services.visit_data import DayListEntry, VillageDayList

TITLE = QT_TRANSLATE_NOOP("Reports", "Village day sheet")
SUBJECT = QT_TRANSLATE_NOOP("Reports", "Village day sheet · {place} · {date}")
SUBTITLE = QT_TRANSLATE_NOOP("Reports", "{place} · {date} · {count} customer(s) to visit")
COUNTS = QT_TRANSLATE_NOOP(
    "Reports",
    "{overdue} overdue, {due} due on the day, {planned} with a visit planned that day; "
    "{follow_ups} open follow-up action(s).",
)
HOW_TO = QT_TRANSLATE_NOOP(
    "Reports",
    "Most overdue first. Tick the outcome and the follow-ups done, write what you found on the "
    "lines, and enter the visits in AgriCRM when you are back.",
)
NOBODY = QT_TRANSLATE_NOOP(
    "Reports",
    "No customer of this village is due or overdue for a visit on this day, and no visit is "
    "planned for it.",
)
NAME = QT_TRANSLATE_NOOP("Reports", "Customer")
PHONE = QT_TRANSLATE_NOOP("Reports", "Mobile")
ADDRESS = QT_TRANSLATE_NOOP("Reports", "Address")
DUE = QT_TRANSLATE_NOOP("Reports", "Due {date}")
OVERDUE_DAYS = QT_TRANSLATE_NOOP("Reports", "Due {date}, {days} day(s) overdue")
DUE_LATER = QT_TRANSLATE_NOOP("Reports", "Due {date} (visit planned for the day)")
NOT_DUE = QT_TRANSLATE_NOOP("Reports", "Visit planned for the day")
REASON = QT_TRANSLATE_NOOP("Reports", "Reason: {reason}")
PLANNED = QT_TRANSLATE_NOOP("Reports", "Reason: visit planned for the day")
LAST_VISIT = QT_TRANSLATE_NOOP("Reports", "Last visit {date} · officer {officer}")
NEVER_VISITED = QT_TRANSLATE_NOOP("Reports", "Never visited · officer {officer}")
FOLLOW_UP = QT_TRANSLATE_NOOP("Reports", "□ To do: {text} (due {date})")
OUTCOME = QT_TRANSLATE_NOOP(
    "Reports", "□ Visited    □ Not met    □ Moved to ____ / ____    Satisfaction ____ / 5"
)
NOTES = QT_TRANSLATE_NOOP("Reports", "Notes:")
OTHERS = QT_TRANSLATE_NOOP("Reports", "Other customers met (name, what was found)")
OFFICER_ROLE = QT_TRANSLATE_NOOP("Reports", "Loan officer")
MASKING_NOTE = QT_TRANSLATE_NOOP(
    "Reports",
    "ID and mobile numbers are masked on printouts; the full numbers are in the customer file.",
)

NOTE_LINES = 3
OTHER_LINES = 6
SHARES = (0.06, 0.33, 0.24, 0.37)


def subject(kit: ReportKit, day_list: VillageDayList) -> str:
    return kit.t(SUBJECT(place=_place(day_list), date=day_list.day.isoformat()))


def _place(day_list: VillageDayList) -> str:
    return f"{day_list.township}{day_list.village}"


def village_day_sheet(kit: ReportKit, day_list: VillageDayList) -> list[Flowable]:
    entries = day_list.entries
    subtitle = kit.t(
        SUBTITLE(place=_place(day_list), date=day_list.day.isoformat(), count=len(entries))
    )
    blocks: list[Flowable] = kit.title(TITLE, subtitle)
    if not entries:
        blocks += [kit.para(NOBODY), kit.spacer(4)]
    else:
        overdue = sum(1 for e in entries if e.days_overdue is not None and e.days_overdue > 0)
        due = sum(1 for e in entries if e.days_overdue == 0)
        planned = sum(1 for e in entries if e.planned_visit_id is not None)
        follow_ups = sum(len(e.follow_ups) for e in entries)
        blocks += [
            kit.para(
                COUNTS(overdue=overdue, due=due, planned=planned, follow_ups=follow_ups), "small"
            ),
            kit.note(HOW_TO),
            kit.spacer(3),
        ]
        for number, entry in enumerate(entries, start=1):
            blocks.append(kit.keep_together([_entry(kit, number, entry), kit.spacer(4)]))
    blocks += [
        kit.keep_together(
            [
                *kit.heading(OTHERS),
                kit.writing_lines(OTHER_LINES),
                kit.spacer(8),
                kit.signature_lines([OFFICER_ROLE]),
                kit.spacer(2),
                kit.note(MASKING_NOTE),
            ]
        )
    ]
    return blocks


def _due_text(kit: ReportKit, entry: DayListEntry) -> str:
    if entry.due_date is None:
        return kit.t(NOT_DUE)
    if entry.days_overdue is None:
        return kit.t(DUE_LATER(date=entry.due_date.isoformat()))
    if entry.days_overdue > 0:
        return kit.t(OVERDUE_DAYS(date=entry.due_date.isoformat(), days=entry.days_overdue))
    return kit.t(DUE(date=entry.due_date.isoformat()))


def _entry(kit: ReportKit, number: int, entry: DayListEntry) -> Flowable:
    """One customer: a boxed table with the facts, the follow-ups, the outcome and notes."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    widths = [CONTENT_WIDTH * share for share in SHARES]
    wide = sum(widths[1:])

    def cell(text: str, column: int, style: str = "cell") -> Any:
        width = wide if column < 0 else widths[column]
        return kit._cell(text, width, style)

    officer = entry.officer_name or "—"
    last = (
        kit.t(LAST_VISIT(date=entry.last_visit_date.isoformat(), officer=officer))
        if entry.last_visit_date is not None
        else kit.t(NEVER_VISITED(officer=officer))
    )
    reason = (
        kit.t(PLANNED)
        if entry.planned_visit_id is not None and (entry.days_overdue is None)
        else kit.t(REASON(reason=kit.label(entry.reason)))
    )
    rows: list[list[Any]] = [
        [
            cell(str(number), 0, "cell_center"),
            cell(entry.customer_name, 1, "name"),
            cell(f"{kit.t(PHONE)} {mask_phone(entry.phone) or '—'}", 2),
            cell(entry.address, 3),
        ],
        ["", cell(_due_text(kit, entry), 1), cell(reason, 2), cell(last, 3)],
    ]
    for follow_up in entry.follow_ups:
        text = kit.t(FOLLOW_UP(text=follow_up.description, date=follow_up.due_date.isoformat()))
        rows.append(["", cell(text, -1), "", ""])
    outcome_row = len(rows)
    rows.append(["", cell(kit.t(OUTCOME), -1), "", ""])
    notes_row = len(rows)
    rows.append(["", cell(kit.t(NOTES), -1, "label"), "", ""])
    rows += [["", "", "", ""] for _ in range(NOTE_LINES - 1)]
    line_height = 8 * 72 / 25.4
    heights: list[float | None] = [None] * notes_row + [line_height] * NOTE_LINES
    rule = colors.HexColor(RULE)
    style: list[tuple[Any, ...]] = [
        *kit.table_styles["fields"].getCommands(),
        ("INNERGRID", (0, 0), (-1, -1), 0, colors.white),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, rule),
        ("LINEBELOW", (1, 1), (-1, outcome_row - 1), 0.25, rule),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, rule),
        ("SPAN", (0, 0), (0, -1)),
        ("VALIGN", (0, 0), (0, -1), "TOP"),
        ("FONTSIZE", (0, 0), (0, 0), 10.5),
        ("LEADING", (0, 0), (0, 0), 13),
        ("FONTSIZE", (1, 0), (1, 0), 10.5),
        ("LEADING", (1, 0), (1, 0), 13),
        ("VALIGN", (1, notes_row), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, notes_row), (-1, -1), 0.4, rule),
    ]
    for row in range(2, notes_row + NOTE_LINES):
        style.append(("SPAN", (1, row), (-1, row)))
    return Table(rows, colWidths=widths, rowHeights=heights, style=style, hAlign="LEFT")
