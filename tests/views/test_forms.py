"""The compiled forms are current: each ui/*.ui matches its generated module."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_forms  # noqa: E402


def code_lines(source: str) -> list[str]:
    # The header comment names the uic version; only the code must match.
    return [line for line in source.splitlines() if not line.lstrip().startswith("#")]


FORMS = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.name for f in FORMS])
def test_generated_form_is_current(ui_file: Path) -> None:
    generated = build_forms.target(ui_file)
    assert generated.is_file(), f"run packaging/build_forms.py to generate {generated.name}"
    assert code_lines(generated.read_text(encoding="utf-8")) == code_lines(
        build_forms.compile_form(ui_file)
    ), f"{generated.name} is stale: run packaging/build_forms.py"
