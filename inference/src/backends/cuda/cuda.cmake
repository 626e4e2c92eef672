# CUDA backend (issue #7, docs/cuda.md). Included from inference/CMakeLists.txt after qwendesk_engine exists.
#
# The kernels and the backend class are a separate MODULE library, qwendesk_backend_cuda (file name
# libqwendesk_cuda.so / qwendesk_cuda.dll), with the CUDA runtime linked statically. The engine never links
# it, nor libcuda or cudart: backends/cuda/cuda_loader.cpp opens the module at run time once the NVIDIA
# driver library is found, so a binary built with CUDA still starts on a machine without an NVIDIA GPU.
#
# QWENDESK_CUDA=AUTO (default) builds the module when nvcc is found (PATH, CUDACXX, $CUDA_PATH/bin,
# /usr/local/cuda/bin); ON insists; OFF leaves it out. Cross builds (MinGW) are OFF under AUTO.
set(QWENDESK_CUDA AUTO CACHE STRING "CUDA backend module: AUTO, ON or OFF")
set_property(CACHE QWENDESK_CUDA PROPERTY STRINGS AUTO ON OFF)
# Turing (sm_75) to Blackwell consumer (sm_120) as machine code, plus sm_120 PTX the driver can compile for
# later GPUs. CUDA 13 dropped Maxwell, Pascal and Volta. CI passes a single architecture to keep compile
# time small.
set(QWENDESK_CUDA_ARCHITECTURES "75-real;80-real;86-real;89-real;90-real;100-real;120-real;120-virtual" CACHE STRING
    "GPU architectures the CUDA kernels are compiled for (CMake CUDA_ARCHITECTURES syntax)")

set(QWENDESK_CUDA_ENABLED OFF)
if(QWENDESK_CUDA STREQUAL "AUTO" AND (CMAKE_CROSSCOMPILING OR MINGW))
  message(STATUS "CUDA backend: off (cross or MinGW build)")
elseif(NOT QWENDESK_CUDA STREQUAL "OFF")
  if(NOT CMAKE_CUDA_COMPILER AND NOT DEFINED ENV{CUDACXX})
    find_program(QWENDESK_NVCC nvcc HINTS "$ENV{CUDA_PATH}/bin" PATHS /usr/local/cuda/bin /opt/cuda/bin)
    if(QWENDESK_NVCC)
      set(ENV{CUDACXX} "${QWENDESK_NVCC}")
    endif()
  endif()
  include(CheckLanguage)
  set(CMAKE_CUDA_ARCHITECTURES "${QWENDESK_CUDA_ARCHITECTURES}")
  check_language(CUDA)
  if(CMAKE_CUDA_COMPILER)
    enable_language(CUDA)
    find_package(CUDAToolkit)
  endif()
  if(CMAKE_CUDA_COMPILER AND TARGET CUDA::cudart_static)
    set(QWENDESK_CUDA_ENABLED ON)
    message(STATUS "CUDA backend: on (nvcc ${CMAKE_CUDA_COMPILER_VERSION}, architectures ${QWENDESK_CUDA_ARCHITECTURES})")
  elseif(QWENDESK_CUDA STREQUAL "ON")
    message(FATAL_ERROR "QWENDESK_CUDA=ON needs the CUDA toolkit (nvcc and the static runtime); "
                        "pass -DCMAKE_CUDA_COMPILER=/usr/local/cuda/bin/nvcc if it is not on PATH")
  else()
    message(STATUS "CUDA backend: off (nvcc not found; -DCMAKE_CUDA_COMPILER=... to point at it)")
  endif()
endif()

if(QWENDESK_CUDA_ENABLED)
  set(cuda_dir ${CMAKE_CURRENT_SOURCE_DIR}/src/backends/cuda)
  file(GLOB QWENDESK_CUDA_MODULE_SOURCES CONFIGURE_DEPENDS ${cuda_dir}/module/*.cu ${cuda_dir}/module/*.cpp)
  # The module compiles in the one engine source it needs (module/engine_sources.cpp: backends/backend.cpp) and no other:
  # the CPU fallback for weight types without a kernel is handed over by the engine at creation.
  add_library(qwendesk_backend_cuda MODULE ${QWENDESK_CUDA_MODULE_SOURCES})
  set_target_properties(qwendesk_backend_cuda PROPERTIES
    OUTPUT_NAME qwendesk_cuda
    CUDA_ARCHITECTURES "${QWENDESK_CUDA_ARCHITECTURES}"
    CUDA_STANDARD 17
    CUDA_STANDARD_REQUIRED ON
    CXX_VISIBILITY_PRESET hidden
    CUDA_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    CUDA_RUNTIME_LIBRARY Static
    # Sanitizer flags added with add_compile_options/add_link_options (QWENDESK_SANITIZE) are not for nvcc,
    # and a module that uses the GPU driver is not run under ASan: it is built without them.
    COMPILE_OPTIONS ""
    LINK_OPTIONS "")
  target_include_directories(qwendesk_backend_cuda PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/include ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(qwendesk_backend_cuda PRIVATE CUDA::cudart_static)
  string(REPLACE ";" "," cuda_archs_text "${QWENDESK_CUDA_ARCHITECTURES}")
  target_compile_definitions(qwendesk_backend_cuda PRIVATE QWENDESK_CUDA_ARCHS="${cuda_archs_text}")
  # Bit-exact dequantisation: no contraction of a*b+c in host code; the device decoders use __fmul_rn & co.
  target_compile_options(qwendesk_backend_cuda PRIVATE
    $<$<COMPILE_LANGUAGE:CUDA>:--expt-relaxed-constexpr -Xcompiler=-fvisibility=hidden>
    $<$<AND:$<COMPILE_LANGUAGE:CXX>,$<NOT:$<CXX_COMPILER_ID:MSVC>>>:-ffp-contract=off>)
  if(UNIX AND NOT APPLE)
    # Only the qwendesk_cuda_* entry points are exported, not the static runtime's symbols.
    target_link_options(qwendesk_backend_cuda PRIVATE -Wl,--exclude-libs,ALL -Wl,--no-undefined)
  endif()
  if(CCACHE_PROGRAM)
    set_target_properties(qwendesk_backend_cuda PROPERTIES CUDA_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
  endif()
  # The module sits beside qwendesk-cli in the build tree (the loader looks beside the executable) and is
  # built with it.
  add_dependencies(qwendesk-cli qwendesk_backend_cuda)
  include(GNUInstallDirs)
  set_source_files_properties(${cuda_dir}/cuda_loader.cpp PROPERTIES COMPILE_DEFINITIONS
    "QWENDESK_CUDA_MODULE_BUILT=1;QWENDESK_CUDA_MODULE_FILE=\"$<TARGET_FILE_NAME:qwendesk_backend_cuda>\";QWENDESK_CUDA_INSTALL_LIBDIR=\"${CMAKE_INSTALL_LIBDIR}\"")
  # Installed by packaging/cmake/QwenDeskPackaging.cmake (lib/qwendesk/backends on Linux, bin/ on Windows).
endif()
