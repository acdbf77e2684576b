"""ID numbers, phones and amounts as people type them: full-width digits and letters
(a Chinese input method), spaces, dashes, a +86 prefix; ￥, 元 and 万.  One person has one ID
number however it was typed, so a full-width copy in a workbook finds the customer already on
file instead of making a second one; eleven full-width digits are a valid mobile number, not
"a mobile number has 11 digits"; 2.5万元 is 25,000 (all three were refused or kept as typed
before)."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from agricrm.db.database import Database
from agricrm.domain import id_number as id_numbers
from agricrm.domain import phone as phones
from agricrm.domain.numbers import InvalidNumber, parse_decimal
from agricrm.exchange.schema import CUSTOMERS
from agricrm.exchange.values import from_cell, parse_date
from agricrm.models import Customer
from agricrm.services.actor import Actor
from agricrm.services.sync_import import apply_import

FULL_WIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def _wide(text: str, which: list[bool]) -> str:
    """`text` with the characters `which` picks (cyclically) in their full-width forms."""
    if not which:
        return text
    return "".join(
        FULL_WIDTH.get(ch, ch) if which[at % len(which)] else ch for at, ch in enumerate(text)
    )


ID_NUMBERS = st.builds(
    id_numbers.with_check_digit,
    st.from_regex(
        r"\A(110105|370102|510104)(19[5-9][0-9]|200[0-9])(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])[0-9]{3}\Z"
    ),
)
MOBILES = st.from_regex(r"\A1[3-9][0-9]{9}\Z")


@given(ID_NUMBERS, st.lists(st.booleans(), max_size=5), st.booleans())
def test_an_id_number_is_the_same_however_it_was_typed(
    number: str, wide: list[bool], lower: bool
) -> None:
    typed = _wide(number.lower() if lower else number, wide)
    assert id_numbers.normalize(typed) == number
    assert from_cell(CUSTOMERS.column("id_number"), typed) == number


@given(MOBILES, st.lists(st.booleans(), max_size=5), st.sampled_from(["", "+86", "+86 "]))
def test_a_mobile_number_is_the_same_however_it_was_typed(
    number: str, wide: list[bool], prefix: str
) -> None:
    spaced = f"{number[:3]} {number[3:7]}-{number[7:]}"
    typed = _wide(prefix + spaced, wide)
    assert phones.normalize(typed) == number
    assert phones.is_valid_mobile(phones.normalize(typed))
    assert from_cell(CUSTOMERS.column("phone"), typed) == number


def test_a_full_width_copy_of_a_customer_finds_the_customer_on_file(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    with demo_db.read() as session:
        name, township, village, number, phone = session.execute(
            select(
                Customer.name,
                Customer.township,
                Customer.village,
                Customer.id_number,
                Customer.phone,
            ).where(Customer.id_number.is_not(None), Customer.phone.is_not(None))
        ).first()
        before = session.scalar(select(func.count()).select_from(Customer))
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["姓名", "乡镇", "村", "身份证号", "手机号码"])
        writer.writerow([name, township, village, _wide(number, [True]), _wide(phone, [True])])
    result = apply_import(demo_db, admin, path)
    assert result.plan.counts()["customers"].get("new", 0) == 0
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == before
        stored = session.execute(
            select(Customer.id_number, Customer.phone).where(Customer.id_number == number)
        ).all()
    assert stored == [(number, phone)]


@given(
    st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False),
    st.lists(st.booleans(), max_size=5),
    st.sampled_from(["", "元", "万", "万元"]),
    st.booleans(),
)
def test_an_amount_is_the_same_however_it_was_written(
    amount: Decimal, wide: list[bool], unit: str, yen: bool
) -> None:
    """2.5万元, ￥25,000, 25000元 and ２５０００ are one amount."""
    number = amount / 10000 if "万" in unit else amount
    written = ("￥" if yen else "") + _wide(f"{number:,}", wide) + unit
    assert parse_decimal(written) == amount
    assert from_cell(CUSTOMERS.column("annual_income"), written) == amount


def test_ten_thousand_alone_is_no_amount() -> None:
    assert parse_decimal("￥") is None  # an empty amount, as an empty field
    for text in ("万", "万元", "两万"):
        with pytest.raises(InvalidNumber):
            parse_decimal(text)


@given(
    st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(
        ["{y}-{m}-{d}", "{y}/{m}/{d}", "{y}.{m}.{d}", "{y}年{m}月{d}日", "{y}{mm}{dd}"]
    ),
    st.lists(st.booleans(), max_size=5),
)
def test_a_date_is_the_same_however_it_was_typed(
    day: dt.date, spelling: str, wide: list[bool]
) -> None:
    """1985.3.5 typed in full width (１９８５．３．５, the dots full-width too) is 1985-03-05:
    before, only the digits were folded, and a full-width dot or slash was "not a date"."""
    typed = spelling.format(
        y=day.year, m=day.month, d=day.day, mm=f"{day.month:02d}", dd=f"{day.day:02d}"
    )
    assert parse_date(_wide(typed, wide)) == day
    assert from_cell(CUSTOMERS.column("birth_date"), _wide(typed, wide)) == day
