"""The user-interface language: choosing it, installing Qt's and the app's translations.

The language comes from ``--lang``, else the Preferences choice (QSettings ``ui/language``), else
the system locale; English is the source language. ``pseudo`` is a developer check: every string is
lengthened by about 40% and bracketed, so clipped labels show up on screenshots.

Qt's own dialogs (the file chooser of Export) speak the app's language too: Qt's translations
(``qtbase_LANG.qm``) are installed with the app's, the app's supply the few strings Qt's lack, and
where the system's native dialogs would speak another language than the app's (they follow the
system's), Qt's own dialogs are used instead.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)

from reseller_desktop.resources import resource_path

LANGUAGES = ("en", "fr")
PSEUDO = "pseudo"
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []
_current = "en"

# Strings of Qt's own file dialog that Qt's French lacks: this Qt shows them with mnemonics, and
# its qtbase_fr.qm has only "Look in:" and "Files of type:". Marked here, they are translated in
# the app's .ts under Qt's context; the app's translator, installed last, is asked first.
QT_SUPPLEMENT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def system_language() -> str:
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def chosen_language(cli_language: str | None = None) -> str:
    """``--lang`` first, then the saved preference, then the system's language."""
    if cli_language:
        return cli_language
    saved = QSettings().value(SETTINGS_KEY, "", str)
    return saved if saved in LANGUAGES else system_language()


def _language_of(locale: QLocale) -> str:
    """The language code of ``locale`` ("en", "fr"); the C locale (no LANG) speaks English."""
    if locale.language() == QLocale.Language.C:
        return "en"
    return QLocale.languageToCode(locale.language())


def native_dialogs_speak(language: str) -> bool:
    """Whether the system's own dialogs (file chooser...) speak ``language``: they speak the
    system's language, whatever the app was told (Preferences, ``--lang``). Never in the
    pseudo-locale, which is there to lengthen every string, Qt's dialogs' included."""
    if language == PSEUDO:
        return False
    return _language_of(QLocale.system()) == (language if language in LANGUAGES else "en")


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
    # Native dialogs in another language than the app's: Qt's own ones, which it translates.
    QCoreApplication.setAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native_dialogs_speak(language)
    )
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
