"""The words of an evaluation: each indicator's measure and points, the grade, what moved the
score between two years, the adjustment's decisions.  Figures are cut, not rounded, to two
places (`classification.wording.Figure`); the score is shown as computed (one place)."""

from __future__ import annotations

from agricrm.i18n import QT_TRANSLATE_NOOP

PART = QT_TRANSLATE_NOOP(
    "Evaluation", "{indicator} {value}: {points} of 100 points, weight {weight}"
)
QUANTITY = QT_TRANSLATE_NOOP("Evaluation", "{figure} {unit}")
PART_NONE_PLANNED = QT_TRANSLATE_NOOP(
    "Evaluation", "{indicator}: nothing to keep this year, 100 of 100 points, weight {weight}"
)
PART_MISSING = QT_TRANSLATE_NOOP(
    "Evaluation", "{indicator} not recorded: 0 of 100 points, weight {weight}"
)
GRADE = QT_TRANSLATE_NOOP("Evaluation", "Grade {grade}: score {score} ≥ {start}")
GRADE_D = QT_TRANSLATE_NOOP("Evaluation", "Grade {grade}: score {score} < {start}")
PROVISIONAL = QT_TRANSLATE_NOOP(
    "Evaluation",
    "Provisional: {year} ends on {end} (evaluated on {today}); the figures may still change",
)
MOVED = QT_TRANSLATE_NOOP(
    "Evaluation", "Score {before} → {after} ({delta}), grade {grade_before} → {grade_after}"
)
MOVED_PART = QT_TRANSLATE_NOOP(
    "Evaluation", "{indicator}: {value_before} → {value_after}, {delta} points of the score"
)
NOT_RECORDED = QT_TRANSLATE_NOOP("Evaluation", "not recorded")
RULES_CHANGED = QT_TRANSLATE_NOOP(
    "Evaluation",
    "The two years were scored by different rules (version {before} and {after}): part of the "
    "change is the rules'",
)
FINAL_COMPUTED = QT_TRANSLATE_NOOP("Evaluation", "Grade {grade}: as computed")
FINAL_ADJUSTED = QT_TRANSLATE_NOOP(
    "Evaluation",
    "Grade {grade}: adjusted from {computed} by {by}, approved by {approver} ({reason})",
)
