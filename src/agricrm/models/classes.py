"""Classification: the branch's product catalogue and the products customers hold (synced),
and the derived, local table of each customer's classes with the history of their changes
(see `agricrm.domain.classification`; kept by `services.classes`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agricrm.db.types import UtcDateTime
from agricrm.models.base import Base, SyncMixin
from agricrm.models.customer import Customer


class Product(SyncMixin, Base):
    """A product of the branch's catalogue (个人网银, 惠农卡 …): retired, never deleted, so the
    records that name it keep their meaning."""

    __tablename__ = "products"
    __table_args__ = (Index("ix_products_code", "code"),)

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    retired: Mapped[bool] = mapped_column(default=False)


class CustomerProduct(SyncMixin, Base):
    """A product a customer holds, since when."""

    __tablename__ = "customer_products"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    since: Mapped[dt.date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="products")
    product: Mapped[Product] = relationship()


class CustomerClasses(Base):
    """A customer's classes under one version of the rules: derived and local, refreshed with
    every change that feeds them and rebuilt when the rules change."""

    __tablename__ = "customer_classes"
    __table_args__ = tuple(
        Index(f"ix_customer_classes_{name}", name)
        for name in ("segment", "value", "credit", "activity", "scale", "reclassify_on")
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    rules_version: Mapped[int]
    scale: Mapped[str | None] = mapped_column(String(20))
    industry: Mapped[str | None] = mapped_column(String(20))
    credit: Mapped[str | None] = mapped_column(String(20))  # kept: the override while it holds
    value: Mapped[str | None] = mapped_column(String(20))
    segment: Mapped[str | None] = mapped_column(String(20))
    needs: Mapped[str | None] = mapped_column(String(20))
    activity: Mapped[str | None] = mapped_column(String(20))
    relationship: Mapped[str | None] = mapped_column(String(20))
    credit_computed: Mapped[str | None] = mapped_column(String(20))
    value_score: Mapped[int | None]  # tenths of a point
    reasons_json: Mapped[str] = mapped_column(Text, default="{}")
    classified_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # when the row last changed
    # the first day time alone may change these classes (activity, years of cooperation)
    reclassify_on: Mapped[dt.date | None] = mapped_column(Date)


class ClassChange(Base):
    """One class of a customer changing (普通 → 优质), for the customer's timeline."""

    __tablename__ = "class_changes"
    __table_args__ = (Index("ix_class_changes_customer", "customer_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    dimension: Mapped[str] = mapped_column(String(20))
    from_class: Mapped[str | None] = mapped_column(String(20))
    to_class: Mapped[str | None] = mapped_column(String(20))
    rules_version: Mapped[int]
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # why: rules (a new version saved here), package (rules adopted from one), facts (a write),
    # time (a date-dependent class came due); "" for changes recorded before schema 0012
    reason: Mapped[str] = mapped_column(String(20), default="")
