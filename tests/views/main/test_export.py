"""Export the filtered list to a CSV file that Excel opens: BOM, quoting, accents, commas."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import Customer
from reseller_desktop.views import export
from tests.services.customer_book import BookCustomer, add_customers, varied
from tests.views.main.conftest import type_text


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The file dialog answers with ``tmp_path/name`` (or is cancelled with None)."""

    def choose(name: str | None) -> Path | None:
        path = tmp_path / name if name else None
        answer = (str(path), "CSV files (*.csv)") if path else ("", "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: answer)
        return path

    return choose


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    text = io.StringIO(data[3:].decode("utf-8"), newline="")
    return list(csv.reader(text, delimiter=export.separator()))


def test_export_writes_the_filtered_list_with_accents_commas_and_quotes(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    save_to,  # type: ignore[no-untyped-def]
) -> None:
    add_customers(varied(40))
    window = open_window()
    type_text(window.ui.searchEdit, "Études")  # found without accents and case too
    qtbot.waitUntil(lambda: window.model.query.text == "Études")
    expected = {c.company_name for c in Customer.select() if "etudes" in c.search_text}
    path = save_to("clients é.csv")

    qtbot.mouseClick(window.ui.exportButton, Qt.MouseButton.LeftButton)
    job = window.export_job
    assert job is not None
    with qtbot.waitSignal(job.finished) as done:
        pass
    assert done.args == [True]

    header, *rows = read_csv(path)
    assert header[:6] == ["Company", "Domain", "Country", "Offers", "Seats", "Status"]
    assert {row[0] for row in rows} == expected and len(rows) == len(expected)
    assert "Société Générale d'Études, Lyon 4" in {row[0] for row in rows}  # comma kept whole
    raw = path.read_text(encoding="utf-8-sig")
    if export.separator() == ",":
        assert '"Société Générale d\'Études, Lyon 4"' in raw  # quoted because of the comma
    assert all(row[9] and "@" in row[9] for row in rows)  # e-mail column
    assert not list(path.parent.glob(".*.part"))
    assert "Exported" in window.statusBar().currentMessage()


def test_the_separator_follows_the_locale_as_excel_does() -> None:
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert export.separator() == ";"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert export.separator() == ","
    finally:
        QLocale.setDefault(QLocale.system())


def test_export_neutralises_formulas_and_can_be_cancelled(
    qtbot,  # type: ignore[no-untyped-def]
    open_window,  # type: ignore[no-untyped-def]
    save_to,  # type: ignore[no-untyped-def]
    services: AppServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_customers([BookCustomer('=HYPERLINK("http://evil")', "formula1", email="x@y.fr")])
    # Any stored text may start a formula, not only the company's name.
    add_customers([BookCustomer("Formules", "formula2", first="-2+3", last="", email="@SUM(1)")])
    add_customers(varied(30))
    window = open_window()
    path = save_to("all.csv")
    window.ui.actionExport.trigger()
    with qtbot.waitSignal(window.export_job.finished):
        pass
    _header, *rows = read_csv(path)
    assert len(rows) == 32
    assert '\'=HYPERLINK("http://evil")' in {row[0] for row in rows}
    contact = next(row for row in rows if row[0] == "Formules")
    assert contact[8:10] == ["'-2+3", "'@SUM(1)"]
    raw = path.read_text(encoding="utf-8-sig")
    assert '"\'=HYPERLINK(""http://evil"")"' in raw  # inner quotes doubled

    monkeypatch.setattr(export, "CHUNK", 5)  # several steps, so there is time to cancel
    path = save_to("cancelled.csv")
    window.ui.actionExport.trigger()
    job = window.export_job
    with qtbot.waitSignal(job.finished) as done:
        job.progressed.connect(lambda _n: job.cancel())
    assert done.args == [False]
    assert not path.exists() and not list(path.parent.glob(".*.part"))

    save_to(None)  # the user closes the file dialog
    window.ui.actionExport.trigger()
    assert window.export_job is None


@pytest.mark.parametrize("zone", ["UTC", "Europe/Paris", "America/St_Johns", "Asia/Kolkata"])
def test_the_exports_cached_times_read_as_the_app_shows_them(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export looks each time-zone offset up once per quarter hour: every instant, around
    the DST changes too, reads as ``iso_time`` (Qt's own conversion) writes it."""
    import time as clock

    from reseller_desktop.views.export import RowFormatter, iso_time

    monkeypatch.setenv("TZ", zone)
    clock.tzset()
    try:
        formatter = RowFormatter()
        start = datetime(2026, 3, 7, 0, 0, 7)
        instants = [start + timedelta(minutes=7 * i) for i in range(0, 60 * 24 * 62 // 7)]
        instants += [datetime(2026, 10, 25, 0, 59, 59), datetime(2026, 10, 25, 1, 0, 0)]
        assert [formatter.time(t) for t in instants] == [iso_time(t) for t in instants]
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()
