"""The classification rules document: JSON round trip, its schema, and every check naming the
entry's path (thresholds with a gap, an overlap or the wrong way round, negative weights,
weights summing to zero, unknown products and dimensions, text where a number belongs)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.classification.document import (
    CHOOSE_ONE,
    CREDIT_WRONG_WAY,
    GAP,
    HIGHEST_HAS_BELOW,
    LOWEST_HAS_FROM,
    MISSING,
    NEED_TWICE,
    NEED_UNASSIGNED,
    NEGATIVE_WEIGHT,
    NEWER_SCHEMA,
    NOT_A_NUMBER,
    OVERLAP,
    SEGMENT_WRONG_WAY,
    UNKNOWN_CODE,
    UNKNOWN_DIMENSION,
    UNKNOWN_ENTRY,
    UNKNOWN_PRODUCT,
    WEIGHTS_ZERO,
    WRONG_WAY,
    check_rules,
    rules_from_json,
)
from agricrm.domain.classification.rules import DEFAULT_RULES, SCHEMA
from agricrm.domain.errors import ValidationFailed
from agricrm.i18n import Message, Text
from tests.core.classification_helpers import valid_rules

Doc = dict[str, Any]


def _default() -> Doc:
    return copy.deepcopy(DEFAULT_RULES.to_json())


def _errors(doc: Doc) -> dict[str, Text]:
    """Path → the template of its message."""
    found = check_rules(doc)
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in found
    }


def test_the_defaults_are_valid_and_survive_json_text() -> None:
    assert check_rules(DEFAULT_RULES) == []
    text = json.dumps(DEFAULT_RULES.to_json(), ensure_ascii=False)
    assert rules_from_json(json.loads(text)) == DEFAULT_RULES
    assert json.loads(text)["schema"] == SCHEMA


@settings(max_examples=150, deadline=None)
@given(valid_rules())
def test_any_valid_rules_round_trip_through_json_text(rules: Any) -> None:
    document = json.loads(json.dumps(rules.to_json()))
    assert check_rules(document) == []
    assert rules_from_json(document) == rules
    assert rules_from_json(document).to_json() == document


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        target = doc
        for key in parents:
            target = target[key]
        target[last] = value

    return change


def _delete(path: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split(".")
        target = doc
        for key in parents:
            target = target[key]
        del target[last]

    return change


def _zero_weights(doc: Doc) -> None:
    for part in doc["value"]["weights"]:
        doc["value"]["weights"][part] = 0


BAD_DOCUMENTS = [
    # a gap: medium starts above where small ends
    (_set("scale.land_mu.medium.from", 60), "scale.land_mu.medium.from", GAP),
    # an overlap: medium starts below where small ends
    (_set("scale.land_mu.medium.from", 40), "scale.land_mu.medium.from", OVERLAP),
    # the wrong way: a band that ends before it starts (and the next then overlaps)
    (_set("scale.land_mu.medium.below", 30), "scale.land_mu.medium", WRONG_WAY),
    (
        _set("scale.land_mu.large", {"from": 200, "below": 900}),
        "scale.land_mu.large.below",
        HIGHEST_HAS_BELOW,
    ),
    (
        _set("scale.water_mu.small", {"from": 0, "below": 20}),
        "scale.water_mu.small.from",
        LOWEST_HAS_FROM,
    ),
    (_set("value.weights.growth", -5), "value.weights.growth", NEGATIVE_WEIGHT),
    (_zero_weights, "value.weights", WEIGHTS_ZERO),
    (_set("value.caps.deposits", "五十万"), "value.caps.deposits", NOT_A_NUMBER),
    (_set("scale.land_mu.large.from", "200亩"), "scale.land_mu.large.from", NOT_A_NUMBER),
    (_set("activity.months", True), "activity.months", NOT_A_NUMBER),
    (
        _set("value.counted_products", ["wealth", "gold_bars"]),
        "value.counted_products[1]",
        UNKNOWN_PRODUCT,
    ),
    (_set("loyalty", {"years": 3}), "loyalty", UNKNOWN_DIMENSION),
    (_set("scale.acres", 3), "scale.acres", UNKNOWN_ENTRY),
    (_delete("activity"), "activity", MISSING),
    (_delete("value.tiers.high"), "value.tiers.high", MISSING),
    (_set("credit.classification.loss", "good"), "credit.classification.loss", CREDIT_WRONG_WAY),
    (_set("credit.when_unknown", "excellent"), "credit.when_unknown", UNKNOWN_CODE),
    (
        _set("segment.potential.min_value_score", 80),
        "segment.potential.min_value_score",
        SEGMENT_WRONG_WAY,
    ),
    (_set("segment.quality.credit", []), "segment.quality.credit", CHOOSE_ONE),
    (_set("segment.quality.min_scale", "huge"), "segment.quality.min_scale", UNKNOWN_CODE),
    (
        _set("needs.service", ["training", "market_info", "other", "funding"]),
        "needs.service[3]",
        NEED_TWICE,
    ),
    (_set("needs.product", ["funding"]), "needs", NEED_UNASSIGNED),
    (
        _set("strategy.dormant.care", ["birthday", "fireworks"]),
        "strategy.dormant.care[1]",
        UNKNOWN_CODE,
    ),
    (_set("strategy.quality.visit_months", 0), "strategy.quality.visit_months", None),
    (_set("schema", SCHEMA + 1), "schema", NEWER_SCHEMA),
]


@pytest.mark.parametrize(("change", "path", "template"), BAD_DOCUMENTS)
def test_a_bad_entry_is_refused_with_its_path_and_reason(
    change: Callable[[Doc], None], path: str, template: Text | None
) -> None:
    doc = _default()
    change(doc)
    errors = _errors(doc)
    assert path in errors, errors
    if template is not None:
        assert errors[path] == template
    with pytest.raises(ValidationFailed) as refused:
        rules_from_json(doc)
    assert any(error.field == path for error in refused.value.errors)


def test_messages_name_the_figures_involved() -> None:
    doc = _default()
    doc["scale"]["land_mu"]["medium"]["from"] = 60
    (error,) = check_rules(doc)
    assert str(error.message) == "Gap: the class below ends at 50, so no class holds 50 to 60."


def test_a_product_missing_from_the_branchs_catalogue_is_unknown() -> None:
    catalogue = {"wealth", "insurance"}
    errors = check_rules(DEFAULT_RULES, catalogue)
    assert {error.field for error in errors} == {
        f"value.counted_products[{i}]"
        for i, code in enumerate(DEFAULT_RULES.value.counted_products)
        if code not in catalogue
    }


def test_every_problem_is_reported_at_once() -> None:
    doc = _default()
    doc["value"]["weights"]["loans"] = 3
    doc["value"]["weights"]["deposits"] = -1
    doc["relationship"]["years"]["long_term"]["from"] = 7
    doc["version"] = "three"
    fields = {error.field for error in check_rules(doc)}
    assert fields == {
        "value.weights.loans",
        "value.weights.deposits",
        "relationship.years.long_term.from",
        "version",
    }


def test_text_instead_of_a_document_is_refused_not_crashed() -> None:
    assert [error.field for error in check_rules(["scale"])] == [""]  # type: ignore[arg-type]
    doc = _default()
    doc["scale"] = "large"
    assert "scale" in _errors(doc)


# Random invalid documents: one random valid document, one random corruption, and the
# corruption's path must be among the errors.

_NUMBER_PATHS = [
    "version",
    "scale.land_mu.medium.from",
    "scale.livestock_units.large.from",
    "scale.heads_per_unit.pig",
    "credit.overdue_days.fair.below",
    "value.weights.products",
    "value.caps.years",
    "value.tiers.high.from",
    "segment.quality.min_value_score",
    "activity.months",
    "relationship.years.growing.below",
    "strategy.dormant.reactivation_days",
    "strategy.ordinary.priority",
]


def _get(doc: Doc, path: str) -> Any:
    target: Any = doc
    for key in path.split("."):
        target = target[key]
    return target


@st.composite
def corrupted(draw: st.DrawFn) -> tuple[Doc, str]:
    doc = draw(valid_rules()).to_json()
    kind = draw(st.sampled_from(["text", "negative", "unknown_dimension", "swap", "drop"]))
    if kind == "text":
        path = draw(st.sampled_from(_NUMBER_PATHS))
        _set(path, draw(st.text(min_size=1, max_size=5)))(doc)
        return doc, path
    if kind == "negative":
        part = draw(st.sampled_from(list(doc["value"]["weights"])))
        doc["value"]["weights"][part] = -draw(st.integers(1, 100))
        return doc, f"value.weights.{part}"
    if kind == "unknown_dimension":
        name = draw(st.from_regex(r"[a-z]{3,10}", fullmatch=True).filter(lambda n: n not in doc))
        doc[name] = {}
        return doc, name
    if kind == "swap":
        section = draw(st.sampled_from(["land_mu", "livestock_units", "water_mu"]))
        medium = doc["scale"][section]["medium"]
        medium["from"], medium["below"] = medium["below"], medium["from"]
        return doc, f"scale.{section}.medium"
    path = draw(st.sampled_from(["scale", "credit", "value", "segment", "needs", "strategy"]))
    del doc[path]
    return doc, path


@settings(max_examples=100, deadline=None)
@given(corrupted())
def test_random_invalid_documents_are_refused_with_a_field_path(case: tuple[Doc, str]) -> None:
    doc, path = case
    with pytest.raises(ValidationFailed) as refused:
        rules_from_json(doc)
    assert path in {error.field for error in refused.value.errors}
