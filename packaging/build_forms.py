"""Compile every Qt Designer form ``ui/NAME.ui`` into ``reseller_desktop/views/forms/ui_NAME.py``.

Run after editing a form: ``.venv/bin/python packaging/build_forms.py``. The generated modules are
committed (so the app runs the same from a checkout, a wheel and a frozen bundle), and
``tests/views/test_forms.py`` fails when one is stale.
"""

from __future__ import annotations

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
    """The Python source that pyside6-uic generates for ``ui_file``."""
    done = subprocess.run(
        [uic(), "--generator", "python", str(ui_file)], capture_output=True, text=True, check=True
    )
    return done.stdout


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
