"""What the branch knows of the relationship (cooperating since, deposits, card level): checked
field by field, saved with the file, printed on the profile sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from agricrm.db.database import Database
from agricrm.domain.classification.facts import CardLevel
from agricrm.domain.customer import CustomerInput, normalize_and_check
from agricrm.domain.errors import ValidationFailed
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService

from .helpers import valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS

TODAY = dt.date(2026, 12, 3)
READ = dt.date(2026, 11, 30)


def _problems(**fields: object) -> set[str]:
    data = CustomerInput(name="张三", township="岸堤镇", village="东岸村", **fields)
    return {error.field for error in normalize_and_check(data, TODAY)[1]}


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"deposit_balance": Decimal("-1"), "deposits_read_on": READ}, {"deposit_balance"}),
        ({"deposit_average": Decimal("1.005"), "deposits_read_on": READ}, {"deposit_average"}),
        ({"deposit_balance": Decimal("1e11"), "deposits_read_on": READ}, {"deposit_balance"}),
        ({"deposit_balance": Decimal("2500")}, {"deposits_read_on"}),
        ({"deposits_read_on": READ}, {"deposits_read_on"}),
        ({"cooperation_since": TODAY + dt.timedelta(days=1)}, {"cooperation_since"}),
        ({"cooperation_since": dt.date(1949, 9, 30)}, {"cooperation_since"}),
        ({"deposit_balance": Decimal("2500"), "deposits_read_on": TODAY}, set()),
        ({"cooperation_since": dt.date(1949, 10, 1), "card_level": CardLevel.GOLD}, set()),
    ],
)
def test_each_relationship_field_is_checked_by_name(
    fields: dict[str, object], named: set[str]
) -> None:
    assert _problems(**fields) == named


def test_the_relationship_is_saved_and_printed(demo_db: Database, admin: Actor) -> None:
    service = CustomerService(demo_db)
    made = service.create(
        admin,
        valid_input(
            demo_db,
            cooperation_since=dt.date(2012, 4, 1),
            deposit_balance=Decimal("25000"),
            deposit_average=Decimal("23456.78"),
            deposits_read_on=READ,
            card_level=CardLevel.GOLD,
        ),
    )
    again = service.get(admin, made.id)
    assert (again.card_level, again.deposit_average, again.deposits_read_on) == (
        CardLevel.GOLD,
        Decimal("23456.78"),
        READ,
    )
    text = all_text(reports.customer_sheet(demo_db, admin, made.id, OPTIONS).pdf)
    assert "金卡" in text and "23,456.78" in text and "2012-04-01" in text
    bad = dataclasses.replace(again.to_input(), deposits_read_on=None)
    with pytest.raises(ValidationFailed) as raised:
        service.update(admin, made.id, bad, again.row_version)
    assert [e.field for e in raised.value.errors] == ["deposits_read_on"]
