"""A fake Microsoft Partner Center: a real HTTP server on 127.0.0.1 that follows the REST contract
of ``shared/reference/partner-center.md`` (section 7) and keeps state.

Built to the documented contract, not against Microsoft. It keeps taken domains, customers (each
answers 404 for ``visible_after`` after its creation, on the injected ``clock``), carts, orders
(pending until ``fulfil_after``), subscriptions and users; it answers a repeated ``MS-RequestId``
with the first result (the same password included); and it records every request's headers.

Faults a test arms for the next matching request (``fault(method, path_prefix, kind, ...)``):

- ``busy``: 429 with ``Retry-After``; ``unauthorized``: 401; ``error``: a status and a
  ``{code, description, data}`` body; ``server_error``: 500;
- ``lose``: do the work, then close the connection without answering (a lost reply);
- ``hang``: wait ``seconds`` (past the client's read timeout), then close without doing anything;

and ``throttle_every = N`` answers 429 to one call in N.

Microsoft Graph's GDAP routes live on the same server under ``/graph/v1.0`` (``graph_url``), with
their own token (``GRAPH_TOKEN``) and Graph's error body ``{"error": {"code", "message"}}``:
``POST /tenantRelationships/delegatedAdminRelationships`` (checked as documented: display name
at most 50 characters and unique, duration P1D to P730D, a known customer tenant, role ids,
auto-extend PT0S or P180D), ``POST …/{id}/requests`` (``lockForApproval``), ``GET …/{id}`` and
``GET …?$filter=displayName eq '…'``. Graph has no ``MS-RequestId`` replay. ``approve(id)``
stands for the customer's admin approving. Faults match Graph paths too (``/graph/…``).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from reseller_desktop.domain.clock import utcnow

TOKEN = "fake-token-1"
GRAPH_TOKEN = "fake-graph-token-1"
GRAPH = "/graph/v1.0"
RELATIONSHIPS = f"{GRAPH}/tenantRelationships/delegatedAdminRelationships"


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Fault:
    method: str
    prefix: str
    kind: str
    times: int = 1
    status: int = 400
    code: str = ""
    description: str = ""
    data: list[str] = field(default_factory=list)
    retry_after: str = "1"
    seconds: float = 0.0


@dataclass
class Answer:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class FakePartnerCenter:
    """The server and its state (see the module's docstring). Use as a context manager."""

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] = utcnow,
        visible_after: timedelta = timedelta(seconds=90),
        fulfil_after: timedelta = timedelta(minutes=3),
        taken: set[str] | None = None,
        tokens: set[str] | None = None,
        accept_after: timedelta | None = None,
    ) -> None:
        self.clock = clock
        # None: every customer accepted the agreement already; else this long after a link.
        self.accept_after = accept_after
        self.resellers = [
            {"id": "6f3c1a52-7d0e-4c1b-9a55-0d2b8f5e4a01", "name": "Alpine IT Services"},
            {"id": "9a1e5c73-0b4d-4e6f-a8c2-7d3f1e9b5c03", "name": "Contoso Solutions Ltd"},
        ]
        self.visible_after = visible_after
        self.fulfil_after = fulfil_after
        self.taken = {d.lower() for d in (taken or {"contoso.onmicrosoft.com"})}
        self.tokens = set(tokens or {TOKEN})
        self.graph_tokens = {GRAPH_TOKEN}
        self.relationships: dict[str, dict[str, Any]] = {}
        self.customers: dict[str, dict[str, Any]] = {}
        self.carts: dict[str, dict[str, Any]] = {}
        self.orders: dict[str, dict[str, Any]] = {}
        self.subscriptions: dict[str, dict[str, Any]] = {}
        self.replays: dict[tuple[str, str, str], Answer] = {}
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        self.throttle_every = 0
        # The catalog: products sold, the current availability id, markets closed per product.
        self.products = set(_offer_ids())
        self.availability = "DZH318Z0BQ3Q"
        self.closed_markets: dict[str, set[str]] = {}
        self.availability_questions = 0
        self.calls = 0
        self.lock = threading.RLock()
        self.released = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def graph_url(self) -> str:
        return self.url + GRAPH

    def approve(self, relationship_id: str) -> None:
        """The customer's admin approves the relationship (it becomes active)."""
        with self.lock:
            self.relationships[relationship_id]["status"] = "active"

    def __enter__(self) -> FakePartnerCenter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.released.set()  # hanging handlers answer now
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    # -- for tests

    def fault(self, method: str, prefix: str, kind: str, **detail: Any) -> None:
        with self.lock:
            self.faults.append(Fault(method, prefix, kind, **detail))

    def seen(self, method: str, prefix: str = "") -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.method == method and r.path.startswith(prefix)]

    def customer_domains(self) -> list[str]:
        with self.lock:
            return [c["domain"] for c in self.customers.values()]

    # -- the service

    def _fault_for(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method == method and path.startswith(fault.prefix):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def handle(self, method: str, path: str, headers: dict[str, str], body: Any) -> Answer | None:
        """The answer to one request (None: close the connection without answering)."""
        with self.lock:
            self.requests.append(Recorded(method, path, headers, body))
            self.calls += 1
            throttled = self.throttle_every and self.calls % self.throttle_every == 0
        fault = self._fault_for(method, path)
        if fault is not None and fault.kind == "hang":
            self.released.wait(fault.seconds)
            return None  # never answered, nothing done
        if throttled or (fault is not None and fault.kind == "busy"):
            after = fault.retry_after if fault is not None else "1"
            return Answer(
                429,
                {"statusCode": 429, "message": "Rate limit is exceeded."},
                {"Retry-After": after},
            )
        graph = path.startswith(f"{GRAPH}/")
        accepted = self.graph_tokens if graph else self.tokens
        if headers.get("authorization", "").removeprefix("Bearer ") not in accepted or (
            fault is not None and fault.kind == "unauthorized"
        ):
            if graph:
                return _graph_error(401, "InvalidAuthenticationToken", "Access token is invalid.")
            return Answer(401, {"code": "401", "description": "Unauthorized"})
        if fault is not None and fault.kind == "server_error":
            return Answer(500, {"code": "500", "description": "Internal server error"})
        if fault is not None and fault.kind == "error":
            if graph:
                return _graph_error(fault.status, fault.code, fault.description)
            return Answer(
                fault.status,
                {"code": fault.code, "description": fault.description, "data": fault.data},
            )
        if graph:
            with self.lock:
                answer = self._graph_route(method, path, body)
            return None if fault is not None and fault.kind == "lose" else answer
        request_id = headers.get("ms-requestid", "")
        key = (request_id, method, path)
        with self.lock:
            known = self.replays.get(key) if method in ("POST", "PATCH", "PUT") else None
            answer = known or self._route(method, path, body)
            if method in ("POST", "PATCH", "PUT") and request_id and answer.status < 300:
                self.replays.setdefault(key, answer)
        if fault is not None and fault.kind == "lose":
            return None
        return answer

    def _route(self, method: str, path: str, body: Any) -> Answer:
        parts = [p for p in path.split("?")[0].split("/") if p][1:]  # without "v1"
        now = self.clock()
        if parts[:1] == ["domains"] and method == "HEAD":
            domain = parts[1].lower()
            taken = domain in self.taken or domain in self.customer_domains()
            return Answer(200 if taken else 404)
        if parts == ["customers"] and method == "POST":
            return self._create_customer(body, now)
        if parts[:1] == ["products"] and parts[2:] == ["skus", "0001", "availabilities"]:
            return self._availabilities(parts[1], path)
        if parts[:1] == ["countryvalidationrules"] and method == "GET":
            return self._country_rules(parts[1].upper())
        if parts == ["validations", "address"] and method == "POST":
            return self._address(body)
        if parts == ["relationships"] and method == "GET":
            if "relationship_type=IsIndirectCloudSolutionProviderOf" not in path:
                return Answer(400, {"code": "BadRequest", "description": "relationship_type?"})
            return Answer(200, {"totalCount": len(self.resellers), "items": self.resellers})
        if parts[:1] == ["customers"] and len(parts) >= 2:
            customer = self.customers.get(parts[1])
            if customer is None:
                return _not_found("Customer")
            return self._customer_route(method, parts[2:], customer, body, now)
        return Answer(404, {"code": "NotFound", "description": f"No route {method} {path}"})

    # -- Microsoft Graph (GDAP)

    def _graph_route(self, method: str, path: str, body: Any) -> Answer:
        base, _, query = path.partition("?")
        rest = base.removeprefix(RELATIONSHIPS).strip("/")
        parts = [unquote(p) for p in rest.split("/") if p]
        if not base.startswith(RELATIONSHIPS):
            return _graph_error(404, "ResourceNotFound", f"No route {method} {path}")
        if not parts and method == "POST":
            return self._create_relationship(body)
        if not parts and method == "GET":
            wanted = unquote(query.removeprefix("$filter="))
            _before, quote_, name = wanted.partition("displayName eq '")
            name = name.removesuffix("'").replace("''", "'")
            found = [
                r for r in self.relationships.values() if not quote_ or r["displayName"] == name
            ]
            return Answer(200, {"value": found})
        relationship = self.relationships.get(parts[0]) if parts else None
        if relationship is None:
            return _graph_error(404, "ResourceNotFound", "No such relationship.")
        if len(parts) == 1 and method == "GET":
            return Answer(200, relationship)
        if parts[1:] == ["requests"] and method == "POST":
            if (body or {}).get("action") != "lockForApproval":
                return _graph_error(400, "BadRequest", "Unknown action.")
            if relationship["status"] != "created":
                return _graph_error(400, "BadRequest", "The relationship is not in created.")
            relationship["status"] = "approvalPending"
            return Answer(
                201, {"id": str(uuid.uuid4()), "action": "lockForApproval", "status": "created"}
            )
        return _graph_error(404, "ResourceNotFound", f"No route {method} {path}")

    def _create_relationship(self, body: Any) -> Answer:
        name = str(body.get("displayName") or "")
        duration = str(body.get("duration") or "")
        tenant = str((body.get("customer") or {}).get("tenantId") or "")
        roles = (body.get("accessDetails") or {}).get("unifiedRoles") or []
        days = re.fullmatch(r"P(\d+)D", duration)
        problems = [
            text
            for bad, text in (
                (not name or len(name) > 50, "displayName must be 1 to 50 characters."),
                (not days or not 1 <= int(days.group(1)) <= 730, "duration: P1D to P2Y."),
                (tenant not in self.customers, "Unknown customer tenant."),
                (
                    not roles or not all(r.get("roleDefinitionId") for r in roles),
                    "accessDetails.unifiedRoles: at least one roleDefinitionId.",
                ),
                (
                    body.get("autoExtendDuration") not in ("PT0S", "P180D"),
                    "autoExtendDuration: PT0S or P180D.",
                ),
            )
            if bad
        ]
        if problems:
            return _graph_error(400, "BadRequest", problems[0])
        if any(r["displayName"] == name for r in self.relationships.values()):
            return _graph_error(400, "BadRequest", "A relationship with this displayName exists.")
        relationship_id = f"{uuid.uuid4()}-{uuid.uuid4()}"
        self.relationships[relationship_id] = {
            "id": relationship_id,
            "displayName": name,
            "duration": duration,
            "customer": {"tenantId": tenant},
            "accessDetails": {"unifiedRoles": roles},
            "autoExtendDuration": body.get("autoExtendDuration"),
            "status": "created",
        }
        return Answer(201, dict(self.relationships[relationship_id]))

    def _create_customer(self, body: Any, now: datetime) -> Answer:
        company = body.get("companyProfile") or {}
        billing = body.get("billingProfile") or {}
        domain = str(company.get("domain", "")).lower()
        if domain in self.taken or domain in self.customer_domains():
            return Answer(
                409, {"code": "DomainExists", "description": f"The domain {domain} is in use."}
            )
        customer_id = str(uuid.uuid4())
        password = "Fk" + secrets.token_urlsafe(10) + "#7"
        self.customers[customer_id] = {
            "id": customer_id,
            "domain": domain,
            "created_at": now,
            "billing": billing,
            "admin_id": str(uuid.uuid4()),
            "password": password,
            "associated_partner": body.get("associatedPartnerId"),
            "gdap_default": body.get("enableGDAPByDefault"),
            "link_sent_at": None,
        }
        return Answer(
            201,
            {
                "id": customer_id,
                "commerceId": str(uuid.uuid4()),
                "companyProfile": {"tenantId": customer_id, "domain": domain},
                "billingProfile": billing,
                "relationshipToPartner": "reseller",
                "userCredentials": {"userName": "admin", "password": password},
            },
        )

    def _accepted(self, customer: dict[str, Any], now: datetime) -> bool:
        if self.accept_after is None:
            return True
        sent = customer.get("link_sent_at")
        return sent is not None and now >= sent + self.accept_after

    def _visible(self, customer: dict[str, Any], now: datetime) -> bool:
        return bool(now >= customer["created_at"] + self.visible_after)

    def _customer_route(
        self, method: str, rest: list[str], customer: dict[str, Any], body: Any, now: datetime
    ) -> Answer:
        cid = customer["id"]
        billing = customer["billing"]
        if not rest and method == "GET":
            if not self._visible(customer, now):
                return _not_found("Customer")
            profile = {"domain": customer["domain"]}
            return Answer(200, {"id": cid, "companyProfile": profile, "billingProfile": billing})
        if rest == ["agreements"] and method == "GET":
            items = []
            if self._accepted(customer, now):
                items = [{"agreementType": "MicrosoftCustomerAgreement", "dateAgreed": str(now)}]
            return Answer(200, {"totalCount": len(items), "items": items})
        if rest == ["agreements", "acceptancelinks"] and method == "POST":
            if self._accepted(customer, now):
                return Answer(200, {"status": "accepted"})
            customer["link_sent_at"] = now
            token = uuid.uuid4()
            expires = (now + timedelta(days=30)).isoformat() + "Z"
            link = f"https://admin.microsoft.com/AdminPortal/Home#/partners/mca/accept/{token}"
            return Answer(201, {"status": "linkSent", "link": link, "expiresAt": expires})
        if rest == ["carts"] and method == "POST":
            lines = body.get("lineItems") or []
            country = billing.get("defaultAddress", {}).get("country", "")
            for line in lines:
                if line.get("catalogItemId") not in self._items(country):
                    return Answer(
                        400, {"code": "800070", "description": "Not available in this market."}
                    )
                if not 1 <= int(line.get("quantity", 0)) <= 300:
                    return Answer(400, {"code": "2002", "description": "Quantity out of range."})
            cart_id = str(uuid.uuid4())
            self.carts[cart_id] = {"customer": cid, "lines": lines, "ordered": None}
            return Answer(201, {"id": cart_id, "lineItems": lines})
        if len(rest) == 3 and rest[0] == "carts" and rest[2] == "checkout" and method == "POST":
            cart = self.carts.get(rest[1])
            if cart is None or cart["customer"] != cid:
                return _not_found("Cart")
            if not self._accepted(customer, now):
                return Answer(
                    400, {"code": "13605", "description": "The customer has not accepted the MCA."}
                )
            if cart["ordered"] is not None:
                return Answer(
                    400, {"code": "CartCheckedOut", "description": "Already checked out."}
                )
            order_id = str(uuid.uuid4())
            items = []
            for number, line in enumerate(cart["lines"]):
                sub_id = str(uuid.uuid4())
                self.subscriptions[sub_id] = {
                    "id": sub_id,
                    "customer": cid,
                    "offerId": line.get("catalogItemId"),
                    "quantity": line.get("quantity"),
                    "order": order_id,
                    "deleted": False,
                }
                items.append({"lineItemNumber": number, "subscriptionId": sub_id})
            self.orders[order_id] = {"customer": cid, "created_at": now, "items": items}
            cart["ordered"] = order_id
            order = {"id": order_id, "lineItems": items, "status": "pending"}
            return Answer(201, {"orders": [order], "orderErrors": []})
        if len(rest) >= 2 and rest[0] == "orders" and method == "GET":
            order = self.orders.get(rest[1])
            if order is None or order["customer"] != cid:
                return _not_found("Order")
            done = now >= order["created_at"] + self.fulfil_after
            if rest[2:] == ["provisioningstatus"]:
                items = [
                    {
                        "lineItemNumber": item["lineItemNumber"],
                        "status": "fulfilled" if done else "pending",
                        "quantityProvisioningInformation": [],
                    }
                    for item in order["items"]
                ]
                return Answer(200, {"totalCount": len(items), "items": items})
            status = "completed" if done else "pending"
            return Answer(200, {"id": rest[1], "lineItems": order["items"], "status": status})
        if len(rest) == 2 and rest[0] == "subscriptions":
            sub = self.subscriptions.get(rest[1])
            if sub is None or sub["customer"] != cid:
                return _not_found("Subscription")
            if method == "PATCH":
                if "quantity" in body:
                    if not 1 <= int(body["quantity"]) <= 300:
                        return Answer(400, {"code": "800067", "description": "Too many seats."})
                    sub["quantity"] = int(body["quantity"])
                if body.get("status") == "deleted":
                    sub["deleted"] = True
            return Answer(200, self._subscription(sub, now))
        if rest == ["profiles", "billing"] and method == "PUT":
            customer["billing"] = body
            return Answer(200, body)
        if rest == ["users"] and method == "GET":
            user = {"id": customer["admin_id"], "userPrincipalName": f"admin@{customer['domain']}"}
            return Answer(200, {"totalCount": 1, "items": [user]})
        if len(rest) == 3 and rest[0] == "users" and rest[2] == "resetpassword":
            if rest[1] != customer["admin_id"] or method != "PATCH":
                return _not_found("User")
            customer["password"] = body["passwordProfile"]["password"]
            return Answer(200, {"id": rest[1], "userPrincipalName": f"admin@{customer['domain']}"})
        return Answer(404, {"code": "NotFound", "description": "No such route."})

    def _items(self, country: str) -> set[str]:
        """The catalog item ids purchasable in ``country`` today (availabilities change)."""
        return {
            f"{product}:0001:{self.availability}"
            for product in self.products
            if country not in self.closed_markets.get(product, ())
        }

    def _availabilities(self, product: str, path: str) -> Answer:
        query = dict(p.split("=", 1) for p in path.partition("?")[2].split("&") if "=" in p)
        country = query.get("country", "")
        self.availability_questions += 1
        items = [
            {
                "id": self.availability,
                "productId": product,
                "skuId": "0001",
                "catalogItemId": item,
                "country": country,
                "segment": "commercial",
                "isPurchasable": True,
            }
            for item in sorted(self._items(country))
            if item.startswith(f"{product}:")
        ]
        return Answer(200, {"totalCount": len(items), "items": items})

    def _subscription(self, sub: dict[str, Any], now: datetime) -> dict[str, Any]:
        order = self.orders[sub["order"]]
        done = now >= order["created_at"] + self.fulfil_after
        status = "deleted" if sub["deleted"] else ("active" if done else "pending")
        return {
            "id": sub["id"],
            "offerId": sub["offerId"],
            "quantity": sub["quantity"],
            "status": status,
        }

    @staticmethod
    def _country_rules(code: str) -> Answer:
        if code == "US":
            return Answer(
                200,
                {
                    "iso2Code": "US",
                    "isStateRequired": True,
                    "supportedStatesList": ["NY", "WA"],
                    "isCityRequired": True,
                    "isPostalCodeRequired": True,
                },
            )
        return Answer(
            200,
            {
                "iso2Code": code,
                "isStateRequired": False,
                "supportedStatesList": [],
                "isCityRequired": True,
                "isPostalCodeRequired": True,
            },
        )

    @staticmethod
    def _address(body: Any) -> Answer:
        original = {k: body.get(k, "") for k in ("addressLine1", "city", "state", "postalCode")}
        original["country"] = body.get("country", "")
        if not body.get("postalCode"):
            return Answer(
                200,
                {
                    "status": "NotValidated",
                    "originalAddress": original,
                    "suggestedAddresses": [],
                    "validationMessage": "The postal code is missing.",
                },
            )
        city = str(body.get("city", ""))
        if city != city.upper():
            suggested = original | {"city": city.upper()}
            return Answer(
                200,
                {
                    "status": "VerifiedShippable",
                    "originalAddress": original,
                    "suggestedAddresses": [suggested],
                    "validationMessage": "",
                },
            )
        return Answer(200, {"status": "VerifiedAddress", "originalAddress": original})


def _offer_ids() -> list[str]:
    from reseller_desktop.domain.catalog import load_catalog
    from reseller_desktop.resources import resource_path

    return [offer.id for offer in load_catalog(resource_path("offers.json")).offers]


def _graph_error(status: int, code: str, message: str) -> Answer:
    return Answer(status, {"error": {"code": code, "message": message}})


def _not_found(what: str) -> Answer:
    return Answer(404, {"code": "NotFound", "description": f"{what} was not found."})


def _handler(fake: FakePartnerCenter) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # small answers leave at once (no 40 ms delayed ACK)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {}
            headers = {k.lower(): v for k, v in self.headers.items()}
            answer = fake.handle(self.command, self.path, headers, body)
            if answer is None:  # the reply is lost: close without a word
                self.close_connection = True
                return
            content = b"" if answer.body is None else json.dumps(answer.body).encode()
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)

        do_GET = do_POST = do_PATCH = do_PUT = do_HEAD = _serve

    return Handler
