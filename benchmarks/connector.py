"""The REST connector's cost, against the fake Partner Center on loopback.

    python benchmarks/connector.py [--rounds 200] [--customers 100]

1. The create-customer round trip as the issue defines it, the port call and its journal
   (``journal.begin``, ``RestPartnerCenter.create_customer``, ``journal.mark``: the submission
   is durable before Microsoft is asked and its answer is recorded after) against one bare
   ``POST /v1/customers`` of the same body with the connector's own ``httpx.Client`` in the
   same run: median, p90, max and the ratio of medians (target <= 1.5). For information, the
   whole use case (``OnboardingService.create_customer``: validation, journal, create, cart +
   checkout, and the book in one transaction) against the same three calls made bare.
2. 100 customers while the fake answers 429 (``Retry-After: 1``) to one call in ten: the time,
   the waits really slept, and that the server ends with 100 customers and no duplicate.

Only 127.0.0.1 is contacted; every loop is bounded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reseller_desktop.domain.request import NewCustomerRequest, new_request_id
from reseller_desktop.selfcheck import SAMPLE_REQUEST
from reseller_desktop.services.context import open_services, wire_services
from reseller_desktop.services.journal import CREATED
from reseller_desktop.services.partner_center.rest.connector import (
    RestPartnerCenter,
    customer_body,
)
from reseller_desktop.services.partner_center.rest.tokens import StaticToken
from reseller_desktop.store.database import close_store
from reseller_desktop.store.models import Customer
from tests.fake_partner_center import TOKEN, FakePartnerCenter


def request(tag: str, i: int) -> NewCustomerRequest:
    return SAMPLE_REQUEST.with_changes(
        company_name=f"Boulangerie Dupont {tag}{i} SARL",
        domain_prefix=f"bench{tag}{i}",
        email=f"camille.{i}@boulangerie-dupont.fr",
        mca_signer_email=f"camille.{i}@boulangerie-dupont.fr",
        offer_id="CFQ7TTC0LF8R",
        seats=40,
        request_id=new_request_id(),
    )


def figures(times: list[float]) -> str:
    q = statistics.quantiles(times, n=10)
    return f"median {statistics.median(times):.2f} ms, p90 {q[-1]:.2f} ms, max {max(times):.2f} ms"


def headers(port: RestPartnerCenter, request_id: str) -> dict[str, str]:
    return port.http.headers(request_id, str(uuid.uuid4()), TOKEN)


def round_trips(folder: Path, rounds: int) -> None:
    with FakePartnerCenter(visible_after=timedelta(0)) as fake:
        base = open_services(folder, folder / "config")
        port = RestPartnerCenter(fake.url, StaticToken(TOKEN))
        services = wire_services(base.catalog, port, folder)
        client = port.http.http  # the same client, the same connection pool
        app_times: list[float] = []
        bare_times: list[float] = []
        port_times: list[float] = []
        post_times: list[float] = []
        for i in range(rounds + 10):  # the first 10 of each warm up (connection, caches)
            r = request("a", i)
            t0 = time.perf_counter()
            services.onboarding.create_customer(r)
            t1 = time.perf_counter()
            # The same three calls, bare: create, cart, checkout.
            b = request("b", i)
            t2 = time.perf_counter()
            answer = client.post(
                "/v1/customers", json=customer_body(b), headers=headers(port, b.request_id)
            )
            cid = answer.json()["id"]
            line = {
                "id": 0,
                "catalogItemId": port.catalog_item_id(b.offer_id, b.country),  # cached
                "quantity": b.seats,
                "termDuration": b.term,
                "billingCycle": b.billing_cycle,
            }
            cart = client.post(
                f"/v1/customers/{cid}/carts",
                json={"lineItems": [line]},
                headers=headers(port, new_request_id()),
            ).json()
            client.post(
                f"/v1/customers/{cid}/carts/{cart['id']}/checkout",
                headers=headers(port, new_request_id()),
            ).raise_for_status()
            t3 = time.perf_counter()
            c = request("c", i)
            t4 = time.perf_counter()
            services.journal.begin(c)
            created = port.create_customer(c, c.request_id)
            services.journal.mark(c.request_id, CREATED, customer_id=created.customer_id)
            t5 = time.perf_counter()
            d = request("d", i)
            t6 = time.perf_counter()
            client.post(
                "/v1/customers", json=customer_body(d), headers=headers(port, d.request_id)
            ).raise_for_status()
            t7 = time.perf_counter()
            if i >= 10:
                app_times.append((t1 - t0) * 1000)
                bare_times.append((t3 - t2) * 1000)
                port_times.append((t5 - t4) * 1000)
                post_times.append((t7 - t6) * 1000)
        print(f"1. create-customer round trip, {rounds} rounds (fake Partner Center on loopback)")
        port_ratio = statistics.median(port_times) / statistics.median(post_times)
        print(f"   journal + port.create_customer + journal: {figures(port_times)}")
        print(f"   bare POST /v1/customers, same body:        {figures(post_times)}")
        print(f"   ratio of medians: {port_ratio:.2f} (target <= 1.5)")
        ratio = statistics.median(app_times) / statistics.median(bare_times)
        print(f"   whole use case (validate + journal + 3 calls + book): {figures(app_times)}")
        print(f"   bare httpx, the same 3 calls:                         {figures(bare_times)}")
        print(f"   ratio of medians: {ratio:.2f} (for information)")
        port.close()
        close_store()


def throttled(folder: Path, customers: int) -> None:
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    with FakePartnerCenter() as fake:
        fake.throttle_every = 10
        base = open_services(folder, folder / "config")
        port = RestPartnerCenter(fake.url, StaticToken(TOKEN), sleep=sleep)
        services = wire_services(base.catalog, port, folder)
        t0 = time.perf_counter()
        for i in range(customers):
            services.onboarding.create_customer(request("t", i))
        elapsed = time.perf_counter() - t0
        domains = fake.customer_domains()
        throttled_calls = fake.calls // 10  # every tenth call
        print(f"2. {customers} customers, the fake answering 429 (Retry-After: 1) to 1 call in 10")
        print(
            f"   {elapsed:.1f} s for {fake.calls} calls ({throttled_calls} answered 429); "
            f"slept {sum(slept):.1f} s in {len(slept)} waits"
        )
        print(
            f"   server: {len(domains)} customers, {len(domains) - len(set(domains))} duplicates; "
            f"book: {Customer.select().count()} customers"
        )
        assert len(domains) == customers == len(set(domains)) == Customer.select().count()
        port.close()
        close_store()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--customers", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a").mkdir()
        round_trips(Path(folder) / "a", args.rounds)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "b").mkdir()
        throttled(Path(folder) / "b", args.customers)


if __name__ == "__main__":
    main()
