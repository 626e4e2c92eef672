// AVX2 + FMA versions of the kernels in simd_kernels.h (this file is compiled with -mavx2 -mfma).
#include <immintrin.h>

#include "backends/cpu/simd_kernels.h"

namespace qwendesk::cpu {

namespace {

float hsum256(__m256 v) {
    __m128 lo = _mm256_castps256_ps128(v), hi = _mm256_extractf128_ps(v, 1);
    lo = _mm_add_ps(lo, hi);
    lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
    lo = _mm_add_ss(lo, _mm_shuffle_ps(lo, lo, 1));
    return _mm_cvtss_f32(lo);
}

void dot4_avx2(const float* const rows[4], const float* x, std::size_t n, float out[4]) {
    __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps(), a2 = _mm256_setzero_ps(), a3 = _mm256_setzero_ps();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256 xv = _mm256_loadu_ps(x + i);
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(rows[0] + i), xv, a0);
        a1 = _mm256_fmadd_ps(_mm256_loadu_ps(rows[1] + i), xv, a1);
        a2 = _mm256_fmadd_ps(_mm256_loadu_ps(rows[2] + i), xv, a2);
        a3 = _mm256_fmadd_ps(_mm256_loadu_ps(rows[3] + i), xv, a3);
    }
    out[0] = hsum256(a0);
    out[1] = hsum256(a1);
    out[2] = hsum256(a2);
    out[3] = hsum256(a3);
    for (; i < n; ++i)
        for (int r = 0; r < 4; ++r) out[r] += rows[r][i] * x[i];
}

float dot_avx2(const float* a, const float* b, std::size_t n) {
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), acc0);
        acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), acc1);
    }
    for (; i + 8 <= n; i += 8) acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), acc0);
    float sum = hsum256(_mm256_add_ps(acc0, acc1));
    for (; i < n; ++i) sum += a[i] * b[i];
    return sum;
}

void axpy_avx2(float a, const float* x, float* y, std::size_t n) {
    const __m256 av = _mm256_set1_ps(a);
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm256_storeu_ps(y + i, _mm256_fmadd_ps(av, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
    for (; i < n; ++i) y[i] += a * x[i];
}

void bf16_to_f32_avx2(const unsigned short* src, float* dst, std::size_t n) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
        _mm256_storeu_ps(dst + i, _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16)));
    }
    for (; i < n; ++i) {
        const unsigned bits = static_cast<unsigned>(src[i]) << 16;
        __builtin_memcpy(&dst[i], &bits, 4);
    }
}

const SimdKernels kAvx2{"avx2", dot4_avx2, dot_avx2, axpy_avx2, bf16_to_f32_avx2};

}  // namespace

const SimdKernels* avx2_kernels() { return &kAvx2; }

}  // namespace qwendesk::cpu
