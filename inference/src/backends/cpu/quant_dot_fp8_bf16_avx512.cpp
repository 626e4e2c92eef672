// FP8 kernel for processors with AVX512-BF16 and AVX512-VBMI (Zen 4, Sapphire Rapids and later; quant_matmul.h).
// NOT the default: on the Zen 4 we measure on it is SLOWER than quant_dot_fp8_avx512.cpp (one thread, 12288 x 4096
// from memory: 16 vs 24 GB/s at 1 token, 4.8 vs 7.4 GB/s at 4; qwen3-8b tg16 1.49-1.61 vs 1.66 t/s; see
// docs/quantized-checkpoints.md). The hi + lo split needs two vdpbf16ps per 32 weights, as many as the fp16 kernel's
// FMAs, and vdpbf16ps is not cheaper than an FMA there, so the saved conversion does not pay. Opt in with
// QWENDESK_FP8_KERNEL=bf16 (for other processors; the tests always check it where it can run).
// The idea: per 64 codes, two vpermi2b look the low and high byte of each
// code's bf16 up in two 128-entry tables (e4m3 values are exact in bf16, subnormals included: they become bf16
// normals), one vpternlogd puts the sign in, and two byte unpacks make 2 x 32 bf16 weights; vdpbf16ps then does 32
// products per instruction. The float32 activations are split once per matrix product into bf16 hi + lo
// (bf16_split_avx512, shared with the BF16 prefill kernel): x = hi + lo + r with |r| <= 2^-16 |x|, and each weight
// meets both parts, so the result stays within float32 rounding of the exact-widening kernels (the float32 path's
// 1e-4 relative L2 bound on the goldens, far below it in practice). The block scale is applied once per block.
// The unpacks interleave bytes within 128-bit lanes, so the weights come out in the order
// W0 = codes {0-7, 16-23, 32-39, 48-55}, W1 = codes {8-15, 24-31, 40-47, 56-63} of each 64; the activations are
// stored in that order (fp8_bf16_prepare) instead of reordering the weights (done once per token, not per row).
// F8_E4M3_B16: four 20-byte blocks are gathered per 64 codes with one vpermi2b; lane k (of 4) then holds block k,
// whose scale is applied per 128-bit lane.
#include <immintrin.h>

#include <array>
#include <cstdint>
#include <vector>

#include "backends/cpu/bf16_matmul.h"
#include "backends/cpu/quant_matmul.h"

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512vbmi"))), apply_to = function)
#elif defined(__GNUC__)
#pragma GCC push_options
#pragma GCC target("avx512vbmi")
#endif

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;
using u16 = std::uint16_t;

// bf16 bits of the e4m3 magnitude `mag` (code & 0x7F); 0x7F is NaN.
constexpr u16 bf16_of_e4m3(int mag) {
    if (mag == 0x7F) return 0x7FC0;
    const int e = mag >> 3, m = mag & 7;
    if (e) return static_cast<u16>((e + 120) << 7 | m << 4);  // 2^(e-7) * (1 + m/8): bf16 exponent e - 7 + 127
    if (!m) return 0;
    const int p = m >= 4 ? 2 : m >= 2 ? 1 : 0;  // subnormal m * 2^-9 = 2^(p-9) * (m / 2^p)
    return static_cast<u16>((p + 118) << 7 | (m - (1 << p)) << (7 - p));
}

struct Tables {
    alignas(64) u8 lo[128];
    alignas(64) u8 hi[128];
};

constexpr Tables make_tables() {
    Tables t{};
    for (int i = 0; i < 128; ++i) {
        t.lo[i] = static_cast<u8>(bf16_of_e4m3(i) & 0xFF);
        t.hi[i] = static_cast<u8>(bf16_of_e4m3(i) >> 8);
    }
    return t;
}

constexpr Tables kTables = make_tables();

struct Lut {
    __m512i lo0, lo1, hi0, hi1, sign;
    Lut()
        : lo0(_mm512_load_si512(kTables.lo)), lo1(_mm512_load_si512(kTables.lo + 64)), hi0(_mm512_load_si512(kTables.hi)),
          hi1(_mm512_load_si512(kTables.hi + 64)), sign(_mm512_set1_epi8(static_cast<char>(0x80))) {}
    // 64 codes -> 2 x 32 bf16 (W0, W1 in the lane-interleaved order above).
    inline void convert(__m512i codes, __m512i& w0, __m512i& w1) const {
        const __m512i l = _mm512_permutex2var_epi8(lo0, codes, lo1);  // bit 7 of the index is ignored
        __m512i h = _mm512_permutex2var_epi8(hi0, codes, hi1);
        h = _mm512_ternarylogic_epi32(h, codes, sign, 0xF8);  // h | (codes & 0x80)
        w0 = _mm512_unpacklo_epi8(l, h);
        w1 = _mm512_unpackhi_epi8(l, h);
    }
};

inline __m512bh bh(__m512i v) { return (__m512bh)v; }
inline __m512bh load_bh(const u16* p) { return (__m512bh)_mm512_loadu_si512(p); }

// Activations of one token: per 64 columns, 4 x 32 bf16: W0's hi, W0's lo, W1's hi, W1's lo.
// acc[t][0..1]: two independent chains per token.
template <int N>
inline void dot64(const Lut& lut, __m512i codes, const u16* act, std::size_t stride, __m512 (*acc)[2]) {
    __m512i w0, w1;
    lut.convert(codes, w0, w1);
    for (int t = 0; t < N; ++t) {
        const u16* a = act + static_cast<std::size_t>(t) * stride;
        acc[t][0] = _mm512_dpbf16_ps(acc[t][0], bh(w0), load_bh(a));
        acc[t][1] = _mm512_dpbf16_ps(acc[t][1], bh(w0), load_bh(a + 32));
        acc[t][0] = _mm512_dpbf16_ps(acc[t][0], bh(w1), load_bh(a + 64));
        acc[t][1] = _mm512_dpbf16_ps(acc[t][1], bh(w1), load_bh(a + 96));
    }
}

template <int N>
void dot_b128(const u8* row, const u16* act, std::size_t stride, std::size_t cols, float* out) {
    const Lut lut;
    __m512 acc[N];
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    for (std::size_t blk = 0; blk < cols / 128; ++blk, row += 132, act += 256) {
        __m512 b[N][2];
        for (int t = 0; t < N; ++t) b[t][0] = b[t][1] = _mm512_setzero_ps();
        dot64<N>(lut, _mm512_loadu_si512(row + 4), act, stride, b);
        dot64<N>(lut, _mm512_loadu_si512(row + 68), act + 128, stride, b);
        float scale;
        __builtin_memcpy(&scale, row, 4);
        const __m512 s = _mm512_set1_ps(scale);
        for (int t = 0; t < N; ++t) acc[t] = _mm512_fmadd_ps(_mm512_add_ps(b[t][0], b[t][1]), s, acc[t]);
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]);
}

// Byte k*16+i of the 64 codes of four B16 blocks: byte 20k + 4 + i of the 80 (>= 64: the second source).
struct CodeIdx {
    alignas(64) u8 v[64];
};
constexpr CodeIdx make_code_idx() {
    CodeIdx c{};
    for (int k = 0; k < 4; ++k)
        for (int i = 0; i < 16; ++i) c.v[16 * k + i] = static_cast<u8>(20 * k + 4 + i);
    return c;
}
constexpr CodeIdx kCodeIdx = make_code_idx();

// Four B16 blocks (20 bytes each) from p: codes of block k in bytes 16k..16k+15, the scales as
// [s0 x4, s1 x4, s2 x4, s3 x4]. n_blocks < 4 at the end of a row: the rest are zero codes with scale 0.
inline void load_b16x4(const u8* p, int n_blocks, __m512i code_idx, __m512i& codes, __m512& scales) {
    const __m512i scale_idx = _mm512_set_epi32(15, 15, 15, 15, 10, 10, 10, 10, 5, 5, 5, 5, 0, 0, 0, 0);
    __m512i a, b;
    if (n_blocks == 4) {
        a = _mm512_loadu_si512(p);
        b = _mm512_maskz_loadu_epi8(0xFFFF, p + 64);
    } else {
        a = _mm512_maskz_loadu_epi8((1ull << (20 * n_blocks)) - 1, p);
        b = _mm512_setzero_si512();
    }
    codes = _mm512_permutex2var_epi8(a, code_idx, b);
    scales = _mm512_castsi512_ps(_mm512_permutexvar_epi32(scale_idx, a));
}

template <int N>
void dot_b16(const u8* row, const u16* act, std::size_t stride, std::size_t cols, float* out) {
    const Lut lut;
    __m512 acc[N];
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    const std::size_t nb = cols / 16;
    const __m512i code_idx = _mm512_load_si512(kCodeIdx.v);
    for (std::size_t b0 = 0; b0 < nb; b0 += 4, row += 80, act += 128) {
        __m512i codes;
        __m512 s;
        load_b16x4(row, static_cast<int>(nb - b0 < 4 ? nb - b0 : 4), code_idx, codes, s);
        __m512 b[N][2];
        for (int t = 0; t < N; ++t) b[t][0] = b[t][1] = _mm512_setzero_ps();
        dot64<N>(lut, codes, act, stride, b);
        for (int t = 0; t < N; ++t) acc[t] = _mm512_fmadd_ps(_mm512_add_ps(b[t][0], b[t][1]), s, acc[t]);
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]);
}

using Kernel = void (*)(const u8*, const u16*, std::size_t, std::size_t, float*);

template <Kernel K1, Kernel K2, Kernel K3, Kernel K4>
void dot_tokens(const u8* row, const u16* act, int n_tokens, std::size_t cols, float* out) {
    const std::size_t stride = fp8_bf16_act_words(cols);
    int t = 0;
    for (; t + 4 <= n_tokens; t += 4) K4(row, act + static_cast<std::size_t>(t) * stride, stride, cols, out + t);
    const u16* a = act + static_cast<std::size_t>(t) * stride;
    switch (n_tokens - t) {
        case 3: K3(row, a, stride, cols, out + t); break;
        case 2: K2(row, a, stride, cols, out + t); break;
        case 1: K1(row, a, stride, cols, out + t); break;
        default: break;
    }
}

template <DType kType>
void float_dot(const u8* row, const float* x, int n_tokens, std::size_t cols, float* out) {
    thread_local std::vector<u16> act;
    act.resize(fp8_bf16_act_words(cols) * static_cast<std::size_t>(n_tokens));
    fp8_bf16_prepare(x, n_tokens, cols, act.data());
    fp8_bf16_dot(kType)(row, act.data(), n_tokens, cols, out);
}

}  // namespace

void fp8_bf16_prepare(const float* x, int n_tokens, std::size_t cols, std::uint16_t* act) {
    const std::size_t padded = fp8_bf16_act_words(cols) / 2;
    thread_local std::vector<u16> hi, lo;
    hi.resize(padded);
    lo.resize(padded);
    alignas(64) u16 idx[32];
    for (int i = 0; i < 32; ++i) idx[i] = static_cast<u16>(16 * (i / 8) + i % 8);
    const __m512i i0 = _mm512_load_si512(idx), i1 = _mm512_add_epi16(i0, _mm512_set1_epi16(8));
    for (int t = 0; t < n_tokens; ++t) {
        bf16_split_avx512(x + static_cast<std::size_t>(t) * cols, cols, padded, hi.data(), lo.data());
        u16* a = act + static_cast<std::size_t>(t) * 2 * padded;
        for (std::size_t c = 0; c < padded; c += 64, a += 128) {
            const __m512i h0 = _mm512_loadu_si512(hi.data() + c), h1 = _mm512_loadu_si512(hi.data() + c + 32);
            const __m512i l0 = _mm512_loadu_si512(lo.data() + c), l1 = _mm512_loadu_si512(lo.data() + c + 32);
            _mm512_storeu_si512(a, _mm512_permutex2var_epi16(h0, i0, h1));
            _mm512_storeu_si512(a + 32, _mm512_permutex2var_epi16(l0, i0, l1));
            _mm512_storeu_si512(a + 64, _mm512_permutex2var_epi16(h0, i1, h1));
            _mm512_storeu_si512(a + 96, _mm512_permutex2var_epi16(l0, i1, l1));
        }
    }
}

Fp8Bf16Dot fp8_bf16_dot(DType type) {
    switch (type) {
        case DType::F8_E4M3_B128: return dot_tokens<dot_b128<1>, dot_b128<2>, dot_b128<3>, dot_b128<4>>;
        case DType::F8_E4M3_B16: return dot_tokens<dot_b16<1>, dot_b16<2>, dot_b16<3>, dot_b16<4>>;
        default: return nullptr;
    }
}

FloatDot fp8_bf16_float_dot(DType type) {
    switch (type) {
        case DType::F8_E4M3_B128: return float_dot<DType::F8_E4M3_B128>;
        case DType::F8_E4M3_B16: return float_dot<DType::F8_E4M3_B16>;
        default: return nullptr;
    }
}

}  // namespace qwendesk::cpu

#if defined(__clang__)
#pragma clang attribute pop
#elif defined(__GNUC__)
#pragma GCC pop_options
#endif
