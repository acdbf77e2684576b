"""Opening files: new ones are created, old ones upgraded after a backup, strange ones refused."""

from __future__ import annotations

import ast
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from agricrm.db.database import open_database
from agricrm.db.location import Location
from agricrm.db.migrate import (
    MIGRATIONS_DIR,
    DatabaseRefused,
    Preparation,
    alembic_config,
    prepare_database,
)
from agricrm.db.schema_version import APPLICATION_ID, HEAD_REVISION
from agricrm.services.customer_data import CustomerQuery
from agricrm.services.customer_search import customer_rows, search_customer_ids
from agricrm.services.customers import CustomerService
from agricrm.services.derived import bring_up_to_date
from agricrm.services.users import resolve_actor

FIXTURE_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "agricrm-0001.db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _agricrm_imports(path: Path) -> list[str]:
    """Every module of AgriCRM that `path` imports, at any depth of its code."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.ImportFrom):
            names.append("." * node.level + (node.module or ""))  # relative: inside agricrm
    return [name for name in names if name.split(".")[0] in ("agricrm", "")]


def test_migrations_are_frozen_sql_importing_nothing_of_agricrm() -> None:
    """A migration replayed on an old file must mean what it meant when it was written, so it
    never calls today's services or models (derived data is `services.derived`'s job)."""
    scripts = sorted(MIGRATIONS_DIR.rglob("*.py"))
    assert len(scripts) > 5
    offenders = {str(p.relative_to(MIGRATIONS_DIR)): _agricrm_imports(p) for p in scripts}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_frozen_migration_check_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "0099_sample.py"
    sample.write_text(
        "import sqlalchemy as sa\n"
        "def upgrade():\n"
        "    from agricrm.services.schedule import rebuild_schedule_on\n"
        "    import agricrm.models\n"
        "    from . import helpers\n",
        encoding="utf-8",
    )
    assert _agricrm_imports(sample) == ["agricrm.services.schedule", "agricrm.models", "."]


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_head_constant_matches_the_migration_scripts() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
    assert MIGRATIONS_DIR.is_dir()


def test_new_file_is_created_stamped_and_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    assert prepare_database(Location.of(path)).outcome is Preparation.CREATED
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        HEAD_REVISION
    )
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    assert prepare_database(Location.of(path)).outcome is Preparation.CURRENT


def test_old_version_is_backed_up_then_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0001, path)
    result = prepare_database(Location.of(path))
    assert result.outcome is Preparation.UPGRADED
    assert result.from_revision == "0001_initial"
    assert result.backup is not None and _dump(result.backup) == _dump(FIXTURE_0001)

    db = open_database(path)
    try:
        bring_up_to_date(db)  # what opening it in the app or the command line does
        admin = resolve_actor(db)
        ids = search_customer_ids(db, admin, CustomerQuery())
        rows = customer_rows(db, admin, ids)
        assert sorted(r.name for r in rows.values()) == ["张三", "曾小梅"]
        zhang = next(r for r in rows.values() if r.name == "张三")
        detail = CustomerService(db).get(admin, zhang.id)
        assert detail.id_number == "37132119750615001X"
        assert detail.loans[0].balance == 30000
        assert detail.production_items[0].name == "小麦"
        assert detail.tags == ("VIP",)
        # the search index was built for customers that existed before it
        assert search_customer_ids(db, admin, CustomerQuery(text="zs")) == [zhang.id]
        assert len(search_customer_ids(db, admin, CustomerQuery(text="zeng"))) == 1
    finally:
        db.close()


@pytest.mark.parametrize(
    "content",
    [b"name,phone\n\xe5\xbc\xa0\xe4\xb8\x89,138\n", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_files_that_are_not_ours_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused, match="not an AgriCRM database"):
        prepare_database(Location.of(path))
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused):
        prepare_database(Location.of(path))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.db"]


def test_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    prepare_database(Location.of(path))
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="newer version"):
        prepare_database(Location.of(path))
    assert _digest(path) == before
