"""Measuring a section with this code and with an earlier revision's, side by side in one run.

A target such as "within 5 % of the figures before the change" compares two versions of the
code on one machine, whose speed drifts by several per cent over minutes.  So both are
measured in the same run, alternately (this code, the baseline, the baseline, this code for
two rounds: the drift then weighs on both alike), each in a fresh process that imports the
package from its own tree: the baseline's is a git worktree under ``build/baseline/``.  The
bench scripts are this tree's, so a section must measure through calls both versions have.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import BUILD, ROOT

# The figures compared for each section, as paths into its JSON (lower is better for all).
COMPARED: dict[str, list[tuple[str, ...]]] = {
    "customers": [
        ("startup", "startup_s"),
        ("startup", "list_ready_s"),
        ("startup", "peak_memory_mb"),
        *(
            ("search", kind, "median_ms")
            for kind in (
                "name_2_chars",
                "pinyin_initials",
                "phone_part",
                "full_id_number",
                "village",
            )
        ),
        ("list", "list_first_paint", "median_ms"),
        ("list", "list_jump_to_end", "median_ms"),
    ],
    "classes": [("save_customer", "median_ms")],
    "registers": [
        ("read_s",),
        ("preview_s",),
        ("preview_peak_memory_mb",),
        ("import_s",),
        ("import_peak_memory_mb",),
    ],
    "exchange": [
        ("export_s",),
        ("export_ratio",),
        ("export_peak_memory_mb",),
        ("import_s",),
        ("import_ratio",),
        ("import_peak_memory_mb",),
    ],
}


def checkout(revision: str) -> Path:
    """A worktree of `revision` (kept between runs; made again if it moved)."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{revision}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tree = BUILD.parent / "baseline" / commit[:12]
    if not (tree / "src" / "agricrm").is_dir():
        tree.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=True)
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), commit], cwd=ROOT, check=True
        )
    return tree


def _measure(section: str, source: Path, args: list[str]) -> dict[str, Any]:
    """One section in a fresh process importing the package from `source` (a ``src``)."""
    out = Path(tempfile.mkdtemp()) / "figures.json"
    environment = {**os.environ, "PYTHONPATH": str(source)}
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run_bench.py"),
            "--only",
            section,
            "--out",
            str(out),
            *args,
        ],
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text(encoding="utf-8"))[section]


def _figure(figures: dict[str, Any], path: tuple[str, ...]) -> float:
    """One figure of a run; a section that times something more than once (the export, two
    per run) gives the median of its times."""
    value: Any = figures
    for key in path:
        value = value[key]
    return float(statistics.median(value)) if isinstance(value, list) else float(value)


def compare(section: str, runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The compared figures of one section: the median of each version's runs, and their
    ratio (current / baseline; below 1 is faster or smaller)."""
    compared = {}
    for path in COMPARED.get(section, []):
        current = statistics.median(_figure(r, path) for r in runs["current"])
        baseline = statistics.median(_figure(r, path) for r in runs["baseline"])
        compared[".".join(path)] = {
            "current": round(current, 3),
            "baseline": round(baseline, 3),
            "ratio": round(current / baseline, 3) if baseline else None,
        }
    return compared


def side_by_side(
    sections: list[str], revision: str, args: list[str], rounds: int = 2, keep: Path | None = None
) -> dict[str, Any]:
    """Each section measured with this code and with `revision`'s, alternately; the
    comparison is between the medians of the rounds.  Each run is written to `keep` as soon
    as it is measured, so an hour of measuring survives whatever happens after."""
    baseline_src = checkout(revision) / "src"
    current_src = ROOT / "src"
    report: dict[str, Any] = {"baseline_revision": revision, "rounds": rounds}
    for section in sections:
        runs: dict[str, list[dict[str, Any]]] = {"current": [], "baseline": []}
        order = ["current", "baseline"]
        for _ in range(rounds):
            for which in order:
                print(f"measuring {section} with the {which} code …", file=sys.stderr, flush=True)
                source = current_src if which == "current" else baseline_src
                runs[which].append(_measure(section, source, args))
                report[section] = {"runs": runs}
                if keep is not None:
                    keep.write_text(json.dumps(report, indent=1), encoding="utf-8")
            order.reverse()
        report[section] = {"compared": compare(section, runs), "runs": runs}
    return report
