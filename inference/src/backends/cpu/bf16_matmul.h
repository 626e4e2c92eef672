// BF16 weights in prefill: AVX512-BF16's vdpbf16ps multiplies bf16 pairs exactly and adds them in float32. The
// float32 activations are split into two bf16 parts, x = hi + lo (+ a residual below 2^-16 |x|), and each weight
// row meets both, so the result stays within float32 rounding of the widened-weights path (the float64
// goldens need 1e-4 relative L2) while the weights are never widened.
#pragma once

#include <cstddef>
#include <cstdint>

#include "backends/backend.h"
#include "platform/thread_pool.h"

namespace qwendesk::cpu {

// Batches of fewer tokens keep the widened-row path (decode reads each weight once whatever the kernel).
constexpr int kBf16GemmMinTokens = 4;

// y[t * w.rows + r] = dot(row r of BF16 w, x + t * w.cols) for t < n_tokens (any rows, cols, n_tokens >= 1).
// Only on processors with AVX512-BF16: callers check cpu_features().avx512_bf16 (bf16_gemm_available()).
void bf16_matmul_avx512(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool);
bool bf16_gemm_available();  // compiled in, and the processor has AVX512-BF16

// The activation split of the kernel above, also used by the FP8 kernel (quant_dot_fp8_bf16_avx512.cpp): n floats
// into bf16 hi = round(x) and lo = round(x - hi), then n_padded - n zeros. AVX512-BF16 processors only.
void bf16_split_avx512(const float* x, std::size_t n, std::size_t n_padded, std::uint16_t* hi, std::uint16_t* lo);

}  // namespace qwendesk::cpu
