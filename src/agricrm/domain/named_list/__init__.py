"""Named-list management of quality customers (优质客户名单制管理), as plain Python.

Issue 15, part A: what the storage, the screens and sync will build on.

* `rules`: the versioned named-list rules document (`NamedListRules`, `DEFAULT_NAMED_LIST_RULES`):
  posts with their minimum quotas, who is eligible, the required basic products, the branch's
  targets and the quarterly notice interval;
* `document`: reading and checking it (`named_list_rules_from_json`, `check_named_list_rules`),
  every problem a `FieldError` named by its path;
* `decisions`: eligibility with its reasons, eligibility changes flagged for review, the quota
  check per maintainer, basic-requirement gaps, the notice due date and the target figures;
* `assignments`: who maintains whom, with history — assignment, reassignment, delisting and
  bulk assignment as pure functions that return new histories or every problem at once;
* `wording`: the words.
"""
