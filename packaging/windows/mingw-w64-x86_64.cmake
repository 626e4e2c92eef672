# CMake toolchain: cross-compiles the QwenDesk engine, qwendesk-cli and the engine tests for 64-bit Windows
# with Debian's mingw-w64 (g++-mingw-w64-x86-64-posix: the "posix" thread model, which has std::thread).
#   cmake -S . -B build-mingw -DCMAKE_TOOLCHAIN_FILE=packaging/windows/mingw-w64-x86_64.cmake \
#         -DQWENDESK_MINGW_PREFIX=$PWD/build-mingw/deps -DQWENDESK_BUILD_APP=OFF
# QWENDESK_MINGW_PREFIX holds the third-party libraries built for Windows by build-mingw-deps.sh (utf8proc,
# liblzma, GoogleTest, the nlohmann-json headers). Executables are linked fully static (libgcc, libstdc++,
# winpthread), so they need no DLL beside them; ctest runs them under wine (CMAKE_CROSSCOMPILING_EMULATOR).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(QWENDESK_MINGW_TRIPLET x86_64-w64-mingw32)

find_program(CMAKE_C_COMPILER NAMES ${QWENDESK_MINGW_TRIPLET}-gcc-posix REQUIRED)
find_program(CMAKE_CXX_COMPILER NAMES ${QWENDESK_MINGW_TRIPLET}-g++-posix REQUIRED)
find_program(CMAKE_RC_COMPILER NAMES ${QWENDESK_MINGW_TRIPLET}-windres)

# Cache variables reach try_compile projects only when listed here.
set(CMAKE_TRY_COMPILE_PLATFORM_VARIABLES QWENDESK_MINGW_PREFIX)
if(NOT QWENDESK_MINGW_PREFIX AND DEFINED ENV{QWENDESK_MINGW_PREFIX})
  set(QWENDESK_MINGW_PREFIX "$ENV{QWENDESK_MINGW_PREFIX}")
endif()

set(CMAKE_FIND_ROOT_PATH /usr/${QWENDESK_MINGW_TRIPLET} ${QWENDESK_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)   # host tools (xz, wine) run here
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config must see only the Windows libraries, never the host's /usr/lib.
if(QWENDESK_MINGW_PREFIX)
  set(ENV{PKG_CONFIG_LIBDIR} "${QWENDESK_MINGW_PREFIX}/lib/pkgconfig")
  set(ENV{PKG_CONFIG_PATH} "")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()

# Fully static executables: wine (and a user's PC) needs no libstdc++-6.dll / libwinpthread-1.dll.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
# Big object files (the test suites, the embedded tokenizer) exceed the COFF section limit without this.
set(CMAKE_C_FLAGS_INIT "-Wa,-mbig-obj")
set(CMAKE_CXX_FLAGS_INIT "-Wa,-mbig-obj")

# ctest and add_test run the .exe files through wine with a private prefix (see wine-run.sh).
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/wine-run.sh")
