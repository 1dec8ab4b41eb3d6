"""Field limits and the checks shared by the free-text fields of a new-customer request.

Every problem is a ``Message`` in the "Validation" translation context, built with ``message``
from a ``QT_TRANSLATE_NOOP("Validation", ...)`` literal so that ``pyside6-lupdate`` collects it.
The company name and the domain prefix, plain text with a rule of their own, are checked here too
(the 2024 name rules themselves are in ``name_rules``).

Text that looks right but is not is refused here, for every free-text field: a value made only of
invisible characters (zero-width spaces, byte-order marks, accents without a letter), and the
bidirectional controls that make a name read differently from what was typed (a right-to-left
override). ``ascii_digits`` turns full-width and other scripts' digits into ASCII for the fields
Partner Center expects in ASCII (postal code, phone, registration number).
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
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the direction marks (LRM,
# RLM, ALM): they reorder how the text reads ("\u202eLRAS" shows as "SARL").
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Categories that draw nothing by themselves: format characters (zero-width space, joiners, byte-
# order mark, soft hyphen), combining marks, spaces, and unassigned code points.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Mc", "Me", "Zs", "Zl", "Zp", "Cc", "Cs", "Cn"})
# Letters and symbols that are blank by design (Hangul fillers, the blank Braille pattern).
_BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
Problem = Message | None


def message(text: str, **args: Any) -> Message:
    """A validation problem: ``text`` is a ``QT_TRANSLATE_NOOP("Validation", ...)`` literal."""
    return Message(CONTEXT, text, args)


def has_bad_characters(value: str) -> bool:
    return any(unicodedata.category(c) in _BAD_CATEGORIES for c in value)


def has_bidi_controls(value: str) -> bool:
    return any(c in BIDI_CONTROLS for c in value)


def is_invisible(value: str) -> bool:
    """Whether ``value`` has characters but none that shows (zero-width, marks alone...)."""
    return bool(value) and all(
        c in _BLANK_CHARACTERS or unicodedata.category(c) in _INVISIBLE_CATEGORIES for c in value
    )


def ascii_digits(value: str) -> str:
    """``value`` in NFKC ("０１２" -> "012", "ＳＷ１" -> "SW1") with every other decimal digit
    written as its ASCII digit ("٧٥٠٠٨" -> "75008"), surrounding spaces removed."""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    return text.strip()


def hidden_text_problem(value: str) -> Problem:
    """The problem with characters that do not show: controls and line breaks, direction
    controls, or a value made of invisible characters only. None when there is none."""
    if has_bad_characters(value):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Remove the line breaks, tabs or other invisible control characters "
                "(they are often pasted by accident).",
            )
        )
    if has_bidi_controls(value):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Remove the hidden text-direction characters (such as a right-to-left "
                "override): they make the text read differently from what it is. Retype "
                "the text instead of pasting it.",
            )
        )
    if is_invisible(value.strip()):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This contains only invisible characters (such as zero-width spaces or "
                "accents without a letter): delete them and type the text itself.",
            )
        )
    return None


def typed_text(value: object) -> tuple[str, Problem]:
    """The stripped text of a field, or the problem that comes before any field's own rules
    (not text; only invisible characters or direction controls)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        return "", message(QT_TRANSLATE_NOOP("Validation", "Enter text in this field."))
    hidden = hidden_text_problem(value)
    if hidden is not None:
        return "", hidden
    return value.strip(), None


def text_problem(value: object, maximum: int, missing: Message | None) -> Problem:
    """Checks shared by every free-text field; ``missing`` is None when the field is optional."""
    text, problem = typed_text(value)
    if problem is not None:
        return problem
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
    """The company name as text (the 2024 name rules: ``name_rules``)."""
    return text_problem(
        value,
        COMPANY_NAME_MAX,
        message(QT_TRANSLATE_NOOP("Validation", "Enter the customer's exact legal company name.")),
    )


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
