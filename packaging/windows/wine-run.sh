#!/usr/bin/env bash
# Runs a Windows executable under wine for ctest (CMAKE_CROSSCOMPILING_EMULATOR of mingw-w64-x86_64.cmake).
# A private, quiet wine prefix: WINEPREFIX defaults to a folder beside the build, made once.
set -euo pipefail
export WINEDEBUG=${WINEDEBUG:--all}
export WINEPREFIX=${WINEPREFIX:-${QWENDESK_WINEPREFIX:-${TMPDIR:-/tmp}/qwendesk-wine-$(id -u)}}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree,mshtml="}   # no Mono / Gecko install dialogs
wine_bin=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
wineserver_bin=$(command -v wineserver || echo /usr/lib/wine/wineserver)
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  mkdir -p "$WINEPREFIX"
  # Serialised: parallel ctest jobs must not all create the prefix at once.
  ( flock 9; [ -f "$WINEPREFIX/system.reg" ] || { "$wine_bin" wineboot --init >/dev/null 2>&1 || true; "$wineserver_bin" -w || true; }
  ) 9>"$WINEPREFIX.lock"
fi
exec "$wine_bin" "$@"
