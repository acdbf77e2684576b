"""Issue 3 figures: the Today view and the visit list at 100,000 customers / 300,000 visits."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from common import AS_OF, milliseconds

TARGETS = {"today_view_ms": 300.0, "visit_list_first_paint_ms": 100.0}


def today(db_path: Path) -> dict[str, Any]:
    from agricrm.db.database import open_database
    from agricrm.services.today import today_view
    from agricrm.services.users import resolve_actor

    db = open_database(db_path)
    try:
        results: dict[str, Any] = {}
        for label, username in (("manager", "lijianguo"), ("officer", "wangfang")):
            actor = resolve_actor(db, username)
            today_view(db, actor, AS_OF)  # warm the page cache, like the second morning
            times = []
            for _ in range(9):
                started = time.perf_counter()
                view = today_view(db, actor, AS_OF)
                times.append(time.perf_counter() - started)
            results[label] = {
                **milliseconds(times),
                "planned": len(view.planned),
                "overdue_total": view.overdue_total,
                "birthdays": len(view.birthdays),
                "festivals": len(view.festivals),
                "follow_ups": len(view.follow_ups),
            }
        return results
    finally:
        db.close()


def schedule_rebuild(db_path: Path) -> dict[str, Any]:
    """A full recompute of every customer's due date (what saving new rules costs)."""
    import shutil
    import tempfile

    from agricrm.db.database import open_database
    from agricrm.services.schedule import rebuild_schedule
    from agricrm.services.users import resolve_actor

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "copy.db"
        shutil.copyfile(db_path, copy)
        db = open_database(copy)
        try:
            started = time.perf_counter()
            count = rebuild_schedule(db, resolve_actor(db, "lijianguo"))
            return {"customers": count, "seconds": round(time.perf_counter() - started, 2)}
        finally:
            db.close()


def visit_list(db_path: Path) -> dict[str, Any]:
    """Opening the visit log (all visits, newest first: query + first page + paint)."""
    from PySide6.QtWidgets import QApplication, QTableView

    from agricrm.db.database import open_database
    from agricrm.gui.app import create_application
    from agricrm.gui.visits.table_model import VisitTableModel
    from agricrm.services.users import resolve_actor
    from agricrm.services.visit_data import VisitQuery
    from agricrm.services.visits import search_visit_ids, visit_rows

    create_application()
    db = open_database(db_path)
    try:
        results: dict[str, Any] = {}
        for label, username in (("manager", "lijianguo"), ("officer", "wangfang")):
            actor = resolve_actor(db, username)
            first, query_only, last = [], [], []
            for _ in range(7):
                view = QTableView()
                view.resize(1100, 700)
                model = VisitTableModel(lambda ids, a=actor: visit_rows(db, a, ids))
                view.setModel(model)
                view.show()
                QApplication.processEvents()
                started = time.perf_counter()
                ids = search_visit_ids(db, actor, VisitQuery())
                query_only.append(time.perf_counter() - started)
                model.set_ids(ids)
                view.repaint()
                first.append(time.perf_counter() - started)
                started = time.perf_counter()
                view.scrollToBottom()
                view.repaint()
                QApplication.processEvents()
                view.repaint()
                last.append(time.perf_counter() - started)
                view.close()
            results[label] = {
                "rows": len(ids),
                "first_paint": milliseconds(first),
                "query_only": milliseconds(query_only),
                "jump_to_end": milliseconds(last),
            }
        return results
    finally:
        db.close()


def run(db_path: Path) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "today_view": today(db_path),
        "visit_list": visit_list(db_path),
        "schedule_rebuild": schedule_rebuild(db_path),
    }
    figures["targets"] = TARGETS
    figures["met"] = {
        "today_view_ms": all(
            r["median_ms"] < TARGETS["today_view_ms"] for r in figures["today_view"].values()
        ),
        "visit_list_first_paint_ms": all(
            r["first_paint"]["median_ms"] < TARGETS["visit_list_first_paint_ms"]
            for r in figures["visit_list"].values()
        ),
    }
    return figures
