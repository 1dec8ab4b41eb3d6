"""Screenshots for people to look at (shots/, git-ignored), in a chosen interface language, each
checked for clipped text: no visible one-line label or button narrower than its text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from reseller_desktop.views.i18n import install_translators

SHOTS = Path(__file__).resolve().parents[2] / "shots"
LANGUAGES = ["en", "fr", "pseudo"]
"""English, French, and the pseudo-locale (every string ~40% longer, bracketed)."""

Shoot = Callable[[QWidget, str], None]


def clipped(window: QWidget) -> list[str]:
    """Visible one-line labels and buttons too narrow for their text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        one_line = isinstance(widget, QLabel) and not widget.wordWrap()
        if (
            (one_line or isinstance(widget, QAbstractButton))
            and widget.text()
            and widget.width() < widget.minimumSizeHint().width()
        ):
            found.append(f"{widget.objectName()}: {widget.text()!r}")
    return found


def installed(language: str) -> Iterator[str]:
    """Install ``language`` for the test, then English again (for a fixture to yield from)."""
    install_translators(language)
    yield language
    install_translators("en")


def camera(language: str, group: str) -> Shoot:
    """A function that saves ``widget`` as shots/[LANG_]GROUP_NAME.png, then fails if any text
    in it is clipped (saved first, so the failure can be looked at)."""
    prefix = "" if language == "en" else f"{language}_"

    def shoot(widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        assert widget.grab().save(str(SHOTS / f"{prefix}{group}_{name}.png"))
        found = clipped(widget)
        assert found == [], f"{prefix}{group}_{name}: {found}"

    return shoot


def translated(source: str, context: str) -> str:
    """What the user reads for ``source`` in the installed language (mnemonic marker removed)."""
    return QCoreApplication.translate(context, source).replace("&", "")
