"""The profile sheet's customer classes (客户分类): the service strategy they call for, each
dimension's class with its reasons, and the class changes recorded for the customer.

They fill the ``classes`` and ``class_changes`` slots of `CUSTOMER_SHEET` with what
`services.report_sections` fetched for those keys: `services.strategy.strategy_section` (the
classes computed now by `services.classes.explain_customer`, with their words, and the
strategy they call for) and the rows of `class_changes`.  The changes print under the status
history: the sheet has no timeline of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agricrm.domain.classification.facts import Dimension, class_member
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.reports.kit import Column, ReportKit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from agricrm.reports.customer_sheet import CustomerSheetContext

CLASSES = QT_TRANSLATE_NOOP("Reports", "Customer classes")
CLASSES_BY = QT_TRANSLATE_NOOP("Reports", "Customer classes (rules version {version})")
NOT_CLASSIFIED = QT_TRANSLATE_NOOP("Reports", "Archived files are not classified.")
CLASS_CHANGES = QT_TRANSLATE_NOOP("Reports", "Class changes")
WHEN = QT_TRANSLATE_NOOP("Reports", "When")
CHANGE = QT_TRANSLATE_NOOP("Reports", "Change")
VERSION = QT_TRANSLATE_NOOP("Reports", "Rules version")
STRATEGY = QT_TRANSLATE_NOOP("Reports", "Service strategy")


def customer_classes(context: CustomerSheetContext) -> list[Flowable]:
    from agricrm.services.strategy import StrategySection

    kit = context.kit
    found = context.data("classes", StrategySection)
    section = found.classes
    if section.classes is None:
        return [*kit.heading(CLASSES), kit.note(NOT_CLASSIFIED)]
    verdicts = section.classes.verdicts()
    if all(v.missing for v in verdicts if v.dimension is not Dimension.SEGMENT):
        return []  # nothing they are read from is recorded: every class would be a default
    # the classes in a grid of four a row, then each class's deciding reason (the first);
    # every reason and what was not recorded are in the app's summary panel
    reasons = [
        (verdict.dimension.label, verdict.reasons[0]) for verdict in verdicts if verdict.reasons
    ]
    if found.strategy is not None:
        reasons.insert(0, (STRATEGY, found.strategy.words()))
    heading = CLASSES_BY(version=section.classes.rules_version)
    return [
        *kit.heading(heading),
        kit.fields([(verdict.dimension.label, verdict.value) for verdict in verdicts], columns=4),
        *([kit.wide_fields(reasons)] if reasons else []),
    ]


def class_changes(context: CustomerSheetContext) -> list[Flowable]:
    from agricrm.services.classes import ClassesSection

    kit = context.kit
    changes = context.data("class_changes", ClassesSection).changes
    if not changes:
        return []
    rows = []
    for change in changes:
        before = _text(kit, change.dimension, change.from_class)
        after = _text(kit, change.dimension, change.to_class)
        step = f"{kit.label(change.dimension)}：{before} → {after}"
        if change.reason is not None:
            step += f"（{kit.label(change.reason)}）"
        rows.append((kit.datetime(change.changed_at), step, str(change.rules_version)))
    return [
        *kit.heading(CLASS_CHANGES),
        kit.table(
            [Column(kit.t(WHEN), 1.1), Column(kit.t(CHANGE), 3.4), Column(kit.t(VERSION), 0.8)],
            rows,
        ),
    ]


def _text(kit: ReportKit, dimension: Dimension, code: str | None) -> str:
    member = class_member(dimension, code)
    return kit.label(member) if member is not None else code or "—"
