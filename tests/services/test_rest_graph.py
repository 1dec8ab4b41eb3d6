"""GDAP admin relationships through Microsoft Graph, against the fake server's Graph routes: the
documented body and the lock for approval, its own base URL and token, the client's retry
discipline, a lost reply that creates nothing twice, Graph's errors, and the Graph scope served
by the same MSAL sign-in."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reseller_desktop.domain.gdap import ACTIVE, APPROVAL_PENDING, ENTRA_ROLES, approval_url
from reseller_desktop.domain.request import NewCustomerRequest
from reseller_desktop.services.background import Background
from reseller_desktop.services.context import AppServices, wire_services
from reseller_desktop.services.partner_center.errors import PartnerCenterError
from reseller_desktop.services.partner_center.port import RelationshipRequest
from reseller_desktop.services.partner_center.rest.connector import RestPartnerCenter
from reseller_desktop.services.partner_center.rest.tokens import (
    GRAPH_SCOPE,
    SignInRequiredError,
    StaticToken,
)
from reseller_desktop.services.partner_center.signin import GRAPH_HINT, MsalTokens
from reseller_desktop.services.provisioning_clock import ProvisioningClock
from reseller_desktop.store.models import Customer
from tests.conftest import FakeClock
from tests.fake_partner_center import GRAPH_TOKEN, RELATIONSHIPS, TOKEN, FakePartnerCenter
from tests.msal_stub import ACCESS_TOKEN, CLIENT, TENANT, FakeMicrosoft

HELPDESK = RelationshipRequest(
    "Helpdesk - Boulangerie Dupont SARL",
    ("User Administrator", "Helpdesk Administrator", "Privileged Authentication Administrator"),
    "P2Y",
    True,
)


@pytest.fixture
def database_url() -> None:
    return None


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakePartnerCenter]:
    with FakePartnerCenter(clock=clock) as server:
        yield server


@pytest.fixture
def rest(fake: FakePartnerCenter, clock: FakeClock) -> Iterator[RestPartnerCenter]:
    port = RestPartnerCenter(
        fake.url,
        StaticToken(TOKEN),
        clock=clock,
        sleep=lambda _s: None,
        jitter=lambda: 0.5,
        graph_url=fake.graph_url,
        graph_tokens=StaticToken(GRAPH_TOKEN),
    )
    yield port
    port.close()


@pytest.fixture
def app(services: AppServices, rest: RestPartnerCenter, clock: FakeClock) -> AppServices:
    return wire_services(services.catalog, rest, services.data_dir, clock=clock)


def created(app: AppServices, request: NewCustomerRequest) -> uuid.UUID:
    return app.onboarding.create_customer(request).customer.id


def test_the_relationship_is_created_as_documented_then_locked_for_approval(
    app: AppServices, rest: RestPartnerCenter, fake: FakePartnerCenter, clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    customer_id = created(app, valid_request)
    relationship = rest.request_admin_relationship(customer_id, HELPDESK, "request-1")

    [post] = fake.seen("POST", RELATIONSHIPS)[:1]
    assert post.body == {
        "displayName": "Helpdesk - Boulangerie Dupont SARL",
        "duration": "P730D",
        "customer": {"tenantId": str(customer_id)},
        "accessDetails": {
            "unifiedRoles": [
                {"roleDefinitionId": "fe930be7-5e62-47db-91af-98c3a49a38b1"},
                {"roleDefinitionId": "729827e3-9c14-49f7-bb1b-9608f156bbb8"},
                {"roleDefinitionId": "7be44c8a-adaf-4e2a-84d6-ab2649e08a13"},
            ]
        },
        "autoExtendDuration": "P180D",
    }
    # Graph's own token and headers; none of Partner Center's.
    assert post.headers["authorization"] == f"Bearer {GRAPH_TOKEN}"
    assert "ms-contract-version" not in post.headers and "ms-requestid" not in post.headers
    uuid.UUID(post.headers["client-request-id"])
    [lock] = fake.seen("POST", f"{RELATIONSHIPS}/{relationship.id}/requests")
    assert lock.body == {"action": "lockForApproval"}
    assert fake.relationships[relationship.id]["status"] == "approvalPending"
    assert relationship.status == APPROVAL_PENDING
    assert relationship.approval_url == (
        "https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/"
        f"granularAdminRelationships/{relationship.id}"
    )
    assert relationship.approval_url == approval_url(relationship.id)
    assert relationship.expires_at is not None
    assert (relationship.expires_at - clock()).days == 90
    fake.approve(relationship.id)
    assert rest.graph is not None and rest.graph.status(relationship.id) == ACTIVE


def test_the_onboarding_records_the_relationship_requested_with_the_customer(
    app: AppServices, fake: FakePartnerCenter, valid_request: NewCustomerRequest
) -> None:
    request = valid_request.with_changes(
        admin_template="Full admin",
        admin_roles="Global Administrator; Privileged Authentication Administrator",
        admin_duration="P1Y",
        admin_auto_extend=False,
    )
    result = app.onboarding.create_customer(request)
    assert result.relationship is not None
    stored = Customer.get_by_id(result.customer.id)
    assert stored.admin_relationship_id == result.relationship.id
    assert stored.admin_relationship_status == APPROVAL_PENDING
    body = fake.relationships[result.relationship.id]
    assert body["duration"] == "P365D" and body["autoExtendDuration"] == "PT0S"
    assert [r["roleDefinitionId"] for r in body["accessDetails"]["unifiedRoles"]] == [
        ENTRA_ROLES["Global Administrator"],
        ENTRA_ROLES["Privileged Authentication Administrator"],
    ]


def test_the_poll_finds_the_customers_approval(
    qtbot, app: AppServices, fake: FakePartnerCenter, clock: FakeClock,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    request = valid_request.with_changes(
        admin_template="Helpdesk",
        admin_roles="User Administrator; Privileged Authentication Administrator",
        admin_duration="P2Y",
        admin_auto_extend=True,
    )
    result = app.onboarding.create_customer(request)
    assert result.relationship is not None
    assert app.agreements is not None
    poller = ProvisioningClock(
        app.partner_center, app.journal, Background(), clock=clock,
        follow_up=app.agreements.apply,
    )  # fmt: skip
    clock.advance(minutes=1)
    poller.tick()
    assert Customer.get_by_id(result.customer.id).admin_relationship_status == APPROVAL_PENDING
    fake.approve(result.relationship.id)
    clock.advance(minutes=2)
    poller.tick()
    assert Customer.get_by_id(result.customer.id).admin_relationship_status == ACTIVE


def test_throttling_is_waited_out_and_a_lost_reply_creates_nothing_twice(
    app: AppServices, rest: RestPartnerCenter, fake: FakePartnerCenter,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    customer_id = created(app, valid_request)
    fake.fault("POST", RELATIONSHIPS, "busy", retry_after="2")
    fake.fault("POST", RELATIONSHIPS, "lose")  # created, then the reply is lost
    relationship = rest.request_admin_relationship(customer_id, HELPDESK, "request-1")
    assert len(fake.relationships) == 1  # the retry found the first by its display name
    assert relationship.id in fake.relationships
    assert fake.relationships[relationship.id]["status"] == "approvalPending"
    # Asked again later (after a crash between the two calls, say): the same relationship.
    again = rest.request_admin_relationship(customer_id, HELPDESK, "request-1")
    assert again.id == relationship.id and len(fake.relationships) == 1


def test_a_lock_that_failed_is_completed_by_the_next_request(
    app: AppServices, rest: RestPartnerCenter, fake: FakePartnerCenter,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    customer_id = created(app, valid_request)
    fake.fault("POST", f"{RELATIONSHIPS}/", "error", status=403, code="Forbidden",
               description="Insufficient privileges.")  # fmt: skip
    with pytest.raises(PartnerCenterError) as refused:
        rest.request_admin_relationship(customer_id, HELPDESK, "request-1")
    assert (refused.value.code, refused.value.description) == (
        "Forbidden",
        "Insufficient privileges.",
    )
    [only] = fake.relationships.values()
    assert only["status"] == "created"
    relationship = rest.request_admin_relationship(customer_id, HELPDESK, "request-1")
    assert relationship.id == only["id"] and only["status"] == "approvalPending"


def test_graph_refusals_are_the_ports_errors_and_a_refused_token_is_refreshed_once(
    app: AppServices, rest: RestPartnerCenter, fake: FakePartnerCenter,
    valid_request: NewCustomerRequest,
) -> None:  # fmt: skip
    customer_id = created(app, valid_request)
    with pytest.raises(PartnerCenterError) as unknown_role:
        rest.request_admin_relationship(
            customer_id, RelationshipRequest("x", ("Chief Baker",), "P1Y", True), "r"
        )
    assert unknown_role.value.code == "UnknownRole"
    with pytest.raises(PartnerCenterError) as unknown_tenant:
        rest.request_admin_relationship(uuid.uuid4(), HELPDESK, "r")
    assert unknown_tenant.value.description == "Unknown customer tenant."
    # A static token cannot be refreshed: the 401 says to sign in again, as for Partner Center.
    fake.fault("POST", RELATIONSHIPS, "unauthorized")
    with pytest.raises(PartnerCenterError) as unauthorized:
        rest.request_admin_relationship(customer_id, HELPDESK, "r")
    assert unauthorized.value.code == "GraphSignInRequired"
    assert fake.relationships == {}


def test_no_token_reaches_the_log(
    app: AppServices, rest: RestPartnerCenter, valid_request: NewCustomerRequest,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.INFO)
    rest.request_admin_relationship(created(app, valid_request), HELPDESK, "r")
    assert "Microsoft Graph POST /tenantRelationships/delegatedAdminRelationships" in caplog.text
    assert GRAPH_TOKEN not in caplog.text and TOKEN not in caplog.text


class GraphlessMicrosoft(FakeMicrosoft):
    """The partner's Entra app was not granted Graph's GDAP permission."""

    def acquire_token_silent(self, scopes: list[str], *args: Any, **kwargs: Any) -> Any:
        if scopes == [GRAPH_SCOPE]:
            self.calls.append("silent graph")
            return {"error": "invalid_grant", "error_description": "AADSTS65001: no consent"}
        return super().acquire_token_silent(scopes, *args, **kwargs)


@pytest.mark.parametrize("microsoft", [FakeMicrosoft, GraphlessMicrosoft])
def test_the_msal_sign_in_serves_graphs_scope_too(
    tmp_path: Path, microsoft: type[FakeMicrosoft]
) -> None:
    stub = microsoft()
    tokens = MsalTokens(TENANT, CLIENT, None, application=stub)  # type: ignore[arg-type]
    tokens.sign_in(lambda _code: None, browser=False)
    connector = RestPartnerCenter("https://pc.invalid", tokens)
    try:
        assert connector.graph is not None  # Graph through the same sign-in
        graph_tokens = connector.graph.http.tokens
        if microsoft is FakeMicrosoft:
            assert graph_tokens.token() == ACCESS_TOKEN
        else:
            with pytest.raises(SignInRequiredError) as missing:
                graph_tokens.token()
            assert str(missing.value) == GRAPH_HINT
            assert "DelegatedAdminRelationship.ReadWrite.All" in GRAPH_HINT
            assert tokens.token() == ACCESS_TOKEN  # Partner Center's own still works
    finally:
        connector.close()
