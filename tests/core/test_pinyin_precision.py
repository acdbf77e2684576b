"""How precise pinyin search is over a demo branch, judged by a reader rather than the index.

The sample: a demo branch of 2,000 customers (seed 12) and the two- and three-letter initials
queries of 200 of them drawn at random (seed 12): each name's own initials (2 or 3 letters)
and, for a three-character name, the first two letters too.  Every hit of those queries is
judged by an oracle that does not use the index's code: the readings a Chinese reader would
give the name — the surname's reading from the surname table (pypinyin's usual reading for
any other surname), pypinyin's phrase-aware, one-reading-per-character reading of the given
name, and the other readings of a curated given-name polyphone.  A hit is plausible when the
query matches those readings by the search's own rules (`search_keys`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agricrm.db.database import Database, open_database
from agricrm.demo.generator import build_demo_database
from agricrm.domain.pinyin import NameReadings
from agricrm.domain.pinyin_tables import (
    COMPOUND_SURNAMES,
    GIVEN_NAME_POLYPHONES,
    SURNAME_READINGS,
)
from agricrm.domain.search_keys import SHORT_TERM_MAX, search_document, short_terms
from agricrm.services.actor import Actor
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_rows, search_customer_ids
from agricrm.services.users import resolve_actor

SEED = 12
CUSTOMERS = 2000
SAMPLED_NAMES = 200
MIN_PRECISION = 0.98


def _reader_reading(text: str) -> list[str]:
    """pypinyin's single, phrase-aware reading; a character it does not know stands for
    itself, as in the index."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [c.lower() for c in chars])


@dataclass(frozen=True)
class ReaderReadings:
    usual: tuple[str, ...]  # the one reading most readers give, syllable by syllable
    readings: NameReadings  # every reading a reader would accept, in the index's shape


def reader_readings(name: str) -> ReaderReadings:
    if name[:2] in COMPOUND_SURNAMES:
        surname, given = name[:2], name[2:]
        options: list[tuple[str, ...]] = [(s,) for s in COMPOUND_SURNAMES[surname]]
    else:
        surname, given = name[:1], name[1:]
        options = [SURNAME_READINGS.get(surname) or tuple(_reader_reading(surname))]
    phrase = _reader_reading(given)
    assert len(phrase) == len(given), name
    for char, reading in zip(given, phrase, strict=True):
        options.append(tuple(dict.fromkeys((reading, *GIVEN_NAME_POLYPHONES.get(char, ())))))
    variants = list(itertools.product(*options))
    full = tuple(dict.fromkeys("".join(v) for v in variants))
    initials = tuple(dict.fromkeys("".join(s[0] for s in v) for v in variants))
    usual = (*(option[0] for option in options[: len(options) - len(given)]), *phrase)
    return ReaderReadings(usual, NameReadings(" ".join(usual), full, initials))


def reader_accepts(name: str, query: str) -> bool:
    """Would a reader of `name` expect `query` to find it (by the search's matching rules)?"""
    readings = reader_readings(name).readings
    if len(query) <= SHORT_TERM_MAX:
        return query in short_terms(name, readings)
    return query in name.lower() or query in search_document(name, readings, None, None, "").pinyin


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Actor]]:
    path: Path = tmp_path_factory.mktemp("precision") / "demo.db"
    build_demo_database(path, CUSTOMERS, seed=SEED, as_of=dt.date(2026, 6, 30))
    db = open_database(path)
    yield db, resolve_actor(db)
    db.close()


@pytest.fixture(scope="module")
def names(branch: tuple[Database, Actor]) -> dict[int, str]:
    db, admin = branch
    ids = search_customer_ids(db, admin, CustomerQuery())
    return {customer_id: row.name for customer_id, row in customer_rows(db, admin, ids).items()}


def _initials(name: str) -> str:
    return "".join(syllable[0] for syllable in reader_readings(name).usual)


def sample_queries(names: dict[int, str]) -> list[str]:
    rng = random.Random(SEED)
    queries: set[str] = set()
    for name in rng.sample(sorted(names.values()), SAMPLED_NAMES):
        initials = _initials(name)
        if len(initials) in (2, 3):
            queries.add(initials)
        if len(initials) == 3:
            queries.add(initials[:2])
    return sorted(queries)


def _search(branch: tuple[Database, Actor], text: str) -> list[int]:
    db, admin = branch
    return search_customer_ids(db, admin, CustomerQuery(text=text))


def test_initials_queries_find_people_a_reader_would_read_so(
    branch: tuple[Database, Actor], names: dict[int, str]
) -> None:
    queries = sample_queries(names)
    hits = 0
    implausible: list[tuple[str, str]] = []
    for query in queries:
        for customer_id in _search(branch, query):
            hits += 1
            if not reader_accepts(names[customer_id], query):
                implausible.append((query, names[customer_id]))
    precision = 1 - len(implausible) / hits
    print(
        f"\npinyin precision: {precision:.2%} plausible of {hits} hits, "
        f"{len(queries)} queries from {SAMPLED_NAMES} of {len(names)} names"
    )
    assert len(queries) > 150 and hits > 1000
    assert precision >= MIN_PRECISION, implausible[:30]


def test_every_customer_is_found_by_own_initials_and_full_pinyin(
    branch: tuple[Database, Actor], names: dict[int, str]
) -> None:
    by_query: dict[str, set[int]] = {}
    for customer_id, name in names.items():
        usual = reader_readings(name).usual
        for query in ("".join(s[0] for s in usual), "".join(usual)):
            by_query.setdefault(query, set()).add(customer_id)
    missed = {
        query: sorted(names[i] for i in expected - set(_search(branch, query)))
        for query, expected in by_query.items()
    }
    assert {query: who for query, who in missed.items() if who} == {}
