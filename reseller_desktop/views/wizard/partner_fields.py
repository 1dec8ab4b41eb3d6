"""The customer page's partner relationship: the reseller (indirect providers), the Default GDAP
relationship and an optional admin relationship asked with a role template."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reseller_desktop.domain.gdap import PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, RoleTemplate
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.partner_center.port import PartnerCenter, Reseller
from reseller_desktop.views.dialogs import Choice, ask
from reseller_desktop.views.forms.ui_wizard_customer import Ui_CustomerPage
from reseller_desktop.views.gdap_templates import is_indirect_provider, saved_templates
from reseller_desktop.views.wizard.look import MUTED_COLOUR, RequiredLabel

PAA = PRIVILEGED_AUTHENTICATION_ADMINISTRATOR


class PartnerFields(QObject):
    changed = Signal()

    def __init__(
        self,
        ui: Ui_CustomerPage,
        port: PartnerCenter,
        background: Background,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._page = parent
        self.indirect = is_indirect_provider()
        self.templates: list[RoleTemplate] = saved_templates()
        self.resellers: list[Reseller] = []
        self._load_problem = ""
        self._wanted_reseller = ""
        ui.partnerForm.setRowVisible(ui.resellerLabel, self.indirect)
        ui.partnerForm.setRowVisible(ui.resellerError, self.indirect)
        RequiredLabel(ui.resellerLabel).set_required(True)
        ui.gdapExplanation.setStyleSheet(f"color: {MUTED_COLOUR};")
        ui.adminRoles.setStyleSheet(f"color: {MUTED_COLOUR};")
        for template in self.templates:
            ui.adminTemplate.addItem(template.name)
        ui.reseller.currentIndexChanged.connect(self._reseller_changed)
        ui.gdapDefault.toggled.connect(self.changed)
        ui.adminRelationship.toggled.connect(self._admin_toggled)
        ui.adminTemplate.currentIndexChanged.connect(self._template_changed)
        ui.includePrivilegedAuth.toggled.connect(self._paa_toggled)
        self._admin_toggled(False)
        if self.indirect:
            ui.reseller.setEnabled(False)
            ui.reseller.addItem(self.tr("Loading resellers…"))
            background.run(port.resellers, self._loaded, self._not_loaded)

    # -- resellers

    def _loaded(self, resellers: list[Reseller]) -> None:
        combo = self.ui.reseller
        self.resellers = list(resellers)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose a reseller"), "")
        for reseller in self.resellers:
            combo.addItem(reseller.name, reseller.id)
        combo.blockSignals(False)
        combo.setEnabled(bool(self.resellers))
        self._load_problem = "" if self.resellers else self.tr("Partner Center lists no reseller.")
        if self._wanted_reseller:
            self._select_reseller(self._wanted_reseller)
        self.changed.emit()

    def _not_loaded(self, error: Exception) -> None:
        self.ui.reseller.clear()
        self._load_problem = self.tr("The resellers could not be loaded: {reason}").format(
            reason=str(error) or type(error).__name__
        )
        self.changed.emit()

    def _select_reseller(self, reseller_id: str) -> None:
        index = self.ui.reseller.findData(reseller_id)
        if index >= 0:
            self.ui.reseller.setCurrentIndex(index)

    def _reseller_changed(self) -> None:
        self.changed.emit()

    def problems(self) -> dict[str, str]:
        if not self.indirect:
            return {}
        if self._load_problem:
            return {"reseller_id": self._load_problem}
        if not self.ui.reseller.currentData():
            return {
                "reseller_id": self.tr(
                    "Choose the reseller this customer belongs to (you create it on their behalf)."
                )
            }
        return {}

    # -- GDAP

    def template(self) -> RoleTemplate | None:
        index = self.ui.adminTemplate.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def roles(self) -> tuple[str, ...]:
        template = self.template()
        if template is None:
            return ()
        roles = [role for role in template.roles if role != PAA]
        if self.ui.includePrivilegedAuth.isChecked():
            roles.append(PAA)
        return tuple(roles)

    def _admin_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.adminTemplateLabel, ui.adminTemplate, ui.adminRoles):
            widget.setEnabled(on)
        ui.includePrivilegedAuth.setEnabled(on)
        self._template_changed()

    def _template_changed(self) -> None:
        template = self.template()
        text = ""
        if template is not None:
            text = self.tr("{roles}. Duration {duration}{extend}.").format(
                roles=", ".join(self.roles()),
                duration=template.duration,
                extend=self.tr(", extended automatically") if template.auto_extend else "",
            )
        self.ui.adminRoles.setText(text)
        self.changed.emit()

    def _paa_toggled(self, on: bool) -> None:
        if not on and self.ui.adminRelationship.isChecked():
            answer = ask(
                self._page,
                self.tr("Leave out Privileged Authentication Administrator?"),
                self.tr(
                    "Without Privileged Authentication Administrator you cannot reset the "
                    "password of a customer's admin who is locked out, and adding the role "
                    "later needs a new approval by the customer."
                ),
                [
                    Choice("keep", self.tr("Keep the role")),
                    Choice("leave", self.tr("Leave it out")),
                ],
                default="keep",
                escape="keep",
                object_name="leavePaaBox",
            )
            if answer == "keep":
                self.ui.includePrivilegedAuth.setChecked(True)
                return
        self._template_changed()

    # -- values

    def values(self) -> dict[str, object]:
        ui = self.ui
        template = self.template() if ui.adminRelationship.isChecked() else None
        reseller_id = str(ui.reseller.currentData() or "") if self.indirect else ""
        return {
            "gdap_default": ui.gdapDefault.isChecked(),
            "admin_template": template.name if template else "",
            "admin_roles": "; ".join(self.roles()) if template else "",
            "admin_duration": template.duration if template else "",
            "admin_auto_extend": template.auto_extend if template else False,
            "reseller_id": reseller_id,
            "reseller_name": ui.reseller.currentText() if reseller_id else "",
        }

    def set_values(self, request: NewCustomerRequest) -> None:
        ui = self.ui
        ui.gdapDefault.setChecked(request.gdap_default)
        names = [t.name for t in self.templates]
        ui.adminRelationship.setChecked(bool(request.admin_template))
        if request.admin_template in names:
            ui.adminTemplate.setCurrentIndex(names.index(request.admin_template))
        ui.includePrivilegedAuth.blockSignals(True)
        ui.includePrivilegedAuth.setChecked(
            not request.admin_template or PAA in request.admin_role_list
        )
        ui.includePrivilegedAuth.blockSignals(False)
        self._wanted_reseller = request.reseller_id
        self._select_reseller(request.reseller_id)
        self._template_changed()
