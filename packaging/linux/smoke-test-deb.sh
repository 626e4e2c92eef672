#!/usr/bin/env bash
# Smoke test of the .deb: unpacks it into an empty tree (dpkg -x) and, where we may, installs it on this
# machine with apt-get (so its declared dependencies must resolve); each time starts the installed
# qwendesk-app under Xvfb with the built-in demo model, a fresh HOME and XDG folders, saves a screenshot
# (--screenshot) and checks it is not blank; then removes (purges) the package and checks the binaries are
# gone while the user's data (chat history, a model folder) is still there.
# Usage: packaging/linux/smoke-test-deb.sh PACKAGE.deb [SCREENSHOT_DIR]
set -euo pipefail
deb=$(readlink -f "$1")
shots=$(mkdir -p "${2:-.}" && cd "${2:-.}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sudo=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo -n"

fail() { echo "smoke-test-deb: FAIL: $*" >&2; exit 1; }

# Starts BINARY with an isolated home under $work/$1, writes $shots/deb-$1.png, checks it.
run_app() {
  local name=$1 binary=$2 home="$work/$1-home"
  mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/run"
  chmod 700 "$home/run"
  local shot="$shots/deb-$name.png" log="$work/$name.log"
  rm -f "$shot"
  local started=$SECONDS
  if ! HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
       XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
       timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
       "$binary" --screenshot "$shot" --quit-after-ms "${QWENDESK_SMOKE_MS:-5000}" >"$log" 2>&1; then
    cat "$log" >&2; fail "$binary did not start and quit cleanly"
  fi
  [ -s "$shot" ] || { cat "$log" >&2; fail "no screenshot from $binary"; }
  # Not blank: a real window has text, an icon and a few surfaces, so many colours and some spread.
  local colours spread
  colours=$(identify -format '%k' "$shot")
  spread=$(identify -format '%[fx:int(1000*standard_deviation)]' "$shot")
  echo "  $name: $(identify -format '%wx%h' "$shot"), $colours colours, spread $spread/1000, $((SECONDS - started)) s -> $shot"
  [ "$colours" -ge 64 ] && [ "$spread" -ge 20 ] || fail "the screenshot of $binary looks blank ($colours colours, spread $spread)"
  # The app made its history database in the isolated home, not anywhere else.
  find "$home/.local/share" -name 'history.sqlite3*' | grep -q . || { cat "$log" >&2; fail "no chat history under $home/.local/share"; }
}

echo "== .deb contents: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/qwendesk-app usr/bin/qwendesk-cli usr/share/applications/io.github.qwendesk.QwenDesk.desktop \
         usr/share/metainfo/io.github.qwendesk.QwenDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.qwendesk.QwenDesk.svg \
         usr/share/icons/hicolor/256x256/apps/io.github.qwendesk.QwenDesk.png \
         usr/share/qwendesk/demo-model/config.json; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$root/usr/share/applications/"*.desktop; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/"*.xml >/dev/null; fi
"$root/usr/bin/qwendesk-cli" generate --model "$root/usr/share/qwendesk/demo-model" --prompt hi --no-think --max-tokens 4 >/dev/null \
  || fail "the unpacked qwendesk-cli cannot generate with the demo model"

echo "== the app from the unpacked tree (dpkg -x)"
run_app unpacked "$root/usr/bin/qwendesk-app"

if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
  echo "== not root and no sudo: skipping the apt-get install / remove round trip"
  exit 0
fi
if dpkg -s qwendesk >/dev/null 2>&1; then fail "qwendesk is already installed on this machine; not touching it"; fi

echo "== apt-get install ./$(basename "$deb")"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt-install.log" 2>&1 \
  || { cat "$work/apt-install.log" >&2; fail "apt-get install failed (a dependency that does not resolve?)"; }
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq qwendesk >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
[ "$(command -v qwendesk-app)" = /usr/bin/qwendesk-app ] || fail "qwendesk-app is not on PATH after install"
run_app installed /usr/bin/qwendesk-app
home="$work/installed-home"
mkdir -p "$home/models/my-model" && echo '{}' >"$home/models/my-model/config.json"
before=$(cd "$home" && find . -type f | sort | md5sum)

echo "== apt-get purge qwendesk"
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq qwendesk >"$work/apt-remove.log" 2>&1 \
  || { cat "$work/apt-remove.log" >&2; fail "apt-get purge failed"; }
! dpkg -s qwendesk >/dev/null 2>&1 || fail "qwendesk is still installed"
for f in /usr/bin/qwendesk-app /usr/bin/qwendesk-cli /usr/share/qwendesk /usr/share/applications/io.github.qwendesk.QwenDesk.desktop; do
  [ ! -e "$f" ] || fail "$f is left after purge"
done
after=$(cd "$home" && find . -type f | sort | md5sum)
[ "$before" = "$after" ] || fail "removing the package changed the user's files"
echo "  user data kept: $(cd "$home" && find . -type f -name 'history.sqlite3*' -o -type f -path './models/*' | tr '\n' ' ')"
echo "== .deb smoke test passed"
