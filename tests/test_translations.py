"""The translations are complete and current: .ts matches the code, .qm matches the .ts."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import update_translations  # noqa: E402


@pytest.mark.parametrize("language", update_translations.LANGUAGES)
def test_ts_is_current_and_finished(language: str, tmp_path: Path) -> None:
    committed = update_translations.ts_path(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    update_translations.lupdate(fresh)
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is stale: run packaging/update_translations.py and translate"
    )
    text = committed.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, f"{committed.name} has unfinished entries"
    assert "<translation></translation>" not in text


@pytest.mark.parametrize("language", update_translations.LANGUAGES)
def test_qm_is_built_from_the_ts(language: str, tmp_path: Path) -> None:
    ts_file = update_translations.ts_path(language)
    fresh = tmp_path / "fresh.qm"
    update_translations.lrelease(ts_file, fresh)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        f"{ts_file.with_suffix('.qm').name} is stale: run packaging/update_translations.py"
    )
