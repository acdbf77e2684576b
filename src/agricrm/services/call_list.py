"""Call lists (电话清单): the customers of a list filter or a saved segment, with what an
officer needs on the phone: village, number, segment, value and credit with their reasons in
words, the last contact, and room for the outcome.  Written as a workbook
(`exchange.call_list`) and as a landscape PDF call sheet (`reports.call_sheet`).

The reasons are not stored (the table of classes keeps codes only): they are computed here
for the listed customers, a chunk at a time by the rules the table was built by, exactly as
`classes.explain_customer` computes one customer's.  A list longer than `MAX_ENTRIES` is
refused with the count, so nobody prints a phone book by accident.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.domain.classification.classify import classify
from agricrm.domain.classification.results import Verdict
from agricrm.domain.errors import AgriCrmError
from agricrm.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.class_facts import facts_between
from agricrm.services.classes import rules_on
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import search_customer_ids
from agricrm.services.policy import visible_customers
from agricrm.services.progress import Progress
from agricrm.services.reports import ReportOptions, letterhead, new_kit

if TYPE_CHECKING:
    from agricrm.reports.document import ReportResult

MAX_ENTRIES = 5000
CHUNK = 500
TOO_LONG = QT_TRANSLATE_NOOP(
    "CallList",
    "The filter lists {count} customers; a call list holds at most {limit}. Narrow the filter "
    "(a township, a class) and make one list per part.",
)
NOBODY = QT_TRANSLATE_NOOP("CallList", "No customer matches this filter: there is nobody to call.")


@dataclass(frozen=True)
class CallListEntry:
    customer_id: int
    number: str
    name: str
    township: str
    village: str
    phone: str
    segment: Verdict
    value: Verdict
    credit: Verdict
    last_contact: dt.date | None  # the last visit done or greeting sent, whichever is later

    def verdicts(self) -> tuple[Verdict, Verdict, Verdict]:
        return (self.segment, self.value, self.credit)


@dataclass(frozen=True)
class CallList:
    """`title` names the segment (or is empty for an unsaved filter)."""

    title: str
    made_on: dt.date
    entries: tuple[CallListEntry, ...]


def call_list(
    db: Database,
    actor: Actor,
    query: CustomerQuery,
    title: str = "",
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> CallList:
    """The customers of `query` the actor may see, by township, village and name, each with
    their segment, value and credit status explained."""
    today = today or dt.date.today()
    ids = search_customer_ids(db, actor, query)  # sorted by name (pinyin) unless asked otherwise
    if not ids:
        raise AgriCrmError(NOBODY)
    if len(ids) > MAX_ENTRIES:
        raise AgriCrmError(TOO_LONG(count=len(ids), limit=MAX_ENTRIES))
    order = {cid: index for index, cid in enumerate(ids)}
    entries: list[CallListEntry] = []
    with db.read() as session:
        connection = session.connection()
        rules = rules_on(connection)
        for start in range(0, len(ids), CHUNK):
            if progress is not None:
                progress.report(start, len(ids))
            chunk = sorted(ids[start : start + CHUNK])
            files = {
                row.id: row
                for row in connection.execute(
                    select(
                        Customer.id,
                        Customer.number,
                        Customer.name,
                        Customer.township,
                        Customer.village,
                        Customer.phone,
                    ).where(Customer.id.in_(chunk), visible_customers(actor))
                )
            }
            facts, _gone = facts_between(connection, chunk[0], chunk[-1], chunk)
            for cid, (one, override) in facts.items():
                row = files.get(cid)
                if row is None:
                    continue
                classes = classify(one, rules, today, override)
                contacts = [day for day in (one.last_visit, one.last_care) if day is not None]
                entries.append(
                    CallListEntry(
                        cid,
                        row.number or "",
                        row.name,
                        row.township or "",
                        row.village or "",
                        row.phone or "",
                        classes.segment,
                        classes.value,
                        classes.credit,
                        max(contacts) if contacts else None,
                    )
                )
    if progress is not None:
        progress.report(len(ids), len(ids))
    entries.sort(key=lambda entry: (entry.township, entry.village, order[entry.customer_id]))
    return CallList(title, today, tuple(entries))


def call_list_workbook(
    db: Database,
    actor: Actor,
    query: CustomerQuery,
    target: Path,
    title: str = "",
    full_phones: bool = False,
    translate: Translate = untranslated,
    progress: Progress | None = None,
) -> CallList:
    """Write the call list of `query` as a workbook at `target`; returns the list written."""
    from agricrm.exchange.call_list import write_call_list

    found = call_list(db, actor, query, title, progress)
    write_call_list(target, found, translate, full_phones)
    return found


def call_sheet(
    db: Database,
    actor: Actor,
    query: CustomerQuery,
    title: str = "",
    full_phones: bool = False,
    options: ReportOptions | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """The call sheet of `query` (`title`: the segment's name) as a landscape A4 PDF."""
    from agricrm.reports import call_sheet as layout
    from agricrm.reports.document import ReportWriter, check_target

    options = options or ReportOptions()
    if target is not None:
        check_target(target)
    found = call_list(db, actor, query, title, progress, options.today)
    kit = new_kit(options)
    subject = layout.subject(kit, found)
    writer = ReportWriter(kit, letterhead(db, actor, options), subject, landscape=True)
    writer.add(subject, layout.call_sheet(kit, found, full_phones))
    return writer.write(target, progress)
