"""Compile every Qt Designer form ``ui/NAME.ui`` into ``reseller_desktop/views/forms/ui_NAME.py``.

Run after editing a form: ``.venv/bin/python packaging/build_forms.py``. The generated modules are
committed (so the app runs the same from a checkout, a wheel and a frozen bundle), and
``tests/views/test_forms.py`` fails when one is stale.

pyside6-uic imports some forty Qt classes in every form, used or not; PySide6 builds a class's
Python type at its first import, so the unused ones cost a few ms each time a form is first
loaded (the main window's, before its first paint: 5 ms). The generated imports are cut down to
the names the form uses.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "reseller_desktop" / "views" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def compile_form(ui_file: Path) -> str:
    """The Python source that pyside6-uic generates for ``ui_file``, its imports cut down."""
    done = subprocess.run(
        [uic(), "--generator", "python", str(ui_file)], capture_output=True, text=True, check=True
    )
    return used_imports_only(done.stdout)


def used_imports_only(source: str) -> str:
    """``source`` with each ``from PySide6.X import (...)`` keeping only the names the module
    uses (a statement left with none goes)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("PySide6"):
            continue
        kept = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        lines[start:end] = [f"from {node.module} import ({', '.join(kept)})\n"] if kept else []
    return "".join(lines)


def target(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    init = OUT_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by packaging/build_forms.py: do not edit."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
