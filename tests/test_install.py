"""A non-editable install carries everything the app needs (proves resources are packaged)."""

from __future__ import annotations

import os
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_wheel_passes_the_smoke_test(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Dependencies come from this environment (a .pth line), so the check needs no download;
    # the package itself is a real, non-editable install of a wheel built from the source tree.
    site = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", str(ROOT)],
        check=True,
        cwd=tmp_path,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    where = subprocess.check_output(
        [python, "-c", "import reseller_desktop; print(reseller_desktop.__file__)"],
        cwd=tmp_path,
        env=env,
        text=True,
    )
    assert Path(where.strip()).is_relative_to(site), "imported the source tree, not the install"
    script = env_dir / "bin" / "reseller-desktop"
    done = subprocess.run(
        [script, "--smoke-test", "--data-dir", str(tmp_path / "data")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
