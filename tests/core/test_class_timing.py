"""Classes at scale and classes that go stale with time (issue 14, class-speed).

The fast paths give what the slow ones gave: `class_codes` the codes of `classify`, the facts
read as stored the facts read through SQLAlchemy (`class_facts_reference`); `reclassify_on`
is never later than the first day time changes a class; and the customers whose day has come
are reclassified at start-up, only they.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from agricrm.db.database import Database, open_database
from agricrm.db.door import Cause, writer_of
from agricrm.domain.cadence import add_months
from agricrm.domain.classification.classify import classify
from agricrm.domain.classification.codes import class_codes, reads_facts, recoded
from agricrm.domain.classification.facts import (
    DEFAULT_CATALOGUE,
    CreditStatus,
    CustomerFacts,
    Dimension,
)
from agricrm.domain.classification.results import CreditOverride
from agricrm.domain.classification.rules import ClassificationRules
from agricrm.services import classes
from agricrm.services.actor import Actor
from agricrm.services.class_facts import facts_between
from agricrm.services.derived import bring_up_to_date, classes_due
from agricrm.services.schedule import rebuild_schedule_on

from .class_facts_reference import reference_facts_between
from .classification_helpers import any_facts, valid_rules

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
days = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
COMPARED = (
    "customer_id, rules_version, scale, industry, credit, value, segment, needs, activity, "
    "relationship, credit_computed, value_score, reasons_json, reclassify_on"
)


def _expected(
    facts: CustomerFacts, rules: ClassificationRules, today: dt.date, override: Any
) -> tuple[Any, ...]:
    full = classify(facts, rules, today, override, explain=False)
    codes = full.codes()
    return (
        full.rules_version,
        tuple(codes[dimension] for dimension in Dimension),
        full.value_score,
        full.credit_computed.value,
        full.override_lapsed,
    )


@settings(max_examples=300, deadline=None)
@given(
    facts=any_facts(),
    rules=valid_rules(),
    today=days,
    status=st.none() | st.sampled_from(list(CreditStatus)),
    same_facts=st.booleans(),
)
def test_class_codes_are_the_codes_classify_gives(
    facts: CustomerFacts,
    rules: ClassificationRules,
    today: dt.date,
    status: CreditStatus | None,
    same_facts: bool,
) -> None:
    from agricrm.domain.classification.classify import credit_fingerprint

    override = None
    if status is not None:
        fingerprint = credit_fingerprint(facts) if same_facts else "another"
        override = CreditOverride(status, "known to the officer", fingerprint)
    fast = class_codes(facts, rules, today, override)
    assert fast[:5] == _expected(facts, rules, today, override)
    assert str(fast.value_score) == str(classify(facts, rules, today, override).value_score)


@settings(max_examples=300, deadline=None)
@given(facts=any_facts(), rules=valid_rules(), other=valid_rules(), today=days)
def test_new_tiers_segments_or_strategy_follow_from_the_old_codes(
    facts: CustomerFacts,
    rules: ClassificationRules,
    other: ClassificationRules,
    today: dt.date,
) -> None:
    """A rules change that moves only the value tiers, the segments or the strategy needs no
    facts: the new codes follow from the old codes and score (`recoded`)."""
    changed = dataclasses.replace(
        rules,
        version=rules.version + 1,
        value=dataclasses.replace(rules.value, tiers=other.value.tiers),
        segment=other.segment,
        strategy=other.strategy,
    )
    assert not reads_facts(rules, changed)
    old = class_codes(facts, rules, today)
    new = class_codes(facts, changed, today)
    assert recoded(old.codes, old.value_score, changed) == new.codes
    assert (old.value_score, old.credit_computed, old.reclassify_on) == (
        new.value_score,
        new.credit_computed,
        new.reclassify_on,
    )
    assert reads_facts(rules, other) == (
        dataclasses.replace(
            other,
            version=rules.version,
            value=dataclasses.replace(other.value, tiers=rules.value.tiers),
            segment=rules.segment,
            strategy=rules.strategy,
        )
        != rules
    )


@settings(max_examples=300, deadline=None)
@given(
    facts=any_facts(),
    rules=valid_rules(),
    today=days,
    later=st.lists(st.integers(1, 3000), min_size=1, max_size=6),
)
def test_nothing_changes_with_time_before_reclassify_on(
    facts: CustomerFacts, rules: ClassificationRules, today: dt.date, later: list[int]
) -> None:
    """Every day before `reclassify_on` (every day at all when it is None) has today's
    classes: refreshing only the customers whose day has come misses nobody."""
    now = class_codes(facts, rules, today)
    assert now.reclassify_on is None or now.reclassify_on > today
    for step in later:
        day = today + dt.timedelta(days=step)
        if now.reclassify_on is not None and day >= now.reclassify_on:
            day = now.reclassify_on - dt.timedelta(days=1)
        assert class_codes(facts, rules, day)[:5] == now[:5], day


@settings(max_examples=200, deadline=None)
@given(last=days, months=st.integers(1, 24))
def test_an_active_customer_is_due_the_day_it_turns_dormant(last: dt.date, months: int) -> None:
    from agricrm.domain.classification.rules import DEFAULT_RULES, ActivityRules

    rules = ClassificationRules(
        **{**DEFAULT_RULES.__dict__, "activity": ActivityRules(months)}  # type: ignore[arg-type]
    )
    facts = CustomerFacts(last_visit=last)
    due = class_codes(facts, rules, last).reclassify_on
    assert due is not None
    before = class_codes(facts, rules, due - dt.timedelta(days=1))
    after = class_codes(facts, rules, due)
    activity = list(Dimension).index(Dimension.ACTIVITY)
    assert (before.codes[activity], after.codes[activity]) == ("active", "dormant")
    assert add_months(due, -months) > last >= add_months(due - dt.timedelta(days=1), -months)


def test_facts_read_as_stored_equal_the_facts_read_through_sqlalchemy(
    demo_db: Database, manager: Actor
) -> None:
    with demo_db.read() as session:
        connection = session.connection()
        top = connection.execute(text("SELECT max(id) FROM customers")).scalar_one()
        fast = facts_between(connection, 1, top)
        reference = reference_facts_between(connection, 1, top)
        some = sorted(fast[0])[::7]
        assert facts_between(connection, some[0], some[-1], some) == reference_facts_between(
            connection, some[0], some[-1], some
        )
    assert fast == reference
    assert len(fast[0]) > 300  # the demo's customers, with every kind of fact
    assert any(facts.loans for facts, _ in fast[0].values())
    assert any(facts.products for facts, _ in fast[0].values())
    assert any(facts.last_care for facts, _ in fast[0].values())


def _table(db: Database) -> dict[int, tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(text(f"SELECT {COMPARED} FROM customer_classes")).all()
    return {row[0]: tuple(row) for row in rows}


def _written_at(db: Database) -> dict[int, str]:
    with db.read() as session:
        return dict(
            session.execute(text("SELECT customer_id, classified_at FROM customer_classes")).all()  # type: ignore[arg-type]
        )


def _rebuild(db: Database, today: dt.date) -> None:
    """Classes as of `today`, and the due dates that follow them (the cadence is the
    strategy of the classes)."""
    with db.write(None, Cause.REBUILD) as session:
        classes.rebuild_classes_on(writer_of(session), today=today)
        rebuild_schedule_on(writer_of(session))


def _schedule(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT customer_id, due_date, due_reason, cadence_class FROM customer_schedule"
                    " ORDER BY customer_id"
                )
            )
        ]


def test_start_up_reclassifies_only_the_customers_time_has_changed(
    demo_db: Database, tmp_path: Path
) -> None:
    start = dt.date(2026, 7, 1)
    _rebuild(demo_db, start)
    with demo_db.read() as session:
        due_days = sorted(
            dt.date.fromisoformat(day)
            for (day,) in session.execute(
                text("SELECT reclassify_on FROM customer_classes WHERE reclassify_on IS NOT NULL")
            )
        )
    assert due_days and due_days[0] > start
    later = due_days[len(due_days) // 3]  # a third of the dated customers are due by then
    due = classes_due(demo_db, later)
    assert 0 < due < len(_table(demo_db))
    assert bring_up_to_date(demo_db, today=start) == ()  # nobody due yet: nothing written
    before, written = _table(demo_db), _written_at(demo_db)
    with demo_db.read() as session:
        recorded = session.execute(text("SELECT max(id) FROM class_changes")).scalar_one()

    assert bring_up_to_date(demo_db, today=later) == ()  # no kind was stale
    after, rewritten = _table(demo_db), _written_at(demo_db)
    touched = {cid for cid in after if rewritten[cid] != written[cid]}
    assert touched and all(
        before[cid][-1] is not None and dt.date.fromisoformat(before[cid][-1]) <= later
        for cid in touched
    )
    assert classes_due(demo_db, later) == 0

    fresh = tmp_path / "fresh.db"
    shutil.copyfile(demo_db.location.path, fresh)  # type: ignore[attr-defined]
    other = open_database(fresh)
    try:
        _rebuild(other, later)
        assert _table(other) == after  # the refresh of the due equals a rebuild as of that day
        assert _schedule(other) == _schedule(demo_db)  # and so do the due dates that follow
    finally:
        other.close()
    with demo_db.read() as session:
        reasons = session.execute(
            text("SELECT DISTINCT reason, customer_id FROM class_changes WHERE id > :id"),
            {"id": recorded or 0},
        ).all()
    assert reasons and {reason for reason, _ in reasons} == {"time"}
    assert {cid for _, cid in reasons} <= touched


def test_a_customer_contacted_months_ago_turns_dormant_the_day_the_window_passes(
    demo_db: Database,
) -> None:
    start = dt.date(2026, 7, 1)
    _rebuild(demo_db, start)
    with demo_db.read() as session:
        connection = session.connection()
        customer_id, day = session.execute(
            text(
                "SELECT customer_id, reclassify_on FROM customer_classes "
                "WHERE activity = 'active' AND reclassify_on IS NOT NULL ORDER BY 2 LIMIT 1"
            )
        ).one()
        facts = facts_between(connection, customer_id, customer_id)[0][customer_id][0]
    turns = dt.date.fromisoformat(day)
    last = max(
        d
        for d in (
            facts.last_visit,
            facts.last_care,
            facts.last_loan_change,
            facts.last_product_change,
        )
        if d
    )
    assert add_months(turns - dt.timedelta(days=1), -6) <= last < add_months(turns, -6)

    def activity() -> str:
        return _table(demo_db)[customer_id][8]  # type: ignore[no-any-return]

    bring_up_to_date(demo_db, today=turns - dt.timedelta(days=1))
    assert activity() == "active"
    bring_up_to_date(demo_db, today=turns)
    assert activity() == "dormant"
    with demo_db.read() as session:
        change = session.execute(
            text(
                "SELECT from_class, to_class, reason FROM class_changes "
                "WHERE customer_id = :id AND dimension = 'activity' ORDER BY id DESC LIMIT 1"
            ),
            {"id": customer_id},
        ).one()
    assert tuple(change) == ("active", "dormant", "time")


def test_a_rules_change_writes_only_the_customers_it_moves(
    demo_db: Database, manager: Actor
) -> None:
    before, written = _table(demo_db), _written_at(demo_db)
    document = classes.read_rules(demo_db, manager).to_json()
    document["value"]["tiers"]["low"]["below"] = 30
    document["value"]["tiers"]["medium"]["from"] = 30
    with demo_db.read() as session:
        connection = session.connection()
        current = classes.rules_on(connection)
        proposed = classes.rules_from_json(
            {**document, "version": current.version + 1}, DEFAULT_CATALOGUE
        )
        assert classes._recodable(
            connection, current, proposed, dt.date.today()
        )  # the table will do
    preview = classes.preview_rules(demo_db, manager, document)
    saved = classes.save_rules(demo_db, manager, document)
    after, rewritten = _table(demo_db), _written_at(demo_db)
    moved = {cid for cid in after if after[cid][2:] != before[cid][2:]}
    assert moved and moved == set(preview.changed)
    assert {row[1] for row in after.values()} == {saved.version}  # every row: the new version
    with demo_db.read() as session:
        reasons = session.execute(text("SELECT DISTINCT reason FROM class_changes")).all()
    assert [tuple(row) for row in reasons] == [("rules",)]
    assert len(moved) < len(after) // 2
    assert all(
        rewritten[cid] != written[cid] for cid in moved
    )  # moved rows were written, with their codes
    _rebuild(demo_db, dt.date.today())  # from the facts, whatever changed
    assert _table(demo_db) == after  # the classes made from the table were the same


def test_a_rules_change_that_reads_facts_reclassifies_from_them(
    demo_db: Database, manager: Actor
) -> None:
    document = classes.read_rules(demo_db, manager).to_json()
    document["value"]["weights"]["deposits"] = 60
    document["activity"]["months"] = 3
    with demo_db.read() as session:
        connection = session.connection()
        current = classes.rules_on(connection)
        proposed = classes.rules_from_json(
            {**document, "version": current.version + 1}, DEFAULT_CATALOGUE
        )
        assert not classes._recodable(connection, current, proposed, dt.date.today())
    preview = classes.preview_rules(demo_db, manager, document)
    classes.save_rules(demo_db, manager, document)
    after = _table(demo_db)
    _rebuild(demo_db, dt.date.today())
    assert _table(demo_db) == after
    assert preview.changed


def test_an_upgraded_0011_file_gets_its_reclassify_days(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "agricrm-0011.db", copy)
    shutil.copytree(FIXTURES / "agricrm-0011.attachments", tmp_path / "old.attachments")
    db = open_database(copy)
    try:
        assert "customer_classes" in bring_up_to_date(db, today=dt.date(2026, 12, 3))
        with db.read() as session:
            dated, total, kept = session.execute(
                text(
                    "SELECT count(reclassify_on), count(*), "
                    "(SELECT count(*) FROM class_changes WHERE reason = '') FROM customer_classes"
                )
            ).one()
    finally:
        db.close()
    assert 0 < dated <= total
    assert kept > 0  # the changes recorded before 0012 are kept, without a reason
