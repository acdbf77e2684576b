import datetime as dt

import pytest
from stdnum.cn import ric

from agricrm.domain.enums import Gender
from agricrm.domain.id_number import InvalidIdNumber, parse, with_check_digit

TODAY = dt.date(2026, 11, 22)


def test_valid_number_gives_birth_date_gender_and_region() -> None:
    facts = parse("37132119750615001X", TODAY)
    assert facts.birth_date == dt.date(1975, 6, 15)
    assert facts.gender is Gender.MALE
    assert facts.region_code == "371321"
    assert parse("371321198211030023", TODAY).gender is Gender.FEMALE


def test_lower_case_x_and_spaces_are_accepted() -> None:
    assert parse(" 371321 19750615001x ", TODAY).number == "37132119750615001X"


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("3713211975061500", "18"),  # too short
        ("37132119750615001A", "17"),  # letter other than X
        ("371321197506150011", "X"),  # wrong check digit: the expected one is named
        ("371321197502300016", "19750230"),  # 30 February
    ],
)
def test_invalid_numbers_say_why(number: str, fragment: str) -> None:
    with pytest.raises(InvalidIdNumber) as raised:
        parse(number, TODAY)
    assert fragment in str(raised.value)


def test_birth_date_in_the_future_is_refused() -> None:
    number = with_check_digit("37132120301201001")
    with pytest.raises(InvalidIdNumber, match="future"):
        parse(number, TODAY)


def test_retired_region_codes_are_valid_cards() -> None:
    # 110300 makes python-stdnum 2.2 raise KeyError inside is_valid; the card is still valid.
    number = with_check_digit("11030019800101001")
    with pytest.raises(KeyError):
        ric.is_valid(number)
    assert parse(number, TODAY).region_code == "110300"
    unknown = with_check_digit("99999919800101001")
    assert parse(unknown, TODAY).birth_date == dt.date(1980, 1, 1)
