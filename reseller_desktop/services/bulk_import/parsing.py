"""From a row's cells (text as typed in a spreadsheet) to a NewCustomerRequest.

Only what a spreadsheet writes differently from the wizard is converted here (yes/no, an offer
or a reseller by name, "1 year"); every rule is left to ``validate_request``, the wizard's own, so a
row gets exactly the wizard's messages.
"""

from __future__ import annotations

from collections.abc import Sequence

from reseller_desktop.domain.catalog import Catalog
from reseller_desktop.domain.countries import default_culture, language_of, normalize_country
from reseller_desktop.domain.request import TEXT_FIELDS, NewCustomerRequest
from reseller_desktop.domain.search import search_key
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.services.partner_center.port import Reseller

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


def _m(text: str, **args: object) -> Message:
    return Message("BulkImport", text, dict(args))


def parse_yes_no(text: str) -> bool | None:
    key = search_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


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


def reseller_of(
    text: str, resellers: Sequence[Reseller] | None
) -> tuple[Reseller | None, Message | None]:
    """The reseller a cell names (its tenant id, or its name with case and accents ignored).

    ``resellers`` is None for a direct-bill partner (the cell must stay empty), else the
    indirect provider's resellers from the port (the cell is required)."""
    text = text.strip()
    if resellers is None:
        if not text:
            return None, None
        return None, _m(
            QT_TRANSLATE_NOOP(
                "BulkImport",
                "Preferences say you are a direct-bill partner: only an indirect provider "
                "names a reseller. Leave this cell empty, or change Preferences.",
            )
        )
    if not text:
        return None, _m(
            QT_TRANSLATE_NOOP(
                "BulkImport",
                "Enter the reseller this customer belongs to (its name or tenant id): you "
                "create it on their behalf.",
            )
        )
    for reseller in resellers:
        if reseller.id.casefold() == text.casefold():
            return reseller, None
    key = search_key(text)
    named = [r for r in resellers if search_key(r.name) == key]
    if len(named) == 1:
        return named[0], None
    if named:
        return None, _m(
            QT_TRANSLATE_NOOP(
                "BulkImport", "Several of your resellers are named {name}: write its tenant id."
            ),
            name=text,
        )
    return None, _m(
        QT_TRANSLATE_NOOP("BulkImport", "{name} is not one of your resellers in Partner Center."),
        name=text,
    )


def build_request(
    values: dict[str, str],
    catalog: Catalog,
    request_id: str,
    *,
    resellers: Sequence[Reseller] | None = None,
) -> tuple[NewCustomerRequest, dict[str, Message]]:
    """The request a row asks for, and the cells that could not be read as their type (and the
    reseller, checked against ``resellers``: see ``reseller_of``)."""
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
    # Since 2026 the customer accepts the agreement (no tick, no date): the "Accepted by"
    # columns name the person the acceptance link goes to.
    gdap = values.get("gdap_default", "").strip()
    default_gdap = True if not gdap else parse_yes_no(gdap)
    if default_gdap is None:
        problems["gdap_default"] = _m(
            QT_TRANSLATE_NOOP("BulkImport", "Write yes or no (oui or non).")
        )
    changes["gdap_default"] = default_gdap is not False
    reseller, problem = reseller_of(values.get("reseller", ""), resellers)
    if problem is not None:
        problems["reseller"] = problem
    elif reseller is not None:
        changes["reseller_id"] = reseller.id
        changes["reseller_name"] = reseller.name
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
