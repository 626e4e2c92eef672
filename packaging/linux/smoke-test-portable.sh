#!/usr/bin/env bash
# Smoke test of the portable bundle: unpacks the tarball in a temporary folder, starts AppRun under Xvfb with
# the demo model and a fresh HOME, checks the screenshot is not blank and that every Qt library, Qt plugin
# and QML plugin the process loaded came from the bundle, not from the system's Qt.
# Usage: packaging/linux/smoke-test-portable.sh QwenDesk-<version>-x86_64.tar.xz [SCREENSHOT_DIR]
set -euo pipefail
tarball=$(readlink -f "$1")
shots=$(mkdir -p "${2:-.}" && cd "${2:-.}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke-test-portable: FAIL: $*" >&2; exit 1; }

tar -C "$work" -xJf "$tarball"
bundle=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
home="$work/home"; mkdir -p "$home/run"; chmod 700 "$home/run"
shot="$shots/portable.png"; rm -f "$shot"
"$bundle/AppRun" cli generate --model "$bundle/usr/share/qwendesk/demo-model" --prompt hi --no-think --max-tokens 4 >/dev/null \
  || fail "qwendesk-cli from the bundle cannot generate with the demo model"
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=xcb LD_DEBUG=libs LD_DEBUG_OUTPUT="$work/ld" \
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$bundle/AppRun" --screenshot "$shot" --quit-after-ms 5000 \
  >"$work/app.log" 2>&1 || { cat "$work/app.log" >&2; fail "AppRun did not start and quit cleanly"; }
[ -s "$shot" ] || { cat "$work/app.log" >&2; fail "no screenshot"; }
colours=$(identify -format '%k' "$shot")
[ "$colours" -ge 64 ] || fail "the screenshot looks blank ($colours colours)"
# "calling init: PATH" names every shared object the dynamic loader initialised, plugins included.
loaded=$(cat "$work"/ld.* | sed -n 's/.*calling init: //p' | sort -u)
outside=$(echo "$loaded" | grep -E 'libQt6|/qt6/(plugins|qml)/' | grep -v "^$bundle/" || true)
[ -z "$outside" ] || fail "loaded from outside the bundle: $outside"
echo "$loaded" | grep -q "^$bundle/usr/plugins/platforms/libqxcb.so" || fail "the bundled xcb platform plugin was not loaded"
echo "  portable: $(identify -format '%wx%h' "$shot"), $colours colours; $(echo "$loaded" | grep -c "^$bundle/") libraries and plugins from the bundle, $(echo "$loaded" | grep -vc "^$bundle/") from the system -> $shot"
echo "== portable bundle smoke test passed"
