// Widening stored weight rows to float32 for the CPU kernels.
#pragma once

#include <cstddef>

#include "backends/backend.h"
#include "backends/cpu/simd_kernels.h"

namespace qwendesk::cpu {

// dst[0..n) = row as float32, for any stored type the engine reads.
void convert_row(DType type, const void* row, float* dst, std::size_t n, const SimdKernels& simd);

}  // namespace qwendesk::cpu
