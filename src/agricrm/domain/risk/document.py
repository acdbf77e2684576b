"""Reading and checking an early-warning rules document (JSON as kept and as synced).

One walk over the document collects every problem as a `FieldError` named by its path
(``signals.overdue.bands[1].from_days``, ``signals.noticed.weights.market``, ``levels.high``),
so the rules screen can mark the entry and a sync import can name it; nothing is guessed or
replaced by a default.  The same walk builds the typed `RiskRules` when there is no problem.

Bounds that are not obvious: a weight is a whole number from 0 (the signal is off) to 100, and
at least one weight must be above 0 (``signals``: weights summing to zero never warn); overdue
bands start at 1 day or more, strictly increasing, at most 10 of them; a fall is 0.01–100 %;
debt against income 0.1–100 times; debt against land 1–1,000,000 yuan per mu; the levels'
scores are whole, 1–10,000, and high above medium.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from agricrm.domain.enums import LoanClassification
from agricrm.domain.errors import FieldError, ValidationFailed
from agricrm.domain.risk.facts import Level, RiskNoticed
from agricrm.domain.risk.reading import (
    ABSENT,
    NOT_A_LIST,
    DocumentReader,
)
from agricrm.domain.risk.rules import (
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
from agricrm.i18n import QT_TRANSLATE_NOOP

ALL_WEIGHTS_ZERO = QT_TRANSLATE_NOOP(
    "RiskRules", "Every weight is 0, so no signal could ever warn: give at least one a weight."
)
NO_BANDS = QT_TRANSLATE_NOOP("RiskRules", "Give at least one band.")
TOO_MANY_BANDS = QT_TRANSLATE_NOOP("RiskRules", "At most {max} bands.")
BANDS_NOT_RISING = QT_TRANSLATE_NOOP(
    "RiskRules", "Each band starts after the one before it ({previous} days)."
)
HIGH_NOT_ABOVE = QT_TRANSLATE_NOOP(
    "RiskRules", "The high level's score must be above the medium level's ({medium})."
)
NOT_A_DOWNGRADE = QT_TRANSLATE_NOOP(
    "RiskRules", "A downgrade ends below normal: choose special mention or worse."
)

BANDS_MAX = 10
_D = Decimal
# Each plain signal's parameters besides its weight: (key, low, high, whole).
_PARAMETERS: dict[Signal, tuple[tuple[str, Decimal, Decimal, bool], ...]] = {
    Signal.DUE_UNCHECKED: (
        ("within_days", _D(1), _D(365), True),
        ("checked_within_days", _D(1), _D(730), True),
    ),
    Signal.COMPLAINTS: (("count", _D(1), _D(100), True), ("months", _D(1), _D(36), True)),
    Signal.NO_VISIT: (("days_past_due", _D(1), _D(3650), True),),
    Signal.INCOME_FALL: (("percent", _D("0.01"), _D(100), False),),
    Signal.SCORE_FALL: (("percent", _D("0.01"), _D(100), False),),
    Signal.DEBT_INCOME: (("ratio", _D("0.1"), _D(100), False),),
    Signal.DEBT_LAND: (("yuan_per_mu", _D(1), _D(1_000_000), False),),
}
_BUILD: dict[Signal, Any] = {
    Signal.DUE_UNCHECKED: DueUnchecked,
    Signal.COMPLAINTS: Complaints,
    Signal.NO_VISIT: NoVisit,
    Signal.INCOME_FALL: Fall,
    Signal.SCORE_FALL: Fall,
    Signal.DEBT_INCOME: DebtIncome,
    Signal.DEBT_LAND: DebtLand,
}


def check_risk_rules(document: RiskRules | Mapping[str, Any]) -> list[FieldError]:
    """Every problem of an early-warning rules document (typed or as JSON), each named by its
    entry's path."""
    if isinstance(document, RiskRules):
        document = document.to_json()
    reader = _Reader()
    reader.document(document)
    return reader.errors


def risk_rules_from_json(document: Mapping[str, Any]) -> RiskRules:
    """The typed rules of a valid document; raises `ValidationFailed` listing every problem."""
    reader = _Reader()
    rules = reader.document(document)
    if reader.errors or rules is None:
        raise ValidationFailed(reader.errors)
    return rules


class _Reader(DocumentReader):
    """One walk over a document: typed parts where an entry is valid, errors where not."""

    # ------------------------------------------------------------------ the document

    def document(self, value: Any) -> RiskRules | None:
        doc = self.section(value, "", ("schema", "version", "signals", "levels"))
        if doc is None:
            return None
        if not self.schema_known(doc, SCHEMA):
            return None
        version = self.version(doc)
        signals = self.signals(doc.get("signals", ABSENT))
        levels = self.levels(doc.get("levels", ABSENT))
        if self.errors or version is None or signals is None or levels is None:
            return None
        return RiskRules(version=version, **signals, levels=levels)

    def signals(self, value: Any) -> dict[str, Any] | None:
        doc = self.section(value, "signals", [signal.value for signal in Signal])
        if doc is None:
            return None
        read: dict[str, Any] = {}
        for signal in Signal:
            path = f"signals.{signal.value}"
            entry = doc.get(signal.value, ABSENT)
            if signal is Signal.OVERDUE:
                built = self.overdue(entry, path)
            elif signal is Signal.DOWNGRADED:
                built = self.downgraded(entry, path)
            elif signal is Signal.NOTICED:
                built = self.noticed(entry, path)
            elif signal is Signal.GUARANTOR:
                built = self.guarantor(entry, path)
            else:
                built = self.plain(signal, entry, path)
            if built is not None:
                read[signal.value] = built
        if self.weights and not any(self.weights) and len(read) == len(Signal):
            self.fail("signals", ALL_WEIGHTS_ZERO)
            return None
        return read if len(read) == len(Signal) else None

    def plain(self, signal: Signal, value: Any, path: str) -> Any:
        parameters = _PARAMETERS[signal]
        doc = self.section(value, path, ("weight", *(key for key, *_ in parameters)))
        if doc is None:
            return None
        weight = self.weight(doc.get("weight", ABSENT), f"{path}.weight")
        read: list[Any] = []
        for key, low, high, whole in parameters:
            entry, where = doc.get(key, ABSENT), f"{path}.{key}"
            read.append(
                self.whole(entry, where, low, high)
                if whole
                else self.number(entry, where, low, high)
            )
        if weight is None or any(item is None for item in read):
            return None
        return _BUILD[signal](weight, *read)

    def overdue(self, value: Any, path: str) -> Overdue | None:
        doc = self.section(value, path, ("bands",))
        if doc is None:
            return None
        bands = doc.get("bands", ABSENT)
        if bands is ABSENT:
            return None
        if not isinstance(bands, list | tuple):
            self.fail(f"{path}.bands", NOT_A_LIST)
            return None
        if not bands:
            self.fail(f"{path}.bands", NO_BANDS)
            return None
        if len(bands) > BANDS_MAX:
            self.fail(f"{path}.bands", TOO_MANY_BANDS(max=BANDS_MAX))
            return None
        read: list[OverdueBand] = []
        good = True
        previous: int | None = None
        for index, band in enumerate(bands):
            where = f"{path}.bands[{index}]"
            entry = self.section(band, where, ("from_days", "weight"))
            if entry is None:
                good = False
                continue
            start = self.whole(
                entry.get("from_days", ABSENT), f"{where}.from_days", Decimal(1), Decimal(3650)
            )
            weight = self.weight(entry.get("weight", ABSENT), f"{where}.weight")
            if start is not None and previous is not None and start <= previous:
                self.fail(f"{where}.from_days", BANDS_NOT_RISING(previous=previous))
                start = None
            if start is None or weight is None:
                good = False
                continue
            previous = start
            read.append(OverdueBand(start, weight))
        return Overdue(tuple(read)) if good else None

    def downgraded(self, value: Any, path: str) -> Downgraded | None:
        doc = self.section(value, path, ("weight", "at_least"))
        if doc is None:
            return None
        weight = self.weight(doc.get("weight", ABSENT), f"{path}.weight")
        code = self.code(
            doc.get("at_least", ABSENT), f"{path}.at_least", [c.value for c in LoanClassification]
        )
        if code == LoanClassification.NORMAL.value:
            self.fail(f"{path}.at_least", NOT_A_DOWNGRADE)
            code = None
        if weight is None or code is None:
            return None
        return Downgraded(weight, LoanClassification(code))

    def noticed(self, value: Any, path: str) -> Noticed | None:
        doc = self.section(value, path, ("weights", "months"))
        if doc is None:
            return None
        months = self.whole(doc.get("months", ABSENT), f"{path}.months", Decimal(1), Decimal(24))
        weights = self.section(
            doc.get("weights", ABSENT), f"{path}.weights", [kind.value for kind in RiskNoticed]
        )
        read: list[tuple[RiskNoticed, int]] = []
        if weights is not None:
            for kind in RiskNoticed:
                weight = self.weight(weights.get(kind.value, ABSENT), f"{path}.weights.{kind}")
                if weight is not None:
                    read.append((kind, weight))
        if months is None or len(read) != len(RiskNoticed):
            return None
        return Noticed(tuple(read), months)

    def guarantor(self, value: Any, path: str) -> GuarantorRule | None:
        doc = self.section(value, path, ("weight", "level"))
        if doc is None:
            return None
        weight = self.weight(doc.get("weight", ABSENT), f"{path}.weight")
        code = self.code(doc.get("level", ABSENT), f"{path}.level", [x.value for x in Level])
        if weight is None or code is None:
            return None
        return GuarantorRule(weight, Level(code))

    def levels(self, value: Any) -> Levels | None:
        doc = self.section(value, "levels", ("medium", "high"))
        if doc is None:
            return None
        low, high = Decimal(1), Decimal(10_000)
        medium = self.whole(doc.get("medium", ABSENT), "levels.medium", low, high)
        top = self.whole(doc.get("high", ABSENT), "levels.high", low, high)
        if medium is not None and top is not None and top <= medium:
            self.fail("levels.high", HIGH_NOT_ABOVE(medium=medium))
            return None
        if medium is None or top is None:
            return None
        return Levels(medium, top)
