#!/usr/bin/env bash
# Builds the engine's third-party libraries for Windows (x86_64, mingw-w64, static) into PREFIX, from
# Debian's own sources, so the cross build uses the same versions as the Linux build:
#   utf8proc (source package utf8proc), liblzma (xz-utils), GoogleTest (/usr/src/googletest, package
#   googletest) and the header-only nlohmann-json (nlohmann-json3-dev). Each writes a pkg-config file or
#   CMake package the engine's find_package / pkg_check_modules find through the toolchain file.
# Usage: packaging/windows/build-mingw-deps.sh PREFIX     (skips when PREFIX/.done-<version> exists)
# Needs deb-src entries for `apt-get source` (tests/run-all.sh adds them); QWENDESK_MINGW_SOURCES=DIR
# uses sources already unpacked there (utf8proc-*/ and xz-*/) instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=$(mkdir -p "$1" && cd "$1" && pwd)
jobs=${QWENDESK_JOBS:-2}
stamp="$prefix/.done-1"
[ -f "$stamp" ] && { echo "mingw deps: up to date in $prefix"; exit 0; }

work="$prefix/src"
mkdir -p "$work"
if [ -n "${QWENDESK_MINGW_SOURCES:-}" ]; then
  cp -r "$QWENDESK_MINGW_SOURCES"/utf8proc-* "$QWENDESK_MINGW_SOURCES"/xz-* "$work"/
else
  # apt-get source unpacks with Debian's patches applied (xz-utils carries security fixes).
  (cd "$work" && apt-get source -qq utf8proc xz-utils >/dev/null 2>&1) || {
    echo "apt-get source utf8proc xz-utils failed: add deb-src entries (see tests/run-all.sh)" >&2; exit 1; }
fi
utf8proc_src=$(find "$work" -maxdepth 1 -type d -name 'utf8proc-*' | head -1)
xz_src=$(find "$work" -maxdepth 1 -type d -name 'xz-*' | head -1)

common=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$here/mingw-w64-x86_64.cmake"
        -DQWENDESK_MINGW_PREFIX="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

cmake -S "$utf8proc_src" -B "$work/build-utf8proc" "${common[@]}" >/dev/null
cmake --build "$work/build-utf8proc" -j "$jobs" --target install >/dev/null

cmake -S "$xz_src" -B "$work/build-xz" "${common[@]}" >/dev/null
cmake --build "$work/build-xz" -j "$jobs" --target liblzma >/dev/null
cmake --install "$work/build-xz" --component liblzma_Development >/dev/null

cmake -S /usr/src/googletest -B "$work/build-gtest" "${common[@]}" -Dgtest_disable_pthreads=OFF >/dev/null
cmake --build "$work/build-gtest" -j "$jobs" --target install >/dev/null

# nlohmann-json is header-only: its headers and CMake package, never the rest of the host's /usr/include.
mkdir -p "$prefix/include" "$prefix/share/cmake"
cp -r /usr/include/nlohmann "$prefix/include/"
cp -r /usr/share/cmake/nlohmann_json "$prefix/share/cmake/"

# Our own pkg-config files: static linking on Windows needs UTF8PROC_STATIC / LZMA_API_STATIC, or the
# headers declare every function __declspec(dllimport).
mkdir -p "$prefix/lib/pkgconfig"
utf8proc_version=$(sed -n 's/^#define UTF8PROC_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\).*/\2/p' "$utf8proc_src/utf8proc.h" | paste -sd.)
cat > "$prefix/lib/pkgconfig/libutf8proc.pc" <<PC
prefix=$prefix
Name: libutf8proc
Description: UTF-8 processing (static, mingw-w64)
Version: $utf8proc_version
Cflags: -I\${prefix}/include -DUTF8PROC_STATIC
Libs: -L\${prefix}/lib -lutf8proc
PC
cat > "$prefix/lib/pkgconfig/liblzma.pc" <<PC
prefix=$prefix
Name: liblzma
Description: xz compression (static, mingw-w64)
Version: $(sed -n 's/^#define LZMA_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\).*/\2/p' "$xz_src/src/liblzma/api/lzma/version.h" | paste -sd.)
Cflags: -I\${prefix}/include -DLZMA_API_STATIC
Libs: -L\${prefix}/lib -llzma
PC
rm -rf "$work"
touch "$stamp"
echo "mingw deps: built in $prefix"
