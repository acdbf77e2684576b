"""The service strategy (服务策略) that applies to one customer, and its words.

The strategies themselves are data in the classification rules (`ClassificationRules.strategy`,
one per key quality / potential / ordinary / dormant); `classify.strategy_for` picks the one a
customer's classes call for.  This module names it (`CadenceClass`, the key the schedule keeps)
and says it in one line, the same on the summary panel and the printed profile sheet:
"优质客户 · 每月走访 · 生日、节日问候 · 今日优先级 1".
"""

from __future__ import annotations

from dataclasses import dataclass

from agricrm.domain.cadence import CadenceClass
from agricrm.domain.care import CareOccasion
from agricrm.domain.classification.classify import strategy_for
from agricrm.domain.classification.results import Classes
from agricrm.domain.classification.rules import ClassificationRules, Strategy
from agricrm.domain.classification.wording import listing
from agricrm.i18n import QT_TRANSLATE_NOOP, Message

LINE = QT_TRANSLATE_NOOP("ServiceStrategy", "{klass} · {cadence} · {care} · Today priority {rank}")
MONTHLY = QT_TRANSLATE_NOOP("ServiceStrategy", "monthly visits")
EVERY_MONTHS = QT_TRANSLATE_NOOP("ServiceStrategy", "a visit every {months} months")
REACTIVATION = QT_TRANSLATE_NOOP("ServiceStrategy", "a reactivation visit within {days} days")
GREETINGS = QT_TRANSLATE_NOOP("ServiceStrategy", "{occasions} greetings")
NO_GREETINGS = QT_TRANSLATE_NOOP("ServiceStrategy", "no greetings")


@dataclass(frozen=True)
class ServiceStrategy:
    """The strategy a customer is served by, with its key."""

    key: CadenceClass
    strategy: Strategy

    def words(self) -> Message:
        strategy = self.strategy
        if strategy.visit_months is None:
            cadence = Message(REACTIVATION, {"days": strategy.reactivation_days})
        elif strategy.visit_months == 1:
            cadence = Message(MONTHLY)
        else:
            cadence = Message(EVERY_MONTHS, {"months": strategy.visit_months})
        occasions = [CareOccasion(code).label for code in strategy.care]
        care = (
            Message(GREETINGS, {"occasions": listing(occasions)})
            if occasions
            else Message(NO_GREETINGS)
        )
        return Message(
            LINE,
            {
                "klass": self.key.label,
                "cadence": cadence,
                "care": care,
                "rank": strategy.priority,
            },
        )


def service_strategy(classes: Classes, rules: ClassificationRules) -> ServiceStrategy:
    """The strategy `classes` call for under `rules` (a dormant customer's reactivation first,
    else the segment's)."""
    key, strategy = strategy_for(classes, rules)
    return ServiceStrategy(CadenceClass(key), strategy)
