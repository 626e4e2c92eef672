// The C entry points of the CUDA module (libqwendesk_cuda.so / qwendesk_cuda.dll), shared by the module and
// the engine's loader (cuda_loader.cpp). The module is built by the same compiler as the engine and returns
// a C++ Backend*; its ops throw qwendesk::Error, which the engine catches like its own. Bump the version on
// any change to these declarations, to backends/backend.h or to qwendesk::Error.
#pragma once

#include <cstddef>

#include "backends/backend.h"

#if defined(_WIN32)
#define QWENDESK_CUDA_EXPORT extern "C" __declspec(dllexport)
#else
#define QWENDESK_CUDA_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace qwendesk {

constexpr int kCudaModuleAbiVersion = 2;  // 2: Backend::prepare/kv_cache_type, KvLayerView::type, ErrorKind::DeviceLost

// What the engine hands the module.
struct CudaModuleHost {
    int abi_version;
    // A CPU backend (owned by the caller, deleted through Backend's virtual destructor) for weight types
    // without a CUDA kernel: the module computes them through the host. Throws like make_cpu_backend.
    Backend* (*make_cpu_backend)(int threads, int integer_kernels);
};

struct CudaModuleOptions {
    int device;           // >= 0
    int integer_kernels;  // 0 or 1
};

// Error kinds across the C boundary: the values of qwendesk::ErrorKind.
using CudaAbiVersionFn = int (*)();
using CudaBuildInfoFn = const char* (*)();
// A new backend, or nullptr with *error_kind (an ErrorKind value) and a message in error[0..error_size).
using CudaCreateFn = Backend* (*)(const CudaModuleHost* host, const CudaModuleOptions* options, int* error_kind, char* error,
                                  std::size_t error_size);
// Throws qwendesk::Error(kind, message): lets a test without a GPU check that the engine catches what the
// module throws.
using CudaThrowForTestFn = void (*)(int kind, const char* message);

constexpr const char* kCudaAbiVersionSymbol = "qwendesk_cuda_abi_version";
constexpr const char* kCudaBuildInfoSymbol = "qwendesk_cuda_build_info";
constexpr const char* kCudaCreateSymbol = "qwendesk_cuda_create_backend";
constexpr const char* kCudaThrowForTestSymbol = "qwendesk_cuda_throw_for_test";

}  // namespace qwendesk
