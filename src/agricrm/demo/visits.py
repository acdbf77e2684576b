"""Demo visits, follow-up actions and care events for the demo branch (``--visits N``).

Deterministic for a seed and as-of date, and drawn from its own random stream after the
customers exist, so adding visits never changes the customers a seed produces.  Visits follow
each customer's cadence backwards from a recent last visit (most customers are on time, some
are overdue), every recent loan gets its post-loan check, most overdue loans a collection
visit, and a few visits are planned for today and the coming weeks.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select, text

from agricrm.domain.care import CareKind, CareOccasion, Festival, festivals_between
from agricrm.domain.enums import CustomerStatus, Need
from agricrm.domain.visits import Problem, ServiceOffered, VisitMode, VisitStatus, VisitType
from agricrm.models import CareEvent, Customer, FollowUpAction, Visit
from agricrm.services.bulk_load import BulkLoad

CHUNK = 5000
HISTORY_DAYS = 730

PURPOSES = {
    VisitType.PRE_LOAN: ("贷前实地调查", "核实经营情况和家庭资产"),
    VisitType.POST_LOAN: ("贷后检查，核实资金用途", "贷款发放后首次回访"),
    VisitType.RETURN: ("定期回访", "了解生产经营近况"),
    VisitType.CARE: ("客户关怀走访", "节日慰问"),
    VisitType.NEEDS_SURVEY: ("了解春耕资金需求", "调研农资和技术需求"),
    VisitType.COLLECTION: ("逾期贷款催收", "协商还款计划"),
}
CONDITIONS = (
    "小麦长势良好，预计亩产千斤以上。",
    "生猪存栏稳定，猪舍卫生条件较好。",
    "大棚蔬菜正常生产，销路通畅。",
    "受干旱影响，玉米出苗率偏低。",
    "果园新栽苗木成活率高，三年后进入盛果期。",
    "养殖规模扩大，饲料资金周转偏紧。",
    "合作社统一收购，价格比去年略高。",
    "家中有病人，劳动力不足，生产规模缩小。",
    "",
)
ATTENDEES = ("户主", "户主及配偶", "户主、村支书", "户主及子女", "")
FOLLOW_UPS = (
    "送去农业保险资料",
    "联系农技站安排技术指导",
    "办理贷款续贷手续",
    "提供化肥价格行情",
    "回访确认还款计划执行情况",
    "协助对接合作社收购",
)
NOTES = ("", "", "", "客户对服务满意。", "建议下次春耕前再访。", "客户有扩大种植意向。")


def _weighted(rng: random.Random, options: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


_MODES = ((VisitMode.ON_SITE, 75), (VisitMode.BY_PHONE, 15), (VisitMode.AT_BRANCH, 10))
# An officer plans a trip to the village or a call; a customer coming to the branch is not
# planned, so a planned visit always names its village (the Today view groups by it).
_PLANNED_MODES = ((VisitMode.ON_SITE, 85), (VisitMode.BY_PHONE, 15))


def add_demo_visits(
    load: BulkLoad,
    seed: int,
    as_of: dt.date,
    count: int,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Insert about `count` visits (with follow-ups and care events); returns the counts."""
    rng = random.Random(f"visits-{seed}")
    customers = load.read(
        select(
            Customer.id,
            Customer.officer_id,
            Customer.township,
            Customer.village,
            Customer.status,
            Customer.tags,
            Customer.created_at,
            Customer.birth_date,
        ).order_by(Customer.id)
    ).all()
    if not customers or count <= 0:
        return {"visits": 0, "follow_ups": 0, "care_events": 0}
    officer_fallback = load.read(select(func.min(Customer.officer_id))).scalar() or 1
    loans: dict[int, list[tuple[dt.date, dt.date, bool]]] = defaultdict(list)
    for cid, start, due, balance in load.read(
        text("SELECT customer_id, start_date, due_date, balance FROM loans WHERE deleted = 0")
    ):
        loans[cid].append(
            (dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(due)), balance > 0)
        )
    weights = []
    for _cid, _officer, _t, _v, status, tags, _created, _birth in customers:
        if "VIP" in tags:
            weights.append(6.0)
        elif status is CustomerStatus.ACTIVE:
            weights.append(3.0 if loans.get(_cid) else 2.0)
        elif status is CustomerStatus.ENDED:
            weights.append(0.5)
        else:
            weights.append(1.2)
    planned_count = max(5, count // 100)
    done_budget = count - planned_count
    scale = done_budget / sum(weights)

    next_id = (load.read(select(func.max(Visit.id))).scalar() or 0) + 1
    visits: list[dict[str, Any]] = []
    follow_ups: list[dict[str, Any]] = []
    totals = {"visits": 0, "follow_ups": 0, "care_events": 0}

    def flush() -> None:
        if visits:
            load.add(Visit, visits)
            totals["visits"] += len(visits)
            visits.clear()
        if follow_ups:
            load.add(FollowUpAction, follow_ups)
            totals["follow_ups"] += len(follow_ups)
            follow_ups.clear()
        if progress:
            progress(totals["visits"], count)

    def add(customer: Any, day: dt.date, kind: VisitType, status: VisitStatus) -> None:
        nonlocal next_id
        cid, officer, township, village, _s, _tags, _created, _birth = customer
        done = status is VisitStatus.DONE
        when = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
        stamp = when.astimezone().astimezone(dt.UTC)  # working hours where the demo is made
        mode = _weighted(rng, _MODES if done else _PLANNED_MODES)
        visits.append(
            {
                "id": next_id,
                "customer_id": cid,
                "officer_id": officer or officer_fallback,
                "status": status,
                "visit_type": kind,
                "mode": mode,
                "visit_date": day,
                "planned_date": day
                if status is not VisitStatus.DONE or rng.random() < 0.3
                else None,
                "actual_at": stamp if done and rng.random() < 0.6 else None,
                "township": "" if mode is VisitMode.AT_BRANCH else township,
                "village": "" if mode is VisitMode.AT_BRANCH else village,
                "attendees": rng.choice(ATTENDEES) if done else "",
                "purpose": rng.choice(PURPOSES[kind]),
                "production_condition": rng.choice(CONDITIONS) if done else "",
                "problems": frozenset(p for p in Problem if done and rng.random() < 0.12),
                "needs": frozenset(n for n in Need if done and rng.random() < 0.1),
                "services_offered": frozenset(
                    s for s in ServiceOffered if done and rng.random() < 0.15
                ),
                "notes": rng.choice(NOTES) if done else "",
                "next_visit_date": day + dt.timedelta(days=rng.randint(20, 120))
                if done and rng.random() < 0.12
                else None,
                "satisfaction": rng.choice((3, 4, 4, 5, 5))
                if done and rng.random() < 0.7
                else None,
                "uuid": _uuid(rng),
                "created_at": min(stamp, dt.datetime.combine(as_of, dt.time(1), dt.UTC)),
                "updated_at": min(stamp, dt.datetime.combine(as_of, dt.time(1), dt.UTC)),
                "row_version": 1,
                "deleted": False,
            }
        )
        if done and rng.random() < 0.15:
            due = day + dt.timedelta(days=rng.randint(5, 40))
            closed = due < as_of - dt.timedelta(days=3) and rng.random() < 0.85
            follow_ups.append(
                {
                    "visit_id": next_id,
                    "description": rng.choice(FOLLOW_UPS),
                    "due_date": due,
                    "done_at": dt.datetime.combine(min(due, as_of), dt.time(3), dt.UTC)
                    if closed
                    else None,
                    "uuid": _uuid(rng),
                    "created_at": visits[-1]["created_at"],
                    "updated_at": visits[-1]["created_at"],
                    "row_version": 1,
                    "deleted": False,
                }
            )
        next_id += 1
        if len(visits) >= CHUNK:
            flush()

    earliest = as_of - dt.timedelta(days=HISTORY_DAYS)
    for customer, weight in zip(customers, weights, strict=True):
        cid, _officer, _t, _v, status, tags, created, _birth = customer
        opened = max(created.date(), earliest)
        budget = int(weight * scale + rng.random())
        customer_loans = loans.get(cid, [])
        # the events a cadence demands, then regular visits back from a recent last visit
        for start, due, outstanding in customer_loans:
            if budget > 0 and start >= created.date() and rng.random() < 0.93:
                day = start + dt.timedelta(days=rng.randint(3, 28))
                if day < as_of:
                    add(customer, day, VisitType.POST_LOAN, VisitStatus.DONE)
                    budget -= 1
            turned = due + dt.timedelta(days=1)
            if outstanding and turned < as_of and budget > 0 and rng.random() < 0.7:
                day = min(turned + dt.timedelta(days=rng.randint(0, 10)), as_of)
                add(customer, day, VisitType.COLLECTION, VisitStatus.DONE)
                budget -= 1
        if budget <= 0:
            continue
        interval = 30 if "VIP" in tags else (91 if customer_loans else 182)
        day = as_of - dt.timedelta(days=rng.randint(0, int(interval * 1.15)))
        while budget > 0 and day >= opened:
            if status in (CustomerStatus.PROSPECT, CustomerStatus.UNDER_REVIEW):
                kind = rng.choice((VisitType.PRE_LOAN, VisitType.NEEDS_SURVEY, VisitType.RETURN))
            else:
                kind = _weighted(
                    rng,
                    (
                        (VisitType.RETURN, 60),
                        (VisitType.CARE, 12),
                        (VisitType.NEEDS_SURVEY, 12),
                        (VisitType.PRE_LOAN, 8),
                        (VisitType.COLLECTION, 3),
                    ),
                )
            roll = rng.random()
            state = (
                VisitStatus.MISSED
                if roll < 0.02
                else VisitStatus.CANCELLED
                if roll < 0.03
                else VisitStatus.DONE
            )
            add(customer, day, kind, state)
            budget -= 1
            day -= dt.timedelta(days=max(7, int(interval * rng.uniform(0.7, 1.1))))

    # top up with older visits where the cadence walk ran out of history
    deficit = done_budget - totals["visits"] - len(visits)
    while deficit > 0:
        customer = customers[rng.randrange(len(customers))]
        opened = max(customer[6].date(), earliest)
        if customer[4] is CustomerStatus.ENDED or opened >= as_of:
            continue
        day = as_of - dt.timedelta(days=rng.randint(1, (as_of - opened).days))
        kind = rng.choice((VisitType.RETURN, VisitType.NEEDS_SURVEY, VisitType.CARE))
        add(customer, day, kind, VisitStatus.DONE)
        deficit -= 1
    for index in range(planned_count):
        customer = customers[rng.randrange(len(customers))]
        if customer[4] is CustomerStatus.ENDED:
            continue
        ahead = 0 if index % 8 == 0 else rng.randint(1, 30)
        kind = rng.choice((VisitType.RETURN, VisitType.POST_LOAN, VisitType.NEEDS_SURVEY))
        add(customer, as_of + dt.timedelta(days=ahead), kind, VisitStatus.PLANNED)
    flush()
    totals["care_events"] = _care_events(load, rng, as_of, customers)
    return totals


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _care_events(load: BulkLoad, rng: random.Random, as_of: dt.date, customers: list[Any]) -> int:
    festivals = [
        found
        for found in festivals_between(as_of - dt.timedelta(days=365), as_of)
        if found.festival in (Festival.SPRING_FESTIVAL, Festival.MID_AUTUMN)
    ]
    rows: list[dict[str, Any]] = []
    for cid, officer, _t, _v, status, tags, _created, birth in customers:
        if status is CustomerStatus.ENDED or rng.random() > (0.8 if "VIP" in tags else 0.08):
            continue
        occasions: list[tuple[CareOccasion, Festival | None, dt.date]] = []
        if birth is not None:
            try:
                last_birthday = birth.replace(year=as_of.year)
            except ValueError:
                last_birthday = dt.date(as_of.year, 2, 28)
            if last_birthday > as_of:
                last_birthday = last_birthday.replace(year=as_of.year - 1, day=min(birth.day, 28))
            occasions.append((CareOccasion.BIRTHDAY, None, last_birthday))
        if festivals and "VIP" in tags:
            found = rng.choice(festivals)
            occasions.append((CareOccasion.FESTIVAL, found.festival, found.date))
        for occasion, festival, day in occasions:
            at = (
                dt.datetime.combine(day, dt.time(rng.randint(9, 17)))
                .astimezone()
                .astimezone(dt.UTC)
            )
            rows.append(
                {
                    "customer_id": cid,
                    "officer_id": officer or 1,
                    "kind": CareKind.GIFT
                    if festival is not None
                    else rng.choice((CareKind.CALL, CareKind.SMS)),
                    "occasion": occasion,
                    "festival": festival,
                    "occasion_date": day,
                    "at": at,
                    "notes": "",
                    "uuid": _uuid(rng),
                    "created_at": at,
                    "updated_at": at,
                    "row_version": 1,
                    "deleted": False,
                }
            )
    for start in range(0, len(rows), CHUNK):
        load.add(CareEvent, rows[start : start + CHUNK])
    return len(rows)
