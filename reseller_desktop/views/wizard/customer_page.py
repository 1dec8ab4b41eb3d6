"""Page 1, customer information: company, domain, address, contact and the customer agreement."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizardPage

from reseller_desktop.domain.countries import language_of
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.domain.validation import CUSTOMER_FIELDS, normalized, validate_request
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.live import LiveServices
from reseller_desktop.services.partner_center.port import AddressQuery
from reseller_desktop.views.forms.ui_wizard_customer import Ui_CustomerPage
from reseller_desktop.views.saved_settings import saved_partner_domains
from reseller_desktop.views.wizard.address_suggestion import AddressCheck, AddressSuggestionPanel
from reseller_desktop.views.wizard.country_fields import CountryFields
from reseller_desktop.views.wizard.feedback import FieldFeedback
from reseller_desktop.views.wizard.field_names import field_name
from reseller_desktop.views.wizard.look import MUTED_COLOUR, RequiredLabel
from reseller_desktop.views.wizard.partner_fields import PartnerFields
from reseller_desktop.views.wizard.prefix_check import TAKEN, PrefixChecker
from reseller_desktop.views.wizard.signer_fields import SIGNER_FIELDS, SignerFields


class CustomerPage(QWizardPage):
    edited = Signal()  # any entry changed (the wizard saves a draft)

    def __init__(
        self,
        services: AppServices,
        live: LiveServices,
        ui_language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.ui = ui = Ui_CustomerPage()
        ui.setupUi(self)
        self._partner_domains = saved_partner_domains()  # refused for the contact's e-mail
        self.country_fields = CountryFields(
            ui,
            ui_language,
            self,
            rules=services.country_rules,
            port=services.partner_center,
            background=live.background,
        )
        self.signer = SignerFields(ui, self)
        self.partner = PartnerFields(ui, services.partner_center, live.background, self)
        self.prefix = PrefixChecker(
            ui.domainPrefix,
            ui.domainStatus,
            services.onboarding.prefix_status,
            live.background,
            on_timeout=lambda _error: live.monitor.suspect(),
        )
        self._prefix_message = ""
        self._refused: dict[str, tuple[object, str]] = {}  # Microsoft's: (the value, message)
        for label in (
            ui.companyNameLabel,
            ui.domainPrefixLabel,
            ui.countryLabel,
            ui.cultureLabel,
            ui.addressLine1Label,
            ui.firstNameLabel,
            ui.lastNameLabel,
            ui.emailLabel,
            ui.signerFirstNameLabel,
            ui.signerLastNameLabel,
            ui.signerEmailLabel,
        ):
            RequiredLabel(label).set_required(True)
        RequiredLabel(ui.signerSameLabel)
        RequiredLabel(ui.signerPhoneLabel)
        RequiredLabel(ui.addressLine2Label)
        ui.domainSuffix.setStyleSheet(f"color: {MUTED_COLOUR};")
        ui.summaryLabel.setStyleSheet(f"color: {MUTED_COLOUR};")
        for name, widget in (
            ("companyName*", ui.companyName),
            ("domainPrefix*", ui.domainPrefix),
            ("addressLine1*", ui.addressLine1),
            ("firstName*", ui.firstName),
            ("lastName*", ui.lastName),
            ("email*", ui.email),
        ):
            self.registerField(name, widget)
        # Room for the longest prefix (27 characters) before it scrolls.
        ui.domainPrefix.setMinimumWidth(ui.domainPrefix.fontMetrics().horizontalAdvance("w" * 14))
        self._align_labels()
        # Partner Center's address check on Next: a suggestion below the address, never applied
        # without the user.
        self.address_panel = AddressSuggestionPanel(ui.scrollContents)
        ui.leftColumn.insertWidget(ui.leftColumn.indexOf(ui.addressGroup) + 1, self.address_panel)
        self.address_check = AddressCheck(
            self.address_panel, services.partner_center, live.background, parent=self
        )
        self.address_check.apply.connect(self._use_address)
        self.address_check.proceed.connect(self._go_on)
        self._watch_fields()
        self._messages: dict[str, str] = {}
        self._complete = False
        self.revalidate()

    def _align_labels(self) -> None:
        """One label width per column, room included for an asterisk that comes with a
        country, so the fields of both groups line up and never jump."""
        ui = self.ui
        star = ui.companyNameLabel.fontMetrics().horizontalAdvance(" *") + 2
        for forms in (
            (ui.companyForm, ui.addressForm, ui.contactForm),
            (ui.agreementForm, ui.partnerForm),
        ):
            labels = [
                item.widget()
                for form in forms
                for row in range(form.rowCount())
                if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
                and isinstance(item.widget(), QLabel)
            ]
            width = max(label.sizeHint().width() for label in labels) + star
            for label in labels:
                label.setMinimumWidth(width)

    def _watch_fields(self) -> None:
        ui = self.ui
        self.feedback = feedback = FieldFeedback(self)
        for name, widget in (
            ("company_name", ui.companyName),
            ("domain_prefix", ui.domainPrefix),
            ("culture", ui.culture),
            ("registration_number", ui.registrationNumber),
            ("address_line1", ui.addressLine1),
            ("address_line2", ui.addressLine2),
            ("city", ui.city),
            ("postal_code", ui.postalCode),
            ("first_name", ui.firstName),
            ("last_name", ui.lastName),
            ("email", ui.email),
            ("phone", ui.phone),
            ("mca_signer_first_name", ui.signerFirstName),
            ("mca_signer_last_name", ui.signerLastName),
            ("mca_signer_email", ui.signerEmail),
            ("mca_signer_phone", ui.signerPhone),
        ):
            error = getattr(ui, f"{widget.objectName()}Error")
            feedback.add(name, widget, error)
            if hasattr(widget, "textChanged"):
                widget.textChanged.connect(self._changed)
        feedback.add("country", ui.country, ui.countryError, ui.country.lineEdit())
        feedback.add("state", ui.stateEdit, ui.stateError, ui.stateCombo)
        feedback.add("reseller_id", ui.reseller, ui.resellerError)
        self.partner.changed.connect(self._changed)
        feedback.left.connect(self._left)
        ui.country.editTextChanged.connect(self._changed)
        ui.stateEdit.textChanged.connect(self._changed)
        ui.stateCombo.currentIndexChanged.connect(self._changed)
        ui.culture.currentIndexChanged.connect(self._changed)
        ui.signerSameAsContact.toggled.connect(self._changed)
        self.prefix.status_changed.connect(self._prefix_status_changed)
        self.country_fields.rules_changed.connect(self.revalidate)

    # -- values

    def values(self) -> dict[str, object]:
        """The page's entries as NewCustomerRequest fields (hidden rows count as empty)."""
        ui, country = self.ui, self.country_fields
        culture = country.culture()
        return {
            "company_name": ui.companyName.text(),
            "domain_prefix": ui.domainPrefix.text(),
            "country": country.country(),
            "address_line1": ui.addressLine1.text(),
            "address_line2": ui.addressLine2.text(),
            "city": country.row_text("city"),
            "state": country.state(),
            "postal_code": country.row_text("postal_code"),
            "first_name": ui.firstName.text(),
            "last_name": ui.lastName.text(),
            "email": ui.email.text(),
            "phone": ui.phone.text(),
            "registration_number": country.registration_number(),
            "language": language_of(culture),
            "culture": culture,
            **self.signer.values(),
            **self.partner.values(),
        }

    def set_values(self, request: NewCustomerRequest) -> None:
        """Fill the page from ``request`` (a restored draft); the fields with text count as
        visited, so their problems show at once."""
        ui = self.ui
        ui.companyName.setText(request.company_name)
        ui.domainPrefix.setText(request.domain_prefix)
        self.country_fields.set_country(request.country)
        self.country_fields.set_culture(request.culture)
        ui.registrationNumber.setText(request.registration_number)
        ui.addressLine1.setText(request.address_line1)
        ui.addressLine2.setText(request.address_line2)
        ui.city.setText(request.city)
        self.country_fields.set_state(request.state)
        ui.postalCode.setText(request.postal_code)
        ui.firstName.setText(request.first_name)
        ui.lastName.setText(request.last_name)
        ui.email.setText(request.email)
        ui.phone.setText(request.phone)
        self.signer.set_values(request)
        self.partner.set_values(request)
        filled = [
            name
            for name, value in self.values().items()
            if value and isinstance(value, str) and name != "reseller_name"
        ]
        self.feedback.touch(*filled)
        self.revalidate()

    # -- checking

    def problems(self) -> dict[str, str]:
        """What is wrong on this page, by field, as the user reads it."""
        return dict(self._messages)

    def revalidate(self) -> None:
        request = NewCustomerRequest(**self.values())  # type: ignore[arg-type]
        found = validate_request(
            request,
            self.services.catalog,
            today=self.services.clock().date(),
            partner_domains=self._partner_domains,
        )
        messages = {
            ("culture" if name == "language" else name): problem.render(QCoreApplication.translate)
            for name, problem in found.items()
            if name in CUSTOMER_FIELDS
        }
        if self.signer.same_as_contact():  # the contact's own fields already say it
            for name in (*SIGNER_FIELDS, "mca_signer_phone"):
                messages.pop(name, None)
        messages.update(self.partner.problems())  # the reseller (indirect providers)
        if self.prefix.status == TAKEN and "domain_prefix" not in messages:
            messages["domain_prefix"] = self._prefix_message or self.tr(
                "{domain} is already taken: choose another prefix."
            ).format(domain=request.domain.strip())
        values = self.values()
        for name, (refused_value, text) in self._refused.items():
            if values.get(name) == refused_value:  # until the user changes the entry
                messages.setdefault("culture" if name == "language" else name, text)
        self._messages = {name: messages[name] for name in CUSTOMER_FIELDS if name in messages}
        self.feedback.set_problems(messages)
        self._show_summary()
        complete = not messages
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def _show_summary(self) -> None:
        names: list[str] = []
        for field in self._messages:
            name = field_name(field)
            if name not in names:
                names.append(name)
        text = ""
        if names:
            text = self.tr("Still to complete or correct: {fields}.").format(
                fields=", ".join(names)
            )
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setVisible(bool(text))

    def isComplete(self) -> bool:
        return super().isComplete() and not self._messages

    def validatePage(self) -> bool:
        """Before leaving: ask about the prefix now (the pause may not be over) and show every
        remaining problem."""
        self.prefix.check_now()
        self.revalidate()
        if self._messages:
            self.feedback.touch(*self._messages)
            return False
        ready = self.address_check.ready(self.address())
        if not ready:
            self.ui.scrollArea.ensureWidgetVisible(self.address_panel)
        return ready

    def address(self) -> AddressQuery:
        """The address as it will be sent (normalized: state code, postal code in capitals)."""
        request = normalized(NewCustomerRequest(**self.values()))  # type: ignore[arg-type]
        return AddressQuery(
            country=request.country,
            address_line1=request.address_line1,
            address_line2=request.address_line2,
            city=request.city,
            state=request.state,
            postal_code=request.postal_code,
        )

    def _use_address(self, address: AddressQuery) -> None:
        """The user chose Partner Center's suggestion: it replaces the typed address."""
        ui = self.ui
        ui.addressLine1.setText(address.address_line1)
        ui.addressLine2.setText(address.address_line2)
        ui.city.setText(address.city)
        self.country_fields.set_state(address.state)
        ui.postalCode.setText(address.postal_code)

    def _go_on(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def cleanupPage(self) -> None:
        """Going back keeps what was typed (QWizard would reset the fields)."""

    def mark_refused(self, problems: dict[str, str]) -> None:
        """Microsoft refused these entries (field -> message): each message shows beside its
        field until the user changes the entry."""
        values = self.values()
        self._refused = {  # not on a row the country hides: the user could not change it
            n: (values.get(n), t)
            for n, t in problems.items()
            if n in values and self.country_fields.used(n)
        }
        self.feedback.touch(*("culture" if n == "language" else n for n in self._refused))
        self.revalidate()

    def mark_prefix_taken(self, message: str) -> None:
        """Submit found the prefix taken: say so beside the field."""
        self._prefix_message = message
        self.prefix.mark_taken()
        self.feedback.touch("domain_prefix")
        self.revalidate()

    # -- slots

    def _changed(self) -> None:
        self.revalidate()
        self.address_check.edited(self.address())
        self.edited.emit()

    def _left(self, name: str) -> None:
        if name == "country":
            self.country_fields.tidy_country()

    def _prefix_status_changed(self, status: str) -> None:
        if status != TAKEN:
            self._prefix_message = ""
        else:
            self.feedback.touch("domain_prefix")
        self.revalidate()
