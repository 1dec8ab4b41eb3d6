"""Bulk onboarding: checking a spreadsheet and creating its customers.

    python benchmarks/bulk_import.py [--rows 1000 10000] [--create 1000] [--database URL]

1. Checking a file of N rows (written as French Excel would: Windows-1252, semicolons): reading
   it, the wizard's validation of every row, duplicates inside the file and against the book, and
   the domain check on the simulator. Reported beside the time of the wizard's validation
   function alone over the same rows in the same run (the ratio is the import's own cost).
   Targets: 1,000 rows <= 2 s, 10,000 rows <= 15 s.
2. Creating M customers from a file through the import's run (the onboarding use case, the
   journal, the simulator and the store, one customer at a time on a worker): customers per
   second.
3. Peak memory (tracemalloc) while checking the 10,000-row file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reseller_desktop.domain.validation import normalized, validate_request
from reseller_desktop.services.bulk_import.checking import (
    ImportRow,
    RowChecker,
    file_duplicates,
)
from reseller_desktop.services.bulk_import.columns import COLUMNS, match_headers
from reseller_desktop.services.bulk_import.parsing import build_request
from reseller_desktop.services.bulk_import.reading import read_sheet
from reseller_desktop.services.bulk_import.template import EXAMPLE
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.store.database import close_store

TODAY = date(2026, 11, 23)


SYLLABLES = ("ba", "lo", "mi", "ra", "tu", "ne", "vo", "si", "ke", "du")


def name_of(i: int) -> str:
    """A distinct, real-looking name per row (the name rules refuse "Firm 111" as a test name)."""
    word = "".join(SYLLABLES[int(d)] for d in str(i))
    return word.capitalize()


def write_file(path: Path, count: int) -> None:
    lines = ["sep=;", ";".join(c.header for c in COLUMNS)]
    for i in range(count):
        values = dict(
            EXAMPLE,
            company_name=f"Boulangerie {name_of(i)} SARL",
            domain_prefix=f"benchimport{i}",
            address_line1=f"{i + 1} rue de l'Église",
            email=f"camille.{i}@boulangerie-dupont.fr",
            mca_signer_email=f"camille.{i}@boulangerie-dupont.fr",
        )
        lines.append(";".join(values.get(c.key, "") for c in COLUMNS))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def rows_of(path: Path) -> list[ImportRow]:
    sheet = read_sheet(path, max_rows=1_000_000)
    fields = match_headers(sheet.headers).fields
    return [
        ImportRow(r.line, {k: r.cells[i] for i, k in enumerate(fields) if k}) for r in sheet.rows
    ]


def check_file(services: AppServices, path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    rows = rows_of(path)
    checker = RowChecker(
        services.catalog, services.journal, services.partner_center, today=lambda: TODAY
    )
    checks = checker.check_rows(rows)
    file_duplicates(rows)
    elapsed = time.perf_counter() - start
    assert all(not c.problems for c in checks), [c.problems for c in checks if c.problems][:1]
    return elapsed, len(rows)


def validation_alone(services: AppServices, rows: list[ImportRow]) -> float:
    requests = [build_request(r.values, services.catalog, "x")[0] for r in rows]
    start = time.perf_counter()
    for request in requests:
        validate_request(normalized(request), services.catalog, today=TODAY)
    return time.perf_counter() - start


def create(services: AppServices, path: Path) -> tuple[float, int]:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from reseller_desktop.services.background import Background
    from reseller_desktop.services.bulk_import.run import BulkRun

    app = QCoreApplication.instance() or QCoreApplication([])
    rows = rows_of(path)
    background = Background(threads=1)
    run = BulkRun(
        services.onboarding,
        services.catalog,
        background,
        [(i, r.values) for i, r in enumerate(rows)],
    )
    created = 0

    def count(outcome: object) -> None:
        nonlocal created
        created += getattr(outcome, "state", "") == "created"

    run.row_finished.connect(count)
    loop = QEventLoop()
    run.finished.connect(lambda _stopped: loop.quit())
    start = time.perf_counter()
    run.start()
    loop.exec()
    elapsed = time.perf_counter() - start
    background.wait(5000)
    del app
    return elapsed, created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--create", type=int, default=1000)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        services = open_services(data, data / "config", database=args.database)
        try:
            for count in args.rows:
                path = data / f"rows-{count}.csv"
                write_file(path, count)
                elapsed, checked = check_file(services, path)
                # Memory apart (tracemalloc slows Python down about three times).
                tracemalloc.start()
                check_file(services, path)
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                alone = validation_alone(services, rows_of(path))
                print(
                    f"check {checked} rows: {elapsed:.2f} s (validation alone {alone:.2f} s, "
                    f"ratio {elapsed / alone:.2f}); peak memory {peak / 2**20:.1f} MiB"
                )
                results[f"check_{count}_s"] = round(elapsed, 3)
                results[f"validation_alone_{count}_s"] = round(alone, 3)
                results[f"peak_mib_{count}"] = round(peak / 2**20, 1)
            if args.create:
                path = data / "create.csv"
                write_file(path, args.create)
                elapsed, created = create(services, path)
                print(
                    f"create {created} customers: {elapsed:.2f} s, "
                    f"{created / elapsed:.1f} customers/s"
                )
                results["created"] = created
                results["customers_per_s"] = round(created / elapsed, 1)
        finally:
            close_store()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
