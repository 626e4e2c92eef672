// AVX-512 versions of the kernels in simd_kernels.h (this file is compiled with -mavx512f and friends).
#include <immintrin.h>

#include "backends/cpu/simd_kernels.h"

namespace qwendesk::cpu {

namespace {

void dot4_avx512(const float* const rows[4], const float* x, std::size_t n, float out[4]) {
    __m512 a0 = _mm512_setzero_ps(), a1 = _mm512_setzero_ps(), a2 = _mm512_setzero_ps(), a3 = _mm512_setzero_ps();
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m512 xv = _mm512_loadu_ps(x + i);
        a0 = _mm512_fmadd_ps(_mm512_loadu_ps(rows[0] + i), xv, a0);
        a1 = _mm512_fmadd_ps(_mm512_loadu_ps(rows[1] + i), xv, a1);
        a2 = _mm512_fmadd_ps(_mm512_loadu_ps(rows[2] + i), xv, a2);
        a3 = _mm512_fmadd_ps(_mm512_loadu_ps(rows[3] + i), xv, a3);
    }
    if (i < n) {
        const __mmask16 m = static_cast<__mmask16>((1u << (n - i)) - 1);
        const __m512 xv = _mm512_maskz_loadu_ps(m, x + i);
        a0 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, rows[0] + i), xv, a0);
        a1 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, rows[1] + i), xv, a1);
        a2 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, rows[2] + i), xv, a2);
        a3 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, rows[3] + i), xv, a3);
    }
    out[0] = _mm512_reduce_add_ps(a0);
    out[1] = _mm512_reduce_add_ps(a1);
    out[2] = _mm512_reduce_add_ps(a2);
    out[3] = _mm512_reduce_add_ps(a3);
}

float dot_avx512(const float* a, const float* b, std::size_t n) {
    __m512 acc0 = _mm512_setzero_ps(), acc1 = _mm512_setzero_ps();
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        acc0 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i), acc0);
        acc1 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i + 16), _mm512_loadu_ps(b + i + 16), acc1);
    }
    for (; i + 16 <= n; i += 16) acc0 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i), acc0);
    if (i < n) {
        const __mmask16 m = static_cast<__mmask16>((1u << (n - i)) - 1);
        acc1 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, a + i), _mm512_maskz_loadu_ps(m, b + i), acc1);
    }
    return _mm512_reduce_add_ps(_mm512_add_ps(acc0, acc1));
}

void axpy_avx512(float a, const float* x, float* y, std::size_t n) {
    const __m512 av = _mm512_set1_ps(a);
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) _mm512_storeu_ps(y + i, _mm512_fmadd_ps(av, _mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i)));
    for (; i < n; ++i) y[i] += a * x[i];
}

void bf16_to_f32_avx512(const unsigned short* src, float* dst, std::size_t n) {
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m256i h = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
        _mm512_storeu_ps(dst + i, _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16)));
    }
    for (; i < n; ++i) {
        const unsigned bits = static_cast<unsigned>(src[i]) << 16;
        __builtin_memcpy(&dst[i], &bits, 4);
    }
}

const SimdKernels kAvx512{"avx512", dot4_avx512, dot_avx512, axpy_avx512, bf16_to_f32_avx512};

}  // namespace

const SimdKernels* avx512_kernels() { return &kAvx512; }

}  // namespace qwendesk::cpu
