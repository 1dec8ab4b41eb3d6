"""GDAP on the simulator with an injected clock: the admin relationship asked with a role
template at creation, approved after a delay, expired when never approved, auto-extended; the
role templates and their checks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from reseller_desktop.domain.gdap import (
    ACTIVE,
    APPROVAL_PENDING,
    EXPIRED,
    PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
    SHIPPED_TEMPLATES,
    RoleTemplate,
    approval_url,
    display_name,
    duration_days,
    template_problem,
)
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices
from reseller_desktop.services.provisioning_clock import ProvisioningClock
from reseller_desktop.store.models import AuditEvent, Customer
from reseller_desktop.store.partner_models import SimulatedRelationship
from tests.conftest import FakeClock

HELPDESK = SHIPPED_TEMPLATES[0]


def with_template(request: NewCustomerRequest, template: RoleTemplate) -> NewCustomerRequest:
    return request.with_changes(
        admin_template=template.name,
        admin_roles="; ".join(template.roles),
        admin_duration=template.duration,
        admin_auto_extend=template.auto_extend,
    )


def poller(services: AppServices, clock: FakeClock) -> ProvisioningClock:
    assert services.agreements is not None
    return ProvisioningClock(
        services.partner_center,
        services.journal,
        Background(),
        clock=clock,
        follow_up=services.agreements.apply,
    )


def test_the_relationship_is_asked_at_creation_and_approved_later(
    qtbot, services: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    result = services.onboarding.create_customer(with_template(valid_request, HELPDESK))
    relationship = result.relationship
    assert relationship is not None and relationship.status == APPROVAL_PENDING
    assert relationship.approval_url == approval_url(relationship.id)
    asked = SimulatedRelationship.get(SimulatedRelationship.relationship_id == relationship.id)
    assert asked.roles.split("; ") == list(HELPDESK.roles)
    assert (asked.duration, asked.auto_extend) == ("P2Y", True)
    row = Customer.get_by_id(result.customer.id)
    assert (row.admin_relationship_status, row.admin_relationship_template) == (
        APPROVAL_PENDING,
        "Helpdesk",
    )

    ticker = poller(services, clock)
    clock.advance(minutes=2)  # approved 5 to 15 minutes after the request
    ticker.tick()
    assert Customer.get_by_id(row.id).admin_relationship_status == APPROVAL_PENDING
    clock.advance(minutes=20)
    with qtbot.waitSignal(ticker.customers_changed) as changed:
        ticker.tick()
    assert row.id in changed.args[0]
    assert Customer.get_by_id(row.id).admin_relationship_status == ACTIVE
    assert AuditEvent.select().where(AuditEvent.action == "admin_relationship_approved").count()

    # Two years on it extends by itself (auto-extend): still active.
    clock.advance(days=731)
    ticker.tick()
    assert Customer.get_by_id(row.id).admin_relationship_status == ACTIVE


def test_an_unapproved_request_expires_after_90_days(
    services: AppServices, clock: FakeClock, valid_request: NewCustomerRequest
) -> None:
    services.partner_center.agreements.approve_after = timedelta(days=365)  # type: ignore[attr-defined]
    full_admin = SHIPPED_TEMPLATES[2]
    result = services.onboarding.create_customer(with_template(valid_request, full_admin))
    ticker = poller(services, clock)
    clock.advance(days=91)
    ticker.tick()
    assert Customer.get_by_id(result.customer.id).admin_relationship_status == EXPIRED
    assert AuditEvent.select().where(AuditEvent.action == "admin_relationship_expired").count()


def test_no_template_no_relationship(
    services: AppServices, valid_request: NewCustomerRequest
) -> None:
    result = services.onboarding.create_customer(valid_request)
    assert result.relationship is None and SimulatedRelationship.select().count() == 0
    assert Customer.get_by_id(result.customer.id).gdap_default is True


def test_every_shipped_template_is_valid_and_asks_for_the_privileged_role() -> None:
    assert [t.name for t in SHIPPED_TEMPLATES] == ["Helpdesk", "Security", "Full admin"]
    for template in SHIPPED_TEMPLATES:
        assert template_problem(template) is None
        assert PRIVILEGED_AUTHENTICATION_ADMINISTRATOR in template.roles


@pytest.mark.parametrize(
    ("template", "says"),
    [
        (RoleTemplate("", ("User Administrator",)), "name"),
        (RoleTemplate("Mine", ()), "at least one role"),
        (RoleTemplate("Mine", ("Chief of Everything",)), "Unknown Entra role"),
        (RoleTemplate("Mine", ("User Administrator",), "P3Y"), "P2Y"),
        (RoleTemplate("Mine", ("User Administrator",), "PT0S"), "P1D"),
        (RoleTemplate("Mine", ("User Administrator",), "two years"), "P1Y"),
    ],
)
def test_template_checks_say_why(template: RoleTemplate, says: str) -> None:
    problem = template_problem(template)
    assert problem is not None and says in problem.render()


def test_durations_and_display_names() -> None:
    assert [duration_days(d) for d in ("P1D", "P90D", "P1Y", "P2Y", "P6M")] == [
        1,
        90,
        365,
        730,
        180,
    ]
    assert duration_days("P") is None and duration_days("1Y") is None
    name = display_name("Boulangerie Dupont et Fils Société Anonyme de Lyon", "Helpdesk")
    assert len(name) <= 50 and name.startswith("Helpdesk - Boulangerie")
