"""The early-warning rules document: its defaults, the JSON round trip (any valid document),
its schema, and every check naming the entry's path (a negative weight, weights all zero, bands
that do not rise, a level's score out of order, a code nobody knows), each bound at and around."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.domain.enums import LoanClassification
from agricrm.domain.errors import ValidationFailed
from agricrm.domain.risk.document import (
    ALL_WEIGHTS_ZERO,
    BANDS_NOT_RISING,
    HIGH_NOT_ABOVE,
    NO_BANDS,
    NOT_A_DOWNGRADE,
    TOO_MANY_BANDS,
    check_risk_rules,
    risk_rules_from_json,
)
from agricrm.domain.risk.facts import Level, RiskNoticed
from agricrm.domain.risk.reading import (
    MISSING,
    NEWER_SCHEMA,
    NOT_A_LIST,
    NOT_A_NUMBER,
    NOT_A_SECTION,
    NOT_WHOLE,
    OUT_OF_RANGE,
    UNKNOWN_CODE,
    UNKNOWN_ENTRY,
    UNKNOWN_SCHEMA,
    WEIGHT_NEGATIVE,
)
from agricrm.domain.risk.rules import (
    DEFAULT_RISK_RULES,
    SCHEMA,
    Complaints,
    DebtIncome,
    DebtLand,
    Downgraded,
    DueUnchecked,
    Fall,
    GuarantorRule,
    Levels,
    Noticed,
    NoVisit,
    Overdue,
    OverdueBand,
    RiskRules,
    Signal,
)
from agricrm.i18n import Message, Text

Doc = dict[str, Any]

WEIGHTS = st.integers(0, 100)


def _decimal(low: str, high: str) -> st.SearchStrategy[Decimal]:
    """Numbers with up to two places from `low` to `high`, as a branch would type them."""
    return st.integers(int(Decimal(low) * 100), int(Decimal(high) * 100)).map(
        lambda hundredths: Decimal(hundredths) / 100
    )


@st.composite
def valid_risk_rules(draw: st.DrawFn) -> RiskRules:
    starts = sorted(draw(st.lists(st.integers(1, 3650), min_size=1, max_size=10, unique=True)))
    medium = draw(st.integers(1, 9_999))
    rules = RiskRules(
        version=draw(st.integers(1, 1_000_000)),
        overdue=Overdue(tuple(OverdueBand(start, draw(WEIGHTS)) for start in starts)),
        downgraded=Downgraded(draw(WEIGHTS), draw(st.sampled_from(list(LoanClassification)[1:]))),
        due_unchecked=DueUnchecked(
            draw(WEIGHTS), draw(st.integers(1, 365)), draw(st.integers(1, 730))
        ),
        complaints=Complaints(draw(WEIGHTS), draw(st.integers(1, 100)), draw(st.integers(1, 36))),
        no_visit=NoVisit(draw(WEIGHTS), draw(st.integers(1, 3650))),
        noticed=Noticed(
            tuple((kind, draw(WEIGHTS)) for kind in RiskNoticed), draw(st.integers(1, 24))
        ),
        income_fall=Fall(draw(WEIGHTS), draw(_decimal("0.01", "100"))),
        score_fall=Fall(draw(WEIGHTS), draw(_decimal("0.01", "100"))),
        debt_income=DebtIncome(draw(WEIGHTS), draw(_decimal("0.1", "100"))),
        debt_land=DebtLand(draw(WEIGHTS), draw(_decimal("1", "1000000"))),
        guarantor=GuarantorRule(draw(WEIGHTS), draw(st.sampled_from(list(Level)))),
        levels=Levels(medium, draw(st.integers(medium + 1, 10_000))),
    )
    if not any(_weights(rules.to_json())):  # all zero is refused: keep one on
        rules = replace(rules, debt_land=DebtLand(1, rules.debt_land.yuan_per_mu))
    return rules


def _weights(doc: Doc) -> list[int]:
    signals = doc["signals"]
    found = [band["weight"] for band in signals["overdue"]["bands"]]
    found += list(signals["noticed"]["weights"].values())
    found += [entry["weight"] for entry in signals.values() if "weight" in entry]
    return found


def _default() -> Doc:
    return copy.deepcopy(DEFAULT_RISK_RULES.to_json())


def _errors(doc: Doc) -> dict[str, Text]:
    """Path → the template of its message."""
    return {
        error.field: error.message.text if isinstance(error.message, Message) else error.message
        for error in check_risk_rules(doc)
    }


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
            target = target[int(key)] if key.isdigit() else target[key]
        del target[last]

    return change


def test_the_defaults_are_valid_and_read_as_documented() -> None:
    rules = DEFAULT_RISK_RULES
    assert check_risk_rules(rules) == []
    assert [(band.from_days, band.weight) for band in rules.overdue.bands] == [
        (1, 20),
        (30, 40),
        (90, 60),
    ]
    assert rules.levels == Levels(30, 60)
    # 90 days overdue is high on its own, 30 days or a downgrade medium on its own
    assert rules.levels.of(60) is Level.HIGH
    assert rules.levels.of(40) is Level.MEDIUM and rules.levels.of(30) is Level.MEDIUM
    assert rules.levels.of(20) is Level.LOW
    # every lesser signal alone stays low
    lesser = [rules.due_unchecked.weight, rules.complaints.weight, rules.no_visit.weight]
    lesser += [weight for _, weight in rules.noticed.weights]
    lesser += [rules.income_fall.weight, rules.score_fall.weight, rules.debt_income.weight]
    lesser += [rules.debt_land.weight, rules.guarantor.weight, rules.overdue.bands[0].weight]
    assert all(rules.levels.of(weight) is Level.LOW for weight in lesser)


def test_the_defaults_survive_json_text() -> None:
    text = json.dumps(DEFAULT_RISK_RULES.to_json(), ensure_ascii=False)
    assert risk_rules_from_json(json.loads(text)) == DEFAULT_RISK_RULES
    assert json.loads(text)["schema"] == SCHEMA
    assert set(json.loads(text)["signals"]) == {signal.value for signal in Signal}


@settings(max_examples=200, deadline=None)
@given(valid_risk_rules())
def test_any_valid_rules_round_trip_through_json_text(rules: RiskRules) -> None:
    document = json.loads(json.dumps(rules.to_json(), ensure_ascii=False))
    assert check_risk_rules(document) == []
    assert risk_rules_from_json(document) == rules
    assert risk_rules_from_json(document).to_json() == document


S = "signals."
BAD_DOCUMENTS = [
    (_set(S + "complaints.weight", -1), S + "complaints.weight", WEIGHT_NEGATIVE),
    (_set(S + "complaints.weight", -0.5), S + "complaints.weight", WEIGHT_NEGATIVE),
    (_set(S + "complaints.weight", 101), S + "complaints.weight", OUT_OF_RANGE),
    (_set(S + "complaints.weight", 2.5), S + "complaints.weight", NOT_WHOLE),
    (_set(S + "complaints.weight", "十"), S + "complaints.weight", NOT_A_NUMBER),
    (_set(S + "complaints.weight", True), S + "complaints.weight", NOT_A_NUMBER),
    (_set(S + "complaints.count", 0), S + "complaints.count", OUT_OF_RANGE),
    (_set(S + "complaints.months", 37), S + "complaints.months", OUT_OF_RANGE),
    (_delete(S + "complaints.months"), S + "complaints.months", MISSING),
    (_set(S + "complaints.days", 3), S + "complaints.days", UNKNOWN_ENTRY),
    (_set(S + "complaints", 3), S + "complaints", NOT_A_SECTION),
    (_delete(S + "no_visit"), S + "no_visit", MISSING),
    (_set(S + "lottery", {"weight": 1}), S + "lottery", UNKNOWN_ENTRY),
    (_set(S + "overdue.bands", []), S + "overdue.bands", NO_BANDS),
    (_set(S + "overdue.bands", {"1": 2}), S + "overdue.bands", NOT_A_LIST),
    (
        _set(S + "overdue.bands", [{"from_days": d, "weight": 1} for d in range(1, 12)]),
        S + "overdue.bands",
        TOO_MANY_BANDS,
    ),
    (_set(S + "overdue.bands.1.from_days", 1), S + "overdue.bands[1].from_days", BANDS_NOT_RISING),
    (_set(S + "overdue.bands.2.from_days", 30), S + "overdue.bands[2].from_days", BANDS_NOT_RISING),
    (_set(S + "overdue.bands.0.from_days", 0), S + "overdue.bands[0].from_days", OUT_OF_RANGE),
    (_set(S + "overdue.bands.2.weight", -5), S + "overdue.bands[2].weight", WEIGHT_NEGATIVE),
    (_delete(S + "overdue.bands.1.weight"), S + "overdue.bands[1].weight", MISSING),
    (_set(S + "downgraded.at_least", "normal"), S + "downgraded.at_least", NOT_A_DOWNGRADE),
    (_set(S + "downgraded.at_least", "bad"), S + "downgraded.at_least", UNKNOWN_CODE),
    (_set(S + "noticed.weights.market", -1), S + "noticed.weights.market", WEIGHT_NEGATIVE),
    (_delete(S + "noticed.weights.disease"), S + "noticed.weights.disease", MISSING),
    (_set(S + "noticed.weights.theft", 5), S + "noticed.weights.theft", UNKNOWN_ENTRY),
    (_set(S + "noticed.months", 0), S + "noticed.months", OUT_OF_RANGE),
    (_set(S + "income_fall.percent", 0), S + "income_fall.percent", OUT_OF_RANGE),
    (_set(S + "score_fall.percent", 100.01), S + "score_fall.percent", OUT_OF_RANGE),
    (_set(S + "debt_income.ratio", 0.09), S + "debt_income.ratio", OUT_OF_RANGE),
    (_set(S + "debt_land.yuan_per_mu", "5000"), S + "debt_land.yuan_per_mu", NOT_A_NUMBER),
    (_set(S + "guarantor.level", "severe"), S + "guarantor.level", UNKNOWN_CODE),
    (_set("levels.high", 30), "levels.high", HIGH_NOT_ABOVE),
    (_set("levels.high", 29), "levels.high", HIGH_NOT_ABOVE),
    (_set("levels.medium", 0), "levels.medium", OUT_OF_RANGE),
    (_set("levels.high", 10_001), "levels.high", OUT_OF_RANGE),
    (_delete("levels.medium"), "levels.medium", MISSING),
    (_set("version", 0), "version", OUT_OF_RANGE),
    (_set("schema", SCHEMA + 1), "schema", NEWER_SCHEMA),
    (_set("schema", 0), "schema", UNKNOWN_SCHEMA),
    (_set("schema", True), "schema", UNKNOWN_SCHEMA),
    (_set("colour", "red"), "colour", UNKNOWN_ENTRY),
]


@pytest.mark.parametrize(("change", "path", "message"), BAD_DOCUMENTS)
def test_each_problem_is_named_by_its_path(
    change: Callable[[Doc], None], path: str, message: Text
) -> None:
    doc = _default()
    change(doc)
    errors = _errors(doc)
    assert errors.get(path) == message, errors
    with pytest.raises(ValidationFailed) as raised:
        risk_rules_from_json(doc)
    assert raised.value.for_field(path) is not None


def test_every_problem_at_once() -> None:
    doc = _default()
    _set(S + "complaints.weight", -1)(doc)
    _set(S + "overdue.bands.1.from_days", 1)(doc)
    _set("levels.high", 10)(doc)
    assert set(_errors(doc)) == {
        S + "complaints.weight",
        S + "overdue.bands[1].from_days",
        "levels.high",
    }


def _all_weights(doc: Doc, value: int) -> None:
    signals = doc["signals"]
    for band in signals["overdue"]["bands"]:
        band["weight"] = value
    for kind in signals["noticed"]["weights"]:
        signals["noticed"]["weights"][kind] = value
    for entry in signals.values():
        if "weight" in entry:
            entry["weight"] = value


def test_weights_summing_to_zero_are_refused_and_one_point_is_enough() -> None:
    doc = _default()
    _all_weights(doc, 0)
    assert _errors(doc) == {"signals": ALL_WEIGHTS_ZERO}
    doc[S.rstrip(".")]["guarantor"]["weight"] = 1
    assert check_risk_rules(doc) == []


@pytest.mark.parametrize(("high", "valid"), [(29, False), (30, False), (31, True)])
def test_levels_high_at_and_around_medium(high: int, valid: bool) -> None:
    doc = _default()
    doc["levels"] = {"medium": 30, "high": high}
    assert (check_risk_rules(doc) == []) is valid


@pytest.mark.parametrize(("weight", "valid"), [(-1, False), (0, True), (100, True), (101, False)])
def test_a_weight_at_and_around_its_bounds(weight: int, valid: bool) -> None:
    doc = _default()
    doc["signals"]["no_visit"]["weight"] = weight
    assert (check_risk_rules(doc) == []) is valid


def test_a_zero_weight_turns_a_signal_off_and_is_kept() -> None:
    doc = _default()
    doc["signals"]["debt_land"]["weight"] = 0
    assert risk_rules_from_json(doc).debt_land.weight == 0
