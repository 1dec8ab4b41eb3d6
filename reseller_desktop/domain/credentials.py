"""The tenant's first admin account and its temporary password."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field

SYMBOLS = "!#$%&*+-=?@^_"
PASSWORD_LENGTH = 16
_ALPHABET = string.ascii_letters + string.digits + SYMBOLS


def temporary_password(length: int = PASSWORD_LENGTH) -> str:
    """A random password with upper and lower case letters, digits and symbols (>= 12 chars)."""
    if length < 12:
        raise ValueError("a temporary password has at least 12 characters")
    picks = [
        secrets.choice(string.ascii_uppercase),
        secrets.choice(string.ascii_lowercase),
        secrets.choice(string.digits),
        secrets.choice(SYMBOLS),
    ]
    picks += [secrets.choice(_ALPHABET) for _ in range(length - len(picks))]
    secrets.SystemRandom().shuffle(picks)
    return "".join(picks)


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
