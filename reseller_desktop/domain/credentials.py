"""The tenant's first admin account and its temporary password."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field

SYMBOLS = "!#$%&*+-=?@^_"
PASSWORD_LENGTH = 16
# Read aloud or typed from a screen: no characters that look alike (0/O/o, 1/l/I).
LOOK_ALIKES = frozenset("0Oo1lI")
_UPPER = "".join(c for c in string.ascii_uppercase if c not in LOOK_ALIKES)
_LOWER = "".join(c for c in string.ascii_lowercase if c not in LOOK_ALIKES)
_DIGITS = "".join(c for c in string.digits if c not in LOOK_ALIKES)
_ALPHABET = _UPPER + _LOWER + _DIGITS + SYMBOLS


def temporary_password(length: int = PASSWORD_LENGTH) -> str:
    """A random, readable password: upper and lower case letters, digits and symbols (>= 12
    characters), no look-alike characters, starting with a letter."""
    if length < 12:
        raise ValueError("a temporary password has at least 12 characters")
    picks = [
        secrets.choice(_UPPER),
        secrets.choice(_LOWER),
        secrets.choice(_DIGITS),
        secrets.choice(SYMBOLS),
    ]
    picks += [secrets.choice(_ALPHABET) for _ in range(length - len(picks) - 1)]
    secrets.SystemRandom().shuffle(picks)
    return secrets.choice(_UPPER + _LOWER) + "".join(picks)


@dataclass(frozen=True)
class AdminCredentials:
    """The admin user name and, only on the first creation, its temporary password.

    ``repr`` never shows the password, so it cannot leak through a log line or a traceback.
    """

    user_name: str
    password: str | None = field(default=None, repr=False)

    @property
    def password_shown_before(self) -> bool:
        return self.password is None
