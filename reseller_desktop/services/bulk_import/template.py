"""The import template: every column under its stable English header, and one example row."""

from __future__ import annotations

import csv
from pathlib import Path

from reseller_desktop.services.bulk_import.columns import COLUMNS

EXAMPLE: dict[str, str] = {
    "company_name": "Boulangerie Dupont SARL",
    "domain_prefix": "boulangeriedupont",
    "country": "FR",
    "address_line1": "35 Rue du Faubourg Saint-Honoré",
    "address_line2": "",
    "city": "Paris",
    "state": "",
    "postal_code": "75008",
    "first_name": "Camille",
    "last_name": "Dupont",
    "email": "camille.dupont@boulangerie-dupont.fr",
    "phone": "+33 1 42 68 53 00",
    "registration_number": "",
    "language": "fr",
    "culture": "fr-FR",
    "mca_signer_first_name": "Camille",
    "mca_signer_last_name": "Dupont",
    "mca_signer_email": "camille.dupont@boulangerie-dupont.fr",
    "mca_signer_phone": "",
    "reseller": "",
    "gdap_default": "yes",
    "offer": "Microsoft 365 Business Premium",
    "seats": "25",
    "term": "P1Y",
    "billing_cycle": "monthly",
}


def template_rows() -> list[list[str]]:
    return [[c.header for c in COLUMNS], [EXAMPLE.get(c.key, "") for c in COLUMNS]]


def write_template(path: Path, delimiter: str = ",") -> None:
    """UTF-8 with a byte-order mark, so that Excel shows the accents right."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(template_rows())
