"""What a customer can be found by, and how a typed query is read.

Queries of three or more characters are answered by an SQLite FTS5 trigram index (substring
match over name, pinyin, phone, ID number and address).  The trigram tokenizer silently
returns nothing for one- and two-character queries, and a two-character name (张伟) or pinyin
initials (zs) are exactly what people type, so those are answered by a table of short terms
holding every one- and two-character piece of the name and its pinyin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agricrm.domain.pinyin import NameReadings

SHORT_TERM_MAX = 2
_FULL_ID_NUMBER = re.compile(r"^\d{17}[\dx]$")
_FULL_MOBILE = re.compile(r"^1[3-9]\d{9}$")


@dataclass(frozen=True)
class SearchDocument:
    name: str
    pinyin: str
    phone: str
    id_number: str
    address: str


def _pieces(text: str, max_length: int) -> set[str]:
    return {
        text[start : start + length]
        for length in range(1, max_length + 1)
        for start in range(len(text) - length + 1)
    }


def search_document(
    name: str, readings: NameReadings, phone: str | None, id_number: str | None, address: str
) -> SearchDocument:
    return SearchDocument(
        name=name,
        pinyin=" ".join(readings.full + readings.initials),
        phone=phone or "",
        id_number=id_number or "",
        address=address,
    )


def short_terms(name: str, readings: NameReadings) -> set[str]:
    terms = _pieces(name.strip().lower(), SHORT_TERM_MAX)
    for initials in readings.initials:
        terms |= _pieces(initials, SHORT_TERM_MAX)
    for full in readings.full:
        terms |= {full[:1], full[:2]}
    terms.discard("")
    return terms


@dataclass(frozen=True)
class QueryToken:
    text: str

    @property
    def is_short(self) -> bool:
        return len(self.text) <= SHORT_TERM_MAX

    @property
    def is_digits(self) -> bool:
        return self.text.isdigit()

    @property
    def is_full_id_number(self) -> bool:
        """A whole ID number is looked up by its unique index: every ID in a county shares
        its leading digits, so their trigrams match every customer."""
        return bool(_FULL_ID_NUMBER.match(self.text))

    @property
    def is_full_mobile(self) -> bool:
        return bool(_FULL_MOBILE.match(self.text))

    def fts_phrase(self) -> str:
        """The token as one FTS5 string literal, so no character is read as query syntax."""
        return '"' + self.text.replace('"', '""') + '"'


def parse_query(text: str) -> list[QueryToken]:
    """Whitespace separates tokens that must all match; case does not matter."""
    return [QueryToken(part) for part in text.lower().split()]
