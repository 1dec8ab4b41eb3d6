"""Imports after PySide6 without its per-module source scan (imported first by ``app``).

Once PySide6 is loaded, it looks at every module imported after it for the text "PySide6" (to
know which modules its ``__feature__`` switches may concern) with ``inspect.getsource``: the
source is found through linecache and decoded with tokenize, about 0.1 ms a module, 15 ms of the
app's start. Reading the file's bytes answers the same question; anything else (no file, a
compiled module) still goes to PySide6's own check. The app uses no ``__feature__``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# Where PySide6 6.4 to 6.11 keep the check; another version without it is left alone.
_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def _quick(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    return uses_pyside


def quicken() -> bool:
    """Replace PySide6's check by the quick one, once; whether it is in place."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, "quick", False):
        setattr(feature, _CHECK, _quick(original))
    return True


QUICKENED = quicken()  # on import: ``app`` imports this module right after PySide6
