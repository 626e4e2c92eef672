#include "backends/cpu/cpu_features.h"

#if defined(__x86_64__) || defined(_M_X64)
#if defined(_MSC_VER)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#include <cstdint>
#endif

namespace qwendesk::cpu {

namespace {

#if defined(__x86_64__) || defined(_M_X64)
void cpuid(int leaf, int subleaf, unsigned regs[4]) {
#if defined(_MSC_VER)
    int r[4];
    __cpuidex(r, leaf, subleaf);
    for (int i = 0; i < 4; ++i) regs[i] = static_cast<unsigned>(r[i]);
#else
    __cpuid_count(leaf, subleaf, regs[0], regs[1], regs[2], regs[3]);
#endif
}

std::uint64_t xgetbv0() {
#if defined(_MSC_VER)
    return _xgetbv(0);
#else
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (static_cast<std::uint64_t>(hi) << 32) | lo;
#endif
}

CpuFeatures detect() {
    CpuFeatures f;
    unsigned r1[4], r7[4], r71[4];
    cpuid(0, 0, r1);
    const unsigned max_leaf = r1[0];
    cpuid(1, 0, r1);
    const bool osxsave = r1[2] & (1u << 27);
    if (!osxsave || max_leaf < 7) return f;
    const std::uint64_t xcr0 = xgetbv0();
    const bool ymm_state = (xcr0 & 0x6) == 0x6;
    const bool zmm_state = (xcr0 & 0xe6) == 0xe6;
    cpuid(7, 0, r7);
    cpuid(7, 1, r71);
    const bool fma = r1[2] & (1u << 12), f16c = r1[2] & (1u << 29);
    f.avx2 = ymm_state && fma && f16c && (r7[1] & (1u << 5));
    const bool avx512f = r7[1] & (1u << 16), avx512dq = r7[1] & (1u << 17), avx512bw = r7[1] & (1u << 30),
               avx512vl = r7[1] & (1u << 31);
    f.avx512 = f.avx2 && zmm_state && avx512f && avx512dq && avx512bw && avx512vl;
    f.avx512_vnni = f.avx512 && (r7[2] & (1u << 11));
    f.avx512_bf16 = f.avx512 && (r71[0] & (1u << 5));
    f.avx512_vbmi = f.avx512 && (r7[2] & (1u << 1));
    return f;
}
#else
CpuFeatures detect() { return {}; }
#endif

}  // namespace

const char* CpuFeatures::best_name() const {
    if (avx512 && avx512_vnni) return "AVX-512 (VNNI)";
    if (avx512) return "AVX-512";
    if (avx2) return "AVX2";
    return "portable";
}

const CpuFeatures& cpu_features() {
    static const CpuFeatures features = detect();
    return features;
}

}  // namespace qwendesk::cpu
