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

void quantize_activations(const float* x, std::size_t n, ActBlock* out) {
    for (std::size_t b = 0; b < n / 32; ++b) {
        const float* v = x + b * 32;
        float amax = 0;
        for (int i = 0; i < 32; ++i) amax = std::max(amax, std::fabs(v[i]));
        ActBlock& a = out[b];
        a.d = amax / 127.0f;
        const float inv = amax > 0 ? 127.0f / amax : 0.0f;
        int sums[2] = {0, 0};
        for (int i = 0; i < 32; ++i) {
            const int q = static_cast<int>(std::nearbyint(v[i] * inv));
            a.q[i] = static_cast<std::int8_t>(q);
            sums[i / 16] += q;
        }
        a.sum16[0] = static_cast<std::int16_t>(sums[0]);
        a.sum16[1] = static_cast<std::int16_t>(sums[1]);
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
    const std::size_t cols = static_cast<std::size_t>(w.cols), blocks = cols / 32;
    thread_local std::vector<ActBlock> act;
    act.resize(blocks * static_cast<std::size_t>(n_tokens));
    for (int t = 0; t < n_tokens; ++t) quantize_activations(x + static_cast<std::size_t>(t) * cols, cols, act.data() + t * blocks);
    const ActBlock* a = act.data();
    // Rows in groups of 16 so threads take cache-friendly slices; every token reuses the row while it is hot.
    const std::int64_t groups = (w.rows + 15) / 16;
    pool.parallel_for(groups, [&](std::int64_t g_begin, std::int64_t g_end) {
        const std::int64_t r_end = std::min<std::int64_t>(g_end * 16, w.rows);
        for (std::int64_t r = g_begin * 16; r < r_end; ++r) {
            const std::uint8_t* row = w.row(r);
            for (int t = 0; t < n_tokens; ++t)
                y[static_cast<std::size_t>(t) * static_cast<std::size_t>(w.rows) + static_cast<std::size_t>(r)] =
                    dot(row, a + static_cast<std::size_t>(t) * blocks, cols);
        }
    });
    return true;
}

}  // namespace qwendesk::cpu
