"""``make bench``: build (once) a 100,000-customer demo branch and measure it.

Figures go to a JSON file (default build/bench.json); nothing here is asserted by the test
suite, because timings belong to a machine, not to the code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_classes
import bench_complaints
import bench_customers
import bench_exchange
import bench_registers
import bench_reports
import bench_segments
import bench_visits
from common import dataset

SECTIONS = {
    "customers": bench_customers.run,
    "visits": bench_visits.run,
    "exchange": bench_exchange.run,
    "complaints": bench_complaints.run,
    "reports": bench_reports.run,
    "registers": bench_registers.run,
    "classes": bench_classes.run,
    "segments": bench_segments.run,
}
WITHOUT_DATASET = {"registers"}  # sections that make their own data, not the demo branch


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="build/bench.json")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=300_000)
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    parser.add_argument(
        "--register-rows",
        type=int,
        default=bench_registers.ROWS,
        help="rows of the register the registers section previews and imports",
    )
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also measure the sections (--only, or customers and exchange) with the code of "
        "git revision REV, alternately with this code, and compare (see bench/baseline.py)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="rounds of a --baseline run")
    args = parser.parse_args()
    if args.baseline:
        from baseline import side_by_side

        sections = args.only or ["customers", "exchange"]
        sizes = ["--customers", str(args.customers), "--visits", str(args.visits)]
        sizes += ["--register-rows", str(args.register_rows)]
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        report = side_by_side(sections, args.baseline, sizes, args.rounds, keep=out)
        _write(out, report)
        return 0
    chosen = [name for name in SECTIONS if not args.only or name in args.only]
    report: dict[str, object] = {
        "measured_at": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
    }
    db_path = None
    if any(name not in WITHOUT_DATASET for name in chosen):
        db_path = dataset(args.customers, visits=args.visits)
        report["dataset"] = {
            "customers": args.customers,
            "visits": args.visits,
            "file": db_path.name,
            "size_mb": round(db_path.stat().st_size / 2**20, 1),
        }
    for name in chosen:
        print(f"measuring {name} …", file=sys.stderr, flush=True)
        if name == "registers":
            report[name] = bench_registers.run(db_path, args.register_rows)
        else:
            assert db_path is not None
            report[name] = SECTIONS[name](db_path)
    _write(Path(args.out), report)
    return 0


def _write(out: Path, report: dict[str, object]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
