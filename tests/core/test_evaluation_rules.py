"""The evaluation rules document: defaults, the JSON round trip for any valid document, and bad
weights and bands refused by their path (negative, summing to zero, out of order)."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.errors import ValidationFailed
from agricrm.domain.evaluation.document import (
    BAND_NOT_BELOW,
    WEIGHTS_SUM_ZERO,
    check_evaluation_rules,
    evaluation_rules_from_json,
)
from agricrm.domain.evaluation.rules import (
    DEFAULT_EVALUATION_RULES,
    SCALE_BOUNDS,
    EvaluationRules,
    GradeBands,
    Group,
    Indicator,
    Weighted,
)
from agricrm.domain.risk.reading import (
    MISSING,
    NEWER_SCHEMA,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    UNKNOWN_ENTRY,
    WEIGHT_NEGATIVE,
)
from agricrm.i18n import Message, Text

Doc = dict[str, Any]


def _hundredths(low: Decimal, high: Decimal) -> st.SearchStrategy[Decimal]:
    return st.integers(int(low * 100), int(high * 100)).map(lambda n: Decimal(n) / 100)


@st.composite
def valid_rules(draw: st.DrawFn) -> EvaluationRules:
    weights = draw(st.lists(st.integers(0, 100), min_size=len(Indicator), max_size=len(Indicator)))
    if not any(weights):
        weights[0] = 1
    starts = sorted(
        draw(st.lists(_hundredths(Decimal(0), Decimal(100)), min_size=3, max_size=3, unique=True)),
        reverse=True,
    )
    return EvaluationRules(
        draw(st.integers(1, 1_000_000)),
        tuple(
            (indicator, Weighted(weight, draw(_hundredths(*SCALE_BOUNDS[indicator]))))
            for indicator, weight in zip(Indicator, weights, strict=True)
        ),
        GradeBands(*starts),
    )


def _default() -> Doc:
    return copy.deepcopy(DEFAULT_EVALUATION_RULES.to_json())


def _errors(doc: Doc) -> dict[str, Text]:
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in check_evaluation_rules(doc)
    }


def test_the_defaults_are_valid_and_weigh_to_100() -> None:
    assert check_evaluation_rules(DEFAULT_EVALUATION_RULES) == []
    assert DEFAULT_EVALUATION_RULES.total_weight == 100
    # the four groups of the issue, each with its indicators (the evaluation sheet's headings)
    assert [sum(1 for i in Indicator if i.group is group) for group in Group] == [3, 2, 2, 2]
    assert DEFAULT_EVALUATION_RULES.indicator(Indicator.VOLUME) == Weighted(20, Decimal(500_000))
    doc = _default()
    assert doc["indicators"]["complaints"] == {"weight": 10, "zero_at": 3}
    assert doc["indicators"]["volume"] == {"weight": 20, "full_at": 500_000}
    assert doc["grades"] == {"A": 85, "B": 70, "C": 55}


@settings(max_examples=200, deadline=None)
@given(valid_rules())
def test_any_valid_rules_round_trip_through_json_text(rules: EvaluationRules) -> None:
    document = json.loads(json.dumps(rules.to_json()))
    assert check_evaluation_rules(document) == []
    assert evaluation_rules_from_json(document) == rules


def _zero_all(doc: Doc) -> None:
    for entry in doc["indicators"].values():
        entry["weight"] = 0


BAD = [
    (("indicators", "volume", "weight"), -1, "indicators.volume.weight", WEIGHT_NEGATIVE),
    (("indicators", "volume", "weight"), 101, "indicators.volume.weight", OUT_OF_RANGE),
    (("indicators", "volume", "weight"), "二十", "indicators.volume.weight", NOT_A_NUMBER),
    (("indicators", "volume", "full_at"), 0, "indicators.volume.full_at", OUT_OF_RANGE),
    (
        ("indicators", "satisfaction", "full_at"),
        5.01,
        "indicators.satisfaction.full_at",
        OUT_OF_RANGE,
    ),
    (("indicators", "overdue", "full_at"), 90, "indicators.overdue.full_at", UNKNOWN_ENTRY),
    (("indicators", "charm"), {"weight": 1}, "indicators.charm", UNKNOWN_ENTRY),
    (("grades", "B"), 85, "grades.B", BAND_NOT_BELOW),
    (("grades", "C"), 70.5, "grades.C", BAND_NOT_BELOW),
    (("grades", "A"), 100.1, "grades.A", OUT_OF_RANGE),
    (("schema",), 2, "schema", NEWER_SCHEMA),
]


@pytest.mark.parametrize(("where", "value", "path", "message"), BAD)
def test_each_problem_is_named_by_its_path(
    where: tuple[str, ...], value: Any, path: str, message: Text
) -> None:
    doc = _default()
    target: Any = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    assert _errors(doc).get(path) == message, _errors(doc)
    with pytest.raises(ValidationFailed) as raised:
        evaluation_rules_from_json(doc)
    assert raised.value.for_field(path) is not None


def test_a_missing_scale_and_weights_summing_to_zero() -> None:
    doc = _default()
    del doc["indicators"]["years"]["full_at"]
    assert _errors(doc) == {"indicators.years.full_at": MISSING}
    doc = _default()
    _zero_all(doc)
    assert _errors(doc) == {"indicators": WEIGHTS_SUM_ZERO}
    doc["indicators"]["on_time"]["weight"] = 1
    assert check_evaluation_rules(doc) == []


@pytest.mark.parametrize(("b", "valid"), [(84.9, True), (85, False), (85.1, False)])
def test_grade_bands_at_and_around_the_band_above(b: float, valid: bool) -> None:
    doc = _default()
    doc["grades"]["B"] = b
    assert (check_evaluation_rules(doc) == []) is valid
