"""Text that looks valid but is not (issue 12, item 7): every free-text field refuses values made
of invisible characters only and bidirectional controls; the postal code, phones and
registration number are sent with ASCII digits."""

from __future__ import annotations

from typing import Any

import pytest

from reseller_desktop.domain.request import TEXT_FIELDS
from reseller_desktop.domain.text_checks import ascii_digits, hidden_text_problem, is_invisible
from reseller_desktop.domain.validation import normalized
from tests.domain.test_validation import assert_translatable, make, problems_of

INVISIBLE_ONLY = [
    "\u200b",  # zero-width space
    "\u200b\u200b\u200b",
    "\ufeff",  # byte-order mark
    "\u200c\u200d",  # zero-width non-joiner, joiner
    "\u2060",  # word joiner
    "\u00ad",  # soft hyphen
    "\u0301",  # a combining accent without a letter
    "\u0301\u0308\u0327",
    "\u034f\ufe0f",  # combining grapheme joiner, variation selector
    "\u20dd",  # combining enclosing circle
    "\u3164",  # Hangul filler
    "\u2800",  # blank Braille pattern
    " \u200b \u0301 ",
    "\U000e0041\U000e0042",  # tag characters
]
BIDI_CONTROLS = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
]
# Free-text fields, with the country where each is used (the registration number: Hungary).
FREE_TEXT: list[tuple[str, str]] = [
    ("FR", "company_name"),
    ("FR", "address_line1"),
    ("FR", "address_line2"),
    ("FR", "city"),
    ("FR", "state"),
    ("FR", "first_name"),
    ("FR", "last_name"),
    ("FR", "mca_signer_first_name"),
    ("FR", "mca_signer_last_name"),
]


@pytest.mark.parametrize("text", INVISIBLE_ONLY)
@pytest.mark.parametrize(("place", "field"), FREE_TEXT)
def test_invisible_only_values_are_refused(place: str, field: str, text: str) -> None:
    problems = problems_of(make(place, **{field: text}))
    assert list(problems) == [field]
    assert_translatable(problems[field])
    assert problems[field].render() == (
        "This contains only invisible characters (such as zero-width spaces or accents without a "
        "letter): delete them and type the text itself."
    )


@pytest.mark.parametrize("control", BIDI_CONTROLS)
@pytest.mark.parametrize(("place", "field"), FREE_TEXT)
def test_direction_controls_are_refused(place: str, field: str, control: str) -> None:
    problems = problems_of(make(place, **{field: f"Contoso {control}LRAS"}))
    assert list(problems) == [field]
    assert_translatable(problems[field])
    text = problems[field].render()
    assert text.startswith("Remove the hidden text-direction characters")
    assert "right-to-left override" in text


@pytest.mark.parametrize(
    ("place", "changes", "field"),
    [
        ("FR", {"phone": "+33 1 42 92 81 00\u202e"}, "phone"),
        ("FR", {"mca_signer_phone": "\u200f+33 1 42 92 81 00"}, "mca_signer_phone"),
        ("FR", {"email": "camille\u202e@contoso-conseil.fr"}, "email"),
        ("HU", {"registration_number": "01-09-\u2066123456"}, "registration_number"),
    ],
)
def test_direction_controls_are_refused_in_contact_details(
    place: str, changes: dict[str, Any], field: str
) -> None:
    problems = problems_of(make(place, **changes))
    assert list(problems) == [field]
    assert problems[field].render().startswith("Remove the hidden text-direction characters")


@pytest.mark.parametrize(
    ("place", "changes", "field"),
    [
        ("FR", {"phone": "\u200b\u200b"}, "phone"),
        ("HU", {"registration_number": "\u0301"}, "registration_number"),
        ("FR", {"email": "\u200b"}, "email"),
    ],
)
def test_invisible_contact_details_are_refused(
    place: str, changes: dict[str, Any], field: str
) -> None:
    problems = problems_of(make(place, **changes))
    assert list(problems) == [field]
    assert problems[field].render().startswith("This contains only invisible characters")


@pytest.mark.parametrize(
    "name",
    [
        "Zoe\u0308",  # Zoë with a combining diaeresis
        "\u0646\u06cc\u0645\u200c\u0641\u0627\u0635\u0644\u0647",  # Persian, with a ZWNJ
        "\u0645\u0631\u062d\u0628\u0627",  # Arabic letters, no control
        "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
        "\U0001f469\u200d\U0001f4bb Studio",  # an emoji sequence joined by a ZWJ
    ],
)
def test_real_names_with_marks_and_joiners_are_accepted(name: str) -> None:
    assert problems_of(make("FR", company_name=name, first_name=name)) == {}


def test_hidden_text_problem_and_is_invisible() -> None:
    assert hidden_text_problem("Contoso") is None
    assert hidden_text_problem("") is None
    assert is_invisible("\u200b") and not is_invisible("") and not is_invisible("a\u200b")


@pytest.mark.parametrize(
    ("typed", "ascii"),
    [
        ("\u0667\u0665\u0660\u0660\u0668", "75008"),  # Arabic-Indic
        ("\u06f7\u06f5\u06f0\u06f0\u06f8", "75008"),  # Extended Arabic-Indic (Persian)
        ("\u096d\u096b\u0966\u0966\u096e", "75008"),  # Devanagari
        ("７５００８", "75008"),  # full-width
        ("ＳＷ１Ａ　２ＡＡ", "SW1A 2AA"),  # full-width letters and space
        ("75008", "75008"),
    ],
)
def test_ascii_digits(typed: str, ascii: str) -> None:
    assert ascii_digits(typed) == ascii


@pytest.mark.parametrize(
    ("place", "changes", "expected"),
    [
        ("FR", {"postal_code": "\u0667\u0665\u0660\u0660\u0668"}, {"postal_code": "75008"}),
        ("FR", {"postal_code": "７５００８"}, {"postal_code": "75008"}),
        ("GB", {"postal_code": "ｓｗ１ａ ２ａａ"}, {"postal_code": "SW1A 2AA"}),
        (
            "FR",
            {"phone": "＋３３ １ ４２ ９２ ８１ ００"},
            {"phone": "+33 1 42 92 81 00"},
        ),
        (
            "FR",
            {"mca_signer_phone": "+\u0663\u0663 \u0661 \u0664\u0662 \u0669\u0662 81 00"},
            {"mca_signer_phone": "+33 1 42 92 81 00"},
        ),
        (
            "HU",
            {"registration_number": "\u0660\u0661-\u0660\u0669-１２３４５６"},
            {"registration_number": "01-09-123456"},
        ),
    ],
)
def test_other_digits_are_sent_as_ascii(
    place: str, changes: dict[str, Any], expected: dict[str, str]
) -> None:
    request = make(place, **changes)
    assert problems_of(request) == {}
    clean = normalized(request)
    for name, value in expected.items():
        assert getattr(clean, name) == value
        assert getattr(clean, name).isascii()
    assert normalized(clean) == clean


def test_every_text_field_is_covered() -> None:
    """Each text field of the request is either free text (refusing hidden characters here) or
    has a rule of its own that refuses them (tests/domain/test_validation.py)."""
    own_rules = {
        "domain_prefix",
        "country",
        "postal_code",
        "email",
        "phone",
        "registration_number",
        "language",
        "culture",
        "mca_signer_email",
        "mca_signer_phone",
        "offer_id",
        "term",
        "billing_cycle",
        # Chosen in lists, checked by partner_checks.py (typed_text refuses hidden characters).
        "reseller_id",
        "reseller_name",
        "admin_template",
        "admin_roles",
        "admin_duration",
    }
    assert {field for _place, field in FREE_TEXT} | own_rules >= set(TEXT_FIELDS)
