// Widening stored weight rows to float32 for the CPU kernels, and the hook where quantised types get
// their own integer kernels instead of being widened.
#pragma once

#include <cstddef>

#include "backends/backend.h"
#include "backends/cpu/simd_kernels.h"
#include "platform/thread_pool.h"

namespace qwendesk::cpu {

// dst[0..n) = row as float32, for any stored type the engine reads.
void convert_row(DType type, const void* row, float* dst, std::size_t n, const SimdKernels& simd);

// Runs y = w·x with a kernel that computes on the quantised blocks directly; false when w's type has none
// (the caller then widens rows to float).
bool quantized_matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool);

}  // namespace qwendesk::cpu
