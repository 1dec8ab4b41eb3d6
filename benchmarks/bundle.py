"""Size and start time of the PyInstaller bundle against ``python -m reseller_desktop``.

    python benchmarks/bundle.py [--bundle DIR] [--runs 7]

Builds the bundle into a temporary folder (or measures the one in ``--bundle``, e.g.
``dist/reseller-desktop``), then times ``--smoke-test`` offscreen (start, open the store, build and
show the main window, quit) for the bundled executable and for ``python -m reseller_desktop`` from
this environment, alternating the two so that both see the same machine load. Each variant has its
own data folder, created by a first, untimed run: the timed runs are ordinary starts with an
existing database. The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from build_bundle import Bundle, build, executable_in


def start_time(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to exit of one ``--smoke-test`` run (which must pass)."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0 or "smoke test passed" not in done.stdout:
        raise SystemExit(f"{command[0]} failed its smoke test:\n{done.stderr}")
    return seconds


def measure(bundle: Bundle, runs: int, scratch: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(scratch / name.lower())  # keep the user's own folders out of it
    commands = {
        "bundle": [str(bundle.executable), "--smoke-test", "--data-dir", str(scratch / "b")],
        "python": [
            sys.executable,
            "-m",
            "reseller_desktop",
            "--smoke-test",
            "--data-dir",
            str(scratch / "p"),
        ],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm-up: disk cache, database creation
        start_time(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(start_time(command, env))
    for name, values in times.items():
        print(f"{name} runs (s): " + ", ".join(f"{v:.3f}" for v in values))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bundle", type=Path, help="an existing bundle folder (default: build one)"
    )
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each (default 7)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as tmp:
        scratch = Path(tmp)
        if args.bundle:
            bundle = Bundle(args.bundle.resolve(), 0.0)
            if not executable_in(bundle.folder).is_file():
                raise SystemExit(f"no {executable_in(bundle.folder).name} in {bundle.folder}")
        else:
            bundle = build(scratch / "dist", workpath=scratch / "work")
            print(f"build time: {bundle.seconds:.1f} s")
        size_mb = bundle.size_mb
        print(f"bundle: {bundle.folder}")
        print(f"unpacked size: {size_mb:.1f} MB")
        medians = measure(bundle, args.runs, scratch)
    ratio = medians["bundle"] / medians["python"]
    print(f"median start, bundle: {medians['bundle']:.3f} s")
    print(f"median start, python -m reseller_desktop: {medians['python']:.3f} s")
    print(f"ratio bundle / python: {ratio:.2f}")
    figures = {
        "bundle_size_mb": round(size_mb, 1),
        "bundle_start_s": round(medians["bundle"], 3),
        "python_start_s": round(medians["python"], 3),
        "start_ratio": round(ratio, 2),
        "runs": args.runs,
        "build_s": round(bundle.seconds, 1) if bundle.seconds else None,
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
