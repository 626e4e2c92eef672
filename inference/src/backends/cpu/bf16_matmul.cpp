// Whether the AVX512-BF16 prefill kernel (bf16_matmul_avx512.cpp) may run here; this file is compiled without
// AVX-512 flags so the check itself runs on any processor.
#include "backends/cpu/bf16_matmul.h"

#include <cstdlib>
#include <string>

#include "backends/cpu/cpu_features.h"

namespace qwendesk::cpu {

bool bf16_gemm_available() {
#if QWENDESK_X86_SIMD
    static const bool available = [] {
        const char* cap = std::getenv("QWENDESK_SIMD");  // the same cap as simd_kernels.cpp: "portable" or "avx2" turn it off
        const std::string limit = cap ? cap : "";
        return limit != "portable" && limit != "avx2" && cpu_features().avx512_bf16;
    }();
    return available;
#else
    return false;
#endif
}

#if !QWENDESK_X86_SIMD
void bf16_matmul_avx512(const WeightMatrix&, const float*, float*, int, ThreadPool&) {}
void bf16_split_avx512(const float*, std::size_t, std::size_t, std::uint16_t*, std::uint16_t*) {}
#endif

}  // namespace qwendesk::cpu
