"""Loading peewee without PostgreSQL's driver when the book is a SQLite file.

peewee imports psycopg2 (and psycopg) as it loads, if installed: about 19 ms of a start, spent
on a driver a SQLite book never uses. Start-up knows the database address before anything
imports peewee, so it loads peewee with those drivers hidden; peewee then takes them for not
installed, for the whole process (a PostgreSQL address chosen in Preferences applies at the next
start). Anything that imported peewee earlier (tests) keeps it as it is.
"""

from __future__ import annotations

import re
import sys

# The database addresses the app takes, by scheme: the kind of database each names.
SCHEMES = {"sqlite": "sqlite", "postgresql": "postgresql", "postgres": "postgresql"}
_DRIVERS = ("psycopg2", "psycopg")


def url_scheme(url: str) -> str:
    """The scheme of a database address, lower case ("" when it has none: a file path)."""
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    return match.group(1).lower() if match else ""


def is_postgres_url(url: str | None) -> bool:
    return SCHEMES.get(url_scheme(url or "")) == "postgresql"


def load_peewee(url: str | None) -> None:
    """Import peewee for the book at ``url`` (None: the default SQLite file)."""
    if "peewee" in sys.modules or is_postgres_url(url):
        return
    hidden = {name: sys.modules.get(name) for name in _DRIVERS}
    for name in _DRIVERS:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for name, module in hidden.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


def postgres_driver_loaded() -> bool:
    """Whether peewee has PostgreSQL's driver (False: not installed, or hidden at start)."""
    import peewee

    return (
        getattr(peewee, "psycopg2", None) is not None
        or getattr(peewee, "psycopg", None) is not None
    )
