// The module's exported C entry points (backends/cuda/cuda_module_abi.h): its ABI version, what it was built
// with, and the factory, which turns every failure to start CUDA into an error kind and a plain sentence.
#include <cuda_runtime_api.h>

#include <cstdio>
#include <cstring>
#include <new>
#include <string>

#include "cuda_errors.h"
#include "engine_api.h"
#include "kernels.h"

namespace qwendesk::cuda {
Backend* create_backend(const CudaModuleHost& host, int device, bool integer_kernels);
}

using namespace qwendesk;

namespace {

void put(const std::string& text, char* out, std::size_t size) {
    if (!out || size == 0) return;
    const std::size_t n = std::min(text.size(), size - 1);
    std::memcpy(out, text.data(), n);
    out[n] = '\0';
}

Backend* create(const CudaModuleHost& host, const CudaModuleOptions& options) {
    int count = 0;
    if (cudaError_t e = cudaGetDeviceCount(&count); e != cudaSuccess) {
        cudaGetLastError();
        if (e == cudaErrorInsufficientDriver) throw Error(ErrorKind::Unsupported, cuda::driver_too_old_text());
        if (e == cudaErrorNoDevice) throw Error(ErrorKind::Unsupported, "the NVIDIA driver reports no CUDA device on this machine");
        throw Error(ErrorKind::Unsupported, "CUDA cannot start on this machine: " + cuda::error_text(e));
    }
    if (count == 0) throw Error(ErrorKind::Unsupported, "the NVIDIA driver reports no CUDA device on this machine");
    if (options.device < 0 || options.device >= count)
        throw Error(ErrorKind::InvalidArgument, "CUDA device " + std::to_string(options.device) + " does not exist (this machine has " +
                                                    std::to_string(count) + (count == 1 ? " device)" : " devices)"));
    cudaDeviceProp prop{};
    if (cudaError_t e = cudaGetDeviceProperties(&prop, options.device); e != cudaSuccess)
        throw Error(ErrorKind::Unsupported, "CUDA device " + std::to_string(options.device) + " cannot be queried: " + cuda::error_text(e));
    if (prop.major * 10 + prop.minor < 75)
        throw Error(ErrorKind::Unsupported, std::string("the GPU ") + prop.name + " (compute capability " + std::to_string(prop.major) + "." +
                                                std::to_string(prop.minor) +
                                                ") is older than Turing (7.5), the oldest GPU this CUDA backend supports; choose --backend "
                                                "vulkan or cpu");
    if (cudaError_t e = cudaSetDevice(options.device); e != cudaSuccess) {
        cudaGetLastError();
        if (e == cudaErrorMemoryAllocation)
            throw Error(ErrorKind::OutOfMemory, std::string("the GPU ") + prop.name + " has no memory left for a CUDA context");
        throw Error(ErrorKind::Unsupported, std::string("CUDA cannot use the GPU ") + prop.name + ": " + cuda::error_text(e));
    }
    if (cudaError_t e = cuda::kernel_image_check(); e != cudaSuccess) {
        cudaGetLastError();
        throw Error(ErrorKind::Unsupported, std::string("this CUDA backend has no kernels for the GPU ") + prop.name + " (compute capability " +
                                                std::to_string(prop.major) + "." + std::to_string(prop.minor) + "); it was built for " +
                                                cuda::compiled_architectures() + " (" + cuda::error_text(e) + ")");
    }
    return cuda::create_backend(host, options.device, options.integer_kernels != 0);
}

}  // namespace

QWENDESK_CUDA_EXPORT int qwendesk_cuda_abi_version() { return kCudaModuleAbiVersion; }

QWENDESK_CUDA_EXPORT const char* qwendesk_cuda_build_info() {
    static const std::string text = [] {
        int runtime = 0;
        cudaRuntimeGetVersion(&runtime);  // a compile-time constant of the static runtime: needs no driver
        cudaGetLastError();
        return "CUDA runtime " + std::to_string(runtime / 1000) + "." + std::to_string(runtime % 1000 / 10) + " (static), kernels for " +
               cuda::compiled_architectures();
    }();
    return text.c_str();
}

QWENDESK_CUDA_EXPORT Backend* qwendesk_cuda_create_backend(const CudaModuleHost* host, const CudaModuleOptions* options, int* error_kind,
                                                           char* error, std::size_t error_size) {
    auto fail = [&](ErrorKind kind, const std::string& text) -> Backend* {
        if (error_kind) *error_kind = static_cast<int>(kind);
        put(text, error, error_size);
        return nullptr;
    };
    if (!host || !options || host->abi_version != kCudaModuleAbiVersion || !host->make_cpu_backend)
        return fail(ErrorKind::Internal, "the CUDA backend module was called with another interface version");
    try {
        return create(*host, *options);
    } catch (const Error& e) {
        return fail(e.kind(), e.what());
    } catch (const std::bad_alloc&) {
        return fail(ErrorKind::OutOfMemory, "out of host memory while creating the CUDA backend");
    } catch (const std::exception& e) {
        return fail(ErrorKind::Internal, std::string("creating the CUDA backend failed: ") + e.what());
    }
}

QWENDESK_CUDA_EXPORT void qwendesk_cuda_throw_for_test(int kind, const char* message) {
    throw Error(static_cast<ErrorKind>(kind), message ? message : "");
}
