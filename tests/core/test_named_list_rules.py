"""The named-list rules document: its defaults (issue 15's figures), the JSON round trip, its
schema, and every check naming the entry's path (a quota below zero, a quota for a post not
listed, a post code twice, a product outside the catalogue, a target outside its bounds)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.classification.facts import DEFAULT_CATALOGUE, CardLevel, Segment
from agricrm.domain.errors import ValidationFailed
from agricrm.domain.named_list.document import (
    LISTED_TWICE,
    MISSING,
    NAME_REQUIRED,
    NEWER_SCHEMA,
    NO_CONDITION,
    NO_POSTS,
    NOT_A_CODE,
    NOT_A_NUMBER,
    NOT_WHOLE,
    OUT_OF_RANGE,
    POST_NAME_TWICE,
    POST_TWICE,
    QUOTA_NEGATIVE,
    UNKNOWN_CODE,
    UNKNOWN_ENTRY,
    UNKNOWN_POST,
    UNKNOWN_PRODUCT,
    UNKNOWN_SCHEMA,
    check_named_list_rules,
    named_list_rules_from_json,
)
from agricrm.domain.named_list.rules import (
    DEFAULT_NAMED_LIST_RULES,
    SCHEMA,
    Eligibility,
    NamedListRules,
    Post,
    Targets,
)
from agricrm.i18n import Message, Text

Doc = dict[str, Any]

CODES = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)
NAMES = st.text(
    st.characters(whitelist_categories=("Lo", "Lu", "Ll", "Nd"), max_codepoint=0x9FFF),
    min_size=1,
    max_size=20,
)


def _percent(high: int) -> st.SearchStrategy[Decimal]:
    """Numbers with up to two places from 0 to `high`, as a branch would type them."""
    return st.integers(0, high * 100).map(lambda hundredths: Decimal(hundredths) / 100)


@st.composite
def valid_named_list_rules(draw: st.DrawFn) -> NamedListRules:
    codes = draw(st.lists(CODES, min_size=1, max_size=8, unique=True))
    names = draw(st.lists(NAMES, min_size=len(codes), max_size=len(codes), unique=True))
    posts = tuple(
        Post(code, name, draw(st.integers(0, 10_000)))
        for code, name in zip(codes, names, strict=True)
    )
    segments = tuple(draw(st.lists(st.sampled_from([s.value for s in Segment]), unique=True)))
    level = draw(st.none() | st.sampled_from([c.value for c in CardLevel]))
    if not segments and level is None:
        level = CardLevel.GOLD.value
    return NamedListRules(
        version=draw(st.integers(1, 1_000_000)),
        posts=posts,
        eligibility=Eligibility(segments, level),
        required_products=tuple(
            draw(st.lists(st.sampled_from(sorted(DEFAULT_CATALOGUE)), unique=True))
        ),
        targets=Targets(
            draw(st.sampled_from([c.value for c in CardLevel])),
            draw(_percent(100)),
            draw(_percent(100)),
            draw(_percent(1000)),
        ),
        notice_months=draw(st.integers(1, 12)),
    )


def _default() -> Doc:
    return copy.deepcopy(DEFAULT_NAMED_LIST_RULES.to_json())


def _errors(doc: Doc, catalogue: frozenset[str] = DEFAULT_CATALOGUE) -> dict[str, Text]:
    """Path → the template of its message."""
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in check_named_list_rules(doc, catalogue)
    }


def test_the_defaults_are_the_issues_figures_and_valid() -> None:
    rules = DEFAULT_NAMED_LIST_RULES
    assert [(post.name, post.quota) for post in rules.posts] == [
        ("网点负责人", 25),
        ("大堂经理", 25),
        ("会计主管", 20),
        ("柜员/后台", 10),
        ("三农客户经理", 5),
    ]
    assert rules.eligibility == Eligibility(("quality",), "gold")
    assert rules.required_products == ("online_banking", "fund_plan", "wealth")
    assert rules.targets == Targets("gold", Decimal(15), Decimal(1), Decimal(20))
    assert rules.notice_months == 3
    assert check_named_list_rules(rules) == []


def test_the_defaults_survive_json_text() -> None:
    text = json.dumps(DEFAULT_NAMED_LIST_RULES.to_json(), ensure_ascii=False)
    assert named_list_rules_from_json(json.loads(text)) == DEFAULT_NAMED_LIST_RULES
    assert json.loads(text)["schema"] == SCHEMA


@settings(max_examples=200, deadline=None)
@given(valid_named_list_rules())
def test_any_valid_rules_round_trip_through_json_text(rules: NamedListRules) -> None:
    document = json.loads(json.dumps(rules.to_json(), ensure_ascii=False))
    assert check_named_list_rules(document) == []
    assert named_list_rules_from_json(document) == rules
    assert named_list_rules_from_json(document).to_json() == document


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for key in parents:
            target = target[key]
        del target[last]

    return change


def _add_post(code: str, name: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["posts"].append({"code": code, "name": name})
        doc["quotas"].setdefault(code, 1)

    return change


BAD_DOCUMENTS = [
    (_set("quotas.teller", -1), "quotas.teller", QUOTA_NEGATIVE),
    (_set("quotas.teller", -0.5), "quotas.teller", QUOTA_NEGATIVE),
    (_set("quotas.teller", 2.5), "quotas.teller", NOT_WHOLE),
    (_set("quotas.teller", 10_001), "quotas.teller", OUT_OF_RANGE),
    (_set("quotas.teller", "十"), "quotas.teller", NOT_A_NUMBER),
    (_set("quotas.teller", True), "quotas.teller", NOT_A_NUMBER),
    (_set("quotas.security_guard", 3), "quotas.security_guard", UNKNOWN_POST),
    (_delete("quotas.teller"), "quotas.teller", MISSING),
    (_add_post("teller", "柜员"), "posts[5].code", POST_TWICE),
    (_add_post("cashier", "会计主管"), "posts[5].name", POST_NAME_TWICE),
    (_add_post("Lobby Manager", "大堂副经理"), "posts[5].code", NOT_A_CODE),
    (_set("posts.1.name", "  "), "posts[1].name", NAME_REQUIRED),
    (_set("posts.1.rank", 3), "posts[1].rank", UNKNOWN_ENTRY),
    (_set("posts", []), "posts", NO_POSTS),
    (
        _set("required_products", ["online_banking", "time_deposit"]),
        "required_products[1]",
        UNKNOWN_PRODUCT,
    ),
    (
        _set("required_products", ["wealth", "wealth"]),
        "required_products[1]",
        LISTED_TWICE,
    ),
    (_set("eligibility.segments", ["quality", "vip"]), "eligibility.segments[1]", UNKNOWN_CODE),
    (_set("eligibility.min_card_level", "black"), "eligibility.min_card_level", UNKNOWN_CODE),
    (_set("eligibility", {"segments": []}), "eligibility", NO_CONDITION),
    (_set("targets.growth_percent", 101), "targets.growth_percent", OUT_OF_RANGE),
    (_set("targets.growth_percent", -1), "targets.growth_percent", OUT_OF_RANGE),
    (_set("targets.share_percent", 100.5), "targets.share_percent", OUT_OF_RANGE),
    (_set("targets.per_staff", 1001), "targets.per_staff", OUT_OF_RANGE),
    (_set("targets.per_staff", "二十"), "targets.per_staff", NOT_A_NUMBER),
    (_set("targets.card_level", "gold+"), "targets.card_level", UNKNOWN_CODE),
    (_set("notice_months", 0), "notice_months", OUT_OF_RANGE),
    (_set("notice_months", 13), "notice_months", OUT_OF_RANGE),
    (_set("notice_months", 1.5), "notice_months", NOT_WHOLE),
    (_delete("targets"), "targets", MISSING),
    (_set("vip_mark", True), "vip_mark", UNKNOWN_ENTRY),
    (_set("schema", SCHEMA + 1), "schema", NEWER_SCHEMA),
    (_set("schema", "one"), "schema", UNKNOWN_SCHEMA),
]


@pytest.mark.parametrize(("change", "path", "template"), BAD_DOCUMENTS)
def test_a_bad_entry_is_refused_with_its_path_and_reason(
    change: Callable[[Doc], None], path: str, template: Text
) -> None:
    doc = _default()
    change(doc)
    errors = _errors(doc)
    assert errors.get(path) == template, errors
    with pytest.raises(ValidationFailed) as refused:
        named_list_rules_from_json(doc)
    assert any(error.field == path for error in refused.value.errors)


@pytest.mark.parametrize(
    ("key", "low", "high"),
    [("growth_percent", 0, 100), ("share_percent", 0, 100), ("per_staff", 0, 1000)],
)
def test_each_target_bound_is_allowed_at_it_and_refused_past_it(
    key: str, low: int, high: int
) -> None:
    for value, allowed in (
        (low, True),
        (low - 0.01, False),
        (high, True),
        (high + 0.01, False),
    ):
        doc = _default()
        doc["targets"][key] = value
        assert (f"targets.{key}" not in _errors(doc)) is allowed, (key, value)


@pytest.mark.parametrize(("quota", "allowed"), [(-1, False), (0, True), (10_000, True)])
def test_a_quota_of_zero_is_allowed_and_one_below_is_not(quota: int, allowed: bool) -> None:
    doc = _default()
    doc["quotas"]["rural_officer"] = quota
    assert (check_named_list_rules(doc) == []) is allowed


def test_messages_name_what_is_wrong() -> None:
    doc = _default()
    doc["quotas"]["security_guard"] = 3
    (error,) = check_named_list_rules(doc)
    assert str(error.message) == 'A quota for "security_guard", which is not in the list of posts.'


def test_a_product_missing_from_the_branchs_catalogue_is_unknown() -> None:
    catalogue = frozenset({"wealth", "insurance"})
    assert set(_errors(_default(), catalogue)) == {
        f"required_products[{i}]"
        for i, code in enumerate(DEFAULT_NAMED_LIST_RULES.required_products)
        if code not in catalogue
    }


def test_a_branchs_own_product_may_be_required_once_in_its_catalogue() -> None:
    doc = _default()
    doc["required_products"].append("time_deposit")
    assert "required_products[3]" in _errors(doc)
    assert _errors(doc, DEFAULT_CATALOGUE | {"time_deposit"}) == {}


def test_eligibility_by_card_alone_or_by_segment_alone_is_valid() -> None:
    by_card, by_segment = _default(), _default()
    by_card["eligibility"] = {"segments": [], "min_card_level": "platinum"}
    del by_segment["eligibility"]["min_card_level"]
    assert named_list_rules_from_json(by_card).eligibility == Eligibility((), "platinum")
    assert named_list_rules_from_json(by_segment).eligibility == Eligibility(("quality",), None)


def test_every_problem_is_reported_at_once() -> None:
    doc = _default()
    doc["quotas"]["teller"] = -3
    doc["quotas"]["cook"] = 1
    doc["posts"].append({"code": "teller", "name": "柜员二"})
    doc["targets"]["share_percent"] = 120
    doc["version"] = "three"
    assert set(_errors(doc)) == {
        "quotas.teller",
        "quotas.cook",
        "posts[5].code",
        "targets.share_percent",
        "version",
    }


def test_post_names_are_read_with_their_spaces_folded() -> None:
    doc = _default()
    doc["posts"][0]["name"] = "  网点 \n 负责人 "
    assert named_list_rules_from_json(doc).posts[0].name == "网点 负责人"


def test_text_instead_of_a_document_is_refused_not_crashed() -> None:
    assert [e.field for e in check_named_list_rules(["posts"])] == [""]  # type: ignore[arg-type]
    for key, value in (("posts", "teller"), ("quotas", [25]), ("targets", 15)):
        doc = _default()
        doc[key] = value
        assert key in _errors(doc)


# Random invalid documents: one random valid document, one random corruption, and the
# corruption's path must be among the errors.


@st.composite
def corrupted(draw: st.DrawFn) -> tuple[Doc, str]:
    doc = draw(valid_named_list_rules()).to_json()
    kind = draw(
        st.sampled_from(["negative", "text", "unknown_post", "twice", "product", "bound", "drop"])
    )
    codes = [post["code"] for post in doc["posts"]]
    if kind == "negative":
        code = draw(st.sampled_from(codes))
        doc["quotas"][code] = -draw(st.integers(1, 1000))
        return doc, f"quotas.{code}"
    if kind == "text":
        path = draw(st.sampled_from(["version", "notice_months", "targets.per_staff"]))
        _set(path, draw(st.text(min_size=1, max_size=5)))(doc)
        return doc, path
    if kind == "unknown_post":
        code = draw(CODES.filter(lambda c: c not in codes))
        doc["quotas"][code] = draw(st.integers(0, 100))
        return doc, f"quotas.{code}"
    if kind == "twice":
        index = draw(st.integers(0, len(codes) - 1))
        doc["posts"].append({"code": codes[index], "name": "重复岗位名称之外的名字"})
        return doc, f"posts[{len(codes)}].code"
    if kind == "product":
        code = draw(CODES.filter(lambda c: c not in DEFAULT_CATALOGUE))
        doc["required_products"].append(code)
        return doc, f"required_products[{len(doc['required_products']) - 1}]"
    if kind == "bound":
        key = draw(st.sampled_from(["growth_percent", "share_percent", "per_staff"]))
        high = 1000 if key == "per_staff" else 100
        doc["targets"][key] = draw(st.integers(high + 1, 10 * high) | st.integers(-10 * high, -1))
        return doc, f"targets.{key}"
    path = draw(st.sampled_from(["posts", "quotas", "eligibility", "targets", "notice_months"]))
    del doc[path]
    return doc, path


@settings(max_examples=150, deadline=None)
@given(corrupted())
def test_random_invalid_documents_are_refused_with_a_field_path(case: tuple[Doc, str]) -> None:
    doc, path = case
    with pytest.raises(ValidationFailed) as refused:
        named_list_rules_from_json(doc)
    assert path in {error.field for error in refused.value.errors}
