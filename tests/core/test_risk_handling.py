"""A warning's handling record: raised, measures taken with their next check, closed with a
result (refused without one, every problem at once), and raised again — when the facts worsen
while it is open, and after a close only when the warning is worse than the closed one or had
cleared in between."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from agricrm.domain.errors import ValidationFailed
from agricrm.domain.risk.assess import Assessment, assess
from agricrm.domain.risk.facts import Level, RiskFacts, RiskLoan
from agricrm.domain.risk.handling import (
    ALREADY_CLOSED,
    BEFORE_LAST_MEASURE,
    BEFORE_OPENED,
    CHECK_NOT_AFTER,
    IN_FUTURE,
    MEASURE_REQUIRED,
    RESULT_REQUIRED,
    TEXT_MAX,
    TEXT_TOO_LONG,
    Handling,
    close,
    follow,
    record_measure,
)
from agricrm.domain.risk.rules import DEFAULT_RISK_RULES
from agricrm.i18n import Message, Text

DAY = dt.date(2026, 12, 3)
CLEAN = RiskFacts(
    loans=(),
    complaints=(),
    visit_due_on=DAY,
    noticed=(),
    income=Decimal(100_000),
    previous_income=Decimal(100_000),
    score=Decimal(80),
    previous_score=Decimal(80),
    land_mu=Decimal(10),
    guarantors=(),
)


def _overdue(days: int, today: dt.date = DAY) -> Assessment:
    facts = replace(CLEAN, loans=(RiskLoan(overdue_days=days),), visit_due_on=today)
    return assess(facts, DEFAULT_RISK_RULES, today, explain=False)


def _clear(today: dt.date = DAY) -> Assessment:
    return assess(replace(CLEAN, visit_due_on=today), DEFAULT_RISK_RULES, today, explain=False)


def _later(days: int) -> dt.date:
    return DAY + dt.timedelta(days=days)


def _problems(raised: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, Text]:
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in raised.value.errors
    }


def test_a_warning_raised_handled_closed_and_raised_again_when_the_facts_worsen() -> None:
    step = follow(None, _overdue(35), DAY)
    assert step.new and step.raised and step.record is not None
    record: Handling[str] = step.record
    assert record.open and record.basis.level is Level.MEDIUM

    record = record_measure(record, "电话催收，约定月底还款", "wangfang", DAY, _later(14), DAY)
    assert record.next_check == _later(14)
    assert not record.check_overdue(_later(14)) and record.check_overdue(_later(15))

    # the same warning a week later, no worse: nothing new
    again = follow(record, _overdue(42, _later(7)), _later(7))
    assert again == type(again)(record, False, False)

    record = close(record, "lijianguo", _later(20), "  已还清逾期本息 ", _later(20))
    assert (record.closed_by, record.closed_on, record.result) == (
        "lijianguo",
        _later(20),
        "已还清逾期本息",
    )
    assert record.next_check is None

    # still 30–89 days overdue after the close: the same warning, not raised again
    assert not follow(record, _overdue(50, _later(21)), _later(21)).raised
    # 90 days: worse than the closed one's basis — a new record, the closed one kept
    worse = follow(record, _overdue(90, _later(60)), _later(60))
    assert worse.new and worse.raised and worse.record is not None
    assert worse.record.opened_on == _later(60) and worse.record.basis.level is Level.HIGH
    assert worse.record.measures == ()


def test_after_a_close_a_warning_that_cleared_and_came_back_is_raised_again() -> None:
    opened = follow(None, _overdue(35), DAY).record
    assert opened is not None
    record = close(opened, "wangfang", DAY, "已处理", DAY)
    cleared = follow(record, _clear(_later(5)), _later(5))
    assert not cleared.raised and not cleared.new and cleared.record is not None
    assert cleared.record.cleared_on == _later(5)
    # cleared stays the first day it cleared
    assert follow(cleared.record, _clear(_later(6)), _later(6)).record == cleared.record
    back = follow(cleared.record, _overdue(31, _later(40)), _later(40))
    assert back.new and back.raised


def test_an_open_warning_that_worsens_is_raised_again_and_keeps_its_measures() -> None:
    record = follow(None, _overdue(35), DAY).record
    assert record is not None
    record = record_measure(record, "上门走访", "wangfang", DAY, None, DAY)
    step = follow(record, _overdue(95, _later(60)), _later(60))
    assert step.raised and not step.new and step.record is not None
    assert step.record.raised_again == (_later(60),)
    assert step.record.measures == record.measures
    assert step.record.basis.level is Level.HIGH
    # easing keeps the worst basis: easing and worsening again to the same is not "worse"
    eased = follow(step.record, _overdue(40, _later(61)), _later(61))
    assert not eased.raised and eased.record == step.record
    assert not follow(step.record, _overdue(95, _later(62)), _later(62)).raised


def test_nothing_to_warn_about_opens_nothing() -> None:
    assert follow(None, _clear(), DAY) == type(follow(None, _clear(), DAY))(None, False, False)


def test_closing_without_a_result_is_refused_with_every_problem() -> None:
    record = follow(None, _overdue(35), DAY).record
    assert record is not None
    record = record_measure(record, "电话催收", "wangfang", _later(3), None, _later(3))
    with pytest.raises(ValidationFailed) as raised:
        close(record, "wangfang", _later(4), "   ", _later(4))
    assert _problems(raised) == {"result": RESULT_REQUIRED}
    with pytest.raises(ValidationFailed) as raised:
        close(record, "wangfang", _later(2), "", _later(4))
    assert _problems(raised) == {"result": RESULT_REQUIRED, "closed_on": BEFORE_LAST_MEASURE}
    with pytest.raises(ValidationFailed) as raised:
        close(record, "wangfang", _later(-1), "x" * (TEXT_MAX + 1), _later(4))
    assert _problems(raised) == {"result": TEXT_TOO_LONG, "closed_on": BEFORE_OPENED}
    with pytest.raises(ValidationFailed) as raised:
        close(record, "wangfang", _later(5), "已处理", _later(4))
    assert _problems(raised) == {"closed_on": IN_FUTURE}
    # on the last measure's day, and a result of exactly the longest length, are accepted
    closed = close(record, "wangfang", _later(3), "x" * TEXT_MAX, _later(4))
    assert not closed.open
    with pytest.raises(ValidationFailed) as raised:
        close(closed, "wangfang", _later(4), "再次关闭", _later(4))
    assert _problems(raised) == {"closed_on": ALREADY_CLOSED}


def test_a_measure_needs_words_and_a_later_check() -> None:
    record = follow(None, _overdue(35), DAY).record
    assert record is not None
    with pytest.raises(ValidationFailed) as raised:
        record_measure(record, " ", "wangfang", _later(-1), _later(-1), DAY)
    assert _problems(raised) == {
        "measure": MEASURE_REQUIRED,
        "taken_on": BEFORE_OPENED,
        "next_check": CHECK_NOT_AFTER,
    }
    with pytest.raises(ValidationFailed) as raised:
        record_measure(record, "走访", "wangfang", DAY, DAY, DAY)
    assert _problems(raised) == {"next_check": CHECK_NOT_AFTER}
    assert record_measure(record, "走访", "wangfang", DAY, _later(1), DAY).next_check == _later(1)
    closed = close(record, "wangfang", DAY, "已处理", DAY)
    with pytest.raises(ValidationFailed) as raised:
        record_measure(closed, "走访", "wangfang", DAY, None, DAY)
    assert _problems(raised) == {"closed_on": ALREADY_CLOSED}
