// AVX-512 VNNI versions of quant_dot_awq_portable.cpp, the same shape as the Q4_0 / Q4_K kernels in
// quant_dot_avx512.cpp: the unsigned 4-bit codes of two 32-element runs fill one zmm and meet the int8
// activations in one vpdpbusd; the zero point is applied once per block from the precomputed activation
// sums (scale * zero * sum of d * sum(q)). N tokens share each unpacked block (N = 4 in prefill).
#include <immintrin.h>

#include "backends/cpu/avx512_helpers.h"
#include "backends/cpu/quant_matmul.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;
using namespace avx512;

// Blocks of 128: two zmm of codes (elements 0..63, 64..127) against four activation blocks.
template <int N>
void dot_g128(const u8* row, const QuantizedRow* act, std::size_t cols, float* out) {
    const __m256i low_mask = _mm256_set1_epi8(0xF);
    __m512 acc[N];
    __m128 correction[N];
    for (int t = 0; t < N; ++t) {
        acc[t] = _mm512_setzero_ps();
        correction[t] = _mm_setzero_ps();
    }
    for (std::size_t blk = 0; blk < cols / 128; ++blk, row += 68) {
        const float scale = f16(row);
        const __m512 wscale = _mm512_set1_ps(scale);
        const __m128 offset = _mm_set1_ps(scale * static_cast<float>(row[2] & 0xF));
        const __m256i q0 = load32(row + 4), q1 = load32(row + 36);
        const __m512i w01 = pair(_mm256_and_si256(q0, low_mask), _mm256_and_si256(_mm256_srli_epi16(q0, 4), low_mask));
        const __m512i w23 = pair(_mm256_and_si256(q1, low_mask), _mm256_and_si256(_mm256_srli_epi16(q1, 4), low_mask));
        const std::size_t b = blk * 4;
        for (int t = 0; t < N; ++t) {
            const QuantizedRow& a = act[t];
            acc[t] = _mm512_fmadd_ps(dot_u8s8(w01, load64(a.q + 32 * b)), _mm512_mul_ps(wscale, _mm512_loadu_ps(a.d8 + 8 * b)), acc[t]);
            acc[t] = _mm512_fmadd_ps(dot_u8s8(w23, load64(a.q + 32 * b + 64)), _mm512_mul_ps(wscale, _mm512_loadu_ps(a.d8 + 8 * b + 16)), acc[t]);
            correction[t] = _mm_fmadd_ps(offset, _mm_loadu_ps(a.dsum + b), correction[t]);
        }
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]) - hsum(correction[t]);
}

// Blocks of 32 in the Q4_0 nibble order, two blocks per zmm.
template <int N>
void dot_g32(const u8* row, const QuantizedRow* act, std::size_t cols, float* out) {
    const __m256i low_mask = _mm256_set1_epi8(0xF);
    const __m512i order = _mm512_setr_epi64(0, 1, 4, 5, 2, 3, 6, 7);  // [lo0 | lo1 | hi0 | hi1] -> [lo0 | hi0 | lo1 | hi1]
    __m512 acc[N];
    float correction[N] = {};
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    const std::size_t nb = cols / 32;
    std::size_t b = 0;
    for (; b + 2 <= nb; b += 2, row += 40) {
        const __m256i qs = _mm256_set_m128i(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 24)),
                                            _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 4)));
        const __m512i w = _mm512_permutexvar_epi64(
            order, pair(_mm256_and_si256(qs, low_mask), _mm256_and_si256(_mm256_srli_epi16(qs, 4), low_mask)));
        const float d0 = f16(row), d1 = f16(row + 20);
        const float o0 = d0 * static_cast<float>(row[2] & 0xF), o1 = d1 * static_cast<float>(row[22] & 0xF);
        const __m512 wscale = _mm512_insertf32x8(_mm512_castps256_ps512(_mm256_set1_ps(d0)), _mm256_set1_ps(d1), 1);
        for (int t = 0; t < N; ++t) {
            acc[t] = _mm512_fmadd_ps(dot_u8s8(w, load64(act[t].q + 32 * b)), _mm512_mul_ps(wscale, _mm512_loadu_ps(act[t].d8 + 8 * b)), acc[t]);
            correction[t] += o0 * act[t].dsum[b] + o1 * act[t].dsum[b + 1];
        }
    }
    if (b < nb) {  // an odd block count: the last block alone, scalar
        const u8* qs = row + 4;
        const float d = f16(row), zero = static_cast<float>(row[2] & 0xF);
        for (int t = 0; t < N; ++t) {
            const std::int8_t* x = act[t].q + 32 * b;
            int s = 0;
            for (int i = 0; i < 16; ++i) s += (qs[i] & 0xF) * x[i] + (qs[i] >> 4) * x[i + 16];
            correction[t] -= d * (act[t].d[b] * static_cast<float>(s) - zero * act[t].dsum[b]);
        }
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]) - correction[t];
}

template <void (*K1)(const u8*, const QuantizedRow*, std::size_t, float*),
          void (*K4)(const u8*, const QuantizedRow*, std::size_t, float*)>
void dot_tokens(const u8* row, const QuantizedRow* act, int n_tokens, std::size_t cols, float* out) {
    int t = 0;
    for (; t + 4 <= n_tokens; t += 4) K4(row, act + t, cols, out + t);
    for (; t < n_tokens; ++t) K1(row, act + t, cols, out + t);
}

}  // namespace

QuantDot awq_avx512_dot(DType type) {
    switch (type) {
        case DType::AWQ4_G128: return dot_tokens<dot_g128<1>, dot_g128<4>>;
        case DType::AWQ4_G32: return dot_tokens<dot_g32<1>, dot_g32<4>>;
        default: return nullptr;
    }
}

}  // namespace qwendesk::cpu
