"""Nothing below the views imports a widget (import-linter checks the rest of the layers)."""

from __future__ import annotations

import ast
from pathlib import Path

import reseller_desktop

PACKAGE = Path(reseller_desktop.__file__).parent
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui")


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_services_store_and_domain_import_no_widgets() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in imported(path) if n.startswith(WIDGETS))
        for layer in ("services", "store", "domain")
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) > 20, "the scan found the modules"
