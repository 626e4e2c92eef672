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
        default: return nullptr;
    }
}

void QuantizedActivations::quantize(const float* x, int n_tokens, std::size_t cols) {
    const std::size_t blocks = cols / 32, total = blocks * static_cast<std::size_t>(n_tokens);
    q_.resize(total * 32);
    d_.resize(total);
    d8_.resize(total * 8);
    dsum_.resize(total);
    dsum16_.resize(total * 2);
    for (std::size_t b = 0; b < total; ++b) {
        const float* v = x + b * 32;
        float amax = 0;
        for (int i = 0; i < 32; ++i) amax = std::max(amax, std::fabs(v[i]));
        const float d = amax / 127.0f, inv = amax > 0 ? 127.0f / amax : 0.0f;
        int sums[2] = {0, 0};
        for (int i = 0; i < 32; ++i) {
            const int q = static_cast<int>(std::nearbyint(v[i] * inv));
            q_[b * 32 + static_cast<std::size_t>(i)] = static_cast<std::int8_t>(q);
            sums[i / 16] += q;
        }
        d_[b] = d;
        std::fill_n(d8_.begin() + static_cast<std::ptrdiff_t>(b * 8), 8, d);
        dsum_[b] = d * static_cast<float>(sums[0] + sums[1]);
        dsum16_[b * 2] = d * static_cast<float>(sums[0]);
        dsum16_[b * 2 + 1] = d * static_cast<float>(sums[1]);
    }
    rows_.resize(static_cast<std::size_t>(n_tokens));
    for (int t = 0; t < n_tokens; ++t) {
        const std::size_t b0 = static_cast<std::size_t>(t) * blocks;
        rows_[static_cast<std::size_t>(t)] =
            QuantizedRow{q_.data() + b0 * 32, d_.data() + b0, d8_.data() + b0 * 8, dsum_.data() + b0, dsum16_.data() + b0 * 2};
    }
}

#if !QWENDESK_X86_SIMD
const QuantDotKernels* avx512_quant_kernels() { return nullptr; }
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
    const QuantDot dot = best_quant_kernels().for_type(w.dtype);
    if (!dot || w.cols % 32 != 0) return false;
    const std::size_t cols = static_cast<std::size_t>(w.cols);
    thread_local QuantizedActivations act;
    act.quantize(x, n_tokens, cols);
    const QuantizedRow* rows = act.rows();
    // Rows in groups of 16 so threads take cache-friendly slices; all tokens of a row are done while it is hot.
    const std::int64_t groups = (w.rows + 15) / 16;
    pool.parallel_for(groups, [&](std::int64_t g_begin, std::int64_t g_end) {
        thread_local std::vector<float> out;
        out.resize(static_cast<std::size_t>(n_tokens));
        const std::int64_t r_end = std::min<std::int64_t>(g_end * 16, w.rows);
        for (std::int64_t r = g_begin * 16; r < r_end; ++r) {
            dot(w.row(r), rows, n_tokens, cols, out.data());
            for (int t = 0; t < n_tokens; ++t)
                y[static_cast<std::size_t>(t) * static_cast<std::size_t>(w.rows) + static_cast<std::size_t>(r)] = out[static_cast<std::size_t>(t)];
        }
    });
    return true;
}

}  // namespace qwendesk::cpu
