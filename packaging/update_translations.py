"""Refresh the translation sources from the code and forms, then build the .qm files.

    .venv/bin/python packaging/update_translations.py

1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of reseller_desktop/
   and ui/ into resources/translations/reseller_desktop_LANG.ts (new strings come out unfinished).
2. Translate the unfinished entries (Qt Linguist: pyside6-linguist, or any editor).
3. Run this again: pyside6-lrelease builds resources/translations/reseller_desktop_LANG.qm.
tests/test_translations.py fails while a .ts is stale or unfinished, or a .qm is not rebuilt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = sorted(ROOT.glob("reseller_desktop/**/*.py")) + sorted(ROOT.glob("ui/*.ui"))
    generated = ROOT / "reseller_desktop" / "views" / "forms"
    # Forms are read from their .ui files, not from the code generated from them.
    return [str(f.relative_to(ROOT)) for f in files if generated not in f.parents]


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *sources(), "-ts", str(ts_file)],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"reseller_desktop_{language}.ts"


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = ts_path(language)
        lupdate(ts_file)
        lrelease(ts_file, ts_file.with_suffix(".qm"))
        unfinished = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts_file.relative_to(ROOT)}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
