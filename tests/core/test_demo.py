"""The demo branch is realistic: valid IDs, every loan class, consistent amounts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agricrm.domain.id_number import parse
from tests.conftest import DEMO_AS_OF


def test_demo_branch_contents(demo_template: Path) -> None:
    connection = sqlite3.connect(demo_template)
    try:
        ids = [row[0] for row in connection.execute("SELECT id_number FROM customers")]
        assert len(ids) == len(set(ids))
        for number in ids:
            parse(number, DEMO_AS_OF)
        classes = {row[0] for row in connection.execute("SELECT classification FROM loans")}
        assert classes == {"normal", "special_mention", "substandard", "doubtful", "loss"}
        assert connection.execute(
            "SELECT count(*) FROM loans WHERE balance > amount"
        ).fetchone() == (0,)
        statuses = {row[0] for row in connection.execute("SELECT status FROM customers")}
        assert statuses == {"prospect", "under_review", "active", "ended"}
        townships = connection.execute("SELECT count(DISTINCT township) FROM villages").fetchone()
        assert townships == (16,)
        orphans = connection.execute(
            "SELECT count(*) FROM customers c LEFT JOIN villages v "
            "ON v.township = c.township AND v.name = c.village WHERE v.id IS NULL"
        ).fetchone()
        assert orphans == (0,)
    finally:
        connection.close()
