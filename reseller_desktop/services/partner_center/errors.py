"""The one exception family of the Partner Center port, with Microsoft's error codes.

Every failure of a port call is a ``PartnerCenterError``: a refusal carries Partner Center's code
and the request field it concerns (``field_of``); ``ServiceBusyError`` is "try later" (HTTP 429);
``OutcomeUnknownError`` means the call may or may not have been carried out (a timeout, a lost
reply, a crash): retry it with the same request id, which answers the first result.
"""

from __future__ import annotations

# Partner Center's codes (reference, section 4) and the request field each concerns.
REGISTRATION_MISSING = "600049"
REGISTRATION_INVALID = "600050"
REGISTRATION_NOT_ALLOWED = "600002"
PHONE_MISSING = "600051"
QUANTITY_OUT_OF_RANGE = "2002"
TOO_MANY_SEATS = "800067"
OFFER_NOT_IN_COUNTRY = "800070"
UNDER_REVIEW = "800073"
UNDER_REVIEW_SEATS = "800074"
AGREEMENT_MISSING = "13605"
# Codes of this app's own for answers Partner Center gives without a number.
DOMAIN_TAKEN = "DomainTaken"
NOT_FOUND = "NotFound"
BUSY = "429"
UNAVAILABLE = "ServiceUnavailable"
OUTCOME_UNKNOWN = "OutcomeUnknown"
SIGN_IN_AGAIN = "SignInRequired"

FIELD_OF_CODE: dict[str, str] = {
    REGISTRATION_MISSING: "registration_number",
    REGISTRATION_INVALID: "registration_number",
    REGISTRATION_NOT_ALLOWED: "registration_number",
    PHONE_MISSING: "phone",
    QUANTITY_OUT_OF_RANGE: "seats",
    TOO_MANY_SEATS: "seats",
    OFFER_NOT_IN_COUNTRY: "offer_id",
    AGREEMENT_MISSING: "mca_accepted",
    DOMAIN_TAKEN: "domain_prefix",
}

# Partner Center names the property it blames in an error's ``data`` or ``source`` (e.g.
# "billingProfile.defaultAddress.postalCode"): the request field each property is, by the last
# part of its path, case-insensitive. Used for codes not in FIELD_OF_CODE (address errors...).
FIELD_OF_PROPERTY: dict[str, str] = {
    "domain": "domain_prefix",
    "organizationregistrationnumber": "registration_number",
    "email": "email",
    "culture": "culture",
    "language": "language",
    "companyname": "company_name",
    "country": "country",
    "region": "state",
    "state": "state",
    "city": "city",
    "addressline1": "address_line1",
    "addressline2": "address_line2",
    "postalcode": "postal_code",
    "firstname": "first_name",
    "lastname": "last_name",
    "phonenumber": "phone",
    "quantity": "seats",
    "catalogitemid": "offer_id",
    "defaultaddress": "address_line1",
    "address": "address_line1",
}


def field_of_property(name: str) -> str | None:
    """The request field a Partner Center property path names (None: not one of the request's)."""
    last = name.strip().rsplit(".", 1)[-1].replace("_", "").lower()
    return FIELD_OF_PROPERTY.get(last)


def field_of(code: str) -> str | None:
    """The request field a Partner Center error code concerns (None: the request as a whole)."""
    return FIELD_OF_CODE.get(code)


class PartnerCenterError(Exception):
    """Partner Center refused or could not answer. ``description`` is Microsoft's text (never a
    secret); ``field`` the request field it concerns, if any."""

    def __init__(
        self,
        code: str,
        description: str = "",
        *,
        field: str | None = None,
        correlation_id: str = "",
    ) -> None:
        super().__init__(f"{code}: {description}" if description else code)
        self.code = code
        self.description = description
        self.field = field if field is not None else field_of(code)
        self.correlation_id = correlation_id


class DomainTakenError(PartnerCenterError):
    def __init__(self, domain: str) -> None:
        super().__init__(DOMAIN_TAKEN, f"The domain {domain} is already in use.")
        self.domain = domain


class NotFoundError(PartnerCenterError):
    def __init__(self, what: str) -> None:
        super().__init__(NOT_FOUND, f"{what} was not found.")


class ServiceBusyError(PartnerCenterError):
    """Too many requests (HTTP 429): nothing was done; try again after ``retry_after`` seconds."""

    def __init__(
        self, retry_after: float = 1.0, description: str = "Rate limit is exceeded."
    ) -> None:
        super().__init__(BUSY, description)
        self.retry_after = retry_after


class ServiceUnavailableError(PartnerCenterError):
    """The service could not be reached: the call was not carried out."""

    def __init__(self, description: str = "") -> None:
        super().__init__(UNAVAILABLE, description)


class OutcomeUnknownError(PartnerCenterError):
    """The call may or may not have been carried out: retry with the same request id."""

    def __init__(self, description: str = "") -> None:
        super().__init__(OUTCOME_UNKNOWN, description)


class SignInAgainError(PartnerCenterError):
    """Partner Center refused the partner's token even after a refresh (HTTP 401 twice), or no
    token can be had without the user: nothing was done; sign in again, then retry (the journal
    keeps the submission)."""

    def __init__(self, description: str = "Sign in to Partner Center again.") -> None:
        super().__init__(SIGN_IN_AGAIN, description)
