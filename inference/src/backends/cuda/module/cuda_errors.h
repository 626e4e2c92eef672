// CUDA runtime errors as engine errors (docs/cuda.md, "Errors"):
//   cudaErrorMemoryAllocation                    -> Error(OutOfMemory)
//   no driver, an old driver, no device, a GPU
//   without a compiled architecture              -> Error(Unsupported)
//   sticky errors (illegal address, launch
//   failure or timeout, ...): the context is lost -> Error(Internal) saying the app must restart; the backend
//                                                   then refuses every later call
//   anything else                                -> Error(Internal) naming the call
#pragma once

#include <cuda_runtime_api.h>

#include <string>

#include "engine_api.h"

namespace qwendesk::cuda {

// "cudaErrorIllegalAddress (an illegal memory access was encountered)"
std::string error_text(cudaError_t e);

// Errors after which the CUDA context is unusable until the process exits.
bool is_sticky(cudaError_t e);

// The sentence for cudaErrorInsufficientDriver: no driver at all, or one older than the runtime (naming the
// driver's and the runtime's CUDA versions).
std::string driver_too_old_text();

// The architectures this module was compiled for ("75-real,80-real,...").
const char* compiled_architectures();

}  // namespace qwendesk::cuda
