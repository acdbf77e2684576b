"""The import rules of the layers (README, Design notes): Qt only in the GUI, rules without an
ORM, services without screens, and connections only behind the door (`db/`)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "agricrm"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_gui_package_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        qt = [name for name in _imports(path) if name.split(".")[0] in QT_MODULES]
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE)}: {qt}")
    assert offenders == []


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(sample)


def _modules_under(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _outside(*folders: str) -> list[Path]:
    return [
        path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] not in folders
    ]


def _shown(path: Path) -> str:
    return str(path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else path)


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in paths:
        bad = sorted(
            name
            for name in _imports(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        if bad:
            found.append(f"{_shown(path)}: {bad}")
    return found


def test_domain_rules_know_no_orm_no_database_and_no_use_case() -> None:
    forbidden = ("sqlalchemy", "alembic", "agricrm.db", "agricrm.models", "agricrm.services")
    assert _offenders(_modules_under("domain"), forbidden) == []


def test_services_never_reach_for_a_screen_or_the_command_line() -> None:
    forbidden = ("agricrm.gui", "agricrm.cli", *QT_MODULES)
    assert _offenders(_modules_under("services"), forbidden) == []


DRIVERS = ("sqlite3", "pysqlite3", "sqlcipher3", "psycopg", "psycopg2")
# What only the door may touch: connections, the engine and the driver behind them.
DOOR_ATTRIBUTES = ("engine", "driver_connection", "exec_driver_sql", "raw_connection")


def _attributes(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}


def test_only_the_door_imports_a_driver_or_touches_connections() -> None:
    outside = _outside("db")
    assert _offenders(outside, DRIVERS) == []
    touching = [
        f"{_shown(path)}: {sorted(_attributes(path) & set(DOOR_ATTRIBUTES))}"
        for path in outside
        if _attributes(path) & set(DOOR_ATTRIBUTES)
    ]
    assert touching == []


def test_the_checks_see_a_driver_an_engine_and_an_orm_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom sqlalchemy.orm import Session\ndb.engine.dispose()\n",
        encoding="utf-8",
    )
    assert _offenders([sample], DRIVERS) and _offenders([sample], ("sqlalchemy",))
    assert "engine" in _attributes(sample)
