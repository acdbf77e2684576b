"""The officer's adjusted grade and the manager's decision, as pure functions.

An officer may propose another grade than the computed one, with a reason; a manager approves
or refuses it (a refusal with its reason too).  The evaluation itself is never changed: the
grade that counts (`final_grade`) is the approved proposal's, else the computed one, and says
which.  A provisional evaluation takes no proposal (the year's figures may still change), nor
does a proposal of the grade already computed; the one who proposed does not decide.  Who may
propose (the customer's officer) and decide (managers) is the services' check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.evaluation import wording as w
from agricrm.domain.evaluation.evaluate import Evaluation
from agricrm.domain.evaluation.rules import Grade
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP, Message

S = TypeVar("S")
"""A member of staff's key."""

REASON_MAX = 500

SAME_GRADE = QT_TRANSLATE_NOOP(
    "EvaluationAdjustment", "Grade {grade} is the computed grade: propose another one."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("EvaluationAdjustment", "Give a reason.")
REASON_TOO_LONG = QT_TRANSLATE_NOOP(
    "EvaluationAdjustment", "A reason has at most {max} characters."
)
PROVISIONAL_EVALUATION = QT_TRANSLATE_NOOP(
    "EvaluationAdjustment",
    "The evaluation of {year} is provisional: propose an adjustment once the year has ended.",
)
ALREADY_DECIDED = QT_TRANSLATE_NOOP(
    "EvaluationAdjustment", "This proposal was already {status} on {date}."
)
OWN_PROPOSAL = QT_TRANSLATE_NOOP(
    "EvaluationAdjustment", "A proposal is decided by someone other than who made it."
)
BEFORE_PROPOSAL = QT_TRANSLATE_NOOP(
    "EvaluationAdjustment", "The proposal was made on {date}: decide on or after that day."
)


class Status(LabeledEnum):
    PROPOSED = "proposed", QT_TRANSLATE_NOOP("AdjustmentStatus", "proposed")
    APPROVED = "approved", QT_TRANSLATE_NOOP("AdjustmentStatus", "approved")
    REFUSED = "refused", QT_TRANSLATE_NOOP("AdjustmentStatus", "refused")


@dataclass(frozen=True, slots=True)
class Adjustment(Generic[S]):
    year: int
    computed: Grade
    grade: Grade
    reason: str
    proposed_by: S
    proposed_on: dt.date
    status: Status = Status.PROPOSED
    decided_by: S | None = None
    decided_on: dt.date | None = None
    decision_reason: str = ""


def propose(evaluation: Evaluation, grade: Grade, reason: str, by: S, on: dt.date) -> Adjustment[S]:
    errors: list[FieldError] = []
    if evaluation.provisional:
        errors.append(FieldError("grade", PROVISIONAL_EVALUATION(year=evaluation.year)))
    elif grade is evaluation.grade:
        errors.append(FieldError("grade", SAME_GRADE(grade=grade.label)))
    words = _reason(errors, "reason", reason)
    if errors:
        raise ValidationFailed(errors)
    return Adjustment(evaluation.year, evaluation.grade, grade, words, by, on)


def approve(adjustment: Adjustment[S], by: S, on: dt.date) -> Adjustment[S]:
    errors = _decision_errors(adjustment, by, on)
    if errors:
        raise ValidationFailed(errors)
    return replace(adjustment, status=Status.APPROVED, decided_by=by, decided_on=on)


def refuse(adjustment: Adjustment[S], by: S, on: dt.date, reason: str) -> Adjustment[S]:
    errors = _decision_errors(adjustment, by, on)
    words = _reason(errors, "decision_reason", reason)
    if errors:
        raise ValidationFailed(errors)
    return replace(
        adjustment, status=Status.REFUSED, decided_by=by, decided_on=on, decision_reason=words
    )


@dataclass(frozen=True, slots=True)
class FinalGrade:
    grade: Grade
    adjusted: bool
    reason: Message


def final_grade(evaluation: Evaluation, adjustment: Adjustment[S] | None) -> FinalGrade:
    """The grade that counts: an approved adjustment of this evaluation's year, else as
    computed (a proposal waiting or refused changes nothing)."""
    if (
        adjustment is None
        or adjustment.status is not Status.APPROVED
        or adjustment.year != evaluation.year
    ):
        return FinalGrade(evaluation.grade, False, w.FINAL_COMPUTED(grade=evaluation.grade.label))
    return FinalGrade(
        adjustment.grade,
        True,
        w.FINAL_ADJUSTED(
            grade=adjustment.grade.label,
            computed=adjustment.computed.label,
            by=adjustment.proposed_by,
            approver=adjustment.decided_by,
            reason=adjustment.reason,
        ),
    )


def _reason(errors: list[FieldError], field: str, text: str) -> str:
    words = " ".join(text.split())
    if not words:
        errors.append(FieldError(field, REASON_REQUIRED))
    elif len(words) > REASON_MAX:
        errors.append(FieldError(field, REASON_TOO_LONG(max=REASON_MAX)))
    return words


def _decision_errors(adjustment: Adjustment[S], by: S, on: dt.date) -> list[FieldError]:
    if adjustment.status is not Status.PROPOSED:
        assert adjustment.decided_on is not None
        return [
            FieldError(
                "status",
                ALREADY_DECIDED(
                    status=adjustment.status.label, date=adjustment.decided_on.isoformat()
                ),
            )
        ]
    errors: list[FieldError] = []
    if by == adjustment.proposed_by:
        errors.append(FieldError("decided_by", OWN_PROPOSAL))
    if on < adjustment.proposed_on:
        errors.append(
            FieldError("decided_on", BEFORE_PROPOSAL(date=adjustment.proposed_on.isoformat()))
        )
    return errors
