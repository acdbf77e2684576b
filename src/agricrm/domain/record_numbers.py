"""Readable record numbers: what people quote on the phone, write on paper and type in search.

A customer is KH-BFK-00123 and a visit ZF20261203-BFK-004, beside the complaints' TS20261203-001.
The uuid stays the record's identity across devices; the number is given once, when the record
is made, and never changes (so it is not part of what a record *says*, and a sync never
conflicts over it).

Devices number offline, so each database has its own **series** (BFK above: three letters, made
at random when the database is first asked for one and changeable in the settings, so a branch
can hand out series to its laptops).  A customer's serial counts up within its series; a visit's
within its series and the day it was recorded.  Two devices that keep the same series can still
give the same number to two records; search then shows both, and the uuid tells them apart.

Records made before numbers existed get a number **derived from their uuid**
(KH-7F3Q-K2M9X, ZF20260702-7F3QK2), so every device that upgrades gives the same record the same
number without talking to the others.  Migration 0008 holds a frozen copy of `derived_*`; a
test keeps the two equal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import unicodedata

CUSTOMER_PREFIX = "KH"
VISIT_PREFIX = "ZF"
SERIES_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0
SERIES_LENGTH = 3
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SERIES = re.compile(rf"^[{SERIES_LETTERS}]{{{SERIES_LENGTH}}}$")
# what a person types when they mean a record number (KH-…, ZF2…); "khz" stays pinyin initials
_LOOKS_LIKE = re.compile(r"^(KH-|ZF\d)[-0-9A-Z]*$")


def new_series() -> str:
    return "".join(secrets.choice(SERIES_LETTERS) for _ in range(SERIES_LENGTH))


def is_series(text: str) -> bool:
    return bool(_SERIES.match(text))


def customer_number(series: str, serial: int) -> str:
    return f"{CUSTOMER_PREFIX}-{series}-{serial:05d}"


def customer_series_key(series: str) -> str:
    """What a customer's serial counts within."""
    return f"{CUSTOMER_PREFIX}-{series}"


def visit_series_key(series: str, day: dt.date) -> str:
    """What a visit's serial counts within: the series and the day the visit was recorded."""
    return f"{VISIT_PREFIX}{day:%Y%m%d}-{series}"


def visit_number(series: str, day: dt.date, serial: int) -> str:
    return f"{visit_series_key(series, day)}-{serial:03d}"


def _base32(uuid: str, length: int) -> str:
    value = int.from_bytes(hashlib.sha1(uuid.encode("utf-8")).digest()[:8], "big")
    return "".join(_CROCKFORD[(value >> (59 - 5 * i)) & 31] for i in range(length))


def derived_customer_number(uuid: str) -> str:
    """The number of a customer made before numbers existed: 45 bits of its uuid's hash, so
    a clash among a county's million customers is a matter of chance (about 1 in 70)."""
    code = _base32(uuid, 9)
    return f"{CUSTOMER_PREFIX}-{code[:4]}-{code[4:]}"


def derived_visit_number(uuid: str, created_at: dt.datetime) -> str:
    """The number of a visit made before numbers existed: the UTC day it was recorded and 30
    bits of its uuid's hash."""
    return f"{VISIT_PREFIX}{created_at:%Y%m%d}-{_base32(uuid, 6)}"


def number_prefix(text: str) -> str | None:
    """A search text that is a record number or the start of one (any case, full-width forms
    and spaces folded), as numbers are written; None for any other text."""
    folded = unicodedata.normalize("NFKC", text).strip().upper().replace(" ", "")
    return folded if _LOOKS_LIKE.match(folded) else None
