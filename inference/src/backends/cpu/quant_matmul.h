// Matrix products on quantised weights without widening them to float: activations are quantised to int8
// in blocks of 32 (one float scale per block), and each weight block is multiplied with integer dot products
// (AVX-512 VNNI's vpdpbusd where the processor has it) and scaled once per block.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "backends/backend.h"
#include "platform/thread_pool.h"

namespace qwendesk::cpu {

// One token's activations as int8 blocks of 32, structure-of-arrays so SIMD kernels can load two blocks'
// values (64 bytes) or eight blocks' sums at once. x[i] ≈ d[i / 32] * q[i].
struct QuantizedRow {
    const std::int8_t* q;     // [cols]
    const float* d;           // [cols / 32]
    const float* d8;          // [cols / 32][8]: d repeated, so a pair of blocks loads as one 16-float vector
    const float* dsum;        // [cols / 32]: d * (sum of the block's q), for the offsets of unsigned formats
    const float* dsum16;      // [cols / 16]: d * (sum of each half block's q), for per-16 scales (Q6_K)
};

// Storage for the quantised activations of a batch of tokens.
class QuantizedActivations {
public:
    // Quantises n_tokens rows of `cols` floats (cols a multiple of 32).
    void quantize(const float* x, int n_tokens, std::size_t cols);
    const QuantizedRow* rows() const { return rows_.data(); }

private:
    std::vector<std::int8_t> q_;
    std::vector<float> d_, d8_, dsum_, dsum16_;
    std::vector<QuantizedRow> rows_;
};

// out[t] = dot(weight row of `cols` elements, act[t]) for t < n_tokens; one function per weight type and
// instruction set.
using QuantDot = void (*)(const std::uint8_t* row, const QuantizedRow* act, int n_tokens, std::size_t cols, float* out);

struct QuantDotKernels {
    QuantDot q8_0 = nullptr, q4_0 = nullptr, q4_k = nullptr, q5_k = nullptr, q6_k = nullptr;
    QuantDot for_type(DType type) const;
};

const QuantDotKernels& portable_quant_kernels();
const QuantDotKernels* avx512_quant_kernels();  // nullptr when not compiled in
const QuantDotKernels& best_quant_kernels();

// y = w·x for quantised w; false when w's type has no integer kernel.
bool quantized_matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool);

}  // namespace qwendesk::cpu
