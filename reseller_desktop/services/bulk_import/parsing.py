"""From a row's cells (text as typed in a spreadsheet) to a NewCustomerRequest.

Only what a spreadsheet writes differently from the wizard is converted here (yes/no, dates,
an offer by name, "1 year"); every rule is left to ``validate_request``, the wizard's own, so a
row gets exactly the wizard's messages.
"""

from __future__ import annotations

import datetime
import re

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.countries import default_culture, language_of, normalize_country
from reseller_desktop.domain.request import TEXT_FIELDS, NewCustomerRequest
from reseller_desktop.domain.search import search_key
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message

_YES = {"yes", "y", "true", "1", "x", "oui", "o", "vrai", "accepted", "accepte"}
_NO = {"no", "n", "false", "0", "non", "faux", ""}
_TERMS = {
    "P1M": {"p1m", "1m", "1 month", "month", "monthly", "1 mois", "mois", "mensuel"},
    "P1Y": {"p1y", "1y", "1 year", "year", "annual", "yearly", "1 an", "an", "annuel", "12 mois"},
    "P3Y": {"p3y", "3y", "3 years", "3 year", "3 ans", "triennial", "36 mois"},
}
_CYCLES = {
    "monthly": {"monthly", "month", "mensuel", "mensuelle", "mois", "par mois"},
    "annual": {"annual", "yearly", "year", "annuel", "annuelle", "an", "par an"},
    "triennial": {"triennial", "triennal", "triennale"},
}
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def _m(text: str, **args: object) -> Message:
    return Message("BulkImport", text, dict(args))


def parse_yes_no(text: str) -> bool | None:
    key = search_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def parse_date(text: str) -> datetime.date | str | None:
    """A date from ISO (2026-01-05) or day/month/year; "ambiguous" when 03/04/2026 could be
    either order; None when empty or unreadable."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DAY_FIRST.fullmatch(text)
    if not match:
        return "unreadable"
    first, second, year = (int(g) for g in match.groups())
    if first <= 12 and second <= 12 and first != second:
        return "ambiguous"
    day, month = (first, second) if first > 12 or second <= 12 else (second, first)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return "unreadable"


def _choice(text: str, table: dict[str, set[str]]) -> str:
    key = search_key(text)
    for value, spellings in table.items():
        if key in spellings or key == value.casefold():
            return value
    return text.strip()


def offer_id_of(text: str, catalog: Catalog) -> str:
    """The catalog id for an id (any case) or a name (case and accents ignored)."""
    text = text.strip()
    key = search_key(text)
    for offer in catalog.offers:
        if offer.id.casefold() == text.casefold() or search_key(offer.name) == key:
            return offer.id
    return text


def build_request(
    values: dict[str, str], catalog: Catalog, request_id: str
) -> tuple[NewCustomerRequest, dict[str, Message]]:
    """The request a row asks for, and the cells that could not be read as their type."""
    problems: dict[str, Message] = {}
    changes: dict[str, object] = {
        name: values.get(name, "").strip() for name in TEXT_FIELDS if name in values
    }
    country = values.get("country", "").strip()
    code = normalize_country(country) if country else None
    if code:
        changes["country"] = code
    language = str(changes.get("language", ""))
    culture = str(changes.get("culture", ""))
    if code and not culture:  # like the wizard: the country's culture, in the contact's language
        culture = default_culture(code, language or "en")
        changes["culture"] = culture
    if culture and not language:
        changes["language"] = language_of(culture)
    accepted = parse_yes_no(values.get("mca_accepted", ""))
    if accepted is None:
        problems["mca_accepted"] = _m(
            QT_TRANSLATE_NOOP("BulkImport", "Write yes or no (oui or non).")
        )
    changes["mca_accepted"] = bool(accepted)
    date = parse_date(values.get("mca_date", ""))
    if date == "ambiguous":
        problems["mca_date"] = _m(
            QT_TRANSLATE_NOOP(
                "BulkImport",
                "This date reads both as day/month and month/day: write it as YYYY-MM-DD.",
            )
        )
    elif date == "unreadable":
        problems["mca_date"] = _m(
            QT_TRANSLATE_NOOP("BulkImport", "Write the date as YYYY-MM-DD (e.g. 2026-01-05).")
        )
    changes["mca_date"] = date if isinstance(date, datetime.date) else None
    changes["offer_id"] = offer_id_of(values.get("offer", ""), catalog)
    seats_text = values.get("seats", "").strip()
    try:
        changes["seats"] = int(seats_text.replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        changes["seats"] = 0
        problems["seats"] = _m(
            QT_TRANSLATE_NOOP("BulkImport", "Enter the number of seats as a whole number.")
        )
    term = values.get("term", "").strip()
    changes["term"] = _choice(term, _TERMS) if term else "P1Y"
    cycle = values.get("billing_cycle", "").strip()
    changes["billing_cycle"] = _choice(cycle, _CYCLES) if cycle else "monthly"
    changes["request_id"] = request_id
    return NewCustomerRequest().with_changes(**changes), problems
