"""The words of a classification: message templates, lists and figures, kept apart from the
rules that choose them.  Every template takes the class's label as ``{klass}`` first, so the
summary panel can show the reason alone and still say which class it explains."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from agricrm.domain.classification.rules import Bands
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text, Translate

_CENT = Decimal("0.01")


SEPARATOR = QT_TRANSLATE_NOOP("Classification", ", ")

AT_LEAST = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: {measure} {amount} {unit} ≥ {start} {unit}"
)
BETWEEN = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: {measure} {amount} {unit}, from {start} to below {end} {unit}"
)
BELOW = QT_TRANSLATE_NOOP("Classification", "{klass}: {measure} {amount} {unit} < {end} {unit}")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("Classification", "{klass}: nothing recorded ({facts})")
UNCOUNTED_KIND = QT_TRANSLATE_NOOP(
    "Classification", "{kind} ({heads} head) not counted: the rules give it no conversion"
)
ONE_INDUSTRY = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: production items of one kind ({kinds})"
)
MIXED_INDUSTRY = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: production items of {count} kinds ({kinds})"
)
NO_PRODUCTION = QT_TRANSLATE_NOOP("Classification", "{klass}: no production item on file")
LOAN_CATEGORY = QT_TRANSLATE_NOOP("Classification", "{klass}: worst loan category {category}")
CLEAN_RECORD = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: no loan below normal and no overdue record"
)
CREDIT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: neither loans nor overdue history recorded (the rules' default)"
)
OVERRIDE_HOLDS = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: set by the officer ({reason}); computed: {computed}"
)
OVERRIDE_LAPSED = QT_TRANSLATE_NOOP(
    "Classification",
    "The officer's {kept} ({reason}) no longer holds: loans or overdue history changed since",
)
VALUE_PART = QT_TRANSLATE_NOOP("Classification", "{part} {amount}: {points} of {weight} points")
VALUE_PART_MISSING = QT_TRANSLATE_NOOP(
    "Classification", "{part} not recorded: 0 of {weight} points"
)
QUALITY = QT_TRANSLATE_NOOP(
    "Classification",
    "{klass}: value score {score} ≥ {min}, credit status {credit}, {scale}",
)
POTENTIAL_BY_SCORE = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: value score {score} ≥ {min}, credit status {credit}"
)
POTENTIAL_BY_SCALE = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: {scale} (at least {min_scale}), credit status {credit}"
)
ORDINARY_BY_CREDIT = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: credit status {credit} (quality and potential need {allowed})"
)
ORDINARY_BY_SCORE = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: value score {score} < {min} and {scale} (below {min_scale})"
)
NEEDS_ARE = QT_TRANSLATE_NOOP("Classification", "{klass}: recorded needs {needs}")
NO_NEEDS = QT_TRANSLATE_NOOP("Classification", "{klass}: no needs recorded")
CONTACT_WITHIN = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: last contact {date} ({what}), within {months} months"
)
CONTACT_BEFORE = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: last contact {date} ({what}), more than {months} months ago"
)
NO_CONTACT = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: no visit, care, loan or product change recorded"
)
MISSING_FACTS = QT_TRANSLATE_NOOP("Classification", "Not recorded: {facts}")
NO_START = QT_TRANSLATE_NOOP(
    "Classification", "{klass}: the date cooperation began is not recorded"
)

LAND = QT_TRANSLATE_NOOP("Classification", "cultivated land")
LIVESTOCK = QT_TRANSLATE_NOOP("Classification", "livestock")
WATER = QT_TRANSLATE_NOOP("Classification", "water area")
OVERDUE_DAYS = QT_TRANSLATE_NOOP("Classification", "longest overdue")
OVERDUE_TIMES = QT_TRANSLATE_NOOP("Classification", "times overdue")
VALUE_SCORE = QT_TRANSLATE_NOOP("Classification", "value score")
COOPERATION = QT_TRANSLATE_NOOP("Classification", "cooperation")
MU = QT_TRANSLATE_NOOP("Classification", "mu")
UNITS = QT_TRANSLATE_NOOP("Classification", "units")
DAYS = QT_TRANSLATE_NOOP("Classification", "days")
TIMES = QT_TRANSLATE_NOOP("Classification", "times")
POINTS = QT_TRANSLATE_NOOP("Classification", "points")
YEARS = QT_TRANSLATE_NOOP("Classification", "years")
VISIT = QT_TRANSLATE_NOOP("Classification", "visit")
CARE = QT_TRANSLATE_NOOP("Classification", "care")
LOAN_CHANGE = QT_TRANSLATE_NOOP("Classification", "loan change")
PRODUCT_CHANGE = QT_TRANSLATE_NOOP("Classification", "product change")
PART_NAMES = {
    "loan_balance": QT_TRANSLATE_NOOP("Classification", "loan balance (yuan)"),
    "deposits": QT_TRANSLATE_NOOP("Classification", "deposits (yuan)"),
    "products": QT_TRANSLATE_NOOP("Classification", "products held"),
    "years": QT_TRANSLATE_NOOP("Classification", "years of cooperation"),
    "growth": QT_TRANSLATE_NOOP("Classification", "growth (%)"),
}


@dataclass(frozen=True)
class Listing(Message):
    """Several texts joined as the language lists them (、 in Chinese): a `Message`, so it can
    be a parameter of another message and is translated when rendered."""

    items: tuple[Text | Message | str, ...] = ()

    def render(self, translate: Translate) -> str:
        return self.text.render(translate).join(
            item if isinstance(item, str) else item.render(translate) for item in self.items
        )


def listing(items: Sequence[Text | Message | str]) -> Listing:
    return Listing(SEPARATOR, {}, tuple(items))


class Figure:
    """A number in an explanation, formatted only when the message is rendered: thousands
    separated, at most two places, cut (not rounded) so that 19.996 units never reads as
    "20 ≥ 20".  Lazy because a bulk reclassification renders none of its explanations."""

    __slots__ = ("value",)

    def __init__(self, value: Decimal) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        value = self.value
        if value.as_tuple().exponent < -2:  # type: ignore[operator]
            value = value.quantize(_CENT, ROUND_FLOOR)
        text = f"{value:,f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def __str__(self) -> str:
        return format(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Figure) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Figure({self.value})"


def band_reason(
    klass: LabeledEnum, bands: Bands, measure: Text, amount: Decimal, unit: Text
) -> Message:
    band = bands[klass.value]
    shown = Figure(amount)
    if band.end is None:
        return AT_LEAST(
            klass=klass.label, measure=measure, amount=shown, start=Figure(band.start), unit=unit
        )
    if band.start is None:
        return BELOW(
            klass=klass.label, measure=measure, amount=shown, end=Figure(band.end), unit=unit
        )
    return BETWEEN(
        klass=klass.label,
        measure=measure,
        amount=shown,
        start=Figure(band.start),
        end=Figure(band.end),
        unit=unit,
    )
