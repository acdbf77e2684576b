"""Every figure of a classification rules document as a field, grouped in tabs.

The form reads and writes the document as JSON (`ClassificationRules.to_json`'s shape), the
shape `check_rules` names its problems in, so each problem's path (``value.weights.growth``)
leads to the field that holds it (`field_of`).  Ordered classes are edited by their *cut
points*, not by a from/below pair per class: "中型农户 from 50 亩" is both the small farmers'
upper limit and the medium farmers' lower one, so the form cannot make a gap or an overlap;
it writes both limits from the one field, and `check_rules` is still the judge (a medium
band that starts above the large one is refused and marked on the cut point).

Nothing here decides what is valid: spin boxes keep numbers within what a document may hold
(no negative weight can be typed), everything else is the checker's to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agricrm.domain.care import CareOccasion
from agricrm.domain.classification.facts import (
    Activity,
    CreditStatus,
    Relationship,
    Scale,
    Segment,
    ValueTier,
)
from agricrm.domain.classification.rules import STRATEGY_KEYS, VALUE_PARTS
from agricrm.domain.enums import LoanClassification, Need
from agricrm.domain.labeled_enum import LabeledEnum
from agricrm.gui import style
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg
from agricrm.gui.widgets.scrolling import scroll_tab_pages

_INDEX = re.compile(r"\[\d+\]$")
_CARE = tuple(occasion for occasion in CareOccasion if occasion is not CareOccasion.OTHER)
_SCALES = tuple(Scale)
_CREDIT_BEST_FIRST = tuple(reversed(CreditStatus))


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float | Decimal) else 0.0


def _decimal(spin: QDoubleSpinBox) -> Decimal:
    """The spin box's figure as the document keeps it (50, 0.5: never 50.0)."""
    number = Decimal(f"{spin.value():.{spin.decimals()}f}").normalize()
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number


class Choices(QWidget):
    """A row of check boxes standing for a list of codes (the greetings, the credit statuses
    a segment accepts), one field for the messages."""

    changed = Signal()

    def __init__(
        self, choices: Iterable[tuple[str, str]], parent: QWidget | None = None, columns: int = 4
    ) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.toggled.connect(self.changed)
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[code] = box

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


class _Cuts:
    """The cut points of a band list: field *i* is where class *i + 1* starts."""

    def __init__(self, path: str, order: Sequence[str], spins: Sequence[QDoubleSpinBox]) -> None:
        self.path, self.order, self.spins = path, tuple(order), tuple(spins)

    def load(self, bands: Mapping[str, Any]) -> None:
        for code, spin in zip(self.order[1:], self.spins, strict=True):
            spin.setValue(_number(bands.get(code, {}).get("from")))

    def json(self) -> dict[str, dict[str, Decimal]]:
        cuts = [_decimal(spin) for spin in self.spins]
        out: dict[str, dict[str, Decimal]] = {}
        for index, code in enumerate(self.order):
            entry = {}
            if index > 0:
                entry["from"] = cuts[index - 1]
            if index < len(cuts):
                entry["below"] = cuts[index]
            out[code] = entry
        return out

    def aliases(self) -> dict[str, str]:
        """Each path of the band list that a problem may name → the cut point's field."""
        names = [f"{self.path}.{code}.from" for code in self.order[1:]]
        found = {self.path: names[0]}
        for index, code in enumerate(self.order):
            here = f"{self.path}.{code}"
            found[here] = names[max(index - 1, 0)]
            if index < len(names):
                found[f"{here}.below"] = names[index]
        return found


class RulesForm(QTabWidget):
    """The rules document's figures in five tabs; `fields` maps each entry's path to its
    field, in the order the form shows them."""

    edited = Signal()

    def __init__(
        self,
        products: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._products = list(products)
        self._livestock_names = {
            "cattle": self.tr("Beef cattle"),
            "dairy_cow": self.tr("Dairy cows"),
            "pig": self.tr("Pigs"),
            "sheep": self.tr("Sheep and goats"),
            "laying_hen": self.tr("Laying hens"),
            "broiler": self.tr("Broilers"),
        }
        self.fields: dict[str, QWidget] = {}
        self._aliases: dict[str, str] = {}
        self._cuts: list[_Cuts] = []
        self._band_notes: list[tuple[QLabel, _Cuts, Callable[[LabeledEnum], str], str]] = []
        self._heads: dict[str, QDoubleSpinBox] = {}
        self._heads_form = QFormLayout()
        self._heads_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._loaded: dict[str, Any] = {}
        self.mu, self.units = self.tr(" mu"), self.tr(" cattle units")
        pages = (
            (self._scale_page(), self.tr("Production scale")),
            (self._credit_page(), self.tr("Credit status")),
            (self._value_page(), self.tr("Value")),
            (self._segment_page(), self.tr("Segment, needs, activity")),
            (self._strategy_page(), self.tr("Service by segment")),
        )
        for page, title in pages:
            self.addTab(page, title)
        scroll_tab_pages(self, *(page for page, _title in pages))
        for widget in self.fields.values():
            self._watch(widget)

    # ----------------------------------------------------------------- building blocks

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(self._changed)  # type: ignore[attr-defined]
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        elif isinstance(widget, Choices):
            widget.changed.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._show_band_notes()
        self._show_weight_total()
        self.edited.emit()

    def _spin(
        self, path: str, low: float, high: float, suffix: str, decimals: int = 0
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(True)
        self.fields[path] = spin
        return spin

    def _whole(self, path: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        self.fields[path] = spin
        return spin

    def _combo(self, path: str, members: Iterable[LabeledEnum]) -> QComboBox:
        combo = QComboBox(self)
        for member in members:
            combo.addItem(enum_label(member), member.value)
        self.fields[path] = combo
        return combo

    def _choices(self, path: str, members: Iterable[LabeledEnum], columns: int = 4) -> Choices:
        choices = Choices(((m.value, enum_label(m)) for m in members), self, columns)
        self.fields[path] = choices
        return choices

    def _bands(
        self,
        form: QFormLayout,
        path: str,
        members: Sequence[LabeledEnum],
        suffix: str,
        high: float = 1_000_000,
        decimals: int = 1,
    ) -> None:
        """A row per class above the lowest: where it starts; and a note of every band."""
        spins = []
        for member in members[1:]:
            spin = self._spin(f"{path}.{member.value}.from", 0, high, suffix, decimals)
            form.addRow(arg(self.tr("%1 from"), enum_label(member)), spin)
            spins.append(spin)
        cuts = _Cuts(path, [member.value for member in members], spins)
        self._cuts.append(cuts)
        self._aliases.update(cuts.aliases())
        note = QLabel(self)
        note.setWordWrap(True)
        style.set_role(note, "hint")
        form.addRow(note)
        self._band_notes.append((note, cuts, enum_label, suffix))

    def _show_band_notes(self) -> None:
        for note, cuts, label, suffix in self._band_notes:
            members = [m for m in self._members_of(cuts.order)]
            values = [f"{_decimal(spin):,}{suffix}" for spin in cuts.spins]
            parts = [f"{label(members[0])} < {values[0]}"]
            for index in range(1, len(members) - 1):
                parts.append(f"{label(members[index])} {values[index - 1]} – {values[index]}")
            parts.append(f"{label(members[-1])} ≥ {values[-1]}")
            note.setText("；".join(parts))

    @staticmethod
    def _members_of(codes: Sequence[str]) -> list[LabeledEnum]:
        for enum in (Scale, CreditStatus, ValueTier, Relationship):
            by_code = {member.value: member for member in enum}
            if all(code in by_code for code in codes):
                return [by_code[code] for code in codes]
        raise KeyError(codes)

    @staticmethod
    def _group(title: str, parent_layout: QVBoxLayout) -> QFormLayout:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        parent_layout.addWidget(group)
        return form

    @staticmethod
    def _page() -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        return page, layout

    # ----------------------------------------------------------------- the tabs

    def _scale_page(self) -> QWidget:
        page, layout = self._page()
        land = self._group(self.tr("Cultivated land"), layout)
        self._bands(land, "scale.land_mu", _SCALES, self.mu)
        animals = self._group(self.tr("Livestock, in cattle units"), layout)
        self._bands(animals, "scale.livestock_units", _SCALES, self.units)
        water = self._group(self.tr("Water area (ponds)"), layout)
        self._bands(water, "scale.water_mu", _SCALES, self.mu)
        heads = QGroupBox(self.tr("Head per cattle unit"))
        heads.setLayout(self._heads_form)
        layout.addWidget(heads)
        hint = QLabel(
            self.tr("A farm's scale is the largest of the three; livestock head are converted.")
        )
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _credit_page(self) -> QWidget:
        page, layout = self._page()
        mapping = self._group(self.tr("Five-category loan classification"), layout)
        for category in LoanClassification:
            combo = self._combo(f"credit.classification.{category.value}", _CREDIT_BEST_FIRST)
            mapping.addRow(enum_label(category), combo)
        days = self._group(self.tr("Longest overdue"), layout)
        self._bands(days, "credit.overdue_days", _CREDIT_BEST_FIRST, self.tr(" days"), 100_000, 0)
        times = self._group(self.tr("Times overdue"), layout)
        self._bands(times, "credit.overdue_times", _CREDIT_BEST_FIRST, self.tr(" times"), 1000, 0)
        unknown = self._group(self.tr("Nothing recorded"), layout)
        unknown.addRow(
            self.tr("Credit status without loans or history"),
            self._combo("credit.when_unknown", _CREDIT_BEST_FIRST),
        )
        hint = QLabel(self.tr("A customer's credit status is the worst of the three."))
        style.set_role(hint, "hint")
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _value_page(self) -> QWidget:
        page, layout = self._page()
        names = {
            "loan_balance": self.tr("Loan balance"),
            "deposits": self.tr("Average daily deposits"),
            "products": self.tr("Products held"),
            "years": self.tr("Years of cooperation"),
            "growth": self.tr("Growth of balances"),
        }
        units = {
            "loan_balance": (1, 1_000_000_000, self.tr(" yuan"), 0),
            "deposits": (1, 1_000_000_000, self.tr(" yuan"), 0),
            "products": (1, 100, self.tr(" products"), 0),
            "years": (0.1, 100, self.tr(" years"), 1),
            "growth": (0.1, 1000, " %", 1),
        }
        group = QGroupBox(self.tr("Value score (0–100 points)"))
        grid = QGridLayout(group)
        grid.addWidget(QLabel(self.tr("Weight")), 0, 1)
        grid.addWidget(QLabel(self.tr("Full points from")), 0, 2)
        for row, part in enumerate(VALUE_PARTS, start=1):
            label = QLabel(names[part])
            weight = self._spin(f"value.weights.{part}", 0, 1000, "", 1)
            low, high, suffix, decimals = units[part]
            cap = self._spin(f"value.caps.{part}", low, high, suffix, decimals)
            label.setBuddy(weight)
            cap.setAccessibleName(names[part])
            grid.addWidget(label, row, 0)
            grid.addWidget(weight, row, 1)
            grid.addWidget(cap, row, 2)
        total_label = QLabel(self.tr("Weights in all"))
        self.weight_total = QDoubleSpinBox(self)
        self.weight_total.setDecimals(1)
        self.weight_total.setRange(0, 1_000_000)
        self.weight_total.setReadOnly(True)
        self.weight_total.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        total_label.setBuddy(self.weight_total)
        self.fields["value.weights"] = self.weight_total
        grid.addWidget(total_label, len(VALUE_PARTS) + 1, 0)
        grid.addWidget(self.weight_total, len(VALUE_PARTS) + 1, 1)
        layout.addWidget(group)
        products = QGroupBox(self.tr("Products that count"))
        products_layout = QVBoxLayout(products)
        self._product_choices = Choices(self._products, self, 3)
        self.fields["value.counted_products"] = self._product_choices
        self._product_choices.setAccessibleName(self.tr("Products that count"))
        products_layout.addWidget(self._product_choices)
        layout.addWidget(products)
        tiers = self._group(self.tr("Value tiers"), layout)
        self._bands(tiers, "value.tiers", tuple(ValueTier), self.tr(" points"), 100)
        layout.addStretch(1)
        return page

    def _segment_page(self) -> QWidget:
        page, layout = self._page()
        for key, member in (("quality", Segment.QUALITY), ("potential", Segment.POTENTIAL)):
            path = f"segment.{key}"
            form = self._group(enum_label(member), layout)
            form.addRow(
                self.tr("Value score at least"),
                self._spin(f"{path}.min_value_score", 0, 100, self.tr(" points"), 1),
            )
            form.addRow(
                self.tr("Credit status"), self._choices(f"{path}.credit", _CREDIT_BEST_FIRST)
            )
            form.addRow(
                self.tr("Production scale at least"), self._combo(f"{path}.min_scale", Scale)
            )
        hint = QLabel(
            self.tr(
                "Quality customers meet all three; potential customers the credit status and "
                "either the score or the scale; everyone else is ordinary."
            )
        )
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        layout.addWidget(hint)
        needs = self._group(self.tr("Needs type"), layout)
        self._needs: dict[str, QComboBox] = {}
        for need in Need:
            combo = QComboBox(self)
            combo.addItem(self.tr("Asks for a product"), "product")
            combo.addItem(self.tr("Asks for a service"), "service")
            needs.addRow(enum_label(need), combo)
            self._needs[need.value] = combo
            self.fields[f"needs.{need.value}"] = combo
        self._aliases["needs"] = f"needs.{next(iter(Need)).value}"
        activity = self._group(self.tr("Activity"), layout)
        activity.addRow(
            self.tr("Dormant after"), self._whole("activity.months", 1, 60, self.tr(" months"))
        )
        relationship = self._group(self.tr("Relationship"), layout)
        self._bands(relationship, "relationship.years", tuple(Relationship), self.tr(" years"), 100)
        layout.addStretch(1)
        return page

    def _strategy_page(self) -> QWidget:
        page, layout = self._page()
        titles = {
            "quality": enum_label(Segment.QUALITY),
            "potential": enum_label(Segment.POTENTIAL),
            "ordinary": enum_label(Segment.ORDINARY),
            "dormant": enum_label(Activity.DORMANT),
        }
        for key in STRATEGY_KEYS:
            path = f"strategy.{key}"
            form = self._group(titles[key], layout)
            if key == "dormant":
                form.addRow(
                    self.tr("Reactivation visit within"),
                    self._whole(f"{path}.reactivation_days", 1, 365, self.tr(" days")),
                )
            else:
                form.addRow(
                    self.tr("Visit every"),
                    self._whole(f"{path}.visit_months", 1, 60, self.tr(" months")),
                )
            form.addRow(self.tr("Greetings"), self._choices(f"{path}.care", _CARE))
            form.addRow(
                self.tr("Priority in Today (1 first)"), self._whole(f"{path}.priority", 1, 9, "")
            )
        hint = QLabel(self.tr("Dormant customers are served by their own line, whatever segment."))
        hint.setWordWrap(True)
        style.set_role(hint, "hint")
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    # ----------------------------------------------------------------- the document

    def _show_weight_total(self) -> None:
        total = sum(
            (_decimal(self.fields[f"value.weights.{part}"]) for part in VALUE_PARTS),  # type: ignore[arg-type]
            Decimal(0),
        )
        self.weight_total.setValue(float(total))

    def _set_heads(self, heads: Mapping[str, Any]) -> None:
        """One row per livestock kind the document converts (a branch may add kinds)."""
        for kind in list(self._heads):
            if kind not in heads:
                self._heads_form.removeRow(self._heads.pop(kind))
                del self.fields[f"scale.heads_per_unit.{kind}"]
        for kind, figure in heads.items():
            spin = self._heads.get(kind)
            if spin is None:
                spin = self._spin(
                    f"scale.heads_per_unit.{kind}", 0.01, 100_000, self.tr(" head"), 2
                )
                self._heads_form.addRow(self._livestock_names.get(kind, kind), spin)
                self._heads[kind] = spin
                self._watch(spin)
            spin.setValue(_number(figure))

    def load(self, document: Mapping[str, Any]) -> None:
        """Show a document (as `to_json` writes it) in the fields."""
        self._loaded = dict(document)
        blocked = [widget.blockSignals(True) for widget in self.fields.values()]
        try:
            for cuts in self._cuts:
                section, name = cuts.path.rsplit(".", 1)
                cuts.load(_at(document, section).get(name, {}))
            self._set_heads(_at(document, "scale").get("heads_per_unit", {}))
            for path, widget in self.fields.items():
                if isinstance(widget, QComboBox) and not path.startswith("needs."):
                    index = widget.findData(_at(document, path))
                    widget.setCurrentIndex(max(index, 0))
                elif isinstance(widget, Choices):
                    widget.set_codes(_at(document, path) or ())
                elif path.startswith("value.weights.") or path.startswith("value.caps."):
                    widget.setValue(_number(_at(document, path)))  # type: ignore[attr-defined]
                elif isinstance(widget, QSpinBox):
                    widget.setValue(int(_number(_at(document, path))))
                elif path.startswith("segment."):
                    widget.setValue(_number(_at(document, path)))  # type: ignore[attr-defined]
            needs = _at(document, "needs")
            for code, combo in self._needs.items():
                combo.setCurrentIndex(1 if code in needs.get("service", ()) else 0)
        finally:
            for widget, was in zip(self.fields.values(), blocked, strict=False):
                widget.blockSignals(was)
        self._show_band_notes()
        self._show_weight_total()

    def document(self) -> dict[str, Any]:
        """The document the fields show (schema and version as loaded)."""
        value: dict[str, Any] = {
            "weights": {p: self._value(f"value.weights.{p}") for p in VALUE_PARTS},
            "caps": {p: self._value(f"value.caps.{p}") for p in VALUE_PARTS},
            "counted_products": self._product_choices.codes(),
        }
        out: dict[str, Any] = {
            "schema": self._loaded.get("schema"),
            "version": self._loaded.get("version"),
            "scale": {"heads_per_unit": {k: _decimal(s) for k, s in self._heads.items()}},
            "credit": {
                "classification": {
                    c.value: self._value(f"credit.classification.{c.value}")
                    for c in LoanClassification
                },
                "when_unknown": self._value("credit.when_unknown"),
            },
            "value": value,
            "segment": {
                key: {
                    "min_value_score": self._value(f"segment.{key}.min_value_score"),
                    "credit": self._value(f"segment.{key}.credit"),
                    "min_scale": self._value(f"segment.{key}.min_scale"),
                }
                for key in ("quality", "potential")
            },
            "needs": {
                kind: [code for code, combo in self._needs.items() if combo.currentData() == kind]
                for kind in ("product", "service")
            },
            "activity": {"months": self._value("activity.months")},
            "relationship": {},
            "strategy": {},
        }
        for cuts in self._cuts:
            section, name = cuts.path.rsplit(".", 1)
            _at(out, section)[name] = cuts.json()
        for key in STRATEGY_KEYS:
            cadence = "reactivation_days" if key == "dormant" else "visit_months"
            out["strategy"][key] = {
                cadence: self._value(f"strategy.{key}.{cadence}"),
                "care": self._value(f"strategy.{key}.care"),
                "priority": self._value(f"strategy.{key}.priority"),
            }
        return out

    def _value(self, path: str) -> Any:
        widget = self.fields[path]
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QDoubleSpinBox):
            return _decimal(widget)
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, Choices):
            return widget.codes()
        raise TypeError(path)

    def field_of(self, path: str) -> str | None:
        """The field that shows the entry a problem names: the entry's own, the cut point of
        a band's limit, or the nearest enclosing entry that has a field."""
        while path:
            path = _INDEX.sub("", path)
            if path in self.fields:
                return path
            if path in self._aliases:
                return self._aliases[path]
            path = path.rpartition(".")[0]
        return None

    def set_editable(self, editable: bool) -> None:
        for widget in self.fields.values():
            if widget is self.weight_total:
                continue
            widget.setEnabled(editable)


def _at(document: Mapping[str, Any], path: str) -> Any:
    """The entry at a dotted path (an empty mapping where a section is missing)."""
    here: Any = document
    for key in path.split("."):
        here = here.get(key, {}) if isinstance(here, Mapping) else {}
    return here
