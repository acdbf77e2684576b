"""Search and list queries over a demo branch plus customers with telling names."""

from __future__ import annotations

import pytest

from agricrm.db.database import Database
from agricrm.domain.enums import BusinessMode, CustomerStatus
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery, CustomerSort
from agricrm.services.customer_search import customer_rows, search_customer_ids
from agricrm.services.customers import CustomerService

from .helpers import valid_input

NAMES = (
    "张三",
    "章三丰",
    "曾小明",
    "单丽",
    "解晓东",
    "仇虎",
    "查明",
    "区家乐",
    "朴正浩",
    "欧阳修",
    "董思邦",
    "丁舒冰",
    "丁爽英",
    "李长乐",
)


@pytest.fixture
def named(demo_db: Database, admin: Actor) -> dict[str, int]:
    service = CustomerService(demo_db)
    ids = {}
    for index, name in enumerate(NAMES):
        phone = f"1{5 + index % 4}{index:03d}86{index:02d}24"
        ids[name] = service.create(admin, valid_input(demo_db, name=name, phone=phone)).id
    return ids


def _names(db: Database, actor: Actor, text: str, **filters: object) -> list[str]:
    ids = search_customer_ids(db, actor, CustomerQuery(text=text, **filters))
    rows = customer_rows(db, actor, ids)
    return [rows[i].name for i in ids]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张三", "张三"),
        ("zs", "张三"),
        ("zhangsan", "张三"),
        ("zeng", "曾小明"),
        ("zxm", "曾小明"),
        ("shanli", "单丽"),
        ("xiexiaodong", "解晓东"),
        ("qiuhu", "仇虎"),
        ("zhaming", "查明"),
        ("oujiale", "区家乐"),
        ("oujiayue", "区家乐"),
        ("danli", "单丽"),
        ("dl", "单丽"),
        ("lichangle", "李长乐"),
        ("lizhangle", "李长乐"),
        ("lzl", "李长乐"),
        ("dsb", "董思邦"),
        ("dsb", "丁舒冰"),
        ("piaozhenghao", "朴正浩"),
        ("oyx", "欧阳修"),
        ("三丰", "章三丰"),
    ],
)
def test_name_and_pinyin_search(
    demo_db: Database, admin: Actor, named: dict[str, int], query: str, expected: str
) -> None:
    assert expected in _names(demo_db, admin, query)


def test_initials_do_not_find_people_by_readings_nobody_gives_them(
    demo_db: Database, admin: Actor, named: dict[str, int]
) -> None:
    """Issue 12: "zs" found 董思邦 (董 zhong), 丁舒冰 and 丁爽英 (丁 zheng, 舒 yu)."""
    found = _names(demo_db, admin, "zs")
    assert "张三" in found
    assert not {"董思邦", "丁舒冰", "丁爽英"} & set(found)
    assert "曾小明" not in _names(demo_db, admin, "cengxiaoming")


def test_two_character_name_finds_only_matching_names(
    demo_db: Database, admin: Actor, named: dict[str, int]
) -> None:
    found = _names(demo_db, admin, "张三")
    assert "张三" in found and "章三丰" not in found
    assert all("张三" in name for name in found)


def test_phone_parts_full_id_numbers_and_villages(
    demo_db: Database, admin: Actor, named: dict[str, int]
) -> None:
    service = CustomerService(demo_db)
    zhang = service.get(admin, named["张三"])
    assert _names(demo_db, admin, zhang.phone[-8:]) == ["张三"]
    assert _names(demo_db, admin, zhang.id_number) == ["张三"]
    assert _names(demo_db, admin, zhang.id_number.lower()) == ["张三"]
    in_village = _names(demo_db, admin, zhang.village)
    assert "张三" in in_village and len(in_village) > 1
    both = _names(demo_db, admin, f"{zhang.village} zs")
    assert "张三" in both and set(both) <= set(in_village) and len(both) < len(in_village)


def test_filters_combine_with_search(demo_db: Database, admin: Actor) -> None:
    ids = search_customer_ids(
        demo_db,
        admin,
        CustomerQuery(business_mode=BusinessMode.FAMILY_FARM, status=CustomerStatus.ACTIVE),
    )
    rows = customer_rows(demo_db, admin, ids)
    assert ids and all(
        r.business_mode is BusinessMode.FAMILY_FARM and r.status is CustomerStatus.ACTIVE
        for r in rows.values()
    )


def test_sorting_by_pinyin_and_by_other_columns(demo_db: Database, admin: Actor) -> None:
    ids = search_customer_ids(demo_db, admin, CustomerQuery())
    rows = customer_rows(demo_db, admin, ids[:300])
    from agricrm.domain.pinyin import name_readings

    keys = [name_readings(rows[i].name).sort_key for i in ids[:300]]
    assert keys == sorted(keys)
    by_land = search_customer_ids(
        demo_db, admin, CustomerQuery(sort=CustomerSort.LAND_AREA, descending=True)
    )
    land = customer_rows(demo_db, admin, by_land[:50])
    values = [land[i].land_area_mu for i in by_land[:50]]
    assert values == sorted(values, reverse=True)


def test_officer_scope(demo_db: Database, officer: Actor, admin: Actor) -> None:
    mine = search_customer_ids(demo_db, officer, CustomerQuery())
    everyone = search_customer_ids(demo_db, admin, CustomerQuery())
    assert 0 < len(mine) < len(everyone)
    assert len(customer_rows(demo_db, officer, everyone)) == len(mine)


def test_query_syntax_characters_are_plain_text(demo_db: Database, admin: Actor) -> None:
    for text in ('"', "a OR b", "NEAR(", "*", "张 AND"):
        search_customer_ids(demo_db, admin, CustomerQuery(text=text))
