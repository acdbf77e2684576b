"""Issue 5 figures: export and import of the whole branch against bare-library baselines.

Baselines are measured in the same run on the same cells: a bare openpyxl write-only dump of
exactly what our export wrote, and a bare python-calamine read of that file plus a SQLAlchemy
Core insert of the same rows into plain tables.  The machine's speed drifts by several per cent
over minutes, so each comparison is bracketed: export, bare dump, export again; bare import,
import, bare import again; each ratio is taken between the means.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGETS = {"export_ratio": 1.25, "export_memory_mb": 300.0, "import_ratio": 2.0}

# The peak is the process's own high-water mark (agricrm.diagnostics.peak_memory_kib), not
# ru_maxrss, which a child inherits from a larger parent; plus the peak of the worker that reads
# a big package's rows (services.sync_export_worker) or sheets (services.sync_import_reader),
# as if both peaked at once.
_MEASURED = """
import json, resource, sys, tempfile, time
from pathlib import Path
from agricrm.db.database import open_database
from agricrm.diagnostics import peak_memory_kib
from agricrm.services.users import resolve_actor
{setup}
actor = resolve_actor(db)
started = time.perf_counter()
{work}
elapsed = time.perf_counter() - started
db.close()
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB; 0 without a worker
print(json.dumps({{"seconds": elapsed, "counts": counts,
                  "peak_rss_mb": (peak_memory_kib() + worker) / 1024}}))
"""
_EXPORT = _MEASURED.format(
    setup="from agricrm.services.sync_export import export_package\n"
    "db = open_database(Path(sys.argv[1]))",
    work="counts = export_package(db, actor, Path(sys.argv[2])).row_counts",
)
_IMPORT = _MEASURED.format(
    setup="from agricrm.services.sync_import import apply_import\n"
    "db = open_database(Path(tempfile.mkdtemp()) / 'hq.db')",
    work="counts = apply_import(db, actor, Path(sys.argv[1])).applied",
)


def _in_fresh_process(script: str, *args: Path) -> dict[str, Any]:
    """So the peak memory is the work's own."""
    result = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _run_export(db_path: Path, out: Path) -> dict[str, Any]:
    scratch = Path(tempfile.mkdtemp()) / "db.db"
    subprocess.run(["cp", str(db_path), str(scratch)], check=True)
    return _in_fresh_process(_EXPORT, scratch, out)


def _bare_write(source: Path, out: Path) -> float:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(source))
    sheets = {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}
    started = time.perf_counter()
    bare = Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = bare.create_sheet(name)
        for row in rows:
            sheet.append([None if value == "" else value for value in row])  # no empty cells
    bare.save(out)
    return time.perf_counter() - started


def _bare_read_and_insert(source: Path) -> float:
    from python_calamine import CalamineWorkbook
    from sqlalchemy import Column, MetaData, String, Table, create_engine, insert

    engine = create_engine(f"sqlite:///{tempfile.mkdtemp()}/bare.db")
    started = time.perf_counter()
    workbook = CalamineWorkbook.from_path(str(source))
    metadata = MetaData()
    with engine.begin() as connection:
        for index, name in enumerate(workbook.sheet_names):
            rows = workbook.get_sheet_by_name(name).to_python()
            if len(rows) < 3:
                continue
            width = max(len(r) for r in rows)
            table = Table(f"t{index}", metadata, *(Column(f"c{i}", String) for i in range(width)))
            table.create(connection)
            data = [
                {f"c{i}": (None if v in ("", None) else str(v)) for i, v in enumerate(r)}
                for r in rows[2:]
            ]
            for start in range(0, len(data), 5000):
                connection.execute(insert(table), data[start : start + 5000])
    return time.perf_counter() - started


def _import(package: Path) -> dict[str, Any]:
    """Into a new database; the peak includes the worker that reads a big workbook's sheets
    ahead (`services.sync_import_reader`)."""
    return _in_fresh_process(_IMPORT, package)


def run(db_path: Path) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp())
    package = folder / "package.xlsx"
    export = _run_export(db_path, package)
    bare_write = _bare_write(package, folder / "bare.xlsx")
    export_again = _run_export(db_path, folder / "again.xlsx")
    bare_import = _bare_read_and_insert(package)
    imported = _import(package)
    import_seconds = imported["seconds"]
    bare_import_again = _bare_read_and_insert(package)
    export_mean = (export["seconds"] + export_again["seconds"]) / 2
    bare_import_mean = (bare_import + bare_import_again) / 2
    figures = {
        "rows": export["counts"],
        "package_mb": round(package.stat().st_size / 2**20, 1),
        "export_s": [round(export["seconds"], 2), round(export_again["seconds"], 2)],
        "bare_openpyxl_write_s": round(bare_write, 2),
        "export_ratio": round(export_mean / bare_write, 3),
        "export_peak_memory_mb": round(max(export["peak_rss_mb"], export_again["peak_rss_mb"]), 1),
        "import_s": round(import_seconds, 2),
        "bare_calamine_read_and_core_insert_s": [
            round(bare_import, 2),
            round(bare_import_again, 2),
        ],
        "import_ratio": round(import_seconds / bare_import_mean, 3),
        "import_peak_memory_mb": round(imported["peak_rss_mb"], 1),
        "imported": imported["counts"],
        "targets": TARGETS,
    }
    figures["met"] = {  # on the unrounded ratios: 1.2534 is not within 1.25
        "export_ratio": export_mean / bare_write <= TARGETS["export_ratio"],
        "export_memory_mb": figures["export_peak_memory_mb"] < TARGETS["export_memory_mb"],
        "import_ratio": import_seconds / bare_import_mean <= TARGETS["import_ratio"],
    }
    return figures
