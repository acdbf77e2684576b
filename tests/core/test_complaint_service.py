"""Complaint services on a real SQLite file: the workflow matrix end to end, bad input that
saves nothing, who may see and do what, and the history that is kept."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from sqlalchemy import select

from agricrm.db.database import Database
from agricrm.db.door import Cause, writer_of
from agricrm.domain.complaints import (
    DEFAULT_CATEGORIES,
    ComplaintAction,
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    Deadlines,
    InvestigateStep,
    ReopenStep,
    ResolveStep,
    compute_due_at,
    custom_label,
)
from agricrm.domain.errors import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from agricrm.models import Complaint
from agricrm.services.actor import Actor
from agricrm.services.complaint_data import ComplaintQuery
from agricrm.services.complaint_search import (
    complaint_rows,
    customer_complaints,
    search_complaint_ids,
)
from agricrm.services.complaint_settings import (
    ComplaintSettings,
    complaint_settings,
    save_complaint_settings,
)
from agricrm.services.complaints import (
    WorkflowRefused,
    assign_complaint,
    delete_complaint,
    get_complaint,
    link_customer,
    perform_step,
    receive_complaint,
    update_complaint,
)
from tests.core.complaint_helpers import (
    T0,
    at,
    caller_intake,
    complaint_in,
    counts,
    customer_intake,
    customer_of,
    step_for,
)

S = ComplaintStatus
A = ComplaintAction
EXPECTED_MOVES = {
    (S.RECEIVED, A.INVESTIGATE): S.INVESTIGATING,
    (S.INVESTIGATING, A.RESOLVE): S.RESOLVING,
    (S.RESOLVING, A.REPLY): S.REPLIED,
    (S.REPLIED, A.CLOSE): S.CLOSED,
    (S.REPLIED, A.REOPEN): S.INVESTIGATING,
    (S.CLOSED, A.REOPEN): S.INVESTIGATING,
}
MOVES = (A.INVESTIGATE, A.RESOLVE, A.REPLY, A.CLOSE, A.REOPEN)


@pytest.mark.parametrize(("status", "action"), list(itertools.product(S, MOVES)))
def test_the_service_applies_exactly_the_allowed_transitions(
    demo_db: Database, officer: Actor, status: ComplaintStatus, action: ComplaintAction
) -> None:
    detail = complaint_in(demo_db, officer, status)
    before = counts(demo_db)
    expected = EXPECTED_MOVES.get((status, action))
    if expected is None:
        with pytest.raises(WorkflowRefused):
            perform_step(
                demo_db, officer, detail.id, step_for(action), detail.row_version, now=at(4)
            )
        assert counts(demo_db) == before
        unchanged = get_complaint(demo_db, officer, detail.id)
        assert (unchanged.status, unchanged.row_version) == (status, detail.row_version)
        return
    after = perform_step(
        demo_db, officer, detail.id, step_for(action), detail.row_version, now=at(4)
    )
    assert after.status is expected
    assert counts(demo_db) == (before[0], before[1] + 1)
    last = after.events[-1]
    assert (last.action, last.from_status, last.to_status) == (action, status, expected)
    assert last.actor_name == "王芳" and last.happened_at == at(4)


def test_the_full_history_is_kept_with_each_steps_data(demo_db: Database, officer: Actor) -> None:
    detail = complaint_in(demo_db, officer, S.CLOSED)
    reopened = perform_step(
        demo_db, officer, detail.id, ReopenStep("客户不满意"), detail.row_version, now=at(5)
    )
    events = reopened.events
    assert [e.action for e in events] == [
        A.RECEIVE,
        A.INVESTIGATE,
        A.RESOLVE,
        A.REPLY,
        A.CLOSE,
        A.REOPEN,
    ]
    assert [e.to_status for e in events] == [
        S.RECEIVED,
        S.INVESTIGATING,
        S.RESOLVING,
        S.REPLIED,
        S.CLOSED,
        S.INVESTIGATING,
    ]
    assert events[0].category == "loan_processing" and events[0].due_at == detail.due_at
    assert events[2].findings == "情况属实" and events[2].responsibility.value == "our_side"
    assert events[3].compensation == Decimal("200.00") and events[3].replied_at == at(2)
    assert events[4].satisfaction.value == "satisfied" and events[4].note == "回访满意"
    assert events[5].note == "客户不满意"
    # reopened: waiting for a new answer, against a deadline counted from the reopening
    assert reopened.replied_at is None and reopened.satisfaction is None
    assert reopened.closed_at is None and reopened.reopen_count == 1
    assert reopened.reopened_at == at(5)
    assert reopened.due_at == compute_due_at(at(5), ComplaintSeverity.GENERAL, Deadlines())
    assert events[5].due_at == reopened.due_at
    # the investigation result stays until the next one replaces it
    assert reopened.findings == "情况属实"


def test_intake_computes_number_deadline_and_handling_officer(
    demo_db: Database, officer: Actor
) -> None:
    first = receive_complaint(demo_db, officer, customer_intake(demo_db, officer), now=at(1))
    second = receive_complaint(
        demo_db,
        officer,
        caller_intake(severity=ComplaintSeverity.MAJOR, received_at=T0 + dt.timedelta(hours=1)),
        now=at(1),
    )
    local_day = T0.astimezone().date()
    assert first.number == f"TS{local_day:%Y%m%d}-001"
    assert second.number == f"TS{local_day:%Y%m%d}-002"
    assert first.due_at == compute_due_at(T0, ComplaintSeverity.GENERAL, Deadlines())
    assert second.due_at == compute_due_at(second.received_at, ComplaintSeverity.MAJOR, Deadlines())
    assert first.officer_id == officer.user_id and first.customer_name
    assert first.complainant == first.customer_name
    assert second.complainant == "赵大海" and second.phone == "13800138000"
    assert first.allowed_actions == (A.INVESTIGATE,)


def test_a_manager_receiving_for_a_customer_hands_it_to_the_customers_officer(
    demo_db: Database, manager: Actor, officer: Actor
) -> None:
    detail = receive_complaint(demo_db, manager, customer_intake(demo_db, officer), now=at(1))
    assert detail.officer_id == officer.user_id


# ----------------------------------------------------------------------------- bad input


def test_closing_without_a_reply_is_refused_and_nothing_saved(
    demo_db: Database, officer: Actor
) -> None:
    detail = complaint_in(demo_db, officer, S.RESOLVING)
    before = counts(demo_db)
    with pytest.raises(WorkflowRefused) as refused:
        perform_step(demo_db, officer, detail.id, step_for(A.CLOSE), detail.row_version)
    assert str(refused.value) == "Answer the customer before closing the complaint."
    assert counts(demo_db) == before
    assert get_complaint(demo_db, officer, detail.id).status is S.RESOLVING


def test_a_replied_complaint_without_its_answer_cannot_be_closed(
    demo_db: Database, officer: Actor
) -> None:
    """Data from elsewhere (a hand-made workbook) may say replied without an answer."""
    detail = complaint_in(demo_db, officer, S.REPLIED)
    with demo_db.write(None, Cause.IMPORT) as session:
        writer_of(session).update(Complaint.__table__, [{"id": detail.id, "replied_at": None}])
    version = get_complaint(demo_db, officer, detail.id).row_version
    with pytest.raises(WorkflowRefused, match="Answer the customer"):
        perform_step(demo_db, officer, detail.id, step_for(A.CLOSE), version)


def test_a_reply_dated_before_receipt_is_refused_and_nothing_saved(
    demo_db: Database, officer: Actor
) -> None:
    detail = complaint_in(demo_db, officer, S.RESOLVING)
    before = counts(demo_db)
    early = step_for(A.REPLY, replied_at=T0 - dt.timedelta(days=1))
    with pytest.raises(ValidationFailed) as failure:
        perform_step(demo_db, officer, detail.id, early, detail.row_version, now=at(3))
    error = failure.value.for_field("replied_at")
    assert error is not None and "before the complaint was received" in str(error.message)
    assert counts(demo_db) == before
    unchanged = get_complaint(demo_db, officer, detail.id)
    assert unchanged.status is S.RESOLVING and unchanged.replied_at is None


def test_an_unknown_category_is_refused_and_nothing_saved(
    demo_db: Database, officer: Actor
) -> None:
    before = counts(demo_db)
    with pytest.raises(ValidationFailed) as failure:
        receive_complaint(demo_db, officer, caller_intake(category="weather"), now=at(1))
    assert "“weather” is not a complaint category" in str(
        failure.value.for_field("category").message
    )
    assert counts(demo_db) == before


def test_every_problem_of_an_intake_is_reported_at_once(demo_db: Database, officer: Actor) -> None:
    with pytest.raises(ValidationFailed) as failure:
        receive_complaint(
            demo_db,
            officer,
            caller_intake(caller_name="", caller_phone="1", description="", category="x"),
            now=at(1),
        )
    assert {e.field for e in failure.value.errors} == {
        "caller_name",
        "caller_phone",
        "description",
        "category",
    }
    assert counts(demo_db) == (0, 0)


def test_a_missing_customer_is_explained(demo_db: Database, manager: Actor) -> None:
    with pytest.raises(ValidationFailed) as failure:
        receive_complaint(demo_db, manager, caller_intake(customer_id=999_999), now=at(1))
    assert failure.value.for_field("customer_id") is not None


def test_a_stale_form_cannot_overwrite_a_newer_step(demo_db: Database, officer: Actor) -> None:
    detail = complaint_in(demo_db, officer, S.RECEIVED)
    perform_step(demo_db, officer, detail.id, InvestigateStep(), detail.row_version)
    with pytest.raises(StaleRecord):
        perform_step(demo_db, officer, detail.id, InvestigateStep(), detail.row_version)


def test_a_resolution_needs_cause_responsibility_and_findings(
    demo_db: Database, officer: Actor
) -> None:
    detail = complaint_in(demo_db, officer, S.INVESTIGATING)
    with pytest.raises(ValidationFailed) as failure:
        perform_step(demo_db, officer, detail.id, ResolveStep(), detail.row_version)
    assert {e.field for e in failure.value.errors} == {"cause", "responsibility", "findings"}


# ----------------------------------------------------------------------------- permissions


def test_an_officer_sees_only_their_own_complaints(
    demo_db: Database, officer: Actor, other_officer: Actor, manager: Actor
) -> None:
    mine = receive_complaint(demo_db, officer, customer_intake(demo_db, officer), now=at(1))
    theirs = receive_complaint(demo_db, other_officer, caller_intake(), now=at(1))
    assert search_complaint_ids(demo_db, officer, ComplaintQuery()) == [mine.id]
    assert search_complaint_ids(demo_db, other_officer, ComplaintQuery()) == [theirs.id]
    assert sorted(search_complaint_ids(demo_db, manager, ComplaintQuery())) == sorted(
        [mine.id, theirs.id]
    )
    with pytest.raises(NotFound):
        get_complaint(demo_db, other_officer, mine.id)
    assert complaint_rows(demo_db, other_officer, [mine.id]) == {}
    with pytest.raises(NotFound):
        perform_step(demo_db, other_officer, mine.id, InvestigateStep(), mine.row_version)


def test_the_customers_officer_sees_but_only_the_handler_acts(
    demo_db: Database, officer: Actor, other_officer: Actor, manager: Actor
) -> None:
    detail = receive_complaint(demo_db, manager, customer_intake(demo_db, officer), now=at(1))
    moved = assign_complaint(
        demo_db,
        manager,
        detail.id,
        other_officer.user_id,
        detail.row_version,
        "换人处理",
        now=at(1),
    )
    assert moved.officer_name == "李强" and moved.events[-1].action is A.ASSIGN
    assert moved.events[-1].officer_name == "李强" and moved.events[-1].note == "换人处理"
    seen = get_complaint(demo_db, officer, detail.id)
    assert not seen.may_act and seen.allowed_actions == ()
    with pytest.raises(PermissionDenied, match="李强"):
        perform_step(demo_db, officer, detail.id, InvestigateStep(), moved.row_version)
    done = perform_step(demo_db, other_officer, detail.id, InvestigateStep(), moved.row_version)
    assert done.status is S.INVESTIGATING
    assert customer_complaints(demo_db, officer, customer_of(demo_db, officer))[0].id == detail.id


def test_officers_cannot_file_for_others_or_reassign(
    demo_db: Database, officer: Actor, other_officer: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        receive_complaint(demo_db, officer, customer_intake(demo_db, other_officer), now=at(1))
    with pytest.raises(PermissionDenied):
        receive_complaint(
            demo_db, officer, caller_intake(officer_id=other_officer.user_id), now=at(1)
        )
    detail = receive_complaint(demo_db, officer, caller_intake(), now=at(1))
    with pytest.raises(PermissionDenied):
        assign_complaint(demo_db, officer, detail.id, other_officer.user_id, detail.row_version)
    with pytest.raises(PermissionDenied):
        delete_complaint(demo_db, officer, detail.id, detail.row_version)
    assert counts(demo_db) == (1, 1)


def test_a_manager_deletes_a_mistaken_complaint_softly(
    demo_db: Database, officer: Actor, manager: Actor
) -> None:
    detail = complaint_in(demo_db, officer, S.RESOLVING)
    delete_complaint(demo_db, manager, detail.id, detail.row_version)
    assert search_complaint_ids(demo_db, manager, ComplaintQuery()) == []
    with pytest.raises(NotFound):
        get_complaint(demo_db, manager, detail.id)
    assert counts(demo_db) == (1, 3)  # kept, marked deleted, so the deletion can travel


def test_only_managers_change_the_complaint_rules(
    demo_db: Database, officer: Actor, manager: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        save_complaint_settings(demo_db, officer, ComplaintSettings())


# ----------------------------------------------------------------------------- upkeep


def test_an_unregistered_caller_is_linked_to_a_customer_later(
    demo_db: Database, officer: Actor
) -> None:
    detail = complaint_in(demo_db, officer, S.CLOSED)
    assert detail.customer_id is None
    customer_id = customer_of(demo_db, officer)
    linked = link_customer(demo_db, officer, detail.id, customer_id, detail.row_version)
    assert linked.customer_id == customer_id and linked.status is S.CLOSED
    assert linked.caller_name == "赵大海"  # what the caller said is kept
    assert linked.complainant == linked.customer_name != "赵大海"
    assert linked.events[-1].action is A.LINK_CUSTOMER
    assert linked.events[-1].customer_name == linked.customer_name
    assert [r.id for r in customer_complaints(demo_db, officer, customer_id)] == [detail.id]
    with pytest.raises(ValidationFailed):
        link_customer(demo_db, officer, detail.id, customer_id, linked.row_version)


def test_correcting_the_severity_moves_the_deadline(demo_db: Database, officer: Actor) -> None:
    detail = complaint_in(demo_db, officer, S.INVESTIGATING)
    data = detail.to_input()
    data.severity = ComplaintSeverity.MAJOR
    data.description = "贷款申请两周没有消息，影响春耕。"
    updated = update_complaint(demo_db, officer, detail.id, data, detail.row_version, "升级")
    assert updated.due_at == compute_due_at(T0, ComplaintSeverity.MAJOR, Deadlines())
    assert updated.description.endswith("影响春耕。")
    assert updated.events[-1].action is A.EDIT and updated.events[-1].severity is (
        ComplaintSeverity.MAJOR
    )
    again = update_complaint(demo_db, officer, detail.id, data, updated.row_version)
    assert again.row_version == updated.row_version  # nothing changed, nothing recorded


def test_a_closed_complaint_cannot_be_corrected(demo_db: Database, officer: Actor) -> None:
    detail = complaint_in(demo_db, officer, S.CLOSED)
    with pytest.raises(WorkflowRefused, match="reopen it"):
        update_complaint(demo_db, officer, detail.id, detail.to_input(), detail.row_version)


def test_receipt_cannot_be_moved_after_the_answer(demo_db: Database, officer: Actor) -> None:
    detail = complaint_in(demo_db, officer, S.REPLIED)
    data = detail.to_input()
    data.received_at = at(2.5)
    with pytest.raises(ValidationFailed) as failure:
        update_complaint(demo_db, officer, detail.id, data, detail.row_version, now=at(3))
    assert failure.value.for_field("received_at") is not None


# ----------------------------------------------------------------------------- settings


def test_settings_default_then_saved_and_used(demo_db: Database, manager: Actor) -> None:
    settings = complaint_settings(demo_db, manager)
    assert [c.code for c in settings.categories] == [c.code for c in DEFAULT_CATEGORIES]
    assert settings.deadlines.for_severity(ComplaintSeverity.GENERAL) == 15
    changed = ComplaintSettings(
        categories=(
            ComplaintCategory("service_attitude", custom_label("服务态度与礼仪")),
            *DEFAULT_CATEGORIES[1:-1],
            ComplaintCategory("other", DEFAULT_CATEGORIES[-1].label, active=False),
            ComplaintCategory("custom_1", custom_label("网点环境")),
        ),
        deadlines=Deadlines(
            days={
                ComplaintSeverity.GENERAL: 10,
                ComplaintSeverity.SERIOUS: 5,
                ComplaintSeverity.MAJOR: 1,
            },
            warning_days=3,
        ),
    )
    save_complaint_settings(demo_db, manager, changed)
    assert complaint_settings(demo_db, manager) == changed
    detail = receive_complaint(demo_db, manager, caller_intake(category="custom_1"), now=at(1))
    assert detail.due_at == compute_due_at(T0, ComplaintSeverity.GENERAL, changed.deadlines)
    with pytest.raises(ValidationFailed, match="no longer used"):
        receive_complaint(demo_db, manager, caller_intake(category="other"), now=at(1))


def test_bad_settings_are_refused_whole(demo_db: Database, manager: Actor) -> None:
    with pytest.raises(ValidationFailed):
        save_complaint_settings(
            demo_db,
            manager,
            ComplaintSettings(
                categories=DEFAULT_CATEGORIES[1:],
                deadlines=Deadlines(days={ComplaintSeverity.GENERAL: 0}),
            ),
        )
    assert complaint_settings(demo_db, manager) == ComplaintSettings()


def test_the_number_sequence_restarts_each_day_and_survives_gaps(
    demo_db: Database, officer: Actor
) -> None:
    first = receive_complaint(demo_db, officer, caller_intake(), now=at(3))
    with demo_db.write(None, Cause.IMPORT) as session:
        writer_of(session).update(
            Complaint.__table__, [{"id": first.id, "number": first.number[:-3] + "041"}]
        )
    second = receive_complaint(demo_db, officer, caller_intake(), now=at(3))
    next_day = receive_complaint(demo_db, officer, caller_intake(received_at=at(1)), now=at(3))
    assert second.number.endswith("-042")
    assert next_day.number.endswith("-001")
    with demo_db.read() as session:
        assert len(session.scalars(select(Complaint.number)).all()) == 3
