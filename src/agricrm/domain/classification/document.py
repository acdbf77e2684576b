"""Reading and checking a classification rules document (JSON as kept and as synced).

`rules_from_json` and `check_rules` walk the document once, collecting every problem as a
`FieldError` whose field is the entry's path (``scale.land_mu.large.from``, ``value.weights.
growth``, ``strategy.dormant.care[1]``), so the rules screen can mark the entry and a sync
import can name it; nothing is guessed or replaced by a default.  The same walk builds the
typed `ClassificationRules` when there is no problem, so what was checked is what is used.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

from agricrm.domain.care import CareOccasion
from agricrm.domain.classification.facts import (
    DEFAULT_CATALOGUE,
    CreditStatus,
    Dimension,
    Relationship,
    Scale,
    ValueTier,
)
from agricrm.domain.classification.rules import (
    SCHEMA,
    STRATEGY_KEYS,
    VALUE_PARTS,
    ActivityRules,
    Band,
    Bands,
    ClassificationRules,
    CreditRules,
    NeedsRules,
    RelationshipRules,
    ScaleRules,
    SegmentRule,
    SegmentRules,
    Strategy,
    ValueRules,
)
from agricrm.domain.enums import LoanClassification, Need
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text

MISSING = QT_TRANSLATE_NOOP("ClassificationRules", "This entry is missing.")
NOT_A_SECTION = QT_TRANSLATE_NOOP("ClassificationRules", "Expected a group of entries here.")
NOT_A_LIST = QT_TRANSLATE_NOOP("ClassificationRules", "Expected a list of codes here.")
UNKNOWN_DIMENSION = QT_TRANSLATE_NOOP("ClassificationRules", 'Unknown dimension "{key}".')
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("ClassificationRules", 'Unknown entry "{key}".')
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "ClassificationRules", 'Enter a number here ("{value}" is not a number).'
)
NOT_WHOLE = QT_TRANSLATE_NOOP("ClassificationRules", "Enter a whole number.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("ClassificationRules", "Enter a number from {low} to {high}.")
NEGATIVE_WEIGHT = QT_TRANSLATE_NOOP("ClassificationRules", "A weight cannot be negative.")
WEIGHTS_ZERO = QT_TRANSLATE_NOOP(
    "ClassificationRules", "The weights add up to zero: at least one must be above zero."
)
NOT_POSITIVE = QT_TRANSLATE_NOOP("ClassificationRules", "Enter a number above zero.")
NEGATIVE_LIMIT = QT_TRANSLATE_NOOP("ClassificationRules", "A limit cannot be negative.")
LIMIT_ABOVE = QT_TRANSLATE_NOOP("ClassificationRules", "A limit cannot be above {high}.")
NOT_A_CODE = QT_TRANSLATE_NOOP(
    "ClassificationRules", "Enter a code of lower-case letters, digits and underscores."
)
UNKNOWN_CODE = QT_TRANSLATE_NOOP("ClassificationRules", 'Unknown code "{code}".')
UNKNOWN_PRODUCT = QT_TRANSLATE_NOOP(
    "ClassificationRules", '"{code}" is not in the product catalogue.'
)
LISTED_TWICE = QT_TRANSLATE_NOOP("ClassificationRules", '"{code}" is listed twice.')
CHOOSE_ONE = QT_TRANSLATE_NOOP("ClassificationRules", "Choose at least one.")
LOWEST_HAS_FROM = QT_TRANSLATE_NOOP(
    "ClassificationRules", "The lowest class takes everything below the next one: no lower limit."
)
HIGHEST_HAS_BELOW = QT_TRANSLATE_NOOP(
    "ClassificationRules",
    "The highest class takes everything from its lower limit up: no upper limit.",
)
NEEDS_BOTH_LIMITS = QT_TRANSLATE_NOOP(
    "ClassificationRules", "This class needs a lower limit (from) and an upper limit (below)."
)
WRONG_WAY = QT_TRANSLATE_NOOP(
    "ClassificationRules", "The lower limit {start} is not below the upper limit {end}."
)
GAP = QT_TRANSLATE_NOOP(
    "ClassificationRules",
    "Gap: the class below ends at {end}, so no class holds {end} to {start}.",
)
OVERLAP = QT_TRANSLATE_NOOP(
    "ClassificationRules",
    "Overlap: the class below runs up to {end}, so this class cannot start at {start}.",
)
CREDIT_WRONG_WAY = QT_TRANSLATE_NOOP(
    "ClassificationRules",
    "A worse loan category cannot give a better credit status than the one above it.",
)
SEGMENT_WRONG_WAY = QT_TRANSLATE_NOOP(
    "ClassificationRules",
    "Potential customers cannot need a higher value score than quality customers ({quality}).",
)
NEED_TWICE = QT_TRANSLATE_NOOP(
    "ClassificationRules", '"{code}" cannot be both a product and a service need.'
)
NEED_UNASSIGNED = QT_TRANSLATE_NOOP(
    "ClassificationRules", '"{code}" must be either a product or a service need.'
)
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "ClassificationRules",
    "These rules were written by a newer AgriCRM (schema {schema}); update AgriCRM to use them.",
)
UNKNOWN_SCHEMA = QT_TRANSLATE_NOOP("ClassificationRules", "Unknown rules schema {schema}.")

_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")
_TOP = (
    "schema",
    "version",
    *(dimension.value for dimension in Dimension if dimension is not Dimension.INDUSTRY),
    "strategy",
)
"""Industry has no figures (one kind of production names it, two or more make it mixed)."""
_CARE = tuple(occasion.value for occasion in CareOccasion if occasion is not CareOccasion.OTHER)
_ABSENT = object()


def check_rules(
    document: ClassificationRules | Mapping[str, Any],
    catalogue: Collection[str] = DEFAULT_CATALOGUE,
) -> list[FieldError]:
    """Every problem of a rules document (typed or as JSON), each named by its entry's path.

    `catalogue` is the branch's product codes: a document may count only products it has."""
    if isinstance(document, ClassificationRules):
        document = document.to_json()
    reader = _Reader(catalogue)
    reader.document(document)
    return reader.errors


def rules_from_json(
    document: Mapping[str, Any], catalogue: Collection[str] = DEFAULT_CATALOGUE
) -> ClassificationRules:
    """The typed rules of a valid document; raises `ValidationFailed` listing every problem."""
    reader = _Reader(catalogue)
    rules = reader.document(document)
    if reader.errors or rules is None:
        raise ValidationFailed(reader.errors)
    return rules


class _Reader:
    """One walk over a document: typed parts where an entry is valid, errors where not.  A part
    with a problem is None, and whatever depends on it is not built."""

    def __init__(self, catalogue: Collection[str]) -> None:
        self.catalogue = catalogue
        self.errors: list[FieldError] = []

    def fail(self, path: str, message: Text | Message) -> None:
        self.errors.append(FieldError(path, message))

    # ------------------------------------------------------------------ building blocks

    def section(
        self, value: Any, path: str, keys: Sequence[str], optional: Sequence[str] = ()
    ) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.fail(path, NOT_A_SECTION)
            return None
        for key in value:
            if key not in keys and key not in optional:
                unknown = UNKNOWN_DIMENSION if not path else UNKNOWN_ENTRY
                self.fail(_join(path, str(key)), unknown(key=key))
        for key in keys:
            if key not in value:
                self.fail(_join(path, key), MISSING)
        return value

    def number(
        self, value: Any, path: str, low: Decimal | None = None, high: Decimal | None = None
    ) -> Decimal | None:
        if value is _ABSENT:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            self.fail(path, NOT_A_NUMBER(value=value))
            return None
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            self.fail(path, NOT_A_NUMBER(value=value))
            return None
        if (low is not None and number < low) or (high is not None and number > high):
            self.fail(path, OUT_OF_RANGE(low=_show(low), high=_show(high)))
            return None
        return number

    def whole(self, value: Any, path: str, low: int, high: int) -> int | None:
        number = self.number(value, path, Decimal(low), Decimal(high))
        if number is None:
            return None
        if number != number.to_integral_value():
            self.fail(path, NOT_WHOLE)
            return None
        return int(number)

    def codes(
        self,
        value: Any,
        path: str,
        allowed: Collection[str],
        unknown: Text = UNKNOWN_CODE,
        *,
        required: bool = True,
    ) -> tuple[str, ...] | None:
        if value is _ABSENT:
            return None
        if not isinstance(value, list | tuple):
            self.fail(path, NOT_A_LIST)
            return None
        good = True
        seen: list[str] = []
        for index, code in enumerate(value):
            item = f"{path}[{index}]"
            if not isinstance(code, str) or code not in allowed:
                self.fail(item, unknown(code=code))
                good = False
            elif code in seen:
                self.fail(item, LISTED_TWICE(code=code))
                good = False
            else:
                seen.append(code)
        if required and not value:
            self.fail(path, CHOOSE_ONE)
            return None
        return tuple(seen) if good else None

    def code(self, value: Any, path: str, allowed: Collection[str]) -> str | None:
        if value is _ABSENT:
            return None
        if not isinstance(value, str) or value not in allowed:
            self.fail(path, UNKNOWN_CODE(code=value))
            return None
        return value

    def bands(
        self, value: Any, path: str, order: Sequence[str], high: Decimal | None = None
    ) -> Bands | None:
        """Bands keyed by class code, `order` lowest first: contiguous, each the right way."""
        found = self.section(value, path, order)
        if found is None:
            return None
        errors_before = len(self.errors)
        read: dict[str, Band] = {}
        previous: Band | None = None
        for index, code in enumerate(order):
            entry = found.get(code, _ABSENT)
            if entry is _ABSENT:
                previous = None
                continue
            here = _join(path, code)
            limits = self.section(entry, here, (), ("from", "below"))
            if limits is None:
                previous = None
                continue
            start = self._limit(limits.get("from", _ABSENT), f"{here}.from", high)
            end = self._limit(limits.get("below", _ABSENT), f"{here}.below", high)
            first, last = index == 0, index == len(order) - 1
            if first and "from" in limits:
                self.fail(f"{here}.from", LOWEST_HAS_FROM)
            if last and "below" in limits:
                self.fail(f"{here}.below", HIGHEST_HAS_BELOW)
            if (not first and "from" not in limits) or (not last and "below" not in limits):
                self.fail(here, NEEDS_BOTH_LIMITS)
            if start is not None and end is not None and start >= end:
                self.fail(here, WRONG_WAY(start=_show(start), end=_show(end)))
            if previous is not None and previous.end is not None and start is not None:
                if start > previous.end:
                    self.fail(f"{here}.from", GAP(end=_show(previous.end), start=_show(start)))
                elif start < previous.end:
                    self.fail(f"{here}.from", OVERLAP(end=_show(previous.end), start=_show(start)))
            band = Band(None if first else start, None if last else end)
            read[code] = band
            previous = band
        if len(self.errors) > errors_before or len(read) != len(order):
            return None
        return read

    def _limit(self, value: Any, path: str, high: Decimal | None) -> Decimal | None:
        number = self.number(value, path)
        if number is None:
            return None
        if number < 0:
            self.fail(path, NEGATIVE_LIMIT)
            return None
        if high is not None and number > high:
            self.fail(path, LIMIT_ABOVE(high=_show(high)))
            return None
        return number

    # ------------------------------------------------------------------ the document

    def document(self, value: Any) -> ClassificationRules | None:
        doc = self.section(value, "", _TOP)
        if doc is None:
            return None
        schema = doc.get("schema", _ABSENT)
        if schema is not _ABSENT:
            if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA:
                self.fail("schema", NEWER_SCHEMA(schema=schema))
                return None
            if schema != SCHEMA or isinstance(schema, bool):
                self.fail("schema", UNKNOWN_SCHEMA(schema=schema))
                return None
        parts = (
            self.whole(doc.get("version", _ABSENT), "version", 1, 1_000_000),
            self.scale(doc.get("scale", _ABSENT)),
            self.credit(doc.get("credit", _ABSENT)),
            self.value(doc.get("value", _ABSENT)),
            self.segment(doc.get("segment", _ABSENT)),
            self.needs(doc.get("needs", _ABSENT)),
            self.activity(doc.get("activity", _ABSENT)),
            self.relationship(doc.get("relationship", _ABSENT)),
            self.strategy(doc.get("strategy", _ABSENT)),
        )
        if self.errors or any(part is None for part in parts):
            return None
        return ClassificationRules(*parts)  # type: ignore[arg-type]

    def scale(self, value: Any) -> ScaleRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(
            value, "scale", ("land_mu", "livestock_units", "water_mu", "heads_per_unit")
        )
        if doc is None:
            return None
        order = [scale.value for scale in Scale]
        land = self.bands(doc.get("land_mu", _ABSENT), "scale.land_mu", order)
        units = self.bands(doc.get("livestock_units", _ABSENT), "scale.livestock_units", order)
        water = self.bands(doc.get("water_mu", _ABSENT), "scale.water_mu", order)
        heads = self.heads_per_unit(doc.get("heads_per_unit", _ABSENT))
        if land is None or units is None or water is None or heads is None:
            return None
        return ScaleRules(land, units, water, heads)

    def heads_per_unit(self, value: Any) -> dict[str, Decimal] | None:
        if value is _ABSENT:
            return None
        path = "scale.heads_per_unit"
        if not isinstance(value, Mapping):
            self.fail(path, NOT_A_SECTION)
            return None
        if not value:
            self.fail(path, CHOOSE_ONE)
            return None
        read: dict[str, Decimal] = {}
        for kind, heads in value.items():
            here = _join(path, str(kind))
            if not isinstance(kind, str) or not _CODE.fullmatch(kind):
                self.fail(here, NOT_A_CODE)
                continue
            number = self.number(heads, here)
            if number is not None and number <= 0:
                self.fail(here, NOT_POSITIVE)
            elif number is not None:
                read[kind] = number
        return read if len(read) == len(value) else None

    def credit(self, value: Any) -> CreditRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(
            value, "credit", ("classification", "overdue_days", "overdue_times", "when_unknown")
        )
        if doc is None:
            return None
        statuses = [status.value for status in CreditStatus]
        best_first = list(reversed(statuses))
        mapping = self.section(
            doc.get("classification", {}),
            "credit.classification",
            [c.value for c in LoanClassification],
        )
        classification: dict[str, str] | None = None
        if mapping is not None:
            classification = {}
            for category in LoanClassification:
                here = f"credit.classification.{category.value}"
                status = self.code(mapping.get(category.value, _ABSENT), here, statuses)
                if status is None:
                    classification = None
                    break
                previous = next(reversed(classification.values()), None)
                if previous is not None and statuses.index(status) > statuses.index(previous):
                    self.fail(here, CREDIT_WRONG_WAY)
                classification[category.value] = status
        days = self.bands(doc.get("overdue_days", _ABSENT), "credit.overdue_days", best_first)
        times = self.bands(doc.get("overdue_times", _ABSENT), "credit.overdue_times", best_first)
        unknown = self.code(doc.get("when_unknown", _ABSENT), "credit.when_unknown", statuses)
        if classification is None or days is None or times is None or unknown is None:
            return None
        return CreditRules(classification, days, times, unknown)

    def value(self, value: Any) -> ValueRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, "value", ("weights", "caps", "counted_products", "tiers"))
        if doc is None:
            return None
        weights = self.section(doc.get("weights", {}), "value.weights", VALUE_PARTS)
        caps = self.section(doc.get("caps", {}), "value.caps", VALUE_PARTS)
        read_weights: dict[str, Decimal] = {}
        read_caps: dict[str, Decimal] = {}
        for part in VALUE_PARTS:
            if weights is not None and part in weights:
                weight = self.number(weights[part], f"value.weights.{part}")
                if weight is not None and weight < 0:
                    self.fail(f"value.weights.{part}", NEGATIVE_WEIGHT)
                elif weight is not None:
                    read_weights[part] = weight
            if caps is not None and part in caps:
                cap = self.number(caps[part], f"value.caps.{part}")
                if cap is not None and cap <= 0:
                    self.fail(f"value.caps.{part}", NOT_POSITIVE)
                elif cap is not None:
                    read_caps[part] = cap
        complete = len(read_weights) == len(VALUE_PARTS)
        if complete and sum(read_weights.values()) == 0:
            self.fail("value.weights", WEIGHTS_ZERO)
            complete = False
        counted = self.codes(
            doc.get("counted_products", _ABSENT),
            "value.counted_products",
            self.catalogue,
            UNKNOWN_PRODUCT,
            required=False,
        )
        tiers = self.bands(
            doc.get("tiers", _ABSENT),
            "value.tiers",
            [tier.value for tier in ValueTier],
            Decimal(100),
        )
        if not complete or len(read_caps) != len(VALUE_PARTS) or counted is None or tiers is None:
            return None
        return ValueRules(read_weights, read_caps, counted, tiers)

    def segment(self, value: Any) -> SegmentRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, "segment", ("quality", "potential"))
        if doc is None:
            return None
        quality = self.segment_rule(doc.get("quality", _ABSENT), "segment.quality")
        potential = self.segment_rule(doc.get("potential", _ABSENT), "segment.potential")
        if quality is None or potential is None:
            return None
        if potential.min_value_score > quality.min_value_score:
            self.fail(
                "segment.potential.min_value_score",
                SEGMENT_WRONG_WAY(quality=_show(quality.min_value_score)),
            )
            return None
        return SegmentRules(quality, potential)

    def segment_rule(self, value: Any, path: str) -> SegmentRule | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, path, ("min_value_score", "credit", "min_scale"))
        if doc is None:
            return None
        score = self.number(
            doc.get("min_value_score", _ABSENT), f"{path}.min_value_score", Decimal(0), Decimal(100)
        )
        credit = self.codes(
            doc.get("credit", _ABSENT), f"{path}.credit", [s.value for s in CreditStatus]
        )
        scale = self.code(
            doc.get("min_scale", _ABSENT), f"{path}.min_scale", [s.value for s in Scale]
        )
        if score is None or credit is None or scale is None:
            return None
        return SegmentRule(score, credit, scale)

    def needs(self, value: Any) -> NeedsRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, "needs", ("product", "service"))
        if doc is None:
            return None
        known = [need.value for need in Need]
        product = self.codes(doc.get("product", _ABSENT), "needs.product", known, required=False)
        service = self.codes(doc.get("service", _ABSENT), "needs.service", known, required=False)
        if product is None or service is None:
            return None
        good = True
        for code in known:
            if code in product and code in service:
                self.fail(f"needs.service[{service.index(code)}]", NEED_TWICE(code=code))
                good = False
            elif code not in product and code not in service:
                self.fail("needs", NEED_UNASSIGNED(code=code))
                good = False
        return NeedsRules(product, service) if good else None

    def activity(self, value: Any) -> ActivityRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, "activity", ("months",))
        if doc is None:
            return None
        months = self.whole(doc.get("months", _ABSENT), "activity.months", 1, 60)
        return None if months is None else ActivityRules(months)

    def relationship(self, value: Any) -> RelationshipRules | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, "relationship", ("years",))
        if doc is None:
            return None
        years = self.bands(
            doc.get("years", _ABSENT), "relationship.years", [r.value for r in Relationship]
        )
        return None if years is None else RelationshipRules(years)

    def strategy(self, value: Any) -> dict[str, Strategy] | None:
        if value is _ABSENT:
            return None
        doc = self.section(value, "strategy", STRATEGY_KEYS)
        if doc is None:
            return None
        read: dict[str, Strategy] = {}
        for key in STRATEGY_KEYS:
            if key not in doc:
                continue
            path = f"strategy.{key}"
            dormant = key == "dormant"
            cadence = "reactivation_days" if dormant else "visit_months"
            entry = self.section(doc[key], path, (cadence, "care", "priority"))
            if entry is None:
                continue
            if dormant:
                months, days = (
                    None,
                    self.whole(entry.get(cadence, _ABSENT), f"{path}.{cadence}", 1, 365),
                )
            else:
                months, days = (
                    self.whole(entry.get(cadence, _ABSENT), f"{path}.{cadence}", 1, 60),
                    None,
                )
            care = self.codes(entry.get("care", _ABSENT), f"{path}.care", _CARE, required=False)
            priority = self.whole(entry.get("priority", _ABSENT), f"{path}.priority", 1, 9)
            if (months if not dormant else days) is not None and care is not None and priority:
                read[key] = Strategy(months, days, care, priority)
        return read if len(read) == len(STRATEGY_KEYS) else None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _show(value: Decimal | None) -> str:
    """A limit as people write it: 200, 0.5 (never 2E+2)."""
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
