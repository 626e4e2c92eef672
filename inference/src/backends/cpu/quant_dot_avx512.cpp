// AVX-512 VNNI versions of the integer dot products in quant_dot_portable.cpp (compiled with -mavx512vnni
// -mavx512bw -mavx512dq -mf16c). Why they are fast:
// - Two 32-weight blocks fill one zmm register and meet their activations in one vpdpbusd (unsigned weights
//   × signed activations, summed in groups of four); signed weights (Q8_0) use |w| · (x negated where w < 0).
// - Each kernel takes N tokens at once (N = 1 for decode, 4 in prefill): a weight block is unpacked once and
//   used N times, so prefill is bound by the multiply-adds rather than by unpacking.
// - Offsets of unsigned formats (Q4_0's 8, the K-quants' mins, Q6_K's 32) are applied once per block from
//   the activation sums precomputed in QuantizedRow, eight blocks per instruction.
#include <immintrin.h>

#include "backends/cpu/avx512_helpers.h"
#include "backends/cpu/quant_matmul.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;
using namespace avx512;

// The 12 packed bytes of a Q4_K / Q5_K super-block as 8 scales then 8 mins (6 bits each): sub-blocks 0-3 keep
// theirs in the low 6 bits of bytes 0-3 / 4-7; sub-blocks 4-7 take the low / high nibbles of bytes 8-11 as
// their low bits and the top two bits of bytes 0-3 / 4-7 as their high bits.
inline void unpack_scale_min_k4(const u8* packed, std::uint8_t out[16]) {
    std::uint32_t w[3];
    __builtin_memcpy(w, packed, 12);
    const std::uint32_t low6 = 0x3f3f3f3fu, nibble = 0x0f0f0f0fu, top2 = 0x03030303u;
    const std::uint32_t scales_lo = w[0] & low6, mins_lo = w[1] & low6;
    const std::uint32_t scales_hi = (w[2] & nibble) | (((w[0] >> 6) & top2) << 4);
    const std::uint32_t mins_hi = ((w[2] >> 4) & nibble) | (((w[1] >> 6) & top2) << 4);
    const std::uint32_t parts[4] = {scales_lo, scales_hi, mins_lo, mins_hi};
    __builtin_memcpy(out, parts, 16);
}

template <int N>
void dot_q8_0(const u8* row, const QuantizedRow* act, std::size_t cols, float* out) {
    __m512 acc[N];
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    const std::size_t nb = cols / 32;
    std::size_t b = 0;
    for (; b + 2 <= nb; b += 2, row += 68) {
        const __m512i w = pair(load32(row + 2), load32(row + 36));
        const __mmask64 negative = _mm512_movepi8_mask(w);
        const __m512i magnitude = _mm512_abs_epi8(w);
        const __m512 wscale = pair(f16(row), f16(row + 34));
        for (int t = 0; t < N; ++t) {
            const __m512i x = load64(act[t].q + 32 * b);
            const __m512i signed_x = _mm512_mask_sub_epi8(x, negative, _mm512_setzero_si512(), x);
            acc[t] = _mm512_fmadd_ps(dot_u8s8(magnitude, signed_x), _mm512_mul_ps(wscale, _mm512_loadu_ps(act[t].d8 + 8 * b)), acc[t]);
        }
    }
    float tail[N] = {};
    if (b < nb) {  // an odd block count: the last block alone
        const __m256i w = load32(row + 2);
        const float d = f16(row);
        for (int t = 0; t < N; ++t)
            tail[t] = d * act[t].d[b] * hsum(dot_u8s8(_mm256_sign_epi8(w, w), _mm256_sign_epi8(load32(act[t].q + 32 * b), w)));
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]) + tail[t];
}

template <int N>
void dot_q4_0(const u8* row, const QuantizedRow* act, std::size_t cols, float* out) {
    const __m256i low_mask = _mm256_set1_epi8(0xF);
    // [lo0 | lo1 | hi0 | hi1] (16 bytes each) -> [lo0 | hi0 | lo1 | hi1]: block order in memory.
    const __m512i order = _mm512_setr_epi64(0, 1, 4, 5, 2, 3, 6, 7);
    __m512 acc[N];
    float correction[N] = {};
    for (int t = 0; t < N; ++t) acc[t] = _mm512_setzero_ps();
    const std::size_t nb = cols / 32;
    std::size_t b = 0;
    for (; b + 2 <= nb; b += 2, row += 36) {
        const __m256i qs = _mm256_set_m128i(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 20)),
                                            _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 2)));
        const __m512i w = _mm512_permutexvar_epi64(
            order, pair(_mm256_and_si256(qs, low_mask), _mm256_and_si256(_mm256_srli_epi16(qs, 4), low_mask)));
        const float d0 = f16(row), d1 = f16(row + 18);
        const __m512 wscale = pair(d0, d1);
        for (int t = 0; t < N; ++t) {
            acc[t] = _mm512_fmadd_ps(dot_u8s8(w, load64(act[t].q + 32 * b)), _mm512_mul_ps(wscale, _mm512_loadu_ps(act[t].d8 + 8 * b)), acc[t]);
            correction[t] += 8.0f * (d0 * act[t].dsum[b] + d1 * act[t].dsum[b + 1]);
        }
    }
    if (b < nb) {
        const __m128i qs = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 2));
        const __m256i w = _mm256_set_m128i(_mm_and_si128(_mm_srli_epi16(qs, 4), _mm_set1_epi8(0xF)), _mm_and_si128(qs, _mm_set1_epi8(0xF)));
        const float d = f16(row);
        for (int t = 0; t < N; ++t)
            correction[t] -= d * act[t].d[b] * hsum(dot_u8s8(w, load32(act[t].q + 32 * b))) - 8.0f * d * act[t].dsum[b];
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]) - correction[t];
}

template <bool kHighBits, int N>
void dot_q45_k(const u8* row, const QuantizedRow* act, std::size_t cols, float* out) {
    constexpr std::size_t kBlockBytes = kHighBits ? 176 : 144;
    const __m256i low_mask = _mm256_set1_epi8(0xF);
    __m512 acc[N];
    __m256 correction[N];
    for (int t = 0; t < N; ++t) {
        acc[t] = _mm512_setzero_ps();
        correction[t] = _mm256_setzero_ps();
    }
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += kBlockBytes) {
        const float d = f16(row), dmin = f16(row + 2);
        const u8* qs = row + (kHighBits ? 48 : 16);
        // All eight 6-bit scales and mins at once (the same values quant::scale_min_k4 gives one by one).
        std::uint8_t sm[16];
        unpack_scale_min_k4(row + 4, sm);
        float scale[8];
        _mm256_storeu_ps(scale, _mm256_mul_ps(_mm256_set1_ps(d), _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(sm))))));
        const __m256 min_vec =
            _mm256_mul_ps(_mm256_set1_ps(dmin), _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(sm + 8)))));
        const __m512i qh = kHighBits ? pair(load32(row + 16), load32(row + 16)) : _mm512_setzero_si512();
        for (int j = 0; j < 4; ++j) {
            const __m256i q = load32(qs + 32 * j);
            __m512i w = pair(_mm256_and_si256(q, low_mask), _mm256_and_si256(_mm256_srli_epi16(q, 4), low_mask));
            if (kHighBits) {
                // Bit 2j (low nibbles) or 2j+1 (high nibbles) of each qh byte is the weight's fifth bit.
                const __m512i bits = pair(_mm256_set1_epi8(static_cast<char>(1u << (2 * j))), _mm256_set1_epi8(static_cast<char>(2u << (2 * j))));
                w = _mm512_mask_add_epi8(w, _mm512_test_epi8_mask(qh, bits), w, _mm512_set1_epi8(16));
            }
            const __m512 wscale = pair(scale[2 * j], scale[2 * j + 1]);
            const std::size_t b = sb * 8 + 2 * static_cast<std::size_t>(j);
            for (int t = 0; t < N; ++t)
                acc[t] = _mm512_fmadd_ps(dot_u8s8(w, load64(act[t].q + 32 * b)), _mm512_mul_ps(wscale, _mm512_loadu_ps(act[t].d8 + 8 * b)), acc[t]);
        }
        for (int t = 0; t < N; ++t) correction[t] = _mm256_fmadd_ps(min_vec, _mm256_loadu_ps(act[t].dsum + sb * 8), correction[t]);
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]) - hsum(correction[t]);
}

template <int N>
void dot_q6_k(const u8* row, const QuantizedRow* act, std::size_t cols, float* out) {
    const __m256i low_mask = _mm256_set1_epi8(0xF), two_bits = _mm256_set1_epi8(3);
    // Scales are per 16 weights: 4 int32 lanes each. Lanes of the first / second pair of runs.
    const __m512i first = _mm512_setr_epi32(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3);
    const __m512i second = _mm512_setr_epi32(4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7);
    __m512 acc[N];
    __m256 correction[N];
    for (int t = 0; t < N; ++t) {
        acc[t] = _mm512_setzero_ps();
        correction[t] = _mm256_setzero_ps();
    }
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += 210) {
        const u8* ql = row;
        const u8* qh = row + 128;
        const u8* sc = row + 192;
        const __m256 d = _mm256_set1_ps(f16(row + 208));
        for (int n = 0; n < 2; ++n, ql += 64, qh += 32, sc += 8) {
            const __m256i l0 = load32(ql), l1 = load32(ql + 32), h = load32(qh);
            auto run = [&](__m256i low, int k) {  // 0..63; the -32 goes into the correction
                return _mm256_or_si256(low, _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(h, 2 * k), two_bits), 4));
            };
            const __m512i w01 = pair(run(_mm256_and_si256(l0, low_mask), 0), run(_mm256_and_si256(l1, low_mask), 1));
            const __m512i w23 = pair(run(_mm256_and_si256(_mm256_srli_epi16(l0, 4), low_mask), 2),
                                     run(_mm256_and_si256(_mm256_srli_epi16(l1, 4), low_mask), 3));
            const __m256 scale8 = _mm256_mul_ps(d, _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(sc)))));
            const __m512 ws01 = _mm512_permutexvar_ps(first, _mm512_castps256_ps512(scale8));
            const __m512 ws23 = _mm512_permutexvar_ps(second, _mm512_castps256_ps512(scale8));
            const std::size_t b = sb * 8 + 4 * static_cast<std::size_t>(n);
            for (int t = 0; t < N; ++t) {
                const QuantizedRow& a = act[t];
                acc[t] = _mm512_fmadd_ps(dot_u8s8(w01, load64(a.q + 32 * b)), _mm512_mul_ps(ws01, _mm512_loadu_ps(a.d8 + 8 * b)), acc[t]);
                acc[t] = _mm512_fmadd_ps(dot_u8s8(w23, load64(a.q + 32 * b + 64)), _mm512_mul_ps(ws23, _mm512_loadu_ps(a.d8 + 8 * b + 16)), acc[t]);
                correction[t] = _mm256_fmadd_ps(scale8, _mm256_loadu_ps(a.dsum16 + 2 * b), correction[t]);
            }
        }
    }
    for (int t = 0; t < N; ++t) out[t] = _mm512_reduce_add_ps(acc[t]) - 32.0f * hsum(correction[t]);
}

// The same arithmetic as quantize_blocks_portable: amax/127 scale, round to nearest even, per-half sums.
void quantize_blocks(const float* x, std::size_t blocks, std::int8_t* q, float* d, float* dsum16) {
    for (std::size_t b = 0; b < blocks; ++b, x += 32, q += 32) {
        const __m512 lo = _mm512_loadu_ps(x), hi = _mm512_loadu_ps(x + 16);
        const float amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(lo), _mm512_abs_ps(hi)));
        const float scale = amax / 127.0f, inv = amax > 0 ? 127.0f / amax : 0.0f;
        const __m512i qlo = _mm512_cvtps_epi32(_mm512_mul_ps(lo, _mm512_set1_ps(inv)));
        const __m512i qhi = _mm512_cvtps_epi32(_mm512_mul_ps(hi, _mm512_set1_ps(inv)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(q), _mm512_cvtepi32_epi8(qlo));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(q + 16), _mm512_cvtepi32_epi8(qhi));
        d[b] = scale;
        dsum16[2 * b] = scale * static_cast<float>(_mm512_reduce_add_epi32(qlo));
        dsum16[2 * b + 1] = scale * static_cast<float>(_mm512_reduce_add_epi32(qhi));
    }
}

template <void (*K1)(const u8*, const QuantizedRow*, std::size_t, float*),
          void (*K4)(const u8*, const QuantizedRow*, std::size_t, float*)>
void dot_tokens(const u8* row, const QuantizedRow* act, int n_tokens, std::size_t cols, float* out) {
    int t = 0;
    for (; t + 4 <= n_tokens; t += 4) K4(row, act + t, cols, out + t);
    for (; t < n_tokens; ++t) K1(row, act + t, cols, out + t);
}

const QuantDotKernels kAvx512{
    dot_tokens<dot_q8_0<1>, dot_q8_0<4>>,
    dot_tokens<dot_q4_0<1>, dot_q4_0<4>>,
    dot_tokens<dot_q45_k<false, 1>, dot_q45_k<false, 4>>,
    dot_tokens<dot_q45_k<true, 1>, dot_q45_k<true, 4>>,
    dot_tokens<dot_q6_k<1>, dot_q6_k<4>>,
    quantize_blocks,
};

}  // namespace

const QuantDotKernels* avx512_quant_kernels() { return &kAvx512; }

}  // namespace qwendesk::cpu
