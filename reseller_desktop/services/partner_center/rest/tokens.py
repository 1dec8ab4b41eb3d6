"""Where the REST connector gets its bearer tokens: one small interface, so the connector never
knows whether MSAL, an environment variable or a test supplies them."""

from __future__ import annotations

from typing import Protocol


class SignInRequiredError(Exception):
    """No valid token without the user signing in (again)."""


class TokenSource(Protocol):
    """Bearer tokens for ``https://api.partnercenter.microsoft.com``."""

    #: Who is signed in, for the window ("alice@contoso-partner.com"); "" when unknown.
    account: str

    def token(self, *, force_refresh: bool = False) -> str:
        """A valid access token; ``force_refresh`` after a 401. Raises SignInRequiredError."""
        ...


class StaticToken:
    """A ready token (``PARTNER_CENTER_ACCESS_TOKEN``, tests): never refreshed, never stored."""

    def __init__(self, token: str, account: str = "") -> None:
        self._token = token
        self.account = account

    def token(self, *, force_refresh: bool = False) -> str:
        if force_refresh:
            raise SignInRequiredError("the access token given in the environment was refused")
        return self._token

    def __repr__(self) -> str:  # never the token itself
        return f"StaticToken(account={self.account!r})"
