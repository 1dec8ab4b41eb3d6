"""What the customer list's search box matches: one folded text per customer.

Folded the way French users type: accents and case do not matter ("sante" finds "Santé",
"MULLER" finds "Müller"), typographic quotes and dashes read as plain ones. The stored text and
the typed words are folded the same way, so the database compares plain substrings (its indexes
stay usable).
"""

from __future__ import annotations

import unicodedata

_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "ß": "ss"})


def search_key(text: str) -> str:
    """``text`` without accents, case folded, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def search_text(
    company: str,
    prefix: str,
    first: str,
    last: str,
    email: str,
    city: str = "",
    registration: str = "",
) -> str:
    """The stored search text: company, domain prefix, contact, e-mail, city, registration."""
    parts = (company, prefix, f"{first} {last}", email, city, registration)
    return search_key(" ".join(part for part in parts if part))


def search_words(typed: str) -> list[str]:
    """The words of a search (each must appear), folded like the stored text."""
    return search_key(typed).split()
