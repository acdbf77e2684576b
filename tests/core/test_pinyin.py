import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agricrm.demo import data
from agricrm.domain.pinyin import MAX_VARIANTS, name_readings
from agricrm.domain.pinyin_tables import (
    COMPOUND_SURNAMES,
    GIVEN_NAME_POLYPHONES,
    SURNAME_READINGS,
)
from agricrm.domain.search_keys import parse_query, short_terms


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("曾国藩", "zeng"),
        ("单雄信", "shan"),
        ("解缙", "xie"),
        ("仇英", "qiu"),
        ("查良镛", "zha"),
        ("区家乐", "ou"),
        ("朴树", "piao"),
    ],
)
def test_polyphonic_surnames_are_read_as_surnames(name: str, reading: str) -> None:
    readings = name_readings(name)
    assert readings.sort_key.split()[0] == reading
    assert readings.full[0].startswith(reading)


def test_surnames_are_found_as_people_type_them_and_no_other_way() -> None:
    assert set(name_readings("单丽").full) == {"shanli", "danli"}
    assert set(name_readings("单丽").initials) == {"sl", "dl"}
    assert name_readings("曾小明").full == ("zengxiaoming",)
    assert name_readings("陈明").full == ("chenming",)  # never zhen, nor meng


@pytest.mark.parametrize(
    ("name", "full"),
    [("董思邦", "dongsibang"), ("丁舒冰", "dingshubing"), ("丁爽英", "dingshuangying")],
)
def test_archaic_readings_are_not_indexed(name: str, full: str) -> None:
    """董 zhong, 丁 zheng, 舒 yu, 冰 ning, 英 yang: readings no reader gives a name (issue 12)."""
    readings = name_readings(name)
    assert readings.full == (full,)
    assert not any("zs" in initials for initials in readings.initials)


def test_given_name_polyphones_match_each_reading_names_give_them() -> None:
    readings = name_readings("区家乐")
    assert {"oujiale", "oujiayue", "qujiale", "qujiayue"} == set(readings.full)
    assert {"ojl", "ojy", "qjl", "qjy"} == set(readings.initials)
    assert {"sunxing", "sunhang"} == set(name_readings("孙行").full)


def test_the_phrase_reading_sorts_and_every_usual_reading_still_finds() -> None:
    """长乐 is read chang le as a phrase though 长 alone is zhang: the phrase reading is the
    sort key; the usual and the other curated readings still find the name."""
    readings = name_readings("李长乐")
    assert readings.sort_key == "li chang le"
    assert {"lichangle", "lizhangle", "lichangyue", "lizhangyue"} == set(readings.full)


def test_compound_surnames_and_plain_names() -> None:
    assert name_readings("欧阳修").sort_key == "ou yang xiu"
    zhang = name_readings("张三")
    assert zhang.full == ("zhangsan",)
    assert zhang.initials == ("zs",)


def test_variants_are_bounded_for_long_polyphonic_names() -> None:
    assert len(name_readings("乐乐乐乐乐乐乐乐").full) <= MAX_VARIANTS


def _reading(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [c.lower() for c in chars])


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_SURNAMES = st.sampled_from(
    sorted({s for s, _ in data.SURNAMES} | set(SURNAME_READINGS) | set(COMPOUND_SURNAMES))
)
_GIVEN_CHARS = st.sampled_from(
    sorted(set(data.MALE_GIVEN + data.FEMALE_GIVEN) | set(GIVEN_NAME_POLYPHONES))
)


@settings(deadline=None)  # the first example imports pypinyin
@given(
    surname=_SURNAMES | _HAN,
    given_name=st.lists(_GIVEN_CHARS | _HAN, min_size=1, max_size=3).map("".join),
)
def test_a_name_is_indexed_under_the_readings_people_type_and_only_those(
    surname: str, given_name: str
) -> None:
    """Surname: the table's readings, else the usual one; each given-name character: its
    reading in the phrase, its usual reading, and a curated polyphone's readings.  The sort
    key, the usual reading, is always among them."""
    name = surname + given_name
    if name[:2] in COMPOUND_SURNAMES:
        surname, given_name = name[:2], name[2:]
        allowed: list[set[str]] = [{s} for s in COMPOUND_SURNAMES[surname]]
    else:
        surname, given_name = name[:1], name[1:]
        allowed = [set(SURNAME_READINGS.get(surname) or _reading(surname))]
    phrase = _reading(given_name)
    for char, in_phrase in zip(given_name, phrase, strict=True):
        allowed.append({in_phrase, *_reading(char), *GIVEN_NAME_POLYPHONES.get(char, ())})
    possible = {"".join(variant) for variant in itertools.product(*allowed)}
    possible_initials = {"".join(s[0] for s in v) for v in itertools.product(*allowed)}

    readings = name_readings(name)
    usual = readings.sort_key.split()
    assert usual[len(usual) - len(phrase) :] == phrase
    assert "".join(usual) == readings.full[0]
    assert "".join(s[0] for s in usual) == readings.initials[0]
    assert set(readings.full) <= possible
    assert set(readings.initials) <= possible_initials


def test_short_terms_cover_two_character_names_and_initials() -> None:
    terms = short_terms("张三", name_readings("张三"))
    assert {"张", "三", "张三", "z", "zs", "s", "zh"} <= terms


def test_query_tokens() -> None:
    tokens = parse_query("  ZS  371321199001011234 ")
    assert [t.text for t in tokens] == ["zs", "371321199001011234"]
    assert tokens[0].is_short and not tokens[1].is_short
    assert tokens[1].is_full_id_number
    assert parse_query('a"b')[0].fts_phrase() == '"a""b"'
