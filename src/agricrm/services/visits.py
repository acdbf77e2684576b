"""Planning and recording visits, their follow-up actions, and the visit list.

Each write is one transaction: the visit, its follow-up actions, the needs it feeds into the
customer's file and the customer's recomputed schedule are saved together or not at all.
An officer plans and records visits only for their own customers; a manager for the branch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import ColumnElement, Select, and_, false, func, literal_column, select
from sqlalchemy.orm import Session, contains_eager, selectinload
from sqlalchemy.orm.exc import StaleDataError

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.db.files import attachments_folder
from agricrm.db.queries import fetch_ids
from agricrm.db.types import utcnow
from agricrm.domain.errors import (
    FieldError,
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationFailed,
)
from agricrm.domain.record_numbers import VISIT_PREFIX, number_prefix
from agricrm.domain.visits import (
    FollowUpInput,
    VisitInput,
    VisitStatus,
    normalize_and_check,
)
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import Customer, FollowUpAction, User, Visit
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.classes import refresh_classes
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_conditions
from agricrm.services.schedule import refresh_schedule
from agricrm.services.villages import village_exists
from agricrm.services.visit_data import (
    AttachmentView,
    CustomerBrief,
    FollowUpView,
    VisitDetail,
    VisitQuery,
    VisitRow,
    VisitSort,
)

VISIT_NOT_FOUND = QT_TRANSLATE_NOOP("Visits", "The visit does not exist or was deleted.")
CUSTOMER_NOT_FOUND = QT_TRANSLATE_NOOP("Visits", "The customer does not exist or was deleted.")
CUSTOMER_ARCHIVED = QT_TRANSLATE_NOOP(
    "Visits", "{name}'s file is archived; restore it before planning or recording visits."
)
FOLLOW_UP_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Visits", "The follow-up action does not exist or was deleted."
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Visits",
    "Someone else changed this visit after you opened it. Close the form and open it again.",
)
CLOSED_CANNOT_REOPEN = QT_TRANSLATE_NOOP(
    "Visits", "A visit that is {status} cannot be planned again; plan a new one."
)
UNKNOWN_OFFICER = QT_TRANSLATE_NOOP("Visits", "The chosen officer does not exist.")
OFFICER_MANAGER_ONLY = QT_TRANSLATE_NOOP(
    "Visits", "Only a branch manager can record a visit for another officer."
)
UNKNOWN_VILLAGE = QT_TRANSLATE_NOOP("Visits", "{village} is not in the village list of {township}.")
CUSTOMER_FIXED = QT_TRANSLATE_NOOP(
    "Visits", "A visit stays with its customer; record a new visit for another customer."
)

Now = Callable[[], dt.datetime]


def _local_now() -> dt.datetime:
    """The local wall-clock time, naive, as the officer reads it."""
    return dt.datetime.now().replace(microsecond=0)


class VisitService:
    def __init__(self, db: Database, now: Now = _local_now) -> None:
        self._db = db
        self._now = now
        self._folder = attachments_folder(db.path)

    # ----------------------------------------------------------------- reading

    def get(self, actor: Actor, visit_id: int) -> VisitDetail:
        with self._db.read() as session:
            return _detail(self._load(session, actor, visit_id), self._folder)

    def customer_brief(self, actor: Actor, customer_id: int) -> CustomerBrief:
        with self._db.read() as session:
            customer = _customer(session, customer_id)
            policy.ensure_can_see_customer(actor, customer.officer_id)
            return _brief(customer)

    def new_input(self, actor: Actor, customer_id: int | None, **changes: object) -> VisitInput:
        """A new visit's input: today, on site, at the customer's village, credited to the
        customer's officer (a manager recording it does so on the officer's behalf; an officer
        records only their own customers' visits), or to the actor for a customer not yet
        chosen or with no officer."""
        data = VisitInput(officer_id=actor.user_id, visit_date=self._now().date())
        if customer_id is not None:
            brief = self.customer_brief(actor, customer_id)
            data.customer_id = customer_id
            data.township, data.village = brief.township, brief.village
            if brief.officer_id is not None:
                data.officer_id = brief.officer_id
        return dataclasses.replace(data, **changes)  # type: ignore[arg-type]

    def customer_history(self, actor: Actor, customer_id: int) -> list[VisitRow]:
        """The customer's visits, newest first, for the timeline in their file."""
        with self._db.read() as session:
            customer = _customer(session, customer_id)
            policy.ensure_can_see_customer(actor, customer.officer_id)
        query = VisitQuery(customer_id=customer_id, sort=VisitSort.DATE, descending=True)
        ids = search_visit_ids(self._db, actor, query)
        rows = visit_rows(self._db, actor, ids)
        return [rows[i] for i in ids if i in rows]

    # ----------------------------------------------------------------- writing

    def check(
        self, actor: Actor, data: VisitInput, visit_id: int | None = None
    ) -> list[FieldError]:
        with self._db.read() as session:
            existing = self._load(session, actor, visit_id) if visit_id is not None else None
            try:
                self._validated(session, actor, data, existing)
            except ValidationFailed as failure:
                return list(failure.errors)
            return []

    def create(self, actor: Actor, data: VisitInput) -> VisitDetail:
        """Record or plan a visit; without an officer it is the customer's officer's."""
        with self._db.write(actor, Cause.FORM) as session:
            clean, customer = self._validated(session, actor, data, None)
            visit = Visit(customer=customer)
            if clean.status is VisitStatus.PLANNED:
                visit.planned_date = clean.visit_date
            _apply(visit, clean)
            session.add(visit)
            _sync_follow_ups(session, visit, clean.follow_ups)
            _feed_needs(customer, clean)
            self._flush(session)
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])
            return _detail(visit, self._folder)

    def update(
        self, actor: Actor, visit_id: int, data: VisitInput, expected_version: int
    ) -> VisitDetail:
        with self._db.write(actor, Cause.FORM) as session:
            visit = self._load(session, actor, visit_id)
            if visit.row_version != expected_version:
                raise StaleRecord(CHANGED_ELSEWHERE)
            clean, customer = self._validated(session, actor, data, visit)
            if visit.status is VisitStatus.PLANNED and visit.planned_date is None:
                visit.planned_date = visit.visit_date
            changed = _apply(visit, clean)
            changed |= _sync_follow_ups(session, visit, clean.follow_ups)
            _feed_needs(customer, clean)
            if changed:
                visit.updated_at = utcnow()
            self._flush(session)
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])
            return _detail(visit, self._folder)

    def delete(self, actor: Actor, visit_id: int, expected_version: int) -> None:
        """Soft-delete a visit entered by mistake (the deletion can be synced)."""
        with self._db.write(actor, Cause.FORM) as session:
            visit = self._load(session, actor, visit_id)
            policy.ensure_can_edit_customer(actor, visit.customer.officer_id)
            if visit.row_version != expected_version:
                raise StaleRecord(CHANGED_ELSEWHERE)
            visit.deleted = True
            for item in visit.follow_ups:
                item.deleted = True
            self._flush(session)
            refresh_classes(writer_of(session), [visit.customer_id])
            refresh_schedule(writer_of(session), [visit.customer_id])

    def complete_follow_up(self, actor: Actor, follow_up_id: int, done: bool = True) -> None:
        with self._db.write(actor, Cause.FORM) as session:
            item = session.get(FollowUpAction, follow_up_id)
            if item is None or item.deleted or item.visit.deleted:
                raise NotFound(FOLLOW_UP_NOT_FOUND)
            policy.ensure_can_edit_customer(actor, item.visit.customer.officer_id)
            if (item.done_at is not None) != done:
                item.done_at = utcnow() if done else None

    # ----------------------------------------------------------------- helpers

    def _load(self, session: Session, actor: Actor, visit_id: int) -> Visit:
        visit = session.scalar(
            select(Visit)
            .where(Visit.id == visit_id, Visit.deleted == false())
            .options(
                selectinload(Visit.follow_ups),
                selectinload(Visit.customer),
                selectinload(Visit.officer),
            )
        )
        if visit is None:
            raise NotFound(VISIT_NOT_FOUND)
        policy.ensure_can_see_customer(actor, visit.customer.officer_id)
        return visit

    def _validated(
        self, session: Session, actor: Actor, data: VisitInput, existing: Visit | None
    ) -> tuple[VisitInput, Customer]:
        clean, errors = normalize_and_check(data, self._now(), is_new=existing is None)
        customer: Customer | None = None
        if existing is not None and clean.customer_id != existing.customer_id:
            errors.append(FieldError("customer_id", CUSTOMER_FIXED))
        if clean.customer_id is not None:
            try:
                customer = _customer(session, clean.customer_id)
            except NotFound as error:
                errors.append(FieldError("customer_id", error.message))
            else:
                policy.ensure_can_edit_customer(actor, customer.officer_id)
                if customer.archived_at is not None:
                    errors.append(FieldError("customer_id", CUSTOMER_ARCHIVED(name=customer.name)))
        if (
            existing is not None
            and existing.status is not VisitStatus.PLANNED
            and clean.status is VisitStatus.PLANNED
        ):
            errors.append(FieldError("status", CLOSED_CANNOT_REOPEN(status=existing.status.label)))
        officer_id = clean.officer_id
        if officer_id is None and existing is not None:
            officer_id = existing.officer_id
        if officer_id is None and customer is not None:
            officer_id = customer.officer_id
        if officer_id is None:
            officer_id = actor.user_id
        if (
            officer_id != actor.user_id
            and not actor.is_manager
            and (existing is None or existing.officer_id != officer_id)
        ):
            raise PermissionDenied(OFFICER_MANAGER_ONLY)
        officer = session.get(User, officer_id)
        if officer is None or officer.deleted or not officer.active:
            errors.append(FieldError("officer_id", UNKNOWN_OFFICER))
        if (
            clean.township
            and clean.village
            and not village_exists(session, clean.township, clean.village)
        ):
            errors.append(
                FieldError(
                    "village", UNKNOWN_VILLAGE(village=clean.village, township=clean.township)
                )
            )
        if errors:
            raise ValidationFailed(errors)
        assert customer is not None
        return dataclasses.replace(clean, officer_id=officer_id), customer

    @staticmethod
    def _flush(session: Session) -> None:
        try:
            session.flush()
        except StaleDataError:
            raise StaleRecord(CHANGED_ELSEWHERE) from None


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFound(CUSTOMER_NOT_FOUND)
    return customer


def _brief(customer: Customer) -> CustomerBrief:
    return CustomerBrief(
        id=customer.id,
        name=customer.name,
        phone=customer.phone or "",
        township=customer.township,
        village=customer.village,
        officer_id=customer.officer_id,
        officer_name=customer.officer.display_name if customer.officer else "",
        archived=customer.archived_at is not None,
    )


_SIMPLE_FIELDS = (
    "officer_id",
    "status",
    "visit_type",
    "mode",
    "visit_date",
    "township",
    "village",
    "attendees",
    "purpose",
    "production_condition",
    "problems",
    "needs",
    "services_offered",
    "notes",
    "next_visit_date",
    "satisfaction",
)


def _set_if_changed(target: object, field: str, value: object) -> bool:
    if getattr(target, field) == value:
        return False
    setattr(target, field, value)
    return True


def _apply(visit: Visit, data: VisitInput) -> bool:
    changed = False
    for field in _SIMPLE_FIELDS:
        changed |= _set_if_changed(visit, field, getattr(data, field))
    actual_at = None
    if data.status is VisitStatus.DONE and data.visit_time is not None:
        assert data.visit_date is not None
        local = dt.datetime.combine(data.visit_date, data.visit_time).astimezone()
        actual_at = local.astimezone(dt.UTC)
    changed |= _set_if_changed(visit, "actual_at", actual_at)
    return changed


def _sync_follow_ups(session: Session, visit: Visit, wanted: Sequence[FollowUpInput]) -> bool:
    by_id = {item.id: item for item in visit.follow_ups if not item.deleted}
    changed = False
    kept: set[int] = set()
    for entry in wanted:
        item = by_id.get(entry.id) if entry.id is not None else None
        if item is None:
            item = FollowUpAction(visit=visit)
            session.add(item)
            changed = True
        else:
            kept.add(item.id)
        changed |= _set_if_changed(item, "description", entry.description)
        changed |= _set_if_changed(item, "due_date", entry.due_date)
        if entry.done and item.done_at is None:
            item.done_at = utcnow()
            changed = True
        elif not entry.done and item.done_at is not None:
            item.done_at = None
            changed = True
    for item_id, item in by_id.items():
        if item_id not in kept:
            item.deleted = True
            changed = True
    return changed


def _feed_needs(customer: Customer, data: VisitInput) -> None:
    """Needs found on a visit that took place join the customer's file."""
    if data.status is VisitStatus.DONE and not data.needs <= customer.needs:
        customer.needs = frozenset(customer.needs | data.needs)
        customer.updated_at = utcnow()


def _detail(
    visit: Visit, folder: Path, attachments: tuple[AttachmentView, ...] | None = None
) -> VisitDetail:
    from agricrm.services.attachments import attachment_views_for

    if attachments is None:
        attachments = attachment_views_for(folder, visit)
    return VisitDetail(
        id=visit.id,
        uuid=visit.uuid,
        number=visit.number,
        row_version=visit.row_version,
        customer_id=visit.customer_id,
        customer_name=visit.customer.name,
        officer_id=visit.officer_id,
        officer_name=visit.officer.display_name if visit.officer else "",
        status=visit.status,
        visit_type=visit.visit_type,
        mode=visit.mode,
        visit_date=visit.visit_date,
        planned_date=visit.planned_date,
        actual_at=visit.actual_at,
        township=visit.township,
        village=visit.village,
        attendees=visit.attendees,
        purpose=visit.purpose,
        production_condition=visit.production_condition,
        problems=visit.problems,
        needs=visit.needs,
        services_offered=visit.services_offered,
        notes=visit.notes,
        next_visit_date=visit.next_visit_date,
        satisfaction=visit.satisfaction,
        created_at=visit.created_at,
        updated_at=visit.updated_at,
        follow_ups=tuple(
            FollowUpView(item.id, item.description, item.due_date, item.done_at)
            for item in visit.follow_ups
            if not item.deleted
        ),
        attachments=attachments,
    )


# ---------------------------------------------------------------------------- the visit list

_SORT_COLUMNS: dict[VisitSort, ColumnElement[object]] = {
    VisitSort.NUMBER: Visit.number,
    VisitSort.DATE: Visit.visit_date,
    VisitSort.CUSTOMER: Customer.name_pinyin,
    VisitSort.TYPE: Visit.visit_type,
    VisitSort.STATUS: Visit.status,
    VisitSort.MODE: Visit.mode,
    VisitSort.VILLAGE: Visit.village,
    VisitSort.OFFICER: User.display_name,
    VisitSort.SATISFACTION: Visit.satisfaction,
}


def _visit_statement(session: Session, actor: Actor, query: VisitQuery) -> Select[tuple[int]]:
    conditions: list[ColumnElement[bool]] = [Visit.deleted == false()]
    joined_customer = False
    if not actor.is_manager or query.sort is VisitSort.CUSTOMER or query.customer_text.strip():
        joined_customer = True
    for column, value in (
        (Visit.officer_id, query.officer_id),
        (Visit.visit_type, query.visit_type),
        (Visit.status, query.status),
        (Visit.township, query.township),
        (Visit.village, query.village),
        (Visit.customer_id, query.customer_id),
    ):
        if value is not None:
            conditions.append(column == value)
    if query.date_from is not None:
        conditions.append(Visit.visit_date >= query.date_from)
    if query.date_to is not None:
        conditions.append(Visit.visit_date <= query.date_to)
    visit_number = number_prefix(query.customer_text)
    if visit_number is not None and visit_number.startswith(VISIT_PREFIX):
        # the search box takes a visit number too (ZF20261203-…): found by its index
        conditions += [Visit.number >= visit_number, Visit.number < visit_number + "\uffff"]
    elif query.customer_text.strip():
        customers = customer_conditions(
            session, actor, CustomerQuery(text=query.customer_text, include_archived=True)
        )
        conditions.append(Visit.customer_id.in_(select(Customer.id).where(and_(*customers))))
    if not actor.is_manager:
        conditions.append(policy.visible_customers(actor))
    statement = select(Visit.id)
    if joined_customer:
        statement = statement.join(Customer, Customer.id == Visit.customer_id)
    if query.sort is VisitSort.OFFICER:
        statement = statement.outerjoin(User, User.id == Visit.officer_id)
    keys = [_SORT_COLUMNS[query.sort]]
    if query.sort is not VisitSort.DATE:
        keys.append(Visit.visit_date)
    keys.append(Visit.id)
    ordering = [key.desc() if query.descending else key.asc() for key in keys]
    return statement.where(and_(*conditions)).order_by(*ordering)


def search_visit_ids(db: Database, actor: Actor, query: VisitQuery) -> list[int]:
    """Ids of the visits the actor may see that match, in the requested order."""
    with db.read() as session:
        return fetch_ids(session, _visit_statement(session, actor, query))


def visit_rows(db: Database, actor: Actor, ids: Sequence[int]) -> dict[int, VisitRow]:
    if not ids:
        return {}
    statement = (
        select(
            Visit.id,
            Visit.number,
            Visit.visit_date,
            Visit.status,
            Visit.visit_type,
            Visit.mode,
            Visit.customer_id,
            Customer.name,
            Visit.township,
            Visit.village,
            func.coalesce(User.display_name, literal_column("''")),
            Visit.purpose,
            Visit.production_condition,
            Visit.satisfaction,
            Visit.next_visit_date,
        )
        .join(Customer, Customer.id == Visit.customer_id)
        .outerjoin(User, User.id == Visit.officer_id)
        .where(Visit.id.in_(list(ids)), Visit.deleted == false(), policy.visible_customers(actor))
    )
    with db.read() as session:
        return {row[0]: VisitRow(*row) for row in session.execute(statement)}


DETAIL_BATCH = 500  # visits per IN (...) list


def visit_details(db: Database, actor: Actor, ids: Sequence[int]) -> dict[int, VisitDetail]:
    """Many visits in full at once (printed batches): a few queries per 500 visits, not per
    visit.  Visits the actor may not see, deleted ones and unknown ids are left out."""
    folder = attachments_folder(db.path)
    found: dict[int, VisitDetail] = {}
    wanted = list(ids)
    with db.read() as session:
        for start in range(0, len(wanted), DETAIL_BATCH):
            chunk = wanted[start : start + DETAIL_BATCH]
            visits = session.scalars(
                select(Visit)
                .join(Customer, Customer.id == Visit.customer_id)
                .where(
                    Visit.id.in_(chunk),
                    Visit.deleted == false(),
                    Customer.deleted == false(),
                    policy.visible_customers(actor),
                )
                .options(
                    contains_eager(Visit.customer),
                    selectinload(Visit.follow_ups),
                    selectinload(Visit.officer),
                )
            ).all()
            from agricrm.services.attachments import attachment_views_by_visit

            attachments = attachment_views_by_visit(session, folder, [v.id for v in visits])
            for visit in visits:
                found[visit.id] = _detail(visit, folder, attachments.get(visit.id, ()))
    return found
