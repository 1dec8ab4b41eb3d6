"""The fields that follow the country: its searchable list, the state list or box, the cultures,
the registration number row and which address fields are required."""

from __future__ import annotations

import logging
from functools import lru_cache

from babel import Locale
from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QFormLayout

from reseller_desktop.domain.countries import (
    address_rules,
    countries_by_name,
    cultures_for,
    default_culture,
    fold,
    match_choices,
    match_countries,
    normalize_country,
)
from reseller_desktop.services.background import Background
from reseller_desktop.services.country_rules import CountryRulesCache
from reseller_desktop.services.partner_center.port import PartnerCenter
from reseller_desktop.views.forms.ui_wizard_customer import Ui_CustomerPage
from reseller_desktop.views.wizard.look import RequiredLabel

log = logging.getLogger(__name__)


@lru_cache(maxsize=256)
def culture_display_name(culture: str, ui_language: str) -> str:
    """E.g. "French (Canada) — fr-CA" in the UI language (the bare code if babel lacks it)."""
    try:
        name = Locale.parse(culture.replace("-", "_")).get_display_name(ui_language)
    except Exception:  # babel raises several types for unknown codes
        name = None
    return f"{name} — {culture}" if name else culture


class RankedCompleter(QCompleter):
    """A popup completer over a model that holds only the matches, best first: it lists them as
    they are and starts on the first (Enter or Tab takes it), whatever their text."""

    def splitPath(self, path: str) -> list[str]:
        return [""]  # every row matches: the current one is the first


class CodeFirstSearch(QObject):
    """Typing on a closed list of (name, code) entries finds a code first ("NY" is New York, not
    Nebraska; "TX" is Texas, not Tennessee), then a name by its start ("new y" is New York).

    QComboBox's own search knows names only. Letters typed within the keyboard interval add up;
    the same letter again goes to the next name with it, as in Qt; Space after a letter is part
    of a name (otherwise it opens the list, as usual)."""

    def __init__(self, combo: QComboBox, parent: QObject) -> None:
        super().__init__(parent)
        self.combo = combo
        self._typed = ""
        self._since = QElapsedTimer()
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._typed = ""
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        text = event.text()
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if event.modifiers() & commands or len(text) != 1 or not text.isprintable():
            return False
        recent = (
            self._since.isValid() and self._since.elapsed() < QApplication.keyboardInputInterval()
        )
        typed = self._typed if recent else ""
        if text == " " and not typed:
            return False  # Space opens the list
        self._typed = typed + text
        self._since.restart()
        combo = self.combo
        choices = [
            (str(combo.itemData(i)), combo.itemText(i))
            for i in range(combo.count())
            if combo.itemData(i)
        ]
        found = match_choices(self._typed, choices)
        if found:
            combo.setCurrentIndex(combo.findData(found[0]))
        elif len(set(fold(self._typed))) == 1:  # "n", "n": the next name starting with n
            letter = fold(text)
            rows = [i for i in range(combo.count()) if fold(combo.itemText(i)).startswith(letter)]
            later = [i for i in rows if i > combo.currentIndex()]
            if rows:
                combo.setCurrentIndex((later or rows)[0])
        return True


# A country's rules asked of Partner Center while the user types the address: never waited for.
RULES_TIMEOUT_MS = 10_000
RULES_PAUSE_MS = 400


class CountryFields(QObject):
    """Drives the country-dependent widgets of the customer page. Which fields a country
    requires comes from its rules (the rule book in use): when they change (refreshed from
    Partner Center, or the kept copy replaced), the page follows at once."""

    country_changed = Signal(str)  # the new ISO code ("" when the text is not a country)
    rules_changed = Signal()  # the current country's rules changed: check the page again

    def __init__(
        self,
        ui: Ui_CustomerPage,
        ui_language: str,
        parent: QObject,
        *,
        rules: CountryRulesCache | None = None,
        port: PartnerCenter | None = None,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ui_language = ui_language
        self._rules = rules
        self._port = port
        self._background = background
        self._code = ""
        # Rows shown for the current country (city, state, postal_code, registration_number).
        self._used: dict[str, bool] = {}
        self._state_list = False
        self.labels = {
            name: RequiredLabel(label)
            for name, label in (
                ("city", ui.cityLabel),
                ("state", ui.stateLabel),
                ("postal_code", ui.postalCodeLabel),
                ("phone", ui.phoneLabel),
                ("registration_number", ui.registrationNumberLabel),
            )
        }
        combo = ui.country
        for code, name in countries_by_name(ui_language):
            combo.addItem(name, code)
        combo.setCurrentIndex(-1)
        combo.lineEdit().setPlaceholderText(self.tr("Type to search"))
        # The suggestions are ranked by match_countries (a code first: "US" is the United States,
        # not Australia), so the completer shows them as they are.
        self._suggestions = QStringListModel(self)
        completer = RankedCompleter(self._suggestions, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        combo.setCompleter(completer)
        combo.lineEdit().textEdited.connect(self._suggest_countries)
        combo.editTextChanged.connect(self._country_text_changed)
        ui.stateCombo.setPlaceholderText(self.tr("Choose…"))
        self.state_search = CodeFirstSearch(ui.stateCombo, self)
        self._apply("")
        # Typing "Germany" passes through "Ge" (Georgia): ask once the country stays a moment.
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(RULES_PAUSE_MS)
        self._ask_timer.timeout.connect(lambda: self._ask_for_rules(self._code))
        self._watcher: QFileSystemWatcher | None = None
        if rules is not None:
            rules.changed.connect(self._rules_changed)
            rules.check_disk()
            # The kept copy replaced on disk applies at once (the watcher lives with the page,
            # on the GUI thread).
            self._watcher = QFileSystemWatcher(rules.watched_paths(), self)
            self._watcher.directoryChanged.connect(self._disk_changed)
            self._watcher.fileChanged.connect(self._disk_changed)

    # -- country

    def country(self) -> str:
        """The ISO code of the chosen country; the typed text when it names no country."""
        text = self.ui.country.currentText().strip()
        index = self.ui.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.ui.country.itemData(index))
        return normalize_country(text) or text

    def set_country(self, code: str) -> None:
        index = self.ui.country.findData(code.strip().upper()) if code else -1
        if index >= 0:
            self.ui.country.setCurrentIndex(index)
        else:
            self.ui.country.setEditText(code)

    def tidy_country(self) -> None:
        """After leaving the field: show the list's name for a code, an alias or the start of a
        single name ("uk" -> "United Kingdom", "fran" -> "France")."""
        combo = self.ui.country
        index = combo.findData(self.country())
        if index < 0:  # "Fran" + Tab: the only country whose name starts so
            typed = fold(combo.currentText())
            starts = [i for i in range(combo.count()) if fold(combo.itemText(i)).startswith(typed)]
            index = starts[0] if typed and len(starts) == 1 else -1
        if index >= 0 and (
            combo.currentIndex() != index or combo.currentText() != combo.itemText(index)
        ):
            combo.setCurrentIndex(index)
            combo.setEditText(combo.itemText(index))

    def _suggest_countries(self, text: str) -> None:
        combo = self.ui.country
        names = []
        for code in match_countries(text, self.ui_language):
            index = combo.findData(code)
            if index >= 0:
                names.append(combo.itemText(index))
        self._suggestions.setStringList(names)

    def _country_text_changed(self, _text: str) -> None:
        code = self.country()
        known = code if self.ui.country.findData(code) >= 0 else ""
        if known != self._code:
            self._apply(known)

    def _apply(self, code: str, *, keep_culture: bool = False) -> None:
        self._code = code
        rules = address_rules(code)
        ui = self.ui
        self.labels["city"].set_required(rules.city_required)
        self.labels["state"].set_required(rules.state_required)
        self.labels["postal_code"].set_required(rules.postal_required)
        self.labels["phone"].set_required(rules.phone_required)
        self.labels["registration_number"].set_required(rules.registration_required)
        self._show_row(ui.companyForm, "registration_number", rules.registration_supported)
        for name, used in (
            ("city", rules.city_used),
            ("state", rules.state_used),
            ("postal_code", rules.postal_used),
        ):
            self._show_row(ui.addressForm, name, used or not code)
        self._fill_states(rules.state_choices, rules.state_required)
        culture = self.culture()
        self._fill_cultures(code)
        if keep_culture:
            self.set_culture(culture)
        self.country_changed.emit(code)
        if code and self._rules is not None:
            self._ask_timer.start()

    def required(self, name: str) -> bool:
        """Whether the current country's rules require ``name`` (its label has the marker)."""
        return self.labels[name].required

    # -- the rules of the country, refreshed

    def _ask_for_rules(self, code: str) -> None:
        """Ask Partner Center for the country's rules on a worker (at most daily per country):
        an answer that differs is kept, and ``_rules_changed`` applies it."""
        cache, port, background = self._rules, self._port, self._background
        if not code or cache is None or port is None or background is None:
            return
        if not cache.needs_refresh(code):
            return
        background.run(
            lambda: cache.refresh(port, code),
            lambda _changed: None,  # a change arrives through cache.changed
            self._rules_not_refreshed,
            timeout_ms=RULES_TIMEOUT_MS,
        )

    @staticmethod
    def _rules_not_refreshed(exc: Exception) -> None:
        log.info("Country rules not refreshed (%s): the kept ones apply", type(exc).__name__)

    def _disk_changed(self, _path: str) -> None:
        if self._rules is None or self._watcher is None:
            return
        for path in self._rules.watched_paths():  # a file replaced by a rename is a new one
            if path not in self._watcher.files() and path not in self._watcher.directories():
                self._watcher.addPath(path)
        self._rules.check_disk()

    def _rules_changed(self) -> None:
        """The rules in use changed: the current country's fields follow, typed text kept."""
        self._apply(self._code, keep_culture=True)
        self.rules_changed.emit()

    def _show_row(self, form: QFormLayout, name: str, shown: bool) -> None:
        self._used[name] = shown
        form.setRowVisible(self.labels[name].label, shown)

    def used(self, name: str) -> bool:
        """Whether the current country's addresses have this field (hidden rows count as empty)."""
        return self._used.get(name, True)

    # -- state

    def _fill_states(self, choices: tuple[tuple[str, str], ...], required: bool) -> None:
        combo = self.ui.stateCombo
        previous = self.state()
        combo.blockSignals(True)
        combo.clear()
        if choices and not required:
            combo.addItem("", "")
        for code, name in choices:
            combo.addItem(name, code)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)
        has_list = self._state_list = bool(choices)
        # Both sit in one form row: show the one in use, and neither when the row is hidden.
        combo.setVisible(has_list and self.used("state"))
        self.ui.stateEdit.setVisible(not has_list and self.used("state"))
        self.ui.stateLabel.setBuddy(combo if has_list else self.ui.stateEdit)
        self.set_state(previous)

    def has_state_list(self) -> bool:
        return self._state_list

    def state(self) -> str:
        if not self.used("state"):
            return ""
        if self.has_state_list():
            data = self.ui.stateCombo.currentData()
            return str(data) if data else ""
        return self.ui.stateEdit.text()

    def set_state(self, value: str) -> None:
        if self.has_state_list():
            combo = self.ui.stateCombo
            index = combo.findData(value) if value else -1
            if index < 0 and value:
                index = combo.findText(value, Qt.MatchFlag.MatchFixedString)
            combo.setCurrentIndex(index)
        else:
            self.ui.stateEdit.setText(value)

    # -- culture

    def _fill_cultures(self, code: str) -> None:
        """A new country brings its own cultures, preselecting the one in the UI language."""
        combo = self.ui.culture
        combo.blockSignals(True)
        combo.clear()
        for culture in cultures_for(code):
            combo.addItem(culture_display_name(culture, self.ui_language), culture)
        combo.setCurrentIndex(max(combo.findData(default_culture(code, self.ui_language)), 0))
        combo.blockSignals(False)

    def culture(self) -> str:
        data = self.ui.culture.currentData()
        return str(data) if data else ""

    def set_culture(self, value: str) -> None:
        index = self.ui.culture.findData(value)
        if index >= 0:
            self.ui.culture.setCurrentIndex(index)

    # -- rows that only some countries have

    def registration_number(self) -> str:
        return self.ui.registrationNumber.text() if self.used("registration_number") else ""

    def row_text(self, name: str) -> str:
        """City or postal code, '' when the country's addresses have no such line."""
        widget = self.ui.city if name == "city" else self.ui.postalCode
        return widget.text() if self.used(name) else ""
