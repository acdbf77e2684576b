"""A customer's classes with the service strategy they call for, as the summary panel and the
printed profile sheet show them.

The classes are `classes.classes_section`'s (computed now, with their words); the strategy is
picked from them under the branch's rules, so the panel never shows a strategy that disagrees
with the classes beside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from agricrm.db.database import Database
from agricrm.domain.service_strategy import ServiceStrategy, service_strategy
from agricrm.services.actor import Actor
from agricrm.services.classes import ClassesSection, classes_section, read_rules


@dataclass(frozen=True)
class StrategySection:
    """The classes section and the strategy (None for an archived file, which has no
    classes)."""

    classes: ClassesSection
    strategy: ServiceStrategy | None


def strategy_section(
    db: Database, actor: Actor, customer_id: int, today: dt.date | None = None
) -> StrategySection:
    """The classes, class changes and service strategy of a customer the actor may see."""
    section = classes_section(db, actor, customer_id, today)
    if section.classes is None:
        return StrategySection(section, None)
    return StrategySection(section, service_strategy(section.classes, read_rules(db, actor)))
