"""Build the one-folder app with PyInstaller; say where it is, its size and how long it took.

    .venv/bin/python packaging/build_bundle.py [--distpath dist] [--workpath DIR] [--clean]

Builds ``packaging/reseller-desktop.spec`` for the platform it runs on into
``DISTPATH/reseller-desktop/`` (and ``DISTPATH/Reseller Desktop.app`` on macOS). PyInstaller's
intermediate files go to a temporary folder unless ``--workpath`` is given. Needs PyInstaller (in
the ``test`` extra). ``tests/packaging/test_bundle.py`` and ``benchmarks/bundle.py`` use ``build``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "reseller-desktop.spec"
NAME = "reseller-desktop"  # the spec's EXE and COLLECT name
MB = 1_000_000


class BuildError(RuntimeError):
    """PyInstaller failed; the message ends with the end of its log."""


@dataclass(frozen=True)
class Bundle:
    folder: Path
    seconds: float  # 0 when an existing bundle was reused

    @property
    def executable(self) -> Path:
        return executable_in(self.folder)

    @property
    def size_mb(self) -> float:
        return unpacked_size(self.folder) / MB


def executable_in(folder: Path) -> Path:
    """The app's executable in a one-folder bundle."""
    return folder / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def unpacked_size(folder: Path) -> int:
    """Bytes of every file in ``folder``; a symbolic link counts as itself, not as its target."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def build(distpath: Path, *, workpath: Path | None = None, clean: bool = False) -> Bundle:
    """Run PyInstaller on the spec; return the bundle built in ``distpath``."""
    with tempfile.TemporaryDirectory(prefix="pyinstaller-work-") as temporary:
        command = [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(distpath),
            "--workpath",
            str(workpath or temporary),
        ]
        if clean:
            command.append("--clean")
        start = time.perf_counter()
        done = subprocess.run(
            [*command, str(SPEC)], cwd=ROOT, capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        log = (done.stdout + done.stderr).strip().splitlines()
        raise BuildError("PyInstaller failed:\n" + "\n".join(log[-40:]))
    bundle = Bundle(Path(distpath) / NAME, seconds)
    if not bundle.executable.is_file():
        raise BuildError(f"PyInstaller succeeded but {bundle.executable} is missing")
    return bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--distpath", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist)"
    )
    parser.add_argument(
        "--workpath", type=Path, help="PyInstaller's build folder (default: a temporary one)"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    args = parser.parse_args()
    try:
        bundle = build(args.distpath.resolve(), workpath=args.workpath, clean=args.clean)
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"bundle: {bundle.folder}")
    print(f"unpacked size: {bundle.size_mb:.1f} MB")
    print(f"build time: {bundle.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
