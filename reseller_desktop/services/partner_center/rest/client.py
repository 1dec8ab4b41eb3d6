"""One HTTP client for Partner Center: headers, timeouts, retries, and errors as the port's.

- One ``httpx.Client`` (one connection pool) with explicit connect and read timeouts.
- Every call carries ``Authorization: Bearer``, ``Accept: application/json``,
  ``MS-Contract-Version: v1``, ``X-Locale``, a new ``MS-CorrelationId`` per HTTP call, and the
  operation's ``MS-RequestId``: the same value on every retry of that operation, so a retry after
  a timeout or a lost reply answers the first result (reference, section 7).
- Retried: connection failures, timeouts, resets, 5xx and 429. A 429 waits ``Retry-After``
  (at most ``max_retry_after`` seconds), other retries back off exponentially with full jitter;
  the waits of one operation add up to ``wait_budget`` seconds at most.
- 401: one forced token refresh, then one retry; refused again: ``SignInAgainError``.
- Giving up: ``ServiceBusyError`` (still throttled), ``ServiceUnavailableError`` (nothing reached
  Microsoft), ``OutcomeUnknownError`` (a request may have been carried out: retry with the same
  request id).
- Logged at INFO per HTTP call: method, path, status, correlation id, request id, attempt. Never a
  token, a password or a body.
"""

from __future__ import annotations

import logging
import random
import socket
import time
import uuid
from collections.abc import Callable, Collection
from typing import Any

import httpx

from reseller_desktop.services.partner_center.errors import (
    OutcomeUnknownError,
    PartnerCenterError,
    ServiceBusyError,
    ServiceUnavailableError,
    SignInAgainError,
)
from reseller_desktop.services.partner_center.rest.codes import error_from_answer
from reseller_desktop.services.partner_center.rest.tokens import SignInRequiredError, TokenSource

log = logging.getLogger(__name__)

CONTRACT_VERSION = "v1"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0
MAX_ATTEMPTS = 5  # per operation, 401 refresh excluded
MAX_RETRY_AFTER = 30.0  # the longest Retry-After honoured (seconds)
WAIT_BUDGET = 60.0  # the waits of one operation add up to this at most (seconds)
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0

# Raised by httpx before the request left (nothing was carried out) ...
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
# ... and after it may have reached the service (the outcome is unknown).
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


class PartnerCenterHttp:
    """The HTTP side of the connector (see the module's docstring). Thread-safe: httpx's client
    is, and this keeps no per-call state. ``graph.GraphHttp`` reuses it for Microsoft Graph (its
    own headers and error bodies: ``headers`` and ``error_from``)."""

    service = "Partner Center"  # in the log lines

    def __init__(
        self,
        base_url: str,
        tokens: TokenSource,
        *,
        locale: str = "en-US",
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        max_attempts: int = MAX_ATTEMPTS,
        max_retry_after: float = MAX_RETRY_AFTER,
        wait_budget: float = WAIT_BUDGET,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 10,
    ) -> None:
        self.tokens = tokens
        self.locale = locale
        self.max_attempts = max(1, max_attempts)
        self.max_retry_after = max_retry_after
        self.wait_budget = wait_budget
        self.sleep = sleep
        self.jitter = jitter
        timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        if transport is None:
            # httpx writes a request's headers and body separately: without TCP_NODELAY the
            # body waits for the server's delayed ACK (40 ms or more per call).
            transport = httpx.HTTPTransport(
                limits=limits, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
            )
        self.http = httpx.Client(
            base_url=base_url.rstrip("/"),
            timeout=timeout,
            limits=limits,
            transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        self.http.close()

    def headers(self, request_id: str, correlation_id: str, token: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "MS-Contract-Version": CONTRACT_VERSION,
            "MS-CorrelationId": correlation_id,
            "MS-RequestId": request_id,
            "X-Locale": self.locale,
        }

    def error_from(
        self, status: int, content: bytes, correlation_id: str, *, what: str
    ) -> PartnerCenterError:
        """The port's error for an error answer (Partner Center's ``{code, description}``)."""
        return error_from_answer(status, content, correlation_id, what=what)

    def _token(self, *, force_refresh: bool = False) -> str:
        try:
            return self.tokens.token(force_refresh=force_refresh)
        except SignInRequiredError as exc:
            raise SignInAgainError() from exc

    def _backoff(self, retry: int) -> float:
        """Full jitter: a random wait up to base * 2^retry (capped)."""
        return self.jitter() * min(BACKOFF_CAP, BACKOFF_BASE * 2**retry)

    def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        request_id: str | None = None,
        accept: Collection[int] = (),
        what: str = "The resource",
    ) -> httpx.Response:
        """One operation: the answer when its status is 2xx or in ``accept`` (e.g. 404 for a
        question), else a ``PartnerCenterError``. ``request_id`` is the operation's
        ``MS-RequestId`` (a new one when None), sent on every retry."""
        request_id = request_id or str(uuid.uuid4())
        token = self._token()
        refreshed = False
        maybe_done = False  # an attempt may have been carried out by the service
        attempt = 0
        waited = 0.0
        last: PartnerCenterError | None = None
        while True:
            attempt += 1
            correlation_id = str(uuid.uuid4())
            wait: float | None = None
            try:
                response = self.http.request(
                    method,
                    path,
                    json=json,
                    headers=self.headers(request_id, correlation_id, token),
                )
            except httpx.HTTPError as exc:
                sent = not isinstance(exc, _NOT_SENT) and isinstance(exc, _MAYBE_SENT)
                # A question carries nothing out: its lost answer only means "unavailable".
                sent = sent and method not in ("GET", "HEAD")
                maybe_done = maybe_done or sent
                log.info(
                    "%s %s %s: %s (correlation %s, request %s, attempt %d)",
                    self.service,
                    method,
                    path,
                    type(exc).__name__,
                    correlation_id,
                    request_id,
                    attempt,
                )
                last = (
                    OutcomeUnknownError(f"{type(exc).__name__}: no answer from Partner Center.")
                    if sent
                    else ServiceUnavailableError(
                        f"{type(exc).__name__}: Partner Center is out of reach."
                    )
                )
                last.correlation_id = correlation_id
            else:
                status = response.status_code
                log.info(
                    "%s %s %s: %d (correlation %s, request %s, attempt %d)",
                    self.service,
                    method,
                    path,
                    status,
                    correlation_id,
                    request_id,
                    attempt,
                )
                if status < 300 or status in accept:
                    return response
                if status == 401:
                    if refreshed:
                        error: PartnerCenterError = SignInAgainError()
                        error.correlation_id = correlation_id
                        raise self._final(error, maybe_done)
                    refreshed = True
                    token = self._token(force_refresh=True)
                    attempt -= 1  # the refresh's retry is not one of the operation's retries
                    continue
                if status == 429:
                    after = _retry_after(response)
                    last = ServiceBusyError(after if after is not None else 1.0)
                    last.correlation_id = correlation_id
                    if after is not None:
                        wait = min(after, self.max_retry_after)
                elif status >= 500:
                    answer = self.error_from(status, response.content, correlation_id, what=what)
                    last = ServiceUnavailableError(
                        f"HTTP {status} ({answer.code}): {answer.description}".rstrip(": ")
                    )
                    last.correlation_id = correlation_id
                    # A 5xx may come after the work was done: the same id makes a retry safe.
                    maybe_done = maybe_done or method not in ("GET", "HEAD")
                else:
                    raise self.error_from(status, response.content, correlation_id, what=what)
            if wait is None:
                wait = self._backoff(attempt - 1)
            if attempt >= self.max_attempts or waited + wait > self.wait_budget:
                assert last is not None
                raise self._final(last, maybe_done)
            waited += wait
            if wait > 0:
                self.sleep(wait)

    @staticmethod
    def _final(error: PartnerCenterError, maybe_done: bool) -> PartnerCenterError:
        """The error that ends an operation: unknown if an attempt may have been carried out."""
        if not maybe_done or isinstance(error, OutcomeUnknownError):
            return error
        unknown = OutcomeUnknownError(
            f"{error.code}: Partner Center did not confirm the outcome; retry with the same "
            "request id."
        )
        unknown.correlation_id = error.correlation_id
        return unknown
