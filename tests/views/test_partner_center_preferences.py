"""Preferences › Partner Center: the backend, its address and the Entra app are saved and read
back (never a token); Sign in shows the device code (with Copy) when no browser finishes;
Sign out forgets the account; the status bar names the account signed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from reseller_desktop.services.partner_center.backend import (
    DEFAULT_BASE_URL,
    PARTNER_CENTER,
    SIMULATOR,
)
from reseller_desktop.services.partner_center.rest.tokens import StaticToken
from reseller_desktop.services.partner_center.signin import MsalTokens
from reseller_desktop.views.preferences import PreferencesDialog, saved_partner_center
from reseller_desktop.views.signin_dialog import DeviceCodeDialog, PartnerCenterBadge
from tests.msal_stub import (
    ACCESS_TOKEN,
    ACCOUNT,
    CLIENT,
    DEVICE_PAGE,
    REFRESH_TOKEN,
    TENANT,
    USER_CODE,
    FakeMicrosoft,
    bearer,
)


class SignIns:
    """``sign_ins`` for the dialog: one MsalTokens per Entra app, Microsoft played by a stub."""

    def __init__(self, microsoft: FakeMicrosoft) -> None:
        self.microsoft = microsoft
        self.made: dict[tuple[str, str], MsalTokens] = {}

    def __call__(self, tenant_id: str, client_id: str) -> MsalTokens:
        key = (tenant_id, client_id)
        if key not in self.made:
            self.made[key] = MsalTokens(*key, None, application=self.microsoft)
        return self.made[key]


def open_dialog(qtbot, sign_ins: SignIns) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(sign_ins=sign_ins)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_partner_center(qtbot, dialog: PreferencesDialog) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    ui.backendCombo.setCurrentIndex(ui.backendCombo.findData(PARTNER_CENTER))
    qtbot.keyClicks(ui.tenantIdEdit, TENANT)
    qtbot.keyClicks(ui.clientIdEdit, CLIENT)
    ui.clientIdEdit.editingFinished.emit()  # as when the user leaves the field


def save(qtbot, dialog: PreferencesDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settings_text() -> str:
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


def test_the_simulator_is_the_default_and_the_fields_wait_for_partner_center(qtbot) -> None:
    dialog = open_dialog(qtbot, SignIns(FakeMicrosoft()))
    ui = dialog.ui
    assert ui.backendCombo.currentData() == SIMULATOR
    assert ui.baseUrlEdit.text() == DEFAULT_BASE_URL
    assert not ui.tenantIdEdit.isEnabled() and not ui.signInButton.isEnabled()
    save(qtbot, dialog)
    assert saved_partner_center().simulated


def test_signs_in_with_a_device_code_saves_the_choice_and_never_a_token(qtbot) -> None:
    microsoft = FakeMicrosoft(wait=True)
    sign_ins = SignIns(microsoft)
    dialog = open_dialog(qtbot, sign_ins)
    ui = dialog.ui
    choose_partner_center(qtbot, dialog)
    ui.baseUrlEdit.clear()
    qtbot.keyClicks(ui.baseUrlEdit, "https://pc-sandbox-proxy.partner.lan")
    assert ui.accountValue.text() == "Not signed in"
    # No secret store on this machine: said before anything is signed in.
    assert "secret store" in ui.partnerCenterHint.text()

    qtbot.mouseClick(ui.signInButton, Qt.MouseButton.LeftButton)
    panel = dialog.sign_in_panel
    qtbot.waitUntil(lambda: panel.device_dialog is not None and panel.device_dialog.isVisible())
    code_dialog = panel.device_dialog
    assert code_dialog is not None
    assert code_dialog.code_label.text() == USER_CODE
    intro = code_dialog.findChild(QLabel, "deviceCodeIntro")
    assert isinstance(intro, QLabel) and DEVICE_PAGE in intro.text()
    assert not ui.signInButton.isEnabled()  # one sign-in at a time; the window keeps painting
    qtbot.mouseClick(code_dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == USER_CODE
    assert code_dialog.copied.text() == "Code copied."

    microsoft.enter_code()  # the user types the code at microsoft.com/devicelogin
    qtbot.waitUntil(lambda: ui.accountValue.text() == ACCOUNT)
    assert panel.device_dialog is None  # closed by itself (and deleted)
    assert not [d for d in dialog.findChildren(DeviceCodeDialog) if d.isVisible()]
    assert ui.signOutButton.isEnabled()

    save(qtbot, dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    saved = saved_partner_center("fr")
    assert (saved.backend, saved.base_url, saved.tenant_id, saved.client_id, saved.locale) == (
        PARTNER_CENTER,
        "https://pc-sandbox-proxy.partner.lan",
        TENANT,
        CLIENT,
        "fr-FR",
    )
    stored = settings_text()
    for secret in (ACCESS_TOKEN, REFRESH_TOKEN, "DEVICE-CODE-secret", USER_CODE):
        assert secret not in stored
    assert "token" not in stored.lower()

    # Read back when Preferences opens again, with the account signed in.
    again = open_dialog(qtbot, sign_ins)
    assert again.ui.backendCombo.currentData() == PARTNER_CENTER
    assert again.ui.tenantIdEdit.text() == TENANT and again.ui.clientIdEdit.text() == CLIENT
    assert again.ui.baseUrlEdit.text() == "https://pc-sandbox-proxy.partner.lan"
    assert again.ui.accountValue.text() == ACCOUNT


def test_sign_out_forgets_the_account(qtbot) -> None:
    sign_ins = SignIns(FakeMicrosoft())
    tokens = sign_ins(TENANT, CLIENT)
    tokens.sign_in(lambda _code: None, browser=False)
    dialog = open_dialog(qtbot, sign_ins)
    choose_partner_center(qtbot, dialog)
    dialog.sign_in_panel.refresh()
    assert dialog.ui.accountValue.text() == ACCOUNT
    qtbot.mouseClick(dialog.ui.signOutButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.accountValue.text() == "Not signed in")
    assert tokens.account == "" and tokens.accounts() == []
    assert not dialog.ui.signOutButton.isEnabled()


def test_cancel_on_the_device_code_stops_the_sign_in(qtbot) -> None:
    dialog = open_dialog(qtbot, SignIns(FakeMicrosoft(wait=True)))
    choose_partner_center(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    panel = dialog.sign_in_panel
    qtbot.waitUntil(lambda: panel.device_dialog is not None and panel.device_dialog.isVisible())
    assert panel.device_dialog is not None
    qtbot.keyClick(panel.device_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.ui.partnerCenterHint.text() == "Sign-in cancelled.")
    assert dialog.ui.accountValue.text() == "Not signed in"
    assert dialog.ui.signInButton.isEnabled()


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("tenantIdEdit", "", "tenant id"),
        ("clientIdEdit", "", "client id"),
        ("baseUrlEdit", "https://user:pw@pc.example", "address of Partner Center"),
    ],
)
def test_partner_center_needs_an_address_and_the_entra_app(
    qtbot,  # type: ignore[no-untyped-def]
    field: str,
    text: str,
    message: str,
) -> None:
    dialog = open_dialog(qtbot, SignIns(FakeMicrosoft()))
    choose_partner_center(qtbot, dialog)
    edit = getattr(dialog.ui, field)
    edit.clear()
    qtbot.keyClicks(edit, text)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert message in dialog.ui.partnerCenterError.text()
    assert dialog.ui.partnerCenterError.isVisible()
    assert saved_partner_center().simulated  # nothing saved


def test_the_badge_follows_the_sign_in(qtbot) -> None:
    tokens = MsalTokens(TENANT, CLIENT, None, application=FakeMicrosoft())
    badge = PartnerCenterBadge(tokens)
    qtbot.addWidget(badge)
    # Until the token cache is open (the window opens it on a worker after its first paint),
    # the badge does not say who is signed in.
    assert badge.text() == "Partner Center"
    tokens.load()
    badge.refresh()
    assert badge.text() == "Partner Center — not signed in"
    tokens.sign_in(lambda _code: None, browser=False)
    qtbot.waitUntil(lambda: badge.text() == f"Partner Center — {ACCOUNT}", timeout=5000)
    static = PartnerCenterBadge(StaticToken(bearer("bob@contoso-partner.com"), "bob@x.com"))
    qtbot.addWidget(static)
    assert static.text() == "Partner Center — bob@x.com"
