"""The import window, opened from the main window on real files the tests write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from reseller_desktop.services.bulk_import.columns import COLUMNS
from reseller_desktop.services.bulk_import.template import EXAMPLE
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import build_live
from reseller_desktop.views.bulk_import.window import ImportWindow
from reseller_desktop.views.main_window import MainWindow

# French Excel's headers (what "Enregistrer sous › CSV (séparateur: point-virgule)" keeps).
FRENCH = {
    "company_name": "Raison sociale",
    "domain_prefix": "Préfixe de domaine",
    "country": "Pays",
    "address_line1": "Adresse",
    "city": "Ville",
    "postal_code": "Code postal",
    "first_name": "Prénom",
    "last_name": "Nom",
    "email": "Courriel",
    "phone": "Téléphone",
    "mca_signer_first_name": "Accepté par : prénom",
    "mca_signer_last_name": "Accepté par : nom",
    "mca_signer_email": "Accepté par : e-mail",
    "gdap_default": "GDAP par défaut",
    "offer": "Offre",
    "seats": "Nombre de postes",
}


@pytest.fixture
def database_url() -> str | None:
    return None


def customer(n: int, **changes: str) -> dict[str, str]:
    values = dict(EXAMPLE)
    values.update(
        company_name=f"Crème Brûlée {n}",
        domain_prefix=f"cremebrulee{n}",
        address_line1=f"{n} rue de l'Église",
        city="Orléans",
        postal_code="45000",
        gdap_default="oui",
    )
    values.update(changes)
    return values


def french_excel_file(path: Path, rows: list[dict[str, str]]) -> Path:
    """A semicolon file in Windows-1252 with Excel's sep= line and CRLF line ends."""
    lines = ["sep=;", ";".join(FRENCH.values())]
    lines += [";".join(row.get(key, "") for key in FRENCH) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def english_file(path: Path, rows: list[dict[str, str]]) -> Path:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.header for c in COLUMNS])
        for row in rows:
            writer.writerow([row.get(c.key, "") for c in COLUMNS])
    return path


@pytest.fixture
def main_window(qtbot, services: AppServices) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, build_live(services))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def import_windows() -> list[ImportWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWindow) and w.isVisible()
    ]


@pytest.fixture
def opened(qtbot) -> Callable[[], ImportWindow]:  # type: ignore[no-untyped-def]
    """The import window once it has read and checked its file."""

    def wait() -> ImportWindow:
        qtbot.waitUntil(lambda: len(import_windows()) == 1, timeout=5000)
        dialog = import_windows()[0]
        qtbot.waitUntil(
            lambda: dialog.model is not None and "checking" not in dialog.model.counts(),
            timeout=15_000,
        )
        return dialog

    return wait


def cell(dialog: ImportWindow, row: int, key_or_column: str | int) -> str:
    assert dialog.model is not None
    column = (
        dialog.model.column_of(key_or_column) if isinstance(key_or_column, str) else key_or_column
    )
    assert column is not None
    return str(dialog.model.index(row, column, QModelIndex()).data() or "")
