"""Edit details, from the customer details: the company name, the address, the contact's name,
e-mail and phone, checked with the wizard's own rules as they are typed (beside each field once
it is left). The domain prefix, which names the Microsoft tenant, and the country are shown but
never editable. Saving goes through ``CustomerEditService`` (Partner Center first, then the book
and its history) on the reading worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from reseller_desktop.domain.countries import (
    PHONE_AND_REGISTRATION_REQUIRED,
    address_rules,
    country_name,
)
from reseller_desktop.domain.request import new_request_id
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.customer_edits import CustomerDetails, CustomerEditError
from reseller_desktop.services.customer_records import CustomerRecord
from reseller_desktop.views.dialogs import inform, save_waiting
from reseller_desktop.views.forms.ui_edit_customer import Ui_EditCustomerDialog
from reseller_desktop.views.i18n import current_language
from reseller_desktop.views.wizard.country_fields import CodeFirstSearch
from reseller_desktop.views.wizard.feedback import FieldFeedback
from reseller_desktop.views.wizard.look import MUTED_COLOUR, RequiredLabel, fit_wrapped


class EditCustomerDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        customer: CustomerRecord,
        parent: QWidget | None = None,
        *,
        reader: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.customer = customer
        self.reader = reader
        self.request_id = new_request_id()  # a second Save after a time-out is the same edit
        self.shown = CustomerDetails.of(customer)
        self.changed: list[str] = []  # the fields saved, once saved
        self._saving = False
        self.ui = ui = Ui_EditCustomerDialog()
        ui.setupUi(self)
        self.setObjectName("editCustomerDialog")
        self.setWindowTitle(
            self.tr("{company} — Edit details").format(company=customer.company_name)
        )
        ui.introLabel.setText(
            self.tr(
                "Change the company and contact details. Microsoft is told of the new details, "
                "and the customer's history keeps the old ones."
            )
        )
        ui.fixedNote.setText(
            self.tr(
                "The domain and the country cannot change: the domain names the customer's "
                "Microsoft tenant."
            )
        )
        ui.fixedNote.setStyleSheet(f"color: {MUTED_COLOUR};")
        fit_wrapped(ui.introLabel, ui.fixedNote)
        ui.domainValue.setText(customer.domain)
        ui.countryValue.setText(
            f"{country_name(customer.country, current_language())} ({customer.country})"
        )
        self.edits: dict[str, QLineEdit] = {
            "company_name": ui.companyName,
            "address_line1": ui.addressLine1,
            "address_line2": ui.addressLine2,
            "city": ui.city,
            "postal_code": ui.postalCode,
            "first_name": ui.firstName,
            "last_name": ui.lastName,
            "email": ui.email,
            "phone": ui.phone,
        }
        for name, edit in self.edits.items():
            edit.setText(getattr(self.shown, name))
            edit.textChanged.connect(self._revalidate)
        self._set_up_state()
        self._mark_required()
        self.feedback = FieldFeedback(self)
        for name, edit in self.edits.items():
            self.feedback.add(name, edit, getattr(ui, f"{_camel(name)}Error"))
        state = ui.stateCombo if self.has_state_list else ui.stateEdit
        self.feedback.add("state", state, ui.stateError)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._problems: dict[str, str] = {}
        self._revalidate()
        ui.companyName.setFocus()
        self.resize(self.width(), self.heightForWidth(self.width()))

    # -- the state: a list where the country has one, else a box

    def _set_up_state(self) -> None:
        ui, rules = self.ui, address_rules(self.customer.country)
        self.has_state_list = bool(rules.state_choices)
        ui.stateCombo.setVisible(self.has_state_list)
        ui.stateEdit.setVisible(not self.has_state_list)
        ui.stateLabel.setBuddy(ui.stateCombo if self.has_state_list else ui.stateEdit)
        if self.has_state_list:
            ui.stateCombo.addItem("", "")
            for code, name in rules.state_choices:
                ui.stateCombo.addItem(name, code)
            index = ui.stateCombo.findData(self.shown.state)
            if index < 0 and self.shown.state:  # a value the list does not know: kept
                ui.stateCombo.addItem(self.shown.state, self.shown.state)
                index = ui.stateCombo.count() - 1
            ui.stateCombo.setCurrentIndex(max(0, index))
            ui.stateCombo.currentIndexChanged.connect(self._revalidate)
            self._state_search = CodeFirstSearch(ui.stateCombo, self)
        else:
            ui.stateEdit.setText(self.shown.state)
            ui.stateEdit.textChanged.connect(self._revalidate)
        if not (rules.state_used or self.shown.state):  # the country's addresses have none
            ui.companyForm.setRowVisible(ui.stateRow, False)
            ui.companyForm.setRowVisible(ui.stateError, False)

    def _mark_required(self) -> None:
        ui, rules = self.ui, address_rules(self.customer.country)
        required = {
            ui.companyNameLabel: True,
            ui.addressLine1Label: True,
            ui.cityLabel: rules.city_required,
            ui.stateLabel: rules.state_required,
            ui.postalCodeLabel: rules.postal_required,
            ui.firstNameLabel: True,
            ui.lastNameLabel: True,
            ui.emailLabel: True,
            ui.phoneLabel: self.customer.country in PHONE_AND_REGISTRATION_REQUIRED,
        }
        for label, needed in required.items():
            RequiredLabel(label).set_required(needed)

    # -- checking

    def details(self) -> CustomerDetails:
        """What the user typed."""
        ui = self.ui
        state = (ui.stateCombo.currentData() or "") if self.has_state_list else ui.stateEdit.text()
        return CustomerDetails(
            **{name: edit.text() for name, edit in self.edits.items()}, state=str(state)
        )

    def _revalidate(self) -> None:
        found = self.services.customer_edits.problems(self.customer, self.details())
        self._problems = {
            name: message.render(QCoreApplication.translate) for name, message in found.items()
        }
        self.feedback.set_problems(self._problems)

    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def _focus_first_problem(self) -> None:
        for name in (*self.edits, "state"):
            if name in self._problems:
                widget = self.edits.get(name) or (
                    self.ui.stateCombo if self.has_state_list else self.ui.stateEdit
                )
                widget.setFocus()
                return

    # -- saving

    def accept(self) -> None:
        if self._saving:
            return
        self._revalidate()
        if self._problems:
            self.feedback.touch(*self._problems)
            self._focus_first_problem()
            return
        edits, customer_id, shown, details, request_id = (
            self.services.customer_edits,
            self.customer.id,
            self.shown,
            self.details(),
            self.request_id,
        )
        self._saving = True
        try:
            changed = self._save(
                lambda: edits.save(customer_id, shown, details, request_id=request_id)
            )
        except CustomerEditError as error:
            self._refused(error)
            return
        finally:
            self._saving = False
        if changed is None:
            return
        self.changed = changed
        super().accept()

    def _save(self, call: Callable[[], list[str]]) -> list[str] | None:
        """Run the save on the reading worker; None when it did not answer in time."""
        answered, changed = save_waiting(
            self,
            self.reader,
            call,
            timed_out=self.tr(
                "Microsoft or the database did not answer in time. Save again: the same "
                "details are simply sent again."
            ),
            object_name="editTimedOutBox",
        )
        return list(changed) if answered else None

    def _refused(self, error: CustomerEditError) -> None:
        translate = QCoreApplication.translate
        fields = {name: m.render(translate) for name, m in error.problems.items() if name}
        if fields:
            self._problems = fields
            self.feedback.set_problems(fields)
            self.feedback.touch(*fields)
            self._focus_first_problem()
        whole = error.problems.get("")
        if whole is not None or not fields:
            first = whole or next(iter(error.problems.values()))
            inform(
                self,
                self.windowTitle(),
                first.render(translate),
                icon=QMessageBox.Icon.Warning,
                object_name="editRefusedBox",
            )


def _camel(name: str) -> str:
    """``address_line1`` -> ``addressLine1`` (the form's widget names)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
