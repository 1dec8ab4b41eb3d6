"""Signing in to Partner Center with MSAL: delegated ("App+User") tokens for the partner's Entra
app, with MFA, through the system browser or a device code.

``MsalTokens`` is a ``TokenSource``: the REST connector asks it for a token and never knows where
it comes from. The token cache is encrypted with the operating system's secret store
(``msal-extensions``: DPAPI, Keychain, libsecret); where there is none, nothing is written and the
tokens live in memory until the app quits (``persisted`` is False, and Preferences says so).

``msal`` is an optional extra (``reseller-desktop[partner-center]``): it is imported inside the
functions that need it, so the app starts without it and says what to install when sign-in is
needed. No token, refresh token or password is ever logged, stored in the settings or put in an
exception message: errors carry Microsoft's error code and description only.

Every call here may block (Microsoft's sign-in servers, the browser, the user typing a code):
callers run them off the GUI thread.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reseller_desktop.services.partner_center.rest.tokens import GRAPH_SCOPE, SignInRequiredError

log = logging.getLogger(__name__)

SCOPE = "https://api.partnercenter.microsoft.com/user_impersonation"
GRAPH_HINT = (
    "Microsoft Graph gave no token for GDAP admin relationships: the partner's Entra app needs "
    "the delegated permission DelegatedAdminRelationship.ReadWrite.All (Microsoft Graph), with "
    "consent; then sign in again under Preferences › Partner Center."
)
AUTHORITY = "https://login.microsoftonline.com/{tenant}"
INTERACTIVE_TIMEOUT_S = 180  # the browser sign-in gives up after this (then: a device code)
INSTALL_HINT = (
    "Signing in to Partner Center needs MSAL: install the app with the partner-center extra "
    "(pip install 'reseller-desktop[partner-center]')."
)
SIGN_IN_HINT = "Sign in to Partner Center under Preferences › Partner Center."


class MsalMissingError(SignInRequiredError):
    """``msal`` is not installed: the message says which extra to install."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class SignInFailedError(Exception):
    """Microsoft refused or did not finish the sign-in: ``code`` and ``description`` are
    Microsoft's (never a token)."""

    def __init__(self, code: str, description: str = "") -> None:
        super().__init__(f"{code}: {description}" if description else code)
        self.code = code
        self.description = description


class SignInCancelledError(SignInFailedError):
    """The user cancelled the sign-in (the device-code dialog's Cancel)."""

    def __init__(self) -> None:
        super().__init__("cancelled", "The sign-in was cancelled.")


@dataclass(frozen=True)
class DeviceCode:
    """What the user types, where, and for how long (the device-code fallback)."""

    user_code: str
    verification_uri: str
    expires_in: int  # seconds
    message: str = ""  # Microsoft's own instructions, in English


def msal_installed() -> bool:
    return importlib.util.find_spec("msal") is not None


#: Builds the MSAL application for (tenant id, client id, token cache). Tests inject a stand-in
#: for Microsoft here; the app uses ``public_client``.
ApplicationFactory = Callable[[str, str, Any], Any]
#: Builds the encrypted persistence for a file (``msal_extensions.build_encrypted_persistence``).
PersistenceFactory = Callable[[str], Any]


def public_client(tenant_id: str, client_id: str, cache: Any) -> Any:
    """MSAL's public client for the partner's Entra app (asks Microsoft for the tenant's
    sign-in endpoints: blocks, network)."""
    import msal

    return msal.PublicClientApplication(
        client_id, authority=AUTHORITY.format(tenant=tenant_id), token_cache=cache
    )


def open_token_cache(
    path: Path | None, persistence: PersistenceFactory | None = None
) -> tuple[Any, bool]:
    """The token cache and whether it is kept (encrypted) on disk.

    With no secret store (``msal-extensions`` missing, no libsecret or no D-Bus session on Linux,
    a persistence that does not encrypt), nothing is written: an in-memory cache, False.
    """
    import msal

    if path is None:
        return msal.SerializableTokenCache(), False
    try:
        from msal_extensions import PersistedTokenCache, build_encrypted_persistence

        store = (persistence or build_encrypted_persistence)(str(path))
        if not getattr(store, "is_encrypted", False):
            raise RuntimeError("the persistence does not encrypt")
        return PersistedTokenCache(store), True
    except Exception as exc:  # ImportError, no secret service, a locked keyring...
        log.warning(
            "No secret store for the Partner Center sign-in (%s): it is kept in memory until the "
            "app quits",
            type(exc).__name__,
        )
        return msal.SerializableTokenCache(), False


def _browser_available() -> bool:
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def _search(cache: Any, kind: str) -> list[dict[str, Any]]:
    search = getattr(cache, "search", None)  # msal >= 1.29; find() warns there
    found: Iterable[dict[str, Any]] = search(kind) if search else cache.find(kind)
    return list(found)


class MsalTokens:
    """Tokens for the partner's Entra app (tenant id, client id), cached at ``cache_path``
    (encrypted) when the system has a secret store, else in memory."""

    def __init__(
        self,
        tenant_id: str,
        client_id: str,
        cache_path: Path | None,
        *,
        application: ApplicationFactory | None = None,
        persistence: PersistenceFactory | None = None,
    ) -> None:
        if not msal_installed():
            raise MsalMissingError()
        self.tenant_id = tenant_id.strip()
        self.client_id = client_id.strip()
        self._cache_path, self._persistence = cache_path, persistence
        self._cache: Any = None  # opened by load()
        self._persisted = False
        self._account = ""
        self._factory = application or public_client
        self._app: Any = None
        self._lock = threading.Lock()  # builds the application once
        self._opening = threading.Lock()  # opens the cache once
        self._flow: dict[str, Any] | None = None
        self._cancelled = False
        self.loaded = False  # the cache is open and its account read

    def load(self) -> None:
        """Open the token cache and read its account: at the first need, or on a worker once
        the list is painted (msal and the system's secret store: 130 ms, more with a keyring
        to unlock, which a start would pay before the list)."""
        with self._opening:
            if self.loaded:
                return
            self._cache, self._persisted = open_token_cache(self._cache_path, self._persistence)
            accounts = self.accounts()
            self._account = accounts[0].get("username", "") if accounts else ""
            self.loaded = True

    @property
    def account(self) -> str:
        """The signed-in account's user name ('' when nobody is); opens the cache if needed."""
        self.load()
        return self._account

    @account.setter
    def account(self, name: str) -> None:
        self._account = name

    @property
    def persisted(self) -> bool:
        """Whether the cache is kept (encrypted) on disk (False: in memory until the app quits)."""
        self.load()
        return self._persisted

    def __repr__(self) -> str:  # never a token
        return f"MsalTokens(tenant={self.tenant_id!r}, account={self._account!r})"

    # -- what the connector asks -------------------------------------------------------------

    def token(self, *, force_refresh: bool = False) -> str:
        """An access token from the cache, refreshed silently when needed (blocks)."""
        return self.scoped_token(SCOPE, force_refresh=force_refresh)

    def scoped_token(self, scope: str, *, force_refresh: bool = False) -> str:
        """A token for ``scope`` from the signed-in account, silently (blocks)."""
        if not self.accounts():
            raise SignInRequiredError(SIGN_IN_HINT)
        app = self._application()
        accounts = app.get_accounts() or self.accounts()
        result = app.acquire_token_silent([scope], account=accounts[0], force_refresh=force_refresh)
        if not result or "access_token" not in result:
            error = (result or {}).get("error", "no token in the cache")
            if scope != SCOPE:
                log.info("No token for %s (%s)", scope, error)
                raise SignInRequiredError(GRAPH_HINT if scope == GRAPH_SCOPE else SIGN_IN_HINT)
            log.info("The Partner Center sign-in must be renewed (%s)", error)
            raise SignInRequiredError(SIGN_IN_HINT)
        self.account = accounts[0].get("username", "") or self.account
        return str(result["access_token"])

    def for_scope(self, scope: str) -> ScopedMsalTokens:
        """The tokens of another API (Microsoft Graph) through this sign-in."""
        return ScopedMsalTokens(self, scope)

    # -- what Preferences asks ---------------------------------------------------------------

    def accounts(self) -> list[dict[str, Any]]:
        """The accounts in the cache (no network)."""
        import msal

        return _search(self._token_cache(), msal.TokenCache.CredentialType.ACCOUNT)

    def sign_in(
        self, show_device_code: Callable[[DeviceCode], None], *, browser: bool | None = None
    ) -> str:
        """Sign in (blocks until the user is done): the system browser when there is one
        (``browser`` None) or when asked (True), else, or when it fails, a device code handed to
        ``show_device_code`` (called on this thread). Returns the account's user name."""
        self._cancelled = False
        app = self._application()
        result: dict[str, Any] | None = None
        if browser if browser is not None else _browser_available():
            try:
                result = app.acquire_token_interactive(
                    [SCOPE], prompt="select_account", timeout=INTERACTIVE_TIMEOUT_S
                )
            except Exception as exc:  # no browser after all, a port in use, the time limit
                log.warning("Browser sign-in did not finish (%s): device code", type(exc).__name__)
        if self._cancelled:
            raise SignInCancelledError()
        if result is None:
            result = self._device_flow(app, show_device_code)
        if "access_token" not in result:
            raise SignInFailedError(
                str(result.get("error", "unknown_error")), str(result.get("error_description", ""))
            )
        claims = result.get("id_token_claims") or {}
        accounts = self.accounts()
        self.account = str(
            claims.get("preferred_username") or (accounts[0].get("username") if accounts else "")
        )
        log.info("Signed in to Partner Center as %s", self.account)
        return self.account

    def cancel(self) -> None:
        """Stop a device-code sign-in that is waiting for the user (from any thread)."""
        self._cancelled = True
        flow = self._flow
        if flow is not None:
            flow["expires_at"] = 0  # MSAL's way to end its polling loop

    def sign_out(self) -> None:
        """Forget every account and token of this app's cache (no network)."""
        import msal

        kinds = msal.TokenCache.CredentialType
        cache = self._token_cache()
        for item in _search(cache, kinds.ACCESS_TOKEN):
            cache.remove_at(item)
        for item in _search(cache, kinds.REFRESH_TOKEN):
            cache.remove_rt(item)
        for item in _search(cache, kinds.ID_TOKEN):
            cache.remove_idt(item)
        for item in _search(cache, kinds.ACCOUNT):
            cache.remove_account(item)
        if self.account:
            log.info("Signed out of Partner Center (%s)", self.account)
        self.account = ""

    # -- inside ------------------------------------------------------------------------------

    def _token_cache(self) -> Any:
        if self._cache is None:  # (set by load() before it reads the accounts: no second lock)
            self.load()
        return self._cache

    def _application(self) -> Any:
        cache = self._token_cache()
        with self._lock:
            if self._app is None:
                self._app = self._factory(self.tenant_id, self.client_id, cache)
            return self._app

    def _device_flow(self, app: Any, show: Callable[[DeviceCode], None]) -> dict[str, Any]:
        flow = app.initiate_device_flow(scopes=[SCOPE])
        if "user_code" not in flow:
            raise SignInFailedError(
                str(flow.get("error", "unknown_error")), str(flow.get("error_description", ""))
            )
        self._flow = flow
        try:
            if self._cancelled:
                raise SignInCancelledError()
            show(
                DeviceCode(
                    user_code=str(flow["user_code"]),
                    verification_uri=str(flow.get("verification_uri", "")),
                    expires_in=int(flow.get("expires_in", 900)),
                    message=str(flow.get("message", "")),
                )
            )
            result: dict[str, Any] = app.acquire_token_by_device_flow(flow)
        finally:
            self._flow = None
        if self._cancelled:
            raise SignInCancelledError()
        return result


class ScopedMsalTokens:
    """A ``TokenSource`` for another scope of the same sign-in (``MsalTokens.for_scope``)."""

    def __init__(self, tokens: MsalTokens, scope: str) -> None:
        self._tokens = tokens
        self.scope = scope

    @property
    def account(self) -> str:
        return self._tokens.account

    def token(self, *, force_refresh: bool = False) -> str:
        return self._tokens.scoped_token(self.scope, force_refresh=force_refresh)

    def __repr__(self) -> str:  # never a token
        return f"ScopedMsalTokens(scope={self.scope!r}, account={self.account!r})"
