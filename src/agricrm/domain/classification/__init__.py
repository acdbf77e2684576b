"""Customer classification and tiers (客户分类分层), as plain Python.

* `facts`: what a classification reads of one customer (`CustomerFacts`) and the classes;
* `rules`: the versioned rules document (`ClassificationRules`, `DEFAULT_RULES`, JSON);
* `document`: reading and checking a document (`rules_from_json`, `check_rules`);
* `classify`: one customer's classes with their reasons and the officer's override;
* `results`: what it gives (`Verdict`, `Classes`, `CreditOverride`);
* `wording`: the words of the reasons;
* `effect`: what a rules change does to many customers (`compare`).
"""
