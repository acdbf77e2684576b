"""The villages a register names, and where a person decided each one goes.

A clerk's village column often holds more than the village: "前屯村一组" is the village 前屯村
and its group 一组.  The customer keeps no group of its own: a group goes, as a register's
组 column does (`synonyms.json`: 组, 组名, 村民小组 → 详细地址), into the address detail,
in front of what that detail says.  No database here: `services.register_villages` compares
the register's villages with the branch's list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agricrm.exchange.registers.register import Register

# what follows a village's name when it is a group: 一组, 3组, 二队, 五社, 第一村民小组
_GROUP = re.compile(r"^第?[0-9一二三四五六七八九十百零〇两]+(组|队|社|小组|村民小组)$")

Key = tuple[str, str]  # (township, village) as the register has them


@dataclass(frozen=True)
class Place:
    """Where the register's (township, village) goes: a village of the branch's list, and
    the group that goes into the address detail ("" for none)."""

    township: str
    village: str
    group: str = ""


def place_text(raw: object) -> str:
    """A township or village cell as the import reads it: its text, stripped."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def register_places(register: Register, township_at: int, village_at: int) -> dict[Key, list[int]]:
    """Each (township, village) of the register with its rows, in the register's order; rows
    without a village are left out (the import names them)."""
    found: dict[Key, list[int]] = {}
    for number, cells in register.rows:
        township = place_text(cells[township_at]) if township_at < len(cells) else ""
        village = place_text(cells[village_at]) if village_at < len(cells) else ""
        if village:
            found.setdefault((township, village), []).append(number)
    return found


def split_group(name: str, villages: list[str]) -> tuple[str, str] | None:
    """(village, group) when `name` is one of `villages` followed by a group ("前屯村一组" →
    ("前屯村", "一组")); the longest such village when several fit; None otherwise."""
    text = unicodedata.normalize("NFKC", name).replace(" ", "")
    fits = [
        village
        for village in villages
        if text.startswith(village) and _GROUP.match(text[len(village) :])
    ]
    if not fits:
        return None
    village = max(fits, key=len)
    return village, text[len(village) :]


def with_group(group: str, detail: object) -> str:
    """The address detail with the group in front, once ("一组" + "12号" → "一组12号")."""
    own = place_text(detail)
    if not group or own.startswith(group):
        return own
    return f"{group}{own}"
