"""Shared benchmark plumbing: the cached demo branch, timing statistics, an offscreen app."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "bench"
AS_OF = dt.date(2026, 6, 30)
SCREEN_CONFIG = ROOT / "tests" / "fixtures" / "offscreen-screen.json"

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN_CONFIG}"
os.environ.setdefault("AGRICRM_CONFIG_DIR", tempfile.mkdtemp(prefix="agricrm-bench-"))


def dataset(customers: int, seed: int = 1, visits: int = 0, complaints: int = 0) -> Path:
    """The demo branch for benchmarks, built once per schema version and size, kept in
    build/.  With `complaints`, a copy of the branch with that many complaints added (cached
    too)."""
    from agricrm.db.schema_version import HEAD_REVISION
    from agricrm.demo.generator import build_demo_database

    if complaints:
        return with_complaints(dataset(customers, seed, visits), complaints, seed)
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / f"demo-{customers}-v{visits}-seed{seed}-{HEAD_REVISION}.db"
    if not path.exists():
        print(f"building {path.name} (first run only) …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        partial = path.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        build_demo_database(partial, customers, seed=seed, as_of=AS_OF, visits=visits)
        partial.rename(path)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def with_complaints(base: Path, complaints: int, seed: int = 1) -> Path:
    """`base` plus `complaints` demo complaints, built once beside it."""
    import shutil

    from agricrm.demo.complaints import add_complaints_to_file

    path = base.with_name(f"{base.stem}-complaints{complaints}{base.suffix}")
    if not path.exists():
        print(f"building {path.name} (first run only) …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        partial = path.with_suffix(".partial.db")
        shutil.copyfile(base, partial)
        add_complaints_to_file(partial, complaints, seed, AS_OF)
        partial.rename(path)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def milliseconds(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "runs": len(ordered),
    }


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result
