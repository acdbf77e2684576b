"""The import rules of the layers (README, Design notes): Qt only in the GUI, rules without an
ORM, services without screens, and connections only behind the door (`db/`)."""

import ast
import importlib
import inspect
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


# ---------------------------------------------------------------- reports receive data
# Services fetch, reports lay out (README, Design notes): nothing in agricrm.reports reaches
# the database, and what it takes from agricrm.services is data, never a function that
# could query.  Imports are read everywhere in a module: inside functions and TYPE_CHECKING.

REPORT_FORBIDDEN = ("agricrm.db", "agricrm.models", "sqlalchemy")
STORAGE_WORDS = ("Database", "Session", "Engine", "Connection")


def _imported_names(path: Path, module: str) -> list[tuple[str, str | None]]:
    """(module, name) for every ``from module import name``, (module, None) for every
    ``import module``; relative imports are resolved against `module`'s package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found += [(base, alias.name) for alias in node.names]
    return found


def _takes_storage(function: object) -> bool:
    try:
        parameters = inspect.signature(function).parameters.values()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return any(
        parameter.name in ("db", "session")
        or any(word in str(parameter.annotation) for word in STORAGE_WORDS)
        for parameter in parameters
    )


def _is_data(value: object) -> bool:
    """A class whose methods take no database, an enum, a constant: not a module, a
    function or any other callable."""
    if inspect.ismodule(value):
        return False
    if isinstance(value, type):
        members = [
            member.__func__ if isinstance(member, classmethod | staticmethod) else member
            for cls in value.__mro__
            if cls is not object
            for member in vars(cls).values()
        ]
        return not any(inspect.isfunction(member) and _takes_storage(member) for member in members)
    return not callable(value)


def _report_violations(path: Path, module: str) -> list[str]:
    found = []
    for source, name in _imported_names(path, module):
        what = source if name is None else f"{source}.{name}"
        if any(source == f or source.startswith(f + ".") for f in REPORT_FORBIDDEN):
            found.append(f"{module}: imports {what}")
        elif source == "agricrm.services" or source.startswith("agricrm.services."):
            if name is None:
                found.append(f"{module}: imports the service module {source}")
                continue
            imported = importlib.import_module(source)
            value = getattr(imported, name, None)
            if value is None:  # a submodule: ``from agricrm.services import policy``
                value = importlib.import_module(f"{source}.{name}")
            if not _is_data(value):
                found.append(f"{module}: imports {what}, which is not data")
    return found


def _report_modules() -> list[tuple[Path, str]]:
    root = PACKAGE.parent
    return [
        (path, ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__"))
        for path in sorted((PACKAGE / "reports").rglob("*.py"))
    ]


def test_reports_receive_data_and_never_query() -> None:
    modules = _report_modules()
    assert len(modules) > 10
    assert [v for path, module in modules for v in _report_violations(path, module)] == []


def test_report_slots_name_providers_inside_the_reports_package() -> None:
    """A provider named by dotted path is an import the check above cannot read."""
    from agricrm.reports.sections import SectionRegistry

    outside = []
    for _, module in _report_modules():
        for value in vars(importlib.import_module(module)).values():
            if not isinstance(value, SectionRegistry):
                continue
            for key in value.keys:
                provider = value.slot(key).provider
                home = provider.partition(":")[0] if isinstance(provider, str) else None
                if callable(provider):
                    home = provider.__module__
                if home is not None and not home.startswith("agricrm.reports."):
                    outside.append(f"{value.name} {key}: {home}")
    assert outside == []


def test_the_report_check_sees_queries_and_functions(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "from agricrm.services.visit_summary import VisitFigures, visit_figures\n"
        "from agricrm.services.summary import NON_PERFORMING\n"
        "from agricrm.services.customers import CustomerService\n"
        "from agricrm.services import policy\n"
        "import agricrm.services.summary\n"
        "from ..services.complaint_stats import complaint_statistics\n"
        "if TYPE_CHECKING:\n"
        "    from agricrm.db.database import Database\n"
        "def section() -> None:\n"
        "    from sqlalchemy import select\n"
        "    from agricrm.models import Visit\n",
        encoding="utf-8",
    )
    found = _report_violations(sample, "agricrm.reports.sample")
    for culprit in (
        "agricrm.services.visit_summary.visit_figures,",
        "agricrm.services.customers.CustomerService,",  # a class, but one that queries
        "agricrm.services.policy,",
        "the service module agricrm.services.summary",
        "agricrm.services.complaint_stats.complaint_statistics,",  # the relative import
        "agricrm.db.database.Database",
        "sqlalchemy.select",
        "agricrm.models.Visit",
    ):
        assert any(culprit in line for line in found), culprit
    assert len(found) == 8  # VisitFigures (a dataclass) and NON_PERFORMING (a constant) pass


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
