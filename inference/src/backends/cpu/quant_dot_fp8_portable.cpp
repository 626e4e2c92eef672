// FP8 (repacked fine-grained e4m3, formats/quant/quant_fp8.cpp) matrix products with float32 activations.
// Why float activations: e4m3 -> int8 is not exact, and FP8 activations (what vLLM does) cost up to 10x the
// error of the weights' own rounding on these models (see ../shared/fixtures/hf-quantized/README.md); an e4m3
// code widens exactly to float, so the fast kernel computes what the float32 path computes, and decode stays
// bound by reading one byte per weight. This file: the portable kernel (a 256-entry table), the choice of
// kernel (AVX512-BF16 + VBMI: quant_dot_fp8_bf16_avx512.cpp; other AVX-512: quant_dot_fp8_avx512.cpp), and the
// threaded driver.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "backends/cpu/cpu_features.h"
#include "backends/cpu/quant_matmul.h"
#include "formats/quant/e4m3.h"
#include "formats/quant/half.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;

template <std::size_t kBlock>
void dot_f8(const u8* row, const float* x, int n_tokens, std::size_t cols, float* out) {
    const float* table = e4m3_table();
    for (int t = 0; t < n_tokens; ++t) {
        const float* xt = x + static_cast<std::size_t>(t) * cols;
        const u8* r = row;
        float sum = 0;
        for (std::size_t b = 0; b < cols / kBlock; ++b, r += 4 + kBlock) {
            float s = 0;
            for (std::size_t i = 0; i < kBlock; ++i) s += table[r[4 + i]] * xt[b * kBlock + i];
            sum += s * load_f32le(r);
        }
        out[t] = sum;
    }
}

}  // namespace

bool is_fp8(DType type) { return type == DType::F8_E4M3_B128 || type == DType::F8_E4M3_B16; }

FloatDot fp8_portable_dot(DType type) {
    switch (type) {
        case DType::F8_E4M3_B128: return dot_f8<128>;
        case DType::F8_E4M3_B16: return dot_f8<16>;
        default: return nullptr;
    }
}

#if !QWENDESK_X86_SIMD
FloatDot fp8_avx512_dot(DType) { return nullptr; }
void fp8_bf16_prepare(const float*, int, std::size_t, std::uint16_t*) {}
Fp8Bf16Dot fp8_bf16_dot(DType) { return nullptr; }
FloatDot fp8_bf16_float_dot(DType) { return nullptr; }
#endif

bool fp8_bf16_available() {
    static const bool available = [] {
        const char* cap = std::getenv("QWENDESK_SIMD");
        const std::string limit = cap ? cap : "";
        const CpuFeatures& f = cpu_features();
        return limit != "portable" && limit != "avx2" && f.avx512 && f.avx512_bf16 && f.avx512_vbmi &&
               fp8_bf16_dot(DType::F8_E4M3_B128);
    }();
    return available;
}

FloatDot best_fp8_dot(DType type) {
    static const bool avx512 = [] {
        const char* cap = std::getenv("QWENDESK_SIMD");
        const std::string limit = cap ? cap : "";
        return limit != "portable" && limit != "avx2" && cpu_features().avx512 && fp8_avx512_dot(DType::F8_E4M3_B128);
    }();
    return avx512 ? fp8_avx512_dot(type) : fp8_portable_dot(type);
}

bool fp8_matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool) {
    const FloatDot dot = best_fp8_dot(w.dtype);
    if (!dot) return false;
    const std::size_t cols = static_cast<std::size_t>(w.cols);
    const std::int64_t groups = (w.rows + 15) / 16;
    static const bool use_bf16 = [] {  // opt-in: slower than the fp16 kernel on Zen 4 (quant_dot_fp8_bf16_avx512.cpp)
        const char* k = std::getenv("QWENDESK_FP8_KERNEL");
        return k && std::string(k) == "bf16" && fp8_bf16_available();
    }();
    if (use_bf16) {  // activations split into bf16 hi + lo once, here; every row reuses them
        const Fp8Bf16Dot bdot = fp8_bf16_dot(w.dtype);
        thread_local std::vector<std::uint16_t> act;
        act.resize(fp8_bf16_act_words(cols) * static_cast<std::size_t>(n_tokens));
        fp8_bf16_prepare(x, n_tokens, cols, act.data());
        const std::uint16_t* const a = act.data();  // not `act` in the lambda: that is each worker's own thread_local
        pool.parallel_for(groups, [&](std::int64_t g_begin, std::int64_t g_end) {
            thread_local std::vector<float> out;
            out.resize(static_cast<std::size_t>(n_tokens));
            const std::int64_t r_end = std::min<std::int64_t>(g_end * 16, w.rows);
            for (std::int64_t r = g_begin * 16; r < r_end; ++r) {
                bdot(w.row(r), a, n_tokens, cols, out.data());
                for (int t = 0; t < n_tokens; ++t)
                    y[static_cast<std::size_t>(t) * static_cast<std::size_t>(w.rows) + static_cast<std::size_t>(r)] =
                        out[static_cast<std::size_t>(t)];
            }
        });
        return true;
    }
    pool.parallel_for(groups, [&](std::int64_t g_begin, std::int64_t g_end) {
        thread_local std::vector<float> out;
        out.resize(static_cast<std::size_t>(n_tokens));
        const std::int64_t r_end = std::min<std::int64_t>(g_end * 16, w.rows);
        for (std::int64_t r = g_begin * 16; r < r_end; ++r) {
            dot(w.row(r), x, n_tokens, cols, out.data());
            for (int t = 0; t < n_tokens; ++t)
                y[static_cast<std::size_t>(t) * static_cast<std::size_t>(w.rows) + static_cast<std::size_t>(r)] = out[static_cast<std::size_t>(t)];
        }
    });
    return true;
}

}  // namespace qwendesk::cpu
