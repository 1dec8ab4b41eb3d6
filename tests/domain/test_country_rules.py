"""Country rules are data: the shipped rules file, read leniently, and validation following the book
in use (a changed book changes what is required)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from reseller_desktop.domain.countries import (
    PHONE_AND_REGISTRATION_REQUIRED,
    address_rules,
    country_codes,
    country_data_of,
    cultures_for,
    default_culture,
)
from reseller_desktop.domain.country_rules import (
    RULE_KEYS,
    RuleBook,
    RuleBookError,
    country_data,
    parse_rule_book,
    rule_book,
    shipped_rule_book,
    use_rule_book,
)
from tests.domain.test_validation import assert_translatable, make, problems_of

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = json.loads((ROOT / "resources" / "country_rules.json").read_text(encoding="utf-8"))
CORE = {"AM", "AZ", "BY", "HU", "KZ", "KG", "MD", "RU", "TJ", "UZ", "UA"}


def edited(code: str, **changes: Any) -> RuleBook:
    """The shipped book with ``code``'s entry changed (Partner Center's key names)."""
    body = {**SHIPPED["countries"][code], **changes}
    return shipped_rule_book().with_country(country_data(code, body))


def test_every_country_has_rules_in_partner_centers_shape() -> None:
    countries = SHIPPED["countries"]
    assert set(countries) == set(country_codes())
    for code, body in countries.items():
        assert set(body) == set(RULE_KEYS), code
        assert body["iso2Code"] == code
        for key in ("postalCodeRegex", "phoneNumberRegex"):
            if body[key]:
                re.compile(body[key])
        assert body["defaultCulture"] in body["supportedCulturesList"], code
        assert {c.split("-")[0] for c in body["supportedCulturesList"]} == set(
            body["supportedLanguagesList"]
        ), code
        assert not body["isRegistrationNumberRequired"] or body["isRegistrationNumberSupported"]
        assert set(body["supportedStatesList"]) <= {c for c, _ in address_rules(code).state_choices}


def test_the_documented_rules_are_in_the_file() -> None:
    assert set(PHONE_AND_REGISTRATION_REQUIRED) == CORE
    us = SHIPPED["countries"]["US"]
    assert us["isStateRequired"] and "NY" in us["supportedStatesList"]
    assert re.fullmatch(us["postalCodeRegex"], "10001-1234") and us["countryCallingCodesList"] == [
        "1"
    ]
    assert re.fullmatch(SHIPPED["countries"]["PT"]["postalCodeRegex"], "1000-001")
    for code, cultures in {
        "FR": ["fr-FR", "en-US"],
        "BE": ["fr-BE", "nl-BE", "en-US"],
        "CA": ["en-CA", "fr-CA", "en-US"],
        "CH": ["de-CH", "fr-CH", "it-CH", "en-US"],
        "GB": ["en-GB", "en-US"],
    }.items():
        assert sorted(SHIPPED["countries"][code]["supportedCulturesList"]) == sorted(cultures)


def test_a_book_is_read_leniently() -> None:
    book = parse_rule_book(
        json.dumps(
            {
                "countries": {
                    "fr": {"isCityRequired": "yes", "postalCodeRegex": "([", "defaultCulture": 3},
                    "XYZ": {},
                    "DE": "not an object",
                }
            }
        )
    )
    assert list(book) == ["FR"]
    france = book.get("FR")
    assert france is not None
    assert not france.city_required and france.postal_regex == "" and france.default_culture == ""
    for text in ("", "[]", '{"countries": {}}', '{"countries": {"1": {}}}', "{" * 100_000):
        with pytest.raises(RuleBookError):
            parse_rule_book(text)


def test_a_book_round_trips_through_json() -> None:
    book = shipped_rule_book()
    assert parse_rule_book(book.dumps()) == book
    assert country_data_of(address_rules("US")) == book.get("US")


def test_the_book_in_use_is_the_shipped_one_until_another_is_installed() -> None:
    assert rule_book() is shipped_rule_book()
    other = edited("FR", isPostalCodeRequired=False)
    use_rule_book(other)
    assert rule_book() is other and not address_rules("FR").postal_required
    use_rule_book(None)
    assert address_rules("FR").postal_required


# changes to one country's rules, the request, the field and the words of its message
FOLLOWS_THE_BOOK: list[tuple[str, dict[str, Any], dict[str, Any], str, tuple[str, ...]]] = [
    ("GB", {"postalCodeRegex": "^\\d{5}$"}, {}, "postal_code", ("this country's format",)),
    (
        "FR",
        {"postalCodeRegex": "^\\d{4}$"},
        {"postal_code": "75008"},
        "postal_code",
        ("this country's format",),
    ),
    ("GB", {"isStateRequired": True}, {}, "state", ("state, province or region",)),
    (
        "FR",
        {"isPhoneNumberRequired": True},
        {"phone": ""},
        "phone",
        ("600051", "+33"),
    ),
    (
        "FR",
        {"phoneNumberRegex": "^6\\d{8}$"},
        {"phone": "+33 1 42 92 81 00"},
        "phone",
        ("valid phone number",),
    ),
    (
        "FR",
        {"isRegistrationNumberRequired": True},
        {},
        "registration_number",
        ("600049",),
    ),
    (
        "HU",
        {"isRegistrationNumberSupported": False, "isRegistrationNumberRequired": False},
        {},
        "registration_number",
        ("600002",),
    ),
    (
        "FR",
        {"supportedCulturesList": ["fr-FR"], "supportedLanguagesList": ["fr"]},
        {"culture": "en-US", "language": "en"},
        "language",
        ("languages Partner Center offers", "fr"),
    ),
    ("US", {"supportedStatesList": ["NY", "WA"]}, {}, "state", ("from the list",)),
]


@pytest.mark.parametrize(
    ("code", "rules", "changes", "field", "words"),
    FOLLOWS_THE_BOOK,
    ids=[f"{row[0]}-{next(iter(row[1]))}" for row in FOLLOWS_THE_BOOK],
)
def test_validation_follows_the_book_in_use(
    code: str,
    rules: dict[str, Any],
    changes: dict[str, Any],
    field: str,
    words: tuple[str, ...],
) -> None:
    request = make(code, **changes)
    shipped_problems = problems_of(request)
    use_rule_book(edited(code, **rules))
    problems = problems_of(request)
    assert field in problems and field not in shipped_problems
    assert_translatable(problems[field])
    for word in words:
        assert word in problems[field].render(), (word, problems[field].render())


def test_relaxed_rules_accept_what_the_shipped_ones_refuse() -> None:
    request = make("FR", postal_code="", city="")
    assert {"postal_code", "city"} <= set(problems_of(request))
    use_rule_book(edited("FR", isPostalCodeRequired=False, isCityRequired=False))
    assert problems_of(request) == {}


def test_cultures_and_default_culture_come_from_the_book() -> None:
    use_rule_book(
        edited(
            "BE",
            supportedCulturesList=["nl-BE", "de-BE", "en-US"],
            supportedLanguagesList=["nl", "de", "en"],
            defaultCulture="nl-BE",
        )
    )
    assert cultures_for("BE") == ["nl-BE", "de-BE", "en-US"]
    assert default_culture("BE", "fr") == "nl-BE"
    assert default_culture("BE", "de") == "de-BE"
    assert problems_of(make("BE", culture="de-BE", language="de")) == {}


def test_a_country_missing_from_the_book_is_permissive() -> None:
    use_rule_book(parse_rule_book(json.dumps({"countries": {"DE": SHIPPED["countries"]["DE"]}})))
    rules = address_rules("FR")
    assert not (rules.postal_required or rules.city_required or rules.registration_supported)
    assert cultures_for("FR") == ["en-US"]
