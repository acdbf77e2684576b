"""Every service use case takes the acting user (`actor: Actor`), reads included.

The check enumerates the public functions of every module of `agricrm.services` (functions
defined there, and the public methods of service classes: classes made with a `Database`)
and fails on one without an actor.  The allow-list below names what is not a use case; each
entry says why.  Rule for a new entry: a function may go without an actor only if it
computes from its arguments alone, works inside a caller's transaction (a Session or
Connection the calling use case opened after checking its actor), lays out or moves data a
use case already fetched and checked, or is process plumbing that touches no data.  A helper
nothing outside its module uses is made private (a leading underscore) instead.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import agricrm.services
from agricrm.db.database import Database
from agricrm.services.actor import Actor

COMPUTES = "computes from its arguments alone; reads no data"
IN_TRANSACTION = (
    "works inside the caller's transaction (a Session, Connection or the door's Writer) on its "
    "behalf"
)
CHECKED_DATA = "lays out or moves data a use case already fetched for its actor and checked"
PLUMBING = "process plumbing (collector, worker processes, pipes); touches no data"
THE_PROGRAM = "the program's own upkeep of a file (demo data, derived data at opening): no user"

ALLOWED_WITHOUT_ACTOR: dict[str, str] = {
    # the acting user is made here: until local login lands there is nobody to check yet
    "users.resolve_actor": "makes the actor from --user or the first administrator",
    "attachments.sniff_media_type": COMPUTES,  # a file's type from its first bytes
    "attachments.attachment_views_for": IN_TRANSACTION,  # a visit its caller loaded
    "attachments.attachment_views_by_visit": IN_TRANSACTION,  # visits their caller loaded
    "bulk_load.loading": THE_PROGRAM,  # writes a demo branch the program makes itself
    # a new branch has no user yet: its first administrator is made there
    "branch_setup.create_branch": "makes a new file and its first administrator",
    "branch_setup.read_villages": COMPUTES,  # reads a file, touches no database
    "class_facts.facts_between": IN_TRANSACTION,
    "class_facts.livestock_kind": COMPUTES,  # a production item's name to a livestock kind
    "classes.rules_on": IN_TRANSACTION,
    "classes.stored_document": IN_TRANSACTION,  # for the export its caller checked
    "classes.incoming_rules": IN_TRANSACTION,  # in the import its caller checked
    "classes.adopt_rules": IN_TRANSACTION,
    "named_list_rules.named_list_rules_on": IN_TRANSACTION,
    "named_list_rules.stored_named_list_document": IN_TRANSACTION,  # for the checked export
    "named_list_rules.incoming_named_list_rules": IN_TRANSACTION,  # in the checked import
    "named_list_rules.adopt_named_list_rules": IN_TRANSACTION,
    "classes.refresh_classes": IN_TRANSACTION,
    "classes.rebuild_classes_on": IN_TRANSACTION,
    "classes.due_for_reclassifying": IN_TRANSACTION,
    "classes.refresh_due_classes": IN_TRANSACTION,
    "collector.collector_paused": PLUMBING,
    "complaint_search.overdue_condition": COMPUTES,  # an SQL condition from an instant
    "customer_search.classified_as": COMPUTES,  # an SQL subquery from class codes
    "saved_segments.query_to_json": COMPUTES,  # a list filter as JSON
    "saved_segments.query_from_json": COMPUTES,  # and back
    "customer_index.write_index": IN_TRANSACTION,
    "customer_index.remove_from_index": IN_TRANSACTION,
    "customer_index.rebuild_index": IN_TRANSACTION,
    "customer_index.add_to_index": IN_TRANSACTION,
    "customers.customer_detail": CHECKED_DATA,
    "derived.stale_kinds": THE_PROGRAM,  # run where a database is opened, before any login
    "derived.bring_up_to_date": THE_PROGRAM,
    "derived.classes_due": THE_PROGRAM,  # start-up and the change of day, before any login
    "derived.stamp": IN_TRANSACTION,  # the snapshot of a customer its caller loaded
    "register_import.row_outcomes": CHECKED_DATA,  # a plan preview_register made for its actor
    "reports.new_kit": COMPUTES,  # the layout kit of the options' language
    "reports.lay_out_visit_reports": CHECKED_DATA,  # runs in report worker processes too
    "reports.lay_out_customer_sheet": CHECKED_DATA,
    "reports.lay_out_summary": CHECKED_DATA,
    "progress.share": PLUMBING,  # a share of its caller's progress bar
    "report_sections.figures_instant": COMPUTES,  # the instant a period's figures are taken at
    "schedule.refresh_schedule": IN_TRANSACTION,
    "schedule.rebuild_schedule_on": IN_TRANSACTION,
    "schedule.follow_classification_rules": IN_TRANSACTION,
    "schedule.last_contacts": IN_TRANSACTION,
    "settings.store_setting": IN_TRANSACTION,
    "sync_export.package_batches": IN_TRANSACTION,  # with the scope its caller worked out
    "sync_export_worker.worth_a_worker": IN_TRANSACTION,  # counts rows to choose a worker
    # reads in a worker process with the scope the exporting use case worked out
    "sync_export_worker.rows_from_worker": CHECKED_DATA,
    "sync_import.reindex_customers": IN_TRANSACTION,
    # the planner's steps for members typed by people, in the import's transaction
    "sync_households.find_households": IN_TRANSACTION,
    "sync_households.match_members": IN_TRANSACTION,
    "sync_households.check_members": IN_TRANSACTION,
    # products held typed by people, planned in the import's transaction
    "sync_products_held.holdings_typed": IN_TRANSACTION,
    "sync_products_held.names_in": COMPUTES,
    "sync_import_reader.worth_a_worker": COMPUTES,  # a workbook file's size
    "sync_import_reader.reading": CHECKED_DATA,  # reads a workbook file, not the database
    "sync_state.get_state": IN_TRANSACTION,
    "sync_state.set_state": IN_TRANSACTION,
    "sync_state.device_identity": IN_TRANSACTION,
    "sync_state.current_change_seq": IN_TRANSACTION,
    "sync_state.int_state": IN_TRANSACTION,
    "sync_workers.workers_allowed": PLUMBING,
    "sync_workers.worker_process": PLUMBING,
    "sync_workers.receive": PLUMBING,
    "sync_workers.failure": PLUMBING,
    "sync_workers.report_failure": PLUMBING,
    "villages.village_exists": IN_TRANSACTION,
}


def service_modules() -> list[types.ModuleType]:
    return [
        importlib.import_module(f"agricrm.services.{info.name}")
        for info in pkgutil.iter_modules(agricrm.services.__path__)
    ]


def _is_service_class(cls: type) -> bool:
    """A class whose instances serve use cases: it is made with a `Database`."""
    init = cls.__dict__.get("__init__")
    if not inspect.isfunction(init):
        return False
    return any(
        param.annotation in (Database, "Database")
        for param in inspect.signature(init).parameters.values()
    )


def public_functions(module: types.ModuleType) -> Iterator[tuple[str, Callable[..., Any]]]:
    """`module.function` and `module.Class.method` for what the module defines and exports."""
    prefix = module.__name__.rsplit(".", 1)[-1]
    for name, value in vars(module).items():
        if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value):
            yield f"{prefix}.{name}", value
        elif inspect.isclass(value) and _is_service_class(value):
            for method_name, member in vars(value).items():
                if method_name.startswith("_"):
                    continue
                if isinstance(member, staticmethod | classmethod):
                    member = member.__func__
                if inspect.isfunction(member):
                    yield f"{prefix}.{name}.{method_name}", member


def takes_actor(function: Callable[..., Any]) -> bool:
    """A parameter `actor` annotated `Actor` (not optional: every call says who acts)."""
    param = inspect.signature(function).parameters.get("actor")
    return param is not None and param.annotation in (Actor, "Actor")


def without_actor(modules: list[types.ModuleType]) -> set[str]:
    return {
        name
        for module in modules
        for name, function in public_functions(module)
        if not takes_actor(function)
    }


def test_every_public_service_function_takes_the_actor() -> None:
    missing = without_actor(service_modules()) - ALLOWED_WITHOUT_ACTOR.keys()
    assert sorted(missing) == [], "take `actor: Actor`, make it private, or allow-list it"


def test_the_allow_list_names_only_functions_that_still_need_it() -> None:
    stale = ALLOWED_WITHOUT_ACTOR.keys() - without_actor(service_modules())
    assert sorted(stale) == []


def test_the_check_sees_a_new_function_without_an_actor() -> None:
    source = """
from __future__ import annotations
from agricrm.db.database import Database
from agricrm.services.actor import Actor
from agricrm.services.policy import ensure_manager  # imported: not this module's

def with_actor(db: Database, actor: Actor, key: str) -> None: ...
def optional_actor(db: Database, actor: Actor | None, key: str) -> None: ...
def read_setting(db: Database, key: str) -> None: ...
def _helper(db: Database) -> None: ...

class ThingService:
    def __init__(self, db: Database) -> None: ...
    def get(self, actor: Actor, thing_id: int) -> None: ...
    def peek(self, thing_id: int) -> None: ...
    def _load(self, thing_id: int) -> None: ...

class ThingView:
    def label(self) -> str: ...
"""
    module = types.ModuleType("agricrm.services.sample")
    sys.modules[module.__name__] = module
    try:
        exec(compile(source, "sample.py", "exec"), module.__dict__)
        found = dict(public_functions(module))
        assert set(found) == {
            "sample.with_actor",
            "sample.optional_actor",
            "sample.read_setting",
            "sample.ThingService.get",
            "sample.ThingService.peek",
        }
        assert without_actor([module]) == {
            "sample.optional_actor",
            "sample.read_setting",
            "sample.ThingService.peek",
        }
    finally:
        del sys.modules[module.__name__]
