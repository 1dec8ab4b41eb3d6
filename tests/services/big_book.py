"""Big customer books for the tests that need a planner's view of a realistic book, built once by
the benchmarks' generator (``benchmarks/make_book.py``: SQLite generates the rows itself,
PostgreSQL takes them by COPY, builds its indexes after, and both end with ANALYZE).

The generator opens the app's store to build the book and closes it; ``database_proxy`` is put
back as it was, so the tests around see no store of this book. Tests then read the book either
through a database object of their own (``database``) or through the app's store opened on
``url`` (the ``services`` fixture with ``database_url`` set to it).
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from reseller_desktop.store.database import database_from_url
from reseller_desktop.store.models import database_proxy
from tests.pg_server import PostgresServer

SEED = 7


@dataclass(frozen=True)
class BigBook:
    url: str
    customers: int
    seconds: float  # how long the build took

    @property
    def sqlite(self) -> bool:
        return self.url.startswith("sqlite:")

    def database(self) -> Database:
        """A database object of its own on the book (not the app's store): close it after."""
        db = database_from_url(self.url)
        db.connect()
        return db


def _build(url: str, customers: int, work_dir: Path) -> BigBook:
    before = database_proxy.obj
    started = time.perf_counter()
    # Imported by name: the benchmarks are not type-checked with the app and its tests.
    make_book = importlib.import_module("benchmarks.make_book")
    try:
        make_book.build(url, customers, SEED, work_dir)
    finally:
        database_proxy.initialize(before)
    return BigBook(url, customers, time.perf_counter() - started)


def sqlite_book(folder: Path, customers: int) -> BigBook:
    """A SQLite book of ``customers`` in ``folder`` (an absolute path)."""
    folder.mkdir(parents=True, exist_ok=True)
    return _build(f"sqlite:///{folder / 'book.sqlite3'}", customers, folder)


def postgres_book(server: PostgresServer, name: str, customers: int, work_dir: Path) -> BigBook:
    """A PostgreSQL book of ``customers`` in a new database ``name`` on ``server`` (drop it with
    ``server.drop_database(name)``)."""
    server.drop_database(name)
    url = server.create_database(name)
    return _build(url, customers, work_dir)
