"""Run a benchmark against a throwaway PostgreSQL server (durable settings, as in production).

    python benchmarks/with_postgres.py benchmarks/onboarding.py --customers 1000
    python benchmarks/with_postgres.py benchmarks/make_book.py --customers 1000000

Starts a cluster in a temporary folder on 127.0.0.1 (tests/pg_server.py: PostgreSQL's initdb and
pg_ctl, as the postgres user when run as root), creates an empty database, runs the script with
``--database URL`` added, then stops the server and deletes its folder.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_server import PostgresServer

# Memory for index builds and a larger buffer cache: what a team's server would have.
SETTINGS = "-c shared_buffers=1GB -c maintenance_work_mem=1GB -c max_wal_size=8GB"


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    started = time.perf_counter()
    server = PostgresServer.start(durable=True, settings=SETTINGS)
    try:
        url = server.create_database("reseller_bench")
        print(f"PostgreSQL ready in {time.perf_counter() - started:.1f} s: {url}", flush=True)
        command = [sys.executable, *sys.argv[1:], "--database", url]
        return subprocess.run(command, cwd=ROOT, check=False).returncode
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
