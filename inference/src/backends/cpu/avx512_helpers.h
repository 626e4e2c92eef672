// Small helpers shared by the AVX-512 kernels. Include only from *_avx512.cpp files: they are the ones compiled
// with the AVX-512 flags (see inference/CMakeLists.txt).
#pragma once

#include <immintrin.h>

#include <cstdint>

namespace qwendesk::cpu::avx512 {

inline __m256i load32(const void* p) { return _mm256_loadu_si256(static_cast<const __m256i*>(p)); }
inline __m512i load64(const void* p) { return _mm512_loadu_si512(p); }
inline __m512i pair(__m256i lo, __m256i hi) { return _mm512_inserti64x4(_mm512_castsi256_si512(lo), hi, 1); }
inline __m512 pair(float lo, float hi) {
    return _mm512_insertf32x8(_mm512_castps256_ps512(_mm256_set1_ps(lo)), _mm256_set1_ps(hi), 1);
}

// An fp16 value stored at p (any alignment). F16C's conversion is exact for every half value, like
// formats/quant/half.h, and one instruction.
inline float f16(const std::uint8_t* p) {
    unsigned short h;
    __builtin_memcpy(&h, p, 2);
    return _cvtsh_ss(h);
}

// u8 × s8 products summed in groups of four, as floats: lane i covers bytes 4i..4i+3.
inline __m512 dot_u8s8(__m512i u, __m512i s) { return _mm512_cvtepi32_ps(_mm512_dpbusd_epi32(_mm512_setzero_si512(), u, s)); }
inline __m256 dot_u8s8(__m256i u, __m256i s) { return _mm256_cvtepi32_ps(_mm256_dpbusd_epi32(_mm256_setzero_si256(), u, s)); }

inline float hsum(__m128 v) {
    v = _mm_add_ps(v, _mm_movehl_ps(v, v));
    v = _mm_add_ss(v, _mm_shuffle_ps(v, v, 1));
    return _mm_cvtss_f32(v);
}
inline float hsum(__m256 v) { return hsum(_mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1))); }

}  // namespace qwendesk::cpu::avx512
