"""A new temporary admin password (after a reset), shown once with the wizard's copy rules:
Copy buttons, clipboard clearing, and the "did you copy it?" warning before it closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_desktop.domain.credentials import AdminCredentials
from reseller_desktop.services.onboarding import OnboardingError
from reseller_desktop.views.clipboard import ClipboardGuard, shared_guard
from reseller_desktop.views.dialogs import inform
from reseller_desktop.views.wizard.look import ERROR_COLOUR, SUCCESS_COLOUR
from reseller_desktop.views.wizard.questions import confirm_copied


class AdminPasswordDialog(QDialog):
    def __init__(
        self,
        company: str,
        credentials: AdminCredentials,
        parent: QWidget | None = None,
        guard: ClipboardGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminPasswordDialog")
        self.setWindowTitle(self.tr("New admin password — {company}").format(company=company))
        self._guard = guard
        self._user = credentials.user_name
        self._password = credentials.password or ""
        self._confirmed = False
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "Copy this temporary password now: it is shown only once. The administrator "
                "must change it at the first sign-in."
            ),
            self,
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold; border: 1px solid {ERROR_COLOUR};"
            " padding: 6px;"
        )
        layout.addWidget(warning)
        form = QFormLayout()
        self.user_value = QLabel(self._user, self)
        self.password_value = QLabel(self._password, self)
        self.password_value.setObjectName("newPasswordValue")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setBold(True)
        self.password_value.setFont(mono)
        row = QHBoxLayout()
        row.addWidget(self.password_value)
        self.copy_password_button = QPushButton(self.tr("Copy pass&word"), self)
        self.copy_password_button.setAutoDefault(False)
        self.copy_password_button.clicked.connect(self.copy_password)
        row.addWidget(self.copy_password_button)
        row.addStretch(1)
        form.addRow(self.tr("Admin user name"), self.user_value)
        form.addRow(self.tr("Temporary password"), row)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setStyleSheet(f"color: {SUCCESS_COLOUR};")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.copy_all_button = buttons.addButton(
            self.tr("&Copy all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_all_button.clicked.connect(self.copy_all)
        done = buttons.addButton(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.copy_password_button.setFocus()

    def guard(self) -> ClipboardGuard:
        return self._guard or shared_guard()

    def copy_password(self) -> None:
        self.guard().copy(self._password, secret=True)
        self._copied(self.tr("Password copied."))

    def copy_all(self) -> None:
        text = f"{self.tr('Admin user name')}: {self._user}\n"
        text += f"{self.tr('Temporary password')}: {self._password}\n"
        self.guard().copy(text, secret=True)
        self._copied(self.tr("Copied."))

    def _copied(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def accept(self) -> None:
        if self._confirm():
            super().accept()

    def reject(self) -> None:  # Escape or closing the window: the same question
        if self._confirm():
            super().reject()

    def _confirm(self) -> bool:
        if not self._confirmed:
            self._confirmed = confirm_copied(self)
        return self._confirmed

    def done(self, result: int) -> None:
        self._password = ""  # no reference outlives the dialog
        self.password_value.clear()
        super().done(result)


def tell_reset_failed(parent: QWidget, error: Exception) -> None:
    """Say why Reset admin password did not work (the confirmation page and the details)."""
    translate = QCoreApplication.translate
    message = (
        error.message.render(translate)
        if isinstance(error, OnboardingError)
        else translate("AdminPasswordDialog", "Microsoft did not answer in time. Try again.")
    )
    inform(
        parent,
        translate("AdminPasswordDialog", "Reset admin password"),
        translate("AdminPasswordDialog", "The password was not reset. {problem}").format(
            problem=message
        ),
        object_name="resetFailedBox",
    )
