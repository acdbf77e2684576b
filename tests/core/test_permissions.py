"""Who may see and do what, use case by use case: the permissions table.

Every service use case is called by an officer (王芳), a branch manager and an administrator
on another officer's data (李强's customer, visit, follow-up, photo, care, complaints,
conflicts; see `permission_scene`), reads included.  Each row says what each role gets:

- DENIED: refused with `PermissionDenied`, nothing written (as for every refusal below);
- UNSEEN: `NotFound`, as if the record did not exist (an officer learns nothing of a
  colleague's complaints, not even that they exist);
- REJECTED: an import refused as a whole (`ImportRejected`), its report naming the rows;
- LEFT_OUT: allowed, but the other officer's data is left out of the result;
- YES: allowed, and the result holds the other officer's data (or the change is made).

Use cases of the whole branch (its settings, rules, village list) have the same rows: they
show who may read and who may change them.  A test checks that every public service
function taking an actor has a row, so a new use case cannot slip past the table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from agricrm.db.database import open_database
from agricrm.db.door import Cause
from agricrm.domain import lifecycle
from agricrm.domain.care import CareInput
from agricrm.domain.classification.facts import CreditStatus, Dimension
from agricrm.domain.complaints import ComplaintStatus, InvestigateStep
from agricrm.domain.errors import NotFound, PermissionDenied
from agricrm.domain.period import parse_period
from agricrm.i18n import untranslated
from agricrm.models import (
    AppSetting,
    Base,
    Customer,
    CustomerClasses,
    CustomerSchedule,
    NamedListAssignment,
    SyncConflict,
    SyncCounter,
)
from agricrm.services import (
    attachments,
    call_list,
    care,
    class_effect,
    classes,
    complaint_search,
    complaint_settings,
    complaint_stats,
    complaints,
    credit_override,
    customer_search,
    named_list,
    named_list_rules,
    products,
    record_series,
    register_import,
    register_villages,
    report_sections,
    reports,
    saved_segments,
    schedule,
    segments,
    settings,
    strategy,
    summary,
    sync_conflicts,
    sync_export,
    sync_import,
    sync_merge,
    today,
    users,
    villages,
    visit_summary,
    visits,
)
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import ComplaintQuery
from agricrm.services.customer_data import CustomerDetail, CustomerQuery
from agricrm.services.customers import CustomerService
from agricrm.services.summary import OfficerRef, SummaryScope
from agricrm.services.users import resolve_actor
from agricrm.services.visit_data import VisitDetail, VisitQuery
from agricrm.services.visits import VisitService
from tests.conftest import DEMO_AS_OF
from tests.core.complaint_helpers import caller_intake
from tests.core.helpers import valid_input
from tests.core.pdf_helpers import all_text
from tests.core.permission_scene import (
    BRANCH,
    NOW,
    PNG,
    Scene,
    SceneIds,
    build_scene,
    copy_scene,
)
from tests.core.test_service_actors import public_functions, service_modules, takes_actor


@dataclass(frozen=True)
class Outcome:
    name: str
    refusal: type[Exception] | None = None

    def __repr__(self) -> str:
        return self.name


DENIED = Outcome("DENIED", PermissionDenied)
UNSEEN = Outcome("UNSEEN", NotFound)
REJECTED = Outcome("REJECTED", sync_import.ImportRejected)
LEFT_OUT = Outcome("LEFT_OUT")
YES = Outcome("YES")

Call = Callable[[Scene, Actor], Any]
Shows = Callable[[Scene, Any], bool]


@dataclass(frozen=True)
class UseCase:
    function: str  # as the enumeration names it: module.function or module.Class.method
    outcomes: tuple[Outcome, Outcome, Outcome]  # for an officer, a manager, an administrator
    call: Call
    shows: Shows  # does the result hold the other officer's data (is the change made)?
    variant: str = ""
    prepare: Callable[[Scene], object] | None = None  # done by an administrator first

    @property
    def label(self) -> str:
        return f"{self.function}[{self.variant}]" if self.variant else self.function


# ------------------------------------------------------------------ the scene's values

OPTIONS = reports.ReportOptions(
    today=DEMO_AS_OF, printed_at=dt.datetime(2026, 6, 30, 8, 0, tzinfo=dt.UTC)
)
PERIOD = parse_period("2026-Q2")
END_OF_TODAY = dt.datetime(2026, 6, 30, 16, 0, tzinfo=dt.UTC)  # midnight in China


def _customers(s: Scene) -> CustomerService:
    return CustomerService(s.db, lambda: DEMO_AS_OF)


def _visits(s: Scene) -> VisitService:
    return VisitService(s.db, now=lambda: NOW)


def _customer(s: Scene) -> CustomerDetail:
    return _customers(s).get(s.admin, s.ids.customer_id)


def _new_village(s: Scene) -> register_import.RegisterRequest:
    """A register of one person in a village the branch's list lacks."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["户主姓名", "乡镇", "村名"])
    sheet.append(["登记表新户", s.ids.township, "登记表新村"])
    path = s.folder / "new_village.xlsx"
    workbook.save(path)
    return register_import.RegisterRequest(path)


def _their_register(s: Scene) -> register_import.RegisterRequest:
    """A clerk's register (a title row, its own headings) holding the other officer's
    customer with a new note."""
    from openpyxl import Workbook

    customer = _customer(s)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["农户信息登记表"])
    sheet.append(["户主姓名", "乡镇", "村名", "身份证号码", "联系电话", "备注"])
    sheet.append(
        [
            customer.name,
            customer.township,
            customer.village,
            customer.id_number,
            customer.phone,
            "登记表备注",
        ]
    )
    path = s.folder / "register.xlsx"
    workbook.save(path)
    return register_import.RegisterRequest(path)


def _visit(s: Scene) -> VisitDetail:
    return _visits(s).get(s.admin, s.ids.visit_id)


def _version(s: Scene, complaint_id: int) -> int:
    return complaints.get_complaint(s.db, s.admin, complaint_id).row_version


def _theirs(s: Scene) -> OfficerRef:
    return OfficerRef(s.other.user_id, s.other.username, s.other.display_name)


def _their_scope(s: Scene) -> SummaryScope:
    """A scope is a plain value: the services check it again, whoever made it."""
    return SummaryScope(PERIOD, _theirs(s), DEMO_AS_OF)


def _their_conflict(s: Scene) -> int:
    return next(
        c.id
        for c in sync_conflicts.list_conflicts(s.db, s.admin)
        if c.entity == "customers" and c.record_uuid == s.ids.customer_uuid
    )


def _warn_earlier(s: Scene) -> complaint_settings.ComplaintSettings:
    current = complaint_settings.complaint_settings(s.db, s.admin)
    deadlines = dataclasses.replace(current.deadlines, warning_days=4)
    return dataclasses.replace(current, deadlines=deadlines)


def _gone(read: Callable[[], object]) -> bool:
    try:
        read()
    except NotFound:
        return True
    return False


def _status_change(s: Scene, actor: Actor) -> object:
    current = _customer(s)
    target = sorted(lifecycle.allowed_targets(current.status))[0]
    return _customers(s).change_status(actor, current.id, target, "核实后调整", current.row_version)


def _archive(s: Scene) -> object:
    return _customers(s).archive(s.admin, s.ids.customer_id, _customer(s).row_version)


def _photo(s: Scene) -> Path:
    path = s.folder / "新照片.png"
    path.write_bytes(PNG + b"\x01")
    return path


def _a_product(s: Scene) -> int:
    """The first product of the catalogue, made if the scene's branch has none."""
    found = products.list_products(s.db, s.admin, with_retired=True)
    if not found:
        return products.add_product(s.db, s.admin, "scene_product", "场景产品").id
    return found[0].id


def _pdf_names(s: Scene, result: reports.ReportResult) -> bool:
    return s.ids.customer_name in all_text(result.pdf)


def _listed_attachments(s: Scene) -> set[int]:
    found = attachments.list_attachments(s.db, s.admin, customer_id=s.ids.customer_id)
    return {view.id for view in found}


# ------------------------------------------------------------------ the table

ROWS: tuple[UseCase, ...] = (
    # function                                (officer, manager, administrator)
    # --- customers -------------------------------------------------------------
    UseCase(
        "customers.CustomerService.get",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).get(a, s.ids.customer_id),
        lambda s, r: r.id == s.ids.customer_id,
    ),
    UseCase(
        "customers.CustomerService.check",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).check(a, _customer(s).to_input(), s.ids.customer_id),
        lambda s, r: r == [],
    ),
    UseCase(
        "customers.CustomerService.create",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).create(a, valid_input(s.db, officer_id=s.other.user_id)),
        lambda s, r: r.officer_id == s.other.user_id,
        variant="for the other officer",
    ),
    UseCase(
        "customers.CustomerService.update",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).update(
            a,
            s.ids.customer_id,
            dataclasses.replace(_customer(s).to_input(), notes="已核实"),
            _customer(s).row_version,
        ),
        lambda s, r: _customer(s).notes == "已核实",
    ),
    UseCase(
        "customers.CustomerService.change_status",
        (DENIED, YES, YES),
        _status_change,
        lambda s, r: _customer(s).status is r.status and len(r.status_history) > 1,
    ),
    UseCase(
        "customers.CustomerService.archive",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).archive(a, s.ids.customer_id, _customer(s).row_version),
        lambda s, r: _customer(s).archived_at is not None,
    ),
    UseCase(
        "customers.CustomerService.restore",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).restore(a, s.ids.customer_id, _customer(s).row_version),
        lambda s, r: _customer(s).archived_at is None,
        prepare=_archive,
    ),
    UseCase(
        "customers.CustomerService.delete",
        (DENIED, YES, YES),
        lambda s, a: _customers(s).delete(a, s.ids.customer_id, _customer(s).row_version),
        lambda s, r: _gone(lambda: _customer(s)),
    ),
    UseCase(
        "customer_search.search_customer_ids",
        (LEFT_OUT, YES, YES),
        lambda s, a: customer_search.search_customer_ids(
            s.db, a, CustomerQuery(text=s.ids.customer_name)
        ),
        lambda s, r: s.ids.customer_id in r,
    ),
    UseCase(
        "customer_search.customer_rows",
        (LEFT_OUT, YES, YES),
        lambda s, a: customer_search.customer_rows(s.db, a, [s.ids.customer_id]),
        lambda s, r: s.ids.customer_id in r,
    ),
    UseCase(
        "customer_search.filter_options",
        (LEFT_OUT, YES, YES),
        lambda s, a: customer_search.filter_options(s.db, a),
        lambda s, r: s.other.user_id in {officer_id for officer_id, _name in r.officers},
    ),
    # --- attachments and care --------------------------------------------
    UseCase(
        "attachments.add_attachment",
        (DENIED, YES, YES),
        lambda s, a: attachments.add_attachment(s.db, a, _photo(s), customer_id=s.ids.customer_id),
        lambda s, r: r.id in _listed_attachments(s),
    ),
    UseCase(
        "attachments.list_attachments",
        (DENIED, YES, YES),
        lambda s, a: attachments.list_attachments(s.db, a, customer_id=s.ids.customer_id),
        lambda s, r: s.ids.attachment_id in {view.id for view in r},
        variant="of a customer",
    ),
    UseCase(
        "attachments.list_attachments",
        (DENIED, YES, YES),
        lambda s, a: attachments.list_attachments(s.db, a, visit_id=s.ids.visit_id),
        lambda s, r: len(r) == 1,
        variant="of a visit",
    ),
    UseCase(
        "attachments.remove_attachment",
        (DENIED, YES, YES),
        lambda s, a: attachments.remove_attachment(s.db, a, s.ids.attachment_id),
        lambda s, r: s.ids.attachment_id not in _listed_attachments(s),
    ),
    UseCase(
        "care.log_care",
        (DENIED, YES, YES),
        lambda s, a: care.log_care(
            s.db, a, CareInput(customer_id=s.ids.customer_id, notes="节日短信")
        ),
        lambda s, r: r.customer_id == s.ids.customer_id,
    ),
    UseCase(
        "care.care_history",
        (DENIED, YES, YES),
        lambda s, a: care.care_history(s.db, a, s.ids.customer_id),
        lambda s, r: [event.notes for event in r] == ["生日电话"],
    ),
    # --- visits -------------------------------------------------------------
    UseCase(
        "visits.VisitService.get",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).get(a, s.ids.visit_id),
        lambda s, r: r.id == s.ids.visit_id,
    ),
    UseCase(
        "visits.VisitService.customer_brief",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).customer_brief(a, s.ids.customer_id),
        lambda s, r: r.name == s.ids.customer_name,
    ),
    UseCase(
        "visits.VisitService.new_input",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).new_input(a, s.ids.customer_id),
        lambda s, r: r.customer_id == s.ids.customer_id and r.village == s.ids.village,
    ),
    UseCase(
        "visits.VisitService.customer_history",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).customer_history(a, s.ids.customer_id),
        lambda s, r: s.ids.visit_id in {row.id for row in r},
    ),
    UseCase(
        "visits.VisitService.check",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).check(a, _visit(s).to_input(), s.ids.visit_id),
        lambda s, r: r == [],
    ),
    UseCase(
        "visits.VisitService.create",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).create(
            a,
            dataclasses.replace(
                _visits(s).new_input(s.admin, s.ids.customer_id), officer_id=a.user_id
            ),
        ),
        lambda s, r: r.customer_id == s.ids.customer_id,
    ),
    UseCase(
        "visits.VisitService.update",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).update(
            a,
            s.ids.visit_id,
            dataclasses.replace(_visit(s).to_input(), purpose="回访秋收"),
            _visit(s).row_version,
        ),
        lambda s, r: _visit(s).purpose == "回访秋收",
    ),
    UseCase(
        "visits.VisitService.delete",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).delete(a, s.ids.visit_id, _visit(s).row_version),
        lambda s, r: _gone(lambda: _visit(s)),
    ),
    UseCase(
        "visits.VisitService.complete_follow_up",
        (DENIED, YES, YES),
        lambda s, a: _visits(s).complete_follow_up(a, s.ids.follow_up_id),
        lambda s, r: _visit(s).follow_ups[0].done_at is not None,
    ),
    UseCase(
        "visits.search_visit_ids",
        (LEFT_OUT, YES, YES),
        lambda s, a: visits.search_visit_ids(s.db, a, VisitQuery(customer_id=s.ids.customer_id)),
        lambda s, r: s.ids.visit_id in r,
    ),
    UseCase(
        "visits.visit_rows",
        (LEFT_OUT, YES, YES),
        lambda s, a: visits.visit_rows(s.db, a, [s.ids.visit_id]),
        lambda s, r: s.ids.visit_id in r,
    ),
    UseCase(
        "visits.visit_details",
        (LEFT_OUT, YES, YES),
        lambda s, a: visits.visit_details(s.db, a, [s.ids.visit_id]),
        lambda s, r: s.ids.visit_id in r,
    ),
    UseCase(
        "visit_summary.customer_visit_record",
        (DENIED, YES, YES),
        lambda s, a: visit_summary.customer_visit_record(s.db, a, s.ids.customer_id, DEMO_AS_OF),
        lambda s, r: r.due_date is not None and r.planned[0].id == s.ids.visit_id,
    ),
    UseCase(
        "visit_summary.visit_figures",
        (DENIED, YES, YES),
        lambda s, a: visit_summary.visit_figures(s.db, a, _their_scope(s)),
        lambda s, r: r.total.planned > 0,
        variant="of the other officer",
    ),
    UseCase(
        "visit_summary.overdue_figures",
        (DENIED, YES, YES),
        lambda s, a: visit_summary.overdue_figures(s.db, a, _their_scope(s), DEMO_AS_OF),
        lambda s, r: r.customers > 0,
        variant="of the other officer",
    ),
    # --- the Today view -------------------------------------------------------
    UseCase(
        "today.today_view",
        (LEFT_OUT, YES, YES),
        lambda s, a: today.today_view(s.db, a, DEMO_AS_OF),
        lambda s, r: s.ids.visit_id in {item.visit_id for item in r.planned},
    ),
    UseCase(
        "today.village_day_list",
        (LEFT_OUT, YES, YES),
        lambda s, a: today.village_day_list(s.db, a, s.ids.township, s.ids.village, DEMO_AS_OF),
        lambda s, r: s.ids.customer_id in {entry.customer_id for entry in r.entries},
    ),
    # --- complaints -----------------------------------------------------------
    UseCase(
        "complaints.get_complaint",
        (UNSEEN, YES, YES),
        lambda s, a: complaints.get_complaint(s.db, a, s.ids.complaint_id),
        lambda s, r: r.id == s.ids.complaint_id,
    ),
    UseCase(
        "complaints.receive_complaint",
        (DENIED, YES, YES),
        lambda s, a: complaints.receive_complaint(
            s.db, a, caller_intake(customer_id=s.ids.customer_id, caller_name="", caller_phone="")
        ),
        lambda s, r: r.customer_id == s.ids.customer_id and r.officer_id == s.other.user_id,
        variant="about their customer",
    ),
    UseCase(
        "complaints.perform_step",
        (UNSEEN, YES, YES),
        lambda s, a: complaints.perform_step(
            s.db,
            a,
            s.ids.complaint_id,
            InvestigateStep("开始调查"),
            _version(s, s.ids.complaint_id),
        ),
        lambda s, r: r.status is ComplaintStatus.INVESTIGATING,
    ),
    UseCase(
        "complaints.update_complaint",
        (UNSEEN, YES, YES),
        lambda s, a: complaints.update_complaint(
            s.db,
            a,
            s.ids.complaint_id,
            dataclasses.replace(
                complaints.get_complaint(s.db, s.admin, s.ids.complaint_id).to_input(),
                description="补充说明",
            ),
            _version(s, s.ids.complaint_id),
        ),
        lambda s, r: r.description == "补充说明",
    ),
    UseCase(
        "complaints.link_customer",
        (UNSEEN, YES, YES),
        lambda s, a: complaints.link_customer(
            s.db,
            a,
            s.ids.caller_complaint_id,
            s.ids.customer_id,
            _version(s, s.ids.caller_complaint_id),
        ),
        lambda s, r: r.customer_id == s.ids.customer_id,
    ),
    UseCase(
        "complaints.assign_complaint",
        (DENIED, YES, YES),
        lambda s, a: complaints.assign_complaint(
            s.db,
            a,
            s.ids.complaint_id,
            s.officer.user_id,
            _version(s, s.ids.complaint_id),
        ),
        lambda s, r: r.officer_id == s.officer.user_id,
    ),
    UseCase(
        "complaints.delete_complaint",
        (DENIED, YES, YES),
        lambda s, a: complaints.delete_complaint(
            s.db, a, s.ids.complaint_id, _version(s, s.ids.complaint_id)
        ),
        lambda s, r: _gone(lambda: complaints.get_complaint(s.db, s.admin, s.ids.complaint_id)),
    ),
    UseCase(
        "complaint_search.search_complaint_ids",
        (LEFT_OUT, YES, YES),
        lambda s, a: complaint_search.search_complaint_ids(s.db, a, ComplaintQuery()),
        lambda s, r: s.ids.complaint_id in r,
    ),
    UseCase(
        "complaint_search.complaint_rows",
        (LEFT_OUT, YES, YES),
        lambda s, a: complaint_search.complaint_rows(s.db, a, [s.ids.complaint_id]),
        lambda s, r: s.ids.complaint_id in r,
    ),
    UseCase(
        "complaint_search.customer_complaints",
        (LEFT_OUT, YES, YES),
        lambda s, a: complaint_search.customer_complaints(s.db, a, s.ids.customer_id),
        lambda s, r: [row.id for row in r] == [s.ids.complaint_id],
    ),
    UseCase(
        "complaint_search.complaints_needing_attention",
        (LEFT_OUT, YES, YES),
        lambda s, a: complaint_search.complaints_needing_attention(s.db, a, DEMO_AS_OF),
        lambda s, r: s.ids.complaint_id in {item.id for item in r},
    ),
    UseCase(
        "complaint_stats.complaint_statistics",
        (LEFT_OUT, YES, YES),
        lambda s, a: complaint_stats.complaint_statistics(
            s.db, a, dt.date(2026, 6, 1), DEMO_AS_OF, now=END_OF_TODAY
        ),
        lambda s, r: r.received == 2,
    ),
    UseCase(
        "complaint_settings.complaint_settings",
        (YES, YES, YES),
        lambda s, a: complaint_settings.complaint_settings(s.db, a),
        lambda s, r: len(r.categories) > 0,
    ),
    UseCase(
        "complaint_settings.save_complaint_settings",
        (DENIED, YES, YES),
        lambda s, a: complaint_settings.save_complaint_settings(s.db, a, _warn_earlier(s)),
        lambda s, r: complaint_settings.complaint_settings(s.db, s.admin) == _warn_earlier(s),
    ),
    # --- printed reports ------------------------------------------------------
    UseCase(
        "reports.find_customer",
        (DENIED, YES, YES),
        lambda s, a: reports.find_customer(s.db, a, s.ids.customer_uuid),
        lambda s, r: r == s.ids.customer_id,
    ),
    UseCase(
        "reports.customer_details",
        (LEFT_OUT, YES, YES),
        lambda s, a: reports.customer_details(s.db, a, [s.ids.customer_id]),
        lambda s, r: s.ids.customer_id in r,
    ),
    UseCase(
        "reports.letterhead",
        (YES, YES, YES),
        lambda s, a: reports.letterhead(s.db, a, OPTIONS),
        lambda s, r: r.branch_name == BRANCH,
    ),
    UseCase(
        "reports.customer_sheet",
        (DENIED, YES, YES),
        lambda s, a: reports.customer_sheet(s.db, a, s.ids.customer_id, OPTIONS),
        _pdf_names,
    ),
    # --- the data of report sections, fetched before layout (services.report_sections) ---
    UseCase(
        "report_sections.customer_sheet_data",
        (DENIED, YES, YES),
        lambda s, a: report_sections.customer_sheet_data(
            s.db, a, s.ids.customer_id, DEMO_AS_OF, ["last_visits", "complaints"]
        ),
        lambda s, r: r.customer.id == s.ids.customer_id and len(r.sections) == 2,
    ),
    UseCase(
        "report_sections.last_visits",
        (DENIED, YES, YES),
        lambda s, a: report_sections.last_visits(s.db, a, _customer(s), DEMO_AS_OF),
        lambda s, r: r.planned[0].id == s.ids.visit_id,
    ),
    UseCase(
        "report_sections.customer_classes",
        (DENIED, YES, YES),
        lambda s, a: report_sections.customer_classes(s.db, a, _customer(s), DEMO_AS_OF),
        lambda s, r: r.classes is not None and r.classes.activity.value.value == "active",
    ),
    UseCase(
        "report_sections.customer_strategy",
        (DENIED, YES, YES),
        lambda s, a: report_sections.customer_strategy(s.db, a, _customer(s), DEMO_AS_OF),
        # the scene's visit woke the customer up: their segment's strategy, not reactivation
        lambda s, r: r.strategy is not None and r.strategy.key.value != "dormant",
    ),
    UseCase(
        "report_sections.customer_complaints",
        (LEFT_OUT, YES, YES),
        lambda s, a: report_sections.customer_complaints(s.db, a, _customer(s), DEMO_AS_OF),
        lambda s, r: [row.id for row in r.rows] == [s.ids.complaint_id],
    ),
    UseCase(
        "report_sections.summary_data",
        (DENIED, YES, YES),
        lambda s, a: report_sections.summary_data(
            s.db, a, PERIOD, _theirs(s), DEMO_AS_OF, ["visits", "overdue_visits", "complaints"]
        ),
        lambda s, r: r.scope.officer is not None and len(r.sections) == 3,
        variant="of the other officer",
    ),
    UseCase(
        "report_sections.visits",
        (DENIED, YES, YES),
        lambda s, a: report_sections.visits(s.db, a, _their_scope(s), DEMO_AS_OF),
        lambda s, r: r.total.planned > 0,
        variant="of the other officer",
    ),
    UseCase(
        "report_sections.overdue_visits",
        (DENIED, YES, YES),
        lambda s, a: report_sections.overdue_visits(s.db, a, _their_scope(s), DEMO_AS_OF),
        lambda s, r: r.customers > 0,
        variant="of the other officer",
    ),
    UseCase(
        "report_sections.summary_complaints",
        (LEFT_OUT, YES, YES),
        lambda s, a: report_sections.summary_complaints(s.db, a, _their_scope(s), DEMO_AS_OF),
        lambda s, r: r.statistics.received > 0,
        variant="of the other officer",
    ),
    UseCase(
        "reports.periodic_summary",
        (DENIED, YES, YES),
        lambda s, a: reports.periodic_summary(s.db, a, PERIOD, _theirs(s), OPTIONS),
        lambda s, r: s.other.display_name in all_text(r.pdf),
        variant="of the other officer",
    ),
    UseCase(
        "reports.find_visit",
        (DENIED, YES, YES),
        lambda s, a: reports.find_visit(s.db, a, s.ids.visit_uuid),
        lambda s, r: r == s.ids.visit_id,
    ),
    UseCase(
        "reports.visit_report",
        (DENIED, YES, YES),
        lambda s, a: reports.visit_report(s.db, a, s.ids.visit_id, OPTIONS),
        _pdf_names,
    ),
    UseCase(
        "reports.visit_batch",
        (UNSEEN, YES, YES),
        lambda s, a: reports.visit_batch(s.db, a, [s.ids.visit_id], OPTIONS),
        _pdf_names,
    ),
    UseCase(
        "reports.visits_in_range",
        (DENIED, YES, YES),
        lambda s, a: reports.visits_in_range(s.db, a, DEMO_AS_OF, DEMO_AS_OF, _theirs(s), None),
        lambda s, r: s.ids.visit_id in r,
        variant="of the other officer",
    ),
    UseCase(
        "reports.visit_reports_in_range",
        (DENIED, YES, YES),
        lambda s, a: reports.visit_reports_in_range(
            s.db, a, DEMO_AS_OF, DEMO_AS_OF, _theirs(s), None, OPTIONS
        ),
        _pdf_names,
        variant="of the other officer",
    ),
    UseCase(
        "reports.village_day_sheet",
        (LEFT_OUT, YES, YES),
        lambda s, a: reports.village_day_sheet(
            s.db, a, s.ids.township, s.ids.village, DEMO_AS_OF, OPTIONS
        ),
        _pdf_names,
    ),
    UseCase(
        "reports.find_complaint",
        (UNSEEN, YES, YES),
        lambda s, a: reports.find_complaint(s.db, a, s.ids.complaint_number),
        lambda s, r: r == s.ids.complaint_id,
    ),
    UseCase(
        "reports.complaint_form",
        (UNSEEN, YES, YES),
        lambda s, a: reports.complaint_form(s.db, a, s.ids.complaint_id, OPTIONS),
        _pdf_names,
    ),
    # --- the periodic summary -------------------------------------------------
    UseCase(
        "summary.find_officer",
        (YES, YES, YES),
        lambda s, a: summary.find_officer(s.db, a, s.other.username),
        lambda s, r: r.id == s.other.user_id,
    ),
    UseCase(
        "summary.resolve_officer",
        (DENIED, YES, YES),
        lambda s, a: summary.resolve_officer(s.db, a, s.other.username),
        lambda s, r: r.id == s.other.user_id,
    ),
    UseCase(
        "summary.summary_scope",
        (DENIED, YES, YES),
        lambda s, a: summary.summary_scope(s.db, a, PERIOD, _theirs(s), DEMO_AS_OF),
        lambda s, r: r.officer == _theirs(s),
        variant="of the other officer",
    ),
    UseCase(
        "summary.customer_figures",
        (DENIED, YES, YES),
        lambda s, a: summary.customer_figures(s.db, a, _their_scope(s)),
        lambda s, r: r.customers > 0,
        variant="of the other officer",
    ),
    # --- sync -----------------------------------------------------------------
    UseCase(
        "sync_conflicts.list_conflicts",
        (LEFT_OUT, YES, YES),
        lambda s, a: sync_conflicts.list_conflicts(s.db, a),
        lambda s, r: s.ids.customer_uuid in {c.record_uuid for c in r},
    ),
    UseCase(
        "sync_conflicts.resolve_conflict",
        (DENIED, YES, YES),
        lambda s, a: sync_conflicts.resolve_conflict(
            s.db, a, _their_conflict(s), {"notes": "incoming"}
        ),
        lambda s, r: _customer(s).notes == "笔记本记录",
    ),
    UseCase(
        "sync_export.export_package",
        (DENIED, YES, YES),
        lambda s, a: sync_export.export_package(
            s.db, a, s.folder / "out.xlsx", officer_id=s.other.user_id
        ),
        lambda s, r: r.row_counts["customers"] > 0,
        variant="for the other officer",
    ),
    UseCase(
        "sync_import.preview_import",
        (LEFT_OUT, YES, YES),
        lambda s, a: sync_import.preview_import(s.db, a, s.package),
        lambda s, r: r.issues == [],
        variant="of a package with their customers",
    ),
    UseCase(
        "sync_import.apply_import",
        (REJECTED, YES, YES),
        lambda s, a: sync_import.apply_import(s.db, a, s.package),
        lambda s, r: r.plan.issues == [],
        variant="of a package with their customers",
    ),
    UseCase(  # reads the chosen file only; what may be imported is checked by the preview
        "register_import.register_layout",
        (YES, YES, YES),
        lambda s, a: register_import.register_layout(a, _their_register(s)),
        lambda s, r: r.proposal is not None and r.problem is None,
        variant="of a register with their customer",
    ),
    UseCase(  # reads the chosen file only, like register_layout
        "register_import.members_layout",
        (YES, YES, YES),
        lambda s, a: register_import.members_layout(
            a, dataclasses.replace(_their_register(s), members_sheet="Sheet")
        ),
        lambda s, r: r is not None and r.proposal is not None and r.problem is None,
        variant="of a register's sheet read as its members sheet",
    ),
    UseCase(  # reads the chosen file only, like register_layout
        "register_import.read_register_file",
        (YES, YES, YES),
        lambda s, a: register_import.read_register_file(a, _their_register(s).path),
        lambda s, r: len(r.sheets) == 1,
        variant="of a register with their customer",
    ),
    UseCase(
        "register_import.preview_register",
        (LEFT_OUT, YES, YES),
        lambda s, a: register_import.preview_register(s.db, a, _their_register(s)),
        lambda s, r: r.plan.issues == [] and r.outcomes.updated != {},
        variant="of a register with their customer",
    ),
    UseCase(
        "register_import.apply_register",
        (REJECTED, YES, YES),
        lambda s, a: register_import.apply_register(s.db, a, _their_register(s)),
        lambda s, r: _customer(s).notes == "登记表备注",
        variant="of a register with their customer",
    ),
    UseCase(  # every user may read the village list the register is compared with
        "register_villages.missing_villages",
        (YES, YES, YES),
        lambda s, a: register_villages.missing_villages(
            s.db, a, register_import.preview_register(s.db, s.admin, _new_village(s)).proposal
        ),
        lambda s, r: [(m.township, m.village) for m in r] == [(s.ids.township, "登记表新村")],
        variant="of a register naming a new village",
    ),
    UseCase(  # a register's villages all at once: a manager's decision
        "register_villages.add_villages",
        (DENIED, YES, YES),
        lambda s, a: register_villages.add_villages(s.db, a, [(s.ids.township, "登记表新村")]),
        lambda s, r: [v.name for v in r] == ["登记表新村"],
    ),
    UseCase(
        "sync_merge.merge_packages",
        (LEFT_OUT, YES, YES),
        lambda s, a: sync_merge.merge_packages(s.db, a, [s.package]),
        lambda s, r: r.ok,
        variant="of a package with their customers",
    ),
    # --- people and places ----------------------------------------------------
    UseCase(
        "users.find_officer",
        (UNSEEN, YES, YES),
        lambda s, a: users.find_officer(s.db, a, s.other.username),
        lambda s, r: r.id == s.other.user_id,
    ),
    UseCase(
        "users.list_officers",
        (LEFT_OUT, YES, YES),
        lambda s, a: users.list_officers(s.db, a),
        lambda s, r: s.other.user_id in {user.id for user in r},
    ),
    UseCase(
        "villages.list_villages",
        (YES, YES, YES),
        lambda s, a: villages.list_villages(s.db, a),
        lambda s, r: (s.ids.township, s.ids.village) in {(v.township, v.name) for v in r},
    ),
    UseCase(
        "villages.add_village",
        (YES, YES, YES),
        lambda s, a: villages.add_village(s.db, a, s.ids.township, "新建村"),
        lambda s, r: r.name == "新建村",
    ),
    UseCase(
        "villages.resolve_village",
        (YES, YES, YES),
        lambda s, a: villages.resolve_village(s.db, a, f"{s.ids.township}/{s.ids.village}"),
        lambda s, r: r.name == s.ids.village,
    ),
    # --- the branch's settings and visit rules ----------------------------------
    UseCase(
        "settings.read_setting",
        (YES, YES, YES),
        lambda s, a: settings.read_setting(s.db, a, settings.BRANCH_KEY),
        lambda s, r: r["name"] == BRANCH,
    ),
    UseCase(
        "settings.write_setting",
        (DENIED, YES, YES),
        lambda s, a: settings.write_setting(s.db, a, "test.value", {"kept": True}),
        lambda s, r: settings.read_setting(s.db, s.admin, "test.value") == {"kept": True},
    ),
    UseCase(
        "settings.branch_profile",
        (YES, YES, YES),
        lambda s, a: settings.branch_profile(s.db, a),
        lambda s, r: r.name == BRANCH,
    ),
    UseCase(
        "settings.save_branch_profile",
        (DENIED, YES, YES),
        lambda s, a: settings.save_branch_profile(s.db, a, settings.BranchProfile("孙祖支行")),
        lambda s, r: settings.branch_profile(s.db, s.admin).name == "孙祖支行",
    ),
    UseCase(
        "settings.branch_logo",
        (YES, YES, YES),
        lambda s, a: settings.branch_logo(s.db, a),
        lambda s, r: r is None,
    ),
    UseCase(
        "settings.save_branch_logo",
        (DENIED, YES, YES),
        lambda s, a: settings.save_branch_logo(s.db, a, None),
        lambda s, r: settings.branch_logo(s.db, s.admin) is None,
    ),
    UseCase(
        "products.list_products",
        (YES, YES, YES),
        lambda s, a: products.list_products(s.db, a),
        lambda s, r: isinstance(r, list),
    ),
    UseCase(
        "products.add_product",
        (DENIED, YES, YES),
        lambda s, a: products.add_product(s.db, a, "test_product", "测试产品"),
        lambda s, r: "test_product" in {p.code for p in products.list_products(s.db, s.admin)},
    ),
    UseCase(
        "products.set_retired",
        (DENIED, YES, YES),
        lambda s, a: products.set_retired(s.db, a, _a_product(s), True),
        lambda s, r: _a_product(s) not in {p.id for p in products.list_products(s.db, s.admin)},
    ),
    UseCase(
        "products.add_usual_products",
        (DENIED, YES, YES),
        lambda s, a: products.add_usual_products(s.db, a, untranslated),
        lambda s, r: len(products.list_products(s.db, s.admin)) >= 8,
    ),
    UseCase(
        "record_series.numbering_series",
        (YES, YES, YES),
        lambda s, a: record_series.numbering_series(s.db, a),
        lambda s, r: len(r) == 3,
    ),
    UseCase(
        "record_series.change_numbering_series",
        (DENIED, YES, YES),
        lambda s, a: record_series.change_numbering_series(s.db, a, "XYZ"),
        lambda s, r: record_series.numbering_series(s.db, s.admin) == "XYZ",
    ),
    UseCase(
        "schedule.read_rules",
        (YES, YES, YES),
        lambda s, a: schedule.read_rules(s.db, a),
        lambda s, r: r.post_loan_days > 0,
    ),
    UseCase(
        "schedule.save_rules",
        (DENIED, YES, YES),
        lambda s, a: schedule.save_rules(
            s.db, a, dataclasses.replace(schedule.read_rules(s.db, s.admin), post_loan_days=2)
        ),
        lambda s, r: r > 0 and schedule.read_rules(s.db, s.admin).post_loan_days == 2,
    ),
    UseCase(
        "schedule.rebuild_schedule",
        (DENIED, YES, YES),
        lambda s, a: schedule.rebuild_schedule(s.db, a),
        lambda s, r: r > 0,
    ),
    # --- classification -------------------------------------------------------
    UseCase(
        "classes.read_rules",
        (YES, YES, YES),
        lambda s, a: classes.read_rules(s.db, a),
        lambda s, r: r.version == 1,
    ),
    UseCase(
        "classes.preview_rules",
        (DENIED, YES, YES),
        lambda s, a: classes.preview_rules(s.db, a, _fewer_quality(s)),
        lambda s, r: sum(after for _before, after in r.counts[Dimension.SEGMENT].values()) > 0,
    ),
    UseCase(
        "classes.save_rules",
        (DENIED, YES, YES),
        lambda s, a: classes.save_rules(s.db, a, _fewer_quality(s)),
        lambda s, r: classes.read_rules(s.db, s.admin).version == r.version == 2,
    ),
    UseCase(
        "class_effect.customer_briefs",
        (LEFT_OUT, YES, YES),
        lambda s, a: class_effect.customer_briefs(s.db, a, [s.ids.customer_id]),
        lambda s, r: s.ids.customer_id in r,
    ),
    UseCase(
        "class_effect.rules_origin",
        (YES, YES, YES),
        lambda s, a: class_effect.rules_origin(s.db, a),
        lambda s, r: r.version == 1,
    ),
    UseCase(
        "class_effect.check_document",
        (YES, YES, YES),
        lambda s, a: class_effect.check_document(s.db, a, _fewer_quality(s)),
        lambda s, r: r == [],
    ),
    UseCase(
        "class_effect.classified_count",
        (DENIED, YES, YES),
        lambda s, a: class_effect.classified_count(s.db, a),
        lambda s, r: r > 0,
    ),
    UseCase(
        "classes.explain_customer",
        (DENIED, YES, YES),
        lambda s, a: classes.explain_customer(s.db, a, s.ids.customer_id),
        lambda s, r: all(verdict.reasons for verdict in r.verdicts()),
    ),
    UseCase(
        "classes.classes_section",
        (DENIED, YES, YES),
        lambda s, a: classes.classes_section(s.db, a, s.ids.customer_id),
        lambda s, r: r.classes is not None and len(r.changes) == 1,
    ),
    UseCase(
        "strategy.strategy_section",
        (DENIED, YES, YES),
        lambda s, a: strategy.strategy_section(s.db, a, s.ids.customer_id),
        lambda s, r: r.strategy is not None and len(r.classes.changes) == 1,
    ),
    UseCase(
        "classes.class_changes",
        (DENIED, YES, YES),
        lambda s, a: classes.class_changes(s.db, a, s.ids.customer_id),
        # the scene's care call woke the dormant customer up
        lambda s, r: (
            [(c.dimension, c.from_class, c.to_class) for c in r]
            == [(Dimension.ACTIVITY, "dormant", "active")]
        ),
    ),
    UseCase(
        "credit_override.credit_status",
        (DENIED, YES, YES),
        lambda s, a: credit_override.credit_status(s.db, a, s.ids.customer_id),
        lambda s, r: r.override_reason is None and r.kept is r.computed,
    ),
    UseCase(
        "credit_override.set_credit_override",
        (DENIED, YES, YES),
        lambda s, a: credit_override.set_credit_override(
            s.db,
            a,
            s.ids.customer_id,
            CreditStatus.POOR,
            "担保人失联",
            _customers(s).get(s.admin, s.ids.customer_id).row_version,
        ),
        lambda s, r: (
            credit_override.credit_status(s.db, s.admin, s.ids.customer_id).kept
            is CreditStatus.POOR
        ),
    ),
    # --- segments, saved segments and call lists ------------------------------
    UseCase(
        "segments.segments_view",
        (LEFT_OUT, YES, YES),
        lambda s, a: segments.segments_view(s.db, a),
        lambda s, r: r.total == segments.segments_view(s.db, s.admin).total,
    ),
    UseCase(
        "saved_segments.saved_segments",
        (YES, YES, YES),
        lambda s, a: saved_segments.saved_segments(s.db, a),
        lambda s, r: [segment.name for segment in r] == [THEIR_SEGMENT],
        prepare=lambda s: _their_segment(s),
    ),
    UseCase(
        "saved_segments.save_segment",
        (YES, YES, YES),
        lambda s, a: saved_segments.save_segment(s.db, a, "新分组", _call_query(s)),
        lambda s, r: "新分组" in _segment_names(s),
    ),
    UseCase(
        "saved_segments.rename_segment",
        (DENIED, YES, YES),
        lambda s, a: saved_segments.rename_segment(s.db, a, THEIR_SEGMENT, "改名"),
        lambda s, r: _segment_names(s) == ["改名"],
        prepare=lambda s: _their_segment(s),
    ),
    UseCase(
        "saved_segments.delete_segment",
        (DENIED, YES, YES),
        lambda s, a: saved_segments.delete_segment(s.db, a, THEIR_SEGMENT),
        lambda s, r: _segment_names(s) == [],
        prepare=lambda s: _their_segment(s),
    ),
    UseCase(
        "call_list.call_list",
        (LEFT_OUT, YES, YES),
        lambda s, a: call_list.call_list(s.db, a, _call_query(s)),
        lambda s, r: s.ids.customer_id in {entry.customer_id for entry in r.entries},
    ),
    UseCase(
        "call_list.call_list_workbook",
        (LEFT_OUT, YES, YES),
        lambda s, a: call_list.call_list_workbook(s.db, a, _call_query(s), s.folder / "calls.xlsx"),
        lambda s, r: s.ids.customer_id in {entry.customer_id for entry in r.entries},
    ),
    UseCase(
        "call_list.call_sheet",
        (LEFT_OUT, YES, YES),
        lambda s, a: call_list.call_sheet(s.db, a, _call_query(s)),
        lambda s, r: s.ids.customer_name in all_text(r.pdf),
    ),
)

THEIR_SEGMENT = "李强的分组"


def _their_post(scene: Scene) -> None:
    named_list.set_post(scene.db, scene.admin, scene.other.user_id, "teller")


def _their_listing(scene: Scene) -> None:
    """李强 (a teller now) maintains his own customer on the named list."""
    _their_post(scene)
    named_list.assign(scene.db, scene.admin, [scene.ids.customer_id], scene.other.user_id, "试点")


def _their_flagged_listing(scene: Scene) -> None:
    """李强's listed customer archived since: flagged for review."""
    _their_listing(scene)
    _archive(scene)


def _their_two_listings(scene: Scene) -> None:
    """李强's customer listed on two devices at once (two current assignments), as an
    import of the other device's package leaves it."""
    _their_listing(scene)
    with scene.db.write(scene.admin, Cause.IMPORT) as session:
        session.add(
            NamedListAssignment(
                customer_id=scene.ids.customer_id,
                maintainer_id=scene.admin.user_id,
                assigned_on=DEMO_AS_OF,
                assigned_by_id=scene.admin.user_id,
                reason="另一台设备",
                eligible=False,
            )
        )


def _second_listing(scene: Scene) -> int:
    with scene.db.read() as session:
        return max(session.scalars(select(NamedListAssignment.id)))


def _maintainers_of_their_customer(scene: Scene) -> list[int]:
    history = named_list.assignment_history(scene.db, scene.admin, scene.ids.customer_id)
    return [entry.maintainer_id for entry in history]


def _vip_marked_on(scene: Scene) -> dt.date | None:
    with scene.db.read() as session:
        return session.scalar(
            select(Customer.vip_marked_on).where(Customer.id == scene.ids.customer_id)
        )


def _listed(scene: Scene) -> list[int]:
    return named_list.listed_customers(scene.db, scene.admin, scene.other.user_id)


NAMED_LIST_ROWS: tuple[UseCase, ...] = (
    # --- named lists (issue 15): the rules, posts, assignments, overview, review -----
    UseCase(
        "named_list_rules.read_named_list_rules",
        (YES, YES, YES),
        lambda s, a: named_list_rules.read_named_list_rules(s.db, a),
        lambda s, r: r.post("teller") is not None,
    ),
    UseCase(
        "named_list_rules.save_named_list_rules",
        (DENIED, YES, YES),
        lambda s, a: named_list_rules.save_named_list_rules(
            s.db, a, named_list_rules.read_named_list_rules(s.db, s.admin)
        ),
        lambda s, r: named_list_rules.read_named_list_rules(s.db, s.admin).version == 2,
    ),
    UseCase(
        "named_list.set_post",
        (DENIED, YES, YES),
        lambda s, a: named_list.set_post(s.db, a, s.other.user_id, "teller"),
        lambda s, r: [line.post for line in named_list.maintainers(s.db, s.admin)] == ["teller"],
    ),
    UseCase(
        "named_list.set_vip_mark",
        (DENIED, YES, YES),
        lambda s, a: named_list.set_vip_mark(s.db, a, s.ids.customer_id, True, DEMO_AS_OF),
        lambda s, r: _vip_marked_on(s) == DEMO_AS_OF,
    ),
    UseCase(
        "named_list.assign",
        (DENIED, YES, YES),
        lambda s, a: named_list.assign(s.db, a, [s.ids.customer_id], s.other.user_id, "试点"),
        lambda s, r: _listed(s) == [s.ids.customer_id],
        prepare=_their_post,
    ),
    UseCase(
        "named_list.delist_customer",
        (DENIED, YES, YES),
        lambda s, a: named_list.delist_customer(s.db, a, s.ids.customer_id, "客户退出"),
        lambda s, r: _listed(s) == [],
        prepare=_their_listing,
    ),
    UseCase(
        "named_list.withdraw_assignment",
        (DENIED, YES, YES),
        lambda s, a: named_list.withdraw_assignment(s.db, a, _second_listing(s), "重复指定"),
        lambda s, r: _maintainers_of_their_customer(s) == [s.other.user_id],
        prepare=_their_two_listings,
    ),
    UseCase(
        "named_list.assignment_history",
        (DENIED, YES, YES),
        lambda s, a: named_list.assignment_history(s.db, a, s.ids.customer_id),
        lambda s, r: [entry.maintainer_id for entry in r] == [s.other.user_id],
        prepare=_their_listing,
    ),
    UseCase(
        "named_list.maintainers",
        (LEFT_OUT, YES, YES),
        lambda s, a: named_list.maintainers(s.db, a),
        lambda s, r: [(line.user_id, line.count) for line in r] == [(s.other.user_id, 1)],
        prepare=_their_listing,
    ),
    UseCase(
        "named_list.listed_customers",
        (DENIED, YES, YES),
        lambda s, a: named_list.listed_customers(s.db, a, s.other.user_id),
        lambda s, r: r == [s.ids.customer_id],
        prepare=_their_listing,
    ),
    UseCase(
        "named_list.review",
        (LEFT_OUT, YES, YES),
        lambda s, a: named_list.review(s.db, a),
        lambda s, r: [flag.customer_id for flag in r] == [s.ids.customer_id],
        prepare=_their_flagged_listing,
    ),
)
ROWS += NAMED_LIST_ROWS


def _their_segment(scene: Scene) -> None:
    """A segment the other officer saved."""
    saved_segments.save_segment(scene.db, scene.other, THEIR_SEGMENT, _call_query(scene))


def _segment_names(scene: Scene) -> list[str]:
    return [segment.name for segment in saved_segments.saved_segments(scene.db, scene.admin)]


def _call_query(scene: Scene) -> CustomerQuery:
    """The customers of the other officer's customer's segment: them, and some of every
    officer's own (a call list of nobody is refused)."""
    with scene.db.read() as session:
        segment = session.scalar(
            select(CustomerClasses.segment).where(
                CustomerClasses.customer_id == scene.ids.customer_id
            )
        )
    assert segment is not None
    return CustomerQuery().with_class(Dimension.SEGMENT, segment)


def _fewer_quality(scene: Scene) -> dict[str, Any]:
    """The branch's rules asking a higher value score of quality customers."""
    document = classes.read_rules(scene.db, scene.admin).to_json()
    document["segment"]["quality"]["min_value_score"] = 90
    return document


# Checks and conditions used inside the use cases above, not use cases of their own.
PREDICATES = {
    "policy.visible_customers",
    "policy.ensure_can_see_customer",
    "policy.can_edit_customer",
    "policy.ensure_can_edit_customer",
    "policy.ensure_can_assign",
    "policy.ensure_manager",
    "register_villages.may_add_villages",
    "complaints.visible_complaints",
    "complaints.may_act",
    "customer_search.customer_conditions",
    "summary.ensure_own_figures",
}


# ------------------------------------------------------------------ running the table


def _fingerprint(s: Scene) -> tuple[object, ...]:
    """What any write changes: the change counter of synced rows, the branch settings, the
    derived due dates, the open conflicts and the number of rows of every table."""
    with s.db.read() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        )
        return (
            session.scalar(select(SyncCounter.value)),
            tuple(
                session.execute(
                    select(AppSetting.key, AppSetting.value_json).order_by(AppSetting.key)
                )
            ),
            tuple(
                session.execute(
                    select(CustomerSchedule.__table__).order_by(CustomerSchedule.customer_id)
                )
            ),
            tuple(
                session.scalars(select(SyncConflict.id).where(SyncConflict.resolved_at.is_(None)))
            ),
            counts,
        )


@pytest.fixture(scope="module")
def scene_template(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, SceneIds]:
    return build_scene(demo_template, tmp_path_factory.mktemp("scene"))


@pytest.fixture
def scene(scene_template: tuple[Path, Path, SceneIds], tmp_path: Path) -> Iterator[Scene]:
    branch, package, ids = scene_template
    path, copied = copy_scene(branch, package, tmp_path)
    db = open_database(path)
    try:
        yield Scene(
            db=db,
            ids=ids,
            package=copied,
            folder=tmp_path,
            officer=resolve_actor(db, "wangfang"),
            other=resolve_actor(db, "liqiang"),
            manager=resolve_actor(db, "lijianguo"),
            admin=resolve_actor(db),
        )
    finally:
        db.close()


ROLES = ("officer", "manager", "admin")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", ROWS, ids=[case.label for case in ROWS])
def test_each_role_on_another_officers_data(case: UseCase, role: str, scene: Scene) -> None:
    actor = {"officer": scene.officer, "manager": scene.manager, "admin": scene.admin}[role]
    expected = case.outcomes[ROLES.index(role)]
    if case.prepare is not None:
        case.prepare(scene)
    if expected.refusal is not None:
        before = _fingerprint(scene)
        with pytest.raises(expected.refusal):
            case.call(scene, actor)
        assert _fingerprint(scene) == before  # refused: nothing was written
        return
    result = case.call(scene, actor)
    assert case.shows(scene, result) is (expected is YES)


def test_every_use_case_has_a_row() -> None:
    use_cases = {
        name
        for module in service_modules()
        for name, function in public_functions(module)
        if takes_actor(function)
    }
    assert sorted(use_cases - PREDICATES - {case.function for case in ROWS}) == []
    assert sorted({case.function for case in ROWS} - use_cases) == []
    assert sorted(PREDICATES - use_cases) == []


# ------------------------------------------------------------------ conflicts


def _owners(views: list[sync_conflicts.ConflictView]) -> list[tuple[str, str]]:
    """(kind of record, uuid of the customer it belongs to) of each conflict listed."""
    found = []
    for view in views:
        fields = {field.key: field for field in view.fields}
        owner = view.record_uuid if view.entity == "customers" else fields["customer_uuid"].local
        found.append((view.entity, owner))
    return sorted(found)


def test_an_officer_sees_the_conflicts_of_their_own_customers_as_this_database_holds_them(
    scene: Scene,
) -> None:
    theirs, given = scene.ids.customer_uuid, scene.ids.given_customer_uuid
    own = _customers(scene).get(scene.admin, scene.ids.own_customer_id).uuid
    everything = sync_conflicts.list_conflicts(scene.db, scene.manager)
    assert _owners(everything) == sorted(
        [
            ("customers", theirs),
            ("loans", theirs),
            ("complaints", theirs),
            ("customers", given),
            ("loans", given),
            ("customers", own),
            ("loans", own),
        ]
    )
    assert sync_conflicts.list_conflicts(scene.db, scene.admin) == everything
    seen_by = {
        name: _owners(sync_conflicts.list_conflicts(scene.db, actor))
        for name, actor in (("officer", scene.officer), ("other", scene.other))
    }
    assert seen_by["officer"] == [("customers", own), ("loans", own)]
    assert seen_by["other"] == sorted(
        [
            ("customers", theirs),
            ("loans", theirs),
            ("complaints", theirs),
            ("customers", given),
            ("loans", given),
        ]
    )

    # The laptop gave `given` to the officer; here it is still the other's, and so is the
    # conflict: an unaccepted claim from another device shows nobody a colleague's file.
    (conflict,) = [view for view in everything if view.record_uuid == given]
    officer_field = next(field for field in conflict.fields if field.key == "officer_uuid")
    assert officer_field.differs
    assert officer_field.incoming == _user_uuid(scene, scene.officer)
    assert officer_field.local == _user_uuid(scene, scene.other)

    # Once the branch itself hands the customer over, the conflict goes with the customer.
    detail = _customers(scene).get(scene.manager, scene.ids.given_customer_id)
    handed_over = dataclasses.replace(detail.to_input(), officer_id=scene.officer.user_id)
    _customers(scene).update(scene.manager, detail.id, handed_over, detail.row_version)
    assert ("customers", given) in _owners(sync_conflicts.list_conflicts(scene.db, scene.officer))
    assert ("customers", given) not in _owners(sync_conflicts.list_conflicts(scene.db, scene.other))


def _user_uuid(scene: Scene, actor: Actor) -> str:
    from agricrm.models import User

    with scene.db.read() as session:
        return str(session.scalar(select(User.uuid).where(User.id == actor.user_id)))
