"""``agricrm merge``: consolidating many officers' packages into one database.

Packages are applied per device in package order, so a later "since last" package never comes
before the one it builds on; each package is applied whole or not at all.  A person registered
by two officers (same ID number, two record numbers) is reported and queued for a decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from agricrm.db.database import Database
from agricrm.db.door import Cause
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.reader import read_metadata
from agricrm.i18n import QT_TRANSLATE_NOOP, Message, Text
from agricrm.services.actor import Actor
from agricrm.services.sync_import import Action, ImportRejected, apply_import

APPLIED = QT_TRANSLATE_NOOP(
    "Merge",
    "{file}: applied ({device}, package {seq}): {new} new, {updated} updated, "
    "{conflicts} conflicts.",
)
FAILED = QT_TRANSLATE_NOOP("Merge", "{file}: not applied: {reason}")
REJECTED_FILE = QT_TRANSLATE_NOOP(
    "Merge", "{file}: not applied: {count} problem(s), e.g. sheet {sheet} row {row}: {reason}"
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "Merge",
    "Same person registered twice: {name} (ID number {id_number}) — see the Conflicts screen.",
)


@dataclass
class MergeOutcome:
    lines: list[Text | Message] = field(default_factory=list)
    ok: bool = True


def _order(paths: Sequence[Path]) -> list[Path]:
    """Per device by package number; files that are not packages keep their place last."""

    def key(path: Path) -> tuple[int, str, int, str]:
        try:
            meta = read_metadata(path)
        except AgriCrmError:
            return (1, "", 0, str(path))
        return (0, meta.get("device_id", ""), int(float(meta.get("package_seq") or 0)), str(path))

    return sorted(paths, key=key)


def merge_packages(db: Database, actor: Actor, paths: Sequence[Path]) -> MergeOutcome:
    outcome = MergeOutcome()
    for path in _order(paths):
        try:
            result = apply_import(db, actor, path, cause=Cause.MERGE)
        except ImportRejected as rejected:
            first = rejected.plan.issues[0]
            outcome.lines.append(
                REJECTED_FILE(
                    file=path.name,
                    count=len(rejected.plan.issues),
                    sheet=first.sheet,
                    row=first.row,
                    reason=first.reason,
                )
            )
            outcome.ok = False
            continue
        except AgriCrmError as error:
            outcome.lines.append(FAILED(file=path.name, reason=error.message))
            outcome.ok = False
            continue
        plan = result.plan
        package = plan.package
        outcome.lines.append(
            APPLIED(
                file=path.name,
                device=(package.device_name or package.device_id) if package else "-",
                seq=package.package_seq if package else "-",
                new=plan.total(Action.NEW),
                updated=plan.total(Action.UPDATE),
                conflicts=plan.total(Action.CONFLICT) + plan.total(Action.DUPLICATE),
            )
        )
        for row in plan.rows:
            if row.action is Action.DUPLICATE:
                outcome.lines.append(
                    DUPLICATE(name=row.values.get("name"), id_number=row.values.get("id_number"))
                )
    return outcome
