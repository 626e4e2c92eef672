// AVX-512 VNNI versions of the integer dot products in quant_dot_portable.cpp (compiled with -mavx512vnni
// -mavx512vl). Each 32-weight block becomes 32 bytes in a ymm register and meets its activation block in
// one vpdpbusd (unsigned weights × signed activations, summed in groups of four); signed weights go through
// the sign trick |w| · sign(w)·x. One float multiply-add per block applies the scales.
#include <immintrin.h>

#include "backends/cpu/quant_matmul.h"
#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;

inline float hsum(__m256 v) {
    __m128 lo = _mm256_castps256_ps128(v), hi = _mm256_extractf128_ps(v, 1);
    lo = _mm_add_ps(lo, hi);
    lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
    lo = _mm_add_ss(lo, _mm_shuffle_ps(lo, lo, 1));
    return _mm_cvtss_f32(lo);
}

inline __m256i load32(const void* p) { return _mm256_loadu_si256(static_cast<const __m256i*>(p)); }

// Sum over groups of four of u8 × s8 products: 8 int32 lanes, lanes 0-3 cover bytes 0-15, lanes 4-7 bytes 16-31.
inline __m256i dot_u8s8(__m256i u, __m256i s) { return _mm256_dpbusd_epi32(_mm256_setzero_si256(), u, s); }

float dot_q8_0(const u8* row, const ActBlock* act, std::size_t cols) {
    __m256 acc = _mm256_setzero_ps();
    for (std::size_t b = 0; b < cols / 32; ++b, row += 34) {
        const __m256i w = load32(row + 2), x = load32(act[b].q);
        const __m256i p = dot_u8s8(_mm256_sign_epi8(w, w), _mm256_sign_epi8(x, w));
        acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(p), _mm256_set1_ps(load_f16le(row) * act[b].d), acc);
    }
    return hsum(acc);
}

float dot_q4_0(const u8* row, const ActBlock* act, std::size_t cols) {
    const __m128i low_mask = _mm_set1_epi8(0xF);
    __m256 acc = _mm256_setzero_ps();
    float correction = 0;
    for (std::size_t b = 0; b < cols / 32; ++b, row += 18) {
        const __m128i qs = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 2));
        const __m256i w = _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(qs, 4), low_mask), _mm_and_si128(qs, low_mask));
        const float scale = load_f16le(row) * act[b].d;
        acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(dot_u8s8(w, load32(act[b].q))), _mm256_set1_ps(scale), acc);
        correction += scale * 8.0f * static_cast<float>(act[b].sum16[0] + act[b].sum16[1]);
    }
    return hsum(acc) - correction;
}

template <bool kHighBits>
float dot_q45_k(const u8* row, const ActBlock* act, std::size_t cols) {
    constexpr std::size_t kBlockBytes = kHighBits ? 176 : 144;
    const __m256i low_mask = _mm256_set1_epi8(0xF);
    __m256 acc = _mm256_setzero_ps();
    float correction = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += kBlockBytes, act += 8) {
        const float d = load_f16le(row), dmin = load_f16le(row + 2);
        const u8* scales = row + 4;
        const u8* qs = row + (kHighBits ? 48 : 16);
        const __m256i qh = kHighBits ? load32(row + 16) : _mm256_setzero_si256();
        for (int j = 0; j < 4; ++j) {
            const __m256i q = load32(qs + 32 * j);
            for (int half = 0; half < 2; ++half) {
                const int sub = 2 * j + half;
                __m256i w = half ? _mm256_and_si256(_mm256_srli_epi16(q, 4), low_mask) : _mm256_and_si256(q, low_mask);
                if (kHighBits) {
                    // Bit `sub` of each qh byte is the fifth bit of that weight: add 16 where it is set.
                    const __m256i bit = _mm256_set1_epi8(static_cast<char>(1u << sub));
                    const __m256i set = _mm256_cmpeq_epi8(_mm256_and_si256(qh, bit), bit);
                    w = _mm256_add_epi8(w, _mm256_and_si256(set, _mm256_set1_epi8(16)));
                }
                int sc, m;
                quant::scale_min_k4(sub, scales, sc, m);
                const ActBlock& a = act[sub];
                acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(dot_u8s8(w, load32(a.q))), _mm256_set1_ps(d * static_cast<float>(sc) * a.d), acc);
                correction += dmin * static_cast<float>(m) * a.d * static_cast<float>(a.sum16[0] + a.sum16[1]);
            }
        }
    }
    return hsum(acc) - correction;
}

float dot_q6_k(const u8* row, const ActBlock* act, std::size_t cols) {
    const __m256i low_mask = _mm256_set1_epi8(0xF), two_bits = _mm256_set1_epi8(3);
    __m256 acc = _mm256_setzero_ps();
    float correction = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += 210, act += 8) {
        const u8* ql = row;
        const u8* qh = row + 128;
        const auto* sc = reinterpret_cast<const std::int8_t*>(row + 192);
        const float d = load_f16le(row + 208);
        for (int n = 0; n < 2; ++n, ql += 64, qh += 32, sc += 8) {
            const __m256i l0 = load32(ql), l1 = load32(ql + 32), h = load32(qh);
            const __m256i lows[4] = {_mm256_and_si256(l0, low_mask), _mm256_and_si256(l1, low_mask),
                                     _mm256_and_si256(_mm256_srli_epi16(l0, 4), low_mask),
                                     _mm256_and_si256(_mm256_srli_epi16(l1, 4), low_mask)};
            for (int k = 0; k < 4; ++k) {
                const __m256i high = _mm256_and_si256(_mm256_srli_epi16(h, 2 * k), two_bits);
                const __m256i w = _mm256_or_si256(lows[k], _mm256_slli_epi16(high, 4));  // 0..63; the -32 goes into the correction
                const ActBlock& a = act[4 * n + k];
                const float s0 = d * static_cast<float>(sc[2 * k]) * a.d, s1 = d * static_cast<float>(sc[2 * k + 1]) * a.d;
                const __m256 scale = _mm256_setr_ps(s0, s0, s0, s0, s1, s1, s1, s1);
                acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(dot_u8s8(w, load32(a.q))), scale, acc);
                correction += 32.0f * (s0 * static_cast<float>(a.sum16[0]) + s1 * static_cast<float>(a.sum16[1]));
            }
        }
    }
    return hsum(acc) - correction;
}

const QuantDotKernels kAvx512{dot_q8_0, dot_q4_0, dot_q45_k<false>, dot_q45_k<true>, dot_q6_k};

}  // namespace

const QuantDotKernels* avx512_quant_kernels() { return &kAvx512; }

}  // namespace qwendesk::cpu
