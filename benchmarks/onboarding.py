"""Creating customers: the service's cost, and what the window feels while the wizard submits.

    python benchmarks/onboarding.py [--customers 1000] [--submits 200] [--database URL]

1. ``create_customer`` through the Partner Center port (the simulator), N times: each call
   validates the request, journals the submission, asks the port for the customer and its order,
   and records the customer, its subscription and their history, as Submit does.
2. The wizard's code path, M times: Submit hands the call to a worker thread (``Background``),
   the answer comes back on the GUI thread and the main window lists the new customer. A 10 ms
   QTimer measures the longest time the event loop could not run (the window's freeze).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.selfcheck import SAMPLE_REQUEST
from reseller_desktop.services.context import AppServices, open_services
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


def figures(times: list[float]) -> str:
    q = statistics.quantiles(times, n=10)
    return f"median {statistics.median(times):.2f} ms, p90 {q[-1]:.2f} ms, max {max(times):.2f} ms"


def wizard_path(services: AppServices, requests: list[NewCustomerRequest]) -> tuple[float, int]:
    """Submit each request as the wizard does; return the longest event-loop stall (ms) and the
    number of customers the window listed."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reseller_desktop.services.live import build_live
    from reseller_desktop.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(services, build_live(services))
    window.show()
    app.processEvents()
    longest = 0.0
    last = time.perf_counter()

    def beat() -> None:
        nonlocal longest, last
        now = time.perf_counter()
        longest = max(longest, (now - last) * 1000)
        last = now

    meter = QTimer()
    meter.setInterval(10)
    meter.timeout.connect(beat)
    meter.start()
    listed = 0
    background = window.live_services.background
    onboarding = services.onboarding
    for r in requests:
        loop = QEventLoop()

        def done(result: object, loop: QEventLoop = loop) -> None:
            nonlocal listed
            window.on_customer_created(result.customer.id)  # type: ignore[attr-defined]
            listed += window.model.row_of(result.customer.id) is not None  # type: ignore[attr-defined]
            loop.quit()

        def failed(error: Exception) -> None:
            raise error

        background.run(lambda r=r: onboarding.create_customer(r), done, failed, timeout_ms=15_000)
        loop.exec()
    meter.stop()
    window.close()
    return longest, listed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--submits", type=int, default=200)
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
        more = [request(args.customers + 1 + i) for i in range(args.submits)]
        stall, listed = wizard_path(services, more)
        close_store()
    print(f"customers: {args.customers}, create_customer {figures(times)}")
    print(f"submits through the wizard's path: {args.submits}, listed {listed}")
    print(f"create_customer median: {statistics.median(times):.2f} ms")
    print(f"longest event-loop stall while submitting: {stall:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
