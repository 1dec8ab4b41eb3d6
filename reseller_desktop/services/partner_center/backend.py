"""Which Partner Center the app talks to: the built-in simulator (the default) or the real service
through the REST connector, with its sign-in.

The choice comes from Preferences › Partner Center (saved in the settings: never a token), which
the command line overrides (``--partner-center simulator`` or ``--partner-center URL``), and the
environment may supply a ready token (``PARTNER_CENTER_ACCESS_TOKEN``: MSAL is skipped, the token
is never stored), and one for Microsoft Graph's GDAP routes (``PARTNER_CENTER_GRAPH_ACCESS_TOKEN``).
``build_port`` turns the choice into the port; it is read once at start-up.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from reseller_desktop.domain.clock import Clock, utcnow

if TYPE_CHECKING:  # the port's and the sign-in's modules load when a port is built
    from reseller_desktop.services.partner_center.port import PartnerCenter
    from reseller_desktop.services.partner_center.rest.tokens import TokenSource
    from reseller_desktop.services.partner_center.signin import MsalTokens

SIMULATOR = "simulator"
PARTNER_CENTER = "partner-center"
BACKENDS = (SIMULATOR, PARTNER_CENTER)
DEFAULT_BASE_URL = "https://api.partnercenter.microsoft.com"
ACCESS_TOKEN_VARIABLE = "PARTNER_CENTER_ACCESS_TOKEN"
# A ready token for Microsoft Graph (GDAP admin relationships), which Partner Center's does not
# cover; without it, Graph's token comes from the sign-in.
GRAPH_ACCESS_TOKEN_VARIABLE = "PARTNER_CENTER_GRAPH_ACCESS_TOKEN"
TOKEN_CACHE_FILE = "partner-center-token-cache.bin"  # encrypted (or absent), in the data folder
# The running app's simulator: customers accept about this long after the link, 5 % never do.
SIMULATED_AGREEMENT_DELAY = timedelta(minutes=3)
SIMULATED_NEVER_ACCEPT = 0.05


class BackendError(ValueError):
    """The backend cannot be used as chosen: the message says what to do, in one line."""


@dataclass(frozen=True)
class PartnerCenterSettings:
    """The backend choice. ``access_token`` and ``graph_access_token`` come from the environment
    only and are never saved (nor shown in a repr)."""

    backend: str = SIMULATOR
    base_url: str = DEFAULT_BASE_URL
    tenant_id: str = ""
    client_id: str = ""
    locale: str = "en-US"  # Partner Center's X-Locale: the UI language
    access_token: str = field(default="", repr=False, compare=False)
    graph_access_token: str = field(default="", repr=False, compare=False)

    @property
    def simulated(self) -> bool:
        return self.backend != PARTNER_CENTER

    def overridden(
        self,
        option: str | None = None,
        access_token: str | None = None,
        graph_access_token: str | None = None,
    ) -> PartnerCenterSettings:
        """These settings with the command line's ``--partner-center`` (``simulator`` or a URL)
        and the environment's access tokens (Partner Center's, Graph's) applied."""
        chosen = self
        if option:
            if option.strip().lower() == SIMULATOR:
                chosen = replace(chosen, backend=SIMULATOR)
            else:
                chosen = replace(chosen, backend=PARTNER_CENTER, base_url=option.strip())
        if access_token and access_token.strip():
            chosen = replace(chosen, access_token=access_token.strip())
        if graph_access_token and graph_access_token.strip():
            chosen = replace(chosen, graph_access_token=graph_access_token.strip())
        return chosen


def base_url_problem(url: str) -> str:
    """What is wrong with a Partner Center address ('' when usable), in English."""
    parsed = urlparse(url.strip())
    if parsed.scheme.lower() not in ("https", "http") or not parsed.hostname:
        return "enter the address of Partner Center, e.g. " + DEFAULT_BASE_URL
    if parsed.password or parsed.username:
        return "remove the user name and password from the address"
    return ""


def backend_option(text: str) -> str:
    """``--partner-center``: ``simulator`` or an https:// address (argparse type)."""
    if text.strip().lower() == SIMULATOR:
        return SIMULATOR
    problem = base_url_problem(text)
    if problem:
        raise ValueError(f"'simulator' or a URL: {problem}")
    return text.strip()


def _claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, unverified ({} when it is not one)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return {}
    return claims if isinstance(claims, dict) else {}


def token_user(token: str) -> str:
    """Who a bearer token was issued to (its ``upn``), for the window only: not verified."""
    claims = _claims(token)
    for key in ("upn", "preferred_username", "unique_name"):
        if isinstance(claims.get(key), str):
            return str(claims[key])
    return ""


def partner_tenant(settings: PartnerCenterSettings) -> str:
    """The partner tenant whose customers the app works with ("" for the simulator): the tenant
    of a ready access token (its ``tid``), else the tenant id or domain of Preferences, lower
    case. The book of customers belongs to it (store/database.py ``claim_book``)."""
    if settings.simulated:
        return ""
    tid = _claims(settings.access_token).get("tid") if settings.access_token else None
    if isinstance(tid, str) and tid.strip():
        return tid.strip().lower()
    return settings.tenant_id.strip().lower()


class _SignIns:
    """One ``MsalTokens`` per Entra app in this process, so that a sign-in started from
    Preferences serves the connector at once. Its folder is set by ``build_port``."""

    cache_path: Path | None = None
    tokens: dict[tuple[str, str], MsalTokens] = {}


def use_token_cache(path: Path | None) -> None:
    """Where sign-ins keep their (encrypted) cache from now on; forgets earlier ones."""
    if path != _SignIns.cache_path:
        _SignIns.cache_path = path
        _SignIns.tokens = {}


def sign_in_tokens(tenant_id: str, client_id: str) -> MsalTokens:
    """The tokens of the Entra app (tenant id, client id) for this process.

    Raises ``MsalMissingError`` (a ``SignInRequiredError``) when MSAL is not installed.
    """
    from reseller_desktop.services.partner_center.signin import MsalTokens

    key = (tenant_id.strip(), client_id.strip())
    tokens = _SignIns.tokens.get(key)
    if tokens is None:
        tokens = MsalTokens(*key, _SignIns.cache_path)
        _SignIns.tokens[key] = tokens
    return tokens


def token_source(settings: PartnerCenterSettings) -> TokenSource:
    """The environment's token when there is one, else MSAL for the Entra app of the settings."""
    from reseller_desktop.services.partner_center.rest.tokens import StaticToken
    from reseller_desktop.services.partner_center.signin import msal_installed

    if settings.access_token:
        return StaticToken(settings.access_token, token_user(settings.access_token))
    if not settings.tenant_id.strip() or not settings.client_id.strip():
        raise BackendError(
            "Partner Center needs the tenant id and client id of your Entra app: enter them "
            "under Preferences › Partner Center, or start with --partner-center simulator."
        )
    if not msal_installed():
        raise BackendError(
            "Signing in to Partner Center needs MSAL: install the app with the partner-center "
            "extra (pip install 'reseller-desktop[partner-center]'), or start with "
            "--partner-center simulator."
        )
    return sign_in_tokens(settings.tenant_id, settings.client_id)


def _rest_connector() -> Callable[..., PartnerCenter]:
    # Imported here: the simulator never loads the HTTP client.
    from reseller_desktop.services.partner_center.rest.connector import RestPartnerCenter

    return RestPartnerCenter  # type: ignore[no-any-return]


# The connector's module: made at first use, it is imported after the list's first paint.
CONNECTOR_MODULE = "reseller_desktop.services.partner_center.rest.connector"


def build_port(
    settings: PartnerCenterSettings,
    simulator: Callable[[], PartnerCenter],
    *,
    token_cache: Path | None,
    clock: Clock = utcnow,
) -> tuple[Callable[[], PartnerCenter], TokenSource | None]:
    """What makes the port the settings choose at its first use, and its token source (None for
    the simulator). The settings are checked now: a wrong one stops the start with one line.

    The connector itself is made at first use: its HTTP client (httpx) alone takes 160 ms to
    import, which a start would pay before the list is painted.

    ``token_cache`` is where sign-ins keep their encrypted cache, also those started from
    Preferences while the simulator runs (for the next start)."""
    use_token_cache(token_cache)
    if settings.simulated:
        return simulator, None
    problem = base_url_problem(settings.base_url)
    if problem:
        raise BackendError(f"The Partner Center address {settings.base_url!r} is wrong: {problem}.")
    tokens = token_source(settings)
    graph_tokens = graph_token_source(settings)

    def connector() -> PartnerCenter:
        make: Any = _rest_connector()
        return make(  # type: ignore[no-any-return]
            settings.base_url.strip().rstrip("/"),
            tokens,
            locale=settings.locale,
            clock=clock,
            graph_tokens=graph_tokens,
        )

    return connector, tokens


def graph_token_source(settings: PartnerCenterSettings) -> TokenSource | None:
    """The environment's Graph token, if any (else the connector asks the sign-in for Graph's
    scope, which a ready Partner Center token cannot serve)."""
    from reseller_desktop.services.partner_center.rest.tokens import StaticToken

    token = settings.graph_access_token
    return StaticToken(token, token_user(token)) if token else None
