"""Ordered, pluggable sections of a report.

A report is a list of *slots*.  Each slot names a provider: a function taking the report's
context and returning flowables (an empty list leaves the section out).  A provider is given
either as a function or as ``"package.module:function"``, imported the first time the report
is made, so registering a slot never imports the code (or reportlab) behind it.

Providers lay out; they never query.  What a section prints beyond the report's subject is
fetched before layout by `agricrm.services.report_sections`, under the slot's key, and the
provider takes it from its context with ``context.data(key, Kind)`` (`section_data`).

A slot declared with ``provider=None`` prints nothing until it is filled, either by writing
the dotted path into the slot table or by calling `SectionRegistry.register` (e.g. from a
test).  The customer profile sheet's ``last_visits`` and ``complaints`` and the periodic
summary's ``visits``, ``overdue_visits`` and ``complaints`` are filled by
`reports.visit_sections` and `reports.complaint_sections`.

A slot marked `keep_with_previous` is printed on the same page as the section before it (the
last one that printed anything): signature lines alone on a last page are no use.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

ContextT = TypeVar("ContextT")
DataT = TypeVar("DataT")
Provider = Callable[[Any], "Sequence[Flowable]"]


@dataclass(frozen=True)
class Slot:
    key: str
    provider: str | Provider | None
    description: str = ""
    keep_with_previous: bool = False


class SectionRegistry(Generic[ContextT]):
    """The slots of one report kind, in print order."""

    def __init__(self, name: str, slots: Sequence[Slot]) -> None:
        self.name = name
        self._slots = list(slots)
        keys = [slot.key for slot in self._slots]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate section keys in {name}: {keys}")

    @property
    def keys(self) -> list[str]:
        return [slot.key for slot in self._slots]

    def slot(self, key: str) -> Slot:
        for slot in self._slots:
            if slot.key == key:
                return slot
        raise KeyError(f"{self.name} has no section {key!r}")

    def is_filled(self, key: str) -> bool:
        return self.slot(key).provider is not None

    def register(
        self, key: str, provider: str | Provider | None, *, after: str | None = None
    ) -> None:
        """Fill slot `key` (or add it after slot `after`, at the end without `after`)."""
        for index, slot in enumerate(self._slots):
            if slot.key == key:
                self._slots[index] = dataclasses.replace(slot, provider=provider)
                return
        position = len(self._slots)
        if after is not None:
            position = self.keys.index(after) + 1
        self._slots.insert(position, Slot(key, provider))

    @contextlib.contextmanager
    def replaced(self, key: str, provider: str | Provider | None) -> Iterator[None]:
        """Fill or replace slot `key` for the duration of a ``with`` block (tests, previews)."""
        before = list(self._slots)
        self.register(key, provider)
        try:
            yield
        finally:
            self._slots = before

    def render(self, context: ContextT) -> list[Flowable]:
        sections: list[list[Flowable]] = []
        for slot in self._slots:
            provider = _resolve(slot.provider)
            blocks = list(provider(context)) if provider is not None else []
            if not blocks:
                continue
            if slot.keep_with_previous and sections:
                blocks = [_kept_together([*sections.pop(), *blocks])]
            sections.append(blocks)
        return [block for section in sections for block in section]


def _kept_together(blocks: Sequence[Flowable]) -> Flowable:
    """One KeepTogether of `blocks`, measured right: a KeepTogether among them is opened up
    (nested, the inner one reports an endless height, its way to ask to be split, so the
    outer never fits), and a leading conditional page break is dropped (the whole block
    moves as one anyway, and platypus takes a block's space before from its first flowable:
    behind a zero-height break, a heading's space was left out and the last line spilled
    onto a page of its own)."""
    from reportlab.platypus import CondPageBreak, KeepTogether

    flat: list[Flowable] = []
    for block in blocks:
        flat.extend(block._content if isinstance(block, KeepTogether) else [block])
    while flat and isinstance(flat[0], CondPageBreak):
        flat.pop(0)
    return KeepTogether(flat)


def _resolve(provider: str | Provider | None) -> Provider | None:
    if provider is None or callable(provider):
        return provider
    module_name, _, function_name = provider.partition(":")
    return getattr(importlib.import_module(module_name), function_name)


def section_data(report: str, sections: Mapping[str, object], key: str, kind: type[DataT]) -> DataT:
    """The data fetched for section `key`, checked to be a `kind` (a slot and its fetcher
    that disagree fail here, by name, rather than deep inside the layout)."""
    try:
        found = sections[key]
    except KeyError:
        raise LookupError(
            f"{report}: no data was fetched for section {key!r}; its fetcher belongs in "
            "agricrm.services.report_sections under the same key"
        ) from None
    if not isinstance(found, kind):
        raise TypeError(
            f"{report}: section {key!r} got {type(found).__name__}, expected {kind.__name__}"
        )
    return found
