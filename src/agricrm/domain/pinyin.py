"""Pinyin readings of personal names, for sorting and for pinyin search.

A name is found under the readings a person would type, and no others.  pypinyin knows every
reading a character ever had, and indexing them all made "zs" find 董思邦 (董 zhong), 丁舒冰
(丁 zheng, 舒 yu) and 丁爽英: about one hit in four of an initials query was someone nobody
would read that way (issue 12).  So each character contributes:

- the surname: its readings from `pinyin_tables.SURNAME_READINGS` (曾 zeng, not ceng; 单 shan,
  and dan, as many type it), else pypinyin's usual reading of the character;
- a given-name character: its reading in pypinyin's phrase-aware reading of the whole given
  name, its usual reading on its own, and, for a curated given-name polyphone
  (`pinyin_tables.GIVEN_NAME_POLYPHONES`: 乐 le/yue, 行 xing/hang, 长 chang/zhang …), each
  reading people give it in names.

Full pinyin and initials follow the same readings.  The sort key is the one most usual
reading.  pypinyin is imported on first use: it costs a quarter of a second.  The search
index is derived from these readings: changing them means rebuilding it in every database.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from agricrm.domain.pinyin_tables import COMPOUND_SURNAMES, GIVEN_NAME_POLYPHONES, SURNAME_READINGS

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


@lru_cache(maxsize=65536)
def _contextual_reading(text: str) -> tuple[str, ...]:
    """pypinyin's best single reading of a run of text, one syllable per character, using its
    phrase dictionary; a character it cannot read stands for itself (lower-cased).

    Cached on its own: given names repeat far more than whole names (a branch of 100,000
    customers has about 39,000 given names), and this is most of a name's cost."""
    if not text:
        return ()
    if not any(_is_han(char) for char in text):
        return tuple(char.lower() for char in text)
    from pypinyin import Style, lazy_pinyin

    reading = tuple(
        lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [c.lower() for c in chars])
    )
    if len(reading) != len(text):  # never seen; read character by character rather than guess
        return tuple(syllable for char in text for syllable in _contextual_reading(char))
    return reading


def split_surname(name: str) -> tuple[str, str]:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _surname_options(surname: str) -> list[tuple[str, ...]]:
    if surname in COMPOUND_SURNAMES:
        return [(syllable,) for syllable in COMPOUND_SURNAMES[surname]]
    return [SURNAME_READINGS.get(surname) or _contextual_reading(surname)]


def _given_options(given: str) -> list[tuple[str, ...]]:
    """Per character: the phrase reading first (it is the sort key's), then the character's
    usual reading alone, then the readings names give a curated polyphone."""
    phrase = _contextual_reading(given)
    return [
        tuple(
            dict.fromkeys(
                (in_phrase, *_contextual_reading(char), *GIVEN_NAME_POLYPHONES.get(char, ()))
            )
        )
        for char, in_phrase in zip(given, phrase, strict=True)
    ]


@lru_cache(maxsize=65536)
def name_readings(name: str) -> NameReadings:
    cleaned = "".join(char for char in name.strip() if char not in _SKIPPED)
    if not cleaned:
        return NameReadings("", (), ())
    surname, given = split_surname(cleaned)
    options = _surname_options(surname) + _given_options(given)
    sort_key = " ".join(option[0] for option in options)
    variants = _limited_product(options)
    full = tuple(dict.fromkeys("".join(variant) for variant in variants))
    initials = tuple(dict.fromkeys("".join(s[0] for s in variant if s) for variant in variants))
    return NameReadings(sort_key, full, initials)


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
