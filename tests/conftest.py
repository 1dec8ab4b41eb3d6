"""Shared fixtures: Qt runs offscreen; each test has its own data, config and settings folders."""

from __future__ import annotations

import os

# Before anything imports Qt: with neither a display nor this, Qt aborts the process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from reseller_desktop.domain.catalog import Catalog, load_catalog
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.resources import resource_path
from reseller_desktop.services.context import AppServices, open_services
from reseller_desktop.store.database import close_store

START = datetime(2026, 11, 23, 9, 30, 0)


class FakeClock:
    """An injectable clock (naive UTC) that moves only when a test says so."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder; user folders and QSettings point inside the test's tmp_path."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def catalog() -> Catalog:
    return load_catalog(resource_path("offers.json"))


@pytest.fixture
def database_url() -> str | None:
    """The store to test against: None is the default SQLite file in the data folder."""
    return None


@pytest.fixture
def services(data_dir: Path, clock: FakeClock, database_url: str | None) -> Iterator[AppServices]:
    """The app's services on a fresh store, with the fake clock."""
    wired = open_services(data_dir, data_dir / "config", database=database_url, clock=clock)
    yield wired
    close_store()


@pytest.fixture
def valid_request() -> NewCustomerRequest:
    """A complete, valid request for a French customer."""
    return NewCustomerRequest(
        company_name="Boulangerie Dupont SARL",
        domain_prefix="boulangeriedupont",
        country="FR",
        address_line1="35 Rue du Faubourg Saint-Honoré",
        city="Paris",
        postal_code="75008",
        first_name="Camille",
        last_name="Dupont",
        email="camille.dupont@boulangerie-dupont.fr",
        phone="+33 1 42 68 53 00",
        language="fr",
        culture="fr-FR",
        mca_accepted=True,
        mca_date=date(2026, 11, 20),
        mca_signer_first_name="Camille",
        mca_signer_last_name="Dupont",
        mca_signer_email="camille.dupont@boulangerie-dupont.fr",
        offer_id="CFQ7TTC0LCHC",
        seats=25,
        term="P1Y",
        billing_cycle="monthly",
    )


@pytest.fixture
def answer_box(qtbot) -> Callable[[str], list[str]]:  # type: ignore[no-untyped-def]
    """Arrange for the next message box to be answered by clicking the button with ``text``.

    Returns a list that receives the box's text, so a test can assert on what the user read.
    """

    def arm(text: str) -> list[str]:
        seen: list[str] = []

        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, click)
                return
            seen.append(box.text())
            button = next((b for b in box.buttons() if b.text().replace("&", "") == text), None)
            assert isinstance(button, QAbstractButton), f"no button {text!r} in {box.text()!r}"
            button.click()

        QTimer.singleShot(0, click)
        return seen

    return arm
