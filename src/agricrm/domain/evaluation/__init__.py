"""Annual customer evaluation (年度客户评估) and the development scorecard's figures, as plain
Python.

Issue 16, part A:

* `rules`: the versioned evaluation rules document (`EvaluationRules`,
  `DEFAULT_EVALUATION_RULES`): weighted indicators and the grade bands A/B/C/D;
* `document`: reading and checking it (`evaluation_rules_from_json`, `check_evaluation_rules`),
  every problem a `FieldError` named by its path;
* `evaluate`: a customer's score and grade for a year (provisional while the year runs), and what
  moved the score between two years;
* `adjustment`: the officer's proposed grade with a reason, approved or refused by a manager;
* `scorecard`: the development scorecard's figures with their definitions, period over period.
"""
