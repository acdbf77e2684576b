"""Creating, editing, archiving and moving customers through admission.

Each method is one transaction: the customer, its production items and loans, its status
history and its search index entries are saved together or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.db.types import utcnow
from agricrm.domain import lifecycle
from agricrm.domain.customer import (
    ID_REQUIRED_FOR_STATUS,
    CustomerInput,
    LoanInput,
    ProductionItemInput,
    needs_valid_id,
    normalize_and_check,
)
from agricrm.domain.enums import CustomerStatus
from agricrm.domain.errors import (
    AgriCrmError,
    FieldError,
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationFailed,
)
from agricrm.domain.household import HouseholdMemberInput
from agricrm.i18n import QT_TRANSLATE_NOOP, Message
from agricrm.models import (
    Customer,
    CustomerProduct,
    CustomerStatusChange,
    HouseholdMember,
    Loan,
    ProductionItem,
    User,
)
from agricrm.services import policy
from agricrm.services.actor import Actor
from agricrm.services.classes import refresh_classes
from agricrm.services.customer_data import (
    CustomerDetail,
    HouseholdMemberView,
    LoanView,
    ProductHeldView,
    ProductionItemView,
    StatusChangeView,
)
from agricrm.services.customer_index import IndexSource, remove_from_index, write_index
from agricrm.services.schedule import refresh_schedule
from agricrm.services.villages import village_exists

CUSTOMER_NOT_FOUND = QT_TRANSLATE_NOOP("Customers", "The customer does not exist or was deleted.")
DUPLICATE_ID_NUMBER = QT_TRANSLATE_NOOP(
    "Customers",
    "This ID number already belongs to {name} ({village}, officer {officer}).",
)
DUPLICATE_ID_NUMBER_ARCHIVED = QT_TRANSLATE_NOOP(
    "Customers",
    "This ID number already belongs to {name} ({village}), whose file is archived; "
    "restore that file instead.",
)
DUPLICATE_ID_NUMBER_RACE = QT_TRANSLATE_NOOP(
    "Customers", "This ID number was just saved for another customer; search for it first."
)
UNKNOWN_VILLAGE = QT_TRANSLATE_NOOP(
    "Customers", "{village} is not in the village list of {township}."
)
UNKNOWN_OFFICER = QT_TRANSLATE_NOOP("Customers", "The chosen officer does not exist.")
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Customers",
    "Someone else changed this customer after you opened it. Close the form and open it again.",
)
ARCHIVED_READ_ONLY = QT_TRANSLATE_NOOP(
    "Customers", "This customer's file is archived; restore it before editing."
)
STATUS_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Customers", "A customer cannot go from {current} to {target}."
)
APPROVAL_MANAGER_ONLY = QT_TRANSLATE_NOOP(
    "Customers", "Only a branch manager can approve an admission review."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("Customers", "Give a reason for the change.")
ALREADY_ARCHIVED = QT_TRANSLATE_NOOP("Customers", "This customer's file is already archived.")
NOT_ARCHIVED = QT_TRANSLATE_NOOP("Customers", "This customer's file is not archived.")

ADD_VILLAGE_ACTION = "add_village"

_SIMPLE_FIELDS = (
    "name",
    "gender",
    "birth_date",
    "keeps_lunar_birthday",
    "ethnicity",
    "education",
    "household_size",
    "household_code",
    "landline",
    "province",
    "city",
    "county",
    "township",
    "village",
    "address_detail",
    "business_mode",
    "land_area_mu",
    "annual_income",
    "technology_notes",
    "credit_grade",
    "credit_notes",
    "cooperation_since",
    "deposit_balance",
    "deposit_average",
    "deposits_read_on",
    "card_level",
    "needs",
    "needs_notes",
    "notes",
    "officer_id",
    "tags",
)
_ITEM_FIELDS = ("kind", "name", "quantity", "unit", "cycle", "notes")
_MEMBER_FIELDS = ("name", "relation", "id_number", "phone", "notes")
_LOAN_FIELDS = (
    "lender",
    "product",
    "amount",
    "balance",
    "start_date",
    "due_date",
    "classification",
    "guarantee_type",
    "notes",
)


class CustomerService:
    def __init__(self, db: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db = db
        self._today = today

    def get(self, actor: Actor, customer_id: int) -> CustomerDetail:
        with self._db.read() as session:
            return customer_detail(self._load(session, actor, customer_id))

    def check(
        self, actor: Actor, data: CustomerInput, customer_id: int | None = None
    ) -> list[FieldError]:
        """Every problem saving `data` would meet, without saving (for a form's feedback)."""
        with self._db.read() as session:
            status = lifecycle.INITIAL_STATUS
            if customer_id is not None:
                status = self._load(session, actor, customer_id).status
            try:
                self._validated(session, data, customer_id, status)
            except ValidationFailed as failure:
                return list(failure.errors)
            return []

    def create(self, actor: Actor, data: CustomerInput) -> CustomerDetail:
        if data.officer_id is None and not actor.is_manager:
            data = dataclasses.replace(data, officer_id=actor.user_id)
        policy.ensure_can_assign(actor, data.officer_id)
        with self._db.write(actor, Cause.FORM) as session:
            clean = self._validated(session, data, None, CustomerStatus.PROSPECT)
            customer = Customer(status=lifecycle.INITIAL_STATUS)
            _apply(customer, clean)
            session.add(customer)
            _sync_children(session, customer, clean)
            session.add(
                CustomerStatusChange(
                    customer=customer,
                    from_status=None,
                    to_status=lifecycle.INITIAL_STATUS,
                    changed_by_id=actor.user_id,
                    changed_at=utcnow(),
                )
            )
            self._flush(session)
            write_index(writer_of(session), [_index_source(customer)])
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])
            return customer_detail(customer)

    def update(
        self, actor: Actor, customer_id: int, data: CustomerInput, expected_version: int
    ) -> CustomerDetail:
        with self._db.write(actor, Cause.FORM) as session:
            customer = self._load(session, actor, customer_id)
            policy.ensure_can_edit_customer(actor, customer.officer_id)
            if customer.row_version != expected_version:
                raise StaleRecord(CHANGED_ELSEWHERE)
            if customer.archived_at is not None:
                raise AgriCrmError(ARCHIVED_READ_ONLY)
            if data.officer_id != customer.officer_id:
                policy.ensure_can_assign(actor, data.officer_id)
            clean = self._validated(session, data, customer.id, customer.status)
            changed = _apply(customer, clean)
            changed |= _sync_children(session, customer, clean)
            if changed:
                customer.updated_at = utcnow()
            self._flush(session)
            write_index(writer_of(session), [_index_source(customer)])
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])
            return customer_detail(customer)

    def change_status(
        self,
        actor: Actor,
        customer_id: int,
        target: CustomerStatus,
        reason: str,
        expected_version: int | None = None,
    ) -> CustomerDetail:
        reason = reason.strip()
        if not reason:
            raise ValidationFailed([FieldError("reason", REASON_REQUIRED)])
        with self._db.write(actor, Cause.FORM) as session:
            customer = self._load(session, actor, customer_id)
            policy.ensure_can_edit_customer(actor, customer.officer_id)
            if expected_version is not None and customer.row_version != expected_version:
                raise StaleRecord(CHANGED_ELSEWHERE)
            current = customer.status
            if target not in lifecycle.allowed_targets(current):
                raise AgriCrmError(STATUS_NOT_ALLOWED(current=current.label, target=target.label))
            if not lifecycle.may_change(actor.role, current, target):
                raise PermissionDenied(APPROVAL_MANAGER_ONLY)
            if needs_valid_id(target) and not customer.id_number:
                raise ValidationFailed(
                    [FieldError("id_number", ID_REQUIRED_FOR_STATUS(status=target.label))]
                )
            customer.status = target
            customer.status_changes.append(
                CustomerStatusChange(
                    from_status=current,
                    to_status=target,
                    changed_by_id=actor.user_id,
                    changed_at=utcnow(),
                    reason=reason,
                )
            )
            self._flush(session)
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])
            return customer_detail(customer)

    def archive(self, actor: Actor, customer_id: int, expected_version: int) -> CustomerDetail:
        return self._set_archived(actor, customer_id, expected_version, archived=True)

    def restore(self, actor: Actor, customer_id: int, expected_version: int) -> CustomerDetail:
        return self._set_archived(actor, customer_id, expected_version, archived=False)

    def _set_archived(
        self, actor: Actor, customer_id: int, expected_version: int, *, archived: bool
    ) -> CustomerDetail:
        with self._db.write(actor, Cause.FORM) as session:
            customer = self._load(session, actor, customer_id)
            policy.ensure_can_edit_customer(actor, customer.officer_id)
            if customer.row_version != expected_version:
                raise StaleRecord(CHANGED_ELSEWHERE)
            if archived == (customer.archived_at is not None):
                raise AgriCrmError(ALREADY_ARCHIVED if archived else NOT_ARCHIVED)
            customer.archived_at = utcnow() if archived else None
            self._flush(session)
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])
            return customer_detail(customer)

    def delete(self, actor: Actor, customer_id: int, expected_version: int) -> None:
        """Soft-delete a file entered by mistake (a duplicate); the deletion can be synced."""
        policy.ensure_manager(actor)
        with self._db.write(actor, Cause.FORM) as session:
            customer = self._load(session, actor, customer_id)
            if customer.row_version != expected_version:
                raise StaleRecord(CHANGED_ELSEWHERE)
            customer.deleted = True
            for child in (
                *customer.production_items,
                *customer.loans,
                *customer.household_members,
                *customer.products,
            ):
                child.deleted = True
            self._flush(session)
            remove_from_index(writer_of(session), [customer.id])
            refresh_classes(writer_of(session), [customer.id])
            refresh_schedule(writer_of(session), [customer.id])

    def _load(self, session: Session, actor: Actor, customer_id: int) -> Customer:
        customer = session.scalar(
            select(Customer)
            .where(Customer.id == customer_id, ~Customer.deleted)
            .options(
                selectinload(Customer.production_items),
                selectinload(Customer.loans),
                selectinload(Customer.household_members),
                selectinload(Customer.products).selectinload(CustomerProduct.product),
                selectinload(Customer.status_changes).selectinload(CustomerStatusChange.changed_by),
                selectinload(Customer.officer),
            )
        )
        if customer is None:
            raise NotFound(CUSTOMER_NOT_FOUND)
        policy.ensure_can_see_customer(actor, customer.officer_id)
        return customer

    def _validated(
        self,
        session: Session,
        data: CustomerInput,
        customer_id: int | None,
        status: CustomerStatus,
    ) -> CustomerInput:
        clean, errors = normalize_and_check(data, self._today())
        if clean.id_number and not any(e.field == "id_number" for e in errors):
            duplicate = _duplicate_message(session, clean.id_number, customer_id)
            if duplicate is not None:
                errors.append(FieldError("id_number", duplicate))
        if needs_valid_id(status) and not clean.id_number:
            errors.append(FieldError("id_number", ID_REQUIRED_FOR_STATUS(status=status.label)))
        if (
            clean.township
            and clean.village
            and not village_exists(session, clean.township, clean.village)
        ):
            errors.append(
                FieldError(
                    "village",
                    UNKNOWN_VILLAGE(village=clean.village, township=clean.township),
                    action=ADD_VILLAGE_ACTION,
                )
            )
        if clean.officer_id is not None:
            officer = session.get(User, clean.officer_id)
            if officer is None or officer.deleted or not officer.active:
                errors.append(FieldError("officer_id", UNKNOWN_OFFICER))
        if errors:
            raise ValidationFailed(errors)
        return clean

    @staticmethod
    def _flush(session: Session) -> None:
        try:
            session.flush()
        except StaleDataError:
            raise StaleRecord(CHANGED_ELSEWHERE) from None
        except IntegrityError as error:
            if "id_number" in str(error.orig):
                raise ValidationFailed(
                    [FieldError("id_number", DUPLICATE_ID_NUMBER_RACE)]
                ) from None
            raise


def _duplicate_message(session: Session, id_number: str, customer_id: int | None) -> Message | None:
    row = session.execute(
        select(
            Customer.name,
            Customer.township,
            Customer.village,
            Customer.archived_at,
            User.display_name,
        )
        .outerjoin(User, User.id == Customer.officer_id)
        .where(
            Customer.id_number == id_number, ~Customer.deleted, Customer.id != (customer_id or 0)
        )
    ).first()
    if row is None:
        return None
    name, township, village, archived_at, officer = row
    place = f"{township}{village}"
    if archived_at is not None:
        return DUPLICATE_ID_NUMBER_ARCHIVED(name=name, village=place)
    return DUPLICATE_ID_NUMBER(name=name, village=place, officer=officer or "-")


def _set_if_changed(target: object, field: str, value: object) -> bool:
    if getattr(target, field) == value:
        return False
    setattr(target, field, value)
    return True


def _apply(customer: Customer, data: CustomerInput) -> bool:
    from agricrm.domain.pinyin import name_readings

    changed = False
    for field in _SIMPLE_FIELDS:
        changed |= _set_if_changed(customer, field, getattr(data, field))
    changed |= _set_if_changed(customer, "id_number", data.id_number or None)
    changed |= _set_if_changed(customer, "phone", data.phone or None)
    changed |= _set_if_changed(customer, "name_pinyin", name_readings(data.name).sort_key)
    return changed


def _sync_list(
    existing: Sequence[Any],
    wanted: Sequence[ProductionItemInput] | Sequence[LoanInput] | Sequence[HouseholdMemberInput],
    fields: Sequence[str],
    make: Callable[[], Any],
) -> bool:
    """Update rows kept by id, add new ones, soft-delete the ones the form dropped."""
    by_id = {row.id: row for row in existing if not row.deleted}
    changed = False
    kept: set[int] = set()
    for entry in wanted:
        row = by_id.get(entry.id) if entry.id is not None else None
        if row is None:
            row = make()
            changed = True
        else:
            kept.add(row.id)
        for field in fields:
            changed |= _set_if_changed(row, field, getattr(entry, field))
    for row_id, row in by_id.items():
        if row_id not in kept:
            row.deleted = True
            changed = True
    return changed


def _sync_children(session: Session, customer: Customer, data: CustomerInput) -> bool:
    def new_item() -> ProductionItem:
        item = ProductionItem(customer=customer)
        session.add(item)
        return item

    def new_loan() -> Loan:
        loan = Loan(customer=customer)
        session.add(loan)
        return loan

    def new_member() -> HouseholdMember:
        member = HouseholdMember(customer=customer)
        session.add(member)
        return member

    changed = _sync_list(customer.production_items, data.production_items, _ITEM_FIELDS, new_item)
    changed |= _sync_list(customer.loans, data.loans, _LOAN_FIELDS, new_loan)
    changed |= _sync_list(
        customer.household_members, data.household_members, _MEMBER_FIELDS, new_member
    )
    changed |= _sync_products(session, customer, data)
    return changed


def _sync_products(session: Session, customer: Customer, data: CustomerInput) -> bool:
    """The products held, keyed by product: a product no longer held is marked deleted (so
    the change travels), one held again is a new holding."""
    held = {row.product_id: row for row in customer.products if not row.deleted}
    wanted = {entry.product_id: entry for entry in data.products}
    changed = False
    for product_id, entry in wanted.items():
        row = held.get(product_id)
        if row is None:
            session.add(
                CustomerProduct(customer=customer, product_id=product_id, since=entry.since)
            )
            changed = True
        else:
            changed |= _set_if_changed(row, "since", entry.since)
    for product_id, row in held.items():
        if product_id not in wanted:
            row.deleted = True
            changed = True
    return changed


def _index_source(customer: Customer) -> IndexSource:
    return IndexSource(
        customer.id, customer.name, customer.phone, customer.id_number, customer.address_detail
    )


def customer_detail(customer: Customer, *, in_brief: bool = False) -> CustomerDetail:
    """The snapshot of a loaded customer (its items, loans, status history and officer);
    `in_brief` leaves the items and the history empty and does not touch them, so they need
    not be loaded."""
    return CustomerDetail(
        id=customer.id,
        uuid=customer.uuid,
        number=customer.number,
        row_version=customer.row_version,
        name=customer.name,
        gender=customer.gender,
        birth_date=customer.birth_date,
        keeps_lunar_birthday=customer.keeps_lunar_birthday,
        id_number=customer.id_number or "",
        phone=customer.phone or "",
        landline=customer.landline,
        ethnicity=customer.ethnicity,
        education=customer.education,
        household_size=customer.household_size,
        household_code=customer.household_code,
        province=customer.province,
        city=customer.city,
        county=customer.county,
        township=customer.township,
        village=customer.village,
        address_detail=customer.address_detail,
        business_mode=customer.business_mode,
        land_area_mu=customer.land_area_mu,
        annual_income=customer.annual_income,
        technology_notes=customer.technology_notes,
        credit_grade=customer.credit_grade,
        credit_notes=customer.credit_notes,
        cooperation_since=customer.cooperation_since,
        deposit_balance=customer.deposit_balance,
        deposit_average=customer.deposit_average,
        deposits_read_on=customer.deposits_read_on,
        card_level=customer.card_level,
        needs=customer.needs,
        needs_notes=customer.needs_notes,
        notes=customer.notes,
        status=customer.status,
        officer_id=customer.officer_id,
        officer_name=customer.officer.display_name if customer.officer else "",
        tags=customer.tags,
        archived_at=customer.archived_at,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        production_items=tuple(
            ProductionItemView(
                item.id, item.kind, item.name, item.quantity, item.unit, item.cycle, item.notes
            )
            for item in ([] if in_brief else customer.production_items)
            if not item.deleted
        ),
        loans=tuple(
            LoanView(
                loan.id,
                loan.lender,
                loan.product,
                loan.amount,
                loan.balance,
                loan.start_date,
                loan.due_date,
                loan.classification,
                loan.guarantee_type,
                loan.notes,
            )
            for loan in customer.loans
            if not loan.deleted
        ),
        products=tuple(
            ProductHeldView(p.product_id, p.product.code, p.product.name, p.since)
            for p in ([] if in_brief else customer.products)
            if not p.deleted
        ),
        household_members=tuple(
            HouseholdMemberView(m.id, m.name, m.relation, m.id_number, m.phone, m.notes)
            for m in ([] if in_brief else customer.household_members)
            if not m.deleted
        ),
        status_history=tuple(
            StatusChangeView(
                change.from_status,
                change.to_status,
                change.changed_by.display_name if change.changed_by else "",
                change.changed_at,
                change.reason,
            )
            for change in ([] if in_brief else customer.status_changes)
        ),
    )
