"""Clipboard hygiene: a copied secret is cleared after the configured delay, only if untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reseller_desktop.views.clipboard import (
    CLEAR_SECONDS_KEY,
    ClipboardGuard,
    clear_delay_ms,
    shared_guard,
)


@pytest.fixture
def guard(qapp) -> ClipboardGuard:  # type: ignore[no-untyped-def]
    made = ClipboardGuard(qapp, delay_ms=50)
    yield made
    made.deleteLater()


def test_a_secret_is_cleared_after_the_delay(qtbot, guard: ClipboardGuard) -> None:
    clipboard = QApplication.clipboard()
    assert guard.copy("Tj4#mz8Lq2&wR9xa", secret=True) == 50
    assert clipboard.text() == "Tj4#mz8Lq2&wR9xa"
    assert guard.pending()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert not guard.pending()


def test_what_the_user_copied_since_is_left_alone(qtbot, guard: ClipboardGuard) -> None:
    clipboard = QApplication.clipboard()
    guard.copy("Tj4#mz8Lq2&wR9xa", secret=True)
    clipboard.setText("the user's own text")
    with qtbot.waitSignal(guard._timer.timeout, timeout=2000):
        pass
    assert clipboard.text() == "the user's own text"


def test_plain_text_is_not_cleared(guard: ClipboardGuard) -> None:
    assert guard.copy("contoso.onmicrosoft.com") == 0
    assert not guard.pending()
    assert QApplication.clipboard().text() == "contoso.onmicrosoft.com"


def test_the_delay_comes_from_the_settings(qapp) -> None:  # type: ignore[no-untyped-def]
    assert clear_delay_ms() == 60_000  # the default
    QSettings().setValue(CLEAR_SECONDS_KEY, 15)
    assert clear_delay_ms() == 15_000
    QSettings().setValue(CLEAR_SECONDS_KEY, "nonsense")
    assert clear_delay_ms() == 60_000
    QSettings().setValue(CLEAR_SECONDS_KEY, 0.05)
    assert ClipboardGuard(delay_ms=None).delay_ms() == 50
    assert shared_guard() is shared_guard()
    assert shared_guard().parent() is qapp  # outlives any window
