"""A new, empty branch: the database file, its first administrator, the branch's name and its
villages (`agricrm init`).

Everything is checked before the file is made — a villages list with a bad row names the row
and nothing is created — and a failure while making it removes the file again: a command that
fails never leaves a new empty database behind, which the next command would take for a
branch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from agricrm.db.database import open_database
from agricrm.db.files import remove_new_database
from agricrm.db.location import Location
from agricrm.domain.errors import AgriCrmError
from agricrm.exchange.registers.headings import synonyms
from agricrm.exchange.registers.mapping import cell_text
from agricrm.exchange.registers.register import read_register
from agricrm.i18n import QT_TRANSLATE_NOOP, catalog, cli_language, untranslated
from agricrm.services.products import add_usual_products
from agricrm.services.settings import BranchProfile, save_branch_profile
from agricrm.services.users import resolve_actor
from agricrm.services.villages import add_village

NAME_LIMIT = 40

DATABASE_EXISTS = QT_TRANSLATE_NOOP(
    "BranchSetup", "{path} already exists; a new branch is only written to a new file."
)
NO_BRANCH_NAME = QT_TRANSLATE_NOOP("BranchSetup", "Give the branch's name.")
BRANCH_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "BranchSetup", "The branch's name is longer than {limit} characters."
)
VILLAGE_COLUMNS_MISSING = QT_TRANSLATE_NOOP(
    "BranchSetup", "{path}: no township (乡镇) and village (村) columns were found."
)
VILLAGE_ROW_INCOMPLETE = QT_TRANSLATE_NOOP(
    "BranchSetup", "{path}, row {row}: a village needs its township and its name."
)
VILLAGE_ROW_TOO_LONG = QT_TRANSLATE_NOOP(
    "BranchSetup",
    "{path}, row {row}: a township or village name is longer than {limit} characters.",
)
VILLAGE_ROW_TWICE = QT_TRANSLATE_NOOP(
    "BranchSetup", "{path}, row {row}: {township} {village} is listed already in row {first}."
)


@dataclass(frozen=True)
class NewBranch:
    path: Path
    name: str
    villages: int


def read_villages(path: Path) -> list[tuple[str, str]]:
    """(township, village) of each row of a villages list (a workbook or CSV whose headings
    name the township and the village, as a register's do); refused naming the first bad
    row: an incomplete one, a name too long, a village listed twice."""
    register = read_register(path)
    table = synonyms()
    at = {table.field_of(column.heading): column.index for column in register.columns}
    if "township" not in at or "village" not in at:
        raise AgriCrmError(VILLAGE_COLUMNS_MISSING(path=path.name))
    villages: list[tuple[str, str]] = []
    first_row: dict[tuple[str, str], int] = {}
    for row, cells in register.rows:
        township, village = (_text(cells, at["township"]), _text(cells, at["village"]))
        if not township or not village:
            raise AgriCrmError(VILLAGE_ROW_INCOMPLETE(path=path.name, row=row))
        if len(township) > NAME_LIMIT or len(village) > NAME_LIMIT:
            raise AgriCrmError(VILLAGE_ROW_TOO_LONG(path=path.name, row=row, limit=NAME_LIMIT))
        if (township, village) in first_row:
            raise AgriCrmError(
                VILLAGE_ROW_TWICE(
                    path=path.name,
                    row=row,
                    township=township,
                    village=village,
                    first=first_row[(township, village)],
                )
            )
        first_row[(township, village)] = row
        villages.append((township, village))
    return villages


def _text(cells: list[object], index: int) -> str:
    return cell_text(cells[index] if index < len(cells) else None).strip()


def create_branch(path: Path, name: str, villages: Sequence[tuple[str, str]] = ()) -> NewBranch:
    """Write a new branch to `path` (refused if the file exists): its first administrator,
    its name and its villages.  The file is removed again if anything fails."""
    name = name.strip()
    if not name:
        raise AgriCrmError(NO_BRANCH_NAME)
    if len(name) > NAME_LIMIT:
        raise AgriCrmError(BRANCH_NAME_TOO_LONG(limit=NAME_LIMIT))
    if path.exists():
        raise AgriCrmError(DATABASE_EXISTS(path=str(path)))
    try:
        db = open_database(Location.of(path))
        try:
            actor = resolve_actor(db)  # the branch's first administrator
            save_branch_profile(db, actor, BranchProfile(name=name))
            for township, village in villages:
                add_village(db, actor, township, village)
            found = catalog(cli_language())
            add_usual_products(db, actor, found.translate if found else untranslated)
        finally:
            db.close()
    except BaseException:
        remove_new_database(path)
        raise
    return NewBranch(path, name, len(villages))
