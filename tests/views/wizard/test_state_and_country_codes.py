"""State and country by code (issue 12, item 11): "NY" is New York and "TX" Texas, not the first
name with that letter; "US" suggests the United States, not Australia."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from reseller_desktop.domain import countries
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard import AddCustomerWizard
from tests.views.wizard.conftest import Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def american(valid_request: NewCustomerRequest) -> NewCustomerRequest:
    return valid_request.with_changes(
        country="US",
        address_line1="350 Fifth Avenue",
        city="New York",
        postal_code="10118",
        phone="+1 212-736-3100",
    )


def suggestions(combo: QComboBox) -> list[str]:
    popup = combo.completer().popup()
    model = popup.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def fill_american(user: User, request: NewCustomerRequest) -> None:
    user.fill_customer(request)  # the state list is left alone; the postal code is of New York


@pytest.mark.parametrize(
    ("typed", "name", "code", "postal_code"),
    [
        ("NY", "New York", "NY", "10118"),
        ("ny", "New York", "NY", "10118"),
        ("TX", "Texas", "TX", "78701"),
        ("CA", "California", "CA", "94043"),
        ("new y", "New York", "NY", "10118"),  # a name, by its start
    ],
)
def test_typing_a_state_code_chooses_that_state(
    user: User,
    wizard: AddCustomerWizard,
    american: NewCustomerRequest,
    typed: str,
    name: str,
    code: str,
    postal_code: str,
) -> None:
    ui = user.ui
    fill_american(user, american.with_changes(postal_code=postal_code))
    user.tab_to(ui.stateCombo)
    user.type(typed)
    assert ui.stateCombo.currentText() == name
    assert wizard.customer_page.values()["state"] == code
    user.press_tab()
    # The postal code belongs to the chosen state: nothing to correct.
    assert ui.stateError.isHidden() and ui.postalCodeError.isHidden()
    assert wizard.button(Button.NextButton).isEnabled()


def test_the_same_letter_again_goes_through_the_names(user: User, american) -> None:  # type: ignore[no-untyped-def]
    ui = user.ui
    fill_american(user, american)
    user.tab_to(ui.stateCombo)
    user.type("n")
    assert ui.stateCombo.currentText() == "Nebraska"
    user.type("n")
    assert ui.stateCombo.currentText() == "Nevada"


@pytest.mark.parametrize(
    ("typed", "first", "chosen"),
    [
        ("US", "United States", "US"),
        ("us", "United States", "US"),
        ("GB", "United Kingdom", "GB"),
        ("uk", "United Kingdom", "GB"),
        ("fran", "France", "FR"),
    ],
)
def test_a_country_code_is_suggested_first_and_taken_by_enter(
    user: User, wizard: AddCustomerWizard, typed: str, first: str, chosen: str
) -> None:
    ui = user.ui
    user.enter(ui.country, typed, leave=False)
    shown = suggestions(ui.country)
    assert shown[0] == first
    assert "Australia" not in shown
    assert ui.country.completer().popup().isVisible()
    user.press(Qt.Key.Key_Return)
    assert ui.country.currentText() == first
    assert wizard.customer_page.values()["country"] == chosen


def test_us_then_tab_is_the_united_states(user: User, wizard: AddCustomerWizard) -> None:
    ui = user.ui
    user.enter(ui.country, "US")
    assert ui.country.currentText() == "United States"
    assert wizard.customer_page.values()["country"] == "US"
    assert ui.stateCombo.isVisible()  # the United States' own fields follow


def test_a_new_wizard_opens_without_the_table_of_country_names(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    """The table of every country's English and French names (80 ms to build) serves typed
    names only: a new wizard's empty country does not build it, a typed name still finds its
    country."""
    countries._names_to_codes.cache_clear()
    wizard = open_wizard(qtbot, window)
    assert countries._names_to_codes.cache_info().currsize == 0
    user = User(qtbot, wizard)
    user.enter(user.ui.country, "royaume uni")
    assert user.ui.country.currentText() == "United Kingdom"
    assert wizard.customer_page.values()["country"] == "GB"
