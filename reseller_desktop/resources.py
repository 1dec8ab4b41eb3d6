"""The one place that knows where the app's files are.

Three run modes share one layout rule: the package folder holds ``resources/`` when the app is
installed from a wheel or frozen by PyInstaller (both copy it into the package); in a source
checkout it sits beside the package, at the top of the repository. (Forms need no look-up:
``ui/*.ui`` are compiled into ``reseller_desktop/views/forms``.)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the '{name}' folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (it may not exist: callers check)."""
    return _root("resources").joinpath(*parts)


def required_resources() -> list[Path]:
    """Every file the app cannot start without; the smoke test checks each one."""
    files = [
        resource_path("offers.json"),
        resource_path("taken_prefixes.txt"),
        # Without it validation falls back to no country rule at all (domain/country_rules.py):
        # every country would silently stop requiring a state, a postal code or a phone.
        resource_path("country_rules.json"),
        resource_path("icons", "app.png"),
    ]
    files += sorted(resource_path("translations").glob("*.qm"))
    return files
