"""An indirect provider creates a customer for one of its resellers (required choice, sent as
associatedPartnerId, shown in the list with a filter and in the CSV export); the Default GDAP
relationship; an admin relationship asked with a role template, Privileged Authentication
Administrator left out only knowingly, approved by the customer later."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from reseller_desktop.domain.gdap import PRIVILEGED_AUTHENTICATION_ADMINISTRATOR as PAA
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.context import AppServices
from reseller_desktop.store.models import AuditEvent, Customer
from reseller_desktop.views import export
from reseller_desktop.views.customer_model import RESELLER
from reseller_desktop.views.main_window import MainWindow
from reseller_desktop.views.wizard.page_ids import PageId
from tests.conftest import FakeClock
from tests.views.wizard.conftest import PREMIUM, Button, User, open_wizard


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def indirect() -> None:
    QSettings().setValue("partner/type", "indirect")


def to_review(user: User, request: NewCustomerRequest) -> None:
    user.click_button(Button.NextButton)
    user.fill_offer(PREMIUM, request.seats)
    user.click_button(Button.NextButton)
    assert user.wizard.currentId() == PageId.REVIEW


def test_an_indirect_provider_chooses_the_reseller(
    qtbot, indirect, window: MainWindow, services: AppServices, answer_box, monkeypatch,
    tmp_path: Path, valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    ui = user.ui
    assert ui.reseller.isVisible() and "*" in ui.resellerLabel.text()
    qtbot.waitUntil(lambda: ui.reseller.count() == 4)  # "Choose a reseller" and three
    user.fill_customer(valid_request)
    assert not wizard.button(Button.NextButton).isEnabled()
    assert ui.summaryLabel.text() == "Still to complete or correct: Reseller."
    user.choose(ui.reseller, "Bureautique du Rhône")
    assert wizard.button(Button.NextButton).isEnabled()
    to_review(user, valid_request)
    assert wizard.review_page.values["Reseller"] == "Bureautique du Rhône"
    with qtbot.waitSignal(wizard.customer_created):
        user.click_button(Button.CommitButton)
    page = wizard.confirmation_page.ui
    assert page.resellerValue.isVisible() and page.resellerValue.text() == "Bureautique du Rhône"
    row = Customer.get()
    assert row.reseller_id == "2b9d7e14-3c6a-4f8e-8d21-5a7c9b0e1f02"
    assert row.reseller_name == "Bureautique du Rhône"
    answer_box("I have copied the information")
    with qtbot.waitSignal(wizard.finished):
        user.click_button(Button.FinishButton)

    # The list: a Reseller column and filter.
    assert not window.table.isColumnHidden(RESELLER)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, RESELLER).data() == "Bureautique du Rhône"
    combo = window.reseller_combo
    assert combo.isVisible() and combo.findText("Bureautique du Rhône") < 0  # read at start
    combo.showPopup()  # dropping the list down reads the book's resellers again
    assert combo.findText("Bureautique du Rhône") > 0
    combo.hidePopup()
    combo.setCurrentIndex(combo.findText("Bureautique du Rhône"))
    qtbot.waitUntil(lambda: window.model.query.reseller == "Bureautique du Rhône")
    assert window.model.rowCount() == 1

    # The CSV export carries it.
    path = tmp_path / "customers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(window.ui.exportButton, Qt.MouseButton.LeftButton)
    job = window.export_job
    assert job is not None
    with qtbot.waitSignal(job.finished):
        pass
    text = io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")
    header, row_cells = list(csv.reader(text, delimiter=export.separator()))
    cells = dict(zip(header, row_cells, strict=True))
    assert cells["Reseller"] == "Bureautique du Rhône"
    assert cells["Customer agreement"] == "Accepted"
    assert cells["Default GDAP"] == "Yes"


def test_a_direct_bill_partner_sees_no_reseller(window: MainWindow, wizard, user: User) -> None:
    assert not user.ui.reseller.isVisible()
    assert window.table.isColumnHidden(RESELLER) and not window.reseller_combo.isVisible()


def test_gdap_default_and_an_admin_relationship_with_a_template(
    qtbot, window: MainWindow, services: AppServices, clock: FakeClock, answer_box,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    ui = user.ui
    assert ui.gdapDefault.isChecked()  # on by default, explained
    assert "delegated admin" in ui.gdapExplanation.text()
    assert not ui.adminTemplate.isEnabled()
    user.fill_customer(valid_request)
    user.click(ui.adminRelationship)
    assert ui.adminTemplate.isEnabled() and ui.adminTemplate.currentText() == "Helpdesk"
    assert PAA in ui.adminRoles.text() and "P2Y" in ui.adminRoles.text()

    # Leaving out Privileged Authentication Administrator takes a second, knowing "yes".
    seen = answer_box("Keep the role")
    user.click(ui.includePrivilegedAuth)
    qtbot.waitUntil(lambda: bool(seen))
    assert "locked out" in seen[0] or "Privileged" in seen[0]
    assert ui.includePrivilegedAuth.isChecked()
    answer_box("Leave it out")
    user.click(ui.includePrivilegedAuth)
    qtbot.waitUntil(lambda: not ui.includePrivilegedAuth.isChecked())
    assert PAA not in ui.adminRoles.text()
    user.click(ui.includePrivilegedAuth)  # and back in: no question
    assert ui.includePrivilegedAuth.isChecked() and PAA in ui.adminRoles.text()

    to_review(user, valid_request)
    gdap = wizard.review_page.values["GDAP"]
    assert "Default relationship requested" in gdap and "Helpdesk" in gdap
    with qtbot.waitSignal(wizard.customer_created):
        user.click_button(Button.CommitButton)
    page = wizard.confirmation_page.ui
    assert "Admin relationship \u201cHelpdesk\u201d: Approval pending" in page.gdapValue.text()
    link = page.approvalLinkValue.toolTip()
    assert link.startswith(
        "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/"
        "granularAdminRelationships/"
    )
    user.click(page.copyApprovalButton)
    assert QApplication.clipboard().text() == link
    row = Customer.get()
    assert row.gdap_default is True
    assert row.admin_relationship_template == "Helpdesk"
    assert PAA in row.admin_relationship_roles.split("; ")
    assert row.admin_relationship_status == "approval_pending"
    assert link.endswith(row.admin_relationship_id)
    assert AuditEvent.get(action="admin_relationship_requested")

    # The customer's admin approves (the simulator: after about ten minutes).
    clock.advance(minutes=20)
    window.provisioning.tick()
    assert Customer.get().admin_relationship_status == "active"
    assert AuditEvent.get(action="admin_relationship_approved").actor == "Microsoft (simulated)"


def test_the_default_gdap_relationship_can_be_declined(
    qtbot, window: MainWindow, answer_box, valid_request: NewCustomerRequest
) -> None:
    wizard = open_wizard(qtbot, window)
    user = User(qtbot, wizard)
    user.fill_customer(valid_request)
    user.click(user.ui.gdapDefault)
    to_review(user, valid_request)
    with qtbot.waitSignal(wizard.customer_created):
        user.click_button(Button.CommitButton)
    assert Customer.get().gdap_default is False
    assert wizard.confirmation_page.ui.gdapValue.text() == "No default relationship"
