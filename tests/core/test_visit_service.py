"""Visits through the services: rules and bad input (nothing saved), permissions, the
schedule, the Today view, the village day list and attachments with backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agricrm.db.database import Database
from agricrm.db.files import attachments_folder
from agricrm.db.migrate import backup_copy
from agricrm.domain.cadence import DueReason
from agricrm.domain.care import CareInput, CareOccasion
from agricrm.domain.enums import Need
from agricrm.domain.errors import AgriCrmError, PermissionDenied, ValidationFailed
from agricrm.domain.visits import FollowUpInput, VisitInput, VisitStatus, VisitType
from agricrm.models import Attachment, Customer, CustomerSchedule, FollowUpAction, Visit
from agricrm.services.actor import Actor
from agricrm.services.attachments import MAX_BYTES, add_attachment, list_attachments
from agricrm.services.care import log_care
from agricrm.services.customers import CustomerService
from agricrm.services.progress import Cancelled, Progress
from agricrm.services.schedule import read_rules, save_rules
from agricrm.services.today import today_view, village_day_list
from agricrm.services.visit_data import VisitQuery
from agricrm.services.visits import VisitService, search_visit_ids
from tests.conftest import DEMO_AS_OF

NOW = dt.datetime.combine(DEMO_AS_OF, dt.time(15, 0))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x01" * 64


def _service(db: Database) -> VisitService:
    return VisitService(db, now=lambda: NOW)


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        visits = session.scalar(select(func.count()).select_from(Visit)) or 0
        follow_ups = session.scalar(select(func.count()).select_from(FollowUpAction)) or 0
    return visits, follow_ups


def _overdue_customer(db: Database, actor: Actor) -> int:
    view = today_view(db, actor, DEMO_AS_OF)
    regular = [item for item in view.overdue if item.reason is not DueReason.POST_LOAN]
    assert regular, "the demo branch has overdue customers"
    return regular[0].customer_id


def _input(db: Database, actor: Actor, customer_id: int, **changes: object) -> VisitInput:
    data = _service(db).new_input(actor, customer_id)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_recording_a_visit_takes_the_customer_off_the_overdue_list(
    demo_db: Database, officer: Actor
) -> None:
    customer_id = _overdue_customer(demo_db, officer)
    data = _input(
        demo_db,
        officer,
        customer_id,
        visit_type=VisitType.RETURN,
        visit_time=dt.time(10, 30),
        production_condition="玉米长势良好",
        needs=frozenset({Need.INSURANCE}),
        satisfaction=5,
        next_visit_date=DEMO_AS_OF + dt.timedelta(days=30),
        follow_ups=[FollowUpInput(description="送保险资料", due_date=DEMO_AS_OF)],
    )
    detail = _service(demo_db).create(officer, data)
    assert detail.status is VisitStatus.DONE and detail.actual_at is not None
    assert detail.follow_ups[0].description == "送保险资料"
    view = today_view(demo_db, officer, DEMO_AS_OF)
    assert customer_id not in {item.customer_id for item in view.overdue}
    assert any(f.description == "送保险资料" for f in view.follow_ups)
    with demo_db.read() as session:
        schedule = session.get(CustomerSchedule, customer_id)
        assert schedule is not None and schedule.last_visit_date == DEMO_AS_OF
        assert schedule.due_date == DEMO_AS_OF + dt.timedelta(days=30)
    # needs found on the visit feed the customer's file
    assert Need.INSURANCE in CustomerService(demo_db).get(officer, customer_id).needs
    ids = search_visit_ids(demo_db, officer, VisitQuery(customer_id=customer_id))
    assert ids[0] == detail.id


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"visit_date": DEMO_AS_OF + dt.timedelta(days=1)}, "visit_date"),
        ({"visit_time": dt.time(23, 0)}, "visit_date"),
        ({"next_visit_date": DEMO_AS_OF - dt.timedelta(days=1)}, "next_visit_date"),
        ({"satisfaction": 6}, "satisfaction"),
        ({"satisfaction": 0}, "satisfaction"),
        (
            {"status": VisitStatus.PLANNED, "visit_date": DEMO_AS_OF - dt.timedelta(days=2)},
            "visit_date",
        ),
        ({"visit_date": None}, "visit_date"),
        (
            {"follow_ups": [FollowUpInput(description="", due_date=DEMO_AS_OF)]},
            "follow_ups[0].description",
        ),
    ],
)
def test_bad_input_gives_a_message_and_saves_nothing(
    demo_db: Database, officer: Actor, changes: dict[str, object], field: str
) -> None:
    customer_id = _overdue_customer(demo_db, officer)
    before = _counts(demo_db)
    with pytest.raises(ValidationFailed) as failure:
        _service(demo_db).create(officer, _input(demo_db, officer, customer_id, **changes))
    error = failure.value.for_field(field)
    assert error is not None and str(error.message)
    assert _counts(demo_db) == before


def test_a_planned_visit_may_lie_in_the_future(demo_db: Database, officer: Actor) -> None:
    customer_id = _overdue_customer(demo_db, officer)
    later = DEMO_AS_OF + dt.timedelta(days=10)
    detail = _service(demo_db).create(
        officer, _input(demo_db, officer, customer_id, status=VisitStatus.PLANNED, visit_date=later)
    )
    assert detail.planned_date == later
    # done on another day: the planned day is kept, a done visit cannot go back to planned
    done = _service(demo_db).update(
        officer,
        detail.id,
        _input(demo_db, officer, customer_id, visit_date=DEMO_AS_OF),
        detail.row_version,
    )
    assert (done.status, done.visit_date, done.planned_date) == (
        VisitStatus.DONE,
        DEMO_AS_OF,
        later,
    )
    with pytest.raises(ValidationFailed) as failure:
        _service(demo_db).update(
            officer,
            done.id,
            _input(demo_db, officer, customer_id, status=VisitStatus.PLANNED, visit_date=later),
            done.row_version,
        )
    assert failure.value.for_field("status") is not None


def test_no_visit_for_an_archived_customer(demo_db: Database, officer: Actor) -> None:
    customer_id = _overdue_customer(demo_db, officer)
    customers = CustomerService(demo_db)
    detail = customers.get(officer, customer_id)
    customers.archive(officer, customer_id, detail.row_version)
    before = _counts(demo_db)
    with pytest.raises(ValidationFailed) as failure:
        _service(demo_db).create(officer, _input(demo_db, officer, customer_id))
    error = failure.value.for_field("customer_id")
    assert error is not None and "archived" in str(error.message)
    assert _counts(demo_db) == before


def test_officers_see_and_record_only_their_customers_visits(
    demo_db: Database, officer: Actor, other_officer: Actor, manager: Actor
) -> None:
    customer_id = _overdue_customer(demo_db, officer)
    before = _counts(demo_db)
    with pytest.raises(PermissionDenied):
        _service(demo_db).create(other_officer, _input(demo_db, officer, customer_id))
    assert _counts(demo_db) == before
    own = set(search_visit_ids(demo_db, officer, VisitQuery()))
    others = set(search_visit_ids(demo_db, other_officer, VisitQuery()))
    everyone = set(search_visit_ids(demo_db, manager, VisitQuery()))
    assert own and others and not own & others and own | others <= everyone
    with demo_db.read() as session:
        officers = set(
            session.scalars(
                select(Customer.officer_id)
                .join(Visit, Visit.customer_id == Customer.id)
                .where(Visit.id.in_(own))
            )
        )
    assert officers == {officer.user_id}
    visit_id = next(iter(others))
    with pytest.raises(PermissionDenied):
        _service(demo_db).get(officer, visit_id)
    assert (
        today_view(demo_db, officer, DEMO_AS_OF).overdue_total
        < today_view(demo_db, manager, DEMO_AS_OF).overdue_total
    )


def test_a_visit_recorded_by_someone_else_is_credited_to_the_customers_officer(
    demo_db: Database, admin: Actor, manager: Actor, officer: Actor
) -> None:
    """The Today view and the visit log recorded the administrator (the acting user) as the
    officer of every visit: the default is the customer's officer, unless one is chosen."""
    customer_id = _overdue_customer(demo_db, officer)
    service = _service(demo_db)
    for actor in (admin, manager):
        assert service.new_input(actor, customer_id).officer_id == officer.user_id
        detail = service.create(actor, service.new_input(actor, customer_id))
        assert (detail.officer_id, detail.officer_name) == (officer.user_id, officer.display_name)
    undecided = service.new_input(admin, customer_id)
    undecided.officer_id = None  # e.g. a form that never asked
    assert service.create(admin, undecided).officer_id == officer.user_id
    chosen = service.new_input(manager, customer_id)
    chosen.officer_id = manager.user_id  # the manager went on the visit himself
    made = service.create(manager, chosen)
    assert made.officer_id == manager.user_id
    again = made.to_input()
    again.officer_id = None  # an edit that leaves the officer out keeps the one recorded
    assert service.update(manager, made.id, again, made.row_version).officer_id == manager.user_id
    assert service.new_input(admin, None).officer_id == admin.user_id  # no customer chosen yet


def test_changed_rules_rebuild_every_due_date(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    before = today_view(demo_db, manager, DEMO_AS_OF).overdue_total
    with pytest.raises(PermissionDenied):
        save_rules(demo_db, officer, read_rules(demo_db, officer))
    rules = read_rules(demo_db, manager)
    from dataclasses import replace

    covered = save_rules(demo_db, manager, replace(rules, post_loan_days=1, overdue_loan_days=1))
    assert covered > 0  # saving the rules rebuilt the due dates; nothing else to call
    assert today_view(demo_db, manager, DEMO_AS_OF).overdue_total > before
    with pytest.raises(ValidationFailed):
        save_rules(demo_db, manager, replace(rules, post_loan_days=0))


def _schedule_rows(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    CustomerSchedule.customer_id,
                    CustomerSchedule.due_date,
                    CustomerSchedule.due_reason,
                    CustomerSchedule.cadence_class,
                ).order_by(CustomerSchedule.customer_id)
            )
        ]


class _StopAt(Progress):
    """Cancels at its `at`-th report, or with `failure` raises that from the report instead
    (as a broken progress bar would), once part of the rebuild is written."""

    def __init__(self, at: int, failure: Exception | None = None) -> None:
        super().__init__(self._reported)
        self.at, self.failure, self.reports = at, failure, 0

    def report(self, done: int, total: int) -> None:
        if self.reports + 1 == self.at and self.failure is None:
            self.cancel()
        super().report(done, total)

    def _reported(self, done: int, total: int) -> None:
        self.reports += 1
        if self.reports == self.at and self.failure is not None:
            raise self.failure


@pytest.mark.parametrize("failure", [None, RuntimeError("the progress bar broke")])
def test_rules_and_their_due_dates_are_saved_together_or_not_at_all(
    demo_db: Database, manager: Actor, monkeypatch: pytest.MonkeyPatch, failure: Exception | None
) -> None:
    from dataclasses import replace

    from agricrm.services import schedule

    monkeypatch.setattr(schedule, "CHUNK", 100)  # 400 customers: four chunks, stop after two
    old_rules, old_schedule = read_rules(demo_db, manager), _schedule_rows(demo_db)
    new_rules = replace(old_rules, post_loan_days=1, overdue_loan_days=1)
    stop = _StopAt(3, failure)
    with pytest.raises(type(failure) if failure else Cancelled):
        save_rules(demo_db, manager, new_rules, stop)
    assert stop.reports == 3 - (failure is None)  # it stopped midway through the rebuild
    assert read_rules(demo_db, manager) == old_rules
    assert _schedule_rows(demo_db) == old_schedule

    assert save_rules(demo_db, manager, new_rules, Progress()) > 0
    assert read_rules(demo_db, manager) == new_rules
    rebuilt = _schedule_rows(demo_db)
    assert rebuilt != old_schedule
    schedule.rebuild_schedule(demo_db, manager)  # the due dates were those of the new rules
    assert _schedule_rows(demo_db) == rebuilt


def greet_every_birthday(db: Database, manager: Actor) -> None:
    """Classification rules whose every strategy greets birthdays (by default only quality
    and potential customers' do, and the small demo has few in any week)."""
    from dataclasses import replace

    from agricrm.services import classes

    rules = classes.read_rules(db, manager)
    strategy = {
        key: replace(one, care=(*one.care, "birthday") if "birthday" not in one.care else one.care)
        for key, one in rules.strategy.items()
    }
    classes.save_rules(db, manager, replace(rules, strategy=strategy))


def test_birthday_greeting_is_remembered(demo_db: Database, manager: Actor) -> None:
    officer = manager
    greet_every_birthday(demo_db, manager)
    view = today_view(demo_db, officer, DEMO_AS_OF)
    assert view.birthdays
    birthday = view.birthdays[0]
    log_care(
        demo_db,
        officer,
        CareInput(
            customer_id=birthday.customer_id,
            occasion=CareOccasion.LUNAR_BIRTHDAY if birthday.lunar else CareOccasion.BIRTHDAY,
            occasion_date=birthday.date,
        ),
    )
    after = {b.customer_id: b for b in today_view(demo_db, officer, DEMO_AS_OF).birthdays}
    assert after[birthday.customer_id].greeted
    with pytest.raises(ValidationFailed):
        log_care(
            demo_db,
            officer,
            CareInput(customer_id=birthday.customer_id, occasion=CareOccasion.FESTIVAL),
        )


def test_village_day_list_lists_due_customers_with_open_follow_ups(
    demo_db: Database, officer: Actor
) -> None:
    view = today_view(demo_db, officer, DEMO_AS_OF)
    target = view.overdue[0]
    _service(demo_db).create(
        officer,
        _input(
            demo_db,
            officer,
            target.customer_id,
            status=VisitStatus.PLANNED,
            visit_date=DEMO_AS_OF + dt.timedelta(days=1),
            follow_ups=[
                FollowUpInput(description="带上保险单", due_date=DEMO_AS_OF + dt.timedelta(days=3))
            ],
        ),
    )
    day_list = village_day_list(demo_db, officer, target.township, target.village, DEMO_AS_OF)
    entry = next(e for e in day_list.entries if e.customer_id == target.customer_id)
    assert entry.days_overdue == target.days_overdue
    assert [f.description for f in entry.follow_ups] == ["带上保险单"]
    assert all(
        e.due_date is None or e.due_date <= DEMO_AS_OF
        for e in day_list.entries
        if e.planned_visit_id is None
    )


# ---------------------------------------------------------------------------- attachments


def test_attachments_are_checked_stored_once_and_backed_up(
    demo_db: Database, officer: Actor, tmp_path: Path
) -> None:
    customer_id = _overdue_customer(demo_db, officer)
    photo = tmp_path / "田间.png"
    photo.write_bytes(PNG)
    first = add_attachment(demo_db, officer, photo, customer_id=customer_id)
    visit = _service(demo_db).create(officer, _input(demo_db, officer, customer_id))
    second = add_attachment(demo_db, officer, photo, visit_id=visit.id)
    assert first.sha256 == second.sha256 and first.path == second.path
    assert first.path.read_bytes() == PNG and first.media_type == "image/png"
    assert first.path.is_relative_to(attachments_folder(demo_db.path))
    assert [a.original_name for a in list_attachments(demo_db, officer, visit_id=visit.id)] == [
        "田间.png"
    ]
    assert _service(demo_db).get(officer, visit.id).attachments[0].id == second.id

    text = tmp_path / "notes.jpg"
    text.write_text("not a photo", encoding="utf-8")
    big = tmp_path / "big.jpg"
    big.write_bytes(JPEG + b"\x00" * MAX_BYTES)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Attachment))
    for bad, words in (
        (text, "JPEG"),
        (big, "MB"),
        (empty, "empty"),
        (tmp_path / "gone.png", "gone"),
    ):
        with pytest.raises(AgriCrmError, match=words):
            add_attachment(demo_db, officer, bad, customer_id=customer_id)
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == before
    with pytest.raises(PermissionDenied):
        add_attachment(demo_db, officer, photo, customer_id=_someone_elses(demo_db, officer))

    backup = backup_copy(demo_db.location, "test")
    copied = attachments_folder(backup) / first.path.relative_to(attachments_folder(demo_db.path))
    assert copied.read_bytes() == PNG
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("SELECT count(*) FROM attachments").fetchone()[0] == 2
    finally:
        connection.close()


def _someone_elses(db: Database, actor: Actor) -> int:
    with db.read() as session:
        found = session.scalar(
            select(Customer.id).where(Customer.officer_id != actor.user_id).limit(1)
        )
    assert found is not None
    return found


def test_an_upgraded_database_gets_a_schedule_for_existing_customers(tmp_path: Path) -> None:
    import shutil

    from agricrm.db.database import open_database
    from agricrm.services.derived import bring_up_to_date
    from tests.core.test_migrations import FIXTURE_0001

    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0001, path)
    db = open_database(path)
    try:
        bring_up_to_date(db)  # as opening it in the app or the command line does
        with db.read() as session:
            rows = session.scalars(select(CustomerSchedule)).all()
            assert len(rows) == 2 and all(row.due_date is not None for row in rows)
            assert all(row.birthday_code for row in rows)
    finally:
        db.close()


def test_the_demo_branch_has_visits_follow_ups_and_care(demo_template: Path) -> None:
    connection = sqlite3.connect(demo_template)
    try:
        statuses = dict(connection.execute("SELECT status, count(*) FROM visits GROUP BY 1"))
        assert set(statuses) == {"planned", "done", "missed", "cancelled"}
        assert sum(statuses.values()) > 1000
        assert connection.execute("SELECT count(*) FROM follow_up_actions").fetchone()[0] > 50
        assert connection.execute("SELECT count(*) FROM care_events").fetchone()[0] > 10
        assert (
            connection.execute(
                "SELECT count(*) FROM customers WHERE keeps_lunar_birthday"
            ).fetchone()[0]
            > 10
        )
        orphans = connection.execute(
            "SELECT count(*) FROM customers c LEFT JOIN customer_schedule s "
            "ON s.customer_id = c.id WHERE s.customer_id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        connection.close()
