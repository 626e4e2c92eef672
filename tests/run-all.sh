#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every QwenDesk test: the engine and CLI suites under
# AddressSanitizer + UndefinedBehaviorSanitizer, then short libFuzzer runs of the file parsers.
# Usage: bash tests/run-all.sh        (CI runs exactly this through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=${QWENDESK_JOBS:-2}

packages=(build-essential cmake ninja-build ccache pkg-config git
          nlohmann-json3-dev libutf8proc-dev liblzma-dev libgtest-dev libgmock-dev libsqlite3-dev
          libvulkan-dev mesa-vulkan-drivers glslc libcpp-httplib-dev qtkeychain-qt6-dev
          qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
          qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
          qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qtcore
          qml6-module-qttest xvfb xauth fonts-noto-core fonts-noto-cjk fonts-dejavu-core
          clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export CCACHE_DIR=${CCACHE_DIR:-$root/.ccache}
fixtures=${QWENDESK_FIXTURES_DIR:-$root/../shared/fixtures}
[ -d "$fixtures" ] || echo "note: $fixtures is absent: tests that need the shared fixtures report SKIPPED"

echo "== engine, CLI and app tests (ASan + UBSan; GUI tests under Xvfb)"
# The CUDA module is compiled on every run where nvcc exists (one architecture, to keep it short); there is no
# GPU here, so its tests check the loader and the module without a driver and skip the kernels (docs/cuda.md).
cuda_args=(-DQWENDESK_CUDA_ARCHITECTURES=90)
if [ -x /usr/local/cuda/bin/nvcc ]; then cuda_args+=(-DCMAKE_CUDA_COMPILER=/usr/local/cuda/bin/nvcc); fi
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQWENDESK_SANITIZE=ON \
      -DQWENDESK_APP_TEST_QPA=xcb -DQWENDESK_FIXTURES_DIR="$fixtures" "${cuda_args[@]}"
cmake --build build-tests -j "$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Leaks inside system libraries we do not own (fontconfig, Mesa, Qt's plugin loader) are not ours to fix.
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
# The Vulkan suites run for real on Mesa's lavapipe here: a missing driver must fail, not skip. (Only here: the
# Windows build under wine below has no Vulkan backend.)
QWENDESK_REQUIRE_VULKAN=1 xvfb-run -a -s "-screen 0 1280x800x24" ctest --test-dir build-tests --output-on-failure -j "$jobs"
echo "screenshots: build-tests/screenshots/"

if [ -f tests/fuzz/CMakeLists.txt ]; then
  echo "== fuzzing the file parsers (short runs)"
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQWENDESK_FUZZ=ON -DQWENDESK_CUDA=OFF \
        -DQWENDESK_BUILD_APP=OFF -DQWENDESK_FIXTURES_DIR="$fixtures"
  cmake --build build-fuzz -j "$jobs" --target qwendesk_fuzzers
  for fuzzer in build-fuzz/tests/fuzz/fuzz_*; do
    [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    corpus="tests/fuzz/corpus/${name#fuzz_}"
    work=$(mktemp -d)
    [ -d "$corpus" ] && cp -r "$corpus"/. "$work"/
    "$fuzzer" "$work" -max_total_time="${QWENDESK_FUZZ_SECONDS:-60}" -rss_limit_mb=2048 -malloc_limit_mb=1024 -print_final_stats=1
    rm -rf "$work"
  done
fi
# ---- installers (issue #9; packaging/README.md) ------------------------------------------------------------
# Linux: the .deb (CPack) installed and removed again, the portable bundle, each started under Xvfb with the
# demo model and screenshotted. Windows: the engine, qwendesk-cli and the engine tests cross-compiled with
# mingw-w64 and run under wine, and the NSIS installer of that build installed and uninstalled under wine.
if [ -f packaging/cmake/QwenDeskPackaging.cmake ]; then
  pkg_packages=(librsvg2-bin imagemagick desktop-file-utils appstream dpkg-dev xz-utils nsis
                g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine wine64 googletest)
  pkg_missing=()
  for p in "${pkg_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || pkg_missing+=("$p"); done
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # `apt-get source utf8proc xz-utils` (the mingw-w64 build of the engine's libraries) needs deb-src entries.
  if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $sudo tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | $sudo tee /etc/apt/sources.list.d/debian-src.list >/dev/null
    fi
    pkg_update=1
  fi
  if [ ${#pkg_missing[@]} -gt 0 ] || [ -n "${pkg_update:-}" ]; then
    $sudo apt-get update -qq
    [ ${#pkg_missing[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${pkg_missing[@]}"
  fi

  echo "== installers: the .deb (install, run under Xvfb, purge) and the portable bundle"
  pkg_t0=$SECONDS
  # One CUDA architecture here too (a release build compiles them all: Turing to Blackwell plus PTX).
  cmake -S . -B build-pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DQWENDESK_BUILD_TESTS=OFF "${cuda_args[@]}" >/dev/null
  cmake --build build-pkg -j "$jobs"
  rm -f build-pkg/qwendesk_*.deb
  (cd build-pkg && cpack -G DEB >/dev/null)
  bash packaging/linux/smoke-test-deb.sh build-pkg/qwendesk_*.deb build-pkg/smoke
  bash packaging/linux/make-portable.sh build-pkg build-pkg/portable
  bash packaging/linux/smoke-test-portable.sh build-pkg/portable/QwenDesk-*.tar.xz build-pkg/smoke
  echo "   Linux installers: $((SECONDS - pkg_t0)) s"; pkg_t0=$SECONDS

  echo "== Windows: mingw-w64 build of the engine and its tests under wine; the NSIS installer under wine"
  bash packaging/windows/build-and-test-mingw.sh build-mingw
  rm -f build-mingw/build/QwenDesk-*-win64.exe
  (cd build-mingw/build && cpack -G NSIS >/dev/null)
  QWENDESK_WINEPREFIX="$root/build-mingw/wineprefix" bash packaging/windows/smoke-test-nsis.sh build-mingw/build/QwenDesk-*-win64.exe
  echo "   Windows under wine: $((SECONDS - pkg_t0)) s"
  ls -la build-pkg/qwendesk_*.deb build-pkg/portable/QwenDesk-*.tar.xz build-mingw/build/QwenDesk-*-win64.exe
fi
# ---- end of installers --------------------------------------------------------------------------------------
echo "== all tests passed"
