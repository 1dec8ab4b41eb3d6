"""The whole flow without a mouse: Ctrl+N, typing, Tab, Space, Enter, mnemonics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from reseller_desktop.store.models import Customer
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import User

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def database_url() -> None:
    return None


def answer_with_keys(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next message box with a key press (e.g. a button's mnemonic)."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        if not box.isActiveWindow():  # as the window system would do for a new box
            box.activateWindow()
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        QTest.keyClick(box.focusWidget() or box, key, modifier)

    QTimer.singleShot(0, press)
    return seen


def test_keyboard_only(qtbot, window: MainWindow, valid_request) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Add customer
    wizard = window.wizard
    assert isinstance(wizard, AddCustomerWizard)
    qtbot.waitExposed(wizard)
    user = User(qtbot, wizard)
    ui = user.ui

    def expect(widget: QWidget) -> None:
        qtbot.waitUntil(widget.hasFocus, timeout=1000)

    def entry(widget: QWidget, text: str) -> None:
        expect(widget)
        user.type(text)
        user.press_tab()

    r = valid_request
    entry(ui.companyName, r.company_name)
    entry(ui.domainPrefix, r.domain_prefix)
    entry(ui.country, "Fran")  # the completer's list opens; Tab takes the only match
    assert ui.country.currentText() == "France"
    expect(ui.culture)
    user.press_tab()  # fr-FR, from the country
    entry(ui.addressLine1, r.address_line1)
    expect(ui.addressLine2)
    user.press_tab()
    entry(ui.city, r.city)  # France has no state line: the next stop is the postal code
    entry(ui.postalCode, r.postal_code)
    entry(ui.firstName, r.first_name)
    entry(ui.lastName, r.last_name)
    entry(ui.email, r.email)
    entry(ui.phone, r.phone)
    expect(ui.signerSameAsContact)  # no agreement to tick: the customer accepts it (2026)
    user.press(Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == PageId.OFFER

    offer = wizard.offer_page.ui
    expect(offer.offer)
    for _ in range(3):
        user.press(Key.Key_Down)
    assert offer.offer.currentText().startswith("Microsoft 365 Business Premium")
    user.press(Key.Key_S, ALT)  # Number of &seats
    expect(offer.seats)
    user.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    user.type("25")
    user.press(Key.Key_Return)
    assert wizard.currentId() == PageId.REVIEW

    user.press(Key.Key_Return)  # Submit is the default button
    assert wizard.currentId() == PageId.CONFIRMATION
    assert Customer.get().company_name == r.company_name

    user.press(Key.Key_C, ALT)  # &Copy all (the button flashes, then copies)
    password = wizard.confirmation_page.ui.passwordValue.text()
    qtbot.waitUntil(lambda: password in QApplication.clipboard().text(), timeout=1000)
    seen = answer_with_keys(Key.Key_G, ALT)  # &Go to page
    user.press(Key.Key_Return)  # Done
    assert seen and wizard.isVisible()
    seen = answer_with_keys(Key.Key_H, ALT)  # I &have copied the information
    with qtbot.waitSignal(wizard.finished):
        user.press(Key.Key_Return)
    assert seen == ["Did you copy the customer and subscription information?"]


def test_every_input_has_its_label_as_buddy(wizard: AddCustomerWizard) -> None:
    for page in (wizard.customer_page, wizard.offer_page):
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for name in ("QLineEdit", "QComboBox", "QSpinBox", "QDateEdit", "QCheckBox"):
            for field in page.findChildren(QWidget):
                if type(field).__name__ != name or not field.isVisibleTo(page):
                    continue  # (e.g. the state list, for countries that have one)
                if field.parent() in buddies or "&" in str(field.property("text") or ""):
                    continue  # a combo's own editor; a check box with its own mnemonic
                assert field in buddies, f"{field.objectName()} has no label"
        # Every field has a mnemonic but the signer's, reached with Tab from the check box
        # "Same as primary contact" (a letter of theirs would repeat the contact's).
        signer = ("signerFirstName", "signerLastName", "signerEmail", "signerPhone")
        labels = [
            label.text()
            for label in page.findChildren(QLabel)
            if label.buddy() and label.buddy().objectName() not in signer
        ]
        assert all("&" in text for text in labels), labels
