// Matrix products on quantised weights without widening them to float: activations are quantised to int8
// in blocks of 32 (one float scale per block, plus the sums of each half-block for the offset corrections
// of the unsigned weight formats), and each weight block is multiplied with integer dot products
// (AVX-512 VNNI's vpdpbusd where the processor has it) and scaled once per block.
#pragma once

#include <cstddef>
#include <cstdint>

#include "backends/backend.h"
#include "platform/thread_pool.h"

namespace qwendesk::cpu {

// 32 activations as int8 with their scale: x[i] ≈ d * q[i]. sum16[h] = sum of q[16h .. 16h+15].
struct ActBlock {
    float d;
    std::int16_t sum16[2];
    std::int8_t q[32];
};

// Quantises n floats (a multiple of 32) into n / 32 blocks.
void quantize_activations(const float* x, std::size_t n, ActBlock* out);

// dot(weight row of `cols` elements, activation blocks); one function per weight type and instruction set.
using QuantDot = float (*)(const std::uint8_t* row, const ActBlock* act, std::size_t cols);

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
