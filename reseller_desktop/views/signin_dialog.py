"""Signing in to Partner Center from Preferences, the device-code dialog, and the status bar's
"Partner Center — account" badge.

The sign-in itself (MSAL: the system browser, else a device code) blocks for as long as the user
takes, so it runs on a worker; the code to type comes back through a queued signal and shows in
``DeviceCodeDialog`` (Copy, Open page, Cancel). The GUI thread never waits on Microsoft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.services.background import Background
from reseller_desktop.services.partner_center.rest.tokens import SignInRequiredError, TokenSource
from reseller_desktop.services.partner_center.signin import (
    DeviceCode,
    MsalMissingError,
    MsalTokens,
    SignInCancelledError,
    SignInFailedError,
)
from reseller_desktop.views.clipboard import shared_guard

if TYPE_CHECKING:  # the status bar's badge lives here too: the window must not load the form
    from reseller_desktop.views.forms.ui_preferences import Ui_PreferencesDialog

BADGE_REFRESH_MS = 2000


class DeviceCodeDialog(QDialog):
    """The code to enter at Microsoft's device-login page, with Copy; Cancel stops the sign-in."""

    def __init__(self, code: DeviceCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceCodeDialog")
        self.setWindowTitle(self.tr("Sign in to Partner Center"))
        self.code = code
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "On this computer or another device, open {page} and enter this code, then sign "
                "in with your partner account:"
            ).format(page=f'<a href="{code.verification_uri}">{code.verification_uri}</a>'),
            self,
        )
        intro.setObjectName("deviceCodeIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code.user_code, self)
        self.code_label.setObjectName("deviceCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(font)
        layout.addWidget(self.code_label)
        minutes = max(1, code.expires_in // 60)
        expiry = QLabel(
            self.tr(
                "The code expires in {minutes} minutes. This window closes by itself once you "
                "are signed in."
            ).format(minutes=minutes),
            self,
        )
        expiry.setWordWrap(True)
        layout.addWidget(expiry)
        self.copied = QLabel(self)
        self.copied.setObjectName("deviceCodeCopied")
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.copy_button = QPushButton(self.tr("&Copy code"), self)
        self.copy_button.setObjectName("copyDeviceCode")
        self.open_button = QPushButton(self.tr("&Open page"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_code)
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl(code.verification_uri))
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)

    def copy_code(self) -> None:
        shared_guard().copy(self.code.user_code)
        self.copied.setText(self.tr("Code copied."))


class _Relay(QObject):
    """Carries the device code from the sign-in worker to the GUI thread (queued)."""

    device_code = Signal(object)


class SignInPanel(QObject):
    """The sign-in part of Preferences › Partner Center: the account shown, Sign in, Sign out,
    whether the sign-in is kept (encrypted) or in memory only."""

    def __init__(
        self,
        ui: Ui_PreferencesDialog,
        dialog: QDialog,
        sign_ins: Callable[[str, str], MsalTokens],
    ) -> None:
        super().__init__(dialog)
        self.ui = ui
        self.dialog = dialog
        self._sign_ins = sign_ins
        self._worker = Background(threads=1, parent=self)
        self._relay = _Relay(self)
        self._relay.device_code.connect(self._show_device_code)
        self.tokens: MsalTokens | None = None
        self.device_dialog: DeviceCodeDialog | None = None
        self.busy = False
        ui.signInButton.clicked.connect(self.sign_in)
        ui.signOutButton.clicked.connect(self.sign_out)
        dialog.finished.connect(lambda _code: self.cancel())

    # -- shown state ---------------------------------------------------------------------------

    def ids(self) -> tuple[str, str]:
        return self.ui.tenantIdEdit.text().strip(), self.ui.clientIdEdit.text().strip()

    def _tokens(self, *, quiet: bool = False) -> MsalTokens | None:
        tenant_id, client_id = self.ids()
        if not tenant_id or not client_id:
            if not quiet:
                self._say_error(self.tr("Enter the tenant id and the client id of your Entra app."))
            return None
        try:
            self.tokens = self._sign_ins(tenant_id, client_id)
        except MsalMissingError:
            self._say_error(
                self.tr(
                    "Signing in needs MSAL: install the app with the partner-center extra "
                    "(pip install 'reseller-desktop[partner-center]')."
                )
            )
            return None
        return self.tokens

    def refresh(self) -> None:
        """The account of the typed Entra app, and the buttons that apply (none while the
        simulator is chosen)."""
        real = self.ui.tenantIdEdit.isEnabled()
        tokens = self._tokens(quiet=True) if real and all(self.ids()) else None
        account = tokens.account if tokens is not None else ""
        self.ui.accountValue.setText(account or self.tr("Not signed in"))
        self.ui.signInButton.setEnabled(real and not self.busy)
        self.ui.signOutButton.setEnabled(bool(account) and not self.busy)
        if self.busy:
            return
        if tokens is not None and not tokens.persisted:
            self._say_hint(
                self.tr(
                    "This computer has no secret store (such as the keyring): the sign-in is "
                    "kept in memory only, and asked again at each start."
                )
            )
        else:
            self._say_hint("")

    def _say_error(self, text: str) -> None:
        self.ui.partnerCenterError.setText(text)
        self.ui.partnerCenterError.setVisible(bool(text))

    def _say_hint(self, text: str) -> None:
        self.ui.partnerCenterHint.setText(text)
        self.ui.partnerCenterHint.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------

    def sign_in(self) -> None:
        self._say_error("")
        tokens = self._tokens()
        if tokens is None or self.busy:
            return
        self.busy = True
        self._say_hint(self.tr("Signing in… finish in the browser window that opens."))
        self.refresh()
        relay = self._relay
        self._worker.run(
            lambda: tokens.sign_in(relay.device_code.emit), self._signed_in, self._failed
        )

    def sign_out(self) -> None:
        tokens = self.tokens
        if tokens is None or self.busy:
            return
        self.busy = True
        self._worker.run(tokens.sign_out, lambda _none: self._done(), self._failed)

    def cancel(self) -> None:
        if self.tokens is not None and self.busy:
            self.tokens.cancel()

    # -- answers (GUI thread) ------------------------------------------------------------------

    def _show_device_code(self, code: DeviceCode) -> None:
        self._say_hint(self.tr("Waiting for the code to be entered…"))
        self.device_dialog = DeviceCodeDialog(code, self.dialog)
        self.device_dialog.rejected.connect(self.cancel)
        self.device_dialog.open()

    def _close_device_dialog(self) -> None:
        if self.device_dialog is not None:
            self.device_dialog.done(QDialog.DialogCode.Accepted)
            self.device_dialog.deleteLater()
            self.device_dialog = None

    def _signed_in(self, _account: str) -> None:
        self._done()

    def _done(self) -> None:
        self.busy = False
        self._close_device_dialog()
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, SignInCancelledError):
            self._say_hint(self.tr("Sign-in cancelled."))
        elif isinstance(error, SignInFailedError):
            self._say_error(
                self.tr("Microsoft refused the sign-in: {description} ({code})").format(
                    description=error.description or "-", code=error.code
                )
            )
        elif isinstance(error, SignInRequiredError):
            self._say_error(str(error))
        else:  # the network, Microsoft's sign-in service
            self._say_error(
                self.tr(
                    "Microsoft's sign-in service could not be reached ({kind}): check the "
                    "connection, then try again."
                ).format(kind=type(error).__name__)
            )


class PartnerCenterBadge(QLabel):
    """The "Partner Center — alice@contoso-partner.com" badge in the status bar, kept current as the
    user signs in or out."""

    def __init__(self, tokens: TokenSource | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerCenterBadge")
        self._tokens = tokens
        self.setToolTip(
            self.tr("Customers are created at Microsoft, in the partner account signed in.")
        )
        self.setStyleSheet(
            "QLabel { color: white; background: #0f6cbd; border-radius: 3px;"
            " padding: 0px 6px; font-weight: bold; }"
        )
        self.refresh()
        timer = QTimer(self)
        timer.setInterval(BADGE_REFRESH_MS)
        timer.timeout.connect(self.refresh)
        timer.start()

    def refresh(self) -> None:
        tokens = self._tokens
        if isinstance(tokens, MsalTokens) and not tokens.loaded:
            # Its cache opens after the first paint (the window loads it): the account comes then.
            text = self.tr("Partner Center")
        elif account := getattr(tokens, "account", "") or "":
            text = self.tr("Partner Center — {account}").format(account=account)
        elif isinstance(tokens, MsalTokens):
            text = self.tr("Partner Center — not signed in")
        else:
            text = self.tr("Partner Center")
        if text != self.text():
            self.setText(text)
