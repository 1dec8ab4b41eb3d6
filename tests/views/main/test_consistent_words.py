"""The customer list, its details and the export say things one way (issue 12, item 13): dates
with four-digit years (ISO 8601 in the CSV), the language by name, an address as its country
writes it, "Microsoft (simulated)" in the interface language, one French word for "Status", and
Qt's own file dialog entirely in French when the app is."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QWidget,
)

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.views import export
from reseller_desktop.views.customer_details import CustomerDetailsDialog
from reseller_desktop.views.customer_model import CREATED, STATUS
from reseller_desktop.views.i18n import install_translators
from reseller_desktop.views.main_window import MainWindow
from tests.conftest import START, FakeClock
from tests.views.main.conftest import cell
from tests.views.screens import translated


@pytest.fixture
def us_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The interface in ``language`` (windows made meanwhile speak it), then English again."""
    install_translators(language)
    try:
        yield
    finally:
        install_translators("en")


def open_details(qtbot, window: MainWindow, customer: uuid.UUID) -> CustomerDetailsDialog:  # type: ignore[no-untyped-def]
    assert window.select_customer(customer)
    window.open_details()
    qtbot.waitUntil(lambda: window.details is not None and window.details.isVisible())
    assert isinstance(window.details, CustomerDetailsDialog)
    return window.details


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def header(table: QTableWidget, index: int) -> str:
    item = table.horizontalHeaderItem(index)
    return item.text() if item is not None else ""


def us_date(at: datetime) -> str:
    """How a US English user reads the date of a naive-UTC instant, in local time."""
    local = at.replace(tzinfo=UTC).astimezone()
    return f"{local.month}/{local.day}/{local.year}"


def test_the_list_the_details_and_the_history_show_four_digit_years(
    qtbot,  # type: ignore[no-untyped-def]
    us_english: None,
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    customer = services.onboarding.create_customer(valid_request).customer.id
    window: MainWindow = open_window()
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 1)
    created = cell(window, 0, CREATED)
    # "11/23/2026 9:30 AM": the US order, a four-digit year (not "11/23/26").
    assert created.startswith(us_date(START) + " "), created
    assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}\s[AP]M", created), created

    details = open_details(qtbot, window, customer)
    assert details.ui.createdValue.text() == created
    assert column(details.ui.historyTable, 0) == [created, created]
    details.reject()


def test_the_csv_has_iso_8601_dates(
    qtbot,  # type: ignore[no-untyped-def]
    us_english: None,
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    services.onboarding.create_customer(valid_request)
    path = tmp_path / "customers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window: MainWindow = open_window()
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 1)
    qtbot.mouseClick(window.ui.exportButton, Qt.MouseButton.LeftButton)
    job = window.export_job
    assert job is not None
    with qtbot.waitSignal(job.finished):
        pass

    text = path.read_text(encoding="utf-8-sig")
    head, row = list(csv.reader(io.StringIO(text, newline=""), delimiter=export.separator()))
    created = row[head.index("Created")]
    # "2026-11-23T09:30:00Z" (or the local time with its offset): one spelling, any locale.
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})", created)
    assert datetime.fromisoformat(created) == START.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "Hungarian (Hungary)"), ("fr", "hongrois (Hongrie)")]
)
def test_the_details_name_the_language_and_write_the_address_as_the_country_does(
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
    expected: str,
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    with speaking(language):
        hungarian = valid_request.with_changes(
            country="HU",
            address_line1="Nádor utca 7.",
            city="Budapest",
            postal_code="1051",
            phone="+36 1 234 5678",
            registration_number="01-09-123456",
            language="hu",
            culture="hu-HU",
        )
        customer = services.onboarding.create_customer(hungarian).customer.id
        window: MainWindow = open_window()
        details = open_details(qtbot, window, customer)
        assert details.ui.languageValue.text() == expected  # not "hu-HU"
        # Hungary writes the city first, then the street, then the postal code.
        assert details.ui.addressValue.text() == "Budapest\nNádor utca 7.\n1051"
        details.reject()


def test_microsoft_simulated_is_said_in_the_interface_language(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
    clock: FakeClock,
) -> None:
    # The pseudo-locale translates every string: one that is not translated shows bare.
    with speaking("pseudo"):
        customer = services.onboarding.create_customer(valid_request).customer.id
        window: MainWindow = open_window()
        clock.advance(minutes=3)
        window.provisioning.tick()  # the simulator starts provisioning: its own history line
        details = open_details(qtbot, window, customer)
        who = column(details.ui.historyTable, 1)
        simulated = translated("Microsoft (simulated)", "History")
        assert simulated.startswith("[Microsoft (simulated)")
        assert who[0] == simulated
        assert "Microsoft (simulated)" not in who
        details.reject()


def test_status_is_one_word_in_french_everywhere(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    services: AppServices,
    valid_request: NewCustomerRequest,
) -> None:
    with speaking("fr"):
        customer = services.onboarding.create_customer(valid_request).customer.id
        window: MainWindow = open_window()
        listed = window.table.model().headerData(STATUS, Qt.Orientation.Horizontal)
        details = open_details(qtbot, window, customer)
        subscriptions = details.ui.subscriptionsTable
        pending = translated("Pending", "Status")  # the column that shows the status
        status_column = next(
            c
            for c in range(subscriptions.columnCount())
            if subscriptions.item(0, c).text() == pending
        )
        in_details = header(subscriptions, status_column)
        in_csv = export.headers()
        details.reject()
        assert listed == in_details == "Statut"
        assert "Statut" in in_csv and "Détail du statut" in in_csv
        assert not [h for h in [listed, in_details, *in_csv] if "état" in h.casefold()]


def dialog_texts() -> dict[str, str]:
    """Every text the open file dialog shows: labels, buttons, tooltips, column headers, menus."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    found: dict[str, str] = {"title": dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found[f"{name}.text"] = widget.text()
        if widget.toolTip():
            found[f"{name}.toolTip"] = widget.toolTip()
        if isinstance(widget, QHeaderView):
            model = widget.model()
            for c in range(model.columnCount()):
                found[f"{name}.{c}"] = str(model.headerData(c, Qt.Orientation.Horizontal))
        if isinstance(widget, QComboBox) and widget.objectName() == "fileTypeCombo":
            found["fileTypeCombo"] = widget.currentText()
    for action in dialog.findChildren(QAction):
        if action.text():
            found[f"action.{action.objectName() or len(found)}"] = action.text()
    return found


def texts_of_the_export_dialog(qtbot, window: MainWindow) -> dict[str, str]:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def read_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, read_then_cancel)
            return
        seen.update(dialog_texts())
        dialog.reject()

    QTimer.singleShot(0, read_then_cancel)
    qtbot.mouseClick(window.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_the_export_file_dialog_is_entirely_french_when_the_app_is(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
) -> None:
    window: MainWindow = open_window()
    english = texts_of_the_export_dialog(qtbot, window)
    with speaking("fr"):
        french = texts_of_the_export_dialog(qtbot, window)
    assert english.keys() == french.keys()
    # Only what is the same in both languages may stay: a path, a column called "Type".
    untranslated = {
        key: text
        for key, text in english.items()
        if french[key] == text and text not in ("Type",) and not text.startswith("/")
    }
    assert untranslated == {}
    assert french["lookInLabel.text"].replace("&", "") == "Voir dans\u00a0:"
    assert french["fileTypeLabel.text"].replace("&", "") == "Fichiers de type\u00a0:"
