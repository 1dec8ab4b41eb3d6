"""Property tests: no input makes validation raise, and "no problem" really means valid."""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reseller_desktop.domain.catalog import load_catalog
from reseller_desktop.domain.countries import (
    PHONE_AND_REGISTRATION_REQUIRED,
    address_rules,
    countries_by_name,
    country_codes,
    country_name,
    cultures_for,
    default_culture,
    language_of,
    normalize_country,
)
from reseller_desktop.domain.name_rules import is_only_legal_form, placeholder_word
from reseller_desktop.domain.request import TEXT_FIELDS, NewCustomerRequest
from reseller_desktop.domain.text import Message
from reseller_desktop.domain.validation import (
    CUSTOMER_FIELDS,
    DOMAIN_PREFIX_RE,
    OFFER_FIELDS,
    normalized,
    validate_request,
    validate_seats,
)

CATALOG = load_catalog(Path(__file__).resolve().parents[2] / "resources" / "offers.json")
TODAY = datetime.date(2026, 11, 23)
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

COMMON: dict[str, Any] = {
    "company_name": "Contoso Conseil SARL",
    "domain_prefix": "contosoconseil",
    "first_name": "Camille",
    "last_name": "Martin",
    "email": "camille.martin@contoso-conseil.fr",
    "mca_accepted": True,
    "mca_date": datetime.date(2026, 11, 20),
    "mca_signer_first_name": "Camille",
    "mca_signer_last_name": "Martin",
    "mca_signer_email": "camille.martin@contoso-conseil.fr",
    "offer_id": "CFQ7TTC0LH18",
    "seats": 10,
    "term": "P1Y",
    "billing_cycle": "monthly",
}
BASES = [
    NewCustomerRequest(
        **COMMON,
        country="FR",
        address_line1="35 Rue du Faubourg Saint-Honoré",
        city="Paris",
        postal_code="75008",
        language="fr",
        culture="fr-FR",
    ),
    NewCustomerRequest(
        **COMMON,
        country="US",
        address_line1="1600 Amphitheatre Pkwy",
        city="Mountain View",
        state="CA",
        postal_code="94043",
        language="en",
        culture="en-US",
    ),
    NewCustomerRequest(
        **COMMON,
        country="HU",
        address_line1="Kossuth Lajos tér 1-3",
        city="Budapest",
        postal_code="1055",
        language="hu",
        culture="hu-HU",
        phone="+36 1 441 4000",
        registration_number="01-09-123456",
    ),
]
for _base in BASES:
    assert validate_request(_base, CATALOG, today=TODAY) == {}, _base.country

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\t\r\n",
    "\u2028",
    "\ud800",
    "\udfff",
    "x\ud83d",
    "🏢" * 10,
    "👩‍👩‍👧‍👦",
    "\u202egnp.exe",
    "مرحبا بالعالم",
    "שלום",
    "'; DROP TABLE customers; --",
    '" OR 1=1 --',
    "%s%s%n",
    "{0}{name}{}",
    "${jndi:ldap://x}",
    "<script>alert(1)</script>",
    "a" * 10_000,
    "é" * 10_000,
    "\x00" * 10_000,
    "1" * 10_000,
    "١٢٣",
    "０１２ＡＢＣ",
    "\ufeff",
    "\u200b",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "UK",
    " gb ",
    "fr",
    "fr-FR",
    "en_us",
    "CA",
    "California",
    "P1Y",
    "P3Y",
    "monthly",
    "triennial",
    "CFQ7TTC0LH18",
    "CFQ7TTC0LF8R",
    "+36 1 441 4000",
    "+33 1 42 92 81 00",
    "a@b.fr",
    "admin@contoso.onmicrosoft.com",
    "contoso.onmicrosoft.com",
    "SW1A 2AA",
    "CH-3005",
    "None",
    "null",
    "-1",
    "1e309",
]
ALPHABET = st.one_of(
    st.characters(exclude_categories=()),  # every code point, lone surrogates included
    st.sampled_from("aZ09 -./@+'\x00\n\u202e\ud800é🏢"),
)
ODD_TEXT = st.one_of(
    st.text(ALPHABET, max_size=60),
    st.sampled_from(NASTY),
    st.tuples(st.text(ALPHABET, min_size=1, max_size=4), st.integers(1, 2_500)).map(
        lambda pair: (pair[0] * pair[1])[:10_000]
    ),
)
BAD_CATEGORIES = {"Cc", "Cs", "Zl", "Zp"}
BOUNDS = {
    "company_name": (1, 200),
    "address_line1": (1, 200),
    "address_line2": (0, 200),
    "city": (0, 100),
    "state": (0, 100),
    "postal_code": (0, 20),
    "first_name": (2, 40),
    "last_name": (2, 40),
    "mca_signer_first_name": (1, 50),
    "mca_signer_last_name": (1, 50),
    "registration_number": (0, 50),
    "domain_prefix": (1, 27),
}


@st.composite
def requests(draw: st.DrawFn) -> NewCustomerRequest:
    """A valid request with a few fields replaced by odd values (so some stay valid)."""
    base = draw(st.sampled_from(BASES))
    changes: dict[str, Any] = {}
    for name in draw(st.sets(st.sampled_from(TEXT_FIELDS), max_size=4)):
        changes[name] = draw(ODD_TEXT)
    if draw(st.integers(0, 3)) == 0:
        changes["seats"] = draw(st.integers(-5, 20_000_000))
    if draw(st.integers(0, 9)) == 0:
        changes["mca_accepted"] = False
    if draw(st.integers(0, 5)) == 0:
        changes["mca_date"] = draw(st.none() | st.dates())
    return base.with_changes(**changes)


def assert_really_valid(request: NewCustomerRequest) -> None:
    for name in TEXT_FIELDS:
        value = getattr(request, name)
        assert isinstance(value, str)
        assert value == value.strip(), name
        assert not any(unicodedata.category(c) in BAD_CATEGORIES for c in value), name
    for name, (low, high) in BOUNDS.items():
        assert low <= len(getattr(request, name)) <= high, name
    assert not is_only_legal_form(request.company_name)
    assert placeholder_word(request.company_name, company=True) is None
    assert placeholder_word(request.first_name) is None
    assert placeholder_word(request.last_name) is None
    assert not request.email.endswith(("@microsoft.com", ".microsoft.com"))
    assert DOMAIN_PREFIX_RE.fullmatch(request.domain_prefix)
    assert request.domain_prefix.isascii() and request.domain_prefix.isalnum()
    assert request.country in country_codes()
    assert request.email.count("@") == 1 and "." in request.email.split("@")[1]
    assert request.mca_signer_email.count("@") == 1
    assert len(request.language) == 2 and request.language.isascii()
    assert request.language.isalpha()
    assert request.culture in cultures_for(request.country)
    needs_registration = request.country in PHONE_AND_REGISTRATION_REQUIRED
    assert bool(request.registration_number) == needs_registration
    if needs_registration:
        assert request.phone
    rules = address_rules(request.country)
    assert request.city or not rules.city_required
    assert request.state or not rules.state_required
    assert request.postal_code or not rules.postal_required
    # Since 2026-01-05 the customer accepts the agreement after creation: nothing to attest.
    assert isinstance(request.mca_accepted, bool)
    if request.admin_template:
        assert request.admin_role_list
    offer = CATALOG.get(request.offer_id)
    assert offer is not None
    assert request.billing_cycle in offer.terms[request.term]
    assert offer.min_seats <= request.seats <= offer.max_seats


@SETTINGS
@given(requests())
def test_validation_never_raises_and_no_problem_means_valid(request: NewCustomerRequest) -> None:
    problems = validate_request(request, CATALOG, today=TODAY)
    clean = normalized(request)
    assert set(problems) <= set(CUSTOMER_FIELDS) | set(OFFER_FIELDS)
    for message in problems.values():
        assert isinstance(message, Message)
        assert message.context == "Validation"
        assert message.render()  # every placeholder has its argument
    if not problems:
        assert_really_valid(clean)


@SETTINGS
@given(st.builds(NewCustomerRequest, **{name: ODD_TEXT for name in TEXT_FIELDS}))
def test_any_text_in_every_field_never_raises(request: NewCustomerRequest) -> None:
    problems = validate_request(request, CATALOG, today=TODAY, business_seats_in_use=299)
    assert normalized(request) is not None
    if not problems:
        assert_really_valid(normalized(request))


@SETTINGS
@given(requests())
def test_normalized_is_idempotent_and_validation_sees_through_it(
    request: NewCustomerRequest,
) -> None:
    once = normalized(request)
    assert normalized(once) == once
    assert once.request_id == request.request_id
    assert set(validate_request(once, CATALOG, today=TODAY)) == set(
        validate_request(request, CATALOG, today=TODAY)
    )


@SETTINGS
@given(ODD_TEXT, ODD_TEXT)
def test_country_functions_never_raise(text: str, language: str) -> None:
    assert isinstance(country_name(text, language), str)
    code = normalize_country(text)
    assert code is None or code in country_codes()
    assert address_rules(text).state_choices is not None
    cultures = cultures_for(text)
    assert cultures and cultures[-1] == "en-US"
    assert default_culture(text, language) in cultures
    assert isinstance(language_of(text), str)
    assert countries_by_name(language)


@SETTINGS
@given(
    st.sampled_from(CATALOG.offers),
    st.integers(-(10**12), 10**12) | st.integers(-5, 400),
    st.integers(-(10**6), 10**6) | st.integers(0, 400),
)
def test_validate_seats_agrees_with_the_rules(offer: Any, seats: int, in_use: int) -> None:
    problem = validate_seats(CATALOG, offer, seats, family_seats_in_use=in_use)
    cap = CATALOG.family_cap(offer.family)
    allowed = offer.min_seats <= seats <= offer.max_seats and (
        cap is None or seats + max(in_use, 0) <= cap
    )
    assert (problem is None) == allowed
    if problem is not None:
        assert problem.render()
