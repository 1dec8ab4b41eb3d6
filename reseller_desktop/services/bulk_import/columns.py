"""The import's columns: stable English header names, French and other accepted spellings, and
the matching of a file's headers to them (case, accents, spaces and punctuation ignored)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reseller_desktop.domain.search import search_key
from reseller_desktop.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Column:
    key: str  # the NewCustomerRequest field it fills ("offer": an offer id or name)
    header: str  # the template's header: stable, English
    label: str  # shown in the window (translated in context "BulkImport")
    aliases: tuple[str, ...] = ()
    required: bool = False  # the file must have this column (else the mapping step asks)


COLUMNS: tuple[Column, ...] = (
    Column(
        "company_name",
        "Company name",
        QT_TRANSLATE_NOOP("BulkImport", "Company name"),
        ("Company", "Raison sociale", "Nom de la société", "Société", "Entreprise", "Nom société"),
        True,
    ),
    Column(
        "domain_prefix",
        "Domain prefix",
        QT_TRANSLATE_NOOP("BulkImport", "Domain prefix"),
        ("Domain", "Préfixe de domaine", "Préfixe du domaine", "Préfixe", "Domaine"),
        True,
    ),
    Column(
        "country",
        "Country",
        QT_TRANSLATE_NOOP("BulkImport", "Country"),
        ("Country code", "Pays", "Code pays"),
        True,
    ),
    Column(
        "address_line1",
        "Address line 1",
        QT_TRANSLATE_NOOP("BulkImport", "Address line 1"),
        ("Address", "Street", "Adresse", "Adresse ligne 1", "Adresse 1", "Rue"),
        True,
    ),
    Column(
        "address_line2",
        "Address line 2",
        QT_TRANSLATE_NOOP("BulkImport", "Address line 2"),
        ("Adresse ligne 2", "Adresse 2", "Complément d'adresse", "Complément"),
    ),
    Column(
        "city", "City", QT_TRANSLATE_NOOP("BulkImport", "City"), ("Town", "Ville", "Commune"), True
    ),
    Column(
        "state",
        "State or province",
        QT_TRANSLATE_NOOP("BulkImport", "State or province"),
        ("State", "Province", "Region", "Région", "État", "Département", "County"),
    ),
    Column(
        "postal_code",
        "Postal code",
        QT_TRANSLATE_NOOP("BulkImport", "Postal code"),
        ("ZIP", "ZIP code", "Postcode", "CP", "Code postal"),
    ),
    Column(
        "first_name",
        "First name",
        QT_TRANSLATE_NOOP("BulkImport", "First name"),
        ("Contact first name", "Prénom", "Prénom du contact"),
        True,
    ),
    Column(
        "last_name",
        "Last name",
        QT_TRANSLATE_NOOP("BulkImport", "Last name"),
        ("Contact last name", "Surname", "Nom", "Nom du contact", "Nom de famille"),
        True,
    ),
    Column(
        "email",
        "Email",
        QT_TRANSLATE_NOOP("BulkImport", "Email"),
        (
            "E-mail",
            "Email address",
            "E-mail address",
            "Adresse e-mail",
            "Adresse email",
            "Courriel",
            "Mail",
        ),
        True,
    ),
    Column(
        "phone",
        "Phone",
        QT_TRANSLATE_NOOP("BulkImport", "Phone"),
        ("Phone number", "Téléphone", "Tél", "Numéro de téléphone"),
    ),
    Column(
        "registration_number",
        "Registration number",
        QT_TRANSLATE_NOOP("BulkImport", "Registration number"),
        (
            "Company registration number",
            "Numéro d'immatriculation",
            "SIRET",
            "SIREN",
            "Immatriculation",
        ),
    ),
    Column("language", "Language", QT_TRANSLATE_NOOP("BulkImport", "Language"), ("Langue",)),
    Column(
        "culture",
        "Culture",
        QT_TRANSLATE_NOOP("BulkImport", "Culture"),
        ("Locale", "Paramètres régionaux"),
    ),
    Column(
        "mca_signer_first_name",
        "Accepted by first name",
        QT_TRANSLATE_NOOP("BulkImport", "Accepted by: first name"),
        (
            "Accepted by: first name",
            "Accepté par : prénom",
            "Acceptation prénom",
            "Signer first name",
            "Prénom du signataire",
            "Signataire prénom",
        ),
        True,
    ),
    Column(
        "mca_signer_last_name",
        "Accepted by last name",
        QT_TRANSLATE_NOOP("BulkImport", "Accepted by: last name"),
        (
            "Accepted by: last name",
            "Accepté par : nom",
            "Acceptation nom",
            "Signer last name",
            "Nom du signataire",
            "Signataire nom",
        ),
        True,
    ),
    Column(
        "mca_signer_email",
        "Accepted by email",
        QT_TRANSLATE_NOOP("BulkImport", "Accepted by: email"),
        (
            "Accepted by: e-mail",
            "Accepted by e-mail",
            "Accepté par : e-mail",
            "Accepté par : courriel",
            "Acceptation e-mail",
            "Signer email",
            "Signer e-mail",
            "E-mail du signataire",
            "Email du signataire",
            "Courriel du signataire",
        ),
        True,
    ),
    Column(
        "mca_signer_phone",
        "Accepted by phone",
        QT_TRANSLATE_NOOP("BulkImport", "Accepted by: phone"),
        (
            "Accepted by: phone",
            "Accepté par : téléphone",
            "Signer phone",
            "Téléphone du signataire",
        ),
    ),
    # Indirect providers: the reseller the customer belongs to (name or tenant id), sent as
    # associatedPartnerId; required then (``match_headers(..., indirect=True)``).
    Column(
        "reseller",
        "Reseller",
        QT_TRANSLATE_NOOP("BulkImport", "Reseller"),
        (
            "Reseller name",
            "Reseller tenant ID",
            "Reseller ID",
            "Indirect reseller",
            "Associated partner ID",
            "Revendeur",
            "Revendeur indirect",
            "Nom du revendeur",
            "ID du revendeur",
        ),
    ),
    Column(
        "gdap_default",
        "Default GDAP",
        QT_TRANSLATE_NOOP("BulkImport", "Default GDAP"),
        (
            "Default GDAP relationship",
            "GDAP",
            "Enable GDAP by default",
            "GDAP par défaut",
            "Relation GDAP par défaut",
        ),
    ),
    Column(
        "offer",
        "Offer",
        QT_TRANSLATE_NOOP("BulkImport", "Offer"),
        ("Product", "Product ID", "Offer ID", "Offre", "Produit"),
        True,
    ),
    Column(
        "seats",
        "Seats",
        QT_TRANSLATE_NOOP("BulkImport", "Seats"),
        ("Licenses", "Licences", "Nombre de postes", "Postes", "Quantity", "Quantité"),
        True,
    ),
    Column(
        "term",
        "Term",
        QT_TRANSLATE_NOOP("BulkImport", "Term"),
        ("Term duration", "Durée", "Engagement", "Durée d'engagement"),
    ),
    Column(
        "billing_cycle",
        "Billing cycle",
        QT_TRANSLATE_NOOP("BulkImport", "Billing cycle"),
        (
            "Billing",
            "Billing frequency",
            "Facturation",
            "Cycle de facturation",
            "Fréquence de facturation",
        ),
    ),
)

BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
# Required for an indirect provider only (Preferences), as on the wizard's customer page.
INDIRECT_REQUIRED: tuple[str, ...] = ("reseller",)
# Columns of templates before 2026 (the partner attested the agreement): ignored, not unknown.
OBSOLETE: tuple[str, ...] = (
    "Agreement accepted",
    "Agreement date",
    "MCA accepted",
    "MCA date",
    "Customer agreement accepted",
    "Date accepted",
    "Contrat accepté",
    "Accord accepté",
    "Contrat client accepté",
    "Date d'acceptation",
    "Date du contrat",
    "Date de l'accord",
)


def header_key(text: str) -> str:
    """A header folded for matching: no accents, case, spaces, punctuation or a BOM."""
    return re.sub(r"[\W_]+", "", search_key(text.replace("\ufeff", "")))


_INDEX: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, _column.key, *_column.aliases):
        _INDEX.setdefault(header_key(_name), _column.key)
_OBSOLETE_KEYS = frozenset(header_key(name) for name in OBSOLETE)


@dataclass
class ColumnMapping:
    """Which column of the file fills which field (``None``: ignored)."""

    headers: list[str]
    fields: list[str | None]  # one per file column
    duplicates: list[int] = field(default_factory=list)  # file columns naming a field again
    also_required: tuple[str, ...] = ()  # e.g. the reseller, for an indirect provider
    obsolete: list[int] = field(default_factory=list)  # pre-2026 agreement columns, ignored

    def required(self, key: str) -> bool:
        return BY_KEY[key].required or key in self.also_required

    @property
    def missing(self) -> list[str]:
        """Required fields that no column fills."""
        present = {f for f in self.fields if f}
        return [c.key for c in COLUMNS if self.required(c.key) and c.key not in present]

    @property
    def unknown(self) -> list[int]:
        """File columns that fill nothing (unknown names, empty headers, or duplicates)."""
        return [
            i
            for i, f in enumerate(self.fields)
            if f is None and self.headers[i].strip() and i not in self.obsolete
        ]

    @property
    def complete(self) -> bool:
        return not self.missing and not self.unknown

    def column_of(self, key: str) -> int | None:
        try:
            return self.fields.index(key)
        except ValueError:
            return None


def match_headers(headers: list[str], *, indirect: bool = False) -> ColumnMapping:
    """Match each header to a field; a second column for the same field is ignored (and listed).
    ``indirect``: the partner is an indirect provider, so the Reseller column is required."""
    fields: list[str | None] = []
    taken: set[str] = set()
    duplicates: list[int] = []
    obsolete: list[int] = []
    for i, header in enumerate(headers):
        folded = header_key(header)
        key = _INDEX.get(folded)
        if key is None and folded in _OBSOLETE_KEYS:
            obsolete.append(i)
        if key is not None and key in taken:
            duplicates.append(i)
            key = None
        if key is not None:
            taken.add(key)
        fields.append(key)
    also = INDIRECT_REQUIRED if indirect else ()
    return ColumnMapping(list(headers), fields, duplicates, also, obsolete)
