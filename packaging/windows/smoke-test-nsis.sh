#!/usr/bin/env bash
# Smoke test of the NSIS installer under wine, on the engine-only (mingw-w64) package that CI can build:
# runs Setup.exe /S as an ordinary user, checks the per-user location (%LOCALAPPDATA%\Programs\QwenDesk),
# the HKCU uninstall entry and that the installed qwendesk-cli.exe runs; then writes user data in
# %APPDATA%\QwenDesk, runs the registered uninstaller and checks the program is gone and the data is not.
# The full app's installer (MSVC, Qt, windeployqt) comes from .github/workflows/windows.yml on Windows.
# Usage: packaging/windows/smoke-test-nsis.sh QwenDesk-<version>-win64.exe
set -euo pipefail
setup=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
export WINEPREFIX=${QWENDESK_WINEPREFIX:-$(mktemp -d)/wine} WINEDEBUG=-all
wine="$here/wine-run.sh"
wineserver_bin=$(command -v wineserver || echo /usr/lib/wine/wineserver)
fail() { echo "smoke-test-nsis: FAIL: $*" >&2; exit 1; }
win_env() { "$wine" cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
unix_path() { winepath -u "$1" 2>/dev/null || "$(dirname "$(command -v wine)")/winepath" -u "$1"; }
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\QwenDesk'

"$wine" cmd /c ver >/dev/null 2>&1 || true   # makes the prefix
appdata=$(unix_path "$(win_env APPDATA)")
instdir=$(unix_path "$(win_env LOCALAPPDATA)\\Programs\\QwenDesk")
rm -rf "$instdir"

echo "== installing $(basename "$setup") ($(du -h "$setup" | cut -f1)) silently, per user"
"$wine" "$setup" /S
"$wineserver_bin" -w
[ -f "$instdir/bin/qwendesk-cli.exe" ] || fail "no $instdir/bin/qwendesk-cli.exe"
[ -f "$instdir/Uninstall.exe" ] || fail "no uninstaller in $instdir"
"$wine" reg query "$key" /v UninstallString >/dev/null 2>&1 || fail "no HKCU uninstall entry"
"$wine" "$instdir/bin/qwendesk-cli.exe" devices >/dev/null || fail "the installed qwendesk-cli.exe does not run"
echo "  installed in $instdir: $(cd "$instdir" && find . -type f | tr '\n' ' ')"

mkdir -p "$appdata/QwenDesk/QwenDesk" && echo "user data" >"$appdata/QwenDesk/QwenDesk/history.sqlite3"
echo "== uninstalling (Uninstall.exe /S)"
"$wine" "$instdir/Uninstall.exe" /S
"$wineserver_bin" -w   # the uninstaller re-runs itself from %TEMP% and returns at once
[ ! -e "$instdir" ] || fail "$instdir is left after uninstall: $(find "$instdir" | head)"
! "$wine" reg query "$key" >/dev/null 2>&1 || fail "the HKCU uninstall entry is left"
[ -f "$appdata/QwenDesk/QwenDesk/history.sqlite3" ] || fail "the uninstaller deleted the user's data"
echo "  program removed, %APPDATA%\\QwenDesk kept"
echo "== NSIS installer smoke test passed"
