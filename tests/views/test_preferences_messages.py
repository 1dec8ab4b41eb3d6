"""Preferences: the red error and the grey help under the shared-database address stay apart and
whole (issue 12, item 15), in English and in French (longer, so more lines)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from reseller_desktop.views.i18n import install_translators
from reseller_desktop.views.preferences import PreferencesDialog, saved_database_url
from tests.views.screens import camera


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    install_translators("en")


def in_dialog(label: QLabel, dialog: QWidget) -> QRect:
    """Where ``label`` is, in the dialog's coordinates."""
    return QRect(label.mapTo(dialog, label.rect().topLeft()), label.size())


def assert_whole_and_apart(dialog: PreferencesDialog) -> None:
    error, hint = dialog.ui.databaseError, dialog.ui.databaseHint
    assert error.isVisible() and hint.isVisible()
    for label in (error, hint):
        # Tall enough for every line of its text at its width, and inside the dialog.
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        assert dialog.rect().contains(in_dialog(label, dialog)), label.objectName()
    assert not in_dialog(error, dialog).intersects(in_dialog(hint, dialog))


def test_an_address_with_a_password_gets_a_whole_error_beside_a_whole_help(
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.databaseEdit, "postgresql://u:secret@host/db")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.ui.databaseError.isVisible)
    assert dialog.isVisible() and saved_database_url() is None
    assert dialog.ui.databaseError.text() == dialog.database_problem(
        "postgresql://u:secret@host/db"
    )
    assert_whole_and_apart(dialog)
    camera(language, "preferences")(dialog, "database_error")  # shots/, for people to look at
    # The error sits right under the address it is about, the help below it.
    error, hint = dialog.ui.databaseError, dialog.ui.databaseHint
    assert dialog.ui.databaseEdit.geometry().bottom() < error.geometry().top()
    assert error.geometry().bottom() < hint.geometry().top()

    # A narrower window wraps more lines: still whole and apart.
    dialog.resize(dialog.width() - 120, dialog.height())
    hint = dialog.ui.databaseHint
    qtbot.waitUntil(lambda: hint.height() >= hint.heightForWidth(hint.width()))
    assert_whole_and_apart(dialog)

    # Fixing the address takes the error away, and the room it took.
    height = dialog.height()
    dialog.ui.databaseEdit.selectAll()
    qtbot.keyClicks(dialog.ui.databaseEdit, "postgresql://u@host/db")
    assert dialog.ui.databaseError.isHidden()
    qtbot.waitUntil(lambda: dialog.height() < height)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved_database_url() == "postgresql://u@host/db"
