"""The quick check of which modules use PySide6 answers as PySide6's own does."""

import json
import sys

import reseller_desktop.app  # noqa: F401 - puts the quick check in place, as at start-up
import reseller_desktop.domain.validation as no_qt
import reseller_desktop.views.main_window as uses_qt
from reseller_desktop import pyside_imports


def test_the_app_start_uses_the_quick_check_and_it_answers_as_pysides_own() -> None:
    feature = sys.modules[pyside_imports._FEATURE_MODULE]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quick", False)
    original = quick.__closure__[0].cell_contents  # the check it stands in for
    for module in (uses_qt, no_qt, json, sys, pyside_imports):
        assert quick(module) == original(module), module.__name__
    assert quick(uses_qt) and not quick(no_qt)


def test_quickening_twice_keeps_one_quick_check() -> None:
    feature = sys.modules[pyside_imports._FEATURE_MODULE]
    assert pyside_imports.quicken()
    first = feature._mod_uses_pyside
    assert pyside_imports.quicken()
    assert feature._mod_uses_pyside is first
