"""The Today view (the home screen) and the village day list, computed from indexed tables.

Who is overdue comes from `customer_schedule` (one range scan of its due-date index), the
birthdays of the coming days from its birthday-code index, festivals from the lunar calendar,
follow-ups from a partial index of open actions: no query here aggregates over all visits.

The service strategy decides the order and the greetings: overdue customers are listed by
their strategy's Today priority (1 first), then most overdue first; a birthday is listed only
for a customer whose strategy's care includes it (``birthday`` greets birthdays in either
calendar, ``lunar_birthday`` lunar ones only), and festivals only when some strategy greets
them, with how many customers that is.  The strategy key is the schedule row's
`cadence_class`, written from the customer's classes in the same transaction, so these stay
the one indexed query each they were.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, false, func, literal_column, select
from sqlalchemy.orm import Session

from agricrm.db.database import Database
from agricrm.domain.cadence import CadenceClass
from agricrm.domain.care import (
    CareOccasion,
    Festival,
    age_on,
    birthday_codes_between,
    festivals_between,
)
from agricrm.domain.classification.rules import ClassificationRules
from agricrm.domain.visits import VisitStatus
from agricrm.models import CareEvent, Customer, CustomerSchedule, FollowUpAction, User, Visit
from agricrm.services.actor import Actor
from agricrm.services.classes import read_rules as read_classification_rules
from agricrm.services.policy import visible_customers
from agricrm.services.schedule import read_rules
from agricrm.services.settings import branch_profile
from agricrm.services.visit_data import (
    BirthdayItem,
    DayListEntry,
    DayListFollowUp,
    FestivalItem,
    FollowUpItem,
    OverdueItem,
    PlannedVisitItem,
    TodayView,
    VillageDayList,
)

OVERDUE_LIMIT = 500
FOLLOW_UP_LIMIT = 300
_PHONE = func.coalesce(Customer.phone, literal_column("''"))


def _listed(actor: Actor) -> list[ColumnElement[bool]]:
    return [Customer.deleted == false(), Customer.archived_at.is_(None), visible_customers(actor)]


def _caring(rules: ClassificationRules, *occasions: str) -> list[CadenceClass]:
    """The strategies whose care includes any of `occasions`."""
    return [
        CadenceClass(key)
        for key, strategy in rules.strategy.items()
        if any(occasion in strategy.care for occasion in occasions)
    ]


def today_view(db: Database, actor: Actor, today: dt.date | None = None) -> TodayView:
    today = today or dt.date.today()
    rules = read_rules(db, actor)
    classification = read_classification_rules(db, actor)
    ranks = {
        CadenceClass(key): strategy.priority for key, strategy in classification.strategy.items()
    }
    with db.read() as session:
        planned = tuple(
            PlannedVisitItem(*row)
            for row in session.execute(
                select(
                    Visit.id,
                    Customer.id,
                    Customer.name,
                    _PHONE,
                    Visit.village,
                    Visit.visit_type,
                    Visit.purpose,
                )
                .join(Customer, Customer.id == Visit.customer_id)
                .where(
                    Visit.status == VisitStatus.PLANNED,
                    Visit.visit_date == today,
                    Visit.deleted == false(),
                    *_listed(actor),
                )
                .order_by(Visit.village, Customer.name_pinyin, Visit.id)
            )
        )
        overdue_where = and_(CustomerSchedule.due_date < today, *_listed(actor))
        # schedule rows exist only for listed customers and carry the officer: one index
        mine = [] if actor.is_manager else [CustomerSchedule.officer_id == actor.user_id]
        overdue_total = (
            session.scalar(
                select(func.count())
                .select_from(CustomerSchedule)
                .where(CustomerSchedule.due_date < today, *mine)
            )
            or 0
        )
        overdue = _overdue(session, and_(overdue_where, *mine), today, ranks)
        birthdays = _birthdays(
            session,
            actor,
            today,
            today + dt.timedelta(rules.birthday_days_ahead),
            _caring(classification, "birthday"),
            _caring(classification, "birthday", "lunar_birthday"),
        )
        festive = _caring(classification, "festival")
        festival_customers = (
            session.scalar(
                select(func.count())
                .select_from(CustomerSchedule)
                .where(CustomerSchedule.cadence_class.in_(festive), *mine)
            )
            or 0
        )
        follow_ups = tuple(
            FollowUpItem(
                follow_up_id=fid,
                visit_id=vid,
                customer_id=cid,
                customer_name=name,
                description=text,
                due_date=due,
                days_overdue=(today - due).days,
            )
            for fid, vid, cid, name, text, due in session.execute(
                select(
                    FollowUpAction.id,
                    Visit.id,
                    Customer.id,
                    Customer.name,
                    FollowUpAction.description,
                    FollowUpAction.due_date,
                )
                .join(Visit, Visit.id == FollowUpAction.visit_id)
                .join(Customer, Customer.id == Visit.customer_id)
                .where(
                    FollowUpAction.done_at.is_(None),
                    FollowUpAction.deleted == false(),
                    FollowUpAction.due_date
                    <= today + dt.timedelta(days=rules.follow_up_days_ahead),
                    Visit.deleted == false(),
                    *_listed(actor),
                )
                .order_by(FollowUpAction.due_date, FollowUpAction.id)
                .limit(FOLLOW_UP_LIMIT)
            )
        )
    wanted = tuple(f for f in Festival if f.value in rules.festivals) if festive else ()
    festivals = tuple(
        FestivalItem(found.festival, found.date, (found.date - today).days, festival_customers)
        for found in festivals_between(
            today, today + dt.timedelta(days=rules.festival_days_ahead), wanted
        )
    )
    return TodayView(
        today=today,
        planned=planned,
        overdue=overdue,
        overdue_total=overdue_total,
        birthdays=birthdays,
        festivals=festivals,
        follow_ups=follow_ups,
    )


def _overdue(
    session: Session, where: ColumnElement[bool], today: dt.date, ranks: dict[CadenceClass, int]
) -> tuple[OverdueItem, ...]:
    """The first `OVERDUE_LIMIT` overdue customers by their strategy's rank, then due date.

    One query per rank, in rank order, each walking the due-date index and stopping when the
    list is full: ordering the whole overdue range by rank in one query sorts every overdue
    row first (at 19,000 overdue, 100 ms against 10 ms measured on this machine)."""
    items: list[OverdueItem] = []
    for rank in sorted(set(ranks.values())):
        keys = [key for key, its in ranks.items() if its == rank]
        items.extend(
            OverdueItem(
                customer_id=cid,
                customer_name=name,
                phone=phone,
                township=township,
                village=village,
                due_date=due,
                days_overdue=(today - due).days,
                reason=reason,
                cadence_class=klass,
                priority=rank,
                last_visit_date=last,
            )
            for cid, name, phone, township, village, due, reason, klass, last in session.execute(
                select(
                    Customer.id,
                    Customer.name,
                    _PHONE,
                    Customer.township,
                    Customer.village,
                    CustomerSchedule.due_date,
                    CustomerSchedule.due_reason,
                    CustomerSchedule.cadence_class,
                    CustomerSchedule.last_visit_date,
                )
                .join(Customer, Customer.id == CustomerSchedule.customer_id)
                .where(where, CustomerSchedule.cadence_class.in_(keys))
                .order_by(CustomerSchedule.due_date, Customer.id)
                .limit(OVERDUE_LIMIT - len(items))
            )
        )
        if len(items) >= OVERDUE_LIMIT:
            break
    return tuple(items)


def _birthdays(
    session: object,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    gregorian: list[CadenceClass],
    lunar: list[CadenceClass],
) -> tuple[BirthdayItem, ...]:
    """The birthdays from `start` to `end` of customers whose strategy is among `gregorian`
    (for a Gregorian birthday) or `lunar` (for a lunar one)."""
    assert isinstance(session, Session)
    codes = birthday_codes_between(start, end)
    gregorian_codes = sorted(code for code in codes if code.startswith("G"))
    lunar_codes = sorted(code for code in codes if not code.startswith("G"))
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            _PHONE,
            Customer.village,
            Customer.birth_date,
            CustomerSchedule.birthday_code,
        )
        .join(Customer, Customer.id == CustomerSchedule.customer_id)
        .where(
            (
                CustomerSchedule.birthday_code.in_(gregorian_codes)
                & CustomerSchedule.cadence_class.in_(gregorian)
            )
            | (
                CustomerSchedule.birthday_code.in_(lunar_codes)
                & CustomerSchedule.cadence_class.in_(lunar)
            ),
            *_listed(actor),
        )
    ).all()
    greeted: set[tuple[int, dt.date]] = set()
    ids = [row[0] for row in rows]
    for start_at in range(0, len(ids), 500):
        greeted.update(
            (row[0], row[1])
            for row in session.execute(
                select(CareEvent.customer_id, CareEvent.occasion_date).where(
                    CareEvent.customer_id.in_(ids[start_at : start_at + 500]),
                    CareEvent.occasion_date.between(start, end),
                    CareEvent.occasion.in_([CareOccasion.BIRTHDAY, CareOccasion.LUNAR_BIRTHDAY]),
                    CareEvent.deleted == false(),
                )
            ).all()
        )
    items = [
        BirthdayItem(
            customer_id=cid,
            customer_name=name,
            phone=phone,
            village=village,
            date=codes[code],
            lunar=not code.startswith("G"),
            age=age_on(birth, codes[code]),
            greeted=(cid, codes[code]) in greeted,
        )
        for cid, name, phone, village, birth, code in rows
    ]
    items.sort(key=lambda item: (item.greeted, item.date, item.customer_name))
    return tuple(items)


def village_day_list(
    db: Database, actor: Actor, township: str, village: str, day: dt.date
) -> VillageDayList:
    """The customers of a village who are due or overdue on `day`, or have a visit planned
    that day, with their open follow-up actions: most overdue first."""
    with db.read() as session:
        planned = dict(
            session.execute(
                select(Visit.customer_id, Visit.id)
                .join(Customer, Customer.id == Visit.customer_id)
                .where(
                    Visit.status == VisitStatus.PLANNED,
                    Visit.visit_date == day,
                    Visit.deleted == false(),
                    Customer.township == township,
                    Customer.village == village,
                    *_listed(actor),
                )
            ).all()
        )
        rows = session.execute(
            select(
                Customer.id,
                Customer.uuid,
                Customer.name,
                _PHONE,
                Customer.address_detail,
                func.coalesce(User.display_name, literal_column("''")),
                CustomerSchedule.due_date,
                CustomerSchedule.due_reason,
                CustomerSchedule.last_visit_date,
            )
            .join(CustomerSchedule, CustomerSchedule.customer_id == Customer.id)
            .outerjoin(User, User.id == Customer.officer_id)
            .where(
                Customer.township == township,
                Customer.village == village,
                (CustomerSchedule.due_date <= day) | Customer.id.in_(list(planned) or [-1]),
                *_listed(actor),
            )
            .order_by(CustomerSchedule.due_date, Customer.name_pinyin)
        ).all()
        ids = [row[0] for row in rows]
        follow_ups: dict[int, list[DayListFollowUp]] = {}
        for start in range(0, len(ids), 500):
            for cid, text, due in session.execute(
                select(Visit.customer_id, FollowUpAction.description, FollowUpAction.due_date)
                .join(Visit, Visit.id == FollowUpAction.visit_id)
                .where(
                    Visit.customer_id.in_(ids[start : start + 500]),
                    FollowUpAction.done_at.is_(None),
                    FollowUpAction.deleted == false(),
                    Visit.deleted == false(),
                )
                .order_by(FollowUpAction.due_date, FollowUpAction.id)
            ):
                follow_ups.setdefault(cid, []).append(DayListFollowUp(text, due))
    entries = tuple(
        DayListEntry(
            customer_id=cid,
            customer_uuid=uuid,
            customer_name=name,
            phone=phone,
            address=address or village,
            officer_name=officer,
            due_date=due,
            days_overdue=(day - due).days if due is not None and due <= day else None,
            reason=reason,
            last_visit_date=last,
            planned_visit_id=planned.get(cid),
            follow_ups=tuple(follow_ups.get(cid, ())),
        )
        for cid, uuid, name, phone, address, officer, due, reason, last in rows
    )
    return VillageDayList(
        township=township,
        village=village,
        day=day,
        branch_name=branch_profile(db, actor).name,
        entries=entries,
    )
