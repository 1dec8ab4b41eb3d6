"""A small customer book for tests: rows inserted directly (fast), on whichever store is open.

``search_text`` is built by the onboarding service's own function, so search behaves as it does for
customers created through the wizard.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from reseller_desktop.domain.provisioning import ACTIVE, FAILED, PENDING, PROVISIONING
from reseller_desktop.domain.search import search_text
from reseller_desktop.services.customer_queries import CustomerQueries
from reseller_desktop.store.models import AuditEvent, Customer, Subscription, database_proxy

COMPANIES = [
    "Boulangerie Dupont SARL",
    "Café de la Gare",
    'Le "Petit" Zinc',
    "Müller & Söhne GmbH",
    "Société Générale d'Études, Lyon",
    "Zenith Labs Inc.",
    "Alpine Conseil SA",
    "alpine sports AG",
    "Équipements Bernard",
    "100% Bio_Market",
]
FIRST = ["Camille", "Léa", "Hugo", "Émile", "Chloé", "Noah", "Zoé", "Anna"]
LAST = ["Dupont", "Martin", "Lefèvre", "Müller", "Smith", "O'Brien"]
COUNTRIES = ["FR", "BE", "CH", "DE", "GB", "US"]
OFFERS = [
    ("CFQ7TTC0LCHC", "Microsoft 365 Business Premium", "business"),
    ("CFQ7TTC0LF8R", "Office 365 E3", "enterprise"),
    ("CFQ7TTC0LH16", "Exchange Online (Plan 1)", "exchange"),
]
START = datetime(2026, 11, 23, 9, 30, 0)


@dataclass
class BookCustomer:
    company: str
    prefix: str
    country: str = "FR"
    first: str = "Camille"
    last: str = "Dupont"
    email: str = ""
    status: str = ACTIVE
    seats: int = 10
    offer: tuple[str, str, str] = OFFERS[0]
    created_at: datetime = START
    next_change_at: datetime | None = None
    id: uuid.UUID = field(default_factory=uuid.uuid4)


def varied(count: int, seed: int = 1) -> list[BookCustomer]:
    """``count`` customers with accents, commas, quotes, all statuses, distinct creation times."""
    rng = random.Random(seed)
    customers = []
    for i in range(count):
        company = f"{COMPANIES[i % len(COMPANIES)]} {i}"
        first, last = FIRST[i % len(FIRST)], LAST[(i // 3) % len(LAST)]
        status = [ACTIVE, ACTIVE, ACTIVE, PENDING, PROVISIONING, FAILED][i % 6]
        created = START - timedelta(minutes=count - i)
        customers.append(
            BookCustomer(
                company=company,
                prefix=f"tenant{i}x{rng.randrange(1000)}",
                country=COUNTRIES[i % len(COUNTRIES)],
                first=first,
                last=last,
                email=f"{first.lower()}.{i}@example{i % 7}.fr",
                status=status,
                seats=rng.randint(1, 300),
                offer=OFFERS[i % len(OFFERS)],
                created_at=created,
                next_change_at=created + timedelta(minutes=30)
                if status in (PENDING, PROVISIONING)
                else None,
            )
        )
    return customers


def add_customers(customers: list[BookCustomer]) -> list[uuid.UUID]:
    """Insert ``customers`` (and one subscription each) into the open store."""
    rows, subs, events = [], [], []
    for c in customers:
        email = c.email or f"{c.prefix}@example.fr"
        rows.append(
            {
                "id": c.id,
                "company_name": c.company,
                "domain_prefix": c.prefix,
                "domain_key": c.prefix.lower(),
                "country": c.country,
                "address_line1": "1 Rue de la Paix",
                "city": "Paris",
                "postal_code": "75002",
                "first_name": c.first,
                "last_name": c.last,
                "email": email,
                "language": "fr",
                "culture": "fr-FR",
                "mca_accepted": True,
                "mca_date": c.created_at.date(),
                "mca_signer_first_name": c.first,
                "mca_signer_last_name": c.last,
                "mca_signer_email": email,
                "status": c.status,
                "status_reason": "compliance_review" if c.status == FAILED else "",
                "next_change_at": c.next_change_at,
                "request_id": f"test-{c.id}",
                "offer_summary": c.offer[1],
                "total_seats": c.seats,
                "search_text": search_text(c.company, c.prefix, c.first, c.last, email),
                "created_at": c.created_at,
                "updated_at": c.created_at,
                "created_by": "tests",
            }
        )
        subs.append(
            {
                "customer": c.id,
                "offer_id": c.offer[0],
                "offer_name": c.offer[1],
                "family": c.offer[2],
                "seats": c.seats,
                "term": "P1Y",
                "billing_cycle": "monthly",
                "status": "active" if c.status == ACTIVE else "pending",
                "seats_changed_at": c.created_at,
                "created_at": c.created_at,
                "updated_at": c.created_at,
            }
        )
        events.append(
            {"customer": c.id, "at": c.created_at, "actor": "tests", "action": "customer_created"}
        )
    with database_proxy.atomic():
        for start in range(0, len(rows), 100):
            Customer.insert_many(rows[start : start + 100]).execute()
            Subscription.insert_many(subs[start : start + 100]).execute()
            AuditEvent.insert_many(events[start : start + 100]).execute()
    return [c.id for c in customers]


def first_walk_gives_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first walk of a first page (SQLite: of words of 1-2 characters before their count,
    of others once the count says walk; PostgreSQL: before the counts that choose the plan)
    gives up, as a rare word's does in a big book (in a small one it reads the whole book at
    once), so the plan that follows it is the one tested."""
    monkeypatch.setattr(CustomerQueries, "_quick_walk", lambda *_args, **_kw: None)
    monkeypatch.setattr(CustomerQueries, "_pg_first_walk", lambda *_args, **_kw: None)
