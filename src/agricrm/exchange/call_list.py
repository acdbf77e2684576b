"""The call list as a workbook: a heading (segment, date, count), one row per customer, and an
empty 结果 column to write the outcome of each call.  The PDF call sheet
(`reports.call_sheet`) prints the same columns.

Mobile numbers are masked like on every printout unless the caller asks for them whole
(`full_phones`): a list to call from needs them, a list to show around does not.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from agricrm.domain.masking import mask_phone
from agricrm.i18n import QT_TRANSLATE_NOOP, Text, Translate, untranslated
from agricrm.services.call_list import CallList, CallListEntry

TITLE = QT_TRANSLATE_NOOP("CallList", "Call list")
TITLE_OF = QT_TRANSLATE_NOOP("CallList", "Call list · {name}")
SUMMARY = QT_TRANSLATE_NOOP("CallList", "Made on {date} · {count} customer(s)")
MASKED_NOTE = QT_TRANSLATE_NOOP(
    "CallList", "Mobile numbers are masked; the full numbers are in the customer file."
)
COLUMNS: tuple[tuple[Text, float], ...] = (
    (QT_TRANSLATE_NOOP("CallList", "File no."), 14),
    (QT_TRANSLATE_NOOP("CallList", "Name"), 8),
    (QT_TRANSLATE_NOOP("CallList", "Village"), 16),
    (QT_TRANSLATE_NOOP("CallList", "Mobile"), 14),
    (QT_TRANSLATE_NOOP("CallList", "Segment / value / credit"), 17),
    (QT_TRANSLATE_NOOP("CallList", "Reasons"), 48),
    (QT_TRANSLATE_NOOP("CallList", "Last contact"), 13),
    (QT_TRANSLATE_NOOP("CallList", "Outcome"), 26),
)
"""Each column's heading and its width in characters (the PDF shares them out)."""


def title(call_list: CallList, translate: Translate = untranslated) -> str:
    if call_list.title:
        return TITLE_OF(name=call_list.title).render(translate)
    return TITLE.render(translate)


def summary(call_list: CallList, translate: Translate = untranslated) -> str:
    return SUMMARY(date=call_list.made_on.isoformat(), count=len(call_list.entries)).render(
        translate
    )


def cells(
    entry: CallListEntry, translate: Translate, full_phones: bool, brief: bool = False
) -> list[str]:
    """One customer's row as text, in the order of `COLUMNS` (the outcome left empty).  The
    reasons are a line per class, each starting with the class ("优质客户：价值得分 82 ≥ 75");
    `brief` keeps only the deciding reason of each (the printed sheet: the value score's
    every weight would fill a third of a page per customer)."""
    classes = " / ".join(verdict.value.label.render(translate) for verdict in entry.verdicts())
    reasons = "\n".join(
        "；".join(
            reason.render(translate)
            for reason in (verdict.reasons[:1] if brief else verdict.explanation())
        )
        for verdict in entry.verdicts()
    )
    return [
        entry.number,
        entry.name,
        f"{entry.township}{entry.village}",
        entry.phone if full_phones else mask_phone(entry.phone),
        classes,
        reasons,
        entry.last_contact.isoformat() if entry.last_contact else "—",
        "",
    ]


def write_call_list(
    path: Path,
    call_list: CallList,
    translate: Translate = untranslated,
    full_phones: bool = False,
) -> Path:
    """Write the workbook; the file appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = TITLE.render(translate)[:31]
    sheet.append([title(call_list, translate)])
    sheet["A1"].font = Font(bold=True, size=14)
    notes = summary(call_list, translate)
    if not full_phones:
        notes = f"{notes} · {MASKED_NOTE.render(translate)}"
    sheet.append([notes])
    sheet.append([])
    header_row = 4
    sheet.append([heading.render(translate) for heading, _ in COLUMNS])
    thin = Side(style="thin", color="BFBFBF")
    for column, (_, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(header_row, column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = Border(bottom=thin)
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for entry in call_list.entries:
        sheet.append(cells(entry, translate, full_phones))
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
            cell.border = Border(bottom=thin)
            cell.number_format = "@"
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    path = Path(path)
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
