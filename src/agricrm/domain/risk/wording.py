"""The words of an assessment: every firing signal's reason, its figure against the rule's
threshold and the points it adds ("Loan overdue 45 days ≥ 30 days (+40)").

Figures are cut, not rounded, to two places (`classification.wording.Figure`), so a fall of
29.996 % never reads "30 % ≥ 30 %"."""

from __future__ import annotations

from agricrm.i18n import QT_TRANSLATE_NOOP

OVERDUE = QT_TRANSLATE_NOOP(
    "RiskAssessment", "Loan overdue {days} days ≥ {threshold} days (+{weight})"
)
DOWNGRADED = QT_TRANSLATE_NOOP(
    "RiskAssessment", "Loan downgraded in the five categories: {before} → {after} (+{weight})"
)
DUE_UNCHECKED = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "Loan due on {due} (in {days} days ≤ {within} days), no post-loan check in the last "
    "{checked} days (+{weight})",
)
COMPLAINTS = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "{count} complaints in the last {months} months ≥ {threshold} (+{weight})",
)
NO_VISIT = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "Visit due on {due} not made: {days} days past due ≥ {threshold} days (+{weight})",
)
NOTICED = QT_TRANSLATE_NOOP("RiskAssessment", "{kind} noticed on the visit of {date} (+{weight})")
INCOME_FALL = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "Income fell {percent} % on last year ({before} → {after} yuan) ≥ {threshold} % (+{weight})",
)
SCORE_FALL = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "Evaluation score fell {percent} % on last year ({before} → {after}) ≥ {threshold} % "
    "(+{weight})",
)
DEBT_INCOME = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "Debt {debt} yuan is {ratio} times the yearly income of {income} yuan ≥ {threshold} times "
    "(+{weight})",
)
DEBT_NO_INCOME = QT_TRANSLATE_NOOP(
    "RiskAssessment", "Debt {debt} yuan against no income this year (+{weight})"
)
DEBT_LAND = QT_TRANSLATE_NOOP(
    "RiskAssessment",
    "Debt {debt} yuan is {per_mu} yuan per mu of {land} mu ≥ {threshold} yuan per mu (+{weight})",
)
DEBT_NO_LAND = QT_TRANSLATE_NOOP(
    "RiskAssessment", "Debt {debt} yuan against no cultivated land (+{weight})"
)
GUARANTOR = QT_TRANSLATE_NOOP(
    "RiskAssessment", "Guarantor {name} is in warning: {level}, at or above {threshold} (+{weight})"
)
LEVEL = QT_TRANSLATE_NOOP(
    "RiskAssessment", "{level}: score {score} (medium from {medium}, high from {high})"
)
NOT_RECORDED = QT_TRANSLATE_NOOP("RiskAssessment", "Not recorded: {facts}")
