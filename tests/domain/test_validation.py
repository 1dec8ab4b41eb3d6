"""Validation rules of a new-customer request: real addresses pass, each broken field is named."""

from __future__ import annotations

import ast
import datetime
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

import reseller_desktop.domain.validation as validation_module
from reseller_desktop.domain import (
    address_checks,
    contact_checks,
    name_rules,
    offer_checks,
    partner_checks,
    text_checks,
)
from reseller_desktop.domain.catalog import Catalog, Offer, load_catalog
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.text import Message
from reseller_desktop.domain.validation import (
    CUSTOMER_FIELDS,
    OFFER_FIELDS,
    normalized,
    validate_request,
    validate_seats,
)
from tests.app_process import run_python

ROOT = Path(__file__).resolve().parents[2]
CATALOG = load_catalog(ROOT / "resources" / "offers.json")
TODAY = datetime.date(2026, 11, 23)
BUSINESS_BASIC = "CFQ7TTC0LH18"
E3 = "CFQ7TTC0LF8R"

CONTACT: dict[str, Any] = {
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
    "offer_id": BUSINESS_BASIC,
    "seats": 10,
    "term": "P1Y",
    "billing_cycle": "monthly",
}

ADDRESSES: dict[str, dict[str, str]] = {
    "FR": {
        "country": "FR",
        "address_line1": "35 Rue du Faubourg Saint-Honoré",
        "city": "Paris",
        "postal_code": "75008",
        "language": "fr",
        "culture": "fr-FR",
        "phone": "+33 1 42 92 81 00",
    },
    "BE": {
        "country": "BE",
        "address_line1": "Rue de la Loi 16",
        "city": "Bruxelles",
        "postal_code": "1000",
        "language": "fr",
        "culture": "fr-BE",
    },
    "CH": {
        "country": "CH",
        "address_line1": "Bundesplatz 3",
        "city": "Bern",
        "postal_code": "3005",
        "language": "de",
        "culture": "de-CH",
        "phone": "058 322 87 90",
    },
    "CA": {
        "country": "CA",
        "address_line1": "1 Rue des Carrières",
        "city": "Québec",
        "state": "QC",
        "postal_code": "G1R 4S9",
        "language": "fr",
        "culture": "fr-CA",
        "phone": "+1 418-643-5321",
    },
    "US": {
        "country": "US",
        "address_line1": "1600 Amphitheatre Pkwy",
        "city": "Mountain View",
        "state": "CA",
        "postal_code": "94043",
        "language": "en",
        "culture": "en-US",
        "phone": "(650) 253-0000",
    },
    "GB": {
        "country": "GB",
        "address_line1": "10 Downing Street",
        "city": "London",
        "postal_code": "SW1A 2AA",
        "language": "en",
        "culture": "en-GB",
    },
    "DE": {
        "country": "DE",
        "address_line1": "Platz der Republik 1",
        "city": "Berlin",
        "postal_code": "11011",
        "language": "de",
        "culture": "de-DE",
        "phone": "030 227 0",
    },
    "HU": {
        "country": "HU",
        "address_line1": "Kossuth Lajos tér 1-3",
        "city": "Budapest",
        "postal_code": "1055",
        "language": "hu",
        "culture": "hu-HU",
        "phone": "+36 1 441 4000",
        "registration_number": "01-09-123456",
    },
}


def make(place: str = "FR", /, **changes: Any) -> NewCustomerRequest:
    """A valid request for a customer at the real address of ``place``, with ``changes``."""
    return NewCustomerRequest(**{**CONTACT, **ADDRESSES[place], **changes})


def problems_of(request: NewCustomerRequest, **kwargs: Any) -> dict[str, Message]:
    return validate_request(request, CATALOG, today=TODAY, **kwargs)


VALIDATION_MODULES = (
    validation_module,
    partner_checks,
    text_checks,
    name_rules,
    address_checks,
    contact_checks,
    offer_checks,
)
"""validation.py and the modules holding the rules it combines."""


def source_messages() -> set[str]:
    """Every QT_TRANSLATE_NOOP literal of the validation modules (what pyside6-lupdate collects)."""
    found = set()
    for module in VALIDATION_MODULES:
        assert module.__file__ is not None
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(context, ast.Constant) and context.value == "Validation"
                assert isinstance(text, ast.Constant) and isinstance(text.value, str)
                found.add(text.value)
    return found


SOURCE_MESSAGES = source_messages()


def assert_translatable(message: Message) -> None:
    assert message.context == "Validation"
    assert message.text in SOURCE_MESSAGES, message.text
    rendered = message.render()
    assert "{" not in rendered and "Error" not in rendered and "Traceback" not in rendered


# ---------------------------------------------------------------------------------------------
# Valid requests


@pytest.mark.parametrize("country", sorted(ADDRESSES))
def test_real_addresses_are_valid(country: str) -> None:
    assert problems_of(make(country)) == {}


@pytest.mark.parametrize(
    ("country", "changes"),
    [
        ("US", {"state": "California"}),
        ("US", {"state": "california", "postal_code": "94043-1351"}),
        ("CA", {"state": "Québec"}),
        ("CA", {"state": "qc", "postal_code": "g1r4s9"}),
        ("GB", {"postal_code": "sw1a 2aa", "country": "gb"}),
        ("CH", {"postal_code": "CH-3005"}),
        ("FR", {"postal_code": "75 008"}),
        ("FR", {"phone": "01 42 92 81 00", "culture": "en-US", "language": "en"}),
        ("FR", {"phone": "+44 20 7925 0918"}),  # a foreign number in international format
        ("FR", {"company_name": "  Contoso Conseil SARL  ", "email": "Camille.Martin@Contoso.FR"}),
        ("FR", {"culture": "fr-fr", "language": "FR"}),
        ("FR", {"address_line2": "Bâtiment B, 3e étage"}),
        (
            "FR",
            {"company_name": "Société Générale 🥐", "first_name": "Zoë", "last_name": "N'Diaye"},
        ),
        ("FR", {"mca_date": TODAY, "mca_signer_phone": "+33 6 12 34 56 78"}),
        ("FR", {"offer_id": E3, "term": "P3Y", "billing_cycle": "triennial", "seats": 10_000}),
        ("FR", {"seats": 300}),
        ("HU", {"registration_number": "Cg. 01-09-123456"}),
        ("DE", {"domain_prefix": "A" * 27}),
        ("DE", {"domain_prefix": "Contoso2024"}),
    ],
)
def test_accepted_variants(country: str, changes: dict[str, Any]) -> None:
    assert problems_of(make(country, **changes)) == {}


# ---------------------------------------------------------------------------------------------
# One broken field at a time


FAILURES: list[tuple[str, dict[str, Any], str, tuple[str, ...]]] = [
    # (country, changes, field, words the message must contain)
    ("FR", {"company_name": ""}, "company_name", ("legal company name",)),
    ("FR", {"company_name": "   "}, "company_name", ("legal company name",)),
    ("FR", {"company_name": "C" * 201}, "company_name", ("200", "201")),
    ("FR", {"company_name": "Con\x00toso"}, "company_name", ("control characters",)),
    ("FR", {"company_name": "Contoso\nConseil"}, "company_name", ("line breaks",)),
    ("FR", {"company_name": "Test"}, "company_name", ("test names",)),
    ("FR", {"domain_prefix": ""}, "domain_prefix", ("letters and digits", "27")),
    ("FR", {"domain_prefix": "contoso-fr"}, "domain_prefix", ("no spaces, dots, hyphens", "27")),
    ("FR", {"domain_prefix": "contoso fr"}, "domain_prefix", ("only letters and digits",)),
    ("FR", {"domain_prefix": "café"}, "domain_prefix", ("only letters and digits",)),
    ("FR", {"domain_prefix": "١٢٣"}, "domain_prefix", ("only letters and digits",)),
    ("FR", {"domain_prefix": "a" * 28}, "domain_prefix", ("27", "28")),
    ("FR", {"domain_prefix": "contoso.onmicrosoft.com"}, "domain_prefix", (".onmicrosoft.com",)),
    ("FR", {"country": ""}, "country", ("Choose",)),
    ("GB", {"country": "UK"}, "country", ("Use GB for the United Kingdom",)),
    ("GB", {"country": "uk"}, "country", ("Use GB",)),
    ("FR", {"country": "France"}, "country", ("FR",)),
    ("FR", {"country": "XX"}, "country", ("FR, GB or US",)),
    ("FR", {"address_line1": ""}, "address_line1", ("street address",)),
    ("FR", {"address_line1": "x" * 201}, "address_line1", ("200",)),
    ("FR", {"address_line2": "x" * 201}, "address_line2", ("200",)),
    ("FR", {"city": ""}, "city", ("city",)),
    ("FR", {"city": "x" * 101}, "city", ("100",)),
    ("US", {"state": ""}, "state", ("state",)),
    ("US", {"state": "Bavaria"}, "state", ("from the list", "AL", "Alabama")),
    ("FR", {"postal_code": ""}, "postal_code", ("for example", "33380")),
    ("FR", {"postal_code": "7500"}, "postal_code", ("for example", "33380")),
    ("GB", {"postal_code": "75008"}, "postal_code", ("for example", "EC1Y 8SY")),
    ("DE", {"postal_code": "1101"}, "postal_code", ("for example",)),
    ("US", {"postal_code": "10001"}, "postal_code", ("chosen state", "90000")),
    ("CA", {"postal_code": "V8X 3X4"}, "postal_code", ("chosen state",)),
    ("CA", {"postal_code": "12345"}, "postal_code", ("for example",)),
    ("FR", {"first_name": ""}, "first_name", ("first name",)),
    ("FR", {"first_name": "x" * 51}, "first_name", ("40", "51")),
    ("FR", {"last_name": ""}, "last_name", ("last name",)),
    ("FR", {"last_name": "x" * 51}, "last_name", ("40", "51")),
    ("FR", {"email": ""}, "email", ("email address",)),
    ("FR", {"email": "not an address"}, "email", ("name@contoso.com",)),
    ("FR", {"email": "camille@contoso"}, "email", (".com or .fr",)),
    ("FR", {"email": "camille@contoso.c"}, "email", (".com or .fr",)),
    ("FR", {"email": "camille@contoso.123"}, "email", (".com or .fr",)),
    ("FR", {"email": "camille@@contoso.fr"}, "email", ("one @",)),
    ("FR", {"email": "camille@example.com"}, "email", ("real email address",)),
    ("FR", {"phone": "12"}, "phone", ("+33 1 23 45 67 89",)),
    ("FR", {"phone": "not a phone"}, "phone", ("for example",)),
    ("HU", {"phone": ""}, "phone", ("600051", "+36")),
    ("FR", {"registration_number": "123456789"}, "registration_number", ("600002", "empty")),
    ("HU", {"registration_number": ""}, "registration_number", ("600049",)),
    ("HU", {"registration_number": "01/09/123456"}, "registration_number", ("600050",)),
    ("HU", {"registration_number": "1" * 51}, "registration_number", ("600050", "50")),
    ("HU", {"registration_number": "---"}, "registration_number", ("600050",)),
    ("FR", {"language": ""}, "language", ("two letters",)),
    ("FR", {"language": "fra"}, "language", ("two-letter",)),
    ("FR", {"language": "zz"}, "language", ("two-letter",)),
    ("FR", {"culture": ""}, "culture", ("fr-FR",)),
    ("FR", {"culture": "de-DE"}, "culture", ("fr-FR, en-US",)),
    ("FR", {"culture": "french"}, "culture", ("fr-FR, en-US",)),
    # Since 2026-01-05 the customer accepts the agreement: nothing to attest, types only.
    ("FR", {"mca_accepted": "yes"}, "mca_accepted", ("yes or no",)),
    ("FR", {"mca_date": "2026-11-20"}, "mca_date", ("date",)),
    # Reseller and GDAP (partner_checks.py).
    ("FR", {"gdap_default": "yes"}, "gdap_default", ("yes or no",)),
    ("FR", {"admin_auto_extend": 1}, "admin_auto_extend", ("yes or no",)),
    ("FR", {"reseller_id": "Alpine IT"}, "reseller_id", ("indirect resellers", "tenant id")),
    ("FR", {"reseller_name": "x" * 201}, "reseller_name", ("200",)),
    ("FR", {"admin_roles": "User Administrator"}, "admin_template", ("role template",)),
    ("FR", {"admin_template": "Helpdesk"}, "admin_roles", ("at least one role",)),
    (
        "FR",
        {"admin_template": "Helpdesk", "admin_roles": "User Administrator; Chief"},
        "admin_roles",
        ("Unknown Entra role: Chief",),
    ),
    (
        "FR",
        {
            "admin_template": "Helpdesk",
            "admin_roles": "User Administrator",
            "admin_duration": "P3Y",
        },
        "admin_duration",
        ("P1D", "P2Y"),
    ),
    ("FR", {"mca_signer_first_name": ""}, "mca_signer_first_name", ("first name",)),
    ("FR", {"mca_signer_first_name": "x" * 51}, "mca_signer_first_name", ("50",)),
    ("FR", {"mca_signer_last_name": ""}, "mca_signer_last_name", ("last name",)),
    ("FR", {"mca_signer_email": ""}, "mca_signer_email", ("email address",)),
    ("FR", {"mca_signer_email": "camille"}, "mca_signer_email", ("name@contoso.com",)),
    ("FR", {"mca_signer_phone": "999"}, "mca_signer_phone", ("+33 1 23 45 67 89",)),
    ("FR", {"offer_id": ""}, "offer_id", ("Choose an offer",)),
    ("FR", {"offer_id": "CFQ7TTC0XXXX"}, "offer_id", ("not in the offer catalog",)),
    ("FR", {"term": "P3Y", "billing_cycle": "annual"}, "term", ("P1M, P1Y",)),
    ("FR", {"billing_cycle": "triennial"}, "billing_cycle", ("monthly, annual",)),
    ("FR", {"seats": 0}, "seats", ("Enter between 1 and 300 seats",)),
    ("FR", {"seats": 301}, "seats", ("Business plans are limited to 300 seats", "300 at most")),
    ("FR", {"offer_id": E3, "seats": 10_000_001}, "seats", ("between 1 and 10000000",)),
]


@pytest.mark.parametrize(
    ("country", "changes", "field", "words"),
    FAILURES,
    ids=[f"{row[2]}-{i}" for i, row in enumerate(FAILURES)],
)
def test_each_broken_field_is_named_with_its_fix(
    country: str, changes: dict[str, Any], field: str, words: tuple[str, ...]
) -> None:
    problems = problems_of(make(country, **changes))
    assert list(problems) == [field]
    message = problems[field]
    assert_translatable(message)
    for word in words:
        assert word in message.render(), (word, message.render())


def test_every_field_rule_is_covered() -> None:
    covered = {row[2] for row in FAILURES}
    assert set(CUSTOMER_FIELDS) | set(OFFER_FIELDS) == covered


def test_every_problem_at_once_in_form_order() -> None:
    request = NewCustomerRequest()
    problems = problems_of(request)
    expected = {
        "company_name",
        "domain_prefix",
        "country",
        "address_line1",
        "first_name",
        "last_name",
        "email",
        "language",
        "culture",
        "mca_signer_first_name",
        "mca_signer_last_name",
        "mca_signer_email",
        "offer_id",
    }
    assert set(problems) == expected
    order = [*CUSTOMER_FIELDS, *OFFER_FIELDS]
    assert list(problems) == sorted(problems, key=order.index)
    for message in problems.values():
        assert_translatable(message)


def test_unknown_country_does_not_pile_up_other_problems() -> None:
    problems = problems_of(make("HU", country="Hungaria", registration_number="123"))
    assert list(problems) == ["country"]


# ---------------------------------------------------------------------------------------------
# Seats and the Business cap


def offer(offer_id: str) -> Offer:
    found = CATALOG.get(offer_id)
    assert found is not None
    return found


def test_validate_seats_range() -> None:
    basic = offer(BUSINESS_BASIC)
    assert validate_seats(CATALOG, basic, 1) is None
    assert validate_seats(CATALOG, basic, 300) is None
    for seats in (0, -5):
        problem = validate_seats(CATALOG, basic, seats)
        assert problem is not None
        assert problem.render() == "Enter between 1 and 300 seats."
        assert_translatable(problem)
    problem = validate_seats(CATALOG, offer(E3), 10_000_001)
    assert problem is not None and problem.render() == "Enter between 1 and 10000000 seats."


@pytest.mark.parametrize("seats", [301, 500, 3000])
def test_too_many_business_seats_are_explained_by_the_business_cap(seats: int) -> None:
    """The cap is the tighter limit of a Business offer: it explains the refusal."""
    problem = validate_seats(CATALOG, offer(BUSINESS_BASIC), seats)
    assert problem is not None
    assert_translatable(problem)
    assert problem.render() == (
        "Business plans are limited to 300 seats per customer, across all their Business "
        "subscriptions: enter 300 at most."
    )


def test_an_offer_maximum_under_its_family_cap_is_explained_as_a_range() -> None:
    roomy = Catalog(offers=CATALOG.offers, family_caps={"business": 1000})
    problem = validate_seats(roomy, offer(BUSINESS_BASIC), 301)
    assert problem is not None and problem.render() == "Enter between 1 and 300 seats."
    problem = validate_seats(roomy, offer(BUSINESS_BASIC), 301, family_seats_in_use=900)
    assert problem is not None and "enter 100 at most" in problem.render()


@pytest.mark.parametrize("seats", [True, 2.5, "10", None])
def test_validate_seats_rejects_non_integers(seats: Any) -> None:
    problem = validate_seats(CATALOG, offer(BUSINESS_BASIC), seats)
    assert problem is not None
    assert "whole number" in problem.render()


def test_business_cap_counts_seats_in_use() -> None:
    basic = offer(BUSINESS_BASIC)
    assert validate_seats(CATALOG, basic, 100, family_seats_in_use=200) is None
    problem = validate_seats(CATALOG, basic, 101, family_seats_in_use=200)
    assert problem is not None
    assert_translatable(problem)
    text = problem.render()
    assert "300 seats per customer in total" in text
    assert "200 are already in use" in text
    assert "enter 100 at most" in text


def test_business_cap_full() -> None:
    problem = validate_seats(CATALOG, offer(BUSINESS_BASIC), 1, family_seats_in_use=300)
    assert problem is not None
    assert "300 are already in use" in problem.render()
    assert "remove seats from another Business subscription" in problem.render()


def test_no_cap_for_enterprise() -> None:
    assert validate_seats(CATALOG, offer(E3), 5000, family_seats_in_use=10**6) is None


def test_cap_of_another_family_uses_the_generic_message() -> None:
    capped = Catalog(offers=CATALOG.offers, family_caps={"exchange": 50})
    problem = validate_seats(capped, offer("CFQ7TTC0LH16"), 30, family_seats_in_use=30)
    assert problem is not None
    assert "Plans of this family are limited to 50 seats" in problem.render()
    assert "enter 20 at most" in problem.render()


def test_validate_request_applies_the_business_cap() -> None:
    request = make("FR", seats=10)
    assert problems_of(request, business_seats_in_use=290) == {}
    problems = problems_of(request, business_seats_in_use=295)
    assert list(problems) == ["seats"]
    assert "295 are already in use" in problems["seats"].render()
    assert "enter 5 at most" in problems["seats"].render()
    # Business seats in use do not limit an enterprise offer.
    assert problems_of(make("FR", offer_id=E3, seats=10), business_seats_in_use=300) == {}


# ---------------------------------------------------------------------------------------------
# Field names and normalization


def test_field_name_constants_cover_the_request() -> None:
    names = [f.name for f in fields(NewCustomerRequest)]
    assert OFFER_FIELDS == ("offer_id", "seats", "term", "billing_cycle")
    assert [*CUSTOMER_FIELDS, *OFFER_FIELDS, "request_id"] == names
    assert CUSTOMER_FIELDS[:3] == ("company_name", "domain_prefix", "country")
    assert {
        "mca_accepted",
        "mca_date",
        "mca_signer_first_name",
        "mca_signer_last_name",
        "mca_signer_email",
        "mca_signer_phone",
    } <= set(CUSTOMER_FIELDS)


def test_normalized_cleans_text() -> None:
    raw = make(
        "GB",
        company_name="  Contoso Ltd \t",
        domain_prefix=" contoso ",
        country=" gb ",
        postal_code=" sw1a 2aa ",
        email=" Jo.Bloggs@Contoso.CO.UK ",
        mca_signer_email="Jo.Bloggs@Contoso.co.uk",
        language="EN",
        culture="en_gb",
    )
    clean = normalized(raw)
    assert clean is not raw
    assert clean.company_name == "Contoso Ltd"
    assert clean.domain_prefix == "contoso"
    assert clean.country == "GB"
    assert clean.postal_code == "SW1A 2AA"
    assert clean.email == "jo.bloggs@contoso.co.uk"
    assert clean.mca_signer_email == "jo.bloggs@contoso.co.uk"
    assert clean.language == "en"
    assert clean.culture == "en-GB"
    assert clean.request_id == raw.request_id
    assert clean.seats == raw.seats and clean.mca_date == raw.mca_date
    assert raw.company_name == "  Contoso Ltd \t"  # the original is untouched


def test_normalized_state_code_and_postal_prefix() -> None:
    assert normalized(make("US", state=" california ")).state == "CA"
    assert normalized(make("CA", state="Québec", postal_code="g1r 4s9")).state == "QC"
    assert normalized(make("CA", postal_code="g1r 4s9")).postal_code == "G1R 4S9"
    assert normalized(make("CH", postal_code="ch-3005")).postal_code == "3005"
    assert normalized(make("FR", state="Île-de-France")).state == "Île-de-France"
    assert normalized(make("US", state="Nowhere")).state == "Nowhere"


def test_normalized_is_idempotent() -> None:
    for country in ADDRESSES:
        once = normalized(make(country, email=" A@B.FR ", state=" x "))
        assert normalized(once) == once


def test_validation_ignores_surrounding_spaces() -> None:
    request = make("FR", company_name="  Contoso  ", domain_prefix=" contoso ", city=" Paris ")
    assert problems_of(request) == {}


@pytest.mark.parametrize("today", [TODAY, datetime.datetime(2026, 11, 23, 23, 59)])
def test_agreement_date_compared_as_dates(today: datetime.date) -> None:
    request = make("FR", mca_date=datetime.datetime(2026, 11, 23, 8, 0))
    assert validate_request(request, CATALOG, today=today) == {}


def test_wrongly_typed_values_are_problems_not_crashes() -> None:
    request = make(
        "FR",
        company_name=None,
        domain_prefix=42,
        country=None,
        email=b"a@b.fr",
        phone=3314292,
        mca_date="2026-11-20",
        mca_accepted="yes",
        seats="ten",
        offer_id=None,
        culture=None,
    )
    problems = problems_of(request)
    assert {
        "company_name",
        "domain_prefix",
        "country",
        "email",
        "phone",
        "mca_date",
        "mca_accepted",
        "offer_id",
        "culture",
    } <= set(problems)
    for message in problems.values():
        assert_translatable(message)
    normalized(request)  # does not raise either


def test_a_failing_rule_is_a_problem_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise RuntimeError("library bug")

    monkeypatch.setattr(validation_module, "address_problems", fail)
    monkeypatch.setattr(validation_module, "phone_problem", fail)
    problems = problems_of(make("FR"))
    # The agreement group checks the signer's phone too: its failure lands on its first field.
    assert set(problems) == {"address_line1", "phone", "mca_accepted"}
    for message in problems.values():
        assert_translatable(message)
        assert "library bug" not in message.render()


def test_an_empty_optional_phone_is_checked_without_the_phone_library() -> None:
    """The phone library takes 25 ms to import: the empty phone of every new wizard is checked
    without it; a number loads it."""
    done = run_python(
        "-c",
        "import sys\n"
        "from reseller_desktop.domain.contact_checks import phone_problem\n"
        "assert phone_problem('', 'FR') is None\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "assert phone_problem('+33 1 23 45 67 89', 'FR') is None\n"
        "assert phone_problem('12', 'FR') is not None\n"
        "assert 'phonenumbers' in sys.modules\n",
    )
    assert done.returncode == 0, done.stderr
