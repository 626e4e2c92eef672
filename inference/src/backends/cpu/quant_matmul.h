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
    const std::int32_t* isum16;  // [cols / 16]: sum of each half block's q as an integer; only for the tile kernels
};

// Quantises `blocks` blocks of 32 floats: q (32 per block), d and d × (sum of each half block's q).
void quantize_blocks_portable(const float* x, std::size_t blocks, std::int8_t* q, float* d, float* dsum16);

// Storage for the quantised activations of a batch of tokens.
class QuantizedActivations {
public:
    // Quantises n_tokens rows of `cols` floats (cols a multiple of 32). int_sums: also fill isum16 (the tile
    // kernels need it; the per-row kernels do not).
    void quantize(const float* x, int n_tokens, std::size_t cols, bool int_sums = false);
    const QuantizedRow* rows() const { return rows_.data(); }

private:
    std::vector<std::int8_t> q_;
    std::vector<float> d_, d8_, dsum_, dsum16_;
    std::vector<std::int32_t> isum16_;
    std::vector<QuantizedRow> rows_;
};

// out[t] = dot(weight row of `cols` elements, act[t]) for t < n_tokens; one function per weight type and
// instruction set.
using QuantDot = void (*)(const std::uint8_t* row, const QuantizedRow* act, int n_tokens, std::size_t cols, float* out);

// Prefill tile kernel: y[t * ldy + i] = dot(weight row i, act[t]) for i < n_rows (1..16) and t < n_tokens, where
// row i starts at rows + i * row_bytes. The 16 rows are repacked once into a thread-local tile (weights
// transposed so each 32-bit lane holds one row; per-block scales as 16-lane vectors), then every token is
// multiplied with it, several tokens per pass. act must come from quantize(..., int_sums = true).
using QuantGemm = void (*)(const std::uint8_t* rows, std::size_t row_bytes, int n_rows, const QuantizedRow* act, int n_tokens,
                           std::size_t cols, float* y, std::size_t ldy);
constexpr int kQuantGemmRows = 16;
constexpr int kQuantGemmMinTokens = 4;

struct QuantDotKernels {
    QuantDot q8_0 = nullptr, q4_0 = nullptr, q4_k = nullptr, q5_k = nullptr, q6_k = nullptr;
    // Activation quantisation with the same results as quantize_blocks_portable (nullptr: use that).
    void (*quantize_blocks)(const float* x, std::size_t blocks, std::int8_t* q, float* d, float* dsum16) = nullptr;
    QuantDot for_type(DType type) const;
    // The tile kernel for batches of kQuantGemmMinTokens or more tokens; nullptr where this set has none.
    QuantGemm gemm_for_type(DType type) const;
};

// The repacked AutoAWQ types (AWQ4_G128, AWQ4_G32; quant_dot_awq_*.cpp), by instruction set; for_type
// reaches them. nullptr for other types (and for the AVX-512 set when it is not compiled in).
QuantDot awq_portable_dot(DType type);
QuantDot awq_avx512_dot(DType type);

// FP8 (F8_E4M3_B128, F8_E4M3_B16; quant_dot_fp8_*.cpp) keeps the activations in float32: e4m3 codes are widened
// in registers (exactly) and multiplied with float FMAs, so the result is the float32 path's, only faster.
// out[t] = dot(row, x + t * cols) for t < n_tokens.
using FloatDot = void (*)(const std::uint8_t* row, const float* x, int n_tokens, std::size_t cols, float* out);
FloatDot fp8_portable_dot(DType type);
FloatDot fp8_avx512_dot(DType type);  // nullptr when not compiled in
FloatDot best_fp8_dot(DType type);    // nullptr for other types
bool is_fp8(DType type);

// The FP8 kernel for processors with AVX512-BF16 and AVX512-VBMI (quant_dot_fp8_bf16_avx512.cpp): e4m3 codes ->
// bf16 by byte-table lookups (vpermi2b), vdpbf16ps against the activations split into bf16 hi + lo, which
// fp8_bf16_prepare makes once per matrix product (fp8_bf16_act_words(cols) 16-bit words per token, in the
// kernel's order). Its results stay within float32 rounding of fp8_avx512_dot's (2^-16 relative per activation).
// Slower than fp8_avx512_dot on Zen 4, so fp8_matmul takes it only with QWENDESK_FP8_KERNEL=bf16.
constexpr std::size_t fp8_bf16_act_words(std::size_t cols) { return 2 * ((cols + 63) / 64 * 64); }
void fp8_bf16_prepare(const float* x, int n_tokens, std::size_t cols, std::uint16_t* act);
using Fp8Bf16Dot = void (*)(const std::uint8_t* row, const std::uint16_t* act, int n_tokens, std::size_t cols, float* out);
Fp8Bf16Dot fp8_bf16_dot(DType type);      // nullptr when not compiled in or for other types
FloatDot fp8_bf16_float_dot(DType type);  // the same on float activations (prepared per call: for tests)
bool fp8_bf16_available();                // compiled in, the processor has both, QWENDESK_SIMD not capped
bool fp8_matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool);

const QuantDotKernels& portable_quant_kernels();
const QuantDotKernels* avx512_quant_kernels();  // nullptr when not compiled in
// The tile kernels of quant_gemm_avx512.cpp (nullptr when not compiled in or for other types).
QuantGemm avx512_quant_gemm(DType type);
const QuantDotKernels& best_quant_kernels();

// y = w·x for quantised w; false when w's type has no integer kernel. FP8 weights go to their float kernel.
bool quantized_matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool);

}  // namespace qwendesk::cpu
