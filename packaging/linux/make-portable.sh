#!/usr/bin/env bash
# Builds the portable Linux bundle: an AppImage-style folder (AppDir) in a tarball that runs on a machine
# without Qt installed. Everything is found relative to the binary: AppRun puts usr/lib on the library path,
# usr/bin/qt.conf points Qt at usr/plugins and usr/qml.
#   QwenDesk-<version>-x86_64/AppRun                start here (or the .desktop file beside it)
#   usr/bin/qwendesk-app, qwendesk-cli, qt.conf
#   usr/lib/       the Qt 6 libraries and every other library they need that is not part of the base system
#   usr/plugins/   platforms (xcb, wayland, offscreen), platforminputcontexts (ibus, compose; fcitx5 when
#                  installed on the build machine) for CJK input methods, xcbglintegrations, imageformats,
#                  iconengines, wayland shell integrations
#   usr/qml/       the QML modules the view imports (QtQuick, Controls, Layouts, Dialogs, Window, QtQml ...)
#   usr/share/     the demo model, icons, desktop entry, metainfo
# Not bundled (the base system's, and they must match its drivers and kernel): glibc, libstdc++/libgcc_s,
# OpenGL/EGL/Vulkan and libdrm/gbm, libX11/libxcb itself, fontconfig/freetype, and GPU drivers.
# Usage: packaging/linux/make-portable.sh BUILD_DIR OUT_DIR     -> OUT_DIR/QwenDesk-<version>-x86_64.tar.xz
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
name="QwenDesk-${version}-$(uname -m)"
appdir="$out/$name"
rm -rf "$appdir" "$out/$name.tar.xz"

cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null
qmake_query() { "$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)" -query "$1"; }
qt_plugins=$(qmake_query QT_INSTALL_PLUGINS)
qt_qml=$(qmake_query QT_INSTALL_QML)

mkdir -p "$appdir/usr/lib" "$appdir/usr/plugins" "$appdir/usr/qml"
for dir in platforms platforminputcontexts xcbglintegrations imageformats iconengines wayland-shell-integration \
           wayland-decoration-client wayland-graphics-integration-client; do
  [ -d "$qt_plugins/$dir" ] && cp -r "$qt_plugins/$dir" "$appdir/usr/plugins/"
done
# Platforms a desktop uses; the others (eglfs, linuxfb, vnc ...) are for devices.
find "$appdir/usr/plugins/platforms" -name '*.so' ! -name 'libqxcb.so' ! -name 'libqwayland*.so' ! -name 'libqoffscreen.so' -delete
for module in QtQuick QtQml QtCore Qt; do
  [ -d "$qt_qml/$module" ] && cp -r "$qt_qml/$module" "$appdir/usr/qml/"
done
cp "$qt_qml"/*.qmltypes "$appdir/usr/qml/" 2>/dev/null || true

# Libraries the base system provides (and that must be the system's own): never copied.
excluded='^(linux-vdso|ld-linux|libc|libm|libdl|libpthread|librt|libresolv|libutil|libgcc_s|libstdc\+\+|libGL|libGLX|libEGL|libOpenGL|libGLdispatch|libGLES|libdrm|libgbm|libvulkan|libX11|libX11-xcb|libxcb|libXau|libXdmcp|libXext|libXrender|libfontconfig|libfreetype|libexpat|libz|libasound|libwayland-client|libwayland-cursor|libwayland-egl|libuuid|libselinux)\.so'
copy_deps() {  # every needed library of $@ not excluded and not yet copied (ldd gives the transitive closure)
  ldd "$@" 2>/dev/null | awk '/=> \// {print $1, $3}' | sort -u | while read -r soname path; do
    [[ "$soname" =~ $excluded ]] && continue
    [ -e "$appdir/usr/lib/$soname" ] || cp -L "$path" "$appdir/usr/lib/$soname"
  done
}
copy_deps "$appdir/usr/bin/qwendesk-app" "$appdir/usr/bin/qwendesk-cli"
mapfile -t plugin_sos < <(find "$appdir/usr/plugins" "$appdir/usr/qml" -name '*.so')
copy_deps "${plugin_sos[@]}"
strip --strip-unneeded "$appdir/usr/lib/"*.so* 2>/dev/null || true

cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
QmlImports = qml
Qml2Imports = qml
CONF
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
# Starts QwenDesk from this folder: the bundled libraries first, no Qt plugin or QML path from outside.
here=$(dirname "$(readlink -f "$0")")
export LD_LIBRARY_PATH="$here/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
unset QT_PLUGIN_PATH QML2_IMPORT_PATH QML_IMPORT_PATH
case "${1:-}" in
  cli) shift; exec "$here/usr/bin/qwendesk-cli" "$@" ;;   # ./AppRun cli generate --model ...
  *) exec "$here/usr/bin/qwendesk-app" "$@" ;;
esac
RUN
chmod +x "$appdir/AppRun"
cp "$appdir/usr/share/applications/io.github.qwendesk.QwenDesk.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/io.github.qwendesk.QwenDesk.png" "$appdir/" 2>/dev/null \
  || cp "$appdir/usr/share/icons/hicolor/scalable/apps/io.github.qwendesk.QwenDesk.svg" "$appdir/"
ln -sf io.github.qwendesk.QwenDesk.png "$appdir/.DirIcon" 2>/dev/null || true

XZ_OPT="${XZ_OPT:--6 -T0}" tar -C "$out" -cJf "$out/$name.tar.xz" "$name"
echo "portable bundle: $out/$name.tar.xz ($(du -h "$out/$name.tar.xz" | cut -f1); unpacked $(du -sh "$appdir" | cut -f1))"
