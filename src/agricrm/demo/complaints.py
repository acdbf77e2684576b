"""Demo complaints: a realistic year and a half of them, with the history of each.

Each complaint is simulated step by step from its receipt (investigation, conclusion, answer,
closing, sometimes a reopening) with durations drawn per step; whatever had happened by the
demo's as-of date is what the database holds.  So old complaints are closed, recent ones are
at every stage of the workflow, a slow handful are overdue, and a few were answered late.
Deterministic: the same seed and as-of date give the same rows (its own random stream, so
adding complaints never changes the customers).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from agricrm.demo import data
from agricrm.domain.complaints import (
    DEFAULT_DEADLINE_DAYS,
    ComplaintAction,
    ComplaintCause,
    ComplaintChannel,
    ComplaintSeverity,
    ComplaintStatus,
    Deadlines,
    ReplyMethod,
    Responsibility,
    Satisfaction,
    compute_due_at,
)
from agricrm.domain.enums import Role
from agricrm.models import Complaint, ComplaintEvent, Customer, User
from agricrm.services.bulk_load import BulkLoad, loading

OPENS, CLOSES = 8, 18  # the branch's office hours, local time


def _local(day: dt.date, time: dt.time) -> dt.datetime:
    """`time` on `day` in this machine's zone (the zone the app shows times in), as aware UTC:
    a demo made anywhere shows complaints received during its office hours."""
    return dt.datetime.combine(day, time).astimezone().astimezone(dt.UTC)


HISTORY_DAYS = 540
CHUNK = 5000

Progress = Callable[[int, int], None]


def _weighted(rng: random.Random, options: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


_CHANNELS = (
    (ComplaintChannel.PHONE, 25),
    (ComplaintChannel.HOTLINE, 20),
    (ComplaintChannel.VISIT, 14),
    (ComplaintChannel.BRANCH_COUNTER, 26),
    (ComplaintChannel.LETTER, 5),
    (ComplaintChannel.ONLINE, 10),
)
_CATEGORIES = (
    ("service_attitude", 22),
    ("loan_processing", 28),
    ("interest_fees", 18),
    ("product_quality", 13),
    ("privacy_security", 6),
    ("other", 13),
)
_SEVERITIES = (
    (ComplaintSeverity.GENERAL, 76),
    (ComplaintSeverity.SERIOUS, 19),
    (ComplaintSeverity.MAJOR, 5),
)
_DESCRIPTIONS = {
    "service_attitude": (
        "柜台工作人员办理业务时态度冷淡，解释不耐烦。",
        "客户经理约好上门办理续贷，当天没来也没有电话说明。",
        "排队一个多小时，大堂没有人引导，老人站着等。",
        "打电话咨询时工作人员说话生硬，直接挂断电话。",
    ),
    "loan_processing": (
        "贷款申请交上去两周没有结果，也没人告诉进度。",
        "放款比说好的晚了十天，耽误了春耕买化肥。",
        "续贷手续要求重复提交材料，跑了三趟。",
        "批下来的额度比申请时说的低，没有说明原因。",
        "担保人已经签字，却又要求补充抵押。",
    ),
    "interest_fees": (
        "还款时发现扣了一笔事先没告知的手续费。",
        "实际执行的利率和合同上写的不一样。",
        "提前还款被收了违约金，办理时没人提过。",
        "账户管理费每月都扣，不知道是什么费用。",
    ),
    "product_quality": (
        "通过银行合作的农资店买的玉米种子出苗率很低。",
        "合作方供应的复合肥结块，施了效果很差。",
        "惠农商城订的农药送晚了，错过了防治时间。",
        "合作社推荐的小麦种子混杂，和宣传的品种不符。",
    ),
    "privacy_security": (
        "接到自称银行工作人员的推销电话，怀疑个人信息泄露。",
        "贷款资料复印件放在柜台上，被其他人看到了。",
        "没有同意却收到了第三方保险公司的营销短信。",
    ),
    "other": (
        "网点门口台阶没有无障碍通道，轮椅进不去。",
        "手机银行登录总是出错，转账失败。",
        "对征信报告里的一条查询记录有疑问。",
        "村里的助农取款点经常没有现金。",
    ),
}
_CAUSES: dict[str, tuple[tuple[ComplaintCause, int], ...]] = {
    "service_attitude": (
        (ComplaintCause.STAFF_CONDUCT, 70),
        (ComplaintCause.PROCESS_RULES, 15),
        (ComplaintCause.MISUNDERSTANDING, 15),
    ),
    "loan_processing": (
        (ComplaintCause.PROCESS_RULES, 50),
        (ComplaintCause.STAFF_CONDUCT, 15),
        (ComplaintCause.SYSTEM_FAILURE, 10),
        (ComplaintCause.MISUNDERSTANDING, 20),
        (ComplaintCause.EXTERNAL_EVENT, 5),
    ),
    "interest_fees": (
        (ComplaintCause.PRICING_DISCLOSURE, 55),
        (ComplaintCause.SYSTEM_FAILURE, 10),
        (ComplaintCause.MISUNDERSTANDING, 35),
    ),
    "product_quality": (
        (ComplaintCause.PARTNER_PRODUCT, 70),
        (ComplaintCause.EXTERNAL_EVENT, 20),
        (ComplaintCause.MISUNDERSTANDING, 10),
    ),
    "privacy_security": (
        (ComplaintCause.STAFF_CONDUCT, 40),
        (ComplaintCause.PARTNER_PRODUCT, 25),
        (ComplaintCause.SYSTEM_FAILURE, 15),
        (ComplaintCause.OTHER, 20),
    ),
    "other": (
        (ComplaintCause.PROCESS_RULES, 30),
        (ComplaintCause.SYSTEM_FAILURE, 30),
        (ComplaintCause.MISUNDERSTANDING, 20),
        (ComplaintCause.OTHER, 20),
    ),
}
_RESPONSIBILITY: dict[ComplaintCause, tuple[tuple[Responsibility, int], ...]] = {
    ComplaintCause.STAFF_CONDUCT: ((Responsibility.OUR_SIDE, 92), (Responsibility.CUSTOMER, 8)),
    ComplaintCause.PROCESS_RULES: ((Responsibility.OUR_SIDE, 85), (Responsibility.CUSTOMER, 15)),
    ComplaintCause.SYSTEM_FAILURE: (
        (Responsibility.OUR_SIDE, 75),
        (Responsibility.PARTNER, 15),
        (Responsibility.FORCE_MAJEURE, 10),
    ),
    ComplaintCause.PRICING_DISCLOSURE: (
        (Responsibility.OUR_SIDE, 90),
        (Responsibility.PARTNER, 10),
    ),
    ComplaintCause.PARTNER_PRODUCT: (
        (Responsibility.PARTNER, 80),
        (Responsibility.OUR_SIDE, 12),
        (Responsibility.FORCE_MAJEURE, 8),
    ),
    ComplaintCause.MISUNDERSTANDING: (
        (Responsibility.CUSTOMER, 82),
        (Responsibility.OUR_SIDE, 18),
    ),
    ComplaintCause.EXTERNAL_EVENT: (
        (Responsibility.FORCE_MAJEURE, 80),
        (Responsibility.PARTNER, 20),
    ),
    ComplaintCause.OTHER: ((Responsibility.CUSTOMER, 60), (Responsibility.OUR_SIDE, 40)),
}
_FINDINGS = {
    ComplaintCause.STAFF_CONDUCT: (
        "调阅监控和业务记录，情况属实，工作人员服务用语不规范。",
        "经核实，客户经理未按约定时间上门，也未提前告知。",
    ),
    ComplaintCause.PROCESS_RULES: (
        "核查流程发现审批环节积压，未按时限告知客户进度。",
        "续贷材料清单前后不一致，导致客户重复提交。",
    ),
    ComplaintCause.SYSTEM_FAILURE: (
        "核心系统升级期间交易失败，已恢复。",
        "助农取款机具故障未及时报修。",
    ),
    ComplaintCause.PRICING_DISCLOSURE: (
        "经核实，收费项目未在办理时向客户充分说明。",
        "利率调整通知未送达客户。",
    ),
    ComplaintCause.PARTNER_PRODUCT: (
        "联系合作方核实，该批次农资存在质量问题。",
        "合作方承认配送延误，责任在合作方。",
    ),
    ComplaintCause.MISUNDERSTANDING: (
        "经核实业务办理符合规定，客户对政策理解有误。",
        "合同条款已载明，客户签字确认，属误解。",
    ),
    ComplaintCause.EXTERNAL_EVENT: (
        "因暴雨导致道路中断，放款及配送延误。",
        "受停电影响，网点业务暂停半天。",
    ),
    ComplaintCause.OTHER: (
        "与客户沟通后，问题已说明清楚。",
        "情况复杂，已报上级部门协调。",
    ),
}
_MEASURES = {
    Responsibility.OUR_SIDE: (
        "向客户当面致歉，对相关员工进行批评教育并组织服务培训。",
        "加快审批并专人跟进，优化告知流程。",
        "退还多收费用，在网点公示收费标准。",
    ),
    Responsibility.PARTNER: (
        "协调合作方为客户换货并承担损失。",
        "督促合作方赔偿并暂停其该批次产品供应。",
    ),
    Responsibility.CUSTOMER: (
        "向客户详细解释政策和合同条款，客户表示理解。",
        "安排客户经理上门讲解产品规则。",
    ),
    Responsibility.FORCE_MAJEURE: (
        "向客户说明原因，优先安排补办业务。",
        "协助客户办理贷款展期。",
    ),
}
_REPLIES = (
    "已将调查结果和处理措施告知客户。",
    "电话告知客户处理结果，客户已知悉。",
    "当面向客户说明情况并致歉。",
    "书面答复已寄送客户。",
)
_REPLY_METHODS = (
    (ReplyMethod.PHONE, 55),
    (ReplyMethod.IN_PERSON, 25),
    (ReplyMethod.LETTER, 8),
    (ReplyMethod.SMS, 7),
    (ReplyMethod.ONLINE, 5),
)
_SATISFACTION = (
    (Satisfaction.SATISFIED, 58),
    (Satisfaction.BASICALLY_SATISFIED, 27),
    (Satisfaction.DISSATISFIED, 9),
    (Satisfaction.UNREACHABLE, 6),
)


class _Generator:
    def __init__(
        self,
        seed: int,
        as_of: dt.date,
        customers: list[tuple[int, int | None]],
        officers: list[int],
    ) -> None:
        self.rng = random.Random(f"agricrm-demo-complaints-{seed}")
        self.as_of_end = _local(as_of, dt.time(CLOSES, 0))
        self.as_of = as_of
        self.customers = customers
        self.officers = officers
        self.deadlines = Deadlines(days=dict(DEFAULT_DEADLINE_DAYS))
        self.numbers: dict[dt.date, int] = {}

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sync(self, when: dt.datetime) -> dict[str, Any]:
        return {
            "uuid": self.uuid(),
            "created_at": when,
            "updated_at": when,
            "row_version": 1,
            "deleted": False,
        }

    def caller_name(self) -> str:
        rng = self.rng
        surname = rng.choices([s for s, _ in data.SURNAMES], [w for _, w in data.SURNAMES])[0]
        pool = data.MALE_GIVEN if rng.random() < 0.6 else data.FEMALE_GIVEN
        return surname + "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2))))

    def received_times(self, count: int) -> list[dt.datetime]:
        """Office hours over the last year and a half, a little busier lately."""
        rng = self.rng
        times = []
        for _ in range(count):
            days_ago = int(HISTORY_DAYS * (1 - rng.random() ** 0.85))
            day = self.as_of - dt.timedelta(days=days_ago)
            hour = rng.choice((8, 9, 9, 10, 10, 11, 14, 15, 15, 16, 17))
            times.append(_local(day, dt.time(hour, rng.randrange(60))))
        times.sort()
        return [t for t in times if t <= self.as_of_end]

    def number(self, received_at: dt.datetime) -> str:
        day = received_at.astimezone().date()
        self.numbers[day] = self.numbers.get(day, 0) + 1
        return f"TS{day:%Y%m%d}-{self.numbers[day]:03d}"


def _after(start: dt.datetime, rng: random.Random, low_hours: int, high_hours: int) -> dt.datetime:
    """Some hours after `start`, moved into office hours: staff act while the branch is open."""
    moment = (start + dt.timedelta(hours=rng.randint(low_hours, high_hours))).astimezone()
    if OPENS <= moment.hour < CLOSES:
        return moment.astimezone(dt.UTC)
    day = moment.date() + dt.timedelta(days=1 if moment.hour >= CLOSES else 0)
    return _local(day, dt.time(rng.randint(OPENS, OPENS + 2), rng.randrange(60)))


def _simulate(
    g: _Generator, complaint_id: int, received_at: dt.datetime
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rng = g.rng
    if rng.random() < 0.86:
        customer_id, officer_id = rng.choice(g.customers)
        caller_name, caller_phone = "", ""
    else:
        customer_id, officer_id = None, None
        caller_name = g.caller_name()
        caller_phone = rng.choice(data.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    if officer_id is None:
        officer_id = rng.choice(g.officers)
    category = _weighted(rng, _CATEGORIES)
    severity = _weighted(rng, _SEVERITIES)
    channel = _weighted(rng, _CHANNELS)
    due_at = compute_due_at(received_at, severity, g.deadlines)
    complaint: dict[str, Any] = {
        "id": complaint_id,
        "number": g.number(received_at),
        "customer_id": customer_id,
        "caller_name": caller_name,
        "caller_phone": caller_phone,
        "channel": channel,
        "category": category,
        "severity": severity,
        "description": rng.choice(_DESCRIPTIONS[category]),
        "received_at": received_at,
        "due_at": due_at,
        "status": ComplaintStatus.RECEIVED,
        "officer_id": officer_id,
        "cause": None,
        "responsibility": None,
        "findings": "",
        "measures": "",
        "compensation": None,
        "reply_method": None,
        "replied_at": None,
        "reply_content": "",
        "satisfaction": None,
        "closed_at": None,
        "reopened_at": None,
        "reopen_count": 0,
        **g.sync(received_at),
    }
    events: list[dict[str, Any]] = []

    def event(
        action: ComplaintAction, to: ComplaintStatus, when: dt.datetime, **extra: Any
    ) -> None:
        events.append(
            {
                "complaint_id": complaint_id,
                "action": action,
                "from_status": complaint["status"] if events else None,
                "to_status": to,
                "actor_id": officer_id,
                "happened_at": when,
                "note": extra.pop("note", ""),
                "officer_id": None,
                "customer_id": None,
                "category": None,
                "severity": None,
                "due_at": None,
                "cause": None,
                "responsibility": None,
                "findings": "",
                "measures": "",
                "compensation": None,
                "reply_method": None,
                "replied_at": None,
                "reply_content": "",
                "satisfaction": None,
                **extra,
                **g.sync(when),
            }
        )
        complaint["status"] = to
        complaint["updated_at"] = when

    event(
        ComplaintAction.RECEIVE,
        ComplaintStatus.RECEIVED,
        received_at,
        officer_id=officer_id,
        customer_id=customer_id,
        category=category,
        severity=severity,
        due_at=due_at,
    )
    slow = rng.random() < 0.07  # a complaint that sits on someone's desk
    # and a few recent ones were forgotten at some stage: the overdue ones of today
    recent = (g.as_of_end - received_at).days < 120
    stall_at = rng.choice((0, 1, 2)) if rng.random() < 0.04 and recent else None
    when = received_at
    rounds = 2 if rng.random() < 0.05 else 1
    for round_number in range(rounds):
        budget_hours = g.deadlines.for_severity(severity) * 24
        if round_number == 0:  # a reopened complaint is back at investigating already
            when = _after(when, rng, 1, 30 if not slow else 150)
            if when > g.as_of_end or stall_at == 0:
                return complaint, events
            event(ComplaintAction.INVESTIGATE, ComplaintStatus.INVESTIGATING, when)
        when = _after(when, rng, 12, max(24, budget_hours // 2) * (3 if slow else 1))
        if when > g.as_of_end or stall_at == 1:
            return complaint, events
        cause = _weighted(rng, _CAUSES[category])
        responsibility = _weighted(rng, _RESPONSIBILITY[cause])
        findings = rng.choice(_FINDINGS[cause])
        complaint.update(cause=cause, responsibility=responsibility, findings=findings)
        event(
            ComplaintAction.RESOLVE,
            ComplaintStatus.RESOLVING,
            when,
            cause=cause,
            responsibility=responsibility,
            findings=findings,
        )
        when = _after(when, rng, 2, max(24, budget_hours // 3) * (3 if slow else 1))
        if when > g.as_of_end or stall_at == 2:
            return complaint, events
        measures = rng.choice(_MEASURES[responsibility])
        compensation = None
        if (
            responsibility in (Responsibility.OUR_SIDE, Responsibility.PARTNER)
            and rng.random() < 0.25
        ):
            compensation = Decimal(rng.choice((50, 100, 100, 200, 200, 300, 500, 800, 1500)))
        reply = {
            "measures": measures,
            "compensation": compensation,
            "reply_method": _weighted(rng, _REPLY_METHODS),
            "replied_at": when,
            "reply_content": rng.choice(_REPLIES),
        }
        complaint.update(reply)
        event(ComplaintAction.REPLY, ComplaintStatus.REPLIED, when + dt.timedelta(hours=1), **reply)
        when = _after(when, rng, 24, 240)
        if when > g.as_of_end or rng.random() < 0.02:
            return complaint, events  # answered, the follow-up call not made yet
        last_round = round_number == rounds - 1
        satisfaction = _weighted(rng, _SATISFACTION) if last_round else Satisfaction.DISSATISFIED
        complaint.update(satisfaction=satisfaction, closed_at=when)
        event(ComplaintAction.CLOSE, ComplaintStatus.CLOSED, when, satisfaction=satisfaction)
        if last_round:
            return complaint, events
        when = _after(when, rng, 24, 480)
        if when > g.as_of_end:
            return complaint, events
        due_at = compute_due_at(when, severity, g.deadlines)
        complaint.update(
            reopened_at=when,
            reopen_count=complaint["reopen_count"] + 1,
            due_at=due_at,
            reply_method=None,
            replied_at=None,
            reply_content="",
            satisfaction=None,
            closed_at=None,
        )
        event(
            ComplaintAction.REOPEN,
            ComplaintStatus.INVESTIGATING,
            when,
            note="客户对处理结果不满意，要求重新核查。",
            due_at=due_at,
        )
    return complaint, events


def add_demo_complaints(
    load: BulkLoad,
    count: int,
    seed: int,
    as_of: dt.date,
    progress: Progress | None = None,
) -> int:
    """Insert `count` complaints (fewer if some would fall after the as-of time) with their
    events into a database that already holds the demo branch; returns how many."""
    if count <= 0:
        return 0
    customers = [
        (row[0], row[1])
        for row in load.read(
            select(Customer.id, Customer.officer_id).where(~Customer.deleted).order_by(Customer.id)
        )
    ]
    officers = list(
        load.read(
            select(User.id).where(User.role == Role.OFFICER, User.active).order_by(User.id)
        ).scalars()
    )
    if not officers:
        officers = list(load.read(select(User.id).order_by(User.id).limit(1)).scalars())
    generator = _Generator(seed, as_of, customers, officers)
    next_id = (load.read(select(func.max(Complaint.id))).scalar() or 0) + 1
    complaints: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    done = 0
    times = generator.received_times(count)
    for index, received_at in enumerate(times):
        complaint, history = _simulate(generator, next_id + index, received_at)
        complaints.append(complaint)
        events.extend(history)
        if len(complaints) >= CHUNK:
            _flush(load, complaints, events)
            done += len(complaints)
            complaints, events = [], []
            if progress:
                progress(done, len(times))
    _flush(load, complaints, events)
    return len(times)


def _flush(load: BulkLoad, complaints: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
    if complaints:
        load.add(Complaint, complaints)
        load.add(ComplaintEvent, events)


def add_complaints_to_file(path: Path, count: int, seed: int, as_of: dt.date) -> int:
    """The same, for an existing demo database file (used to build benchmark data)."""
    with loading(path, new=False) as load:
        added = add_demo_complaints(load, count, seed, as_of)
        load.refresh_statistics()
    return added
