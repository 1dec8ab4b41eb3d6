"""Country rules: codes, names in the UI language, address formats and cultures."""

from __future__ import annotations

import pytest

from reseller_desktop.domain.countries import (
    PHONE_AND_REGISTRATION_REQUIRED,
    AddressRules,
    address_rules,
    countries_by_name,
    country_codes,
    country_name,
    cultures_for,
    default_culture,
    fold,
    language_of,
    match_choices,
    match_countries,
    normalize_country,
)


def test_phone_and_registration_countries() -> None:
    assert {"AM", "AZ", "BY", "HU", "KZ", "KG", "MD", "RU", "TJ", "UZ", "UA"} == set(
        PHONE_AND_REGISTRATION_REQUIRED
    )
    assert set(country_codes()) >= PHONE_AND_REGISTRATION_REQUIRED


def test_country_codes_are_iso_alpha2_and_never_uk() -> None:
    codes = country_codes()
    assert len(codes) > 230
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    assert all(len(c) == 2 and c.isascii() and c.isupper() for c in codes)
    assert "UK" not in codes
    assert {"ZZ", "AC", "TA", "XK"}.isdisjoint(codes)
    assert {"FR", "BE", "CH", "CA", "US", "GB", "DE", "LU", "HU", "JP", "BR"} <= set(codes)


def test_country_codes_returns_a_copy() -> None:
    country_codes().clear()
    assert "FR" in country_codes()


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("GB", "fr", "Royaume-Uni"),
        ("GB", "en", "United Kingdom"),
        ("US", "fr", "États-Unis"),
        ("DE", "fr", "Allemagne"),
        ("DE", "de", "Deutschland"),
        ("gb", "fr-CA", "Royaume-Uni"),
        ("GB", "fr_FR", "Royaume-Uni"),
        ("GB", "xx-nonsense", "United Kingdom"),  # unknown language: English
        ("GB", "", "United Kingdom"),
        ("GB", "\ud800", "United Kingdom"),
        ("QQ", "fr", "QQ"),  # unknown code: the code itself
    ],
)
def test_country_name(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


def test_country_name_defaults_to_english() -> None:
    assert country_name("FR") == "France"


def test_countries_by_name_sorts_accents_with_their_letter() -> None:
    pairs = countries_by_name("fr")
    names = [name for _, name in pairs]
    assert len(pairs) == len(country_codes())
    assert ("US", "États-Unis") in pairs
    assert names.index("Espagne") < names.index("États-Unis") < names.index("Finlande")
    assert names == sorted(names, key=lambda n: (fold(n), n))


def test_countries_by_name_in_english_and_unknown_language() -> None:
    english = countries_by_name("en")
    assert english[0][1].startswith(("Af", "Å"))
    assert countries_by_name("not a language") == english


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("fr", "FR"),
        (" Fr ", "FR"),
        ("UK", "GB"),
        ("uk", "GB"),
        ("United Kingdom", "GB"),
        ("Royaume-Uni", "GB"),
        ("royaume uni", "GB"),
        ("U.S.A.", "US"),
        ("France", "FR"),
        ("Allemagne", "DE"),
        ("Germany", "DE"),
        ("etats-unis", "US"),
        ("ÉTATS-UNIS", "US"),
        ("United States", "US"),
        ("USA", "US"),
        ("Belgique", "BE"),
        ("Suisse", "CH"),
        ("Switzerland", "CH"),
        ("Côte d’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Hong Kong", "HK"),
        ("Hungary", "HU"),
        ("Hongrie", "HU"),
        ("XX", None),
        ("", None),
        ("Atlantis", None),
        ("\x00", None),
        ("\ud800", None),
        ("F" * 10_000, None),
    ],
)
def test_normalize_country(text: str, code: str | None) -> None:
    assert normalize_country(text) == code


def test_address_rules_us() -> None:
    rules = address_rules("US")
    assert isinstance(rules, AddressRules)
    assert rules.country == "US"
    assert rules.city_required and rules.state_required and rules.postal_required
    assert ("CA", "California") in rules.state_choices
    assert ("NY", "New York") in rules.state_choices
    assert rules.postal_example
    assert rules.state_label_kind == "state"
    assert rules.postal_label_kind == "zip"


def test_address_rules_canada_lists_provinces_once() -> None:
    rules = address_rules("ca")
    codes = [code for code, _ in rules.state_choices]
    assert len(codes) == len(set(codes)) == 13
    assert ("QC", "Quebec") in rules.state_choices
    assert rules.state_label_kind == "province"
    assert rules.postal_label_kind == "postal"


def test_address_rules_france_has_no_state() -> None:
    rules = address_rules("FR")
    assert rules.city_required and rules.postal_required
    assert not rules.state_required
    assert rules.state_choices == ()
    assert rules.postal_example.isdigit() and len(rules.postal_example) == 5


def test_address_rules_other_kinds() -> None:
    assert address_rules("GB").city_label_kind == "post_town"
    assert address_rules("IE").postal_label_kind == "eircode"
    assert address_rules("JP").state_label_kind == "prefecture"
    assert not address_rules("AE").postal_used
    assert address_rules("CH").postal_prefix == "CH-"


def test_address_rules_latin_names_for_non_latin_lists() -> None:
    names = dict(address_rules("JP").state_choices)
    assert names["東京都"] == "Tokyo"


@pytest.mark.parametrize("country", ["", "XX", "UK", "\x00", "\ud800", "x" * 10_000])
def test_address_rules_unknown_country_is_permissive(country: str) -> None:
    rules = address_rules(country)
    assert not (rules.city_required or rules.state_required or rules.postal_required)
    assert rules.state_choices == ()


def test_address_rules_are_cached() -> None:
    assert address_rules("US") is address_rules("us")


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("FR", ["fr-FR", "en-US"]),
        ("BE", ["fr-BE", "nl-BE", "en-US"]),
        ("CH", ["de-CH", "fr-CH", "it-CH", "en-US"]),
        ("GB", ["en-GB", "en-US"]),
        ("US", ["en-US"]),
        ("DE", ["de-DE", "en-US"]),
        ("HU", ["hu-HU", "en-US"]),
    ],
)
def test_cultures_for_reference_countries(country: str, expected: list[str]) -> None:
    assert cultures_for(country) == expected


def test_cultures_for_canada_and_luxembourg() -> None:
    canada = cultures_for("CA")
    assert {"fr-CA", "en-US"} <= set(canada) <= {"fr-CA", "en-CA", "en-US"}
    assert canada[-1] == "en-US"
    luxembourg = cultures_for("LU")
    assert {"de-LU", "fr-LU", "en-US"} <= set(luxembourg) <= {"de-LU", "fr-LU", "lb-LU", "en-US"}
    assert luxembourg[-1] == "en-US"


@pytest.mark.parametrize("country", ["", "XX", "UK", "AQ", "\ud800"])
def test_cultures_for_unknown_or_languageless_country(country: str) -> None:
    assert cultures_for(country) == ["en-US"]


def test_every_country_has_well_formed_cultures() -> None:
    for code in country_codes():
        cultures = cultures_for(code)
        assert cultures[-1] == "en-US"
        assert len(cultures) == len(set(cultures))
        for culture in cultures[:-1]:
            language, region = culture.split("-")
            assert len(language) == 2 and language.islower()
            assert region == code


@pytest.mark.parametrize(
    ("country", "ui_language", "culture"),
    [
        ("CA", "fr", "fr-CA"),
        ("CA", "en", "en-CA"),
        ("CH", "fr", "fr-CH"),
        ("CH", "en", "de-CH"),
        ("BE", "nl", "nl-BE"),
        ("BE", "en", "fr-BE"),
        ("FR", "en", "fr-FR"),
        ("FR", "fr-FR", "fr-FR"),
        ("US", "fr", "en-US"),
        ("GB", "fr", "en-GB"),
        ("XX", "fr", "en-US"),
        ("", "", "en-US"),
    ],
)
def test_default_culture(country: str, ui_language: str, culture: str) -> None:
    assert default_culture(country, ui_language) == culture
    assert culture in cultures_for(country)


def test_default_culture_defaults_to_english_ui() -> None:
    assert default_culture("CA") == "en-CA"


@pytest.mark.parametrize(
    ("culture", "language"),
    [("fr-CA", "fr"), ("en-US", "en"), ("DE_ch", "de"), ("fr", "fr"), ("", ""), ("1-2", "")],
)
def test_language_of(culture: str, language: str) -> None:
    assert language_of(culture) == language


def test_fold_ignores_accents_case_and_quotes() -> None:
    assert fold("  États-Unis ") == "etats-unis"
    assert fold("Côte d’Ivoire") == fold("COTE D'IVOIRE")


# ---------------------------------------------------------------------------------------------
# Typed text to a state or a country: codes first, then names by their start (issue 12, item 11)

US_STATES = address_rules("US").state_choices


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("NY", "NY"),  # not Nebraska, the first name starting with N
        ("ny", "NY"),
        ("TX", "TX"),  # not Tennessee
        ("CA", "CA"),
        ("n", "NE"),
        ("new", "NH"),
        ("new y", "NY"),
        ("New-York", "NY"),
        ("texas", "TX"),
        ("york", "NY"),  # a later word of the name
    ],
)
def test_match_choices_takes_a_code_first_then_names_by_their_start(typed: str, first: str) -> None:
    assert match_choices(typed, US_STATES)[0] == first


def test_match_choices_order_and_nothing() -> None:
    assert match_choices("new", US_STATES) == ["NH", "NJ", "NM", "NY"]
    assert match_choices("", US_STATES) == []
    assert match_choices("   ", US_STATES) == []
    assert match_choices("Bavaria", US_STATES) == []
    assert match_choices("\ud800", US_STATES) == []
    assert match_choices("x" * 1000, US_STATES) == []
    provinces = address_rules("CA").state_choices
    assert match_choices("QC", provinces)[0] == "QC"
    assert match_choices("québec", provinces)[0] == "QC"


@pytest.mark.parametrize(
    ("typed", "language", "first"),
    [
        ("US", "en", "US"),
        ("us", "en", "US"),
        ("GB", "en", "GB"),
        ("uk", "en", "GB"),
        ("USA", "en", "US"),
        ("fran", "en", "FR"),
        ("Allemagne", "en", "DE"),
        ("états", "fr", "US"),
        ("roy", "fr", "GB"),
        ("kingdom", "en", "GB"),
    ],
)
def test_match_countries_takes_a_code_first(typed: str, language: str, first: str) -> None:
    found = match_countries(typed, language)
    assert found[0] == first
    assert len(found) == len(set(found))


def test_us_never_suggests_australia() -> None:
    assert "AU" not in match_countries("US", "en")
    assert "AU" not in match_countries("US", "fr")
    assert match_countries("", "en") == []
    assert match_countries("\x00\ud800", "en") == []
