"""Preferences: typed by the user, saved in the settings, read back at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reseller_desktop.views.i18n import chosen_language
from reseller_desktop.views.preferences import (
    PreferencesDialog,
    clipboard_clear_seconds,
    saved_database_url,
)


def test_saves_language_clipboard_delay_and_team_database(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findText("Français"))
    dialog.ui.clipboardSpin.clear()
    qtbot.keyClicks(dialog.ui.clipboardSpin, "120")
    qtbot.keyClicks(dialog.ui.databaseEdit, "postgresql://alice@db.partner.lan:5432/customers")
    qtbot.keyClick(dialog.ui.databaseEdit, Qt.Key.Key_Return)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert chosen_language() == "fr"
    assert clipboard_clear_seconds() == 120
    assert saved_database_url() == "postgresql://alice@db.partner.lan:5432/customers"


def test_refuses_a_password_in_the_address_and_keeps_the_entry(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    url = "postgresql://alice:s3cret@db/customers"
    qtbot.keyClicks(dialog.ui.databaseEdit, url)
    qtbot.keyClick(dialog.ui.databaseEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Remove the password" in dialog.ui.databaseError.text()
    assert dialog.ui.databaseError.isVisible()
    assert dialog.ui.databaseEdit.text() == url
    assert saved_database_url() is None


def test_cancel_changes_nothing(qtbot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.databaseEdit, "mysql://x")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert saved_database_url() is None
