"""A stand-in for Microsoft's sign-in service, in the shape of MSAL's ``PublicClientApplication``.

The one place where a test stands in for something outside the app: Microsoft cannot be reached
from the test machine. It writes what Microsoft would answer into MSAL's real token cache (the
same ``cache.add`` MSAL itself calls), so accounts, sign-out and the cache decision are the
library's own. ``enter_code`` plays the user typing the device code at microsoft.com/devicelogin.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from typing import Any

import msal

from reseller_desktop.services.partner_center.signin import SCOPE

ACCOUNT = "alice@contoso-partner.com"
TENANT = "contoso-partner.onmicrosoft.com"
CLIENT = "11111111-2222-3333-4444-555555555555"
ACCESS_TOKEN = "eyJ0eXAi.ACCESS-TOKEN-never-logged-4f1c"
REFRESH_TOKEN = "0.REFRESH-TOKEN-never-logged-9a2e"
USER_CODE = "F7XK2M9QP"
DEVICE_PAGE = "https://microsoft.com/devicelogin"


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def id_token(username: str = ACCOUNT) -> str:
    claims = {"preferred_username": username, "sub": "s-1", "oid": "u-1", "tid": "t-1"}
    return f"{_b64({'alg': 'none'})}.{_b64(claims)}.sig"


def bearer(upn: str = ACCOUNT) -> str:
    """An access token in the JWT shape, issued to ``upn`` (for PARTNER_CENTER_ACCESS_TOKEN)."""
    return f"{_b64({'alg': 'RS256'})}.{_b64({'upn': upn, 'aud': 'x'})}.SIGNATURE-secret"


class FakeMicrosoft:
    """``application`` factory for ``MsalTokens``: returns itself, bound to the token cache."""

    def __init__(self, *, browser_error: Exception | None = None, wait: bool = False) -> None:
        self.cache: Any = None
        self.browser_error = browser_error or RuntimeError("Timeout. No auth response arrived.")
        self.wait = wait  # the device flow waits until enter_code() (or a cancel)
        self.code_entered = threading.Event()
        self.calls: list[str] = []

    def __call__(self, tenant_id: str, client_id: str, cache: Any) -> FakeMicrosoft:
        self.tenant_id, self.client_id, self.cache = tenant_id, client_id, cache
        return self

    def enter_code(self) -> None:
        self.code_entered.set()

    # -- MSAL's PublicClientApplication, the parts MsalTokens uses ----------------------------

    def get_accounts(self) -> list[dict[str, Any]]:
        return list(self.cache.search(msal.TokenCache.CredentialType.ACCOUNT))

    def acquire_token_interactive(self, scopes: list[str], **kwargs: Any) -> dict[str, Any]:
        self.calls.append("interactive")
        raise self.browser_error

    def initiate_device_flow(self, scopes: list[str]) -> dict[str, Any]:
        self.calls.append("initiate_device_flow")
        assert scopes == [SCOPE]
        return {
            "user_code": USER_CODE,
            "device_code": "DEVICE-CODE-secret",
            "verification_uri": DEVICE_PAGE,
            "expires_in": 900,
            "interval": 5,
            "message": f"To sign in, use a web browser to open the page {DEVICE_PAGE}...",
            "expires_at": time.time() + 900,
        }

    def acquire_token_by_device_flow(self, flow: dict[str, Any]) -> dict[str, Any]:
        self.calls.append("device_flow")
        while self.wait and not self.code_entered.wait(0.02):
            if flow["expires_at"] == 0:  # MsalTokens.cancel()
                return {"error": "authorization_pending", "error_description": "cancelled"}
        response = {
            "access_token": ACCESS_TOKEN,
            "refresh_token": REFRESH_TOKEN,
            "id_token": id_token(),
            "client_info": _b64({"uid": "u-1", "utid": "t-1"}),
            "expires_in": 3600,
            "token_type": "Bearer",
            "scope": SCOPE,
        }
        self.cache.add(
            {
                "client_id": self.client_id,
                "scope": [SCOPE],
                "token_endpoint": f"https://login.microsoftonline.com/{self.tenant_id}/oauth2/v2.0/token",
                "response": dict(response),
                "data": {},
            }
        )
        return {**response, "id_token_claims": {"preferred_username": ACCOUNT}}

    def acquire_token_silent(
        self, scopes: list[str], account: dict[str, Any], force_refresh: bool = False
    ) -> dict[str, Any] | None:
        self.calls.append("silent")
        kinds = msal.TokenCache.CredentialType
        found = [
            item
            for item in self.cache.search(kinds.ACCESS_TOKEN)
            if item.get("home_account_id") == account.get("home_account_id")
        ]
        if not found or (force_refresh and not list(self.cache.search(kinds.REFRESH_TOKEN))):
            return None
        return {"access_token": found[0]["secret"], "token_type": "Bearer"}


class InMemorySecretStore:
    """Stands in for the OS secret store (DPAPI, Keychain, libsecret), which this machine lacks:
    an encrypted persistence in msal-extensions' shape, holding the cache in memory."""

    is_encrypted = True

    def __init__(self, location: str) -> None:
        self.location = location
        self.content: str | None = None
        self.saved = 0

    def save(self, content: str) -> None:
        self.content, self.saved = content, self.saved + 1

    def load(self) -> str | None:
        return self.content

    def time_last_modified(self) -> float:
        from msal_extensions.persistence import PersistenceNotFound

        if self.content is None:
            raise PersistenceNotFound(location=self.location)
        return float(self.saved)

    def get_location(self) -> str:
        return self.location
