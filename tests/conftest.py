"""Shared fixtures: real SQLite files copied from one template, a private config folder.

Environment variables are set before anything imports Qt, so every test runs headless and
never touches the real user's settings.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
# A 1366×768 laptop screen, the size officers' laptops have (Qt's default offscreen is 800×800).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={FIXTURES / 'offscreen-screen.json'}"
os.environ["AGRICRM_CONFIG_DIR"] = tempfile.mkdtemp(prefix="agricrm-test-config-")
os.environ.setdefault("AGRICRM_LANG", "zh_CN")
os.environ.pop("AGRICRM_DB", None)

import pytest  # noqa: E402

from agricrm.db.database import Database, open_database  # noqa: E402
from agricrm.demo.generator import build_demo_database  # noqa: E402
from agricrm.services.actor import Actor  # noqa: E402
from agricrm.services.users import resolve_actor  # noqa: E402

DEMO_AS_OF = dt.date(2026, 6, 30)
DEMO_CUSTOMERS = 400
DEMO_VISITS = 1200


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo branch built once per run; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "demo.db"
    build_demo_database(path, DEMO_CUSTOMERS, seed=7, as_of=DEMO_AS_OF, visits=DEMO_VISITS)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(demo_path)
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "empty.db")
    yield db
    db.close()


@pytest.fixture
def admin(demo_db: Database) -> Actor:
    return resolve_actor(demo_db)


@pytest.fixture
def manager(demo_db: Database) -> Actor:
    return resolve_actor(demo_db, "lijianguo")


@pytest.fixture
def officer(demo_db: Database) -> Actor:
    return resolve_actor(demo_db, "wangfang")


@pytest.fixture
def other_officer(demo_db: Database) -> Actor:
    return resolve_actor(demo_db, "liqiang")


@pytest.fixture
def sync_workers_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sync may start worker processes here, whatever this machine's cores and environment."""
    from agricrm.services import sync_workers

    monkeypatch.setattr(sync_workers.os, "cpu_count", lambda: 4)
    monkeypatch.delenv(sync_workers.WORKERS_VARIABLE, raising=False)
