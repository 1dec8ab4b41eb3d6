"""The contact details of a new-customer request: e-mail, phone, registration number, language
and culture.

Phone numbers are checked with ``phonenumbers`` and e-mail addresses with ``email_validator``;
which countries require a phone and a registration number, the phone pattern, the languages and
cultures come from the country's rules (the rule book, ``countries.address_rules``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale

from .countries import address_rules, cultures_for, default_culture
from .country_rules import compiled
from .name_rules import email_domain_problem
from .text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # imported where used: the window starts before anyone types a contact
    import phonenumbers

from .text_checks import (
    PHONE_MAX,
    REGISTRATION_NUMBER_MAX,
    Problem,
    has_bad_characters,
    message,
    typed_text,
)

_REGISTRATION_CHARS = re.compile(r"[0-9 .\-]")
_LANGUAGE_RE = re.compile(r"[a-z]{2}", re.ASCII)
_CULTURE_RE = re.compile(r"([A-Za-z]{2})[-_]([A-Za-z]{2})", re.ASCII)
_TLD_RE = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}", re.ASCII)
_EXAMPLE_DOMAINS = frozenset({"example.com", "example.net", "example.org"})


def email_problem(value: object, missing: Message) -> Problem:
    return _checked_email(value, missing)[0]


def contact_email_problem(
    value: object, missing: Message, partner_domains: Iterable[str] = ()
) -> Problem:
    """The contact's e-mail: a valid address, neither Microsoft's nor the partner's own."""
    problem, domain = _checked_email(value, missing)
    if problem is not None or not domain:
        return problem
    return email_domain_problem(domain, partner_domains)


def _checked_email(value: object, missing: Message) -> tuple[Problem, str]:
    """(the problem, the address's ASCII domain in lower case when it is valid)."""
    text, problem = typed_text(value)
    if problem is not None:
        return problem, ""
    if not text:
        return missing, ""
    invalid = message(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Enter a valid email address such as name@contoso.com: one @, no spaces, and a "
            "real domain ending such as .com or .fr.",
        )
    )
    if len(text) > 254:
        return invalid, ""
    try:
        from email_validator import EmailNotValidError, validate_email

        result = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return invalid, ""
    except Exception:  # the library failed on odd input: still just an invalid address
        return invalid, ""
    domain = str(result.ascii_domain).lower()
    if not _TLD_RE.fullmatch(domain.rsplit(".", 1)[-1]):
        return invalid, ""
    if domain in _EXAMPLE_DOMAINS:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter the customer's real email address, not an example address."
            )
        ), ""
    return None, domain


def _phone_example(country: str | None) -> str:
    import phonenumbers

    try:
        example = phonenumbers.example_number(country) if country else None
        if example is None:
            return "+1 201-555-0123"
        return str(
            phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        )
    except Exception:
        return "+1 201-555-0123"


def phone_problem(value: object, country: str | None, *, required: bool = False) -> Problem:
    """The problem with a phone number for ``country`` (None when unknown), or None when valid.

    A number written with "+" and a country code may belong to another country."""
    text, problem = typed_text(value)
    if problem is not None:
        return problem
    if not text:  # (the phone library, 25 ms to import, is needed only for a number)
        if required:
            return message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Enter a phone number, for example {example}: Partner Center requires one "
                    "for customers in this country (error 600051).",
                ),
                example=_phone_example(country),
            )
        return None
    import phonenumbers

    valid = False
    if len(text) <= PHONE_MAX and not has_bad_characters(text):
        try:
            number = phonenumbers.parse(text, country)
            valid = bool(phonenumbers.is_valid_number(number)) and _matches_rules(number, country)
        except Exception:  # NumberParseException, or the library failing on odd input
            valid = False
    if valid:
        return None
    return message(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Enter a valid phone number, for example {example} (a number of another country "
            "must start with + and its country code).",
        ),
        example=_phone_example(country),
    )


def _matches_rules(number: phonenumbers.PhoneNumber, country: str | None) -> bool:
    """A number of ``country`` (by its calling code) matches the phone pattern of its rules."""
    import phonenumbers

    if country is None:
        return True
    rules = address_rules(country)
    regex = compiled(rules.phone_regex) if rules.phone_regex else None
    if regex is None or str(number.country_code) not in rules.calling_codes:
        return True
    return regex.fullmatch(phonenumbers.national_significant_number(number)) is not None


def phone_required(country: str | None) -> bool:
    return country is not None and address_rules(country).phone_required


def registration_problem(value: object, country: str | None) -> Problem:
    text, problem = typed_text(value)
    if problem is not None:
        return problem
    rules = address_rules(country) if country is not None else None
    required = rules is not None and rules.registration_required
    supported = rules is not None and rules.registration_supported
    if not text:
        if required:
            return message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Enter the organization registration number: Partner Center requires it "
                    "for customers in this country (error 600049).",
                )
            )
        return None
    if country is not None and not supported:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Leave the registration number empty: Partner Center refuses it for customers "
                "in this country (error 600002).",
            )
        )
    if (
        len(text) > REGISTRATION_NUMBER_MAX
        or not all(c.isalpha() or _REGISTRATION_CHARS.fullmatch(c) for c in text)
        or not any(c.isalpha() or c in "0123456789" for c in text)
    ):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Use 1 to 50 letters, digits, spaces, hyphens or dots for the registration "
                "number (Partner Center error 600050).",
            )
        )
    return None


@lru_cache(maxsize=1)
def _language_codes() -> frozenset[str]:
    return frozenset(
        code for code in Locale("en").languages if isinstance(code, str) and len(code) == 2
    )


def language_problem(value: object, country: str | None = None) -> Problem:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Choose the customer's language (two letters, such as fr or en)."
            )
        )
    if not _LANGUAGE_RE.fullmatch(text.lower()) or text.lower() not in _language_codes():
        return message(
            QT_TRANSLATE_NOOP("Validation", "Use a two-letter language code such as fr, en or de.")
        )
    offered = address_rules(country).languages if country is not None else ()
    if offered and text.lower() not in offered:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Choose one of the languages Partner Center offers for this country: {languages}.",
            ),
            languages=", ".join(offered),
        )
    return None


def culture_problem(value: object, country: str | None) -> Problem:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        return message(
            QT_TRANSLATE_NOOP("Validation", "Choose the customer's culture, such as {example}."),
            example=default_culture(country or ""),
        )
    if country is None:
        if _CULTURE_RE.fullmatch(text):
            return None  # the country's own problem is reported; the culture is checked later
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Use a culture such as fr-FR or en-US (language-COUNTRY)."
            )
        )
    offered = cultures_for(country)
    if canonical_culture(text) not in offered:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Choose one of the cultures offered for this country: {cultures}."
            ),
            cultures=", ".join(offered),
        )
    return None


def canonical_culture(text: str) -> str:
    match = _CULTURE_RE.fullmatch(text.strip())
    if not match:
        return text.strip()
    return f"{match.group(1).lower()}-{match.group(2).upper()}"
