"""Issue 14 item 6 figures: the segments screen's numbers and the customer list filtered by a
class, for the branch manager (the whole branch) and one officer (their own customers).

Only reads: the dataset is opened as it is.  The list's class filters are held to the list's
own target (the query of the whole list, `bench_customers` list_first_paint): a class filter
lists thousands of customers, not the handful a typed search finds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from common import milliseconds, timed

TARGETS = {"segments_view_ms": 300.0, "class_filter_median_ms": 100.0}
RUNS = 9


def _officer(db: Any) -> Any:
    from sqlalchemy import text

    from agricrm.services.users import resolve_actor

    with db.read() as session:
        name = session.execute(
            text(
                "SELECT u.username FROM users u JOIN customers c ON c.officer_id = u.id "
                "GROUP BY u.id ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
    return resolve_actor(db, name)


def _filters() -> dict[str, Any]:
    from agricrm.domain.classification.facts import Dimension
    from agricrm.services.customer_data import CustomerQuery

    plain = CustomerQuery()
    return {
        "segment_ordinary": plain.with_class(Dimension.SEGMENT, "ordinary"),
        "value_medium_credit_good": plain.with_class(Dimension.VALUE, "medium").with_class(
            Dimension.CREDIT, "good"
        ),
        "industry_aquaculture": plain.with_class(Dimension.INDUSTRY, "aquaculture"),
        "dormant_with_text_zh": CustomerQuery(text="zh").with_class(Dimension.ACTIVITY, "dormant"),
    }


def run(db_path: Path) -> dict[str, Any]:
    from agricrm.db.database import open_database
    from agricrm.services.customer_search import search_customer_ids
    from agricrm.services.segments import segments_view
    from agricrm.services.users import resolve_actor

    db = open_database(db_path)
    try:
        figures: dict[str, Any] = {}
        for who, actor in (("manager", resolve_actor(db)), ("officer", _officer(db))):
            segments_view(db, actor)  # warm the page cache as a user's second look does
            samples = [timed(lambda actor=actor: segments_view(db, actor)) for _ in range(RUNS)]
            figures[f"segments_view_{who}"] = {
                **milliseconds([elapsed for elapsed, _ in samples]),
                "customers": samples[0][1].total,
            }
            for name, query in _filters().items():
                search_customer_ids(db, actor, query)
                runs = [
                    timed(lambda q=query, a=actor: search_customer_ids(db, a, q))
                    for _ in range(RUNS)
                ]
                figures[f"class_filter_{who}_{name}"] = {
                    **milliseconds([elapsed for elapsed, _ in runs]),
                    "hits": len(runs[0][1]),
                }
        views = [v for k, v in figures.items() if k.startswith("segments_view")]
        filters = [v for k, v in figures.items() if k.startswith("class_filter")]
        figures["targets"] = TARGETS
        figures["met"] = {
            "segments_view_ms": all(v["median_ms"] < TARGETS["segments_view_ms"] for v in views),
            "class_filter_median_ms": all(
                v["median_ms"] < TARGETS["class_filter_median_ms"] for v in filters
            ),
        }
        return figures
    finally:
        db.close()
