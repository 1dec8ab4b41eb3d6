"""The backend choice: the simulator by default, the REST connector when Partner Center is chosen,
a ready token from the environment instead of MSAL, and one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseller_desktop.services.context import AppServices, StartupError, open_services
from reseller_desktop.services.partner_center.backend import (
    DEFAULT_BASE_URL,
    PARTNER_CENTER,
    SIMULATOR,
    PartnerCenterSettings,
    backend_option,
    token_user,
)
from reseller_desktop.services.partner_center.rest.connector import RestPartnerCenter
from reseller_desktop.services.partner_center.rest.tokens import StaticToken
from reseller_desktop.services.partner_center.signin import MsalTokens
from reseller_desktop.services.partner_center.simulator import SimulatedPartnerCenter
from reseller_desktop.store.database import close_store
from tests.msal_stub import ACCOUNT, CLIENT, TENANT, bearer


@pytest.fixture
def opened(data_dir: Path) -> Iterator[list[AppServices]]:
    wired: list[AppServices] = []
    yield wired
    for services in wired:
        services.close_port()
    close_store()


def test_the_simulator_is_the_default(data_dir: Path, opened: list[AppServices]) -> None:
    opened.append(open_services(data_dir, data_dir / "config"))
    assert isinstance(opened[0].partner_center, SimulatedPartnerCenter)
    assert opened[0].tokens is None


def test_a_url_and_a_ready_token_build_the_rest_connector_without_msal(
    data_dir: Path, opened: list[AppServices]
) -> None:
    token = bearer()
    settings = PartnerCenterSettings().overridden("http://127.0.0.1:9/", token)
    opened.append(open_services(data_dir, data_dir / "config", partner_center=settings))
    services = opened[0]
    assert isinstance(services.partner_center, RestPartnerCenter)
    assert services.partner_center.base_url == "http://127.0.0.1:9"
    assert not services.partner_center.is_simulated
    assert isinstance(services.tokens, StaticToken)
    assert services.tokens.token() == token
    assert services.tokens.account == ACCOUNT  # from the token's upn, for the window
    assert token not in repr(settings) and token not in repr(services.tokens)


def test_a_ready_graph_token_from_the_environment_serves_gdap_requests(
    data_dir: Path, opened: list[AppServices]
) -> None:
    """PARTNER_CENTER_GRAPH_ACCESS_TOKEN: Graph's token for GDAP admin relationships, which
    Partner Center's ready token does not cover (without it, such requests say they need one)."""
    token, graph = bearer(), bearer() + "-graph"
    settings = PartnerCenterSettings().overridden("http://127.0.0.1:9/", token, f" {graph} ")
    assert graph not in repr(settings)
    opened.append(open_services(data_dir, data_dir / "config", partner_center=settings))
    port = opened[0].partner_center
    assert isinstance(port, RestPartnerCenter) and port.graph is not None
    assert port.graph.http.tokens.token() == graph
    assert opened[0].tokens is not None and opened[0].tokens.token() == token

    without = PartnerCenterSettings().overridden("http://127.0.0.1:9/", token, "  ")
    assert without.graph_access_token == ""


def test_partner_center_with_the_entra_app_signs_in_with_msal(
    data_dir: Path, opened: list[AppServices]
) -> None:
    settings = PartnerCenterSettings(backend=PARTNER_CENTER, tenant_id=TENANT, client_id=CLIENT)
    opened.append(open_services(data_dir, data_dir / "config", partner_center=settings))
    tokens = opened[0].tokens
    assert isinstance(tokens, MsalTokens)
    assert (tokens.tenant_id, tokens.client_id, tokens.account) == (TENANT, CLIENT, "")
    assert isinstance(opened[0].partner_center, RestPartnerCenter)
    assert opened[0].partner_center.base_url == DEFAULT_BASE_URL


def test_the_command_line_overrides_the_saved_choice() -> None:
    saved = PartnerCenterSettings(backend=PARTNER_CENTER, tenant_id=TENANT, client_id=CLIENT)
    assert saved.overridden("simulator").simulated
    assert saved.overridden(None).backend == PARTNER_CENTER
    sandbox = PartnerCenterSettings().overridden("https://pc-proxy.partner.lan")
    assert (sandbox.backend, sandbox.base_url) == (PARTNER_CENTER, "https://pc-proxy.partner.lan")
    assert backend_option("Simulator") == SIMULATOR
    for bad in ("ftp://x", "pc.example", "https://user:pw@pc.example"):
        with pytest.raises(ValueError):
            backend_option(bad)


def test_missing_entra_app_says_where_to_enter_it(data_dir: Path) -> None:
    settings = PartnerCenterSettings(backend=PARTNER_CENTER)
    with pytest.raises(StartupError, match="Preferences › Partner Center") as info:
        open_services(data_dir, data_dir / "config", partner_center=settings)
    assert "\n" not in str(info.value)


def test_without_msal_one_line_names_the_extra(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "msal", None)  # as if not installed
    settings = PartnerCenterSettings(backend=PARTNER_CENTER, tenant_id=TENANT, client_id=CLIENT)
    with pytest.raises(StartupError, match=r"reseller-desktop\[partner-center\]"):
        open_services(data_dir, data_dir / "config", partner_center=settings)


def test_token_user_reads_the_upn_only_for_display() -> None:
    assert token_user(bearer("bob@contoso-partner.com")) == "bob@contoso-partner.com"
    assert token_user("not-a-jwt") == ""
