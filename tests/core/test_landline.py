"""A household's landline beside the mobile: typed any way, written one way, refused with its
reason, kept in the file, in packages and on paper (masked)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agricrm.db.database import Database
from agricrm.domain.customer import CustomerInput, normalize_and_check
from agricrm.domain.errors import ValidationFailed
from agricrm.domain.phone import normalize_landline
from agricrm.services import reports
from agricrm.services.actor import Actor
from agricrm.services.customers import CustomerService

from .helpers import valid_input
from .pdf_helpers import all_text
from .test_reports import OPTIONS

_FULL = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


@given(
    area=st.sampled_from(["010", "021", "0531", "0539", "0871"]),
    number=st.from_regex(r"[2-8][0-9]{6,7}", fullmatch=True),
    spelling=st.sampled_from(["{a}-{n}", "{a} {n}", "({a}){n}", "{a}{n}", "+86 {b} {n}"]),
    full_width=st.booleans(),
)
def test_a_landline_typed_any_way_is_written_one_way(
    area: str, number: str, spelling: str, full_width: bool
) -> None:
    typed = spelling.format(a=area, b=area[1:], n=number)
    if full_width:
        typed = typed.translate(_FULL)
    assert normalize_landline(typed) == f"{area}-{number}"


@pytest.mark.parametrize("typed", ["13912345678", "0531-123", "88776655", "0531-887766551", "电话"])
def test_what_is_no_landline_is_refused_naming_the_field(typed: str) -> None:
    data = CustomerInput(name="张三", township="岸堤镇", village="东岸村", landline=typed)
    _, errors = normalize_and_check(data, dt.date(2026, 12, 3))
    assert [e.field for e in errors] == ["landline"]


def test_the_landline_is_kept_and_printed_masked(demo_db: Database, admin: Actor) -> None:
    service = CustomerService(demo_db)
    created = service.create(admin, valid_input(demo_db, landline="（0531）8877 6655"))
    assert created.landline == "0531-88776655"
    text = all_text(reports.customer_sheet(demo_db, admin, created.id, OPTIONS).pdf)
    assert "固定电话" in text and "6655" in text and "88776655" not in text
    bad = dataclasses.replace(created.to_input(), landline="0531-12")
    with pytest.raises(ValidationFailed) as raised:
        service.update(admin, created.id, bad, created.row_version)
    assert raised.value.errors[0].field == "landline"
    assert service.get(admin, created.id).landline == "0531-88776655"
