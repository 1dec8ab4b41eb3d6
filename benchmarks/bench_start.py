"""Start: process start -> first painted list, measured from outside, against a bare window.

    python benchmarks/bench_start.py --customers 1000000 [--book /tmp/book1m.db] [--runs 5]
    python benchmarks/with_postgres.py benchmarks/bench_start.py --customers 1000000

Each run is a new process (bench_probe.py) started the way the entry point starts the app
(``reseller_desktop.app.main`` with ``--data-dir`` and ``--database``, the simulator as Partner
Center, a fresh settings folder): from just before the process is started to the first paint of
the customer table with rows in it, every import included. In the same run, interleaved so that
all see the same machine load: a bare PySide6 process (import, QApplication, an empty
QMainWindow shown, its first paint) and a hand-written list (bench_probe's ``list``: the plain
driver's first page of the N book in a QTableView, no menus nor services: the floor of any app
that shows that list). Books: empty, N customers (none due: bench_common's
``future``), and N with ``--overdue`` customers overdue (reset before each run). For each, the
longest event-loop stall from the first paint to 10 s after the process started (a 10 ms timer).

Prints median, p90 and max of every figure, the ratio of medians to the bare window, and one
JSON object on the last line.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (
    BENCH,
    ROOT,
    book_url,
    copy_book,
    drop_copy,
    fmt_spread,
    is_postgres_url,
    make_future,
    reset_overdue,
    rounded,
    spread,
)

PROBE = BENCH / "bench_probe.py"
RUN_TIMEOUT_S = 300


def probe_env(home: Path) -> dict[str, str]:
    """A fresh user: no saved settings (database, sort, Partner Center), the offscreen screen."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(":"),
        }
    )
    env.pop("RESELLER_DESKTOP_ACCESS_TOKEN", None)
    return env


def installed_bytecode() -> None:
    """Compile the app's modules as an install does (pip and the installers ship bytecode):
    with PYTHONDONTWRITEBYTECODE set, as on CI machines, every start would compile them from
    source, a cost no user pays."""
    for folder in (ROOT / "reseller_desktop", BENCH):
        compileall.compile_dir(str(folder), quiet=1)


def start_process(
    mode: str,
    work: Path,
    *,
    url: str | None = None,
    data_dir: Path | None = None,
    expect_rows: bool = False,
    stall_s: float = 10.0,
    until_signal: bool = False,
    sample_stalls: bool = False,
) -> tuple[subprocess.Popen, Path, float]:
    """Start a probe process; (process, its result file, the monotonic time it was started)."""
    out = work / f"probe-{time.monotonic_ns()}.json"
    home = work / "home"
    home.mkdir(exist_ok=True)
    t0 = time.monotonic()
    command = [sys.executable, str(PROBE), "--out", str(out), "--t0", repr(t0), "--mode", mode]
    command += ["--stall-s", str(stall_s)]
    if expect_rows:
        command.append("--expect-rows")
    if until_signal:
        command.append("--until-signal")
    if sample_stalls:
        command.append("--sample-stalls")
    if mode == "list":
        assert url is not None
        command += ["--list-url", url.removeprefix("sqlite:///")]
    if mode == "app":
        assert data_dir is not None
        command += ["--", "--data-dir", str(data_dir)]
        if url:
            command += ["--database", url]
    process = subprocess.Popen(
        command, cwd=ROOT, env=probe_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    return process, out, t0


def finish_process(process: subprocess.Popen, out: Path, timeout: float) -> dict[str, Any]:
    try:
        _stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise SystemExit(f"a probe process did not finish within {timeout:g} s") from None
    if not out.is_file():
        raise SystemExit(f"the probe wrote nothing (exit {process.returncode}):\n{stderr[-3000:]}")
    result = json.loads(out.read_text())
    out.unlink()
    if "painted_s" not in result:
        raise SystemExit(f"the window never painted its list: {result}\n{stderr[-3000:]}")
    return result


def run_probe(mode: str, work: Path, **options: Any) -> dict[str, Any]:
    process, out, _t0 = start_process(mode, work, **options)
    return finish_process(process, out, RUN_TIMEOUT_S)


def measure(
    url: str,
    customers: int,
    work: Path,
    runs: int,
    overdue: int,
    stall_s: float,
    sample: bool = False,
) -> dict[str, Any]:
    """The start figures for the N-book at ``url`` (its copies are made here and dropped)."""
    empty_dir, full_dir, late_dir = work / "empty", work / "full", work / "late"
    for folder in (empty_dir, full_dir, late_dir):
        folder.mkdir(exist_ok=True)
    # SQLite: the app's own default file in its data folder.
    empty_url = _empty_postgres(url) if is_postgres_url(url) else None
    print("start: preparing the books (a copy with nobody due, a copy with a backlog)", flush=True)
    started = time.perf_counter()
    future_url = copy_book(url, "start_future", work)
    make_future(future_url)
    late_url = copy_book(url, "start_overdue", work)
    make_future(late_url)
    overdue = reset_overdue(late_url, overdue)
    print(f"  ready in {time.perf_counter() - started:.0f} s", flush=True)
    # Unmeasured first starts: the empty store is created, files come into the page cache.
    run_probe("app", work, url=empty_url, data_dir=empty_dir, stall_s=0)
    run_probe("app", work, url=future_url, data_dir=full_dir, expect_rows=True, stall_s=0)
    runs_of: dict[str, list[dict[str, Any]]] = {
        "bare": [],
        "list": [],
        "empty": [],
        "book": [],
        "overdue": [],
    }
    starts: dict[str, Callable[[], dict[str, Any]]] = {
        "bare": lambda: run_probe("bare", work, stall_s=0),
        "list": lambda: run_probe("list", work, url=future_url, expect_rows=True, stall_s=0),
        "empty": lambda: run_probe("app", work, url=empty_url, data_dir=empty_dir, stall_s=stall_s),
        "book": lambda: run_probe(
            "app", work, url=future_url, data_dir=full_dir, expect_rows=True, stall_s=stall_s
        ),
        "overdue": lambda: run_probe(
            "app", work, url=late_url, data_dir=late_dir, expect_rows=True, stall_s=stall_s
        ),
    }
    # Each round in its own order: on a small machine, what ran just before (a write of the
    # backlog, a start that left the disk or a core busy) moves a start by tens of ms.
    order = random.Random(runs)
    for number in range(1, runs + 1):
        kinds = list(starts)
        order.shuffle(kinds)
        for kind in kinds:
            if kind == "overdue":
                reset_overdue(late_url, overdue)
            runs_of[kind].append(starts[kind]())
        print(
            f"  run {number}/{runs}: "
            + ", ".join(f"{k} {v[-1]['painted_s'] * 1000:.0f} ms" for k, v in runs_of.items()),
            flush=True,
        )
    samples: list = []
    if sample:  # one more start, not counted: where the GUI thread was during the stalls
        reset_overdue(late_url, overdue)
        sampled = run_probe(
            "app",
            work,
            url=late_url,
            data_dir=late_dir,
            expect_rows=True,
            stall_s=stall_s,
            sample_stalls=True,
        )
        samples = sampled.get("stall_samples", [])
    drop_copy(future_url)
    drop_copy(late_url)
    if is_postgres_url(url) and empty_url:
        drop_copy(empty_url)
    bare_median = statistics.median(r["painted_s"] * 1000 for r in runs_of["bare"])
    figures: dict[str, Any] = {"overdue": overdue, "runs": runs, "stall_window_s": stall_s}
    if samples:
        figures["stall_samples_overdue"] = samples
    for name, results in runs_of.items():
        start = spread(r["painted_s"] * 1000 for r in results)
        figures[f"start_ms_{name}"] = start
        figures[f"start_ratio_{name}"] = start["median"] / bare_median
        # ... and the median of each round's ratio to that round's bare window: the machine's
        # slower and faster spells (a bare window from 120 to 200 ms in one run) cancel out.
        figures[f"start_ratio_paired_{name}"] = statistics.median(
            r["painted_s"] / b["painted_s"] for r, b in zip(results, runs_of["bare"], strict=True)
        )
        figures[f"rows_{name}"] = results[-1].get("rows", 0)
        figures[f"rss_mb_painted_{name}"] = statistics.median(r["rss_mb_painted"] for r in results)
        if name not in ("bare", "list"):
            figures[f"stall_ms_{name}"] = spread(r["stall_ms"] for r in results)
            figures[f"gaps_over_50ms_{name}"] = statistics.median(
                sum(1 for _t, gap in r["gaps"] if gap > 60) for r in results
            )
    return figures


def _empty_postgres(url: str) -> str:
    """An empty database NAME_start_empty beside the book (the app creates its tables)."""
    from urllib.parse import urlparse

    from bench_common import _admin, database_url

    name = f"{urlparse(url).path.lstrip('/')}_start_empty"
    conn = _admin(url)
    with conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return database_url(url, name)


def report(figures: dict[str, Any]) -> None:
    print(f"start -> first painted list (each {figures['runs']} runs, a new process each):")
    bare = figures["start_ms_bare"]["median"]
    listed = figures["start_ms_list"]["median"]
    for name in ("bare", "list", "empty", "book", "overdue"):
        s = figures[f"start_ms_{name}"]
        label = {"bare": "bare QMainWindow", "list": "hand-written list, N book",
                 "empty": "empty book", "book": "N book",
                 "overdue": f"N book, {figures['overdue']:,} overdue"}[name]  # fmt: skip
        line = f"  {label:<28} {fmt_spread(s)}; x{s['median'] / bare:.2f} bare"
        if name != "bare":
            line += f" (round by round: x{figures[f'start_ratio_paired_{name}']:.2f})"
        if name in ("book", "overdue"):
            line += f", x{s['median'] / listed:.2f} the hand-written list"
        if name not in ("bare", "list"):
            stall = figures[f"stall_ms_{name}"]
            line += (
                f"; longest stall to {figures['stall_window_s']:g} s: "
                f"median {stall['median']:.0f} ms, max {stall['max']:.0f} ms"
            )
        print(line + f" ({figures[f'rows_{name}']} rows)", flush=True)
    for where, count in figures.get("stall_samples_overdue", [])[:6]:
        print(f"    stalls with overdue customers, 10 ms samples: {count:>5}  {where}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--overdue", type=int, default=100_000)
    parser.add_argument("--stall-s", type=float, default=10.0)
    parser.add_argument(
        "--sample",
        action="store_true",
        help="one more start with overdue customers, not counted, sampling where the GUI "
        "thread is during stalls",
    )
    args = parser.parse_args()
    installed_bytecode()
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        work = Path(tmp)
        url, built = book_url(args.database, args.book, args.customers, work)
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        figures = measure(
            url, args.customers, work, args.runs, args.overdue, args.stall_s, args.sample
        )
    report(figures)
    name = "postgresql" if is_postgres_url(args.database) else "sqlite"
    print(json.dumps(rounded({"database": name, "customers": args.customers, **figures})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
