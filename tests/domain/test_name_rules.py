"""The 2024 name and e-mail rules: each rule, its message (which field, what, how to fix), and the
real names they must not refuse."""

from __future__ import annotations

from typing import Any

import pytest

from reseller_desktop.domain.name_rules import (
    clean_domain,
    is_only_legal_form,
    placeholder_word,
)
from reseller_desktop.domain.request import NewCustomerRequest
from tests.domain.test_validation import assert_translatable, make, problems_of

# (changes, field, words the message must contain: the field, what is wrong, the fix)
REFUSED: list[tuple[dict[str, Any], str, tuple[str, ...]]] = [
    ({"company_name": "X"}, "company_name", ("company name", "one character", "full legal")),
    ({"company_name": "é"}, "company_name", ("company name", "one character")),
    ({"company_name": "LLC"}, "company_name", ("company name", "only a legal form", "Contoso")),
    ({"company_name": "Inc."}, "company_name", ("only a legal form",)),
    ({"company_name": "S.A.R.L."}, "company_name", ("only a legal form", "Contoso S.A.R.L.")),
    ({"company_name": "sàrl"}, "company_name", ("only a legal form",)),
    ({"company_name": "GmbH"}, "company_name", ("only a legal form",)),
    ({"company_name": "GmbH & Co. KG"}, "company_name", ("only a legal form",)),
    ({"company_name": "Pty. Ltd."}, "company_name", ("only a legal form",)),
    ({"company_name": "B.V."}, "company_name", ("only a legal form",)),
    ({"company_name": "Sp. z o.o."}, "company_name", ("only a legal form",)),
    ({"company_name": "SAS"}, "company_name", ("only a legal form",)),
    ({"company_name": "SA"}, "company_name", ("only a legal form",)),
    ({"company_name": "AG"}, "company_name", ("only a legal form",)),
    ({"company_name": "Ltd"}, "company_name", ("only a legal form",)),
    ({"company_name": "Test"}, "company_name", ("company name", "test name", "“test”")),
    ({"company_name": "TEST SARL"}, "company_name", ("test name", "“test”")),
    ({"company_name": "Demo Company"}, "company_name", ("placeholder", "“demo”")),
    ({"company_name": "asdf"}, "company_name", ("“asdf”", "exact legal name")),
    ({"company_name": "XXX Ltd"}, "company_name", ("“xxx”",)),
    ({"company_name": "Qwerty"}, "company_name", ("“qwerty”",)),
    ({"company_name": "Sample GmbH"}, "company_name", ("“sample”",)),
    ({"company_name": "Foo Bar"}, "company_name", ("“foo”",)),
    ({"company_name": "N/A"}, "company_name", ("“n/a”",)),
    ({"company_name": "Zzzz"}, "company_name", ("“zzzz”",)),
    ({"first_name": "J"}, "first_name", ("first name", "one character", "not an initial")),
    ({"first_name": "J."}, "first_name", ("first name", "one character")),
    ({"first_name": "Test"}, "first_name", ("first name", "placeholder", "“test”")),
    ({"first_name": "Demo"}, "first_name", ("first name", "“demo”")),
    ({"first_name": "x" * 41}, "first_name", ("first name", "41 characters", "40 at most")),
    ({"last_name": "M"}, "last_name", ("last name", "one character", "full last name")),
    ({"last_name": "asdf"}, "last_name", ("last name", "“asdf”")),
    ({"last_name": "Dummy"}, "last_name", ("last name", "“dummy”")),
    ({"last_name": "Unknown"}, "last_name", ("“unknown”",)),
    ({"last_name": "y" * 45}, "last_name", ("last name", "45 characters", "40 at most")),
    ({"email": "camille@microsoft.com"}, "email", ("Microsoft address", "microsoft.com")),
    ({"email": "Camille@MICROSOFT.COM"}, "email", ("Microsoft address",)),
    ({"email": "camille@emea.microsoft.com"}, "email", ("emea.microsoft.com", "customer")),
]

ACCEPTED: list[dict[str, Any]] = [
    {"company_name": "Testa Costruzioni SRL"},
    {"company_name": "Demoulin Frères"},
    {"company_name": "Test-Achats"},  # a real consumer association: one hyphenated word
    {"company_name": "Contest Events Ltd"},
    {"company_name": "Foodies SAS"},
    {"company_name": "Henry III Ltd"},  # Roman numerals are not "xxx"
    {"company_name": "AB InBev"},
    {"company_name": "3M"},
    {"company_name": "LG"},
    {"company_name": "Co-op Distribution"},
    {"first_name": "Lu"},
    {"first_name": "Na"},  # a Korean surname and given name
    {"last_name": "Sample"},  # a real surname (only a company's placeholder)
    {"last_name": "Testard"},
    {"last_name": "Demoulin"},
    {"first_name": "Jean-Baptiste", "last_name": "O'Connor"},
    {"first_name": "Maria Fernanda Isabel Catarina Aparecida", "last_name": "Wolfeschlegel"},
    {"email": "camille@notmicrosoft.com"},
    {"email": "camille@microsoft.com.contoso-conseil.fr"},
]


@pytest.mark.parametrize(
    ("changes", "field", "words"), REFUSED, ids=[str(row[0])[:40] for row in REFUSED]
)
def test_each_name_rule_is_named_with_its_fix(
    changes: dict[str, Any], field: str, words: tuple[str, ...]
) -> None:
    problems = problems_of(make("FR", **changes))
    assert list(problems) == [field]
    assert_translatable(problems[field])
    text = problems[field].render()
    for word in words:
        assert word in text, (word, text)


@pytest.mark.parametrize("changes", ACCEPTED, ids=[str(c)[:40] for c in ACCEPTED])
def test_real_names_are_not_refused(changes: dict[str, Any]) -> None:
    assert problems_of(make("FR", **changes)) == {}


PARTNER = ["Fabrikam.fr", "@northwind.example.org", "*.tailspin.io"]


@pytest.mark.parametrize(
    ("email", "refused_as"),
    [
        ("alex@fabrikam.fr", "fabrikam.fr"),
        ("alex@FABRIKAM.FR", "fabrikam.fr"),
        ("alex@mail.fabrikam.fr", "fabrikam.fr"),
        ("alex@northwind.example.org", "northwind.example.org"),
        ("alex@eu.tailspin.io", "tailspin.io"),
        ("alex@fabrikam.fr.contoso-conseil.fr", None),
        ("alex@notfabrikam.fr", None),
        ("alex@contoso-conseil.fr", None),
    ],
)
def test_the_partners_own_domains_are_refused_for_the_contact(
    email: str, refused_as: str | None
) -> None:
    problems = problems_of(make("FR", email=email), partner_domains=PARTNER)
    if refused_as is None:
        assert problems == {}
        return
    assert list(problems) == ["email"]
    assert_translatable(problems["email"])
    text = problems["email"].render()
    assert refused_as in text and "your own (partner) domains" in text


def test_partner_domains_do_not_apply_to_anyone_but_the_contact() -> None:
    request = make("FR", mca_signer_email="alex@fabrikam.fr")
    assert problems_of(request, partner_domains=PARTNER) == {}
    assert problems_of(make("FR"), partner_domains=["", "  ", "not a domain"]) == {}


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Contoso.COM ", "contoso.com"),
        ("@contoso.com", "contoso.com"),
        ("*.contoso.com", "contoso.com"),
        ("bücher.de", "xn--bcher-kva.de"),
        ("two words", ""),
        ("a@b.c", ""),
        (None, ""),
    ],
)
def test_clean_domain(typed: object, clean: str) -> None:
    assert clean_domain(typed) == clean


@pytest.mark.parametrize(
    ("name", "only_form"),
    [
        ("S.A.R.L.", True),
        ("s a r l", False),  # four letters, not a legal form
        ("Ltd Inc", True),
        ("Contoso Ltd", False),
        ("", False),
        ("Société anonyme", True),
    ],
)
def test_legal_forms_ignore_case_accents_and_punctuation(name: str, only_form: bool) -> None:
    assert is_only_legal_form(name) is only_form


def test_placeholders_are_whole_words_or_whole_values() -> None:
    assert placeholder_word("Testing Ltd") == "testing"
    assert placeholder_word("Testing-Lab Ltd") is None
    assert placeholder_word("Company") == "company"
    assert placeholder_word("Company Of Heroes") is None
    assert placeholder_word("Sample") is None, "a surname"
    assert placeholder_word("Sample Ltd") is None
    assert placeholder_word("Sample Ltd", company=True) == "sample"


def test_an_empty_request_gets_the_missing_messages_not_the_name_rules() -> None:
    problems = problems_of(NewCustomerRequest())
    assert "one character" not in problems["first_name"].render()
    assert "legal form" not in problems["company_name"].render()
