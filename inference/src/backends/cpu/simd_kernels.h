// The CPU backend's innermost loops, compiled once per instruction set (portable, AVX2, AVX-512) and chosen
// at run time from what the processor supports, so one binary runs fast on every x86-64 machine.
#pragma once

#include <cstddef>

namespace qwendesk::cpu {

struct SimdKernels {
    const char* name;
    // out[i] = dot(rows[i], x) for i < 4; rows and x hold n floats.
    void (*dot4)(const float* const rows[4], const float* x, std::size_t n, float out[4]);
    float (*dot)(const float* a, const float* b, std::size_t n);
    // y += a * x
    void (*axpy)(float a, const float* x, float* y, std::size_t n);
    // dst[i] = float(src[i]) for bf16 (upper 16 bits of a float)
    void (*bf16_to_f32)(const unsigned short* src, float* dst, std::size_t n);
};

const SimdKernels& portable_kernels();
const SimdKernels* avx2_kernels();    // nullptr when not compiled in
const SimdKernels* avx512_kernels();  // nullptr when not compiled in

// The best kernels this processor runs; QWENDESK_SIMD=portable|avx2|avx512 in the environment caps the choice.
const SimdKernels& best_kernels();

}  // namespace qwendesk::cpu
