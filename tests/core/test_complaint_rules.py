"""The complaint workflow as plain rules: the whole transition matrix, deadlines, input."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from agricrm.domain.complaints import (
    CLOSE_NEEDS_REPLY,
    CLOSED_READ_ONLY,
    DEFAULT_CATEGORIES,
    ComplaintAction,
    ComplaintCategory,
    ComplaintInput,
    ComplaintSeverity,
    ComplaintStatus,
    Deadlines,
    ReplyMethod,
    ReplyStep,
    allowed_actions,
    check_categories,
    check_deadlines,
    check_intake,
    check_step,
    compute_due_at,
    custom_label,
    due_day,
    is_overdue,
    next_custom_code,
    refusal,
    target_status,
)
from agricrm.i18n import Message, untranslated

S = ComplaintStatus
A = ComplaintAction
CST = dt.timezone(dt.timedelta(hours=8))
WEST = dt.timezone(dt.timedelta(hours=-5))

# Written out by hand from the issue: received → investigating → resolving → replied →
# closed, plus reopen from replied or closed (back to investigating).
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
def test_every_workflow_transition_is_allowed_or_refused_as_specified(
    status: ComplaintStatus, action: ComplaintAction
) -> None:
    expected = EXPECTED_MOVES.get((status, action))
    assert target_status(status, action) is expected
    assert (action in allowed_actions(status)) == (expected is not None)
    reason = refusal(status, action)
    if expected is None:
        assert reason is not None
    else:
        assert reason is None


@pytest.mark.parametrize(("status", "action"), list(itertools.product(S, (A.ASSIGN, A.EDIT))))
def test_upkeep_keeps_the_status_and_is_refused_once_closed(
    status: ComplaintStatus, action: ComplaintAction
) -> None:
    if status is S.CLOSED:
        assert target_status(status, action) is None
        assert refusal(status, action) is CLOSED_READ_ONLY
    else:
        assert target_status(status, action) is status


@pytest.mark.parametrize("status", list(S))
def test_a_caller_can_be_linked_to_a_customer_in_any_status(status: ComplaintStatus) -> None:
    assert target_status(status, A.LINK_CUSTOMER) is status


@pytest.mark.parametrize("status", list(S))
def test_receive_is_never_a_step(status: ComplaintStatus) -> None:
    assert target_status(status, A.RECEIVE) is None


@pytest.mark.parametrize("status", [S.RECEIVED, S.INVESTIGATING, S.RESOLVING])
def test_closing_before_the_answer_says_so(status: ComplaintStatus) -> None:
    assert refusal(status, A.CLOSE) is CLOSE_NEEDS_REPLY


def test_a_refused_step_names_the_action_and_status() -> None:
    reason = refusal(S.CLOSED, A.RESOLVE)
    assert isinstance(reason, Message)
    assert reason.render(untranslated) == (
        "Cannot conclude the investigation while the complaint is “Closed”."
    )


def test_allowed_actions_in_form_order() -> None:
    assert allowed_actions(S.REPLIED) == (A.CLOSE, A.REOPEN)
    assert allowed_actions(S.CLOSED) == (A.REOPEN,)
    assert allowed_actions(S.RECEIVED) == (A.INVESTIGATE,)


# ----------------------------------------------------------------------------- deadlines


@pytest.mark.parametrize(
    ("received_local", "severity", "last_day"),
    [
        (dt.datetime(2026, 6, 1, 9, 0), ComplaintSeverity.GENERAL, dt.date(2026, 6, 16)),
        (dt.datetime(2026, 6, 1, 23, 59), ComplaintSeverity.GENERAL, dt.date(2026, 6, 16)),
        (dt.datetime(2026, 6, 1, 0, 5), ComplaintSeverity.GENERAL, dt.date(2026, 6, 16)),
        (dt.datetime(2026, 6, 1, 9, 0), ComplaintSeverity.SERIOUS, dt.date(2026, 6, 8)),
        (dt.datetime(2026, 6, 1, 9, 0), ComplaintSeverity.MAJOR, dt.date(2026, 6, 4)),
        (dt.datetime(2026, 12, 25, 16, 0), ComplaintSeverity.GENERAL, dt.date(2027, 1, 9)),
        (dt.datetime(2028, 2, 27, 10, 0), ComplaintSeverity.MAJOR, dt.date(2028, 3, 1)),
    ],
)
@pytest.mark.parametrize("tz", [CST, dt.UTC, WEST])
def test_the_answer_is_due_by_the_end_of_the_nth_local_day(
    received_local: dt.datetime,
    severity: ComplaintSeverity,
    last_day: dt.date,
    tz: dt.tzinfo,
) -> None:
    received = received_local.replace(tzinfo=tz)
    due = compute_due_at(received, severity, Deadlines(), tz)
    assert due.tzinfo is dt.UTC
    assert due.astimezone(tz) == dt.datetime.combine(
        last_day + dt.timedelta(days=1), dt.time(), tzinfo=tz
    )
    assert due_day(due, tz) == last_day


def test_just_after_midnight_in_china_counts_from_the_chinese_day() -> None:
    # 2026-05-31 16:05 UTC is 2026-06-01 00:05 in China
    received = dt.datetime(2026, 5, 31, 16, 5, tzinfo=dt.UTC)
    due = compute_due_at(received, ComplaintSeverity.MAJOR, Deadlines(), CST)
    assert due_day(due, CST) == dt.date(2026, 6, 4)
    assert due == dt.datetime(2026, 6, 4, 16, 0, tzinfo=dt.UTC)


def test_configured_deadlines_are_used() -> None:
    rules = Deadlines(days={ComplaintSeverity.GENERAL: 10, ComplaintSeverity.MAJOR: 1})
    received = dt.datetime(2026, 6, 1, 9, 0, tzinfo=CST)
    assert due_day(compute_due_at(received, ComplaintSeverity.GENERAL, rules, CST), CST) == (
        dt.date(2026, 6, 11)
    )
    assert due_day(compute_due_at(received, ComplaintSeverity.MAJOR, rules, CST), CST) == (
        dt.date(2026, 6, 2)
    )
    # a severity the stored rules omit falls back to the default
    assert rules.for_severity(ComplaintSeverity.SERIOUS) == 7


def test_overdue_is_exact_at_the_deadline() -> None:
    due = dt.datetime(2026, 6, 16, 16, 0, tzinfo=dt.UTC)
    second = dt.timedelta(seconds=1)
    assert not is_overdue(S.INVESTIGATING, due, None, due - second)
    assert is_overdue(S.INVESTIGATING, due, None, due)
    assert is_overdue(S.RECEIVED, due, None, due + second)
    assert not is_overdue(S.REPLIED, due, due - second, due + dt.timedelta(days=30))
    assert is_overdue(S.CLOSED, due, due, due + dt.timedelta(days=30))
    assert not is_overdue(S.CLOSED, due, None, due + dt.timedelta(days=30))


# ----------------------------------------------------------------------------- input

NOW = dt.datetime(2026, 6, 30, 4, 0, tzinfo=dt.UTC)


def _intake(**changes: object) -> ComplaintInput:
    data = ComplaintInput(
        caller_name=" 赵  大海 ",
        caller_phone="0539-3221234",
        category="interest_fees",
        description=" 多收了手续费 ",
        received_at=NOW - dt.timedelta(days=1),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _fields(errors: list) -> dict[str, str]:
    return {e.field: str(e.message) for e in errors}


def test_intake_is_trimmed_and_accepts_landlines_and_mobiles() -> None:
    clean, errors = check_intake(_intake(), DEFAULT_CATEGORIES, NOW)
    assert errors == []
    assert (clean.caller_name, clean.caller_phone, clean.description) == (
        "赵 大海",
        "05393221234",
        "多收了手续费",
    )
    clean, errors = check_intake(_intake(caller_phone="+86 138-0013-8000"), DEFAULT_CATEGORIES, NOW)
    assert errors == [] and clean.caller_phone == "13800138000"


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"caller_name": ""}, "caller_name", "Choose the customer"),
        ({"caller_phone": ""}, "caller_phone", "Enter a phone number"),
        ({"caller_phone": "12345"}, "caller_phone", "7 to 12 digits"),
        ({"caller_phone": "138001380001234"}, "caller_phone", "7 to 12 digits"),
        ({"category": "weather"}, "category", "“weather” is not a complaint category"),
        ({"category": ""}, "category", "required"),
        ({"description": "   "}, "description", "required"),
        ({"description": "长" * 4001}, "description", "At most 4000"),
        ({"received_at": None}, "received_at", "required"),
        ({"received_at": NOW + dt.timedelta(hours=1)}, "received_at", "future"),
        ({"received_at": dt.datetime(1999, 12, 31, tzinfo=dt.UTC)}, "received_at", "2000"),
        ({"severity": None}, "severity", "required"),
        ({"channel": None}, "channel", "required"),
    ],
)
def test_bad_intake_is_explained_per_field(changes: dict, field: str, text: str) -> None:
    _clean, errors = check_intake(_intake(**changes), DEFAULT_CATEGORIES, NOW)
    assert field in _fields(errors) and text in _fields(errors)[field]


def test_a_registered_customer_needs_no_caller_details() -> None:
    _clean, errors = check_intake(
        _intake(customer_id=5, caller_name="", caller_phone=""), DEFAULT_CATEGORIES, NOW
    )
    assert errors == []


def test_a_retired_category_is_refused_for_new_complaints_but_kept_on_old_ones() -> None:
    categories = (*DEFAULT_CATEGORIES[:-1], ComplaintCategory("other", custom_label("其他"), False))
    _clean, errors = check_intake(_intake(category="other"), categories, NOW)
    assert "no longer used" in _fields(errors)["category"]
    _clean, errors = check_intake(_intake(category="other"), categories, NOW, "other")
    assert errors == []


def test_a_slow_laptop_clock_is_tolerated() -> None:
    _clean, errors = check_intake(
        _intake(received_at=NOW + dt.timedelta(minutes=3)), DEFAULT_CATEGORIES, NOW
    )
    assert errors == []


def _reply(**changes: object) -> ReplyStep:
    values = {
        "measures": "退还手续费",
        "compensation": Decimal("35.50"),
        "reply_method": ReplyMethod.PHONE,
        "replied_at": NOW - dt.timedelta(hours=2),
        "reply_content": "已电话告知",
    }
    values.update(changes)
    return ReplyStep(**values)  # type: ignore[arg-type]


RECEIVED = NOW - dt.timedelta(days=3)


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"replied_at": RECEIVED - dt.timedelta(minutes=1)}, "replied_at", "before the complaint"),
        ({"replied_at": NOW + dt.timedelta(days=1)}, "replied_at", "future"),
        ({"replied_at": None}, "replied_at", "required"),
        ({"measures": ""}, "measures", "required"),
        ({"reply_content": " "}, "reply_content", "required"),
        ({"reply_method": None}, "reply_method", "required"),
        ({"compensation": Decimal("-1")}, "compensation", "negative"),
        ({"compensation": Decimal("0.001")}, "compensation", "two decimal"),
        ({"compensation": Decimal("20000000")}, "compensation", "larger"),
    ],
)
def test_bad_replies_are_explained(changes: dict, field: str, text: str) -> None:
    _clean, errors = check_step(_reply(**changes), NOW, RECEIVED)
    assert text in _fields(errors).get(field, "")


def test_a_reply_dated_before_receipt_names_the_receipt_time() -> None:
    _clean, errors = check_step(
        _reply(replied_at=RECEIVED - dt.timedelta(days=1)), NOW, RECEIVED, tz=CST
    )
    assert _fields(errors)["replied_at"] == (
        "The answer cannot be dated before the complaint was received (2026-06-27 12:00)."
    )


def test_after_a_reopening_the_answer_must_be_newer_than_the_reopening() -> None:
    reopened = NOW - dt.timedelta(days=1)
    _clean, errors = check_step(
        _reply(replied_at=reopened - dt.timedelta(hours=1)), NOW, RECEIVED, reopened
    )
    assert "reopened" in _fields(errors)["replied_at"]
    _clean, errors = check_step(_reply(), NOW, RECEIVED, reopened)
    assert errors == []


def test_a_reply_at_the_exact_receipt_time_is_fine() -> None:
    _clean, errors = check_step(_reply(replied_at=RECEIVED, compensation=None), NOW, RECEIVED)
    assert errors == []


# ----------------------------------------------------------------------------- settings


def test_categories_can_be_renamed_added_and_retired_never_removed() -> None:
    renamed = (
        ComplaintCategory("service_attitude", custom_label("服务态度与礼仪")),
        *DEFAULT_CATEGORIES[1:],
        ComplaintCategory(next_custom_code(DEFAULT_CATEGORIES), custom_label("网点环境")),
    )
    assert renamed[-1].code == "custom_1"
    assert check_categories(renamed, DEFAULT_CATEGORIES) == []
    removed = DEFAULT_CATEGORIES[1:]
    assert "cannot be removed" in str(check_categories(removed, DEFAULT_CATEGORIES)[0].message)
    retired = tuple(ComplaintCategory(c.code, c.label, False) for c in DEFAULT_CATEGORIES)
    assert "at least one" in str(check_categories(retired, DEFAULT_CATEGORIES)[0].message)
    duplicate = (*DEFAULT_CATEGORIES, ComplaintCategory("custom_1", custom_label("Other")))
    assert "Two categories" in str(check_categories(duplicate, DEFAULT_CATEGORIES)[0].message)
    blank = (*DEFAULT_CATEGORIES, ComplaintCategory("custom_1", custom_label(" ")))
    assert "needs a name" in str(check_categories(blank, DEFAULT_CATEGORIES)[0].message)
    bad_code = (*DEFAULT_CATEGORIES, ComplaintCategory("Bad Code", custom_label("x")))
    assert "not a valid" in str(check_categories(bad_code, DEFAULT_CATEGORIES)[0].message)


def test_deadlines_must_be_sensible() -> None:
    assert check_deadlines(Deadlines()) == []
    bad = Deadlines(days={ComplaintSeverity.MAJOR: 0}, warning_days=-1)
    assert {e.field for e in check_deadlines(bad)} == {"days.major", "warning_days"}
