"""Partner Center's country rules as data: which address and contact fields each country requires,
the patterns, the languages and cultures (``GET /v1/countryvalidationrules/{iso2}``).

The app ships ``resources/country_rules.json``; the services keep a copy refreshed from Partner
Center per backend and install it with ``use_rule_book``. Validation and the wizard read the book in
use through ``countries.address_rules``; nothing about a country is written in Python. A book is
read leniently: a missing or mistyped key is the permissive value (nothing required, no pattern).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

# The keys of one country's rules, as Partner Center names them (plus isPhoneNumberRequired,
# the app's own: the service answers error 600051 without saying so beforehand).
RULE_KEYS: tuple[str, ...] = (
    "iso2Code",
    "isStateRequired",
    "supportedStatesList",
    "isCityRequired",
    "isPostalCodeRequired",
    "postalCodeRegex",
    "phoneNumberRegex",
    "isPhoneNumberRequired",
    "isRegistrationNumberSupported",
    "isRegistrationNumberRequired",
    "supportedLanguagesList",
    "supportedCulturesList",
    "defaultCulture",
    "countryCallingCodesList",
)
FORMAT_VERSION = 1


class RuleBookError(ValueError):
    """A rules file that cannot be read at all (not JSON, no countries)."""


@dataclass(frozen=True)
class CountryData:
    """One country's rules from the book (plain values, validated)."""

    code: str
    state_required: bool = False
    states: tuple[str, ...] = ()
    city_required: bool = False
    postal_required: bool = False
    postal_regex: str = ""
    phone_regex: str = ""
    phone_required: bool = False
    registration_supported: bool = False
    registration_required: bool = False
    languages: tuple[str, ...] = ()
    cultures: tuple[str, ...] = ()
    default_culture: str = ""
    calling_codes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "iso2Code": self.code,
            "isStateRequired": self.state_required,
            "supportedStatesList": list(self.states),
            "isCityRequired": self.city_required,
            "isPostalCodeRequired": self.postal_required,
            "postalCodeRegex": self.postal_regex,
            "phoneNumberRegex": self.phone_regex,
            "isPhoneNumberRequired": self.phone_required,
            "isRegistrationNumberSupported": self.registration_supported,
            "isRegistrationNumberRequired": self.registration_required,
            "supportedLanguagesList": list(self.languages),
            "supportedCulturesList": list(self.cultures),
            "defaultCulture": self.default_culture,
            "countryCallingCodesList": list(self.calling_codes),
        }


def _flag(body: Mapping[str, Any], key: str) -> bool:
    value = body.get(key)
    return value if isinstance(value, bool) else False


def _texts(body: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = body.get(key)
    if not isinstance(value, list):
        return ()
    return tuple(
        dict.fromkeys(t for item in value if isinstance(item, str) and (t := item.strip()))
    )


def _pattern(body: Mapping[str, Any], key: str) -> str:
    """A pattern that compiles ("" otherwise: a broken pattern checks nothing)."""
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        return ""
    return value if compiled(value) is not None else ""


@lru_cache(maxsize=1024)
def compiled(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` compiled, case-insensitive (None when it does not compile)."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return None


def country_data(code: str, body: Mapping[str, Any]) -> CountryData:
    """One country's rules from a Partner Center answer (or a book entry), leniently."""
    default = body.get("defaultCulture")
    return CountryData(
        code=code,
        state_required=_flag(body, "isStateRequired"),
        states=_texts(body, "supportedStatesList"),
        city_required=_flag(body, "isCityRequired"),
        postal_required=_flag(body, "isPostalCodeRequired"),
        postal_regex=_pattern(body, "postalCodeRegex"),
        phone_regex=_pattern(body, "phoneNumberRegex"),
        phone_required=_flag(body, "isPhoneNumberRequired"),
        registration_supported=_flag(body, "isRegistrationNumberSupported")
        or _flag(body, "isRegistrationNumberRequired"),
        registration_required=_flag(body, "isRegistrationNumberRequired"),
        languages=tuple(t.lower() for t in _texts(body, "supportedLanguagesList")),
        cultures=_texts(body, "supportedCulturesList"),
        default_culture=default.strip() if isinstance(default, str) else "",
        calling_codes=tuple(t.lstrip("+") for t in _texts(body, "countryCallingCodesList")),
    )


class RuleBook:
    """Every country's rules, by ISO code; ``source`` says where they came from (a path).

    A country's entry is read (its patterns compiled to check them) the first time it is asked
    for: compiling 249 countries' patterns at start-up cost 80 ms before the first window."""

    def __init__(
        self, countries: Mapping[str, CountryData | Mapping[str, Any]], source: str = ""
    ) -> None:
        self._countries = dict(countries)
        self.source = source

    def get(self, code: str) -> CountryData | None:
        entry = self._countries.get(code)
        if entry is None or isinstance(entry, CountryData):
            return entry
        data = self._countries[code] = country_data(code, entry)
        return data

    def _all(self) -> dict[str, CountryData]:
        return {code: data for code in self if (data := self.get(code)) is not None}

    def __contains__(self, code: object) -> bool:
        return code in self._countries

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._countries))

    def __len__(self) -> int:
        return len(self._countries)

    def with_country(self, data: CountryData) -> RuleBook:
        """A copy with ``data`` replacing (or adding) its country."""
        return RuleBook({**self._countries, data.code: data}, self.source)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "countries": {code: data.to_json() for code, data in self._all().items()},
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RuleBook):
            return False
        if other is self:
            return True
        if self._countries.keys() != other._countries.keys():
            return False
        # Entries read from equal text are equal: only different ones need reading.
        return all(
            entry == other._countries[code] or self.get(code) == other.get(code)
            for code, entry in self._countries.items()
        )

    __hash__ = None  # type: ignore[assignment]


def parse_rule_book(text: str, source: str = "") -> RuleBook:
    """A book from the text of a rules file; ``RuleBookError`` when it is not one."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise RuleBookError(f"not JSON ({exc})") from None
    entries = document.get("countries") if isinstance(document, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise RuleBookError("no countries")
    countries: dict[str, Mapping[str, Any]] = {}
    for key, body in entries.items():
        code = key.strip().upper() if isinstance(key, str) else ""
        if len(code) == 2 and code.isascii() and code.isalpha() and isinstance(body, dict):
            countries[code] = body
    if not countries:
        raise RuleBookError("no valid country")
    return RuleBook(countries, source)


def read_rule_book(path: Path) -> RuleBook:
    """The book in ``path``; ``RuleBookError`` (or ``OSError``) when it cannot be read."""
    return parse_rule_book(path.read_text(encoding="utf-8"), str(path))


_lock = threading.Lock()
_active: RuleBook | None = None


def shipped_rule_book() -> RuleBook:
    """The rules file shipped with the app (read once)."""
    return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> RuleBook:
    from reseller_desktop.resources import resource_path  # where resources/ is in this install

    try:
        return read_rule_book(resource_path("country_rules.json"))
    except (OSError, RuleBookError):
        return RuleBook({}, "")  # permissive; the smoke test reports the missing file


def rule_book() -> RuleBook:
    """The book in use: the one installed by ``use_rule_book``, else the shipped one."""
    book = _active
    return book if book is not None else shipped_rule_book()


def use_rule_book(book: RuleBook | None) -> None:
    """Install ``book`` for validation and the views (None: back to the shipped one)."""
    global _active
    with _lock:
        _active = book
