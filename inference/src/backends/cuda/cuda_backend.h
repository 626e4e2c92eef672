// The CUDA backend (docs/cuda.md). Its kernels live in a run-time module (libqwendesk_cuda.so /
// qwendesk_cuda.dll, built from backends/cuda/module/ with the CUDA runtime linked statically); the engine
// never links libcuda or cudart. make_cuda_backend() looks for the NVIDIA driver first, then opens the module,
// so a binary built with CUDA still starts, and falls back, on a machine without an NVIDIA GPU.
#pragma once

#include <memory>
#include <string>

#include "backends/backend.h"

namespace qwendesk {

struct CudaBackendOptions {
    int device = -1;  // CUDA device ordinal; -1: QWENDESK_CUDA_DEVICE=N, else device 0
    // Quantised weights: true multiplies int8-quantised activations with integer dot products (dp4a) where a
    // kernel exists (Q8_0, Q4_0); false decodes the weights to float32 exactly (the reference path).
    bool integer_kernels = true;
    // The module file; empty: $QWENDESK_CUDA_MODULE, else beside the executable, else
    // <executable>/../lib[...]/qwendesk/backends/.
    std::string module_path;
    // false leaves the driver check to the CUDA runtime inside the module (tests of the module's own errors).
    bool check_driver = true;
};

// Whether this build produced the CUDA module (nvcc was found at configure time; QWENDESK_CUDA=AUTO|ON).
bool cuda_backend_built();

// The module's file name (libqwendesk_cuda.so, qwendesk_cuda.dll).
std::string cuda_module_file_name();

struct CudaModuleInfo {
    std::string path;     // the file that was opened
    int abi_version = 0;  // equals the engine's (checked)
    std::string build;    // e.g. "CUDA runtime 13.0, kernels for 75-real;...;120-virtual"
};

// Opens the module (as make_cuda_backend finds it; `path` overrides) and checks its ABI version; needs no
// driver and no GPU. Throws Error(Unsupported) with a plain sentence when the build has no CUDA backend or the
// module is missing, cannot be loaded or is of another version.
CudaModuleInfo cuda_module_info(const std::string& path = {});

// Throws Error(Unsupported) with a plain sentence when the build has no CUDA backend, no NVIDIA driver is
// installed, the module is missing or of another version, the driver is older than the CUDA runtime the
// module was built with, no CUDA device exists or the GPU is older than the oldest compiled architecture;
// Error(InvalidArgument) for a device ordinal that does not exist; Error(OutOfMemory) when the context
// cannot be created for lack of memory.
std::unique_ptr<Backend> make_cuda_backend(const CudaBackendOptions& options = {});

}  // namespace qwendesk
