"""Signing in to Partner Center with MSAL: the token cache (encrypted or in memory only), the
device-code sign-in, the account, sign-out, and no token in a log or a repr.

Microsoft is out of reach here: ``tests/msal_stub.FakeMicrosoft`` answers in its place, writing
into MSAL's real token cache."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from msal_extensions import FilePersistence

from reseller_desktop.services.partner_center import signin
from reseller_desktop.services.partner_center.rest.tokens import SignInRequiredError
from reseller_desktop.services.partner_center.signin import (
    DeviceCode,
    MsalMissingError,
    MsalTokens,
    SignInCancelledError,
)
from tests.msal_stub import (
    ACCESS_TOKEN,
    ACCOUNT,
    CLIENT,
    DEVICE_PAGE,
    REFRESH_TOKEN,
    TENANT,
    USER_CODE,
    FakeMicrosoft,
    InMemorySecretStore,
)


def signed_in(tmp_path: Path, **kwargs: object) -> tuple[MsalTokens, FakeMicrosoft]:
    microsoft = FakeMicrosoft()
    folder = tmp_path / "sign-in"
    folder.mkdir(exist_ok=True)
    tokens = MsalTokens(TENANT, CLIENT, folder / "cache.bin", application=microsoft, **kwargs)  # type: ignore[arg-type]
    codes: list[DeviceCode] = []
    assert tokens.sign_in(codes.append, browser=False) == ACCOUNT
    assert codes == [DeviceCode(USER_CODE, DEVICE_PAGE, 900, codes[0].message)]
    return tokens, microsoft


def test_without_a_secret_store_nothing_is_written_and_the_sign_in_lives_in_memory(
    tmp_path: Path,
) -> None:
    # This machine has no libsecret (no gi, no keyring): msal-extensions cannot encrypt.
    tokens, _microsoft = signed_in(tmp_path)
    assert tokens.persisted is False
    assert tokens.account == ACCOUNT
    assert tokens.token() == ACCESS_TOKEN
    # No cache file, no lock file, nothing in plain text.
    assert list((tmp_path / "sign-in").iterdir()) == []


def test_a_persistence_that_does_not_encrypt_is_refused(tmp_path: Path) -> None:
    tokens, _microsoft = signed_in(tmp_path, persistence=FilePersistence)
    assert tokens.persisted is False
    assert list((tmp_path / "sign-in").iterdir()) == []


def test_with_a_secret_store_the_cache_is_kept_there_and_read_back(tmp_path: Path) -> None:
    stores: list[InMemorySecretStore] = []

    def secret_store(location: str) -> InMemorySecretStore:
        if not stores:
            stores.append(InMemorySecretStore(location))
        return stores[0]

    tokens, _microsoft = signed_in(tmp_path, persistence=secret_store)
    assert tokens.persisted is True
    assert stores[0].content and REFRESH_TOKEN in stores[0].content  # in the (encrypted) store
    # The next start: the account is known from the cache, without asking Microsoft.
    again = MsalTokens(
        TENANT,
        CLIENT,
        tmp_path / "sign-in" / "cache.bin",
        application=FakeMicrosoft(),
        persistence=secret_store,
    )
    assert again.account == ACCOUNT
    assert again.token() == ACCESS_TOKEN


def test_the_secret_store_opens_at_the_first_need_not_when_the_tokens_are_made(
    tmp_path: Path,
) -> None:
    """A start makes the tokens before the list is painted; the store (msal, a keyring to
    unlock) opens when the account is first asked, which the window does after the paint."""
    opened: list[str] = []

    def secret_store(location: str) -> InMemorySecretStore:
        opened.append(location)
        return InMemorySecretStore(location)

    tokens = MsalTokens(
        TENANT,
        CLIENT,
        tmp_path / "cache.bin",
        application=FakeMicrosoft(),
        persistence=secret_store,
    )
    assert opened == [] and not tokens.loaded
    assert "account=''" in repr(tokens) and opened == []  # a repr opens nothing either
    tokens.load()
    assert opened == [str(tmp_path / "cache.bin")] and tokens.loaded
    assert tokens.account == "" and tokens.persisted is True
    tokens.load()
    assert len(opened) == 1  # once


def test_sign_out_forgets_the_account_and_its_tokens(tmp_path: Path) -> None:
    tokens, _microsoft = signed_in(tmp_path)
    tokens.sign_out()
    assert tokens.account == ""
    assert tokens.accounts() == []
    with pytest.raises(SignInRequiredError, match="Preferences"):
        tokens.token()


def test_no_account_asks_to_sign_in_without_calling_microsoft(tmp_path: Path) -> None:
    microsoft = FakeMicrosoft()
    tokens = MsalTokens(TENANT, CLIENT, None, application=microsoft)
    assert tokens.account == ""
    with pytest.raises(SignInRequiredError):
        tokens.token()
    assert microsoft.calls == []


def test_a_browser_that_does_not_finish_falls_back_to_a_device_code(tmp_path: Path) -> None:
    microsoft = FakeMicrosoft()
    tokens = MsalTokens(TENANT, CLIENT, None, application=microsoft)
    codes: list[DeviceCode] = []
    assert tokens.sign_in(codes.append, browser=True) == ACCOUNT
    assert microsoft.calls[:3] == ["interactive", "initiate_device_flow", "device_flow"]
    assert [code.user_code for code in codes] == [USER_CODE]


def test_cancel_ends_a_device_code_wait(tmp_path: Path) -> None:
    microsoft = FakeMicrosoft(wait=True)
    tokens = MsalTokens(TENANT, CLIENT, None, application=microsoft)
    with pytest.raises(SignInCancelledError):
        tokens.sign_in(lambda _code: tokens.cancel(), browser=False)
    assert tokens.account == ""


def test_no_token_reaches_the_log_or_a_repr(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # MSAL's own debug events included
    tokens, _microsoft = signed_in(tmp_path)
    tokens.token()
    tokens.token(force_refresh=True)
    tokens.sign_out()
    assert "Signed in to Partner Center as alice@contoso-partner.com" in caplog.text
    for secret in (ACCESS_TOKEN, REFRESH_TOKEN, "DEVICE-CODE-secret"):
        assert secret not in caplog.text
        assert secret not in repr(tokens)


def test_without_msal_the_message_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msal", None)  # as if not installed
    assert not signin.msal_installed()
    with pytest.raises(MsalMissingError, match=r"reseller-desktop\[partner-center\]"):
        MsalTokens(TENANT, CLIENT, None)
