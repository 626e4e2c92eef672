# Installers (issue #9): what `cmake --install` adds beside the binaries, and the CPack settings.
#   Linux:   cpack -G DEB  -> qwendesk_<version>_amd64.deb  (desktop entry, hicolor icons, AppStream metainfo)
#            packaging/linux/make-portable.sh -> a self-contained AppDir tarball (Qt libraries, plugins, QML)
#   Windows: cpack -G NSIS -> QwenDesk-<version>-win64.exe  (per-user, no admin; windeployqt at install time)
# Included from the top-level CMakeLists.txt after the app, the engine and the CLI are defined.
# packaging/README.md says how each is built and tested, what it contains and how big it is.
include(GNUInstallDirs)

set(QWENDESK_APP_ID "io.github.qwendesk.QwenDesk")
set(QWENDESK_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# GPU backends, where they are built as run-time modules (MODULE libraries loaded by the engine), ship
# beside the engine in their own install component, so a machine without CUDA installs and runs the CPU
# and Vulkan paths. None is a separate module yet (the engine probes the drivers with dlopen only).
foreach(backend cuda vulkan)
  if(TARGET qwendesk_backend_${backend})
    install(TARGETS qwendesk_backend_${backend} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/qwendesk/backends
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT backend_${backend})
  endif()
endforeach()

if(TARGET qwendesk-app AND UNIX AND NOT APPLE)
  # The menu entry, the software-centre description and the icon in the hicolor theme.
  install(FILES "${QWENDESK_PACKAGING_DIR}/linux/${QWENDESK_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES "${QWENDESK_PACKAGING_DIR}/linux/${QWENDESK_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES "${QWENDESK_PACKAGING_DIR}/linux/${QWENDESK_APP_ID}.svg"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  # PNG sizes rendered from the SVG at build time (menus and docks that do not draw SVG).
  find_program(QWENDESK_RSVG_CONVERT rsvg-convert)
  if(QWENDESK_RSVG_CONVERT)
    set(icon_pngs)
    foreach(size 16 24 32 48 64 128 256 512)
      set(png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${QWENDESK_APP_ID}.png")
      add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}"
        COMMAND ${QWENDESK_RSVG_CONVERT} -w ${size} -h ${size} -o "${png}" "${QWENDESK_PACKAGING_DIR}/linux/${QWENDESK_APP_ID}.svg"
        DEPENDS "${QWENDESK_PACKAGING_DIR}/linux/${QWENDESK_APP_ID}.svg" VERBATIM)
      list(APPEND icon_pngs "${png}")
      install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(qwendesk_icons ALL DEPENDS ${icon_pngs})
  else()
    message(STATUS "QwenDesk packaging: rsvg-convert (librsvg2-bin) not found: only the scalable icon is installed")
  endif()
endif()

if(TARGET qwendesk-app AND WIN32)
  # The exe's own icon (Explorer, taskbar) and the Qt runtime beside it: windeployqt copies the Qt DLLs,
  # the platform, style and image plugins and the QML modules the view imports into bin/.
  target_sources(qwendesk-app PRIVATE "${QWENDESK_PACKAGING_DIR}/windows/qwendesk.rc")
  find_program(QWENDESK_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" "${QT6_INSTALL_PREFIX}/bin")
  if(QWENDESK_WINDEPLOYQT)
    install(CODE "
      execute_process(COMMAND \"${QWENDESK_WINDEPLOYQT}\" --release --no-translations --no-system-d3d-compiler
                              --no-opengl-sw --qmldir \"${PROJECT_SOURCE_DIR}/ui/qml\"
                              \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/qwendesk-app.exe\"
                      RESULT_VARIABLE qwendesk_deploy_result)
      if(NOT qwendesk_deploy_result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${qwendesk_deploy_result}\")
      endif()")
  else()
    message(WARNING "QwenDesk packaging: windeployqt not found: the installer would lack the Qt DLLs")
  endif()
  # The MSVC runtime DLLs (vcruntime140.dll, msvcp140.dll) beside the exe: no separate redistributable.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

# ---- CPack --------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "QwenDesk")
set(CPACK_PACKAGE_VENDOR "QwenDesk")
set(CPACK_PACKAGE_CONTACT "QwenDesk maintainers <maintainers@qwendesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline Qwen3 chat on your own machine")
set(CPACK_PACKAGE_DESCRIPTION "QwenDesk runs Qwen3 language models entirely on this computer with its own
inference engine. Conversations stay on the machine (SQLite); every answer has a collapsible thinking
trace. Includes qwendesk-cli and a small built-in demo model.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/qwendesk/qwendesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "QwenDesk")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/\\\\.ccache/")
if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
  else()
    set(CPACK_GENERATOR "DEB;TGZ")
  endif()
endif()

# Debian: /usr, library dependencies from dpkg-shlibdeps (Qt 6, sqlite3, utf8proc, liblzma, ...), plus what
# the binary loads at run time and dpkg-shlibdeps cannot see: the QML modules ui/qml imports, the Vulkan
# loader (dlopen), and fonts for the scripts of the translations (CJK, Arabic, Devanagari, Cyrillic ...).
# No maintainer scripts: removing or purging the package never touches ~/.local/share/QwenDesk (history)
# or the user's models.
set(CPACK_DEBIAN_PACKAGE_NAME "qwendesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qtqml-workerscript, qt6-qpa-plugins, libvulkan1, fonts-noto-core, fonts-noto-cjk, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, mesa-vulkan-drivers, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fcitx5-frontend-qt6, ibus")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
if(NOT CPACK_PACKAGING_INSTALL_PREFIX AND NOT WIN32)
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

# Windows (NSIS): a per-user install under %LOCALAPPDATA%\Programs\QwenDesk with no UAC prompt, a
# Start-menu entry, an uninstaller registered under HKCU that deletes only the files it installed:
# %APPDATA%\QwenDesk (settings, history) and downloaded models stay. The template is ours
# (packaging/windows/NSIS.template.in): CMake's own asks for admin rights and writes to HKLM.
set(CPACK_NSIS_PACKAGE_NAME "QwenDesk")
set(CPACK_NSIS_DISPLAY_NAME "QwenDesk")
set(CPACK_NSIS_MUI_ICON "${QWENDESK_PACKAGING_DIR}/windows/qwendesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${QWENDESK_PACKAGING_DIR}/windows/qwendesk.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "QwenDesk")
# The Start-menu entry's target, relative to the install folder (our template reads it). The engine-only
# (mingw-w64) build has no app to put in the menu.
set(CPACK_QWENDESK_START_MENU_EXE "")
if(TARGET qwendesk-app)
  set(CPACK_QWENDESK_START_MENU_EXE "${CMAKE_INSTALL_BINDIR}\\qwendesk-app.exe")
endif()
list(PREPEND CMAKE_MODULE_PATH "${QWENDESK_PACKAGING_DIR}/windows")  # NSIS.template.in
include(CPack)
