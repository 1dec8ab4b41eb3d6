"""Qt's own dialogs speak the app's language (issue 12, item 13): the system's native dialogs
speak the system's, so they are used only when it is the app's; the strings Qt's French lacks
come from the app's translations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from reseller_desktop.views.i18n import QT_SUPPLEMENT, install_translators


@pytest.fixture
def system_language(qapp: QApplication) -> Iterator[str]:
    """The system's language as the app knows it ("en" for the C locale of a bare test run)."""
    yield "fr" if QLocale.system().language() == QLocale.Language.French else "en"
    install_translators("en")


def native_dialogs() -> bool:
    return not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_native_dialogs_only_when_the_system_speaks_the_app_language(
    system_language: str,
) -> None:
    other = "en" if system_language == "fr" else "fr"
    install_translators(other)  # e.g. a French app on an English system: Qt's dialogs
    assert not native_dialogs()
    install_translators(system_language)
    assert native_dialogs()
    install_translators("pseudo")  # every string lengthened, Qt's dialogs' too
    assert not native_dialogs()


def test_the_file_dialog_strings_qt_lacks_are_the_apps_to_translate(
    system_language: str,
) -> None:
    install_translators("fr")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    # The dialog asks for these very strings (if Qt renamed them, the app's translations of
    # them would reach nothing): what it shows is what translating them gives.
    assert {QCoreApplication.translate("QFileDialog", text) for text in QT_SUPPLEMENT} <= shown
