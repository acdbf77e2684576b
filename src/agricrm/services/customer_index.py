"""Keeps the customer search index (FTS5 trigram table and short-term table) in step.

Works on the door's `Writer` of the caller's transaction, so the same code serves a form's
save, a bulk import, demo data and the rebuild of the whole index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, text

from agricrm.db.door import Writer
from agricrm.domain.pinyin import NameReadings, name_readings
from agricrm.domain.search_keys import search_document, short_terms
from agricrm.models import Customer
from agricrm.models.search import CUSTOMER_FTS_TABLE, customer_search_terms
from agricrm.services.progress import Progress

BATCH = 2000

_FTS_DELETE = text(f"DELETE FROM {CUSTOMER_FTS_TABLE} WHERE rowid = :id")
_FTS_INSERT = text(
    f"INSERT INTO {CUSTOMER_FTS_TABLE} (rowid, name, pinyin, phone, id_number, address) "
    "VALUES (:id, :name, :pinyin, :phone, :id_number, :address)"
)


@dataclass(frozen=True)
class IndexSource:
    id: int
    name: str
    phone: str | None
    id_number: str | None
    address_detail: str
    readings: NameReadings | None = None  # when the caller has already worked them out


def write_index(writer: Writer, sources: Sequence[IndexSource]) -> None:
    """Replace the index entries of these customers."""
    if not sources:
        return
    remove_from_index(writer, [source.id for source in sources])
    add_to_index(writer, sources)


def remove_from_index(writer: Writer, customer_ids: Iterable[int]) -> None:
    ids = list(customer_ids)
    if not ids:
        return
    writer.execute_local(_FTS_DELETE, [{"id": customer_id} for customer_id in ids])
    writer.execute_local(
        delete(customer_search_terms).where(customer_search_terms.c.customer_id.in_(ids))
    )


def rebuild_index(writer: Writer, progress: Progress | None = None) -> None:
    """Recompute sort keys and the whole index (`services.derived` calls it when the index is
    missing or its readings changed); reports progress by customer id, and a cancel raises
    from `progress` so the caller's transaction rolls back."""
    connection = writer.connection
    writer.execute_local(text(f"DELETE FROM {CUSTOMER_FTS_TABLE}"))
    writer.execute_local(delete(customer_search_terms))
    top = connection.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
    last_id = 0
    while True:
        if progress is not None:
            progress.report(last_id, top)
        rows = connection.execute(
            select(
                Customer.id,
                Customer.name,
                Customer.phone,
                Customer.id_number,
                Customer.address_detail,
            )
            .where(Customer.id > last_id, ~Customer.deleted)
            .order_by(Customer.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        sources = [IndexSource(*row) for row in rows]
        writer.set_derived(
            Customer.__table__,
            "name_pinyin",
            {s.id: name_readings(s.name).sort_key for s in sources},
        )
        add_to_index(writer, sources)
        last_id = rows[-1].id


def add_to_index(writer: Writer, sources: Sequence[IndexSource]) -> None:
    """Index customers that have no entries yet (new records and bulk loads)."""
    documents: list[dict[str, object]] = []
    terms: list[dict[str, object]] = []
    for source in sources:
        readings = source.readings or name_readings(source.name)
        document = search_document(
            source.name, readings, source.phone, source.id_number, source.address_detail
        )
        documents.append({"id": source.id, **document.__dict__})
        terms.extend(
            {"term": term, "customer_id": source.id} for term in short_terms(source.name, readings)
        )
    if documents:
        writer.execute_local(_FTS_INSERT, documents)
    writer.insert_local(customer_search_terms, terms)
