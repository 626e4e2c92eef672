#include "backends/cpu/simd_kernels.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "backends/cpu/cpu_features.h"

namespace qwendesk::cpu {

namespace {

void dot4_portable(const float* const rows[4], const float* x, std::size_t n, float out[4]) {
    for (int r = 0; r < 4; ++r) {
        float acc[8] = {};
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8)
            for (int k = 0; k < 8; ++k) acc[k] += rows[r][i + k] * x[i + k];
        float sum = 0;
        for (; i < n; ++i) sum += rows[r][i] * x[i];
        out[r] = sum + ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    }
}

float dot_portable(const float* a, const float* b, std::size_t n) {
    float acc[8] = {};
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int k = 0; k < 8; ++k) acc[k] += a[i + k] * b[i + k];
    float sum = 0;
    for (; i < n; ++i) sum += a[i] * b[i];
    return sum + ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

void axpy_portable(float a, const float* x, float* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) y[i] += a * x[i];
}

void bf16_to_f32_portable(const unsigned short* src, float* dst, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t bits = static_cast<std::uint32_t>(src[i]) << 16;
        std::memcpy(&dst[i], &bits, 4);
    }
}

const SimdKernels kPortable{"portable", dot4_portable, dot_portable, axpy_portable, bf16_to_f32_portable};

}  // namespace

const SimdKernels& portable_kernels() { return kPortable; }

#if !QWENDESK_X86_SIMD
const SimdKernels* avx2_kernels() { return nullptr; }
const SimdKernels* avx512_kernels() { return nullptr; }
#endif

const SimdKernels& best_kernels() {
    static const SimdKernels* chosen = [] {
        const char* cap = std::getenv("QWENDESK_SIMD");
        const std::string limit = cap ? cap : "";
        const CpuFeatures& f = cpu_features();
        if (limit != "portable" && limit != "avx2" && f.avx512 && avx512_kernels()) return avx512_kernels();
        if (limit != "portable" && f.avx2 && avx2_kernels()) return avx2_kernels();
        return &kPortable;
    }();
    return *chosen;
}

}  // namespace qwendesk::cpu
