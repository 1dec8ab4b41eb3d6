"""Partner Center's name and e-mail rules, enforced since 2024-02-05 (reference, section 6).

- no name of one character (company, contact first and last name);
- no company name that is only a legal form ("LLC", "S.A.R.L.", "GmbH & Co. KG");
- no placeholder or test name ("Test", "Demo Company", "asdf", "xxx") in the company or contact
  names; matched by whole word or whole value, so "Testa", "Demoulin" or "Test-Achats" pass;
- contact first and last names at most 40 characters;
- the contact e-mail neither at microsoft.com (or a subdomain) nor at one of the partner's own
  domains (given by the caller: the domain layer reads no settings).

Comparisons ignore case, accents and punctuation ("s.a.r.l." is "SARL"). Each message names the
field, says what is wrong and how to fix it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from .text import QT_TRANSLATE_NOOP, Message
from .text_checks import Problem, message, typed_text

CONTACT_NAME_MAX = 40

# Legal forms a company name cannot be made of alone, across the countries partners sell in
# (written as usual; compared through ``_key``).
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        # English-speaking countries
        "LLC", "L.L.C.", "LLP", "LP", "Inc", "Inc.", "Incorporated", "Corp", "Corporation",
        "Co", "Company", "Ltd", "Limited", "Pty", "Pty Ltd", "Plc", "PC", "PLLC", "CIC", "LTDA",
        "Unlimited", "ULC", "LC", "PA", "Proprietary Limited",
        # French-speaking countries
        "SARL", "EURL", "SAS", "SASU", "SA", "SNC", "SCI", "SCOP", "SCS", "SCA", "GIE", "SEL",
        "SELARL", "EI", "EIRL", "SC", "SPRL", "SRL", "SCRL", "ASBL", "Sàrl",
        # German-speaking countries
        "GmbH", "AG", "KG", "OHG", "GbR", "UG", "eG", "e.V.", "KGaA", "GmbH & Co KG",
        "GmbH & Co. KG", "UG (haftungsbeschränkt)", "mbH",
        # Benelux and Nordic countries
        "BV", "B.V.", "NV", "N.V.", "VOF", "CV", "AB", "ASA", "AS", "A/S", "ApS", "Oy", "Oyj",
        "ehf", "hf", "I/S", "K/S",
        # Southern Europe and Latin America
        "SpA", "S.p.A.", "Srl", "S.r.l.", "Snc", "Sas", "SL", "S.L.", "SLU", "SA de CV",
        "S. de R.L.", "Lda", "Ltda", "SGPS", "EIRELI", "ME", "MEI",
        # Central and Eastern Europe
        "Sp. z o.o.", "sp. j.", "S.A.", "s.r.o.", "a.s.", "k.s.", "v.o.s.", "d.o.o.", "d.d.",
        "Kft", "Zrt", "Nyrt", "Bt", "OOO", "ООО", "ZAO", "OAO", "PAO", "AO", "TOV", "ТОВ",
        "EOOD", "OOD", "AD", "SIA", "UAB", "OÜ", "Oü", "SRL-D",
        # Asia, Middle East, Africa
        "KK", "K.K.", "GK", "Pte", "Pte Ltd", "Pvt", "Pvt Ltd", "Private Limited", "Sdn Bhd",
        "Bhd", "Berhad", "PT", "Tbk", "JSC", "FZE", "FZCO", "FZ-LLC", "WLL", "SAOG", "SAOC",
        "A.Ş.", "Ltd. Şti.", "Co. Ltd", "Co., Ltd.", "Limited Liability Company",
        "Société anonyme", "Société à responsabilité limitée",
        "Gesellschaft mit beschränkter Haftung",
    }
)  # fmt: skip

# Words that make any name a placeholder wherever they stand ("Test Company", "Demo SARL").
PLACEHOLDER_WORDS: frozenset[str] = frozenset(
    {
        "test", "tests", "testing", "demo", "demos", "asdf", "asdfg", "asdfgh", "qwerty",
        "qwertz", "azerty", "qsdf", "xxx", "xxxx", "zzz", "foo", "foobar", "dummy",
        "placeholder", "lorem", "ipsum", "tbd", "todo",
    }
)  # fmt: skip
# Placeholder words in a company name only: people are called Sample.
COMPANY_PLACEHOLDER_WORDS: frozenset[str] = frozenset({"sample", "example", "fake"})
# Values that are placeholders when they are the whole name (but fine inside a real one).
PLACEHOLDER_VALUES: frozenset[str] = frozenset(
    {
        "a b", "abc", "abcd", "baz", "none", "null", "unknown",
        "name", "first name", "last name", "firstname", "lastname", "company", "company name",
        "customer", "my company", "john doe", "jane doe", "x y", "xyz",
    }
)  # fmt: skip

_REPEATED_LETTER = re.compile(r"(\w)\1{2,}")  # "aaaa", "zzzzz"
# Roman numerals are real parts of names ("Henry III"): never placeholders.
_ROMAN = re.compile(r"[ivxlcdm]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key(text: str) -> str:
    """Case, accents and punctuation ignored: "S.A.R.L." -> "sarl", "GmbH & Co. KG" ->
    "gmbh co kg". Dots, apostrophes and slashes join ("A/S" -> "as"); other signs separate."""
    folded = re.sub(r"[.'\u2019/]", "", _fold(text))
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def _words(text: str) -> list[str]:
    """Words as a reader sees them: hyphenated words stay whole ("Test-Achats" is one)."""
    folded = re.sub(r"['\u2019]", "", _fold(text))
    return [w for w in re.split(r"[^\w-]+", folded) if w.strip("-")]


_LEGAL_KEYS: frozenset[str] = frozenset(_key(form) for form in LEGAL_FORMS) - {""}
_LONGEST_FORM = max(len(k.split()) for k in _LEGAL_KEYS)


def is_only_legal_form(name: str) -> bool:
    """Whether ``name`` is made of legal-form words only ("LLC", "S.A.R.L.", "Pty. Ltd.")."""
    words = _key(name).split()
    if not words:
        return False
    # covered[i]: the first i words split into legal forms
    covered = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        for size in range(1, min(_LONGEST_FORM, end) + 1):
            if covered[end - size] and " ".join(words[end - size : end]) in _LEGAL_KEYS:
                covered[end] = True
                break
    return covered[-1]


_NOT_APPLICABLE = frozenset({"n/a", "n.a.", "n.a", "n-a", "-", "--", "?"})


def placeholder_word(name: str, *, company: bool = False) -> str | None:
    """The placeholder or test word ``name`` contains (or is), folded; None for a real name.
    Whole values ("None", "Company name") or whole words ("Test", "Demo SARL"): never a part of
    a word ("Testa", "Demoulin") nor of a hyphenated one ("Test-Achats")."""
    raw = " ".join(_fold(name).split())
    if raw in _NOT_APPLICABLE:
        return raw
    key = _key(name)
    if key in PLACEHOLDER_VALUES:
        return key
    words = PLACEHOLDER_WORDS | COMPANY_PLACEHOLDER_WORDS if company else PLACEHOLDER_WORDS
    for word in _words(name):
        if word in words:
            return word
        if _REPEATED_LETTER.fullmatch(word) and not _ROMAN.fullmatch(word):
            return word
    return None


def _letters(name: str) -> int:
    return sum(1 for c in name if c.isalnum())


def company_name_problem(name: str) -> Problem:
    """The 2024 rules for a company name already checked as text (not empty, not too long)."""
    if _letters(name) <= 1:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The company name has only one character: enter the customer's full legal "
                "name (Microsoft refuses one-character names).",
            )
        )
    if is_only_legal_form(name):
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The company name \u201c{name}\u201d is only a legal form: enter the full legal "
                "name with it, such as \u201cContoso {name}\u201d.",
            ),
            name=name.strip(),
        )
    word = placeholder_word(name, company=True)
    if word is not None:
        return message(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The company name looks like a placeholder or test name (\u201c{word}\u201d): "
                "enter the customer's exact legal name; Microsoft refuses test names.",
            ),
            word=word,
        )
    return None


def _person_name_problem(name: str, too_long: str, one_character: str, placeholder: str) -> Problem:
    """The 2024 rules for a contact's first or last name, with that name's messages."""
    if len(name) > CONTACT_NAME_MAX:
        return message(too_long, length=len(name))
    if _letters(name) <= 1:
        return message(one_character)
    word = placeholder_word(name)
    return message(placeholder, word=word) if word is not None else None


def first_name_problem(name: str) -> Problem:
    """The 2024 rules for the contact's first name (already checked as text)."""
    return _person_name_problem(
        name,
        QT_TRANSLATE_NOOP(
            "Validation",
            "The first name is too long ({length} characters): shorten it to 40 at most, "
            "Microsoft's limit for contact names.",
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The first name has only one character: enter the contact's full first name, "
            "not an initial (Microsoft refuses one-character names).",
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The first name looks like a placeholder or test name (\u201c{word}\u201d): "
            "enter the real contact's first name.",
        ),
    )


def last_name_problem(name: str) -> Problem:
    """The 2024 rules for the contact's last name (already checked as text)."""
    return _person_name_problem(
        name,
        QT_TRANSLATE_NOOP(
            "Validation",
            "The last name is too long ({length} characters): shorten it to 40 at most, "
            "Microsoft's limit for contact names.",
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The last name has only one character: enter the contact's full last name, "
            "not an initial (Microsoft refuses one-character names).",
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "The last name looks like a placeholder or test name (\u201c{word}\u201d): "
            "enter the real contact's last name.",
        ),
    )


def contact_name_problem(
    value: object, missing: Message, rule: Callable[[str], Problem]
) -> Problem:
    """A contact name: the checks of every text field, then ``rule`` (``first_name_problem`` or
    ``last_name_problem``), whose 40-character limit replaces the generic one."""
    text, problem = typed_text(value)
    if problem is not None:
        return problem
    return rule(text) if text else missing


MICROSOFT_DOMAINS: tuple[str, ...] = ("microsoft.com",)


def clean_domain(text: object) -> str:
    """A domain as typed in Preferences, comparable with an e-mail's: "@Contoso.com " ->
    "contoso.com", "*.contoso.com" -> "contoso.com", IDN in ASCII ("" when not a domain)."""
    if not isinstance(text, str):
        return ""
    domain = text.strip().lower().lstrip("@").removeprefix("*.").rstrip(".")
    if not domain or " " in domain or "@" in domain or len(domain) > 253:
        return ""
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain if domain.isascii() else ""


def _within(domain: str, parent: str) -> bool:
    return domain == parent or domain.endswith("." + parent)


def email_domain_problem(domain: str, partner_domains: Iterable[str]) -> Problem:
    """The contact e-mail's domain (ASCII, lower case) against Microsoft's and the partner's."""
    for blocked in MICROSOFT_DOMAINS:
        if _within(domain, blocked):
            return message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The contact e-mail is a Microsoft address ({domain}): enter an address of "
                    "the customer, such as name@their-company.com; Microsoft refuses "
                    "microsoft.com contacts.",
                ),
                domain=domain,
            )
    for own in partner_domains:
        partner = clean_domain(own)
        if partner and _within(domain, partner):
            return message(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The contact e-mail is at {domain}, one of your own (partner) domains: "
                    "enter an address of the customer; Microsoft sends the customer's account "
                    "information there and refuses partner addresses.",
                ),
                domain=partner,
            )
    return None
