"""Alt+letter reaches one control: no two controls the user sees at once on a wizard page share
a mnemonic, in English and in French, with every optional field shown."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.i18n import install_translators
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard

_MNEMONIC = re.compile(r"&([^&\s])")
WIZARD_BUTTONS = (
    Button.BackButton,
    Button.NextButton,
    Button.CommitButton,
    Button.FinishButton,
    Button.CancelButton,
    Button.CustomButton1,
    Button.CustomButton2,
)


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_translators(request.param) == request.param
    yield request.param
    install_translators("en")


def mnemonics(wizard: AddCustomerWizard) -> Counter[str]:
    """The mnemonic letters of the controls the user sees: the labels of fields, the check
    boxes and buttons of the page, and the wizard's own buttons."""
    found: Counter[str] = Counter()
    page = wizard.currentPage()
    controls: list[QWidget] = [
        *(label for label in page.findChildren(QLabel) if label.buddy() is not None),
        *page.findChildren(QAbstractButton),
        *(wizard.button(which) for which in WIZARD_BUTTONS),
    ]
    for control in controls:
        if not control.isVisibleTo(wizard):
            continue
        match = _MNEMONIC.search(control.text().replace("&&", ""))  # type: ignore[attr-defined]
        if match:
            found[match.group(1).casefold()] += 1
    return found


def shared(found: Counter[str]) -> list[str]:
    return sorted(letter for letter, count in found.items() if count > 1)


def test_no_two_controls_share_a_mnemonic(
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
    window: MainWindow,
    valid_request: NewCustomerRequest,
) -> None:
    QSettings().setValue("partner/type", "indirect")  # the reseller field shows
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    ui = user.ui
    user.click(ui.signerSameAsContact)  # the signer's own fields
    user.click(ui.adminRelationship)  # the role template and its option
    assert ui.signerFirstName.isEnabled() and ui.reseller.isVisible()
    customer = mnemonics(wizard)
    assert sum(customer.values()) >= 20
    assert shared(customer) == [], (language, customer)

    user.click(ui.signerSameAsContact)  # the contact signs: the page can be completed
    user.fill_customer(valid_request)
    user.choose(ui.reseller, "Bureautique du Rhône")
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.OFFER
    assert shared(mnemonics(wizard)) == [], language
    user.fill_offer(PREMIUM, valid_request.seats)
    user.click_button(Button.NextButton)
    assert wizard.currentId() == PageId.REVIEW
    assert shared(mnemonics(wizard)) == [], language
