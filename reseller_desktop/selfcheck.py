"""What --smoke-test checks beyond start-up: the data the rules load lazily is really there.

Address rules, phone metadata and country names are read on first use, so a bundle that lost them
would start fine and fail at the first customer. Validating a known-good and a known-bad request
touches all of them.
"""

from __future__ import annotations

from datetime import date

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.countries import country_name, cultures_for
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.validation import validate_request

_TODAY = date(2026, 1, 15)
# A complete, valid request for a French customer (also the tests' and benchmarks' sample).
SAMPLE_REQUEST = NewCustomerRequest(
    company_name="Boulangerie Dupont SARL",
    domain_prefix="boulangeriedupont",
    country="FR",
    address_line1="35 Rue du Faubourg Saint-Honoré",
    city="Paris",
    postal_code="75008",
    first_name="Camille",
    last_name="Dupont",
    email="camille.dupont@boulangerie-dupont.fr",
    phone="+33 1 42 68 53 00",
    language="fr",
    culture="fr-FR",
    mca_accepted=True,
    mca_date=date(2026, 1, 5),
    mca_signer_first_name="Camille",
    mca_signer_last_name="Dupont",
    mca_signer_email="camille.dupont@boulangerie-dupont.fr",
    offer_id="CFQ7TTC0LCHC",
    seats=25,
    term="P1Y",
    billing_cycle="monthly",
)


def sample_request(catalog: Catalog) -> NewCustomerRequest:
    """SAMPLE_REQUEST with an offer of ``catalog``: a partner's own catalog may not have the
    sample's offer, and the smoke test checks the address and phone data, not the catalog."""
    offer = catalog.get(SAMPLE_REQUEST.offer_id) or (catalog.offers[0] if catalog.offers else None)
    if offer is None:
        return SAMPLE_REQUEST
    cap = catalog.family_cap(offer.family)
    most = min(offer.max_seats, cap) if cap else offer.max_seats
    seats = max(offer.min_seats, min(SAMPLE_REQUEST.seats, most))
    term = SAMPLE_REQUEST.term if SAMPLE_REQUEST.term in offer.terms else next(iter(offer.terms))
    cycles = offer.terms[term]
    cycle = SAMPLE_REQUEST.billing_cycle if SAMPLE_REQUEST.billing_cycle in cycles else cycles[0]
    return SAMPLE_REQUEST.with_changes(
        offer_id=offer.id, seats=seats, term=term, billing_cycle=cycle
    )


def check_rules(catalog: Catalog) -> list[str]:
    """Problems found (empty when the address, phone and country data all work)."""
    found = []
    sample = sample_request(catalog)
    problems = validate_request(sample, catalog, today=_TODAY)
    if problems:
        found.append(f"a valid French customer is refused: {sorted(problems)}")
    bad = sample.with_changes(postal_code="7500", phone="12", country="UK")
    bad_problems = validate_request(bad.with_changes(country="FR"), catalog, today=_TODAY)
    if not {"postal_code", "phone"} <= set(bad_problems):
        found.append(f"invalid postal code and phone pass: {sorted(bad_problems)}")
    if "country" not in validate_request(bad, catalog, today=_TODAY):
        found.append("the country code UK is accepted (it must be GB)")
    if country_name("GB", "fr") != "Royaume-Uni":
        found.append("French country names are missing")
    if "fr-BE" not in cultures_for("BE"):
        found.append("culture data is missing")
    return found
