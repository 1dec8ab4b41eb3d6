"""Preferences: language, clipboard clearing and the shared (team) database."""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reseller_desktop.views.forms.ui_preferences import Ui_PreferencesDialog
from reseller_desktop.views.i18n import SETTINGS_KEY as LANGUAGE_KEY

CLIPBOARD_KEY = "privacy/clipboard_clear_seconds"
DATABASE_KEY = "database/url"
DEFAULT_CLIPBOARD_SECONDS = 60
_SCHEMES = ("sqlite", "postgres", "postgresql")


def saved_database_url() -> str | None:
    """The team database chosen in Preferences (None: the local file)."""
    url = str(QSettings().value(DATABASE_KEY, "", str)).strip()
    return url or None


def clipboard_clear_seconds() -> int:
    value = QSettings().value(CLIPBOARD_KEY, DEFAULT_CLIPBOARD_SECONDS, int)
    return max(10, int(value))  # type: ignore[call-overload]  # an int, as asked for


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.fit_height()

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
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, self.ui.languageCombo.currentData())
        settings.setValue(CLIPBOARD_KEY, self.ui.clipboardSpin.value())
        settings.setValue(DATABASE_KEY, url)
        super().accept()
