"""Reading and checking an evaluation rules document, every problem named by its path
(``indicators.volume.weight``, ``grades.B``); the walk is the risk rules' (`risk.reading`).

Bad weights: below zero is named at the weight; all zero (a score of nothing) at ``indicators``.
Grade bands are 0–100 with A above B above C, a band out of order named where it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.evaluation.rules import (
    SCALE_BOUNDS,
    SCHEMA,
    EvaluationRules,
    Grade,
    GradeBands,
    Indicator,
    Weighted,
    scale_key,
)
from agricrm.domain.risk.reading import ABSENT, DocumentReader
from agricrm.i18n import QT_TRANSLATE_NOOP

WEIGHTS_SUM_ZERO = QT_TRANSLATE_NOOP(
    "EvaluationRules", "The weights add up to 0, so nothing could be scored: give one a weight."
)
BAND_NOT_BELOW = QT_TRANSLATE_NOOP(
    "EvaluationRules", "Grade {grade} must start below grade {above} ({start})."
)


def check_evaluation_rules(document: EvaluationRules | Mapping[str, Any]) -> list[FieldError]:
    if isinstance(document, EvaluationRules):
        document = document.to_json()
    reader = _Reader()
    reader.document(document)
    return reader.errors


def evaluation_rules_from_json(document: Mapping[str, Any]) -> EvaluationRules:
    """The typed rules of a valid document; raises `ValidationFailed` listing every problem."""
    reader = _Reader()
    rules = reader.document(document)
    if reader.errors or rules is None:
        raise ValidationFailed(reader.errors)
    return rules


class _Reader(DocumentReader):
    def document(self, value: Any) -> EvaluationRules | None:
        doc = self.section(value, "", ("schema", "version", "indicators", "grades"))
        if doc is None or not self.schema_known(doc, SCHEMA):
            return None
        version = self.version(doc)
        indicators = self.indicators(doc.get("indicators", ABSENT))
        grades = self.grades(doc.get("grades", ABSENT))
        if self.errors or version is None or indicators is None or grades is None:
            return None
        return EvaluationRules(version, indicators, grades)

    def indicators(self, value: Any) -> tuple[tuple[Indicator, Weighted], ...] | None:
        doc = self.section(value, "indicators", [indicator.value for indicator in Indicator])
        if doc is None:
            return None
        read: list[tuple[Indicator, Weighted]] = []
        for indicator in Indicator:
            path = f"indicators.{indicator.value}"
            key = scale_key(indicator)
            entry = self.section(doc.get(indicator.value, ABSENT), path, ("weight", key))
            if entry is None:
                continue
            weight = self.weight(entry.get("weight", ABSENT), f"{path}.weight")
            low, high = SCALE_BOUNDS[indicator]
            scale = self.number(entry.get(key, ABSENT), f"{path}.{key}", low, high)
            if weight is not None and scale is not None:
                read.append((indicator, Weighted(weight, scale)))
        if len(read) != len(Indicator):
            return None
        if not any(weighted.weight for _, weighted in read):
            self.fail("indicators", WEIGHTS_SUM_ZERO)
            return None
        return tuple(read)

    def grades(self, value: Any) -> GradeBands | None:
        codes = (Grade.A, Grade.B, Grade.C)
        doc = self.section(value, "grades", [grade.value for grade in codes])
        if doc is None:
            return None
        starts: list[Decimal | None] = [
            self.number(doc.get(grade.value, ABSENT), f"grades.{grade}", Decimal(0), Decimal(100))
            for grade in codes
        ]
        for index in (1, 2):
            above, start = starts[index - 1], starts[index]
            if above is not None and start is not None and start >= above:
                self.fail(
                    f"grades.{codes[index]}",
                    BAND_NOT_BELOW(
                        grade=codes[index].value, above=codes[index - 1].value, start=above
                    ),
                )
                starts[index] = None
        a, b, c = starts
        if a is None or b is None or c is None:
            return None
        return GradeBands(a, b, c)
