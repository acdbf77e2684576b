"""The call sheet (电话清单): a call list on landscape A4, one row per customer with the
segment, value and credit status and their reasons, the last contact and a wide empty column
to write the outcome by hand.  The header row repeats on every page; the letterhead and
"第 x 页 / 共 y 页" come from `ReportWriter`.  The columns and their text are the workbook's
(`exchange.call_list`), so both say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agricrm.exchange.call_list import COLUMNS, MASKED_NOTE, cells, summary, title
from agricrm.reports.document import LANDSCAPE_CONTENT_WIDTH
from agricrm.reports.kit import Column, ReportKit

WRITE_HERE = "\u3000"  # the outcome cell: blank to write in (an empty value prints as a dash)

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.services.call_list import CallList


def subject(kit: ReportKit, call_list: CallList) -> str:
    return title(call_list, kit.translate)


def call_sheet(kit: ReportKit, call_list: CallList, full_phones: bool = False) -> list[Flowable]:
    columns = [Column(kit.t(heading), width) for heading, width in COLUMNS]
    rows = [
        [*cells(entry, kit.translate, full_phones, brief=True)[:-1], WRITE_HERE]
        for entry in call_list.entries
    ]
    blocks: list[Flowable] = kit.title(subject(kit, call_list), summary(call_list, kit.translate))
    blocks += [kit.table(columns, rows, width=LANDSCAPE_CONTENT_WIDTH), kit.spacer(3)]
    if not full_phones:
        blocks.append(kit.note(MASKED_NOTE))
    return blocks
