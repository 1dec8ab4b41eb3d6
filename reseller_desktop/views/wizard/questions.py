"""The wizard's questions, each a message box with an escape button (see views/dialogs.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reseller_desktop.views.dialogs import Choice, ask

Role = QMessageBox.ButtonRole


def _title() -> str:
    return QCoreApplication.translate("AddCustomerWizard", "Add customer")


def confirm_copied(parent: QWidget) -> bool:
    """The article's warning after Done: True for "I &have copied the information"; "&Go to page"
    (also Escape, and what closing the box means) returns to the confirmation page."""
    choice = ask(
        parent,
        _title(),
        QCoreApplication.translate(
            "AddCustomerWizard", "Did you copy the customer and subscription information?"
        ),
        [
            Choice(
                "copied",
                QCoreApplication.translate("AddCustomerWizard", "I &have copied the information"),
                Role.AcceptRole,
            ),
            Choice(
                "page",
                QCoreApplication.translate("AddCustomerWizard", "&Go to page"),
                Role.RejectRole,
            ),
        ],
        default="page",
        escape="page",
        icon=QMessageBox.Icon.Warning,
        informative=QCoreApplication.translate(
            "AddCustomerWizard",
            "The temporary password will not be shown again. Without it, the customer's "
            "administrator cannot sign in until the password is reset.",
        ),
        object_name="copyConfirmationBox",
    )
    return choice == "copied"


def ask_discard(parent: QWidget) -> str:
    """Cancel with entries: "discard" them (and their draft), keep them as a "draft" and close,
    or "keep" editing (the default, and what Escape means)."""
    return ask(
        parent,
        _title(),
        QCoreApplication.translate("AddCustomerWizard", "Discard the customer you are entering?"),
        [
            Choice(
                "discard",
                QCoreApplication.translate("AddCustomerWizard", "&Discard"),
                Role.DestructiveRole,
            ),
            Choice(
                "draft",
                QCoreApplication.translate("AddCustomerWizard", "Close and keep a d&raft"),
                Role.AcceptRole,
            ),
            Choice(
                "keep",
                QCoreApplication.translate("AddCustomerWizard", "&Keep editing"),
                Role.RejectRole,
            ),
        ],
        default="keep",
        escape="keep",
        icon=QMessageBox.Icon.Warning,
        informative=QCoreApplication.translate(
            "AddCustomerWizard",
            "Nothing has been sent yet. A draft is offered back the next time you add a "
            "customer; discarded entries are gone.",
        ),
        object_name="discardBox",
    )


def confirm_restore(parent: QWidget, summary: str) -> bool:
    """A draft exists: True to restore it, False to start over (and delete it)."""
    choice = ask(
        parent,
        _title(),
        QCoreApplication.translate("AddCustomerWizard", "Restore the customer you were entering?"),
        [
            Choice(
                "restore",
                QCoreApplication.translate("AddCustomerWizard", "&Restore"),
                Role.AcceptRole,
            ),
            Choice(
                "start_over",
                QCoreApplication.translate("AddCustomerWizard", "&Start over"),
                Role.DestructiveRole,
            ),
        ],
        # Dismissing the box must not throw the entries away.
        default="restore",
        escape="restore",
        icon=QMessageBox.Icon.Question,
        informative=summary,
        object_name="restoreDraftBox",
    )
    return choice == "restore"
