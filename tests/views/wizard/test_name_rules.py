"""The 2024 name and e-mail rules in the wizard: the message shows beside the field it is about,
Next stays disabled, and the partner's own domains come from Preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.validation import validate_request
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.preferences import PARTNER_DOMAINS_KEY, saved_partner_domains
from tests.conftest import START
from tests.views.wizard.conftest import Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


# field, widget, what the user types, words of the message beside it
NAMES = [
    ("company_name", "companyName", "S.A.R.L.", "only a legal form"),
    ("company_name", "companyName", "Demo SAS", "“demo”"),
    ("company_name", "companyName", "Q", "one character"),
    ("first_name", "firstName", "J.", "one character"),
    ("first_name", "firstName", "Asdf", "“asdf”"),
    ("last_name", "lastName", "Lefèvre-Duval de la Tour d'Auvergne-Montmorency", "40 at most"),
    ("email", "email", "camille@microsoft.com", "Microsoft address"),
]


@pytest.mark.parametrize(("field", "widget_name", "text", "words"), NAMES)
def test_a_name_rule_is_shown_beside_its_field(  # type: ignore[no-untyped-def]
    user: User, wizard, valid_request: NewCustomerRequest, catalog, field, widget_name, text, words
) -> None:
    user.fill_customer(valid_request)
    next_button = wizard.button(Button.NextButton)
    assert next_button.isEnabled()
    widget = getattr(user.ui, widget_name)

    user.enter(widget, text)

    label = getattr(user.ui, f"{widget_name}Error")
    assert isinstance(label, QLabel)
    wanted = validate_request(
        valid_request.with_changes(**{field: text}), catalog, today=START.date()
    )[field].render(QCoreApplication.translate)
    assert label.isVisible() and label.text() == wanted and words in wanted
    others = [
        getattr(user.ui, f"{name}Error")
        for name in ("companyName", "firstName", "lastName", "email")
        if name != widget_name
    ]
    assert all(not other.isVisible() for other in others), "only beside its own field"
    assert not next_button.isEnabled()

    user.enter(widget, getattr(valid_request, field))
    assert not label.isVisible() and next_button.isEnabled()


def test_the_partners_own_domain_is_refused_for_the_contact(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, valid_request: NewCustomerRequest
) -> None:
    QSettings().setValue(PARTNER_DOMAINS_KEY, ["fabrikam.fr", "northwind.io"])
    assert saved_partner_domains() == ["fabrikam.fr", "northwind.io"]
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    user.fill_customer(valid_request.with_changes(email="alex@mail.fabrikam.fr"))

    label = user.ui.emailError
    assert label.isVisible()
    assert "fabrikam.fr" in label.text() and "your own (partner) domains" in label.text()
    assert not wizard.button(Button.NextButton).isEnabled()

    user.enter(user.ui.email, "alex@boulangerie-dupont.fr")
    assert not label.isVisible()
    user.click_button(Button.NextButton)
    assert wizard.currentId() != wizard.startId()


@pytest.mark.parametrize(
    ("stored", "domains"),
    [("fabrikam.fr", ["fabrikam.fr"]), ("a.fr, b.fr;c.fr", ["a.fr", "b.fr", "c.fr"]), (5, [])],
)
def test_saved_partner_domains_reads_what_preferences_store(  # type: ignore[no-untyped-def]
    data_dir, stored, domains
) -> None:
    QSettings().setValue(PARTNER_DOMAINS_KEY, stored)
    assert saved_partner_domains() == domains
