// AVX-512 FP8 kernel (float32 activations). Why it is fast: an e4m3 code is turned into the fp16 with the
// same bits shifted (exponent bias 7 vs 15: the fp16 is the value / 256, subnormals included, exactly) with
// three integer instructions per 32 codes, widened by vcvtph2ps, and multiplied with FMAs; the 256 and the
// block scale are applied once per block. N tokens (4 in prefill) share each widened block.
// Not chosen: e4m3 -> bf16 with vdpbf16ps would need bf16-rounded activations (the 3e-2 error class instead of
// float32's 1e-4) and the e4m3 subnormals (bf16 subnormals after the shift) are flushed by vdpbf16ps.
#include <immintrin.h>

#include "backends/cpu/quant_matmul.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;

// 32 codes -> the fp16 bits of value / 256: (code & 0x7F) << 7 is the magnitude; the sign (bit 7, now bit 14)
// moves to bit 15 by adding bit 14 to itself. S.1111.111 becomes an fp16 NaN.
inline __m512i f16_bits(__m512i codes16) {
    const __m512i m = _mm512_slli_epi16(codes16, 7);
    __m512i h = _mm512_add_epi16(m, _mm512_and_si512(m, _mm512_set1_epi16(0x4000)));
    const __mmask32 nan = _mm512_cmpeq_epi16_mask(_mm512_and_si512(m, _mm512_set1_epi16(0x3F80)), _mm512_set1_epi16(0x3F80));
    return _mm512_mask_mov_epi16(h, nan, _mm512_set1_epi16(0x7E00));
}

template <int N>
void dot_b128(const u8* row, const float* x, std::size_t cols, float* out) {
    __m512 acc[N];
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    for (std::size_t blk = 0; blk < cols / 128; ++blk, row += 132) {
        float scale;
        __builtin_memcpy(&scale, row, 4);
        __m512 bacc[N];
        for (int t = 0; t < N; ++t) bacc[t] = _mm512_setzero_ps();
        for (int c = 0; c < 4; ++c) {
            const __m512i h = f16_bits(_mm512_cvtepu8_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(row + 4 + 32 * c))));
            const __m512 lo = _mm512_cvtph_ps(_mm512_castsi512_si256(h));
            const __m512 hi = _mm512_cvtph_ps(_mm512_extracti64x4_epi64(h, 1));
            for (int t = 0; t < N; ++t) {
                const float* xt = x + static_cast<std::size_t>(t) * cols + blk * 128 + 32 * c;
                bacc[t] = _mm512_fmadd_ps(lo, _mm512_loadu_ps(xt), bacc[t]);
                bacc[t] = _mm512_fmadd_ps(hi, _mm512_loadu_ps(xt + 16), bacc[t]);
            }
        }
        const __m512 s = _mm512_set1_ps(scale * 256.0f);
        for (int t = 0; t < N; ++t) acc[t] = _mm512_fmadd_ps(bacc[t], s, acc[t]);
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]);
}

template <int N>
void dot_b16(const u8* row, const float* x, std::size_t cols, float* out) {
    __m512 acc[N];
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    for (std::size_t blk = 0; blk < cols / 16; ++blk, row += 20) {
        float scale;
        __builtin_memcpy(&scale, row, 4);
        const __m512i h = f16_bits(_mm512_cvtepu8_epi16(_mm256_castsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 4)))));
        const __m512 w = _mm512_mul_ps(_mm512_cvtph_ps(_mm512_castsi512_si256(h)), _mm512_set1_ps(scale * 256.0f));
        for (int t = 0; t < N; ++t) acc[t] = _mm512_fmadd_ps(w, _mm512_loadu_ps(x + static_cast<std::size_t>(t) * cols + blk * 16), acc[t]);
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]);
}

template <void (*K1)(const u8*, const float*, std::size_t, float*), void (*K4)(const u8*, const float*, std::size_t, float*)>
void dot_tokens(const u8* row, const float* x, int n_tokens, std::size_t cols, float* out) {
    int t = 0;
    for (; t + 4 <= n_tokens; t += 4) K4(row, x + static_cast<std::size_t>(t) * cols, cols, out + t);
    for (; t < n_tokens; ++t) K1(row, x + static_cast<std::size_t>(t) * cols, cols, out + t);
}

}  // namespace

FloatDot fp8_avx512_dot(DType type) {
    switch (type) {
        case DType::F8_E4M3_B128: return dot_tokens<dot_b128<1>, dot_b128<4>>;
        case DType::F8_E4M3_B16: return dot_tokens<dot_b16<1>, dot_b16<4>>;
        default: return nullptr;
    }
}

}  // namespace qwendesk::cpu
