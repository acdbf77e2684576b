"""An adjusted grade proposed with a reason, approved and refused; a provisional evaluation and
the computed grade refused as proposals; the grade that counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from agricrm.domain.errors import ValidationFailed
from agricrm.domain.evaluation.adjustment import (
    ALREADY_DECIDED,
    BEFORE_PROPOSAL,
    OWN_PROPOSAL,
    PROVISIONAL_EVALUATION,
    REASON_REQUIRED,
    SAME_GRADE,
    Status,
    approve,
    final_grade,
    propose,
    refuse,
)
from agricrm.domain.evaluation.evaluate import EvaluationFacts, evaluate
from agricrm.domain.evaluation.rules import DEFAULT_EVALUATION_RULES, Grade
from agricrm.i18n import Message, Text

DAY = dt.date(2026, 1, 10)
FACTS = EvaluationFacts(
    loan_balance=Decimal(100_000),
    deposits=Decimal(50_000),
    previous_balance=Decimal(150_000),
    products=3,
    years=Decimal(3),
    visits_planned=4,
    visits_kept=4,
    satisfaction=Decimal(4),
    complaints_open=1,
    repayments_due=12,
    repayments_on_time=11,
    longest_overdue_days=20,
)
EVALUATION = evaluate(FACTS, DEFAULT_EVALUATION_RULES, 2025, DAY)


def _problems(raised: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, Text]:
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in raised.value.errors
    }


def test_the_hand_built_customer_is_grade_c() -> None:
    assert (EVALUATION.score, EVALUATION.grade) == (Decimal("56.6"), Grade.C)
    assert not EVALUATION.provisional


def test_a_proposal_approved_changes_the_grade_that_counts() -> None:
    proposal = propose(EVALUATION, Grade.B, "  新增大额存款，年初已入账 ", "wangfang", DAY)
    assert (proposal.computed, proposal.grade, proposal.reason) == (
        Grade.C,
        Grade.B,
        "新增大额存款，年初已入账",
    )
    assert final_grade(EVALUATION, proposal).grade is Grade.C  # waiting: nothing changes
    approved = approve(proposal, "lijianguo", DAY + dt.timedelta(days=2))
    assert approved.status is Status.APPROVED and approved.decided_by == "lijianguo"
    final = final_grade(EVALUATION, approved)
    assert (final.grade, final.adjusted) == (Grade.B, True)
    assert str(final.reason) == (
        "Grade B: adjusted from C by wangfang, approved by lijianguo (新增大额存款，年初已入账)"
    )
    with pytest.raises(ValidationFailed) as raised:
        refuse(approved, "lijianguo", DAY, "改主意")
    assert _problems(raised) == {"status": ALREADY_DECIDED}


def test_a_proposal_refused_keeps_the_computed_grade() -> None:
    proposal = propose(EVALUATION, Grade.D, "家庭变故", "wangfang", DAY)
    with pytest.raises(ValidationFailed) as raised:
        refuse(proposal, "lijianguo", DAY, " ")
    assert _problems(raised) == {"decision_reason": REASON_REQUIRED}
    refused = refuse(proposal, "lijianguo", DAY, "变故未影响还款")
    assert refused.status is Status.REFUSED and refused.decision_reason == "变故未影响还款"
    final = final_grade(EVALUATION, refused)
    assert (final.grade, final.adjusted, str(final.reason)) == (
        Grade.C,
        False,
        "Grade C: as computed",
    )


def test_bad_proposals_and_decisions_are_refused_with_every_problem() -> None:
    with pytest.raises(ValidationFailed) as raised:
        propose(EVALUATION, Grade.C, "", "wangfang", DAY)
    assert _problems(raised) == {"grade": SAME_GRADE, "reason": REASON_REQUIRED}
    provisional = evaluate(FACTS, DEFAULT_EVALUATION_RULES, 2026, DAY)
    with pytest.raises(ValidationFailed) as raised:
        propose(provisional, Grade.A, "好客户", "wangfang", DAY)
    assert _problems(raised) == {"grade": PROVISIONAL_EVALUATION}
    proposal = propose(EVALUATION, Grade.B, "理由", "wangfang", DAY)
    with pytest.raises(ValidationFailed) as raised:
        approve(proposal, "wangfang", DAY - dt.timedelta(days=1))
    assert _problems(raised) == {"decided_by": OWN_PROPOSAL, "decided_on": BEFORE_PROPOSAL}
    assert approve(proposal, "lijianguo", DAY).decided_on == DAY  # the same day is fine


def test_an_approval_for_another_year_does_not_count() -> None:
    approved = approve(propose(EVALUATION, Grade.B, "理由", "wangfang", DAY), "lijianguo", DAY)
    other_year = evaluate(FACTS, DEFAULT_EVALUATION_RULES, 2024, DAY)
    assert final_grade(other_year, approved).grade is other_year.grade
