"""Who maintains whom: assignment, reassignment keeping the history, exactly one current
maintainer, an ineligible customer listed only with a reason, a maintainer who has left
refused, delisting only with a reason, and a bulk assignment refused whole with every problem."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.classification.facts import CardLevel, Segment
from agricrm.domain.errors import ValidationFailed
from agricrm.domain.named_list.assignments import (
    ALREADY_MAINTAINER,
    BEFORE_CURRENT,
    BROKEN_HISTORY,
    CUSTOMER_TWICE,
    ENDS_BEFORE_START,
    MAINTAINER_LEFT,
    MAINTAINER_NO_POST,
    MAINTAINER_UNKNOWN_POST,
    NEEDS_REASON,
    NO_CUSTOMERS,
    NOT_LISTED,
    OTHER_CUSTOMER,
    OUT_OF_ORDER,
    REASON_MAX,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    TWO_CURRENT,
    Assignment,
    Candidate,
    Maintainer,
    assign,
    assign_many,
    check_history,
    current,
    delist,
)
from agricrm.domain.named_list.decisions import Standing, eligible
from agricrm.domain.named_list.rules import DEFAULT_NAMED_LIST_RULES
from agricrm.i18n import Message, Text

RULES = DEFAULT_NAMED_LIST_RULES
MANAGER = 1
WANG = Maintainer(10, "王芳", "rural_officer")
LI = Maintainer(11, "李娜", "lobby_manager")
D1, D2, D3 = dt.date(2026, 3, 1), dt.date(2026, 6, 1), dt.date(2026, 9, 1)
GOOD = eligible(Standing(Segment.QUALITY, CardLevel.GOLD), RULES)
POOR = eligible(Standing(Segment.ORDINARY, CardLevel.ORDINARY), RULES)


def _candidate(customer: int, decision: object = GOOD) -> Candidate[int]:
    return Candidate(customer, f"KH-BFK-{customer:05d}", decision)  # type: ignore[arg-type]


def _problems(refused: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, Text]:
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in refused.value.errors
    }


def test_assigning_lists_the_customer_with_who_when_and_why() -> None:
    history = assign((), _candidate(1), WANG, D1, MANAGER, " 金卡客户 ", RULES)
    assert history == (Assignment(1, WANG.key, D1, MANAGER, "金卡客户", True),)
    assert current(history) == history[0]


def test_reassignment_keeps_the_history_and_one_current_maintainer() -> None:
    first = assign((), _candidate(1), WANG, D1, MANAGER, "", RULES)
    second = assign(first, _candidate(1), LI, D2, MANAGER, "王芳调岗", RULES)
    assert len(second) == 2
    assert second[0] == replace(first[0], ended_on=D2, ended_by=MANAGER, end_reason="王芳调岗")
    assert (second[1].maintainer, second[1].assigned_on) == (LI.key, D2)
    assert current(second) == second[1]
    assert check_history(second) == []
    assert first == (Assignment(1, WANG.key, D1, MANAGER, "", True),)  # nothing changed in place


def test_a_reassignment_on_the_day_of_the_current_one_is_allowed_not_the_day_before() -> None:
    first = assign((), _candidate(1), WANG, D2, MANAGER, "", RULES)
    assert current(assign(first, _candidate(1), LI, D2, MANAGER, "", RULES)).maintainer == LI.key  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as refused:
        assign(first, _candidate(1), LI, D2 - dt.timedelta(days=1), MANAGER, "", RULES)
    assert _problems(refused) == {"customers[0]": BEFORE_CURRENT}


def test_the_same_maintainer_again_is_refused_for_one_customer() -> None:
    first = assign((), _candidate(1), WANG, D1, MANAGER, "", RULES)
    with pytest.raises(ValidationFailed) as refused:
        assign(first, _candidate(1), WANG, D2, MANAGER, "", RULES)
    assert _problems(refused) == {"maintainer": ALREADY_MAINTAINER}
    assert str(refused.value.errors[0].message) == "王芳 already maintains KH-BFK-00001."


def test_an_ineligible_customer_is_listed_only_with_a_reason() -> None:
    with pytest.raises(ValidationFailed) as refused:
        assign((), _candidate(2, POOR), WANG, D1, MANAGER, "   ", RULES)
    assert _problems(refused) == {"customers[0]": NEEDS_REASON}
    assert str(refused.value.errors[0].message).startswith(
        "KH-BFK-00002 is not eligible for the named list (Not eligible by segment: "
    )
    history = assign(
        (), _candidate(2, POOR), WANG, D1, MANAGER, "支行长特批：大额存款将到账", RULES
    )
    assert history[0].eligible is False  # the review's baseline: no flag for what was known


@pytest.mark.parametrize(
    ("left_on", "refused"),
    [(D1 - dt.timedelta(days=1), True), (D1, True), (D1 + dt.timedelta(days=1), False)],
)
def test_a_maintainer_who_has_left_by_the_day_is_refused(left_on: dt.date, refused: bool) -> None:
    leaving = replace(WANG, left_on=left_on)
    if not refused:
        assert assign((), _candidate(1), leaving, D1, MANAGER, "", RULES)
        return
    with pytest.raises(ValidationFailed) as found:
        assign((), _candidate(1), leaving, D1, MANAGER, "", RULES)
    assert _problems(found) == {"maintainer": MAINTAINER_LEFT}
    assert left_on.isoformat() in str(found.value.errors[0].message)


def test_a_maintainer_needs_a_post_of_the_rules() -> None:
    for post, template in ((None, MAINTAINER_NO_POST), ("driver", MAINTAINER_UNKNOWN_POST)):
        with pytest.raises(ValidationFailed) as refused:
            assign((), _candidate(1), replace(WANG, post=post), D1, MANAGER, "", RULES)
        assert _problems(refused) == {"maintainer": template}


def test_a_reason_too_long_is_refused() -> None:
    assert assign((), _candidate(1), WANG, D1, MANAGER, "理" * REASON_MAX, RULES)
    with pytest.raises(ValidationFailed) as refused:
        assign((), _candidate(1), WANG, D1, MANAGER, "理" * (REASON_MAX + 1), RULES)
    assert _problems(refused) == {"reason": REASON_TOO_LONG}


# ---------------------------------------------------------------------------- bulk


def test_a_bulk_assignment_lists_reassigns_and_says_who_was_already_there() -> None:
    histories = {
        2: assign((), _candidate(2), WANG, D1, MANAGER, "", RULES),
        3: assign((), _candidate(3), LI, D1, MANAGER, "", RULES),
    }
    result = assign_many(
        histories,
        [_candidate(1), _candidate(2), _candidate(3)],
        LI,
        D2,
        MANAGER,
        "大堂经理接手",
        RULES,
    )
    assert (result.listed, result.reassigned, result.unchanged) == ((1,), (2,), (3,))
    assert set(result.histories) == {1, 2}
    assert [a.maintainer for a in result.histories[2]] == [WANG.key, LI.key]
    assert all(check_history(h) == [] for h in result.histories.values())


def test_a_bulk_assignment_with_problems_is_refused_whole_naming_every_one() -> None:
    histories = {4: assign((), _candidate(4), WANG, D3, MANAGER, "", RULES)}
    before = dict(histories)
    broken = (
        Assignment(5, WANG.key, D1, MANAGER, "", True),
        Assignment(5, LI.key, D2, MANAGER, "", True),  # two devices: two current maintainers
    )
    histories[5] = broken
    candidates = [
        _candidate(1),
        _candidate(2, POOR),  # ineligible, and no reason given
        _candidate(1),  # chosen twice
        _candidate(4),  # assigned on D3, after the day of this decision
        _candidate(5),
        _candidate(6),
    ]
    leaving = replace(LI, left_on=D1)
    with pytest.raises(ValidationFailed) as refused:
        assign_many(histories, candidates, leaving, D2, MANAGER, "", RULES)
    assert _problems(refused) == {
        "maintainer": MAINTAINER_LEFT,
        "customers[1]": NEEDS_REASON,
        "customers[2]": CUSTOMER_TWICE,
        "customers[3]": BEFORE_CURRENT,
        "customers[4]": BROKEN_HISTORY,
    }
    assert histories[4] == before[4] and histories[5] == broken  # nothing applied


def test_a_bulk_assignment_of_nobody_is_refused() -> None:
    with pytest.raises(ValidationFailed) as refused:
        assign_many({}, [], WANG, D1, MANAGER, "", RULES)
    assert _problems(refused) == {"customers": NO_CUSTOMERS}


def test_a_bulk_assignment_with_a_reason_takes_ineligible_customers_too() -> None:
    result = assign_many(
        {}, [_candidate(1), _candidate(2, POOR)], WANG, D1, MANAGER, "总行名单", RULES
    )
    assert [result.histories[c][0].eligible for c in (1, 2)] == [True, False]


# ---------------------------------------------------------------------------- delisting


def test_delisting_ends_the_current_assignment_with_a_reason() -> None:
    history = assign((), _candidate(1), WANG, D1, MANAGER, "", RULES)
    with pytest.raises(ValidationFailed) as refused:
        delist(history, "KH-BFK-00001", D2, MANAGER, " ")
    assert _problems(refused) == {"reason": REASON_REQUIRED}
    ended = delist(history, "KH-BFK-00001", D2, MANAGER, "不再符合条件，复核后移出")
    assert current(ended) is None
    assert (ended[0].ended_on, ended[0].end_reason) == (D2, "不再符合条件，复核后移出")
    with pytest.raises(ValidationFailed) as again:
        delist(ended, "KH-BFK-00001", D3, MANAGER, "再次移出")
    assert _problems(again) == {"customer": NOT_LISTED}
    relisted = assign(ended, _candidate(1), LI, D3, MANAGER, "", RULES)
    assert len(relisted) == 2 and current(relisted) == relisted[1]


def test_delisting_before_the_assignment_began_is_refused() -> None:
    history = assign((), _candidate(1), WANG, D2, MANAGER, "", RULES)
    with pytest.raises(ValidationFailed) as refused:
        delist(history, "KH-BFK-00001", D1, MANAGER, "移出")
    assert _problems(refused) == {"on": BEFORE_CURRENT}


# ---------------------------------------------------------------------------- the history


def test_contradictions_in_a_history_are_named_and_current_refuses_to_choose() -> None:
    a = Assignment(1, WANG.key, D2, MANAGER, "", True, ended_on=D1)
    assert [(e.field, e.message) for e in check_history([a])] == [
        ("history[0].ended_on", ENDS_BEFORE_START)
    ]
    b = Assignment(1, WANG.key, D1, MANAGER, "", True, ended_on=D3)
    c = Assignment(2, LI.key, D2, MANAGER, "", True)
    assert {(e.field, e.message) for e in check_history([b, c])} == {
        ("history[1]", OTHER_CUSTOMER),
        ("history[1].assigned_on", OUT_OF_ORDER),
    }
    two = [Assignment(1, WANG.key, D1, MANAGER, "", True), replace(c, customer=1)]
    assert [(e.field, e.message) for e in check_history(two)] == [
        ("history[0].ended_on", TWO_CURRENT)
    ]
    with pytest.raises(ValidationFailed):
        current(two)


STAFF = [WANG, LI, Maintainer(12, "张伟", "teller"), Maintainer(13, "赵敏", "branch_head")]


@st.composite
def decisions(draw: st.DrawFn) -> list[tuple[str, int, int, int]]:
    """(kind, customer, maintainer index, days after the previous step) for a few customers."""
    return draw(
        st.lists(
            st.tuples(
                st.sampled_from(["assign", "delist"]),
                st.integers(1, 4),
                st.integers(0, len(STAFF) - 1),
                st.integers(0, 40),
            ),
            max_size=30,
        )
    )


@settings(max_examples=200, deadline=None)
@given(decisions())
def test_any_sequence_of_decisions_keeps_one_current_maintainer_and_all_history(
    steps: list[tuple[str, int, int, int]],
) -> None:
    histories: dict[int, tuple[Assignment[int, int], ...]] = {}
    expected: dict[int, int | None] = {}
    day = D1
    for kind, customer, who, days in steps:
        day += dt.timedelta(days=days)
        history = histories.get(customer, ())
        before = len(history)
        try:
            if kind == "assign":
                history = assign(history, _candidate(customer), STAFF[who], day, MANAGER, "", RULES)
                expected[customer] = STAFF[who].key
            else:
                history = delist(history, f"KH-{customer}", day, MANAGER, "复核移出")
                expected[customer] = None
        except ValidationFailed:
            continue  # same maintainer again, or delisting someone not listed
        assert len(history) == before + (1 if kind == "assign" else 0)
        for then, now in zip(histories.get(customer, ()), history, strict=False):
            # the past is never rewritten: a current assignment only gains its end
            if then.current:
                assert replace(now, ended_on=None, ended_by=None, end_reason="") == then
            else:
                assert now == then
        histories[customer] = history
    for customer, history in histories.items():
        assert check_history(history) == []
        found = current(history)
        assert (found.maintainer if found else None) == expected[customer]
        assert sum(1 for entry in history if entry.current) == (1 if found else 0)
