#!/usr/bin/env bash
# CI: the README's run command on a real X server (Xvfb), not offscreen. Qt's xcb platform plugin
# loads a dozen system libraries that the offscreen tests never touch; a missing one (Debian lacks
# libxcb-icccm4 and libxcb-keysyms1 by default) stops the app before its first window, with a
# message that blames libxcb-cursor0. This installs what the README lists, then starts the app
# with --smoke-test on a throwaway X display and fails if it does not pass.
set -euo pipefail
cd "$(dirname "$0")/.."

# The README's Debian/Ubuntu list (keep the two in step), plus the X server for CI.
debs=(libegl1 libgl1 libx11-xcb1 libdbus-1-3 libfontconfig1 libglib2.0-0 libxcb-cursor0
      libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core
      xvfb xauth)
python3 -c 'import ensurepip' 2>/dev/null || debs+=(python3-venv)
missing=()
for deb in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The README's run command (without starting the app for good).
if [ ! -x .venv/bin/reseller-desktop ]; then
    python3 -m venv .venv && .venv/bin/pip install -q -e .
fi

# What the xcb plugin still cannot load says more than Qt's own message.
plugin="$(.venv/bin/python -c 'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')"
if ldd "$plugin" | grep "not found"; then
    echo "xvfb-smoke: Qt's xcb plugin lacks the libraries above (ldd $plugin)" >&2
    exit 1
fi

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
if ! read -r -t 15 number <"$work/display"; then
    echo "xvfb-smoke: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi

echo "Smoke test on X display :$number"
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY DISPLAY=":$number" XDG_SESSION_TYPE=x11 \
    timeout 120 .venv/bin/reseller-desktop --smoke-test --data-dir "$work/data"
