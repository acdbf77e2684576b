"""The classes part of the customer list's summary panel: the service strategy the classes
call for, each class with its reasons, and the last class changes (HTML for the panel's text
browser, built from `services.strategy.strategy_section`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from agricrm.domain.classification.facts import class_member
from agricrm.gui import style
from agricrm.gui.labels import enum_label
from agricrm.gui.qt_text import arg, qt_tr
from agricrm.services.strategy import StrategySection

SUMMARY_CHANGES = 3  # the last class changes the summary panel lists
translate = QCoreApplication.translate


def classes_html(section: StrategySection) -> str:
    """The customer's strategy and classes with their reasons, and the last class changes
    (nothing for an archived file, which has no classes)."""
    classes = section.classes.classes
    if classes is None:
        return ""
    muted = f"color:{style.MUTED}"
    title = html.escape(translate("ClassSummary", "Classes"))
    parts = [f"<h4>{title}</h4>"]
    if section.strategy is not None:
        label = html.escape(translate("ClassSummary", "Service strategy"))
        words = html.escape(qt_tr(section.strategy.words()))
        parts.append(f"<p><span style='{muted}'>{label}：</span><b>{words}</b></p>")
    parts.append("<table>")
    for verdict in classes.verdicts():
        reasons = "；".join(qt_tr(reason) for reason in verdict.explanation())
        parts.append(
            f"<tr><td style='{muted};padding-right:8px'>"
            f"{html.escape(enum_label(verdict.dimension))}</td>"
            f"<td><b>{html.escape(enum_label(verdict.value))}</b></td></tr>"
            f"<tr><td></td><td style='{muted}'>{html.escape(reasons)}</td></tr>"
        )
    parts.append("</table>")
    changes = section.classes.changes
    if changes:
        changes_title = html.escape(translate("ClassSummary", "Class changes"))
        parts.append(f"<h4>{changes_title}</h4>")
        for change in changes[:SUMMARY_CHANGES]:
            before = class_member(change.dimension, change.from_class)
            after = class_member(change.dimension, change.to_class)
            line = arg(
                translate("ClassSummary", "%1: %2 → %3, %4, rules version %5"),
                enum_label(change.dimension),
                enum_label(before) if before else change.from_class or "—",
                enum_label(after) if after else change.to_class or "—",
                change.changed_at.astimezone().date().isoformat(),
                change.rules_version,
            )
            if change.reason is not None:
                line = arg(translate("ClassSummary", "%1 (%2)"), line, enum_label(change.reason))
            parts.append(f"<p style='{muted}'>{html.escape(line)}</p>")
    return "".join(parts)
