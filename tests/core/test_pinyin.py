import pytest

from agricrm.domain.pinyin import name_readings
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
    assert all(full.startswith(reading) for full in readings.full)


def test_given_names_match_every_reading_of_a_polyphonic_character() -> None:
    readings = name_readings("区家乐")
    assert "oujiale" in readings.full
    assert "oujiayue" in readings.full
    assert "ojl" in readings.initials and "ojy" in readings.initials


def test_compound_surnames_and_plain_names() -> None:
    assert name_readings("欧阳修").sort_key == "ou yang xiu"
    zhang = name_readings("张三")
    assert zhang.full == ("zhangsan",)
    assert zhang.initials == ("zs",)


def test_variants_are_bounded_for_long_polyphonic_names() -> None:
    assert len(name_readings("乐乐乐乐乐乐乐乐").full) <= 16


def test_short_terms_cover_two_character_names_and_initials() -> None:
    terms = short_terms("张三", name_readings("张三"))
    assert {"张", "三", "张三", "z", "zs", "s", "zh"} <= terms


def test_query_tokens() -> None:
    tokens = parse_query("  ZS  371321199001011234 ")
    assert [t.text for t in tokens] == ["zs", "371321199001011234"]
    assert tokens[0].is_short and not tokens[1].is_short
    assert tokens[1].is_full_id_number
    assert parse_query('a"b')[0].fts_phrase() == '"a""b"'
