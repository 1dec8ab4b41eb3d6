"""Preferences: language, clipboard clearing, the shared (team) database and Partner Center (the
backend, its address, the partner's Entra app and the sign-in). Never a token or a password."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlparse

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reseller_desktop.services.partner_center.backend import (
    DEFAULT_BASE_URL,
    PARTNER_CENTER,
    SIMULATOR,
    base_url_problem,
    sign_in_tokens,
)
from reseller_desktop.services.partner_center.signin import MsalTokens
from reseller_desktop.views.forms.ui_preferences import Ui_PreferencesDialog
from reseller_desktop.views.gdap_templates import (
    DIRECT,
    INDIRECT,
    PARTNER_TYPE_KEY,
    TemplateEditor,
    is_indirect_provider,
    saved_templates,
)
from reseller_desktop.views.i18n import SETTINGS_KEY as LANGUAGE_KEY
from reseller_desktop.views.saved_settings import (
    BACKEND_KEY,
    BASE_URL_KEY,
    CLIENT_ID_KEY,
    CLIPBOARD_KEY,
    DATABASE_KEY,
    DEFAULT_CLIPBOARD_SECONDS,
    PARTNER_DOMAINS_KEY,
    TENANT_ID_KEY,
    clipboard_clear_seconds,
    saved_database_url,
    saved_partner_center,
    saved_partner_domains,
)
from reseller_desktop.views.signin_dialog import SignInPanel

__all__ = [
    "BACKEND_KEY",
    "BASE_URL_KEY",
    "CLIENT_ID_KEY",
    "CLIPBOARD_KEY",
    "DATABASE_KEY",
    "DEFAULT_CLIPBOARD_SECONDS",
    "PARTNER_DOMAINS_KEY",
    "TENANT_ID_KEY",
    "PreferencesDialog",
    "clipboard_clear_seconds",
    "saved_database_url",
    "saved_partner_center",
    "saved_partner_domains",
]

_SCHEMES = ("sqlite", "postgres", "postgresql")


class PreferencesDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sign_ins: Callable[[str, str], MsalTokens] = sign_in_tokens,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        combo = self.ui.languageCombo
        combo.addItem(self.tr("System default"), "")
        combo.addItem("English", "en")
        combo.addItem("Français", "fr")
        settings = QSettings()
        combo.setCurrentIndex(max(0, combo.findData(settings.value(LANGUAGE_KEY, "", str))))
        self.ui.clipboardSpin.setValue(clipboard_clear_seconds())
        self.ui.databaseEdit.setText(saved_database_url() or "")
        self.ui.databaseEdit.textChanged.connect(lambda _text: self.show_database_problem(""))
        self.ui.databaseError.hide()
        self._fill_partner_center(sign_ins)
        self._fill_organisation()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.fit_height()

    def _fill_partner_center(self, sign_ins: Callable[[str, str], MsalTokens]) -> None:
        ui = self.ui
        ui.backendCombo.addItem(self.tr("Simulator (no real tenant is created)"), SIMULATOR)
        ui.backendCombo.addItem(self.tr("Partner Center"), PARTNER_CENTER)
        saved = saved_partner_center()
        ui.backendCombo.setCurrentIndex(max(0, ui.backendCombo.findData(saved.backend)))
        ui.baseUrlEdit.setText(saved.base_url)
        ui.tenantIdEdit.setText(saved.tenant_id)
        ui.clientIdEdit.setText(saved.client_id)
        ui.partnerCenterError.hide()
        ui.partnerCenterHint.hide()
        self.sign_in_panel = SignInPanel(ui, self, sign_ins)
        ui.backendCombo.currentIndexChanged.connect(self._backend_changed)
        for edit in (ui.baseUrlEdit, ui.tenantIdEdit, ui.clientIdEdit):
            edit.textChanged.connect(lambda _text: self.show_partner_center_problem(""))
        for edit in (ui.tenantIdEdit, ui.clientIdEdit):
            edit.editingFinished.connect(self.sign_in_panel.refresh)
        self._backend_changed()

    def _fill_organisation(self) -> None:
        """Direct-bill partner or indirect provider, the partner's own domains (a customer's
        contact may not use them) and the GDAP role templates."""
        ui = self.ui
        ui.partnerTypeCombo.addItem(self.tr("Direct-bill partner"), DIRECT)
        ui.partnerTypeCombo.addItem(
            self.tr("Indirect provider (customers of my resellers)"), INDIRECT
        )
        ui.partnerTypeCombo.setCurrentIndex(1 if is_indirect_provider() else 0)
        ui.partnerDomainsEdit.setText(", ".join(saved_partner_domains()))
        self.templates = saved_templates()
        self._show_templates()
        ui.editTemplatesButton.clicked.connect(self.edit_templates)

    def _show_templates(self) -> None:
        self.ui.gdapTemplatesValue.setText(", ".join(t.name for t in self.templates))

    def edit_templates(self) -> None:
        editor = TemplateEditor(self.templates, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.templates = editor.templates
            self._show_templates()

    def _backend_changed(self) -> None:
        real = self.ui.backendCombo.currentData() == PARTNER_CENTER
        for widget in (self.ui.baseUrlEdit, self.ui.tenantIdEdit, self.ui.clientIdEdit):
            widget.setEnabled(real)
        self.show_partner_center_problem("")
        self.sign_in_panel.refresh()

    def show_partner_center_problem(self, problem: str) -> None:
        error = self.ui.partnerCenterError
        if problem == error.text() and error.isHidden() != bool(problem):
            return
        error.setText(problem)
        error.setVisible(bool(problem))
        self.fit_height()

    def partner_center_problem(self) -> tuple[str, QWidget | None]:
        """What keeps the Partner Center choice from being saved, and the field concerned."""
        ui = self.ui
        if ui.backendCombo.currentData() != PARTNER_CENTER:
            return "", None
        if base_url_problem(ui.baseUrlEdit.text()):
            return self.tr(
                "Enter the address of Partner Center, starting with https:// (default: {url}), "
                "without a user name or password."
            ).format(url=DEFAULT_BASE_URL), ui.baseUrlEdit
        if not ui.tenantIdEdit.text().strip():
            return self.tr("Enter the tenant id of your partner account."), ui.tenantIdEdit
        if not ui.clientIdEdit.text().strip():
            return self.tr("Enter the client id of your Entra app."), ui.clientIdEdit
        return "", None

    def fit_height(self, *, shrink: bool = True) -> None:
        """Give the wrapped labels (the error, the help, the note) the height their text needs
        at the dialog's width. Qt does not do it for a window: its minimum height comes from
        guessed label widths, so a message that appears squeezes its neighbours until their
        lines overlap. The height the width needs becomes the minimum, and the height (or, with
        ``shrink`` False, the height if it was smaller)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed <= 0:
            return
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() < needed or (shrink and self.height() > needed):
            self.resize(self.width(), needed)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a message came or went: refit
            self.fit_height()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # narrower: the labels wrap more
            self.fit_height(shrink=False)

    def show_database_problem(self, problem: str) -> None:
        """Say under the address what is wrong with it ('' hides the message)."""
        error = self.ui.databaseError
        if problem == error.text() and error.isHidden() != bool(problem):
            return
        error.setText(problem)
        error.setVisible(bool(problem))
        self.fit_height()

    def database_problem(self, url: str) -> str:
        """What is wrong with the typed address ('' when it is usable)."""
        if not url:
            return ""
        parsed = urlparse(url)
        if parsed.scheme.lower() not in _SCHEMES:
            return self.tr(
                "Enter an address that starts with postgresql:// (or sqlite:/// for a file), "
                "or leave the field empty."
            )
        if parsed.password:
            return self.tr(
                "Remove the password from the address: put it in your .pgpass file or the "
                "PGPASSWORD variable instead, so it is not stored in the settings."
            )
        return ""

    def accept(self) -> None:
        url = self.ui.databaseEdit.text().strip()
        problem = self.database_problem(url)
        if problem:
            self.show_database_problem(problem)
            self.ui.databaseEdit.setFocus()
            return
        problem, field = self.partner_center_problem()
        if problem and field is not None:
            self.show_partner_center_problem(problem)
            field.setFocus()
            return
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, self.ui.languageCombo.currentData())
        settings.setValue(CLIPBOARD_KEY, self.ui.clipboardSpin.value())
        settings.setValue(DATABASE_KEY, url)
        # The backend and the Entra app: never a token (MSAL keeps those, encrypted, or none).
        settings.setValue(BACKEND_KEY, self.ui.backendCombo.currentData())
        settings.setValue(BASE_URL_KEY, self.ui.baseUrlEdit.text().strip() or DEFAULT_BASE_URL)
        settings.setValue(TENANT_ID_KEY, self.ui.tenantIdEdit.text().strip())
        settings.setValue(CLIENT_ID_KEY, self.ui.clientIdEdit.text().strip())
        settings.setValue(PARTNER_TYPE_KEY, self.ui.partnerTypeCombo.currentData())
        domains = self.ui.partnerDomainsEdit.text().replace(";", ",").replace(",", " ").split()
        settings.setValue(PARTNER_DOMAINS_KEY, [d.strip().lower().lstrip("@") for d in domains])
        super().accept()
