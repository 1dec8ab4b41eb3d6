"""Field limits and the checks shared by the free-text fields of a new-customer request.

Every problem is a ``Message`` in the "Validation" translation context, built with ``message``
from a ``QT_TRANSLATE_NOOP("Validation", ...)`` literal so that ``pyside6-lupdate`` collects it.
The company name and the domain prefix, plain text with a rule of their own, are checked here too.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .request import DOMAIN_PREFIX_PATTERN
from .text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Validation"

COMPANY_NAME_MAX = 200
ADDRESS_LINE_MAX = 200
CITY_MAX = 100
STATE_MAX = 100
POSTAL_CODE_MAX = 20
PERSON_NAME_MAX = 50
PHONE_MAX = 40
REGISTRATION_NUMBER_MAX = 50
DOMAIN_PREFIX_MAX = 27
DOMAIN_SUFFIX = ".onmicrosoft.com"

DOMAIN_PREFIX_RE = DOMAIN_PREFIX_PATTERN  # use with fullmatch
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, lone surrogates, line breaks
_TEST_NAMES = frozenset(
    {
        "test",
        "tests",
        "testing",
        "test company",
        "test customer",
        "test tenant",
        "asdf",
        "asdfgh",
        "qwerty",
        "xxx",
        "abc",
        "aaa",
        "foo",
        "bar",
        "foobar",
        "dummy",
        "n/a",
        "none",
        "null",
    }
)

Problem = Message | None


def message(text: str, **args: Any) -> Message:
    """A validation problem: ``text`` is a ``QT_TRANSLATE_NOOP("Validation", ...)`` literal."""
    return Message(CONTEXT, text, args)


def has_bad_characters(value: str) -> bool:
    return any(unicodedata.category(c) in _BAD_CATEGORIES for c in value)


def text_problem(value: object, maximum: int, missing: Message | None) -> Problem:
    """Checks shared by every free-text field; ``missing`` is None when the field is optional."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        return message(QT_TRANSLATE_NOOP("Validation", "Enter text in this field."))
    if has_bad_characters(value):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Remove the line breaks, tabs or other invisible control characters "
                "(they are often pasted by accident).",
            )
        )
    text = value.strip()
    if not text:
        return missing
    if len(text) > maximum:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Shorten this to {maximum} characters at most (it has {length})."
            ),
            maximum=maximum,
            length=len(text),
        )
    return None


def person_name_problem(value: object, missing: Message) -> Problem:
    return text_problem(value, PERSON_NAME_MAX, missing)


def company_problem(value: object) -> Problem:
    problem = text_problem(
        value,
        COMPANY_NAME_MAX,
        message(QT_TRANSLATE_NOOP("Validation", "Enter the customer's exact legal company name.")),
    )
    if problem is None and isinstance(value, str) and value.strip().casefold() in _TEST_NAMES:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter the customer's exact legal company name; Microsoft does not accept "
                "test names.",
            )
        )
    return problem


def domain_prefix_problem(value: object) -> Problem:
    """The problem with a domain prefix (letters and digits, 1-27), or None when it is valid."""
    if not isinstance(value, str) or not value.strip():
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter a domain prefix: letters and digits only, 27 at most "
                "(it becomes <prefix>.onmicrosoft.com).",
            )
        )
    text = value.strip()
    if DOMAIN_PREFIX_RE.fullmatch(text):
        return None
    if len(text) <= 100 and text.casefold().endswith(DOMAIN_SUFFIX):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter only the part before .onmicrosoft.com (letters and digits)."
            )
        )
    if len(text) > DOMAIN_PREFIX_MAX and text.isascii() and text.isalnum():
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Shorten the domain prefix to 27 characters at most (it has {length}).",
            ),
            length=len(text),
        )
    return message(
        QT_TRANSLATE_NOOP(
            "Validation",
            "Use only letters and digits (no spaces, dots, hyphens or accents), 27 at most.",
        )
    )
