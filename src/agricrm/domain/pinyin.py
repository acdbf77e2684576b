"""Pinyin readings of personal names, for sorting and for pinyin search.

Plain pypinyin reads a name as ordinary text, which gets the surname wrong where it matters
most: 曾 is "zeng" as a surname, not "ceng"; 单 is "shan", 解 "xie", 仇 "qiu", 查 "zha",
区 "ou", 朴 "piao".  The surname is therefore read from the tables below, and every other
character contributes all of its readings, so a polyphonic given name matches however the user
pronounces it.  pypinyin is imported on first use: it costs a quarter of a second.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache, lru_cache

# Single-character surnames whose surname reading differs from pypinyin's first reading, or
# which have more than one accepted surname reading (first = the one used for sorting).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",),
    "单": ("shan",),
    "解": ("xie",),
    "仇": ("qiu",),
    "查": ("zha",),
    "区": ("ou",),
    "朴": ("piao",),
    "乐": ("yue", "le"),
    "盖": ("ge", "gai"),
    "覃": ("qin", "tan"),
    "缪": ("miao",),
    "翟": ("zhai", "di"),
    "召": ("shao",),
    "秘": ("bi",),
    "种": ("chong",),
    "繁": ("po",),
    "隗": ("wei",),
    "员": ("yun",),
    "折": ("she",),
    "宿": ("su",),
    "能": ("nai",),
    "句": ("gou",),
    "纪": ("ji",),
    "燕": ("yan",),
    "阚": ("kan",),
    "冼": ("xian",),
    "洗": ("xian",),
    "黑": ("he",),
    "薄": ("bo",),
    "华": ("hua",),
    "任": ("ren",),
    "沈": ("shen",),
    "曲": ("qu",),
    "朝": ("chao",),
    "都": ("du",),
    "柏": ("bai",),
    "石": ("shi",),
    "重": ("chong",),
    "尉": ("wei",),
    "卜": ("bu",),
    "郇": ("huan", "xun"),
    "粘": ("nian",),
    "訾": ("zi",),
    "眭": ("sui",),
    "过": ("guo",),
    "贲": ("ben",),
    "蔺": ("lin",),
    "长": ("chang",),
}

COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "上官": ("shang", "guan"),
    "诸葛": ("zhu", "ge"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"),
    "长孙": ("zhang", "sun"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "夏侯": ("xia", "hou"),
    "令狐": ("ling", "hu"),
    "万俟": ("mo", "qi"),
    "澹台": ("tan", "tai"),
    "轩辕": ("xuan", "yuan"),
    "端木": ("duan", "mu"),
    "西门": ("xi", "men"),
    "南宫": ("nan", "gong"),
    "独孤": ("du", "gu"),
    "申屠": ("shen", "tu"),
    "呼延": ("hu", "yan"),
    "单于": ("chan", "yu"),
    "闻人": ("wen", "ren"),
    "赫连": ("he", "lian"),
}

MAX_VARIANTS = 16
_SKIPPED = set(" ·•．.-")


@dataclass(frozen=True)
class NameReadings:
    sort_key: str  # syllables of the most likely reading, space separated: "zeng guo fan"
    full: tuple[str, ...]  # every reading run together: ("zengguofan",)
    initials: tuple[str, ...]  # first letters of each reading: ("zgf",)


def _is_han(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0x20000 <= code <= 0x3134F or 0xF900 <= code <= 0xFAFF


@cache
def char_readings(char: str) -> tuple[str, ...]:
    """All toneless readings of one character (ü written as v, as on a keyboard)."""
    if not _is_han(char):
        return (char.lower(),)
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    found = tuple(dict.fromkeys(readings[0])) if readings and readings[0] else ()
    return found or (char,)


@lru_cache(maxsize=65536)
def _contextual_reading(text: str) -> tuple[str, ...]:
    """pypinyin's best single reading of a run of text, using its phrase dictionary.

    Cached on its own: given names repeat far more than whole names (a branch of 100,000
    customers has about 39,000 given names), and this is most of a name's cost."""
    if not text:
        return ()
    if not any(_is_han(char) for char in text):
        return tuple(char.lower() for char in text)
    from pypinyin import Style, lazy_pinyin

    return tuple(
        lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [c.lower() for c in chars])
    )


def split_surname(name: str) -> tuple[str, str]:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=65536)
def name_readings(name: str) -> NameReadings:
    cleaned = "".join(char for char in name.strip() if char not in _SKIPPED)
    if not cleaned:
        return NameReadings("", (), ())
    surname, given = split_surname(cleaned)
    if surname in COMPOUND_SURNAMES:
        surname_options: list[tuple[str, ...]] = [(s,) for s in COMPOUND_SURNAMES[surname]]
    else:
        surname_options = [SURNAME_READINGS.get(surname) or char_readings(surname)]
    options = surname_options + [char_readings(char) for char in given]
    sort_syllables = [*(option[0] for option in surname_options), *_contextual_reading(given)]
    variants = _limited_product(options)
    full = tuple(dict.fromkeys("".join(variant) for variant in variants))
    initials = tuple(dict.fromkeys("".join(s[0] for s in variant if s) for variant in variants))
    return NameReadings(" ".join(sort_syllables), full, initials)


def _limited_product(options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """All reading combinations, but never more than MAX_VARIANTS: beyond that, the characters
    at the end of a long name keep only their first reading."""
    trimmed = list(options)
    for index in range(len(trimmed) - 1, -1, -1):
        count = 1
        for option in trimmed:
            count *= len(option)
        if count <= MAX_VARIANTS:
            break
        trimmed[index] = trimmed[index][:1]
    return list(itertools.product(*trimmed))
