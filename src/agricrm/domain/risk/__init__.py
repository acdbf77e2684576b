"""Risk early warning (风险预警) and portfolio quality, as plain Python.

Issue 16, part A: what the storage, the warnings list and sync will build on.

* `facts`: what an assessment reads about one customer (`RiskFacts`), and the small code set a
  visit records as the risk it noticed (`RiskNoticed`);
* `rules`: the versioned early-warning rules document (`RiskRules`, `DEFAULT_RISK_RULES`):
  every signal with its weight and thresholds, and the score bands of the levels;
* `reading`: the walk over a rules document shared with the evaluation rules;
* `document`: reading and checking it (`risk_rules_from_json`, `check_risk_rules`), every
  problem a `FieldError` named by its path;
* `assess`: `assess` (the level and every firing signal with its reason in words) and
  `worsened` (when a warning is raised again);
* `handling`: the handling record of a warning (measures, who, when, next check, closing);
* `portfolio`: delinquency buckets and PAR30 weighted by outstanding balance;
* `wording`: the words.
"""
