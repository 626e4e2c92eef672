#include "cuda_errors.h"

namespace qwendesk::cuda {

std::string error_text(cudaError_t e) {
    const char* name = cudaGetErrorName(e);
    const char* text = cudaGetErrorString(e);
    return std::string(name ? name : "cudaError") + " (" + (text ? text : "unknown") + ")";
}

bool is_sticky(cudaError_t e) {
    switch (e) {
    case cudaErrorIllegalAddress:
    case cudaErrorLaunchFailure:
    case cudaErrorLaunchTimeout:
    case cudaErrorHardwareStackError:
    case cudaErrorIllegalInstruction:
    case cudaErrorMisalignedAddress:
    case cudaErrorInvalidAddressSpace:
    case cudaErrorInvalidPc:
    case cudaErrorAssert:
    case cudaErrorECCUncorrectable:
    case cudaErrorContextIsDestroyed:
    case cudaErrorUnknown:
        return true;
    default:
        return false;
    }
}

std::string driver_too_old_text() {
    int driver = 0, runtime = 0;
    cudaDriverGetVersion(&driver);
    cudaRuntimeGetVersion(&runtime);
    cudaGetLastError();
    auto version = [](int v) { return std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10); };
    if (driver == 0)
        return "no NVIDIA driver is installed (the CUDA runtime found no libcuda), so the CUDA backend cannot run; install the "
               "NVIDIA driver or choose --backend cpu or vulkan";
    return "the NVIDIA driver is too old for this CUDA backend: it supports CUDA " + (driver ? version(driver) : std::string("(unknown)")) +
           ", the backend was built with CUDA " + version(runtime) + " and needs a driver for it; update the NVIDIA driver";
}

const char* compiled_architectures() { return QWENDESK_CUDA_ARCHS; }

}  // namespace qwendesk::cuda
