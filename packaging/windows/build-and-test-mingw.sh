#!/usr/bin/env bash
# Cross-compiles the engine, qwendesk-cli and the engine tests for Windows with mingw-w64 and runs the tests
# under wine: the engine's Windows code paths (CreateFileW + MapViewOfFile, UTF-16 paths, LoadLibraryW,
# GlobalMemoryStatusEx, Win32 threads, the UTF-8 command line of qwendesk-cli) built and exercised on Linux.
# Usage: packaging/windows/build-and-test-mingw.sh [BUILD_DIR]      (default build-mingw; CI: tests/run-all.sh)
# Needs: g++-mingw-w64-x86-64-posix, wine, wine64, googletest, nlohmann-json3-dev and deb-src entries for
# `apt-get source utf8proc xz-utils` (see build-mingw-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
build=${1:-build-mingw}
jobs=${QWENDESK_JOBS:-2}
fixtures=${QWENDESK_FIXTURES_DIR:-$root/../shared/fixtures}

bash packaging/windows/build-mingw-deps.sh "$build/deps"
cmake -S . -B "$build/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_TOOLCHAIN_FILE="$root/packaging/windows/mingw-w64-x86_64.cmake" -DQWENDESK_MINGW_PREFIX="$root/$build/deps" \
      -DQWENDESK_BUILD_APP=OFF -DQWENDESK_FIXTURES_DIR="$fixtures" >/dev/null
cmake --build "$build/build" -j "$jobs"

# One wine prefix for the whole run (made once, ~15 s); Z: is the Linux root, so the Linux paths compiled
# into the tests (fixtures, qwendesk-cli) resolve as \work\... on the current drive.
export QWENDESK_WINEPREFIX=${QWENDESK_WINEPREFIX:-$root/$build/wineprefix}
export WINEDEBUG=-all
# Tests that are POSIX-only as written, not engine failures (see packaging/README.md, "Windows under wine"):
#  - TokenizerCli.TokenizeJsonl runs qwendesk-cli through a POSIX shell ('quotes', /dev/null); the Windows
#    command line is covered by tests/windows/test_unicode_paths (CreateProcessW).
#  - SafetensorsFolder.WrongShapesAreNamed copies a read-only fixture and deletes it in TearDown; Windows
#    refuses to delete read-only files (Linux does not care), so the test's own cleanup throws.
#  - GgufExport.RoundTripsThroughOurOwnLoader deletes the exported .gguf while the model loaded from it still
#    maps it; Windows refuses to delete a mapped file ("sharing violation").
#  - HfQuantizedCli.LogitsAcceptsTheFolders runs qwendesk-cli through popen with a POSIX path as the command.
export GTEST_FILTER=${QWENDESK_WINE_GTEST_FILTER:--HfQuantizedCli.LogitsAcceptsTheFolders}
packaging/windows/wine-run.sh cmd /c ver   # creates the prefix before the parallel tests start
ctest --test-dir "$build/build" --output-on-failure -j "$jobs"
wine_bin=$(command -v wineserver || echo /usr/lib/wine/wineserver)
WINEPREFIX=$QWENDESK_WINEPREFIX "$wine_bin" -k 2>/dev/null || true
