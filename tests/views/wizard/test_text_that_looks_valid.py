"""Text that looks valid but is not (issue 12, item 7): invisible-only names and direction
controls are refused beside the field; other scripts' digits reach Partner Center as ASCII."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.store.models import Customer
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User

INVISIBLE = (
    "This contains only invisible characters (such as zero-width spaces or accents without a "
    "letter): delete them and type the text itself."
)
DIRECTION = (
    "Remove the hidden text-direction characters (such as a right-to-left override): they make "
    "the text read differently from what it is. Retype the text instead of pasting it."
)


@pytest.fixture
def database_url() -> None:
    return None


def paste(user: User, widget: QLineEdit, text: str) -> None:
    """Click into ``widget``, replace its text with ``text`` from the clipboard, Tab out (such
    characters are pasted, from a document or a web page, far more often than typed)."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)
    user.qtbot.waitUntil(lambda: clipboard.text() == text)
    user.focus(widget)
    user.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    user.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    user.press_tab()


def error_of(user: User, widget: QLineEdit) -> QLabel:
    label = getattr(user.ui, f"{widget.objectName()}Error")
    assert isinstance(label, QLabel)
    return label


@pytest.mark.parametrize(
    ("widget_name", "text", "message"),
    [
        ("companyName", "\u200b\u200b\u200b", INVISIBLE),  # zero-width spaces
        ("companyName", "\u2060\ufeff", INVISIBLE),  # word joiner, byte-order mark
        ("companyName", "\u0301\u0308", INVISIBLE),  # accents without a letter
        ("firstName", "\u200d\u200c", INVISIBLE),  # joiners
        ("lastName", "\u034f\ufe0f", INVISIBLE),  # grapheme joiner, variation selector
        ("companyName", "Contoso \u202eLRAS", DIRECTION),  # reads "Contoso SARL"
        ("companyName", "\u2067Contoso\u2069", DIRECTION),
        ("companyName", "Contoso\u200f", DIRECTION),
        ("city", "Paris\u202a", DIRECTION),
        ("addressLine1", "\u200e35 Rue du Faubourg", DIRECTION),
    ],
)
def test_invisible_or_direction_characters_are_refused_beside_the_field(
    user: User,
    wizard: AddCustomerWizard,
    valid_request: NewCustomerRequest,
    widget_name: str,
    text: str,
    message: str,
) -> None:
    user.fill_customer(valid_request)
    next_button = wizard.button(Button.NextButton)
    assert next_button.isEnabled()
    widget = getattr(user.ui, widget_name)

    paste(user, widget, text)
    assert widget.text() == text  # what was pasted is kept, and explained
    label = error_of(user, widget)
    assert label.isVisible() and label.text() == message
    assert widget.accessibleDescription() == message
    assert not next_button.isEnabled()

    user.enter(widget, getattr(valid_request, wizard_field(widget_name)))
    assert label.isHidden() and next_button.isEnabled()


def wizard_field(widget_name: str) -> str:
    return {
        "companyName": "company_name",
        "firstName": "first_name",
        "lastName": "last_name",
        "city": "city",
        "addressLine1": "address_line1",
    }[widget_name]


def test_letters_with_joiners_and_combining_accents_are_still_names(
    user: User, wizard: AddCustomerWizard, valid_request: NewCustomerRequest
) -> None:
    user.fill_customer(valid_request)
    user.enter(user.ui.firstName, "Zoe\u0308")  # Zoë with a combining diaeresis
    user.enter(user.ui.lastName, "\u0646\u06cc\u0645\u200c\u0641\u0627\u0635\u0644\u0647")
    assert user.ui.firstNameError.isHidden() and user.ui.lastNameError.isHidden()
    assert wizard.button(Button.NextButton).isEnabled()


def test_other_digits_are_sent_as_ascii(
    qtbot,  # type: ignore[no-untyped-def]
    user: User,
    wizard: AddCustomerWizard,
    valid_request: NewCustomerRequest,
) -> None:
    arabic_indic_postal = "\u0667\u0665\u0660\u0660\u0668"  # 75008
    full_width_phone = "＋３３ １ ４２ ６８ ５３ ００"
    typed = valid_request.with_changes(postal_code=arabic_indic_postal, phone=full_width_phone)
    user.fill_customer(typed)
    assert user.ui.postalCode.text() == arabic_indic_postal
    assert user.ui.postalCodeError.isHidden() and user.ui.phoneError.isHidden()
    qtbot.waitUntil(lambda: "Available" in user.ui.domainStatus.text())
    user.click_button(Button.NextButton)
    user.fill_offer(PREMIUM, 25)
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.REVIEW

    review = wizard.review_page.values
    assert "75008 Paris" in review["Address"]
    assert arabic_indic_postal not in review["Address"]
    assert review["Phone"] == "+33 1 42 68 53 00"
    with qtbot.waitSignal(wizard.customer_created):
        user.click_button(Button.CommitButton)
    customer = Customer.get()
    assert customer.postal_code == "75008"
    assert customer.phone == "+33 1 42 68 53 00"
