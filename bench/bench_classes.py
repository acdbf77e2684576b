"""Issue 14 figures: reclassifying every customer after a rules change, the effect preview,
and what keeping the classes in step adds to saving one customer file.

The measured change moves the value tiers, which the table of classes answers without reading
the files (`codes.reads_facts`); `preview_from_facts_s` and `reclassify_from_facts_s` measure a
change of the value weights, which reads every customer's facts (no target of its own).

Reclassifying and previewing exist only in code that has the classes; the baseline (an
earlier revision, `bench/baseline.py`) measures the save alone, through calls both versions
have, so ``--baseline REV --only classes`` gives the save's cost side by side.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from common import milliseconds

TARGETS = {"reclassify_s": 5.0, "preview_s": 3.0, "save_customer_ratio": 1.10}
SAVES = 21


def _changed_rules(document: dict[str, Any]) -> dict[str, Any]:
    """The default rules with the value tiers moved: a change that moves many customers."""
    document["value"]["tiers"]["low"]["below"] = 30
    document["value"]["tiers"]["medium"]["from"] = 30
    return document


def save_customer(db: Any, actor: Any) -> dict[str, Any]:
    """Saving one customer file again, unchanged, `SAVES` times (the door, the index, the
    schedule and, in this code, the classes)."""
    from sqlalchemy import text

    from agricrm.services.customers import CustomerService

    service = CustomerService(db)
    with db.read() as session:
        customer_id = session.execute(
            text("SELECT customer_id FROM loans WHERE deleted = 0 ORDER BY id LIMIT 1")
        ).scalar_one()
    times = []
    for _ in range(SAVES):
        detail = service.get(actor, customer_id)
        started = time.perf_counter()
        service.update(actor, customer_id, detail.to_input(), detail.row_version)
        times.append(time.perf_counter() - started)
    return milliseconds(times)


def run(db_path: Path) -> dict[str, Any]:
    from agricrm.db.database import open_database
    from agricrm.services.users import resolve_actor

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "copy.db"
        shutil.copyfile(db_path, copy)
        db = open_database(copy)
        try:
            manager = resolve_actor(db, "lijianguo")
            figures: dict[str, Any] = {"save_customer": save_customer(db, manager)}
            try:
                from agricrm.services import classes
            except ImportError:  # the baseline, before the classes
                return figures
            from agricrm.services.derived import bring_up_to_date

            bring_up_to_date(db)  # as the program does when it opens a file: classes due today
            document = _changed_rules(classes.read_rules(db, manager).to_json())
            started = time.perf_counter()
            effect = classes.preview_rules(db, manager, document)
            figures["preview_s"] = round(time.perf_counter() - started, 2)
            figures["customers_changing"] = len(effect.changed)
            started = time.perf_counter()
            classes.save_rules(db, manager, document)
            figures["reclassify_s"] = round(time.perf_counter() - started, 2)
            with db.read() as session:
                from sqlalchemy import text

                figures["customers_classified"] = session.execute(
                    text("SELECT count(*) FROM customer_classes")
                ).scalar_one()
            # a change the table of classes cannot answer: the customers' facts are read
            document = classes.read_rules(db, manager).to_json()
            document["value"]["weights"]["deposits"] = 45
            started = time.perf_counter()
            classes.preview_rules(db, manager, document)
            figures["preview_from_facts_s"] = round(time.perf_counter() - started, 2)
            started = time.perf_counter()
            classes.save_rules(db, manager, document)
            figures["reclassify_from_facts_s"] = round(time.perf_counter() - started, 2)
            figures["targets"] = TARGETS
            return figures
        finally:
            db.close()
