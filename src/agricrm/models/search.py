"""Search index tables for customers (see `agricrm.domain.search_keys` for why two)."""

from __future__ import annotations

from sqlalchemy import DDL, Column, ForeignKey, Index, Integer, String, Table, event

from agricrm.models.base import Base

customer_search_terms = Table(
    "customer_search_terms",
    Base.metadata,
    Column("term", String(8), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Index("ix_customer_search_terms_customer_id", "customer_id"),
    sqlite_with_rowid=False,
)

# The FTS5 table's rowid is the customer id.  It is not a mapped table: SQLAlchemy would
# reflect its shadow tables as clutter, and only the search service reads or writes it.
CUSTOMER_FTS_TABLE = "customer_search"
CREATE_CUSTOMER_FTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {CUSTOMER_FTS_TABLE} "
    "USING fts5(name, pinyin, phone, id_number, address, tokenize='trigram')"
)

event.listen(
    Base.metadata,
    "after_create",
    DDL(CREATE_CUSTOMER_FTS).execute_if(dialect="sqlite"),
)
