"""The named list (优质客户名单制管理): who maintains which listed customer, with history.

One row per assignment (`domain.named_list.assignments.Assignment`): a reassignment ends the
current row and adds a new one, a delisting ends it, nothing is overwritten, so the table
answers "who maintained this customer on 1 March".  Synced like any record: an assignment
changed on two devices is a conflict of the generic machinery.  A staff member's post is a
column of `users` (users are synced already).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from agricrm.models.base import Base, SyncMixin


class NamedListAssignment(SyncMixin, Base):
    __tablename__ = "named_list_assignments"
    __table_args__ = (
        Index("ix_named_list_assignments_customer_id", "customer_id"),
        Index("ix_named_list_assignments_maintainer_id", "maintainer_id"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    maintainer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    assigned_on: Mapped[dt.date] = mapped_column(Date)
    assigned_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    # whether the customer was eligible when assigned: the baseline of the eligibility review
    eligible: Mapped[bool] = mapped_column(default=True)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    end_reason: Mapped[str] = mapped_column(Text, default="")
