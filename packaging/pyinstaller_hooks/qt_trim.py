"""PyInstaller's own Qt collection, minus the plugins and translations the app does not need.

Used by the ``hook-PySide6.Qt*.py`` files beside it, which replace PyInstaller's hooks of the same
names (a hook in the spec's ``hookspath`` wins over the built-in one). Trimming here, before
PyInstaller follows the link-time dependencies of what was collected, also leaves out every
library that only a dropped plugin needed (GTK's stack behind the gtk3 theme, QtNetwork behind the
VNC and TUIO plugins, the EGLFS libraries). The spec says what to drop, in ``hooksconfig``:

    hooksconfig={"reseller_desktop.qt": {
        "drop_plugins": {"generic": "*", "platforms": ["qvnc", ...]},
        "keep_plugins": {"imageformats": ["qico", "qsvg"]},
        "translations": ["en", "fr"],
    }}
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

CONFIG = "reseller_desktop.qt"


def _plugin_name(path: str) -> str:
    """``.../platforms/libqvnc.so`` (or ``qvnc.dll``, ``libqvnc.dylib``) -> ``qvnc``."""
    stem = Path(path).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _keep_plugin(src: str, dest: str, config: dict[str, Any]) -> bool:
    kind = Path(dest).name  # the plugin type: the folder it is collected into
    name = _plugin_name(src)
    dropped = (config.get("drop_plugins") or {}).get(kind, ())
    if dropped == "*" or name in dropped:
        return False
    kept = (config.get("keep_plugins") or {}).get(kind)
    return kept is None or name in kept


def _keep_data(src: str, config: dict[str, Any]) -> bool:
    languages = config.get("translations")
    if languages is None or not src.endswith(".qm"):
        return True
    match = re.fullmatch(r"[a-z_]+?_([a-z]{2,3})(?:_[A-Za-z]+)?\.qm", Path(src).name)
    return match is not None and match.group(1) in languages


def collect(hook_api: Any, hook_file: str) -> None:
    """Collect what PyInstaller's hook for this Qt module would, filtered by the spec's config."""
    config = {
        key: get_hook_config(hook_api, CONFIG, key)
        for key in ("drop_plugins", "keep_plugins", "translations")
    }
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries(
        [(src, dest) for src, dest in binaries if _keep_plugin(src, dest, config)]
    )
    hook_api.add_datas([(src, dest) for src, dest in datas if _keep_data(src, config)])
