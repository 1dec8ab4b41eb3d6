"""The command line: options, the smoke test, and one-line errors instead of tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reseller_desktop import __version__
from reseller_desktop.app import main
from reseller_desktop.store import database
from reseller_desktop.store.database import close_store


@pytest.fixture(autouse=True)
def _close_windows(qapp):
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    close_store()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"reseller-desktop {__version__}"


def test_smoke_test_passes_and_creates_the_store(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 0
    assert "smoke test passed" in capsys.readouterr().out
    assert (data_dir / "customers.sqlite3").is_file()
    assert (data_dir / "logs" / "reseller-desktop.log").is_file()


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_bad_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--provisioning-speed", "fast"])
    assert info.value.code == 2
    assert "--provisioning-speed" in one_line_error(capsys)


def test_postgresql_without_the_driver_says_what_to_install(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "_postgres_driver_missing", lambda: True)
    code = main(["--smoke-test", "--data-dir", str(data_dir), "--database", "postgresql://x@h/db"])
    assert code == 1
    assert "reseller-desktop[postgres]" in one_line_error(capsys)


def test_unreachable_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / "file").write_text("x")
    url = f"sqlite:///{data_dir}/file/customers.db"
    assert main(["--smoke-test", "--data-dir", str(data_dir), "--database", url]) == 1
    assert "Cannot create the database file" in one_line_error(capsys)


def test_unknown_database_scheme(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--smoke-test", "--data-dir", str(data_dir), "--database", "oracle://db"])
    assert code == 1
    assert "is not usable" in one_line_error(capsys)


def test_partner_catalog_override(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offer = {
        "id": "CFQ7TTC0LH18",
        "name": "Basic",
        "family": "business",
        "min_seats": 1,
        "max_seats": 300,
        "terms": {"P1Y": ["annual"]},
    }
    broken = {"offers": [offer, {**offer, "id": "BAD", "name": "Broken offer"}]}
    (data_dir / "offers.json").write_text(json.dumps(broken))
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 1
    line = one_line_error(capsys)
    assert "offer #2 (BAD)" in line and "'id'" in line
