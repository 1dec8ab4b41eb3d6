"""The command line chooses Partner Center: ``--partner-center URL`` with
``PARTNER_CENTER_ACCESS_TOKEN`` starts on the REST connector with that token (no MSAL, nothing
stored; ``PARTNER_CENTER_GRAPH_ACCESS_TOKEN`` gives Graph's for GDAP), and the status bar says
"Partner Center — <account>"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from reseller_desktop import APP_NAME, ORGANIZATION
from reseller_desktop.app import main
from reseller_desktop.services.partner_center.rest.connector import RestPartnerCenter
from reseller_desktop.services.partner_center.rest.tokens import StaticToken
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.preferences import BACKEND_KEY, CLIENT_ID_KEY, TENANT_ID_KEY
from tests.msal_stub import ACCOUNT, CLIENT, TENANT, bearer

pytestmark = pytest.mark.usefixtures("main_in_process")


def save_partner_center_choice() -> None:
    """Preferences' saved choice: Partner Center with the Entra app, in the settings main()
    reads (its organization and application names set as main() sets them)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    settings = QSettings()
    settings.setValue(BACKEND_KEY, "partner-center")
    settings.setValue(TENANT_ID_KEY, TENANT)
    settings.setValue(CLIENT_ID_KEY, CLIENT)
    settings.sync()


def started_window() -> MainWindow:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert len(windows) == 1
    return windows[0]


def test_url_and_access_token_start_on_the_rest_connector(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token, graph = bearer(ACCOUNT), bearer(ACCOUNT) + "-graph"
    monkeypatch.setenv("PARTNER_CENTER_ACCESS_TOKEN", token)
    monkeypatch.setenv("PARTNER_CENTER_GRAPH_ACCESS_TOKEN", graph)
    url = "http://127.0.0.1:9"  # nothing is asked of it during the smoke test
    assert main(["--smoke-test", "--data-dir", str(data_dir), "--partner-center", url]) == 0
    assert "smoke test passed" in capsys.readouterr().out

    window = started_window()
    port, tokens = window.services.partner_center, window.services.tokens
    assert isinstance(port, RestPartnerCenter) and port.base_url == url
    assert isinstance(tokens, StaticToken) and tokens.token() == token
    assert port.graph is not None and port.graph.http.tokens.token() == graph
    badge = window.findChild(QLabel, "partnerCenterBadge")
    assert isinstance(badge, QLabel)
    assert badge.text() == f"Partner Center — {ACCOUNT}"
    assert window.findChild(QLabel, "simulatorBadge") is None
    # The token is used, never kept: not in the settings, the log or any file of the data folder.
    settings = QSettings()
    settings.sync()
    kept = [Path(settings.fileName())] + [p for p in data_dir.rglob("*") if p.is_file()]
    for path in kept:
        if path.exists():
            content = path.read_bytes()
            assert token.encode() not in content and graph.encode() not in content, path


def test_simulator_on_the_command_line_overrides_the_saved_choice(data_dir: Path) -> None:
    save_partner_center_choice()
    argv = ["--smoke-test", "--data-dir", str(data_dir), "--partner-center", "simulator"]
    assert main(argv) == 0
    window = started_window()
    assert window.services.partner_center.is_simulated and window.services.tokens is None
    assert window.findChild(QLabel, "simulatorBadge") is not None


def test_the_saved_choice_signs_in_with_msal(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    save_partner_center_choice()
    assert main(["--smoke-test", "--data-dir", str(data_dir)]) == 0
    window = started_window()
    assert isinstance(window.services.partner_center, RestPartnerCenter)
    badge = window.findChild(QLabel, "partnerCenterBadge")
    assert isinstance(badge, QLabel)
    # The sign-in's cache opens on a worker once the list is painted; then the badge says.
    qtbot.waitUntil(lambda: badge.text() == "Partner Center — not signed in")
    assert window.services.tokens is not None and window.services.tokens.loaded


def test_a_bad_partner_center_address_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--partner-center", "ftp://pc.example"])
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--partner-center" in err[0]
