"""Where the REST connector gets its bearer tokens: one small interface, so the connector never
knows whether MSAL, an environment variable or a test supplies them."""

from __future__ import annotations

from typing import Protocol

# Microsoft Graph, for GDAP admin relationships (the partner's Entra app needs this delegated
# permission, with consent; the Partner Center sign-in's refresh token then serves it silently).
GRAPH_SCOPE = "https://graph.microsoft.com/DelegatedAdminRelationship.ReadWrite.All"


class SignInRequiredError(Exception):
    """No valid token without the user signing in (again)."""


class TokenSource(Protocol):
    """Bearer tokens for ``https://api.partnercenter.microsoft.com``."""

    #: Who is signed in, for the window ("alice@contoso-partner.com"); "" when unknown.
    account: str

    def token(self, *, force_refresh: bool = False) -> str:
        """A valid access token; ``force_refresh`` after a 401. Raises SignInRequiredError."""
        ...


class ScopedTokenSource(Protocol):
    """A token source that also serves another API's scope through the same sign-in (MSAL's
    refresh token is good for every API the partner's Entra app was granted)."""

    def for_scope(self, scope: str) -> TokenSource:
        """The tokens of ``scope`` (e.g. Microsoft Graph's), from the same signed-in account."""
        ...


def tokens_for_scope(tokens: TokenSource, scope: str) -> TokenSource | None:
    """``tokens``' source for ``scope``, or None when it can serve only its own (a static token
    from the environment is Partner Center's alone)."""
    for_scope = getattr(tokens, "for_scope", None)
    return for_scope(scope) if callable(for_scope) else None


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
