"""Partner Center's error answers as the port's ``PartnerCenterError`` family.

An error answer is ``{code, description, data:[], source}`` (reference, section 7). The code says
which request field is wrong when ``errors.FIELD_OF_CODE`` knows it (the codes of section 4);
otherwise the property named in ``data`` or ``source`` does (an invalid postal code names
``postalCode``). ``hint`` gives, for the known codes, what the user should do, as a translatable
``Message``; Microsoft's own ``description`` (in the ``X-Locale`` language) stays on the error.
"""

from __future__ import annotations

import json
from typing import Any

from reseller_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reseller_desktop.services.partner_center import errors
from reseller_desktop.services.partner_center.errors import (
    NotFoundError,
    PartnerCenterError,
    SignInAgainError,
)

CONTEXT = "PartnerCenter"

# What to do about each code the app knows (the field is errors.FIELD_OF_CODE's).
HINTS: dict[str, str] = {
    errors.REGISTRATION_MISSING: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "Microsoft requires the organization registration number in this country: enter it.",
    ),
    errors.REGISTRATION_INVALID: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "Microsoft did not accept this registration number: check it against the company's "
        "official registration.",
    ),
    errors.REGISTRATION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "A registration number is not accepted for this country: leave it empty.",
    ),
    errors.PHONE_MISSING: QT_TRANSLATE_NOOP(
        "PartnerCenter", "Microsoft requires a phone number in this country: enter one."
    ),
    errors.QUANTITY_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "PartnerCenter", "This number of seats is outside the offer's range: choose another."
    ),
    errors.TOO_MANY_SEATS: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "Too many seats for this offer (Business offers allow 300 in all): lower the number.",
    ),
    errors.OFFER_NOT_IN_COUNTRY: QT_TRANSLATE_NOOP(
        "PartnerCenter", "This offer is not sold in the customer's country: choose another."
    ),
    errors.UNDER_REVIEW: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "Microsoft is reviewing this new customer: purchases and seat increases wait until "
        "the review ends.",
    ),
    errors.UNDER_REVIEW_SEATS: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "Microsoft is reviewing this new customer: purchases and seat increases wait until "
        "the review ends.",
    ),
    errors.AGREEMENT_MISSING: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "The customer has not accepted the Microsoft Customer Agreement yet: send the "
        "acceptance link, then order again once it is accepted.",
    ),
    errors.DOMAIN_TAKEN: QT_TRANSLATE_NOOP(
        "PartnerCenter", "This domain prefix is already taken: choose another one."
    ),
    errors.SIGN_IN_AGAIN: QT_TRANSLATE_NOOP(
        "PartnerCenter",
        "Partner Center no longer accepts your sign-in: sign in again, then retry. Nothing "
        "was lost.",
    ),
}
ADDRESS_HINT = QT_TRANSLATE_NOOP(
    "PartnerCenter", "Microsoft could not verify this address: check the street and postal code."
)
UNKNOWN_HINT = QT_TRANSLATE_NOOP(
    "PartnerCenter",
    "Microsoft refused the request: {description} (code {code}). Quote the correlation id "
    "{correlation_id} to Microsoft support.",
)
_ADDRESS_FIELDS = frozenset({"address_line1", "address_line2", "postal_code", "city", "state"})


def hint(error: PartnerCenterError) -> Message:
    """What to tell the user about ``error``: how to fix it, or Microsoft's description with the
    code and the correlation id to quote to support."""
    known = HINTS.get(error.code)
    if known is not None:
        return Message(CONTEXT, known)
    if error.field in _ADDRESS_FIELDS:
        return Message(CONTEXT, ADDRESS_HINT)
    return Message(
        CONTEXT,
        UNKNOWN_HINT,
        {
            "description": error.description or error.code,
            "code": error.code,
            "correlation_id": error.correlation_id or "-",
        },
    )


def _body(content: bytes) -> dict[str, Any]:
    try:
        body = json.loads(content or b"{}")
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _field(body: dict[str, Any], code: str) -> str | None:
    known = errors.field_of(code)
    if known is not None:
        return known
    named: list[str] = []
    data = body.get("data")
    if isinstance(data, list):
        named += [item for item in data if isinstance(item, str)]
    source = body.get("source")
    if isinstance(source, str):
        named.append(source)
    for name in named:
        found = errors.field_of_property(name)
        if found is not None:
            return found
    return None


def error_from_answer(
    status: int, content: bytes, correlation_id: str, *, what: str = "The resource"
) -> PartnerCenterError:
    """The ``PartnerCenterError`` for an error answer (4xx other than 401/429, or a final 5xx)."""
    body = _body(content)
    raw = body.get("code", body.get("errorCode", ""))
    code = str(raw) if raw not in ("", None) else str(status)
    description = str(body.get("description") or body.get("message") or "")[:1024]
    error: PartnerCenterError
    if status == 404 and code in ("404", "NotFound"):
        error = NotFoundError(what)
    elif status == 401:
        error = SignInAgainError()
    else:
        error = PartnerCenterError(code, description, field=_field(body, code))
        if error.field is None and "address" in description.lower():
            error.field = "address_line1"
    error.correlation_id = correlation_id
    return error
