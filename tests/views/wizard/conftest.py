"""Fixtures for the wizard's tests: a main window, the wizard it opens, and a user who types."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget, QWizard

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import build_live
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId

Button = QWizard.WizardButton


def key_target() -> QWidget:
    """Where a real key press goes: the open popup, else the focused widget."""
    popup = QApplication.activePopupWidget()
    target = (popup.focusWidget() or popup) if popup else QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    return target


class User:
    """Drives the wizard the way a person does: clicks into fields, types, presses keys."""

    def __init__(self, qtbot, wizard: AddCustomerWizard) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.wizard = wizard
        self.ui = wizard.customer_page.ui

    # -- keyboard

    def back_to_window(self) -> None:
        """When a message box or a list pops down, the window system makes the wizard the active
        window again (offscreen Qt does not: do it as the window system would)."""
        if (
            QApplication.activePopupWidget() is None
            and QApplication.activeModalWidget() in (None, self.wizard)
            and self.wizard.isVisible()
            and not self.wizard.isActiveWindow()
        ):
            self.wizard.activateWindow()
            self.qtbot.waitUntil(self.wizard.isActiveWindow, timeout=1000)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.back_to_window()
        QTest.keyClick(key_target(), key, modifier)
        self.wait_for_submit()

    def wait_for_submit(self) -> None:
        """A person waits while the wizard says "Creating the customer…" (a worker answers)."""
        self.qtbot.waitUntil(lambda: not self.wizard.is_submitting(), timeout=10_000)

    def press_tab(self) -> None:
        self.press(Qt.Key.Key_Tab)

    def press_enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def type(self, text: str) -> None:
        self.back_to_window()
        for char in text:
            if char.isascii():
                QTest.keyClicks(key_target(), char)
            else:  # QTest knows ASCII keys only; a layout key that types the letter
                for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                    QTest.sendKeyEvent(
                        action,
                        key_target(),
                        Qt.Key.Key_unknown,
                        char,
                        Qt.KeyboardModifier.NoModifier,
                    )

    # -- mouse and keyboard

    def click(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def focus(self, widget: QWidget) -> None:
        """Click into a field (for an editable combo: its text part)."""
        target = (
            widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
        )
        if not widget.isActiveWindow():  # a click also brings its window to the front
            widget.window().activateWindow()
            self.qtbot.waitUntil(widget.isActiveWindow, timeout=1000)
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: widget.hasFocus() or target.hasFocus(), timeout=1000)

    def enter(self, widget: QWidget, text: str, *, leave: bool = True) -> None:
        """Click into ``widget``, replace its text with ``text`` and (by default) Tab out."""
        self.focus(widget)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            self.type(text)
        else:
            self.press(Qt.Key.Key_Delete)
        if leave:
            self.press(Qt.Key.Key_Tab)

    def tab_to(self, widget: QWidget) -> None:
        """Press Tab until ``widget`` has the keyboard focus."""
        for _ in range(60):
            if widget.hasFocus():
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(
            f"Tab never reaches {widget.objectName()} (at {key_target().objectName()}, "
            f"popup {QApplication.activePopupWidget()})"
        )

    def choose(self, combo: QComboBox, text: str) -> None:
        """Tab to a drop-down list and press Down until the entry starting with ``text`` shows
        (typing would open the list at the first space)."""
        self.tab_to(combo)
        for _ in range(combo.count() + 1):
            if combo.currentText().startswith(text):
                return
            self.press(Qt.Key.Key_Down)
        raise AssertionError(f"{combo.objectName()} has no entry {text!r}")

    def click_button(self, which: QWizard.WizardButton) -> None:
        button = self.wizard.button(which)
        assert isinstance(button, QAbstractButton)
        assert button.isVisible() and button.isEnabled(), f"{button.text()} is not available"
        self.click(button)
        self.wait_for_submit()

    # -- whole pages

    def fill_customer(self, request: NewCustomerRequest) -> None:
        ui = self.ui
        self.enter(ui.companyName, request.company_name)
        self.enter(ui.domainPrefix, request.domain_prefix)
        self.enter(ui.country, country_name(request.country))
        self.enter(ui.addressLine1, request.address_line1)
        if request.address_line2:
            self.enter(ui.addressLine2, request.address_line2)
        self.enter(ui.city, request.city)
        if request.state:
            self.enter(ui.stateEdit, request.state)
        self.enter(ui.postalCode, request.postal_code)
        self.enter(ui.firstName, request.first_name)
        self.enter(ui.lastName, request.last_name)
        self.enter(ui.email, request.email)
        self.enter(ui.phone, request.phone)
        # Since 2026 the customer accepts the agreement: nothing to tick.

    def fill_offer(self, offer_name: str, seats: int) -> None:
        ui = self.wizard.offer_page.ui
        self.choose(ui.offer, offer_name)
        self.enter(ui.seats, str(seats))

    def to_review(self, request: NewCustomerRequest, offer_name: str) -> None:
        self.fill_customer(request)
        self.click_button(Button.NextButton)
        assert self.wizard.currentId() == PageId.OFFER
        self.fill_offer(offer_name, request.seats)
        self.click_button(Button.NextButton)
        assert self.wizard.currentId() == PageId.REVIEW


def country_name(code: str) -> str:
    from reseller_desktop.domain.countries import country_name as name

    return name(code, "en")


def tr(text: str, context: str = "Validation") -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(autouse=True)
def us_english() -> Iterator[None]:
    """Numbers, money and dates as a US user sees them (the offscreen default is the C locale)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, services: AppServices) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(services, build_live(services))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.wizard is not None:
        main.wizard.done(0)


def open_wizard(qtbot, window: MainWindow) -> AddCustomerWizard:  # type: ignore[no-untyped-def]
    """What Add customer does; returns the wizard once it is on screen with the focus."""
    window.add_customer_action.trigger()
    wizard = window.wizard
    assert isinstance(wizard, AddCustomerWizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    return wizard


@pytest.fixture
def wizard(qtbot, window: MainWindow) -> AddCustomerWizard:  # type: ignore[no-untyped-def]
    return open_wizard(qtbot, window)


@pytest.fixture
def user(qtbot, wizard: AddCustomerWizard) -> User:  # type: ignore[no-untyped-def]
    return User(qtbot, wizard)


PREMIUM = "Microsoft 365 Business Premium"
