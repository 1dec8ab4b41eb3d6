"""The user-interface language: choosing it, installing Qt's and the app's translations.

The language comes from ``--lang``, else the Preferences choice (QSettings ``ui/language``), else
the system locale; English is the source language. ``pseudo`` is a developer check: every string is
lengthened by about 40% and bracketed, so clipped labels show up on screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from reseller_desktop.resources import resource_path

LANGUAGES = ("en", "fr")
PSEUDO = "pseudo"
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def chosen_language(cli_language: str | None = None) -> str:
    """``--lang`` first, then the saved preference, then the system's language."""
    if cli_language:
        return cli_language
    saved = QSettings().value(SETTINGS_KEY, "", str)
    return saved if saved in LANGUAGES else system_language()


def current_language() -> str:
    """The UI language in use ("en" or "fr"); the pseudo-locale counts as English."""
    return _current


class PseudoTranslator(QTranslator):
    """Lengthens every string by ~40% (accented filler) to reveal clipped text."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        pad = "ŷ" * max(2, round(len(source) * 0.4))
        return f"[{source}{pad}]"

    def isEmpty(self) -> bool:
        return False


def install_translators(language: str) -> str:
    """Install Qt's own and the app's translations for ``language``; return the language used."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for installed in _installed:
        app.removeTranslator(installed)
    _installed.clear()
    if language == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        _current = "en"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    if language not in LANGUAGES:
        language = "en"
    locale = QLocale(language)
    QLocale.setDefault(locale)
    _current = language
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"reseller_desktop_{language}", str(resource_path("translations"))),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    return language
