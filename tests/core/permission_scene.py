"""Another officer's data, made through the real services on a copy of the demo branch.

The demo branch's officer 李强 (`liqiang`) gets a customer with a visit planned for the demo's
today (with a follow-up action and a photo), a photo on the file, a birthday call, a complaint
about the customer and one from an unregistered caller, both handled by him; then a second
device (a laptop that took a full package) and the branch change the same records, and the
branch imports the laptop's package, so conflicts wait on 李强's customer (the file, a loan,
the complaint), on a customer of 王芳 (`wangfang`) and her loan, and on a customer of 李强's
that the laptop gave to 王芳.  The branch has a name in its profile.  Built once per test
module; tests get copies (with the attachments folder).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from agricrm.db.database import Database, open_database
from agricrm.db.files import attachments_folder
from agricrm.domain.care import CareInput
from agricrm.domain.visits import FollowUpInput, VisitStatus, VisitType
from agricrm.models import Complaint, Customer, CustomerClasses, Loan
from agricrm.services.actor import Actor
from agricrm.services.attachments import add_attachment
from agricrm.services.care import log_care
from agricrm.services.complaints import get_complaint, receive_complaint, update_complaint
from agricrm.services.customers import CustomerService
from agricrm.services.settings import BranchProfile, save_branch_profile
from agricrm.services.sync_export import export_package
from agricrm.services.sync_import import apply_import
from agricrm.services.users import resolve_actor
from agricrm.services.visits import VisitService
from tests.conftest import DEMO_AS_OF
from tests.core.complaint_helpers import T0, caller_intake

NOW = dt.datetime.combine(DEMO_AS_OF, dt.time(15, 0))  # the demo's today, local
BRANCH = "岸堤支行"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass(frozen=True)
class SceneIds:
    customer_id: int  # 李强's customer, with a loan
    customer_uuid: str
    customer_name: str
    township: str
    village: str
    visit_id: int  # planned for the demo's today
    visit_uuid: str
    follow_up_id: int
    attachment_id: int  # the photo on the customer's file
    complaint_id: int  # about the customer, handled by 李强
    complaint_number: str
    caller_complaint_id: int  # an unregistered caller's, handled by 李强
    own_customer_id: int  # 王芳's customer with a conflict
    given_customer_id: int  # 李强's customer the laptop gave to 王芳
    given_customer_uuid: str


@dataclass(frozen=True)
class Scene:
    db: Database
    ids: SceneIds
    package: Path  # the laptop's package, already imported here once
    folder: Path  # a private folder for files the test writes
    officer: Actor  # 王芳, looking at 李强's data
    other: Actor  # 李强, whose data it is
    manager: Actor
    admin: Actor


def _customer_with_a_loan(
    db: Database, officer: Actor, skip: int = 0, dormant: bool = False
) -> int:
    """The officer's first customer with one loan (after `skip`); with `dormant`, the first
    whose activity is 沉睡, so that the scene's care call wakes them and records a change."""
    with db.read() as session:
        statement = select(Customer.id).join(Loan, Loan.customer_id == Customer.id)
        if dormant:
            statement = statement.join(
                CustomerClasses, CustomerClasses.customer_id == Customer.id
            ).where(CustomerClasses.activity == "dormant")
        return session.scalars(
            statement.where(
                Customer.officer_id == officer.user_id,
                Customer.archived_at.is_(None),
                ~Customer.deleted,
                ~Loan.deleted,
            )
            .group_by(Customer.id)
            .having(func.count(Loan.id) == 1)  # one conflict of loans per edited customer
            .order_by(Customer.id)
            .offset(skip)
            .limit(1)
        ).one()


def _edit(db: Database, actor: Actor, customer_id: int, notes: str, **changes: object) -> None:
    service = CustomerService(db, lambda: DEMO_AS_OF)
    detail = service.get(actor, customer_id)
    data = dataclasses.replace(detail.to_input(), notes=notes, **changes)
    data.loans[0].notes = notes  # so the loan, a record of the customer's, conflicts too
    service.update(actor, customer_id, data, detail.row_version)


def _same(branch: Database, side: Database, model: type[Customer | Complaint], id_: int) -> int:
    """The id on `side` of the branch's record `id_` (ids are local; uuids travel)."""
    with branch.read() as session:
        uuid = session.scalar(select(model.uuid).where(model.id == id_))
    with side.read() as session:
        return int(session.scalar(select(model.id).where(model.uuid == uuid)))


def build_scene(demo_template: Path, folder: Path) -> tuple[Path, Path, SceneIds]:
    """The branch database and the laptop's package in `folder`, and what tests look for."""
    path = folder / "branch.db"
    shutil.copyfile(demo_template, path)
    db = open_database(path)
    try:
        return path, *_fill(db, folder)
    finally:
        db.close()


def _fill(db: Database, folder: Path) -> tuple[Path, SceneIds]:
    admin, other = resolve_actor(db), resolve_actor(db, "liqiang")
    officer = resolve_actor(db, "wangfang")
    save_branch_profile(db, admin, BranchProfile(BRANCH))
    customer_id = _customer_with_a_loan(db, other, dormant=True)
    given_id = next(
        found
        for skip in range(3)
        if (found := _customer_with_a_loan(db, other, skip=skip)) != customer_id
    )
    own_id = _customer_with_a_loan(db, officer)
    visits = VisitService(db, now=lambda: NOW)
    data = visits.new_input(
        other,
        customer_id,
        status=VisitStatus.PLANNED,
        visit_type=VisitType.RETURN,
        purpose="回访春耕",
        follow_ups=[FollowUpInput(description="送农资目录", due_date=DEMO_AS_OF)],
    )
    visit = visits.create(other, data)
    photo = folder / "田间.png"
    photo.write_bytes(PNG)
    attachment = add_attachment(db, other, photo, customer_id=customer_id)
    add_attachment(db, other, photo, visit_id=visit.id)
    log_care(db, other, CareInput(customer_id=customer_id, notes="生日电话"))
    complaint = receive_complaint(
        db, other, caller_intake(customer_id=customer_id, caller_name="", caller_phone="")
    )
    caller = receive_complaint(db, other, caller_intake(received_at=T0 + dt.timedelta(days=1)))

    laptop_path = folder / "laptop.db"
    full = folder / "full.xlsx"
    export_package(db, admin, full)
    laptop = open_database(laptop_path)
    try:
        laptop_admin = resolve_actor(laptop)
        apply_import(laptop, laptop_admin, full)
        for side, actor, notes in ((db, admin, "支行核实"), (laptop, laptop_admin, "笔记本记录")):
            for branch_id in (customer_id, own_id):
                _edit(side, actor, _same(db, side, Customer, branch_id), notes)
            complaint_id = _same(db, side, Complaint, complaint.id)
            detail = get_complaint(side, actor, complaint_id)
            changed = dataclasses.replace(detail.to_input(), description=f"{notes}：贷款迟迟未批")
            update_complaint(side, actor, complaint_id, changed, detail.row_version)
        _edit(db, admin, given_id, "支行核实")
        _edit(
            laptop,
            laptop_admin,
            _same(db, laptop, Customer, given_id),
            "改由王芳负责",
            officer_id=resolve_actor(laptop, "wangfang").user_id,
        )
        package = folder / "laptop.xlsx"
        export_package(laptop, laptop_admin, package, since_last=True)
    finally:
        laptop.close()
    assert apply_import(db, admin, package).conflicts >= 4
    detail = visits.get(other, visit.id)
    with db.read() as session:
        customer = session.get(Customer, customer_id)
        given = session.get(Customer, given_id)
        assert customer is not None and given is not None
        ids = SceneIds(
            customer_id=customer_id,
            customer_uuid=customer.uuid,
            customer_name=customer.name,
            township=customer.township,
            village=customer.village,
            visit_id=visit.id,
            visit_uuid=visit.uuid,
            follow_up_id=detail.follow_ups[0].id,
            attachment_id=attachment.id,
            complaint_id=complaint.id,
            complaint_number=complaint.number,
            caller_complaint_id=caller.id,
            own_customer_id=own_id,
            given_customer_id=given_id,
            given_customer_uuid=given.uuid,
        )
    return package, ids


def copy_scene(branch: Path, package: Path, target: Path) -> tuple[Path, Path]:
    """A private copy of the branch (and its attachments) and of the package in `target`."""
    path = target / branch.name
    shutil.copyfile(branch, path)
    shutil.copytree(attachments_folder(branch), attachments_folder(path))
    copied = target / package.name
    shutil.copyfile(package, copied)
    return path, copied
