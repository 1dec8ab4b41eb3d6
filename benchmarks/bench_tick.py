"""Provisioning: a tick with 10,000 customers in flight, and the catch-up of a backlog.

    python benchmarks/bench_tick.py --customers 1000000 [--book /tmp/book1m.db]
    python benchmarks/with_postgres.py benchmarks/bench_tick.py --customers 1000000

1. ``tick``: on a copy of the N-customer book with exactly ``--in-flight`` customers in flight
   (bench_common ``in_flight``), the simulator's ``ProvisioningService.tick`` (what each poll of
   the provisioning clock runs, services/partner_center/simulator/provisioning.py), its clock
   injected and moved one second per tick from make_book's now, ``--ticks`` times: median, p90
   and max of a tick, and how many customers a tick advanced.
2. ``catch-up``: the real app (bench_probe.py: the entry point's main, the real window, the
   provisioning clock on its worker) started on a copy of the book with ``--overdue`` customers
   overdue. From outside, a plain connection counts the customers due every half second; the
   catch-up ends when none is (capped at ``--catchup-cap`` s). The window's 10 ms timer gives the
   longest event-loop stall from the first paint to the end of the catch-up.

Prints the figures, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (
    BOOK_NOW,
    book_url,
    copy_book,
    drop_copy,
    due_count,
    fmt_spread,
    is_postgres_url,
    make_future,
    make_in_flight,
    raw_connect,
    reset_overdue,
    rounded,
    spread,
)


def measure_tick(url: str, work: Path, in_flight: int, ticks: int) -> dict[str, Any]:
    """Ticks of the simulator on a copy of the book with ``in_flight`` customers in flight."""
    from reseller_desktop.services.partner_center.simulator.provisioning import (
        ProvisioningService,
    )
    from reseller_desktop.store.database import close_store, open_store

    copy = copy_book(url, "tick", work)
    try:
        in_flight = make_in_flight(copy, in_flight)
        open_store(copy, work)
        now = BOOK_NOW
        service = ProvisioningService(clock=lambda: now)
        times, advanced = [], []
        for _ in range(ticks):
            now += timedelta(seconds=1)
            started = time.perf_counter()
            result = service.tick(now)
            times.append((time.perf_counter() - started) * 1000)
            advanced.append(len(result.changed))
        close_store()
    finally:
        drop_copy(copy)
    return {
        "tick_ms": spread(times),
        "tick_in_flight": in_flight,
        "tick_count": ticks,
        "tick_advanced_mean": statistics.mean(advanced),
        "tick_advanced_max": max(advanced),
    }


def measure_catch_up(url: str, work: Path, overdue: int, cap_s: float) -> dict[str, Any]:
    """The real app started on a book with ``overdue`` customers overdue, until none is due."""
    from bench_start import finish_process, start_process

    copy = copy_book(url, "catchup", work)
    try:
        make_future(copy)
        overdue = reset_overdue(copy, overdue)
        data_dir = work / "catchup-app"
        data_dir.mkdir(exist_ok=True)
        poll = raw_connect(copy)
        due_at_start = due_count(copy, poll)
        process, out, t0 = start_process(
            "app",
            work,
            url=copy,
            data_dir=data_dir,
            expect_rows=True,
            until_signal=True,
            sample_stalls=True,
        )
        remaining = due_at_start
        capped = False
        trace: list[tuple[float, int]] = []
        while True:
            time.sleep(0.5)
            if process.poll() is not None:
                break  # died: finish_process says why
            remaining = due_count(copy, poll)
            elapsed = time.monotonic() - t0
            trace.append((round(elapsed, 1), remaining))
            if remaining == 0:
                break
            if elapsed > cap_s:
                capped = True
                break
            if len(trace) % 20 == 0:
                print(f"  catch-up: {remaining:,} still due after {elapsed:.0f} s", flush=True)
        done_s = time.monotonic() - t0
        if process.poll() is None:
            process.send_signal(signal.SIGUSR1)
        result = finish_process(process, out, 60)
        poll.close()
    finally:
        drop_copy(copy)
    painted = result["painted_s"]
    gaps = [gap for at, gap in result["gaps"] if at <= done_s]
    return {
        "catchup_overdue": overdue,
        "catchup_due_at_start": due_at_start,
        "catchup_s": done_s,
        "catchup_s_after_paint": done_s - painted,
        "catchup_capped": capped,
        "catchup_still_due": remaining,
        "catchup_start_ms": painted * 1000,
        "catchup_stall_ms": max(0.0, max(gaps, default=10.0) - 10),
        "catchup_gaps_over_50ms": sum(1 for gap in gaps if gap > 60),
        "catchup_gaps_ms": spread(gaps) if gaps else None,
        "catchup_trace": trace[:: max(1, len(trace) // 20)],
        # Where the GUI thread was during stalls (10 ms samples): for the fixes.
        "catchup_stall_samples": result.get("stall_samples", []),
    }


def report(figures: dict[str, Any]) -> None:
    if "tick_ms" in figures:
        print(
            f"tick with {figures['tick_in_flight']:,} in flight: "
            f"{fmt_spread(figures['tick_ms'], digits=2)}"
            f" ({figures['tick_advanced_mean']:.1f} customers advanced per tick on average)"
        )
    if "catchup_s" in figures:
        state = (
            f"CAPPED, {figures['catchup_still_due']:,} still due"
            if figures["catchup_capped"]
            else "none due"
        )
        print(
            f"catch-up of {figures['catchup_overdue']:,} overdue in the real window: "
            f"{figures['catchup_s']:.1f} s from the process start ({state}; "
            f"{figures['catchup_s_after_paint']:.1f} s after the first paint at "
            f"{figures['catchup_start_ms']:.0f} ms); longest stall "
            f"{figures['catchup_stall_ms']:.0f} ms, "
            f"{figures['catchup_gaps_over_50ms']} stalls over 50 ms"
        )
        if figures["catchup_gaps_ms"]:
            print(f"  stalls over 20 ms: {fmt_spread(figures['catchup_gaps_ms'])}")
        samples = figures.get("catchup_stall_samples") or []
        if samples:
            print("  where the GUI thread was during stalls (10 ms samples, innermost first):")
            for where, count in samples[:6]:
                print(f"    {count:>5}  {where}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--book", type=Path, help="SQLite file of the N-customer book (kept)")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL server to measure on")
    parser.add_argument("--in-flight", type=int, default=10_000)
    parser.add_argument("--ticks", type=int, default=600)
    parser.add_argument("--overdue", type=int, default=100_000)
    parser.add_argument("--catchup-cap", type=float, default=300.0, help="seconds")
    parser.add_argument("--skip", default="", help="tick or catchup: leave that part out")
    args = parser.parse_args()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-tick-") as tmp:
        work = Path(tmp)
        url, built = book_url(args.database, args.book, args.customers, work)
        print(f"book: {args.customers:,} customers at {url} (built in {built:.0f} s)", flush=True)
        if "tick" not in args.skip:
            figures |= measure_tick(url, work, args.in_flight, args.ticks)
        if "catchup" not in args.skip:
            figures |= measure_catch_up(url, work, args.overdue, args.catchup_cap)
    report(figures)
    name = "postgresql" if is_postgres_url(args.database) else "sqlite"
    print(json.dumps(rounded({"database": name, "customers": args.customers, **figures})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
