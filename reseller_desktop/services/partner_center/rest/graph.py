"""GDAP admin relationships through Microsoft Graph (reference, section 6).

- ``POST /tenantRelationships/delegatedAdminRelationships`` with ``displayName`` (at most 50
  characters, unique among the partner's relationships), ``duration`` (sent in days: P2Y is
  ``P730D``), ``customer.tenantId``, ``accessDetails.unifiedRoles[].roleDefinitionId`` (the Entra
  built-in role template ids of ``domain/gdap.py``) and ``autoExtendDuration`` (``P180D`` or
  ``PT0S``); then ``POST …/{id}/requests`` ``{"action": "lockForApproval"}``. The customer's admin
  approves it at ``approval_url(id)``; an unapproved request expires after 90 days.
- Another host (``DEFAULT_GRAPH_URL``) and another token (Graph's scope, through the same
  sign-in: ``signin.GRAPH_SCOPE``); the same client discipline as Partner Center's
  (``client.py``: timeouts, retries honouring ``Retry-After``, one token refresh after a 401),
  with Graph's headers (``client-request-id`` per call) and Graph's error body
  ``{"error": {"code", "message"}}``.
- Graph has no ``MS-RequestId`` replay. The display name stands in for it: a retry whose first
  attempt did create the relationship (a lost reply), or a request after a crash between the two
  calls, finds the relationship by its display name and goes on from where it is (locking it
  when it is still only created) instead of creating a second one.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import quote

from reseller_desktop.domain.gdap import (
    ACTIVE,
    APPROVAL_PENDING,
    AUTO_EXTEND,
    DISPLAY_NAME_MAX,
    ENTRA_ROLES,
    EXPIRED,
    NO_AUTO_EXTEND,
    REQUEST_LIFETIME,
    approval_url,
    duration_days,
)
from reseller_desktop.services.partner_center.errors import (
    PartnerCenterError,
    ServiceBusyError,
    ServiceUnavailableError,
    SignInAgainError,
)
from reseller_desktop.services.partner_center.port import AdminRelationship, RelationshipRequest
from reseller_desktop.services.partner_center.rest.client import PartnerCenterHttp
from reseller_desktop.services.partner_center.rest.codes import error_from_answer
from reseller_desktop.services.partner_center.rest.tokens import SignInRequiredError

DEFAULT_GRAPH_URL = "https://graph.microsoft.com/v1.0"
RELATIONSHIPS = "/tenantRelationships/delegatedAdminRelationships"
NO_GRAPH_TOKEN = "GraphTokenMissing"
GRAPH_SIGN_IN = "GraphSignInRequired"

# Graph's relationship statuses -> the app's (domain/gdap.py).
_STATUSES = {
    "created": APPROVAL_PENDING,  # not locked yet: ``request_relationship`` locks it
    "approvalpending": APPROVAL_PENDING,
    "approved": APPROVAL_PENDING,
    "activating": APPROVAL_PENDING,
    "active": ACTIVE,
    "terminationrequested": ACTIVE,
    "terminating": ACTIVE,
    "expired": EXPIRED,
    "terminated": EXPIRED,
}


class GraphHttp(PartnerCenterHttp):
    """``PartnerCenterHttp`` speaking Microsoft Graph: its headers, its error bodies, and a
    missing Graph token said as such (not as "sign in to Partner Center again")."""

    service = "Microsoft Graph"

    def headers(self, request_id: str, correlation_id: str, token: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "client-request-id": correlation_id,  # Graph's per-call correlation header
            "return-client-request-id": "true",
        }

    def error_from(
        self, status: int, content: bytes, correlation_id: str, *, what: str
    ) -> PartnerCenterError:
        try:
            body = json.loads(content or b"{}")
        except ValueError:
            body = {}
        inner = body.get("error") if isinstance(body, dict) else None
        if isinstance(inner, dict):  # {"error": {"code", "message"}} -> {code, description}
            content = json.dumps(
                {"code": inner.get("code") or "", "description": inner.get("message") or ""}
            ).encode()
        return error_from_answer(status, content, correlation_id, what=what)

    def _token(self, *, force_refresh: bool = False) -> str:
        try:
            return self.tokens.token(force_refresh=force_refresh)
        except SignInRequiredError as exc:
            raise PartnerCenterError(GRAPH_SIGN_IN, str(exc)) from exc


def no_graph_token() -> PartnerCenterError:
    """The environment-variable token path gives Partner Center's token only."""
    return PartnerCenterError(
        NO_GRAPH_TOKEN,
        "GDAP admin relationships are requested through Microsoft Graph, which needs a Graph "
        "token: the access token given in PARTNER_CENTER_ACCESS_TOKEN is Partner Center's only. "
        "Give a Graph token in PARTNER_CENTER_GRAPH_ACCESS_TOKEN, or sign in under Preferences › "
        "Partner Center instead (the same sign-in serves Graph), or request the relationship in "
        "Partner Center.",
    )


def relationship_body(tenant_id: str, request: RelationshipRequest) -> dict[str, Any]:
    """``POST /tenantRelationships/delegatedAdminRelationships``'s body."""
    unknown = [role for role in request.roles if role not in ENTRA_ROLES]
    if unknown or not request.roles:
        raise PartnerCenterError(
            "UnknownRole", f"Not an Entra built-in role: {unknown[0] if unknown else '(none)'}."
        )
    days = duration_days(request.duration)
    if days is None or not 1 <= days <= 730:
        raise PartnerCenterError("InvalidDuration", "The duration must be from P1D to P2Y.")
    return {
        "displayName": request.display_name[:DISPLAY_NAME_MAX],
        "duration": f"P{days}D",
        "customer": {"tenantId": tenant_id},
        "accessDetails": {
            "unifiedRoles": [{"roleDefinitionId": ENTRA_ROLES[role]} for role in request.roles]
        },
        "autoExtendDuration": AUTO_EXTEND if request.auto_extend else NO_AUTO_EXTEND,
    }


def _status(body: dict[str, Any]) -> str:
    return _STATUSES.get(str(body.get("status") or "").lower(), APPROVAL_PENDING)


class GraphRelationships:
    """Requests GDAP admin relationships and reads their status (blocking)."""

    def __init__(self, http: GraphHttp) -> None:
        self.http = http

    def close(self) -> None:
        self.http.close()

    def request_relationship(
        self, tenant_id: str, request: RelationshipRequest, now: datetime
    ) -> AdminRelationship:
        """Create the relationship and lock it for the customer's approval (or go on with the
        one this display name already names, for this customer)."""
        body = relationship_body(tenant_id, request)
        try:
            answer = self.http.call("POST", RELATIONSHIPS, json=body, what="The relationship")
            created = _object(answer.content)
        except (ServiceBusyError, ServiceUnavailableError, SignInAgainError):
            raise  # nothing was created: the caller tries again later
        except PartnerCenterError as error:
            if error.code == GRAPH_SIGN_IN:
                raise
            # A lost reply (OutcomeUnknownError), or a refusal such as "that display name
            # exists": maybe ours, from an earlier try.
            found = self.find(body["displayName"], tenant_id)
            if found is None:
                raise
            created = found
        relationship_id = str(created.get("id") or "")
        if not relationship_id:
            raise PartnerCenterError("NoRelationshipId", "Microsoft Graph sent no relationship id.")
        if str(created.get("status") or "created").lower() == "created":
            self.http.call(
                "POST",
                f"{RELATIONSHIPS}/{quote(relationship_id)}/requests",
                json={"action": "lockForApproval"},
                what="The relationship",
            )
            status = APPROVAL_PENDING
        else:
            status = _status(created)
        expires = (
            now + REQUEST_LIFETIME
            if status == APPROVAL_PENDING
            else _when(created.get("endDateTime"))
        )
        return AdminRelationship(relationship_id, status, approval_url(relationship_id), expires)

    def find(self, display_name: str, tenant_id: str) -> dict[str, Any] | None:
        """The partner's relationship named ``display_name`` with this customer, if any (one
        that expired or was terminated does not count)."""
        literal = display_name.replace("'", "''")  # OData string literal
        answer = self.http.call(
            "GET",
            f"{RELATIONSHIPS}?$filter=" + quote(f"displayName eq '{literal}'", safe=""),
            what="The relationships",
        )
        for item in _object(answer.content).get("value") or []:
            if not isinstance(item, dict):
                continue
            customer = item.get("customer") or {}
            same_customer = str(customer.get("tenantId") or "").lower() == tenant_id.lower()
            if same_customer and _status(item) != EXPIRED:
                return item
        return None

    def status(self, relationship_id: str) -> str:
        """The relationship's status now (``domain/gdap.py``)."""
        answer = self.http.call(
            "GET", f"{RELATIONSHIPS}/{quote(relationship_id)}", what="The relationship"
        )
        return _status(_object(answer.content))


def _object(content: bytes) -> dict[str, Any]:
    try:
        body = json.loads(content or b"{}")
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise PartnerCenterError("BadAnswer", "Microsoft Graph answered something unreadable.")
    return body


def _when(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def tenant_of(customer_id: uuid.UUID, known: dict[uuid.UUID, uuid.UUID]) -> str:
    """The customer's tenant id: Partner Center's customer id is the tenant id, unless the
    create answer said otherwise (``companyProfile.tenantId``)."""
    return str(known.get(customer_id, customer_id))
