"""The simulated Microsoft namespace: domain prefixes that other tenants already own."""

from __future__ import annotations

from pathlib import Path


class TakenPrefixes:
    """A case-insensitive set of prefixes read from a text file (one a line, ``#`` comments)."""

    def __init__(self, prefixes: set[str]) -> None:
        self._taken = {p.lower() for p in prefixes}

    @classmethod
    def from_file(cls, path: Path) -> TakenPrefixes:
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls({s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")})

    def __contains__(self, prefix: object) -> bool:
        return isinstance(prefix, str) and prefix.lower() in self._taken
