"""Median time of OnboardingService.create_customer over N customers (default 1,000).

    python benchmarks/onboarding.py [--customers 1000] [--database URL]

Each call validates the request, checks the domain and writes the customer, its subscription and
two audit events in one transaction, as the wizard's Submit does. The last line is the figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.selfcheck import SAMPLE_REQUEST
from reseller_desktop.services.context import open_services
from reseller_desktop.store.database import close_store


def request(i: int) -> NewCustomerRequest:
    return SAMPLE_REQUEST.with_changes(
        company_name=f"Boulangerie Dupont {i} SARL",
        domain_prefix=f"benchdupont{i}",
        email=f"camille.{i}@boulangerie-dupont.fr",
        mca_signer_email=f"camille.{i}@boulangerie-dupont.fr",
        offer_id="CFQ7TTC0LF8R",
        seats=40,
        request_id=new_request_id(),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--database", help="peewee URL (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp), Path(tmp), database=args.database)
        requests = [request(i) for i in range(args.customers)]
        # Warm-up: caches and first statements.
        services.onboarding.create_customer(request(args.customers))
        times = []
        for r in requests:
            started = time.perf_counter()
            services.onboarding.create_customer(r)
            times.append((time.perf_counter() - started) * 1000)
        close_store()
    q = statistics.quantiles(times, n=20)
    print(f"customers: {args.customers}, p5 {q[0]:.2f} ms, p95 {q[-1]:.2f} ms")
    print(f"create_customer median: {statistics.median(times):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
