"""The main window and the Add-customer wizard in French, driven as a user does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import build_live
from reseller_desktop.store.models import Customer
from reseller_desktop.views.i18n import current_language, install_translators
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.page_ids import PageId
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def french() -> Iterator[None]:
    assert install_translators("fr") == "fr"
    yield
    install_translators("en")


@pytest.fixture
def window(qtbot, french: None, services: AppServices) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(services, build_live(services))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.wizard is not None:
        main.wizard.done(0)


def plain(text: str) -> str:
    """A button or label's text as the user reads it: no mnemonic marker."""
    return text.replace("&", "")


def test_the_main_window_is_french(window: MainWindow) -> None:
    assert current_language() == "fr"
    assert QLocale().language() == QLocale.Language.French
    assert window.windowTitle() == "Gestion des clients"
    assert plain(window.ui.addCustomerButton.text()) == "Ajouter un client…"
    assert plain(window.add_customer_action.text()) == "Ajouter un client…"
    assert plain(window.ui.searchLabel.text()) == "Rechercher\u00a0:"


def test_add_a_customer_in_french(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answer_box,  # type: ignore[no-untyped-def]
    valid_request: NewCustomerRequest,
) -> None:
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    ui = user.ui
    assert wizard.windowTitle() == "Ajouter un client"
    assert wizard.page(PageId.CUSTOMER).title() == "Informations du client"
    assert plain(ui.companyNameLabel.text()).startswith("Raison sociale ")
    assert plain(wizard.button(Button.NextButton).text()) == "Suivant >"
    assert plain(wizard.button(Button.CancelButton).text()) == "Annuler"  # Qt's own French
    # Country names follow the interface language.
    assert ui.country.findText("Allemagne") >= 0
    assert ui.country.findText("Germany") < 0

    # A validation message, beside its field, in French.
    user.enter(ui.email, "camille@")
    assert ui.emailError.isVisible()
    assert ui.emailError.text().startswith("Entrez une adresse e-mail valide")

    user.fill_customer(valid_request)
    qtbot.waitUntil(lambda: "Disponible" in ui.domainStatus.text())
    user.click_button(Button.NextButton)

    assert wizard.currentId() == PageId.OFFER
    offer = wizard.offer_page.ui
    assert wizard.page(PageId.OFFER).title() == "Offre"
    assert plain(offer.offerLabel.text()).startswith("Sélectionner une offre ")
    assert plain(offer.seatsLabel.text()).startswith("Nombre de postes ")
    assert offer.offer.placeholderText() == "Sélectionner une offre…"
    user.fill_offer(PREMIUM, 25)
    assert offer.seatsHint.text().startswith("De 1 à 300 postes.")
    assert "550,00" in offer.monthlyTotal.text()  # French number format
    user.click_button(Button.NextButton)

    assert wizard.currentId() == PageId.REVIEW
    review = wizard.review_page
    assert wizard.page(PageId.REVIEW).title() == "Récapitulatif"
    assert plain(review.ui.editCustomerButton.text()) == "Modifier"
    assert plain(review.ui.editOfferButton.text()) == "Modifier"
    assert review.values["Nombre de postes"] == "25"
    assert plain(wizard.button(Button.CommitButton).text()) == "Envoyer"
    user.click_button(Button.CommitButton)

    assert wizard.currentId() == PageId.CONFIRMATION
    assert wizard.page(PageId.CONFIRMATION).title() == "Confirmation"
    assert plain(wizard.button(Button.FinishButton).text()) == "Terminé"
    assert plain(wizard.confirmation_page.ui.copyAllButton.text()) == "Tout copier"

    # The copy-confirmation question, in French: "Go to page" first, then "I have copied".
    seen = answer_box("Aller à la page")
    user.click_button(Button.FinishButton)
    assert seen == ["Avez-vous copié les informations du client et de l'abonnement\u00a0?"]
    assert wizard.isVisible() and wizard.currentId() == PageId.CONFIRMATION
    answer_box("J'ai copié les informations")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)
    assert not wizard.isVisible()
    assert Customer.get().company_name == valid_request.company_name
