#include "backends/cpu/quant_matmul.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "backends/cpu/cpu_features.h"

namespace qwendesk::cpu {

QuantDot QuantDotKernels::for_type(DType type) const {
    switch (type) {
        case DType::Q8_0: return q8_0;
        case DType::Q4_0: return q4_0;
        case DType::Q4_K: return q4_k;
        case DType::Q5_K: return q5_k;
        case DType::Q6_K: return q6_k;
        case DType::AWQ4_G128:
        case DType::AWQ4_G32: return this == avx512_quant_kernels() ? awq_avx512_dot(type) : awq_portable_dot(type);
        default: return nullptr;
    }
}

QuantGemm QuantDotKernels::gemm_for_type(DType type) const {
#if QWENDESK_X86_SIMD
    if (this == avx512_quant_kernels()) return avx512_quant_gemm(type);
#endif
    (void)type;
    return nullptr;
}

void QuantizedActivations::quantize(const float* x, int n_tokens, std::size_t cols, bool int_sums) {
    const std::size_t blocks = cols / 32, total = blocks * static_cast<std::size_t>(n_tokens);
    q_.resize(total * 32);
    d_.resize(total);
    d8_.resize(total * 8);
    dsum_.resize(total);
    dsum16_.resize(total * 2);
    const auto quantize_blocks = best_quant_kernels().quantize_blocks ? best_quant_kernels().quantize_blocks : quantize_blocks_portable;
    quantize_blocks(x, total, q_.data(), d_.data(), dsum16_.data());
    for (std::size_t b = 0; b < total; ++b) {
        std::fill_n(d8_.begin() + static_cast<std::ptrdiff_t>(b * 8), 8, d_[b]);
        dsum_[b] = dsum16_[b * 2] + dsum16_[b * 2 + 1];
    }
    if (int_sums) {
        isum16_.resize(total * 2);
        for (std::size_t h = 0; h < total * 2; ++h) {
            std::int32_t s = 0;
            for (int i = 0; i < 16; ++i) s += q_[h * 16 + static_cast<std::size_t>(i)];
            isum16_[h] = s;
        }
    }
    rows_.resize(static_cast<std::size_t>(n_tokens));
    for (int t = 0; t < n_tokens; ++t) {
        const std::size_t b0 = static_cast<std::size_t>(t) * blocks;
        rows_[static_cast<std::size_t>(t)] =
            QuantizedRow{q_.data() + b0 * 32, d_.data() + b0, d8_.data() + b0 * 8, dsum_.data() + b0, dsum16_.data() + b0 * 2,
                         int_sums ? isum16_.data() + b0 * 2 : nullptr};
    }
}

void quantize_blocks_portable(const float* x, std::size_t total, std::int8_t* q_out, float* d_out, float* dsum16_out) {
    for (std::size_t b = 0; b < total; ++b) {
        const float* v = x + b * 32;
        float amax = 0;
        for (int i = 0; i < 32; ++i) amax = std::max(amax, std::fabs(v[i]));
        const float d = amax / 127.0f, inv = amax > 0 ? 127.0f / amax : 0.0f;
        int sums[2] = {0, 0};
        for (int i = 0; i < 32; ++i) {
            const int q = static_cast<int>(std::nearbyint(v[i] * inv));
            q_out[b * 32 + static_cast<std::size_t>(i)] = static_cast<std::int8_t>(q);
            sums[i / 16] += q;
        }
        d_out[b] = d;
        dsum16_out[b * 2] = d * static_cast<float>(sums[0]);
        dsum16_out[b * 2 + 1] = d * static_cast<float>(sums[1]);
    }
}

#if !QWENDESK_X86_SIMD
const QuantDotKernels* avx512_quant_kernels() { return nullptr; }
QuantGemm avx512_quant_gemm(DType) { return nullptr; }
#endif

const QuantDotKernels& best_quant_kernels() {
    static const QuantDotKernels* chosen = [] {
        const char* cap = std::getenv("QWENDESK_SIMD");
        const std::string limit = cap ? cap : "";
        const CpuFeatures& f = cpu_features();
        if (limit != "portable" && limit != "avx2" && f.avx512_vnni && avx512_quant_kernels()) return avx512_quant_kernels();
        return &portable_quant_kernels();
    }();
    return *chosen;
}

bool quantized_matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool) {
    if (is_fp8(w.dtype)) return fp8_matmul(w, x, y, n_tokens, pool);
    const QuantDotKernels& kernels = best_quant_kernels();
    const QuantDot dot = kernels.for_type(w.dtype);
    if (!dot || w.cols % 32 != 0) return false;
    const std::size_t cols = static_cast<std::size_t>(w.cols);
    // Prefill: the tile kernel takes 16 rows × all tokens (decode, 1-3 tokens, stays on the per-row kernels).
    const QuantGemm gemm = n_tokens >= kQuantGemmMinTokens ? kernels.gemm_for_type(w.dtype) : nullptr;
    thread_local QuantizedActivations act;
    act.quantize(x, n_tokens, cols, gemm != nullptr);
    const QuantizedRow* rows = act.rows();
    if (gemm) {
        const std::int64_t tiles = (w.rows + kQuantGemmRows - 1) / kQuantGemmRows;
        pool.parallel_for(tiles, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t g = begin; g < end; ++g) {
                const std::int64_t r0 = g * kQuantGemmRows;
                const int n_rows = static_cast<int>(std::min<std::int64_t>(kQuantGemmRows, w.rows - r0));
                gemm(w.row(r0), w.row_bytes, n_rows, rows, n_tokens, cols, y + r0, static_cast<std::size_t>(w.rows));
            }
        });
        return true;
    }
    // Rows in groups of 16 so threads take cache-friendly slices; all tokens of a row are done while it is hot.
    const std::int64_t groups = (w.rows + 15) / 16;
    pool.parallel_for(groups, [&](std::int64_t g_begin, std::int64_t g_end) {
        // Results of 16 rows × all tokens, stored to y a token at a time (16 contiguous floats, not 16 strided stores).
        thread_local std::vector<float> out;
        out.resize(16 * static_cast<std::size_t>(n_tokens));
        for (std::int64_t g = g_begin; g < g_end; ++g) {
            const std::int64_t r0 = g * 16, n_rows = std::min<std::int64_t>(16, w.rows - r0);
            for (std::int64_t i = 0; i < n_rows; ++i) dot(w.row(r0 + i), rows, n_tokens, cols, out.data() + i * n_tokens);
            for (int t = 0; t < n_tokens; ++t) {
                float* yt = y + static_cast<std::size_t>(t) * static_cast<std::size_t>(w.rows) + static_cast<std::size_t>(r0);
                for (std::int64_t i = 0; i < n_rows; ++i) yt[i] = out[static_cast<std::size_t>(i * n_tokens + t)];
            }
        }
    });
    return true;
}

}  // namespace qwendesk::cpu
