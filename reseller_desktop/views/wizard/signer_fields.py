"""Who accepts the agreement (and gets the acceptance link): the primary contact unless the user
says otherwise. Since 2026-01-05 the customer accepts it themselves; nothing is attested here."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.forms.ui_wizard_customer import Ui_CustomerPage

SIGNER_FIELDS = ("mca_signer_first_name", "mca_signer_last_name", "mca_signer_email")


class SignerFields(QObject):
    """While "Same as primary contact" is checked the signer fields mirror the contact and are
    disabled; unchecking it keeps the copied values as a starting point and lets the user edit."""

    def __init__(self, ui: Ui_CustomerPage, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self._pairs = (
            (ui.firstName, ui.signerFirstName),
            (ui.lastName, ui.signerLastName),
            (ui.email, ui.signerEmail),
            (ui.phone, ui.signerPhone),
        )
        for contact, _signer in self._pairs:
            contact.textChanged.connect(self._mirror)
        ui.signerSameAsContact.toggled.connect(self._same_toggled)
        self._same_toggled(ui.signerSameAsContact.isChecked())

    def same_as_contact(self) -> bool:
        return self.ui.signerSameAsContact.isChecked()

    def _mirror(self) -> None:
        if self.same_as_contact():
            for contact, signer in self._pairs:
                signer.setText(contact.text())

    def _same_toggled(self, same: bool) -> None:
        for _contact, signer in self._pairs:
            signer.setEnabled(not same)
            signer.setClearButtonEnabled(not same)
        self._mirror()

    def values(self) -> dict[str, str]:
        ui = self.ui
        return {
            "mca_signer_first_name": ui.signerFirstName.text(),
            "mca_signer_last_name": ui.signerLastName.text(),
            "mca_signer_email": ui.signerEmail.text(),
            "mca_signer_phone": ui.signerPhone.text(),
        }

    def set_values(self, request: NewCustomerRequest) -> None:
        signer = (
            request.mca_signer_first_name,
            request.mca_signer_last_name,
            request.mca_signer_email,
            request.mca_signer_phone,
        )
        contact = (request.first_name, request.last_name, request.email, request.phone)
        same = signer == contact or not any(signer)
        self.ui.signerSameAsContact.setChecked(same)
        if not same:
            for (_contact, widget), value in zip(self._pairs, signer, strict=True):
                widget.setText(value)
        self._mirror()
