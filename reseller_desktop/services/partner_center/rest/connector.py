"""``RestPartnerCenter``: the port over Partner Center's REST API (reference, section 7).

- Request ids: the port's ``request_id`` is the operation's ``MS-RequestId``. An order is two
  calls: the cart is created with the order's request id and checked out with an id derived from
  it (``derived_request_id(request_id, "checkout")``), so a retry of the whole order replays both.
  Questions and operations the port gives no id (users, reset) get a new id per operation.
- The temporary admin password comes from Microsoft's answer (``userCredentials.password``),
  never from the app. A replay answers the first result; if it carries no password, the port's
  ``CreatedCustomer`` has none and the app offers a reset.
- ``catalogItemId`` is ``<productId>:<sku>:<availabilityId>``. The catalog keeps product ids only
  (SKU ``0001``); availability ids are reissued by Microsoft, so each order asks for the current
  one (``GET /v1/products/{id}/skus/{sku}/availabilities?country=..&targetSegment=commercial``,
  the first purchasable item's ``catalogItemId``, kept for an hour per offer and country) unless
  ``availabilities`` pins it (offer id -> availability id, e.g. from the partner's price list).
  No purchasable availability in the customer's country is code 800070 on the offer.
- ``retry_provisioning`` answers False: Partner Center has no "provision again" call; a failed
  order is bought again (a new order) or taken to Microsoft support.
- Country rules come from ``GET /v1/countryvalidationrules/{iso2}`` over the shipped rules (kept
  for this run), and are the shipped rules when Partner Center cannot answer.
- The customer agreement (since 2026-01-05 the customer accepts it): accepted when
  ``GET /v1/customers/{id}/agreements?agreementType=MicrosoftCustomerAgreement`` lists one; an
  acceptance link from ``POST /v1/customers/{id}/agreements/acceptancelinks`` (the reference
  does not document this call's shape: ``{link, expiresAt}`` is this connector's assumption).
- Resellers of an indirect provider: ``GET /v1/relationships?relationship_type=
  IsIndirectCloudSolutionProviderOf``; the chosen one is sent as ``associatedPartnerId``.
- GDAP admin relationships live in Microsoft Graph (another host, ``graph_url``, and another
  token: ``graph_tokens``, else Graph's scope through the same sign-in when ``tokens`` can serve
  it): ``graph.py``. With a token from the environment (Partner Center's only) the request is
  refused with ``GraphTokenMissing``, saying why (the customer is created all the same, with the
  default relationship that ``enableGDAPByDefault`` asks for).
- Nothing here holds a database transaction across an HTTP call (``polling.py``).
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
from peewee import Database, DatabaseProxy, PeeweeException

from reseller_desktop.domain.agreement import ACCEPTED, LINK_SENT, REQUIRED
from reseller_desktop.domain.clock import Clock, utcnow
from reseller_desktop.domain.countries import AddressRules, address_rules
from reseller_desktop.domain.credentials import AdminCredentials, temporary_password
from reseller_desktop.domain.request import DOMAIN_SUFFIX, NewCustomerRequest
from reseller_desktop.services.partner_center.errors import (
    OFFER_NOT_IN_COUNTRY,
    DomainTakenError,
    NotFoundError,
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceUnavailableError,
)
from reseller_desktop.services.partner_center.port import (
    AddressCheck,
    AddressQuery,
    AdminRelationship,
    AgreementState,
    Changes,
    CreatedCustomer,
    CustomerProfile,
    OrderLine,
    PlacedOrder,
    RelationshipRequest,
    Reseller,
)
from reseller_desktop.services.partner_center.rest.client import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    PartnerCenterHttp,
)
from reseller_desktop.services.partner_center.rest.graph import (
    DEFAULT_GRAPH_URL,
    GraphHttp,
    GraphRelationships,
    no_graph_token,
    tenant_of,
)
from reseller_desktop.services.partner_center.rest.polling import BATCH, FIRST_LOOK, RestPoller
from reseller_desktop.services.partner_center.rest.tokens import (
    GRAPH_SCOPE,
    TokenSource,
    tokens_for_scope,
)
from reseller_desktop.store.models import database_proxy

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.partnercenter.microsoft.com"
SKU = "0001"
AVAILABILITY_TTL = timedelta(hours=1)


def _not_visible_yet() -> ServiceUnavailableError:
    """A customer created a moment ago answers 404 for a while: the order waits (retried)."""
    return ServiceUnavailableError(
        "The customer is not visible at Partner Center yet: the order waits."
    )


def derived_request_id(request_id: str, step: str) -> str:
    """The request id of a later step of one operation: the same on every retry of it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{step}:{request_id}"))


def customer_body(r: NewCustomerRequest) -> dict[str, Any]:
    """``POST /v1/customers``'s body (no password: Microsoft makes it)."""
    company: dict[str, Any] = {"domain": r.domain}
    if r.registration_number:
        company["organizationRegistrationNumber"] = r.registration_number
    extra: dict[str, Any] = {"enableGDAPByDefault": r.gdap_default}
    if r.reseller_id:
        extra["associatedPartnerId"] = r.reseller_id
    return {
        **extra,
        "companyProfile": company,
        "billingProfile": billing_profile(
            r.company_name,
            AddressQuery(
                r.country, r.address_line1, r.address_line2, r.city, r.state, r.postal_code
            ),
            r.first_name,
            r.last_name,
            r.email,
            r.phone,
            culture=r.culture,
            language=r.language,
        ),
    }


def billing_profile(
    company_name: str,
    address: AddressQuery,
    first_name: str,
    last_name: str,
    email: str,
    phone: str,
    *,
    culture: str = "",
    language: str = "",
) -> dict[str, Any]:
    default_address = {
        "country": address.country,
        "city": address.city,
        "state": address.state,
        "addressLine1": address.address_line1,
        "addressLine2": address.address_line2,
        "postalCode": address.postal_code,
        "firstName": first_name,
        "lastName": last_name,
        "phoneNumber": phone,
    }
    profile: dict[str, Any] = {
        "email": email,
        "companyName": company_name,
        "defaultAddress": {k: v for k, v in default_address.items() if v},
    }
    if culture:
        profile["culture"] = culture
    if language:
        profile["language"] = language
    return profile


def _address_json(address: AddressQuery) -> dict[str, str]:
    return {
        "addressLine1": address.address_line1,
        "addressLine2": address.address_line2,
        "city": address.city,
        "state": address.state,
        "postalCode": address.postal_code,
        "country": address.country,
    }


def _json(answer: httpx.Response, what: str) -> dict[str, Any]:
    """The answer's JSON object; an unreadable answer to a write is an unknown outcome."""
    try:
        body = answer.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise OutcomeUnknownError(f"{what}: Partner Center's answer could not be read.")
    return body


def _uuid(value: object, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise OutcomeUnknownError(f"{what}: Partner Center's answer has no valid id.") from None


class RestPartnerCenter:
    """The port over Partner Center's REST API (see the module's docstring)."""

    name = "Partner Center"
    is_simulated = False

    def __init__(
        self,
        base_url: str,
        tokens: TokenSource,
        *,
        locale: str = "en-US",
        clock: Clock = utcnow,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
        database: Database | DatabaseProxy = database_proxy,
        batch: int = BATCH,
        availabilities: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        graph_url: str = DEFAULT_GRAPH_URL,
        graph_tokens: TokenSource | None = None,
        **retry: Any,
    ) -> None:
        self.base_url = base_url
        self.clock = clock
        self.http = PartnerCenterHttp(
            base_url,
            tokens,
            locale=locale,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            sleep=sleep,
            transport=transport,
            **retry,
        )
        graph_tokens = graph_tokens or tokens_for_scope(tokens, GRAPH_SCOPE)
        self.graph: GraphRelationships | None = None  # None: no Graph token (environment)
        if graph_tokens is not None:
            self.graph = GraphRelationships(
                GraphHttp(
                    graph_url,
                    graph_tokens,
                    locale=locale,
                    connect_timeout=connect_timeout,
                    read_timeout=read_timeout,
                    sleep=sleep,
                    transport=transport,
                    **retry,
                )
            )
        self._tenants: dict[uuid.UUID, uuid.UUID] = {}  # customer id -> tenant id (this run)
        self.poller = RestPoller(self.http, database, batch)
        self.availabilities = dict(availabilities or {})
        self._items: dict[tuple[str, str], tuple[str, datetime]] = {}  # -> (id, until)
        self._countries: dict[uuid.UUID, str] = {}  # customers created in this run
        self._rules: dict[str, AddressRules] = {}
        self._rules_lock = threading.Lock()

    @property
    def tokens(self) -> TokenSource:
        return self.http.tokens

    def close(self) -> None:
        self.http.close()
        if self.graph is not None:
            self.graph.close()

    def __repr__(self) -> str:
        return f"RestPartnerCenter({self.base_url!r})"

    # -- questions

    def domain_available(self, prefix: str) -> bool:
        domain = f"{prefix.strip().lower()}{DOMAIN_SUFFIX}"
        answer = self.http.call("HEAD", f"/v1/domains/{domain}", accept=(404,))
        return answer.status_code == 404

    def validate_address(self, address: AddressQuery) -> AddressCheck:
        answer = self.http.call("POST", "/v1/validations/address", json=_address_json(address))
        body = _json(answer, "Address check")
        suggestion = None
        for item in body.get("suggestedAddresses") or []:
            if isinstance(item, dict):
                suggestion = AddressQuery(
                    country=str(item.get("country") or address.country),
                    address_line1=str(item.get("addressLine1") or ""),
                    address_line2=str(item.get("addressLine2") or ""),
                    city=str(item.get("city") or ""),
                    state=str(item.get("state") or ""),
                    postal_code=str(item.get("postalCode") or ""),
                )
                break
        return AddressCheck(
            str(body.get("status") or "NotValidated"),
            suggestion=suggestion if suggestion != address else None,
            message=str(body.get("validationMessage") or ""),
        )

    def country_rules(self, country: str) -> AddressRules:
        shipped = address_rules(country)
        code = shipped.country
        with self._rules_lock:
            known = self._rules.get(code)
        if known is not None:
            return known
        if len(code) != 2 or not code.isalpha():
            return shipped
        try:
            answer = self.http.call(
                "GET", f"/v1/countryvalidationrules/{code}", what="The country's rules"
            )
            body = answer.json()
        except (PartnerCenterError, ValueError) as exc:
            log.info("Country rules of %s: the shipped ones (%s)", code, type(exc).__name__)
            return shipped
        rules = _merged_rules(shipped, body if isinstance(body, dict) else {})
        with self._rules_lock:
            self._rules[code] = rules
        return rules

    # -- creating

    def create_customer(self, request: NewCustomerRequest, request_id: str) -> CreatedCustomer:
        answer = self.http.call(
            "POST",
            "/v1/customers",
            json=customer_body(request),
            request_id=request_id,
            accept=(409,),
        )
        if answer.status_code == 409:
            error = DomainTakenError(request.domain)
            error.correlation_id = answer.request.headers.get("MS-CorrelationId", "")
            raise error
        body = _json(answer, "Create customer")
        customer_id = _uuid(body.get("id"), "Create customer")
        company = body.get("companyProfile") or {}
        tenant = company.get("tenantId") or body.get("id")
        domain = str(company.get("domain") or request.domain)
        password = (body.get("userCredentials") or {}).get("password") or None
        now = self.clock()
        self._countries[customer_id] = request.country
        self._tenants[customer_id] = _uuid(tenant, "Create customer")
        return CreatedCustomer(
            customer_id=customer_id,
            tenant_id=_uuid(tenant, "Create customer"),
            domain=domain,
            credentials=AdminCredentials(f"admin@{domain}", password),
            created_at=now,
            next_poll_at=now + FIRST_LOOK,
        )

    def catalog_item_id(self, offer_id: str, country: str) -> str:
        """The offer's current catalog item id in ``country`` (see the module's docstring)."""
        if offer_id in self.availabilities:
            return f"{offer_id}:{SKU}:{self.availabilities[offer_id]}"
        now = self.clock()
        known = self._items.get((offer_id, country))
        if known is not None and known[1] > now:
            return known[0]
        answer = self.http.call(
            "GET",
            f"/v1/products/{offer_id}/skus/{SKU}/availabilities"
            f"?country={country}&targetSegment=commercial",
            what=f"Offer {offer_id}",
        )
        items = _json(answer, "Offer").get("items") or []
        found = next(
            (
                str(i["catalogItemId"])
                for i in items
                if isinstance(i, dict) and i.get("catalogItemId") and i.get("isPurchasable", True)
            ),
            None,
        )
        if found is None:
            error = PartnerCenterError(
                OFFER_NOT_IN_COUNTRY, f"Offer {offer_id} cannot be bought in {country}."
            )
            error.correlation_id = answer.request.headers.get("MS-CorrelationId", "")
            raise error
        self._items[(offer_id, country)] = (found, now + AVAILABILITY_TTL)
        return found

    def _country_of(self, customer_id: uuid.UUID) -> str:
        """The customer's country: known when created in this run, else Partner Center's."""
        known = self._countries.get(customer_id)
        if known:
            return known
        try:
            answer = self.http.call(
                "GET", f"/v1/customers/{customer_id}", what=f"Customer {customer_id}"
            )
        except NotFoundError:
            raise _not_visible_yet() from None
        address = (_json(answer, "Customer").get("billingProfile") or {}).get(
            "defaultAddress"
        ) or {}
        country = str(address.get("country") or "")
        if not country:
            raise OutcomeUnknownError("Customer: Partner Center's answer names no country.")
        self._countries[customer_id] = country
        return country

    def place_order(self, customer_id: uuid.UUID, line: OrderLine, request_id: str) -> PlacedOrder:
        base = f"/v1/customers/{customer_id}"
        item = {
            "id": 0,
            "catalogItemId": self.catalog_item_id(line.offer_id, self._country_of(customer_id)),
            "quantity": line.seats,
            "termDuration": line.term,
            "billingCycle": line.billing_cycle,
        }
        try:
            cart = self.http.call(
                "POST",
                f"{base}/carts",
                json={"lineItems": [item]},
                request_id=request_id,
                what=f"Customer {customer_id}",
            )
        except NotFoundError:
            raise _not_visible_yet() from None
        cart_id = _json(cart, "Order").get("id")
        if not cart_id:
            raise OutcomeUnknownError("Order: Partner Center's cart has no id.")
        checkout = self.http.call(
            "POST",
            f"{base}/carts/{cart_id}/checkout",
            request_id=derived_request_id(request_id, "checkout"),
            what="The cart",
        )
        body = _json(checkout, "Order")
        orders = [o for o in body.get("orders") or [] if isinstance(o, dict)]
        if not orders:
            problems = [e for e in body.get("orderErrors") or [] if isinstance(e, dict)]
            if problems:
                error = PartnerCenterError(
                    str(problems[0].get("code", "")), str(problems[0].get("description", ""))
                )
                error.correlation_id = checkout.request.headers.get("MS-CorrelationId", "")
                raise error
            raise OutcomeUnknownError("Order: Partner Center's checkout named no order.")
        order = orders[0]
        order_id = _uuid(order.get("id"), "Order")
        lines = [i for i in order.get("lineItems") or [] if isinstance(i, dict)]
        subscription = next(
            (i.get("subscriptionId") for i in lines if i.get("subscriptionId")), None
        )
        if subscription is None:
            # Not named yet: a stable stand-in (the same on a replay); see the README.
            log.warning("Order %s names no subscription yet", order_id)
            subscription = uuid.uuid5(order_id, "line-0")
        return PlacedOrder(
            order_id=order_id,
            subscription_id=_uuid(subscription, "Order"),
            status=str(order.get("status") or "pending").lower(),
            next_poll_at=self.clock() + FIRST_LOOK,
        )

    def change_seats(
        self, customer_id: uuid.UUID, subscription_id: uuid.UUID, seats: int, request_id: str
    ) -> None:
        self.http.call(
            "PATCH",
            f"/v1/customers/{customer_id}/subscriptions/{subscription_id}",
            json={"quantity": seats},
            request_id=request_id,
            what="The subscription",
        )

    def update_customer_profile(
        self, customer_id: uuid.UUID, profile: CustomerProfile, request_id: str
    ) -> None:
        self.http.call(
            "PUT",
            f"/v1/customers/{customer_id}/profiles/billing",
            json=billing_profile(
                profile.company_name,
                profile.address,
                profile.first_name,
                profile.last_name,
                profile.email,
                profile.phone,
            ),
            request_id=request_id,
            what="The customer",
        )

    def cancel_subscription(
        self, customer_id: uuid.UUID, subscription_id: uuid.UUID, request_id: str
    ) -> None:
        # New commerce: a subscription is cancelled by setting its status to "deleted".
        self.http.call(
            "PATCH",
            f"/v1/customers/{customer_id}/subscriptions/{subscription_id}",
            json={"status": "deleted"},
            request_id=request_id,
            what="The subscription",
        )

    def reset_admin_password(self, customer_id: uuid.UUID) -> AdminCredentials:
        base = f"/v1/customers/{customer_id}/users"
        users = _json(self.http.call("GET", base, what="The customer"), "Users")
        items = [u for u in users.get("items") or [] if isinstance(u, dict)]
        admin = next(
            (u for u in items if str(u.get("userPrincipalName", "")).lower().startswith("admin@")),
            None,
        )
        if admin is None or not admin.get("id"):
            raise NotFoundError(f"The admin user of customer {customer_id}")
        # The contract has the partner choose the new temporary password (the answer may
        # carry the one Microsoft kept).
        password = temporary_password()
        answer = self.http.call(
            "PATCH",
            f"{base}/{admin['id']}/resetpassword",
            json={"passwordProfile": {"password": password, "forceChangePassword": True}},
            what="The admin user",
        )
        try:
            body = answer.json()
        except ValueError:
            body = {}
        given = (
            (body.get("passwordProfile") or {}).get("password") if isinstance(body, dict) else None
        )
        return AdminCredentials(str(admin["userPrincipalName"]), given or password)

    # -- agreement, resellers, GDAP

    def agreement_status(self, customer_id: uuid.UUID) -> AgreementState:
        answer = self.http.call(
            "GET",
            f"/v1/customers/{customer_id}/agreements?agreementType=MicrosoftCustomerAgreement",
            what="The customer",
        )
        items = _json(answer, "Agreements").get("items") or []
        return AgreementState(ACCEPTED if items else REQUIRED)

    def send_agreement_link(self, customer_id: uuid.UUID, request_id: str) -> AgreementState:
        answer = self.http.call(
            "POST",
            f"/v1/customers/{customer_id}/agreements/acceptancelinks",
            json={"agreementType": "MicrosoftCustomerAgreement"},
            request_id=request_id,
            what="The customer",
        )
        body = _json(answer, "Acceptance link")
        if str(body.get("status") or "").lower() == "accepted":
            return AgreementState(ACCEPTED)
        link = str(body.get("link") or "")
        if not link:
            raise PartnerCenterError("NoAcceptanceLink", "Partner Center sent no link.")
        return AgreementState(LINK_SENT, link, _when(body.get("expiresAt")))

    def resellers(self) -> list[Reseller]:
        answer = self.http.call(
            "GET",
            "/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf",
            what="The resellers",
        )
        found = []
        for item in _json(answer, "Resellers").get("items") or []:
            if isinstance(item, dict) and item.get("id"):
                found.append(Reseller(str(item["id"]), str(item.get("name") or item["id"])))
        return sorted(found, key=lambda r: r.name.casefold())

    def request_admin_relationship(
        self, customer_id: uuid.UUID, request: RelationshipRequest, request_id: str
    ) -> AdminRelationship:
        """Through Microsoft Graph (``graph.py``). ``request_id`` is the port's; Graph has no
        replay of it: the relationship's display name makes a retry find the first one."""
        if self.graph is None:
            raise no_graph_token()
        return self.graph.request_relationship(
            tenant_of(customer_id, self._tenants), request, self.clock()
        )

    # -- provisioning

    def poll_changes(self, now: datetime) -> Changes:
        try:
            changes = self.poller.poll(now)
            changes.agreements = self.poller.agreements(now, self.agreement_status)
            if self.graph is not None:  # GDAP approvals, through Microsoft Graph
                changes.relationships = self.poller.relationships(now, self.graph.status)
            for customer_id, _status in changes.agreements + changes.relationships:
                if customer_id not in changes.changed:
                    changes.changed.append(customer_id)
            return changes
        except PeeweeException as exc:  # the store's error stays the cause: the monitor reads it
            text = str(exc).strip()
            raise ServiceUnavailableError(
                text.splitlines()[0] if text else type(exc).__name__
            ) from exc

    def retry_provisioning(self, customer_id: uuid.UUID, actor: str) -> bool:
        """Partner Center has no "provision again" call: nothing to do here (False)."""
        return False


def _when(value: object) -> datetime | None:
    """An ISO 8601 time from an answer, as the store keeps it (naive UTC); None if unreadable."""
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when


def _merged_rules(shipped: AddressRules, body: dict[str, Any]) -> AddressRules:
    """Partner Center's rules over the shipped ones (names of states kept where known)."""
    names = dict(shipped.state_choices)
    states = [str(s) for s in body.get("supportedStatesList") or [] if s]
    choices = tuple((s, names.get(s, s)) for s in states) if states else shipped.state_choices

    def flag(key: str, default: bool) -> bool:
        value = body.get(key)
        return bool(value) if isinstance(value, bool) else default

    return replace(
        shipped,
        state_required=flag("isStateRequired", shipped.state_required),
        city_required=flag("isCityRequired", shipped.city_required),
        postal_required=flag("isPostalCodeRequired", shipped.postal_required),
        state_choices=choices,
    )
