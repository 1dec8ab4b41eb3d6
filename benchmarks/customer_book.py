"""Customer management at the scale of a large partner, as a user feels it, against baselines.

    python benchmarks/customer_book.py --customers 1000000 --book /tmp/book1m.db
    python benchmarks/with_postgres.py benchmarks/customer_book.py --customers 1000000
    python benchmarks/customer_book.py --customers 100000 --only start,tick

Runs, one after the other on the same N-customer book (built once with make_book, seed 7, and
kept with ``--book``; on PostgreSQL in the database NAME_book), each in its own processes:

- ``start`` (bench_start.py): process start -> first painted list, from outside, imports
  included, for an empty book, the N book and the N book with 100,000 overdue, against a bare
  PySide6 window process; the longest event-loop stall in the first 10 s.
- ``tick`` (bench_tick.py): a provisioning tick with 10,000 customers in flight on the N book;
  the catch-up of 100,000 overdue customers in the real window, and its longest stall.
- ``scroll`` (bench_scroll.py): Ctrl+End to the true last row and Ctrl+Home back in the real
  window; resident memory after scrolling the whole book against idle.
- ``export`` (bench_export.py): the app's CSV export against a plain driver + csv loop writing
  the same file.
- ``create`` (bench_create.py): create_customer against the same writes through plain sqlite3.
- ``search`` (search_latency.py, with ``--search``; long): keystroke -> final list for 62
  terms and every sort, against the fastest hand-written query.

Every timed figure is reported as median, p90 and max. Prints each benchmark's report, then one
JSON object (every benchmark's figures under its name) on the last line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# search_latency.py imports these from here.
from bench_common import (  # noqa: F401
    BENCH,
    ROOT,
    book_url,
    ensure_book,
    is_postgres_url,
    postgres_book,
    rounded,
    sibling_url,
)

BENCHMARKS = {
    "start": "bench_start.py",
    "tick": "bench_tick.py",
    "scroll": "bench_scroll.py",
    "export": "bench_export.py",
    "create": "bench_create.py",
}
# The figure each benchmark is judged by (issue 14's targets), for the summary.
HEADLINES = {
    "start": ["start_ms_book", "start_ratio_book", "start_ratio_overdue", "stall_ms_overdue"],
    "tick": ["tick_ms", "catchup_s", "catchup_capped", "catchup_stall_ms"],
    "scroll": [
        "ctrl_end_s",
        "ctrl_end_presses",
        "ctrl_end_capped",
        "ctrl_end_press_ms",
        "rss_ratio",
    ],
    "export": ["export_ms", "export_plain_ms", "export_ratio", "export_same_file"],
    "create": ["create_ms", "create_plain_ms", "create_ratio"],
    "search": ["search_ms_median", "search_ms_p90", "search_ms_max", "ratio_median", "capped"],
}


def run(script: str, options: list[str]) -> dict[str, Any]:
    """Run one benchmark, its output passed through; its JSON (last line)."""
    command = [sys.executable, str(BENCH / script), *options]
    print(f"\n=== {script} {' '.join(options)}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    last = ""
    for line in process.stdout:
        print(line, end="", flush=True)
        if line.strip():
            last = line
    if process.wait() != 0:
        return {"error": f"{script} failed with exit code {process.returncode}"}
    figures = json.loads(last)
    figures["run_s"] = time.perf_counter() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--only", help=f"some of {','.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--search", action="store_true", help="also run search_latency.py")
    parser.add_argument("--terms", type=int, help="search_latency.py --terms K")
    parser.add_argument("--runs", type=int, help="bench_start.py / bench_export.py --runs")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        raise SystemExit(f"--only: {unknown} not among {list(BENCHMARKS)}")
    with tempfile.TemporaryDirectory(prefix="customer-book-") as tmp:
        # Build the book once, here: every benchmark then finds it.
        book = args.book or Path(tmp) / "book.db"
        url, built = book_url(args.database, book, args.customers, Path(tmp))
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        common = ["--customers", str(args.customers)]
        if args.database:
            common += ["--database", args.database]
        else:
            common += ["--book", str(book)]
        results: dict[str, Any] = {}
        for name in chosen:
            options = list(common)
            if args.runs and name in ("start", "export"):
                options += ["--runs", str(args.runs)]
            results[name] = run(BENCHMARKS[name], options)
        if args.search:
            options = list(common) + (["--terms", str(args.terms)] if args.terms else [])
            results["search"] = run("search_latency.py", options)
    print("\n=== summary (median, p90, max where timed)")
    for name, figures in results.items():
        if "error" in figures:
            print(f"{name}: {figures['error']}")
            continue
        parts = []
        for key in HEADLINES[name]:
            value = figures.get(key)
            if isinstance(value, dict):
                value = "/".join(f"{value[k]:.1f}" for k in ("median", "p90", "max"))
            elif isinstance(value, float):
                value = f"{value:.2f}"
            parts.append(f"{key} {value}")
        print(f"{name}: " + ", ".join(parts))
    database = "postgresql" if is_postgres_url(args.database) else "sqlite"
    summary = {"database": database, "customers": args.customers, "book_build_s": built}
    print(json.dumps(rounded({**summary, **results})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
