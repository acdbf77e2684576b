"""Builds a demo database: ``agricrm demo --db PATH --customers N [--seed S] [--as-of DATE]``.

The same seed and as-of date give the same database, row for row, so benchmarks and
screenshots are comparable.  Rows go in through the door's bulk inserts (`db.door.Writer`;
one ORM object per row is an order of magnitude slower at 100,000 customers), stamped like
every other write.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from agricrm.demo import data
from agricrm.demo.complaints import add_demo_complaints
from agricrm.demo.households import HouseholdMaker
from agricrm.demo.products import HoldingsMaker, catalogue_rows
from agricrm.demo.relationship import RelationshipMaker
from agricrm.domain.enums import (
    BusinessMode,
    CreditGrade,
    CustomerStatus,
    Education,
    Ethnicity,
    Gender,
    GuaranteeType,
    LoanClassification,
    Need,
    ProductionKind,
    Role,
)
from agricrm.domain.errors import AgriCrmError
from agricrm.domain.id_number import with_check_digit
from agricrm.domain.pinyin import name_readings
from agricrm.i18n import QT_TRANSLATE_NOOP
from agricrm.models import (
    Customer,
    CustomerProduct,
    CustomerStatusChange,
    HouseholdMember,
    Loan,
    Product,
    ProductionItem,
    User,
    Village,
)
from agricrm.services.bulk_load import BulkLoad, loading
from agricrm.services.settings import BRANCH_KEY

CHUNK = 5000
LUNAR_BEFORE = dt.date(1972, 1, 1)
BAD_COUNT = QT_TRANSLATE_NOOP("Demo", "The number of customers must be between 1 and 1000000.")
BAD_VISIT_COUNT = QT_TRANSLATE_NOOP("Demo", "The number of visits must be between 0 and 10000000.")
BAD_COMPLAINT_COUNT = QT_TRANSLATE_NOOP(
    "Demo", "The number of complaints must be between 0 and 1000000."
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    production_items: int
    loans: int
    villages: int
    officers: int
    visits: int = 0
    complaints: int = 0


def _weighted(rng: random.Random, options: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


class _Builder:
    def __init__(self, seed: int, as_of: dt.date) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.now = dt.datetime.combine(as_of, dt.time(9, 0), tzinfo=dt.UTC)
        self.surnames = [s for s, _ in data.SURNAMES]
        self.surname_weights = [w for _, w in data.SURNAMES]
        self.ids_used: set[str] = set()

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sync_columns(self, created: dt.datetime) -> dict[str, Any]:
        return {
            "uuid": self.uuid(),
            "created_at": created,
            "updated_at": created,
            "row_version": 1,
            "deleted": False,
        }

    def villages(self) -> list[tuple[str, str]]:
        layout = random.Random(371321)  # the county's villages never depend on the seed
        result: list[tuple[str, str]] = []
        for township in data.TOWNSHIPS:
            names: set[str] = set()
            while len(names) < data.VILLAGES_PER_TOWNSHIP:
                names.add(
                    layout.choice(data.VILLAGE_PREFIXES) + layout.choice(data.VILLAGE_CORES) + "村"
                )
            result.extend((township, name) for name in sorted(names))
        return result

    def name(self, gender: Gender) -> str:
        surname = self.rng.choices(self.surnames, self.surname_weights)[0]
        pool = data.MALE_GIVEN if gender is Gender.MALE else data.FEMALE_GIVEN
        given = "".join(self.rng.choice(pool) for _ in range(self.rng.choice((1, 2, 2, 2))))
        if self.rng.random() < 0.0005:
            given = given[:1] + self.rng.choice(data.RARE_GIVEN)
        return surname + given

    def id_number(self, birth: dt.date, gender: Gender) -> str:
        region = data.RETIRED_REGION_CODE if self.rng.random() < 0.02 else data.REGION_CODE
        while True:
            sequence = self.rng.randrange(0, 1000)
            if (sequence % 2 == 1) != (gender is Gender.MALE):
                sequence = (sequence + 1) % 1000
            number = with_check_digit(f"{region}{birth:%Y%m%d}{sequence:03d}")
            if number not in self.ids_used:
                self.ids_used.add(number)
                return number

    def phone(self) -> str:
        return self.rng.choice(data.MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def money(self, low: int, high: int, step: int) -> Decimal:
        return Decimal(self.rng.randrange(low // step, high // step + 1) * step)


def build_demo_database(
    path: Path,
    customers: int,
    seed: int = 1,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
    visits: int = 0,
    complaints: int = 0,
) -> DemoSummary:
    if not 1 <= customers <= 1_000_000:
        raise AgriCrmError(BAD_COUNT)
    if not 0 <= visits <= 10_000_000:
        raise AgriCrmError(BAD_VISIT_COUNT)
    if not 0 <= complaints <= 1_000_000:
        raise AgriCrmError(BAD_COMPLAINT_COUNT)
    with loading(path, new=True) as load:
        builder = _Builder(seed, as_of or dt.date.today())
        summary = _fill(load, builder, customers, progress)
        if visits:
            from agricrm.demo.visits import add_demo_visits

            added = add_demo_visits(load, seed, builder.as_of, visits)
            summary = dataclasses.replace(summary, visits=added["visits"])
        summary = dataclasses.replace(
            summary, complaints=add_demo_complaints(load, complaints, seed, builder.as_of)
        )
        load.finish()
    return summary


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fill(load: BulkLoad, b: _Builder, count: int, progress: Progress | None) -> DemoSummary:
    created = b.now - dt.timedelta(days=400)
    users = [
        {
            "id": index + 1,
            "username": username,
            "display_name": name,
            "role": role,
            "active": True,
            **b.sync_columns(created),
        }
        for index, (username, name, role) in enumerate(
            [("admin", "管理员", Role.ADMIN), (*data.MANAGER, Role.MANAGER)]
            + [(u, n, Role.OFFICER) for u, n in data.OFFICERS]
        )
    ]
    load.add(User, users)
    officer_ids = [user["id"] for user in users if user["role"] is Role.OFFICER]
    manager_id = users[1]["id"]

    villages = b.villages()
    load.add(Village, [{"township": t, "name": n, **b.sync_columns(created)} for t, n in villages])
    townships = list(data.TOWNSHIPS)
    officer_for_township = {t: officer_ids[i % len(officer_ids)] for i, t in enumerate(townships)}
    load.add_setting(
        BRANCH_KEY,
        {
            "name": data.BRANCH_NAME,
            "province": data.PROVINCE,
            "city": data.CITY,
            "county": data.COUNTY,
        },
        b.now,
    )

    load.add(Product, catalogue_rows(created))
    holdings = HoldingsMaker(b.seed)
    households = HouseholdMaker(b.seed)
    relationship = RelationshipMaker(b.seed, b.as_of)
    totals = {"items": 0, "loans": 0}
    done = 0
    for chunk in _chunks(_customers(b, count, villages)):
        first_id = done + 1
        for offset, row in enumerate(chunk):
            row["id"] = first_id + offset
            row["officer_id"] = officer_for_township[row["township"]]
            # older customers often keep their birthday by the lunar calendar
            row["keeps_lunar_birthday"] = row["birth_date"] < LUNAR_BEFORE and row["id"] % 3 == 0
        items, loans, changes, members, held = [], [], [], [], []
        for row in chunk:
            items.extend(_production_items(b, row))
            owed = _loans(b, row)
            loans.extend(owed)
            changes.extend(_status_history(b, row, manager_id))
            members.extend(households.members(row))
            row.update(relationship.facts(row, owed))
            held.extend(holdings.holdings(row))
        load.add(Customer, chunk)
        load.add(ProductionItem, items)
        load.add(HouseholdMember, members)
        load.add(CustomerProduct, held)
        load.add(Loan, loans)
        load.add(CustomerStatusChange, changes)
        totals["items"] += len(items)
        totals["loans"] += len(loans)
        done += len(chunk)
        if progress:
            progress(done, count)
    return DemoSummary(count, totals["items"], totals["loans"], len(villages), len(officer_ids))


_STATUS = (
    (CustomerStatus.ACTIVE, 70),
    (CustomerStatus.PROSPECT, 14),
    (CustomerStatus.UNDER_REVIEW, 6),
    (CustomerStatus.ENDED, 10),
)
_MODES = (
    (BusinessMode.SELF_EMPLOYED, 60),
    (BusinessMode.FAMILY_FARM, 10),
    (BusinessMode.COOP_MEMBER, 18),
    (BusinessMode.AGRI_ENTERPRISE, 2),
    (BusinessMode.SOLE_PROPRIETOR, 8),
    (BusinessMode.OTHER, 2),
)
_LAND = {
    BusinessMode.SELF_EMPLOYED: (2, 20),
    BusinessMode.FAMILY_FARM: (50, 500),
    BusinessMode.COOP_MEMBER: (5, 40),
    BusinessMode.AGRI_ENTERPRISE: (100, 2000),
    BusinessMode.SOLE_PROPRIETOR: (0, 10),
    BusinessMode.OTHER: (0, 15),
}
_EDUCATION = (
    (Education.PRIMARY, 30),
    (Education.JUNIOR_HIGH, 40),
    (Education.SENIOR_HIGH, 20),
    (Education.COLLEGE, 7),
    (Education.BACHELOR, 3),
)
_CLASSIFICATION = (
    (LoanClassification.NORMAL, 84),
    (LoanClassification.SPECIAL_MENTION, 8),
    (LoanClassification.SUBSTANDARD, 4),
    (LoanClassification.DOUBTFUL, 2),
    (LoanClassification.LOSS, 2),
)
_GUARANTEE = (
    (GuaranteeType.UNSECURED, 50),
    (GuaranteeType.GUARANTEED, 30),
    (GuaranteeType.MORTGAGE, 15),
    (GuaranteeType.PLEDGE, 5),
)


def _customers(
    b: _Builder, count: int, villages: list[tuple[str, str]]
) -> Iterator[dict[str, Any]]:
    rng = b.rng
    for _ in range(count):
        gender = Gender.MALE if rng.random() < 0.62 else Gender.FEMALE
        birth = b.as_of.replace(year=b.as_of.year - rng.randint(22, 75), day=1) + dt.timedelta(
            days=rng.randrange(365)
        )
        township, village = rng.choice(villages)
        mode = _weighted(rng, _MODES)
        low, high = _LAND[mode]
        land = Decimal(rng.randrange(low * 10, high * 10 + 1)) / 10
        status = _weighted(rng, _STATUS)
        created = b.now - dt.timedelta(days=rng.randrange(30, 1500), minutes=rng.randrange(600))
        updated = created + dt.timedelta(days=rng.randrange(0, 29))
        yield {
            "name": (name := b.name(gender)),
            "name_pinyin": name_readings(name).sort_key,
            "gender": gender,
            "birth_date": birth,
            "id_number": b.id_number(birth, gender),
            "phone": b.phone() if rng.random() < 0.97 else None,
            "ethnicity": Ethnicity.HAN if rng.random() < 0.98 else Ethnicity.HUI,
            "education": _weighted(rng, _EDUCATION),
            "household_size": rng.randint(1, 7),
            "province": data.PROVINCE,
            "city": data.CITY,
            "county": data.COUNTY,
            "township": township,
            "village": village,
            "address_detail": f"{village}{rng.randint(1, 9)}组{rng.randint(1, 80)}号",
            "business_mode": mode,
            "land_area_mu": land,
            "annual_income": b.money(20_000, 80_000, 1000) + land * rng.randint(800, 3000),
            "technology_notes": "",
            "credit_grade": None
            if status is CustomerStatus.PROSPECT
            else _weighted(
                rng, ((CreditGrade.GOOD, 60), (CreditGrade.FAIR, 30), (CreditGrade.POOR, 10))
            ),
            "credit_notes": "",
            "needs": frozenset(need for need in Need if rng.random() < 0.25),
            "needs_notes": "",
            "notes": "",
            "status": status,
            "tags": ("VIP",) if rng.random() < 0.05 else (),
            "archived_at": None,
            **b.sync_columns(created),
            "updated_at": updated,
        }


def _production_items(b: _Builder, customer: dict[str, Any]) -> list[dict[str, Any]]:
    rng = b.rng
    items = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        kind = _weighted(
            rng,
            (
                (ProductionKind.CROP, 65),
                (ProductionKind.LIVESTOCK, 22),
                (ProductionKind.AQUACULTURE, 6),
                (ProductionKind.OTHER, 7),
            ),
        )
        name, unit, cycle = rng.choice(
            {
                ProductionKind.CROP: data.CROPS,
                ProductionKind.LIVESTOCK: data.LIVESTOCK,
                ProductionKind.AQUACULTURE: data.AQUACULTURE,
                ProductionKind.OTHER: data.OTHER_ITEMS,
            }[kind]
        )
        quantity = (
            max(customer["land_area_mu"] * Decimal(rng.randint(20, 100)) / 100, Decimal("0.5"))
            if unit == "亩"
            else max(
                Decimal(rng.randint(1, 300)) * Decimal(data.HERD_STEP.get(name, "1")), Decimal(1)
            )
        )
        items.append(
            {
                "customer_id": customer["id"],
                "kind": kind,
                "name": name,
                "quantity": quantity.quantize(Decimal("0.1")),
                "unit": unit,
                "cycle": cycle,
                "notes": "",
                **b.sync_columns(customer["created_at"]),
            }
        )
    return items


def _loans(b: _Builder, customer: dict[str, Any]) -> list[dict[str, Any]]:
    rng = b.rng
    has_loans = customer["status"] in (CustomerStatus.ACTIVE, CustomerStatus.ENDED)
    if not has_loans or rng.random() < 0.2:
        return []
    loans = []
    for _ in range(rng.choice((1, 1, 1, 2))):
        amount = b.money(10_000, 500_000, 1000)
        start = b.as_of - dt.timedelta(days=rng.randrange(10, 1100))
        due = start + dt.timedelta(days=365 * rng.choice((1, 1, 2, 3)))
        repaid = due < b.as_of and rng.random() < 0.7
        balance = (
            Decimal(0)
            if repaid
            else (amount * Decimal(rng.randint(10, 100)) / 100).quantize(Decimal(1))
        )
        loans.append(
            {
                "customer_id": customer["id"],
                "lender": rng.choice(data.LENDERS),
                "product": rng.choice(data.LOAN_PRODUCTS),
                "amount": amount,
                "balance": balance,
                "start_date": start,
                "due_date": due,
                "classification": LoanClassification.NORMAL
                if repaid
                else _weighted(rng, _CLASSIFICATION),
                "guarantee_type": _weighted(rng, _GUARANTEE),
                "notes": "",
                **b.sync_columns(customer["created_at"]),
            }
        )
    return loans


_PATH = {
    CustomerStatus.PROSPECT: (CustomerStatus.PROSPECT,),
    CustomerStatus.UNDER_REVIEW: (CustomerStatus.PROSPECT, CustomerStatus.UNDER_REVIEW),
    CustomerStatus.ACTIVE: (
        CustomerStatus.PROSPECT,
        CustomerStatus.UNDER_REVIEW,
        CustomerStatus.ACTIVE,
    ),
    CustomerStatus.ENDED: (
        CustomerStatus.PROSPECT,
        CustomerStatus.UNDER_REVIEW,
        CustomerStatus.ACTIVE,
        CustomerStatus.ENDED,
    ),
}
_REASONS = {
    CustomerStatus.PROSPECT: "",
    CustomerStatus.UNDER_REVIEW: "资料齐全，提交准入审核",
    CustomerStatus.ACTIVE: "审核通过",
    CustomerStatus.ENDED: "贷款结清，客户不再合作",
}


def _status_history(b: _Builder, customer: dict[str, Any], manager_id: int) -> list[dict[str, Any]]:
    changes = []
    previous: CustomerStatus | None = None
    when = customer["created_at"]
    for step in _PATH[customer["status"]]:
        changes.append(
            {
                "customer_id": customer["id"],
                "from_status": previous,
                "to_status": step,
                "changed_by_id": manager_id
                if step is CustomerStatus.ACTIVE
                else customer["officer_id"],
                "changed_at": when,
                "reason": _REASONS[step],
                **b.sync_columns(when),
            }
        )
        previous = step
        when = when + dt.timedelta(days=b.rng.randint(1, 12))
    return changes
